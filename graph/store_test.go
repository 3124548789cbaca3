package graph

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
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

// failAfter lets n transactions through, then fails.
type failAfter struct {
	cgraph.QuadWriter
	n int
}

func (f *failAfter) ApplyTransaction(tx *cgraph.Transaction) error {
	if f.n == 0 {
		return errors.New("disk full")
	}
	f.n--
	return f.QuadWriter.ApplyTransaction(tx)
}

// An interrupted chunked replace loses nothing: the old facts and the old
// content hash stay until the new ones are complete, and the next replace
// finishes the job.
func TestInterruptedReplaceLosesNothing(t *testing.T) {
	defer func(n int) { TxQuads = n }(TxQuads)
	TxQuads = 2
	s, err := Open(filepath.Join(t.TempDir(), "t.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	d := schema.DocIRI("a")
	doc := func(hash string, vals ...string) []quad.Quad {
		out := []quad.Quad{{Subject: d, Predicate: schema.Hash, Object: quad.String(hash), Label: d}}
		for _, v := range vals {
			out = append(out, q("fg:x", "fg:p", v, d))
		}
		return out
	}
	if _, err := s.ReplaceLabel(ctx, d, doc("h1", "1", "2", "3")); err != nil {
		t.Fatal(err)
	}
	real := s.QW
	s.QW = &failAfter{QuadWriter: real, n: 2}
	if _, err := s.ReplaceLabel(ctx, d, doc("h2", "4", "5", "6", "7")); err == nil {
		t.Fatal("replace through a failing writer succeeded")
	}
	s.QW = real
	if h, _ := s.DocumentHash(ctx, d); h != "h1" {
		t.Fatalf("hash after interruption = %q, want the old h1", h)
	}
	vals, _ := s.Out(ctx, quad.IRI("fg:x"), "fg:p")
	got := map[string]bool{}
	for _, v := range vals {
		got[quad.ToString(v)] = true
	}
	for _, v := range []string{"1", "2", "3"} {
		if !got[v] {
			t.Fatalf("old fact %s lost after an interrupted replace: %v", v, got)
		}
	}
	if _, err := s.ReplaceLabel(ctx, d, doc("h2", "4", "5", "6", "7")); err != nil {
		t.Fatal(err)
	}
	all, _ := s.LabelQuads(ctx, d)
	if len(all) != 5 {
		t.Fatalf("after the retry %d quads, want 5: %v", len(all), all)
	}
	if h, _ := s.DocumentHash(ctx, d); h != "h2" {
		t.Fatalf("hash = %q", h)
	}
}
