package catalog

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// Count is a named number.
type Count struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Stats is what `stats` prints.
type Stats struct {
	Store      string  `json:"store"`
	Quads      int64   `json:"quads"`
	NodeTypes  []Count `json:"node_types"`
	Predicates []Count `json:"predicates"`
}

// Stats counts nodes per type and quads per predicate. Each count reads
// one index range.
func (r *Reader) Stats(ctx context.Context) (*Stats, error) {
	st := &Stats{Store: r.S.Spec}
	if s, err := r.S.QS.Stats(ctx, true); err == nil {
		st.Quads = s.Quads.Size
	}
	for _, t := range schema.NodeTypes {
		nodes, err := r.S.NodesOfType(ctx, t)
		if err != nil {
			return nil, err
		}
		st.NodeTypes = append(st.NodeTypes, Count{Name: string(t), Count: len(nodes)})
	}
	for _, p := range schema.Predicates {
		n, err := r.S.CountWith(ctx, quad.Predicate, p)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			st.Predicates = append(st.Predicates, Count{Name: string(p), Count: n})
		}
	}
	return st, nil
}
