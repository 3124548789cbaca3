package queries

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
)

// The Go hops must give a script what Gizmo's own traversal gives:
// the same values, converted the same way (IRIs as "<...>", strings,
// integers and floats as JavaScript values), without repeats, on memory
// and on bolt (where ins scans the object-predicate index itself).
func TestHopsMatchGizmo(t *testing.T) {
	ctx := context.Background()
	for _, spec := range []string{graph.Memory, filepath.Join(t.TempDir(), "h.db")} {
		st, err := graph.Open(spec, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		w, p1, p2 := quad.IRI("fg:work/w"), quad.IRI("fg:person/a"), quad.IRI("fg:person/b")
		d1, d2 := quad.IRI("fg:doc/1"), quad.IRI("fg:doc/2")
		qs := []quad.Quad{
			{Subject: w, Predicate: quad.IRI("rdfs:label"), Object: quad.String("影片"), Label: d1},
			{Subject: w, Predicate: quad.IRI("rdfs:label"), Object: quad.String("影片"), Label: d2},
			{Subject: w, Predicate: quad.IRI("fg:year"), Object: quad.Int(1993), Label: d1},
			{Subject: w, Predicate: quad.IRI("fg:strength"), Object: quad.Float(0.75), Label: d1},
			{Subject: w, Predicate: quad.IRI("fg:directedBy"), Object: p1, Label: d1},
			{Subject: p1, Predicate: quad.IRI("fg:actedIn"), Object: w, Label: d1},
			{Subject: p2, Predicate: quad.IRI("fg:actedIn"), Object: w, Label: d2},
			{Subject: p1, Predicate: quad.IRI("fg:actedIn"), Object: w, Label: d2},
		}
		if err := st.QW.AddQuadSet(qs); err != nil {
			t.Fatal(err)
		}
		n := newNatives(ctx, st)
		for _, c := range []struct {
			node, pred string
			in         bool
		}{
			{"<fg:work/w>", "<rdfs:label>", false},
			{"<fg:work/w>", "<fg:year>", false},
			{"<fg:work/w>", "<fg:strength>", false},
			{"<fg:work/w>", "<fg:directedBy>", false},
			{"<fg:work/w>", "<fg:actedIn>", true},
			{"<fg:work/w>", "<fg:remakeOf>", true},
			{"<fg:work/none>", "<fg:actedIn>", true},
		} {
			var got []interface{}
			if c.in {
				got, err = n.ins(c.node, c.pred)
			} else {
				got, err = n.outs(c.node, c.pred)
			}
			if err != nil {
				t.Fatal(err)
			}
			hop := "out"
			if c.in {
				hop = "in"
			}
			var want []interface{}
			script := fmt.Sprintf(`g.V(params.n).%s(params.p).unique().toArray().forEach(function (v) { g.emit(v) })`, hop)
			err := st.RunGizmo(ctx, script, graph.QueryOptions{Params: map[string]interface{}{"n": c.node, "p": c.pred}}, func(v interface{}) error {
				want = append(want, v)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if g, w := show(got), show(want); g != w {
				t.Errorf("%s %ss(%s, %s) = %s, Gizmo gives %s", spec, hop, c.node, c.pred, g, w)
			}
		}
		st.Close()
	}
}

func show(vs []interface{}) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = fmt.Sprintf("%T:%v", v, v)
	}
	sort.Strings(s)
	return fmt.Sprint(s)
}
