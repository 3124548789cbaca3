package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// kvScanStore builds a bolt store with labelled and unlabelled quads,
// deletions (of quads, of every quad of a value so that its node goes),
// re-additions of deleted quads and values of several types.
func kvScanStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "kv.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	a, b := schema.DocIRI("a"), schema.DocIRI("b")
	lit := func(s, p string, o quad.Value, l quad.Value) quad.Quad {
		return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: l}
	}
	var qa, qb []quad.Quad
	for i := 0; i < 40; i++ {
		qa = append(qa, lit(fmt.Sprintf("fg:work/%d", i), "fg:label", quad.String(fmt.Sprintf("电影%d", i)), a))
		qa = append(qa, lit(fmt.Sprintf("fg:work/%d", i), "fg:directedBy", quad.IRI(fmt.Sprintf("fg:person/%d", i%7)), a))
		qa = append(qa, lit(fmt.Sprintf("fg:work/%d", i), "fg:year", quad.Int(1950+i), a))
		qb = append(qb, lit(fmt.Sprintf("fg:work/%d", i), "fg:strength", quad.Float(float64(i)/10), b))
		qb = append(qb, lit(fmt.Sprintf("fg:person/%d", i%7), "fg:actedIn", quad.IRI(fmt.Sprintf("fg:work/%d", i)), b))
	}
	if _, err := s.ReplaceLabel(ctx, a, qa); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReplaceLabel(ctx, b, qb); err != nil {
		t.Fatal(err)
	}
	// Unlabelled quads, a blank node and a language string.
	if err := s.QW.AddQuadSet([]quad.Quad{
		lit("fg:x", "fg:p", quad.BNode("n1"), nil),
		lit("fg:x", "fg:label", quad.LangString{Value: "x", Lang: "en"}, nil),
		lit("fg:x", "fg:label", quad.TypedString{Value: "2019", Type: "xsd:gYear"}, nil),
	}); err != nil {
		t.Fatal(err)
	}
	// Drop every other quad of a, the only quads of some year values
	// (their nodes lose their log entries); then put some back (new ids).
	var keep []quad.Quad
	for i, q := range qa {
		if i%2 == 0 {
			keep = append(keep, q)
		}
	}
	if _, err := s.ReplaceLabel(ctx, a, keep); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReplaceLabel(ctx, a, qa[:30]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RemoveLabel(ctx, b); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReplaceLabel(ctx, b, qb[:20]); err != nil {
		t.Fatal(err)
	}
	if err := s.QW.RemoveQuad(lit("fg:x", "fg:p", quad.BNode("n1"), nil)); err != nil {
		t.Fatal(err)
	}
	return s
}

type kvQuad struct {
	ids [4]uint64
	q   quad.Quad
}

func cayleyQuads(t *testing.T, s *Store, it cgraph.Iterator) []kvQuad {
	t.Helper()
	defer it.Close()
	var out []kvQuad
	for it.Next(context.Background()) {
		ids, ok := QuadIDs(it.Result())
		if !ok {
			t.Fatalf("not a kv quad ref: %#v", it.Result())
		}
		out = append(out, kvQuad{ids, s.QS.Quad(it.Result())})
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestKVScanMatchesCayley(t *testing.T) {
	s := kvScanStore(t)
	ctx := context.Background()
	if !s.HasKV() {
		t.Fatal("bolt store without a kv handle")
	}
	want := cayleyQuads(t, s, s.QS.QuadsAllIterator())
	var got []kvQuad
	var nodes []uint64
	ok, err := s.View(func(tx *KVTx) error {
		if err := tx.EachQuad(ctx, func(p *proto.Primitive) error {
			q, err := tx.QuadValues(p)
			got = append(got, kvQuad{[4]uint64{p.Subject, p.Predicate, p.Object, p.Label}, q})
			return err
		}); err != nil {
			return err
		}
		return tx.EachNode(ctx, func(id uint64, _ []byte) error {
			nodes = append(nodes, id)
			return nil
		})
	})
	if !ok || err != nil {
		t.Fatalf("View: ok %v, err %v", ok, err)
	}
	if len(want) < 50 {
		t.Fatalf("only %d quads in the test store", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("EachQuad: %d quads, Cayley's reader %d; first difference %v", len(got), len(want), firstDiff(got, want))
	}

	// Nodes and values: every node Cayley's node iterator lists, with the
	// value NameOf gives; refs of deleted nodes and of quads resolve to nil.
	var wantNodes []uint64
	it := s.QS.NodesAllIterator()
	for it.Next(ctx) {
		wantNodes = append(wantNodes, uint64(it.Result().(kv.Int64Value)))
	}
	it.Close()
	if !reflect.DeepEqual(nodes, wantNodes) {
		t.Errorf("EachNode: %v\nCayley: %v", nodes, wantNodes)
	}
	var horizon uint64
	s.View(func(tx *KVTx) error { horizon = tx.horizon; return nil })
	var refs []cgraph.Ref
	for id := uint64(0); id <= horizon+2; id++ {
		refs = append(refs, kv.Int64Value(id))
	}
	refs = append(refs, nil)
	wantVals, err := s.QS.(cgraph.BatchQuadStore).ValuesOf(ctx, refs)
	if err != nil {
		t.Fatal(err)
	}
	var gotVals []quad.Value
	s.View(func(tx *KVTx) error {
		gotVals, err = tx.ValuesOf(refs)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotVals, wantVals) {
		t.Errorf("ValuesOf differs:\n%v\n%v", gotVals, wantVals)
	}
	// The same ids read backwards and in jumps of every size (the log
	// cursor walks to near ids and seeks far ones), in one transaction.
	s.View(func(tx *KVTx) error {
		for step := 1; step < 40; step++ {
			for start := 0; start < step; start++ {
				for i := start; i < len(refs); i += step {
					j := i
					if step%2 == 0 {
						j = len(refs) - 1 - i
					}
					v, err := tx.ValuesOf(refs[j : j+1])
					if err != nil || !reflect.DeepEqual(v[0], wantVals[j]) {
						t.Fatalf("step %d: value of %v = %v (%v), want %v", step, refs[j], v[0], err, wantVals[j])
					}
				}
			}
		}
		return nil
	})
	deleted := 0
	for i, v := range wantVals[:len(wantVals)-1] {
		if v == nil && i > 0 && i <= int(horizon) {
			deleted++
		}
	}
	if deleted <= len(want) {
		// ids that are neither a node nor a live quad: deleted quads and
		// nodes. The store is built to have both.
		t.Errorf("only %d ids without a value for %d live quads: the store has no deleted nodes", deleted, len(want))
	}

	// Index reads: every value in every direction, and the pair scans, in
	// one transaction per direction, forwards, backwards and forwards in
	// jumps, the log cursor walking between them.
	pairs := [][2]quad.Direction{{quad.Subject, quad.Predicate}, {quad.Object, quad.Predicate}, {quad.Predicate, quad.Any}, {quad.Label, quad.Any}, {quad.Object, quad.Any}, {quad.Subject, quad.Any}}
	v2 := uint64(s.QS.ValueOf(quad.IRI("fg:label")).(kv.Int64Value))
	var order []uint64
	order = append(order, wantNodes...)
	for i := len(wantNodes) - 1; i >= 0; i-- {
		order = append(order, wantNodes[i])
	}
	for step := 2; step < 6; step++ {
		for i := 0; i < len(wantNodes); i += step {
			order = append(order, wantNodes[i])
		}
	}
	for _, pr := range pairs {
		d1, d2 := pr[0], pr[1]
		want := map[uint64][]kvQuad{}
		for _, id := range wantNodes {
			if d2 == quad.Any {
				want[id] = cayleyQuads(t, s, s.QS.QuadIterator(d1, kv.Int64Value(id)))
			} else {
				want[id] = cayleyQuads(t, s, s.PairScanner(d1, d2)(kv.Int64Value(id), kv.Int64Value(v2)))
			}
		}
		_, err := s.View(func(tx *KVTx) error {
			for _, id := range order {
				var gotQ []kvQuad
				err := tx.Quads(ctx, d1, id, d2, v2, func(p *proto.Primitive) error {
					q, err := tx.QuadValues(p)
					gotQ = append(gotQ, kvQuad{[4]uint64{p.Subject, p.Predicate, p.Object, p.Label}, q})
					return err
				})
				if err != nil {
					return err
				}
				if wantQ := want[id]; !reflect.DeepEqual(gotQ, wantQ) {
					t.Errorf("Quads(%v %d, %v %d): %d quads, Cayley %d; first difference %v", d1, id, d2, v2, len(gotQ), len(wantQ), firstDiff(gotQ, wantQ))
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func firstDiff(a, b []kvQuad) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if !reflect.DeepEqual(a[i], b[i]) {
			return fmt.Sprintf("#%d: %v vs %v", i, a[i], b[i])
		}
	}
	return "(one is a prefix of the other)"
}

func TestViewOnMemoryStore(t *testing.T) {
	s, err := Open(Memory, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.HasKV() {
		t.Error("memory store has a kv handle")
	}
	ok, err := s.View(func(*KVTx) error { t.Error("View called fn on the memory store"); return nil })
	if ok || err != nil {
		t.Errorf("View on memory: ok %v, err %v", ok, err)
	}
}
