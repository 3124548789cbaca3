package graph

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// Subjects must give what Cayley's own in-hop gives (as a set), on bolt
// (the prefix scan) and in memory (the ordinary path), including after a
// label's quads were removed and when the same quad is stored under two
// labels.
func TestSubjectsMatchesInHop(t *testing.T) {
	ctx := context.Background()
	for _, spec := range []string{Memory, filepath.Join(t.TempDir(), "s.db")} {
		st, err := Open(spec, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if kqs, ok := cgraph.Unwrap(st.QS).(*kv.QuadStore); ok {
			if _, ok := pairIndex(kqs, quad.Object, quad.Predicate); !ok {
				t.Fatalf("%s: no (object, predicate) index found: Subjects would take the slow path", spec)
			}
		}
		w, f1, f2 := quad.IRI("fg:work/w"), quad.IRI("fg:person/a"), quad.IRI("fg:person/b")
		acted, cites := quad.IRI("fg:actedIn"), quad.IRI("fg:cites")
		d1, d2 := quad.IRI("fg:doc/1"), quad.IRI("fg:doc/2")
		qs := []quad.Quad{
			{Subject: f1, Predicate: acted, Object: w, Label: d1},
			{Subject: f1, Predicate: acted, Object: w, Label: d2},
			{Subject: f2, Predicate: acted, Object: w, Label: d2},
			{Subject: quad.IRI("fg:claim/c"), Predicate: cites, Object: w, Label: d1},
			{Subject: f2, Predicate: acted, Object: quad.IRI("fg:work/other"), Label: d1},
		}
		if err := st.QW.AddQuadSet(qs); err != nil {
			t.Fatal(err)
		}
		check := func(what string, pred quad.IRI, want ...quad.IRI) {
			t.Helper()
			got, err := st.Subjects(ctx, w, pred)
			if err != nil {
				t.Fatal(err)
			}
			ref, err := path.StartPath(st.QS, w).In(pred).Iterate(ctx).AllValues(st.QS)
			if err != nil {
				t.Fatal(err)
			}
			if g, r, wt := names(got), names(uniqueValues(ref)), names(iris(want)); g != wt || r != wt {
				t.Errorf("%s %s %s: Subjects %s, Cayley's in-hop %s, want %s", spec, what, pred, g, r, wt)
			}
		}
		check("both labels", acted, f1, f2)
		check("other predicate", cites, quad.IRI("fg:claim/c"))
		check("absent predicate", quad.IRI("fg:remakeOf"))
		if _, err := st.RemoveLabel(ctx, d2); err != nil {
			t.Fatal(err)
		}
		check("after removing doc 2", acted, f1)
		st.Close()
	}
}

func iris(s []quad.IRI) []quad.Value {
	out := make([]quad.Value, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func names(vs []quad.Value) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = quad.ToString(v)
	}
	sort.Strings(s)
	return "[" + strings.Join(s, " ") + "]"
}
