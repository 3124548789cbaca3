package export

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/export/exporttest"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// TestChurnedBoltStoreExportsLikeMemory exports a bolt store whose
// documents were removed, cut down and written again (deleted quads stay
// in its log and indexes, marked deleted; re-added quads get new ids;
// values that lost every quad lose their node) and checks every format,
// whole and selected, against a memory store written once: the kv reads
// (graph.KVTx) must skip exactly what Cayley skips.
func TestChurnedBoltStoreExportsLikeMemory(t *testing.T) {
	ctx := context.Background()
	mem := exporttest.Store(t, graph.Memory)
	bolt := exporttest.Store(t, filepath.Join(t.TempDir(), "churn.db"))
	if !bolt.HasKV() {
		t.Fatal("bolt store without a kv handle")
	}
	bs := exporttest.Batches(t)
	for i, b := range bs {
		label := schema.DocIRI(b.Doc.ID)
		qs := b.Quads()
		var err error
		switch i % 3 {
		case 0:
			_, err = bolt.RemoveLabel(ctx, label)
		case 1:
			// Quads the final store does not hold: deleted in the log
			// when the document is written again, with a value no other
			// quad has (its node goes) and one between known nodes.
			extra := []quad.Quad{
				{Subject: qs[0].Subject, Predicate: schema.Label, Object: quad.String("删去的名字"), Label: label},
				{Subject: qs[0].Subject, Predicate: schema.DirectedBy, Object: qs[len(qs)-1].Subject, Label: label},
				{Subject: qs[0].Subject, Predicate: schema.Type, Object: schema.Work, Label: label},
			}
			_, err = bolt.ReplaceLabel(ctx, label, append(qs[:len(qs)/3:len(qs)/3], extra...))
		default:
			_, err = bolt.ReplaceLabel(ctx, label, qs[len(qs)/2:])
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := bolt.RemoveLabel(ctx, schema.LexiconLabel); err != nil {
		t.Fatal(err)
	}
	for i := len(bs) - 1; i >= 0; i-- {
		if _, err := bolt.ReplaceLabel(ctx, schema.DocIRI(bs[i].Doc.ID), bs[i].Quads()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := bolt.ReplaceLabel(ctx, schema.LexiconLabel, exporttest.LexiconQuads()); err != nil {
		t.Fatal(err)
	}
	a, b := exporttest.AllQuads(t, mem), exporttest.AllQuads(t, bolt)
	if len(a) != len(b) || len(a) == 0 {
		t.Fatalf("stores hold %d and %d quads", len(a), len(b))
	}
	for _, sel := range []Selection{{}, {Around: "山河之歌", Depth: 2}, {Cause: exporttest.Cause}, {Reified: true}} {
		for _, f := range []Format{NQuads, JSONLD, GraphML, GEXF, Cytoscape, DOT} {
			want := exportString(t, selectAll(t, mem, sel), f)
			if got := exportString(t, selectAll(t, bolt, sel), f); got != want {
				t.Errorf("%s %+v: churned bolt store and memory exports differ\nmemory:\n%s\nbolt:\n%s", f, sel, head(want, 1200), head(got, 1200))
			}
		}
	}
}
