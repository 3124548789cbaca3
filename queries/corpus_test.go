package queries

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/pipeline"
	"github.com/filmgraph/filmgraph/schema"
)

// quoteDigest stands in for a quote in a corpus golden: the corpus is
// third-party text and is not copied into the repository, but a changed
// quote must still change the golden.
func quoteDigest(q string) string {
	return fmt.Sprintf("%d chars, sha1 %s", utf8.RuneCountInString(q), schema.ShortHash(q))
}

// corpusGoldenRows is how many rows of each query a corpus golden keeps:
// enough to see a regression, few enough to review a diff.
const corpusGoldenRows = 10

// TestGoldenCorpus ingests the five corpus files (pipeline.Run with
// NoSegmenter, into a memory store), picks each shipped query's parameters
// by one rule (pickCases: the cause with the most claims, its most cited
// work, ...) and compares the first rows with
// testdata/golden/corpus/<query>.json.
//
// Extraction is still being tuned, so these goldens move when extract or
// argue change: review the diff, then run
//
//	go test ./queries -run Corpus -update
func TestGoldenCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the corpus (~30 s)")
	}
	dir := testcorpus.Dir(t)
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := pipeline.Run(ctx, st, pipeline.Options{Paths: []string{dir}, NoSegmenter: true}); err != nil {
		t.Fatalf("ingest corpus %s: %v", dir, err)
	}
	lib, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := pickCases(ctx, st, lib)
	if err != nil {
		t.Fatalf("pick parameters on the corpus graph: %v", err)
	}
	names := BuiltinNames()
	sort.Strings(names)
	for _, name := range names {
		args, ok := cases[name]
		if !ok {
			t.Errorf("%s: the pick rule found no parameters on the corpus graph", name)
			continue
		}
		q, err := lib.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Run(ctx, st, q, args, Options{Limit: corpusGoldenRows})
		if err != nil {
			t.Errorf("%s %v: %v", name, args, err)
			continue
		}
		if len(res.Rows) == 0 {
			t.Errorf("%s %v: no rows on the corpus graph", name, args)
		}
		rows := res.Objects()
		for _, r := range rows {
			if q, ok := r["quote"].(string); ok {
				r["quote"] = quoteDigest(q)
			}
		}
		compareGoldenHint(t, filepath.Join("testdata", "golden", "corpus", name+".json"),
			goldenCase{Params: args, Rows: rows}, "go test ./queries -run Corpus -update")
	}
}
