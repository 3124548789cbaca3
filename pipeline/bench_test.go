package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/segment"
)

// BenchmarkIngestCorpus measures the whole ingest job (read, extract,
// argue, write) over the five corpus files into a fresh store. The
// baseline in the same run is BenchmarkBaselineGseCut: gse's Cut(s, true)
// over the same bytes, so the figure can be reported as a ratio that does
// not depend on the machine. Run with:
//
//	go test -run - -bench 'IngestCorpus|BaselineGseCut' -benchtime 3x ./pipeline
func BenchmarkIngestCorpus(b *testing.B) {
	dir := testcorpus.Dir(b)
	size := corpusBytes(b, dir)
	for _, backend := range []string{"memory", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				spec := graph.Memory
				if backend == "bolt" {
					spec = filepath.Join(b.TempDir(), "g.db")
				}
				s, err := graph.Open(spec, graph.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := Run(context.Background(), s, Options{Paths: []string{dir}}); err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
	}
}

// BenchmarkBaselineGseCut is the yardstick for BenchmarkIngestCorpus: gse
// Cut(s, true) (DAG + HMM) over every line of the same corpus, with the
// dictionary already loaded.
func BenchmarkBaselineGseCut(b *testing.B) {
	dir := testcorpus.Dir(b)
	var texts []string
	var size int64
	for _, n := range testcorpus.All {
		t, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += int64(len(t))
	}
	seg, err := segment.Shared(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			seg.Words(t)
		}
	}
}

func corpusBytes(b *testing.B, dir string) int64 {
	var n int64
	for _, f := range testcorpus.All {
		fi, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			b.Fatal(err)
		}
		n += fi.Size()
	}
	return n
}
