package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

func q(s, p, o string, l quad.IRI) quad.Quad {
	return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: quad.String(o), Label: l}
}

func TestReplaceLabelKeepsOtherDocuments(t *testing.T) {
	for _, spec := range []string{Memory, filepath.Join(t.TempDir(), "t.db")} {
		s, err := Open(spec, Options{})
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		a, b := schema.DocIRI("a"), schema.DocIRI("b")
		if _, err := s.ReplaceLabel(ctx, a, []quad.Quad{q("fg:x", "fg:p", "1", a), q("fg:x", "fg:p", "2", a)}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ReplaceLabel(ctx, b, []quad.Quad{q("fg:x", "fg:p", "1", b)}); err != nil {
			t.Fatal(err)
		}
		res, err := s.ReplaceLabel(ctx, a, []quad.Quad{q("fg:x", "fg:p", "1", a), q("fg:x", "fg:p", "3", a)})
		if err != nil {
			t.Fatal(err)
		}
		if res.Added != 1 || res.Removed != 1 || res.Kept != 1 {
			t.Errorf("%s: replace = %+v, want 1 added, 1 removed, 1 kept", spec, res)
		}
		got, _ := s.LabelQuads(ctx, b)
		if len(got) != 1 {
			t.Errorf("%s: document b lost its quads: %v", spec, got)
		}
		vals, _ := s.Out(ctx, quad.IRI("fg:x"), "fg:p")
		if len(vals) != 2 {
			t.Errorf("%s: values = %v, want 1 and 3", spec, vals)
		}
		s.Close()
	}
}

func TestParamsAreValues(t *testing.T) {
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	l := schema.DocIRI("a")
	s.ReplaceLabel(ctx, l, []quad.Quad{q("fg:x", "fg:p", "流浪地球", l)})
	var got []interface{}
	// A parameter that would break out of a string literal if spliced.
	evil := `"); g.emit("pwned"); ("`
	err = s.RunGizmo(ctx, `g.emit(params.name); g.V(params.node).out(params.pred).forEach(function(r){ g.emit(r.id) })`,
		QueryOptions{Params: map[string]interface{}{"name": evil, "node": "<fg:x>", "pred": "<fg:p>"}},
		func(v interface{}) error { got = append(got, v); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != evil || got[1] != "流浪地球" {
		t.Fatalf("results = %#v", got)
	}
}

func TestFuncsAreCallable(t *testing.T) {
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var got []interface{}
	err = s.RunGizmo(context.Background(), `g.emit(double(21))`,
		QueryOptions{Funcs: map[string]interface{}{"double": func(n int) int { return 2 * n }}},
		func(v interface{}) error { got = append(got, v); return nil })
	if err != nil || len(got) != 1 {
		t.Fatalf("got %v, %v", got, err)
	}
	if n, ok := got[0].(int64); !ok || n != 42 {
		if f, ok := got[0].(float64); !ok || f != 42 {
			t.Fatalf("double(21) = %#v", got[0])
		}
	}
}

func TestQuadKeyIsNQuad(t *testing.T) {
	for _, x := range []quad.Quad{
		q("fg:x", "fg:p", "流浪\"地球\"\n", schema.DocIRI("a")),
		{Subject: quad.IRI("fg:x"), Predicate: quad.IRI("fg:y"), Object: quad.Int(3)},
		{Subject: quad.BNode("b"), Predicate: quad.IRI("fg:y"), Object: quad.Float(0.5), Label: quad.IRI("fg:l")},
	} {
		if QuadKey(x) != x.NQuad() {
			t.Errorf("QuadKey = %q, NQuad = %q", QuadKey(x), x.NQuad())
		}
	}
}
