package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// Bulk reads for exports and other passes over many nodes. On bolt every
// NameOf and every QuadIterator is a read transaction and one B-tree
// search per value, so a pass that reads a node at a time pays for what
// it does not need; these helpers let it read less and resolve values in
// batches.

// ReverseScanner returns a function iterating the quads whose object is
// obj; on a store with an object-predicate index (bolt's default OPS
// index) only those whose predicate is pred. Callers still check the
// predicate: the memory store has no such index and returns every quad of
// obj.
//
// Cayley's own optimiser does not use the OPS index for a lookup fixing
// only the object and the predicate (it wants a value for every indexed
// direction), so a reverse hop on bolt reads every quad pointing at the
// node; a film's statements and mentions make that several times the
// quads actually wanted. The scanner is found once per store.
func (s *Store) ReverseScanner() func(obj, pred cgraph.Ref) cgraph.Iterator {
	s.reverseOnce.Do(func() { s.reverse = s.PairScanner(quad.Object, quad.Predicate) })
	return s.reverse
}

// PairScanner returns a function iterating the quads whose d1 is v1; on
// a store with an index whose key starts with d1 then d2 (bolt: subject
// and predicate, object and predicate), only those whose d2 is v2.
// Callers still check d2, as on the memory store every quad of v1 comes
// back. On bolt reading a node's quads costs a B-tree search per quad, so
// reading only the predicate wanted (an evidence node's quote, the
// statements naming a node) saves most of the time.
func (s *Store) PairScanner(d1, d2 quad.Direction) func(v1, v2 cgraph.Ref) cgraph.Iterator {
	plain := func(v1, _ cgraph.Ref) cgraph.Iterator { return s.QS.QuadIterator(d1, v1) }
	kqs, ok := cgraph.Unwrap(s.QS).(*kv.QuadStore)
	if !ok {
		return plain
	}
	ind, ok := pairIndex(kqs, d1, d2)
	if !ok {
		return plain
	}
	return func(v1, v2 cgraph.Ref) cgraph.Iterator {
		a, ok1 := v1.(kv.Int64Value)
		b, ok2 := v2.(kv.Int64Value)
		if !ok1 || !ok2 {
			return plain(v1, v2)
		}
		return kv.NewQuadIterator(kqs, ind, []uint64{uint64(a), uint64(b)})
	}
}

// pairIndex finds the store's index whose key starts with d1 then d2. The
// index list is private to Cayley's kv package; asking its optimiser for
// the best index of a lookup fixing d1 and d2 (or, for an index of three
// directions, all three: the optimiser only picks an index when it has a
// value for each of its directions) reveals it without guessing.
func pairIndex(kqs *kv.QuadStore, d1, d2 quad.Direction) (kv.QuadIndex, bool) {
	one := kv.Int64Value(1)
	for _, dirs := range [][]quad.Direction{{d1, d2}, {quad.Subject, quad.Predicate, quad.Object}} {
		filter := map[quad.Direction]cgraph.Ref{}
		for _, d := range dirs {
			filter[d] = one
		}
		sh, ok := kqs.OptimizeShape(shape.QuadsAction{Result: quad.Subject, Filter: filter})
		if !ok {
			continue
		}
		nf, ok := sh.(shape.NodesFrom)
		if !ok {
			continue
		}
		scan, ok := nf.Quads.(kv.IndexScan)
		if !ok {
			continue
		}
		if d := scan.Index.Dirs; len(d) >= 2 && d[0] == d1 && d[1] == d2 {
			return scan.Index, true
		}
	}
	return kv.QuadIndex{}, false
}

// ValuesOf resolves refs to values, in one read transaction on bolt
// (Cayley's batch lookup) instead of one per value.
func (s *Store) ValuesOf(ctx context.Context, refs []cgraph.Ref) ([]quad.Value, error) {
	return cgraph.ValuesOf(ctx, s.QS, refs)
}

// QuadIDs returns the ids of the subject, predicate, object and label (0
// when unlabelled) of quad ref q on a kv store (bolt), whose quad refs
// carry them; ok is false on other stores. Holding four integers per quad
// instead of the quad lets a pass over the whole store keep what it read
// and resolve the values later, in batches.
func QuadIDs(q cgraph.Ref) (ids [4]uint64, ok bool) {
	p, ok := q.(*proto.Primitive)
	if !ok || p == nil || p.IsNode() {
		return ids, false
	}
	return [4]uint64{p.Subject, p.Predicate, p.Object, p.Label}, true
}

// IDRef is the ref of the value with id on a kv store (an id from
// QuadIDs).
func IDRef(id uint64) cgraph.Ref { return kv.Int64Value(id) }

// HasQuadIDs reports whether the store's quad refs carry value ids
// (QuadIDs works).
func (s *Store) HasQuadIDs() bool {
	_, ok := cgraph.Unwrap(s.QS).(*kv.QuadStore)
	return ok
}
