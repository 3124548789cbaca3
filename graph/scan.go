package graph

import (
	"context"

	"github.com/cayleygraph/quad"
)

// QuadsWith returns every quad whose dir (subject, predicate, object or
// label) is v. It reads one index range, the cheapest access Cayley's kv
// stores have, and is how read models collect a node's properties in a
// single pass instead of one traversal per predicate.
func (s *Store) QuadsWith(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref := s.QS.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	it := s.QS.QuadIterator(dir, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.QS.Quad(it.Result()))
	}
	return out, it.Err()
}

// CountWith counts the quads whose dir is v, without materialising them.
func (s *Store) CountWith(ctx context.Context, dir quad.Direction, v quad.Value) (int, error) {
	ref := s.QS.ValueOf(v)
	if ref == nil {
		return 0, nil
	}
	it := s.QS.QuadIterator(dir, ref)
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		n++
	}
	return n, it.Err()
}
