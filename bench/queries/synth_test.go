package benchqueries

import (
	"context"
	"testing"

	"github.com/filmgraph/filmgraph/graph"
)

func TestDocumentsAreDeterministicAndConsistent(t *testing.T) {
	a, b := DefaultShape.Document(3).Quads(), DefaultShape.Document(3).Quads()
	if len(a) != len(b) || len(a) < 2000 {
		t.Fatalf("document 3 gave %d then %d quads", len(a), len(b))
	}
	for i := range a {
		if a[i].NQuad() != b[i].NQuad() {
			t.Fatalf("quad %d differs: %s vs %s", i, a[i].NQuad(), b[i].NQuad())
		}
	}
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := DefaultShape.Build(context.Background(), st, 20000, nil)
	if err != nil || n < 20000 {
		t.Fatalf("built %d quads: %v", n, err)
	}
}
