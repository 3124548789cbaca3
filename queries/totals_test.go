package queries

import (
	"context"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// TestStoresWithoutAggregatesGiveTheSameRows runs top-causes and
// document-summary on the fixture with the store-wide cause totals and the
// per-document author rows, and on the same fixture written the way an
// older filmgraph wrote it (neither exists): the first path reads the
// aggregates, the second counts from the per-document rows and sections,
// and both must give the same rows. A total that disagreed with the rows
// it sums (a field swapped, denying counted twice) fails here.
func TestStoresWithoutAggregatesGiveTheSameRows(t *testing.T) {
	ctx := context.Background()
	withAgg := openFixture(t, graph.Memory)
	if vals, err := withAgg.Values(ctx, schema.CauseIRI("censorship"), schema.CauseTotal); err != nil || len(vals) != 1 {
		t.Fatalf("the fixture has no store-wide total for censorship (%v, %v): the comparison would test nothing", vals, err)
	}
	old, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	authorRows := 0
	for _, b := range fixtureBatches(t) {
		var qs []quad.Quad
		for _, q := range b.Quads() {
			if q.Predicate == schema.DocAuthorRow {
				authorRows++
				continue
			}
			qs = append(qs, q)
		}
		if _, err := old.ReplaceLabel(ctx, schema.DocIRI(b.Doc.ID), qs); err != nil {
			t.Fatal(err)
		}
	}
	if authorRows == 0 {
		t.Fatal("the fixture writes no fg:docAuthorRow: the comparison would test nothing")
	}
	if _, err := old.ReplaceLabel(ctx, taxonomyLabel, taxonomyQuads()); err != nil {
		t.Fatal(err)
	}
	lib, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"top-causes", "document-summary"} {
		q, err := lib.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, args := range fixtureCases[name] {
			want, err := Run(ctx, withAgg, q, args, Options{})
			if err != nil {
				t.Fatalf("%s %v: %v", name, args, err)
			}
			got, err := Run(ctx, old, q, args, Options{})
			if err != nil {
				t.Fatalf("%s %v without aggregates: %v", name, args, err)
			}
			if len(want.Rows) == 0 || !reflect.DeepEqual(got.Rows, want.Rows) {
				t.Errorf("%s %v:\nwith aggregates    %v\nwithout aggregates %v", name, args, want.Rows, got.Rows)
			}
		}
	}
}
