package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// Subjects returns the distinct subjects of (*, pred, node), in the
// store's order.
//
// Cayley v0.7.7's kv planner never scans an index by a prefix shorter
// than the index: (object, predicate) is the prefix of the kv stores'
// (object, predicate, subject) index, but optimizeQuadsAction wants a
// value for every direction of an index, so g.V(node).in(pred) falls back
// to reading every quad that points at node, whatever its predicate.
// Into a much-cited work of the 1M benchmark graph that is ~3,000 quads
// and ~25 ms to find none of the predicate asked for. On kv stores this
// scans the (object, predicate) prefix itself: the cost is the quads that
// match. Other stores take the ordinary path.
func (s *Store) Subjects(ctx context.Context, node, pred quad.Value) ([]quad.Value, error) {
	kqs, ok := cgraph.Unwrap(s.QS).(*kv.QuadStore)
	if !ok {
		vals, err := path.StartPath(s.QS, node).In(pred).Iterate(ctx).AllValues(s.QS)
		return uniqueValues(vals), err
	}
	ind, ok := objectPredicateIndex(kqs)
	if !ok {
		vals, err := path.StartPath(s.QS, node).In(pred).Iterate(ctx).AllValues(s.QS)
		return uniqueValues(vals), err
	}
	oref, pref := kqs.ValueOf(node), kqs.ValueOf(pred)
	if oref == nil || pref == nil {
		return nil, nil
	}
	o, ok1 := oref.(kv.Int64Value)
	p, ok2 := pref.(kv.Int64Value)
	if !ok1 || !ok2 {
		vals, err := path.StartPath(s.QS, node).In(pred).Iterate(ctx).AllValues(s.QS)
		return uniqueValues(vals), err
	}
	it := kv.NewQuadIterator(kqs, ind, []uint64{uint64(o), uint64(p)})
	defer it.Close()
	var refs []cgraph.Ref
	seen := map[kv.Int64Value]bool{}
	for it.Next(ctx) {
		sref, ok := kqs.QuadDirection(it.Result(), quad.Subject).(kv.Int64Value)
		if !ok || seen[sref] {
			continue
		}
		seen[sref] = true
		refs = append(refs, sref)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if len(refs) == 0 {
		return nil, nil
	}
	return kqs.ValuesOf(ctx, refs)
}

// objectPredicateIndex finds the store's index that starts with object
// then predicate, by asking the planner for a quad lookup with all three
// directions fixed (it picks the index that covers them) and reading the
// index it chose. Stores made by Open have one (kv.DefaultQuadIndexes);
// ok is false otherwise.
func objectPredicateIndex(kqs *kv.QuadStore) (kv.QuadIndex, bool) {
	probe := shape.QuadsAction{Result: quad.Subject, Filter: map[quad.Direction]cgraph.Ref{
		quad.Object: kv.Int64Value(1), quad.Predicate: kv.Int64Value(1), quad.Subject: kv.Int64Value(1)}}
	sh, ok := kqs.OptimizeShape(probe)
	if !ok {
		return kv.QuadIndex{}, false
	}
	nf, ok := sh.(shape.NodesFrom)
	if !ok {
		return kv.QuadIndex{}, false
	}
	scan, ok := nf.Quads.(kv.IndexScan)
	if !ok || len(scan.Index.Dirs) < 2 || scan.Index.Dirs[0] != quad.Object || scan.Index.Dirs[1] != quad.Predicate {
		return kv.QuadIndex{}, false
	}
	return scan.Index, true
}
