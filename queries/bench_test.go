package queries

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	benchqueries "github.com/filmgraph/filmgraph/bench/queries"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/pipeline"
)

// The benchmarks report, per shipped query, the 95th percentile latency of
// one run (p95-ms) and its ratio to a baseline measured in the same run on
// the same store (x-baseline): a Gizmo script that hops once from one node,
// g.V(iri).out(pred). The target is p95 ≤ 50 ms for every query.
//
//	go test ./queries -run '^$' -bench Corpus            # the five corpus files
//	FILMGRAPH_BENCH_1M=/tmp/fg1m.db go test ./queries -run '^$' -bench 1M -timeout 30m
//
// The 1M-quad bolt store is built at FILMGRAPH_BENCH_1M on first use (about
// a minute) and reused afterwards; without the variable the benchmark skips.
var bench1M = flag.String("bench1m", os.Getenv("FILMGRAPH_BENCH_1M"), "bolt file of the synthetic 1M-quad graph (built if missing)")

func BenchmarkQueriesCorpus(b *testing.B) {
	dir := testcorpus.Dir(b)
	st, err := graph.Open(filepath.Join(b.TempDir(), "corpus.db"), graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := pipeline.Run(context.Background(), st, pipeline.Options{Paths: []string{dir}, NoSegmenter: true}); err != nil {
		b.Fatalf("ingest corpus %s: %v", dir, err)
	}
	benchQueries(b, st)
}

func BenchmarkQueries1M(b *testing.B) {
	if *bench1M == "" {
		b.Skip("set FILMGRAPH_BENCH_1M=/path/fg1m.db (or -bench1m) to build and use the 1M-quad bolt graph")
	}
	done := *bench1M + ".complete"
	if mark, err := os.ReadFile(done); err != nil || strings.TrimSpace(string(mark)) != benchqueries.GraphVersion {
		if err := removeBenchStore(*bench1M); err != nil {
			b.Fatal(err)
		}
		os.Remove(done)
		st, err := graph.Open(*bench1M, graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		n, err := benchqueries.DefaultShape.Build(context.Background(), st, 1_000_000, nil)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s: %+v", *bench1M, n)
		if err := os.WriteFile(done, []byte(benchqueries.GraphVersion+"\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	st, err := graph.Open(*bench1M, graph.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	benchQueries(b, st)
}

// removeBenchStore deletes a synthetic store built by an older version
// (graph.Open makes a directory holding indexes.bolt), and refuses
// anything else at that path rather than delete a directory it did not
// make.
func removeBenchStore(path string) error {
	ents, err := os.ReadDir(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("FILMGRAPH_BENCH_1M=%s: %v; point it at a new path for the synthetic store", path, err)
	}
	for _, e := range ents {
		if e.Name() != "indexes.bolt" {
			return fmt.Errorf("FILMGRAPH_BENCH_1M=%s holds %s, so it is not a synthetic store this benchmark built; point it at a new path", path, e.Name())
		}
	}
	return os.RemoveAll(path)
}

func benchQueries(b *testing.B, st *graph.Store) {
	ctx := context.Background()
	lib, err := Builtin()
	if err != nil {
		b.Fatal(err)
	}
	cases, err := pickCases(ctx, st, lib)
	if err != nil {
		b.Fatal(err)
	}
	// Baseline: one hop from one node, through the same Gizmo runner.
	film := cases["causes-for-film"]["film"]
	filmIRIs, err := Resolve(ctx, st, film, "Work")
	if err != nil {
		b.Fatal(err)
	}
	baseline := func() error {
		return st.RunGizmo(ctx, `g.V(params.n).out("<rdf:type>").forEach(function (r) { g.emit(r.id) })`,
			graph.QueryOptions{Params: map[string]interface{}{"n": "<" + string(filmIRIs[0]) + ">"}}, func(interface{}) error { return nil })
	}
	base := p95(b, "baseline", baseline, 0)
	for _, q := range lib.List() {
		args, ok := cases[q.Name]
		if !ok {
			b.Logf("%s: skipped, the graph has no entry point for it", q.Name)
			continue
		}
		q := q
		p95(b, q.Name, func() error {
			_, err := Run(ctx, st, q, args, Options{})
			return err
		}, base)
	}
}

// baseMed is the median of the last baseline run (set when p95 runs with
// base 0), for the ratio of medians.
var baseMed float64

// p95 runs fn as a sub-benchmark and reports the 95th percentile of its
// durations; with base > 0 also its ratio to base.
func p95(b *testing.B, name string, fn func() error, base float64) float64 {
	var out float64
	b.Run(name, func(b *testing.B) {
		if err := fn(); err != nil { // warm up, and fail early
			b.Fatal(err)
		}
		durs := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			if err := fn(); err != nil {
				b.Fatal(err)
			}
			durs = append(durs, time.Since(t0))
		}
		b.StopTimer()
		sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
		out = float64(durs[(len(durs)*95)/100].Microseconds()) / 1000
		if len(durs) < 20 {
			out = float64(durs[len(durs)-1].Microseconds()) / 1000 // too few runs for a percentile: the worst
		}
		// The median as well: on a shared machine a p95 of twenty runs is
		// often one scheduling stall, and the median says what the query
		// itself costs.
		med := float64(durs[len(durs)/2].Microseconds()) / 1000
		b.ReportMetric(out, "p95-ms")
		b.ReportMetric(med, "p50-ms")
		if base > 0 {
			b.ReportMetric(out/base, "x-baseline")
			b.ReportMetric(med/baseMed, "x-baseline-p50")
		} else {
			baseMed = med
		}
	})
	return out
}
