package queries

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// pickCases chooses, by one rule for any graph, the parameters the corpus
// golden tests and the benchmarks run each query with: the cause with the
// most claims, the work most cited for it, that work's director and
// festival, and the document of its first quote. These are the heaviest
// entry points of a graph, so they make honest benchmarks.
func pickCases(ctx context.Context, st *graph.Store, lib *Library) (map[string]map[string]string, error) {
	first := func(name string, args map[string]string, col string) (string, error) {
		q, err := lib.Get(name)
		if err != nil {
			return "", err
		}
		res, err := Run(ctx, st, q, args, Options{Limit: 1})
		if err != nil {
			return "", err
		}
		if len(res.Rows) == 0 {
			return "", fmt.Errorf("%s %v: no rows to pick a parameter from", name, args)
		}
		for i, c := range res.Columns {
			if c == col {
				return Format(res.Rows[0][i]), nil
			}
		}
		return "", fmt.Errorf("%s has no column %s", name, col)
	}
	firstOut := func(node string, pred quad.IRI) (string, error) {
		vals, err := st.Out(ctx, quad.IRI(node), pred)
		if err != nil || len(vals) == 0 {
			return "", fmt.Errorf("%s has no %s: %v", node, pred, err)
		}
		s := make([]string, len(vals))
		for i, v := range vals {
			s[i] = trimIRI(quad.ToString(v))
		}
		sort.Strings(s)
		return s[0], nil
	}
	cause, err := first("top-causes", nil, "cause")
	if err != nil {
		return nil, err
	}
	film, err := first("films-for-cause", map[string]string{"cause": cause}, "film")
	if err != nil {
		return nil, err
	}
	doc, err := first("evidence", map[string]string{"film": film, "cause": cause}, "document")
	if err != nil {
		return nil, err
	}
	cases := map[string]map[string]string{
		"top-causes":                  {},
		"films-for-cause":             {"cause": cause},
		"causes-for-film":             {"film": film},
		"evidence":                    {"film": film, "cause": cause},
		"co-cited-films":              {"cause": cause},
		"who-argues":                  {"cause": cause},
		"counter-arguments-for-cause": {"cause": cause},
		"film-neighbourhood":          {"film": film, "hops": "2"},
		"document-summary":            {"document": doc},
	}
	// The director and the festival of the most cited work that has one
	// (walking down the cause's works by claims), else the first festival
	// of the store that any work is linked to.
	ffc, err := lib.Get("films-for-cause")
	if err != nil {
		return nil, err
	}
	top, err := Run(ctx, st, ffc, map[string]string{"cause": cause, "top": "50"}, Options{})
	if err != nil {
		return nil, err
	}
	for _, row := range top.Rows {
		w := Format(row[1]) // the film column
		if _, ok := cases["director-films"]; !ok {
			if d, err := firstOut(w, schema.DirectedBy); err == nil {
				cases["director-films"] = map[string]string{"director": d}
			}
		}
		if _, ok := cases["festival-films"]; !ok {
			if f, err := firstOut(w, schema.AwardAt); err == nil {
				cases["festival-films"] = map[string]string{"festival": f}
			}
		}
	}
	if _, ok := cases["festival-films"]; !ok {
		fests, err := st.NodesOfType(ctx, schema.Festival)
		if err != nil {
			return nil, err
		}
		names := make([]string, len(fests))
		for i, f := range fests {
			names[i] = quad.ToString(f)
		}
		sort.Strings(names)
		for _, f := range names {
			if works, err := st.In(ctx, quad.IRI(f), schema.AwardAt); err == nil && len(works) > 0 {
				cases["festival-films"] = map[string]string{"festival": f}
				break
			}
		}
	}
	return cases, nil
}
