package export

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/export/exporttest"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// reversedStore writes the fixture in the opposite order to
// exporttest.Store (lexicon first, documents last to first, each
// document's quads reversed), so its iterators return the quads in
// another order.
func reversedStore(t *testing.T, spec string) *graph.Store {
	t.Helper()
	st, err := graph.Open(spec, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	if _, err := st.ReplaceLabel(ctx, schema.LexiconLabel, exporttest.LexiconQuads()); err != nil {
		t.Fatal(err)
	}
	bs := exporttest.Batches(t)
	for i := len(bs) - 1; i >= 0; i-- {
		qs := bs[i].Quads()
		for l, r := 0, len(qs)-1; l < r; l, r = l+1, r-1 {
			qs[l], qs[r] = qs[r], qs[l]
		}
		if _, err := st.ReplaceLabel(ctx, schema.DocIRI(bs[i].Doc.ID), qs); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// TestWholeStoreExportIsStoreIndependent writes the same inputs into a
// memory store and, in another order, into a bolt store, and checks that
// every format exports byte-identical files; also when the whole-store
// RDF export has to work in many small batches.
func TestWholeStoreExportIsStoreIndependent(t *testing.T) {
	mem := exporttest.Store(t, graph.Memory)
	bolt := reversedStore(t, filepath.Join(t.TempDir(), "fixture.db"))
	if a, b := len(exporttest.AllQuads(t, mem)), len(exporttest.AllQuads(t, bolt)); a != b || a == 0 {
		t.Fatalf("stores hold %d and %d quads", a, b)
	}
	for _, f := range []Format{NQuads, JSONLD, GraphML, GEXF, Cytoscape, DOT} {
		want := exportString(t, selectAll(t, mem, Selection{}), f)
		if got := exportString(t, selectAll(t, bolt, Selection{}), f); got != want {
			t.Errorf("%s: memory and bolt exports differ\nmemory:\n%s\nbolt:\n%s", f, head(want, 1500), head(got, 1500))
		}
	}

	// Tables built in chunks of one node by parallel workers, every
	// node's edges indexed in a map: the same bytes as one chunk.
	// The memory store then also reads each evidence's quote alone
	// instead of all quotes in one pass.
	savedChunk, savedScan, savedBulk := tableChunk, edgeScanMax, bulkQuotesPerNode
	defer func() { tableChunk, edgeScanMax, bulkQuotesPerNode = savedChunk, savedScan, savedBulk }()
	for _, f := range []Format{NQuads, GraphML, GEXF, Cytoscape, DOT} {
		tableChunk, edgeScanMax, bulkQuotesPerNode = savedChunk, savedScan, savedBulk
		want := exportString(t, selectAll(t, mem, Selection{}), f)
		tableChunk, edgeScanMax, bulkQuotesPerNode = 1, 0, 0
		for name, st := range map[string]*graph.Store{"memory": mem, "bolt": bolt} {
			if got := exportString(t, selectAll(t, st, Selection{}), f); got != want {
				t.Errorf("%s, %s: export built in chunks of one node differs", name, f)
			}
		}
	}
	tableChunk, edgeScanMax, bulkQuotesPerNode = savedChunk, savedScan, savedBulk

	// Batches of a few quads: each label (document) is then read alone,
	// and the output must not change.
	want := exportString(t, selectAll(t, mem, Selection{}), NQuads)
	saved := wholeBatchQuads
	wholeBatchQuads = 5
	defer func() { wholeBatchQuads = saved }()
	for name, st := range map[string]*graph.Store{"memory": mem, "bolt": bolt} {
		if got := exportString(t, selectAll(t, st, Selection{}), NQuads); got != want {
			t.Errorf("%s: N-Quads export in small batches differs from one batch", name)
		}
	}
}

func head(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// TestMemoryLabelCountsFromIndex checks that the memory store's label
// counts read from its label index (countLabelsIndexed) are those of a
// scan of every quad, unlabelled quads included, and that the unlabelled
// quads are exported.
func TestMemoryLabelCountsFromIndex(t *testing.T) {
	ctx := context.Background()
	mem := exporttest.Store(t, graph.Memory)
	if err := mem.QW.AddQuad(quad.Make(quad.IRI("fg:work/unlabelled"), quad.IRI("fg:label"), "无标签", nil)); err != nil {
		t.Fatal(err)
	}
	g := selectAll(t, mem, Selection{})
	count := func(labels []*labelRun, err error) map[string]int {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]int{}
		for _, l := range labels {
			m[l.name.form()] += l.n
		}
		return m
	}
	want := count(g.countLabelsScan(ctx))
	got := count(g.countLabelsIndexed(ctx))
	if len(want) < 2 || want[""] != 1 {
		t.Fatalf("fixture should hold labelled and one unlabelled quad: %v", want)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("label counts from the index %v, from a scan %v", got, want)
	}
	if out := exportString(t, g, NQuads); !strings.Contains(out, "/work/unlabelled> <https://filmgraph.org/ns/label> \"无标签\" .\n") {
		t.Errorf("unlabelled quad missing from the N-Quads export:\n%s", head(out, 1500))
	}
}
