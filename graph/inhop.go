package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Subjects returns the distinct subjects of (*, pred, node), in the
// store's order.
//
// Cayley v0.7.7's kv planner never scans an index by a prefix shorter
// than the index: (object, predicate) is the prefix of the kv stores'
// (object, predicate, subject) index, but the planner wants a value for
// every direction of an index, so g.V(node).in(pred) falls back to
// reading every quad that points at node, whatever its predicate. Into a
// much-cited work of the 1M benchmark graph that is ~3,000 quads and
// ~25 ms to find none of the predicate asked for. Subjects scans the
// (object, predicate) prefix through ReverseScanner: the cost is the
// quads that match. On the memory store the scanner returns every quad
// of node, so the predicate is checked here.
func (s *Store) Subjects(ctx context.Context, node, pred quad.Value) ([]quad.Value, error) {
	oref, pref := s.QS.ValueOf(node), s.QS.ValueOf(pred)
	if oref == nil || pref == nil {
		return nil, nil
	}
	pkey := cgraph.ToKey(pref)
	it := s.ReverseScanner()(oref, pref)
	defer it.Close()
	var refs []cgraph.Ref
	seen := map[interface{}]bool{}
	for it.Next(ctx) {
		q := it.Result()
		if cgraph.ToKey(s.QS.QuadDirection(q, quad.Predicate)) != pkey {
			continue
		}
		sref := s.QS.QuadDirection(q, quad.Subject)
		if k := cgraph.ToKey(sref); !seen[k] {
			seen[k] = true
			refs = append(refs, sref)
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if len(refs) == 0 {
		return nil, nil
	}
	return s.ValuesOf(ctx, refs)
}
