package benchqueries

import (
	"context"
	"testing"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

func TestDocumentsAreDeterministic(t *testing.T) {
	for _, n := range []int{0, 3, 17} {
		a, b := DefaultShape.Document(n).Quads(), DefaultShape.Document(n).Quads()
		if len(a) != len(b) || len(a) < 100 {
			t.Fatalf("document %d gave %d then %d quads", n, len(a), len(b))
		}
		for i := range a {
			if a[i].NQuad() != b[i].NQuad() {
				t.Fatalf("document %d: quad %d differs: %s vs %s", n, i, a[i].NQuad(), b[i].NQuad())
			}
		}
	}
}

// TestShape builds a small graph and checks the properties the benchmark
// relies on: tallies are written (through facts.Batch.Quads), genres are
// mixed, a few works are cited far more than the typical one, and
// festival links are sparse.
func TestShape(t *testing.T) {
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	stats, err := DefaultShape.Build(ctx, st, 150000, nil)
	if err != nil || stats.Quads < 150000 {
		t.Fatalf("built %+v: %v", stats, err)
	}
	t.Logf("built %+v", stats)
	if len(stats.ByKind) < 3 {
		t.Errorf("document genres %v: want a mix", stats.ByKind)
	}
	tallies, _ := st.NodesOfType(ctx, schema.Tally)
	if len(tallies) == 0 {
		t.Fatal("no fg:Tally nodes: documents must go through facts.Batch.Quads")
	}
	top, _ := st.In(ctx, schema.WorkIRI(workTitle(0)), schema.Cites)
	mid, _ := st.In(ctx, schema.WorkIRI(workTitle(2000)), schema.Cites)
	if len(top) < 10*(len(mid)+1) {
		t.Errorf("work 0 cited by %d claims, work 2000 by %d: want a power law", len(top), len(mid))
	}
	works, _ := st.NodesOfType(ctx, schema.Work)
	awarded := 0
	for _, w := range works {
		if f, _ := st.Out(ctx, w, schema.AwardAt); len(f) > 0 {
			awarded++
		}
	}
	if awarded*5 > len(works) || awarded == 0 {
		t.Errorf("%d of %d works have a festival link: want a few", awarded, len(works))
	}
	claims, _ := st.In(ctx, schema.CauseIRI(causeID(0)), schema.ClaimOf)
	all, _ := st.NodesOfType(ctx, schema.Claim)
	share := float64(len(claims)) / float64(len(all))
	if share < 0.05 || share > 0.2 {
		t.Errorf("top cause argued by %d of %d claims (%.2f): want about a tenth", len(claims), len(all), share)
	}
	t.Logf("works %d (awarded %d), work 0 cited %d, work 2000 cited %d, top cause %d of %d claims", len(works), awarded, len(top), len(mid), len(claims), len(all))
}
