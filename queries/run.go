package queries

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// Options bound a run.
type Options struct {
	// Limit keeps the first Limit rows after ordering; <= 0 keeps all.
	Limit int
	// Timeout stops the script; <= 0 means none.
	Timeout time.Duration

	// instrument is JavaScript run before the prelude (tests install the
	// single-node guard with it).
	instrument string
}

// Result is a query's output: rows in the order of the query's columns,
// sorted by its order keys and then by every column.
type Result struct {
	Query   *Query
	Columns []string
	Rows    [][]interface{}
	// Resolved maps each entity parameter to the IRIs it named.
	Resolved map[string][]string
}

// Objects returns the rows as column → value maps (the JSON form).
func (r *Result) Objects() []map[string]interface{} {
	out := make([]map[string]interface{}, len(r.Rows))
	for i, row := range r.Rows {
		m := make(map[string]interface{}, len(r.Columns))
		for j, c := range r.Columns {
			m[c] = row[j]
		}
		out[i] = m
	}
	return out
}

// Run checks args against the query's parameters, resolves entity
// parameters to IRIs, runs the script on st and returns its rows ordered.
// args holds the raw `--param k=v` strings.
func Run(ctx context.Context, st *graph.Store, q *Query, args map[string]string, opt Options) (*Result, error) {
	params, resolved, err := bindParams(ctx, st, q, args)
	if err != nil {
		return nil, err
	}
	res := &Result{Query: q, Columns: q.Columns, Resolved: resolved}
	col := make(map[string]int, len(q.Columns))
	for i, c := range q.Columns {
		col[c] = i
	}
	script := opt.instrument + "\n" + prelude + "\n" + q.Script
	funcs := newNatives(ctx, st).funcs()
	err = st.RunGizmo(ctx, script, graph.QueryOptions{Timeout: opt.Timeout, Params: params, Funcs: funcs}, func(v interface{}) error {
		if v == nil {
			return nil // the value of the script's last statement; rows come from g.emit
		}
		m, ok := v.(map[string]interface{})
		if !ok {
			return fmt.Errorf("query %s (%s) emitted %T, want a row object {column: value}", q.Name, q.Source, v)
		}
		row := make([]interface{}, len(q.Columns))
		for k, val := range m {
			i, ok := col[k]
			if !ok {
				return fmt.Errorf("query %s (%s) emitted column %q, which its header's columns %v do not list", q.Name, q.Source, k, q.Columns)
			}
			row[i] = normalize(val)
		}
		res.Rows = append(res.Rows, row)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("query %s (%s): %w", q.Name, q.Source, err)
	}
	sortRows(q, res.Rows)
	if opt.Limit > 0 && len(res.Rows) > opt.Limit {
		res.Rows = res.Rows[:opt.Limit]
	}
	return res, nil
}

// bindParams turns raw strings into typed values for the script.
func bindParams(ctx context.Context, st *graph.Store, q *Query, args map[string]string) (map[string]interface{}, map[string][]string, error) {
	for k := range args {
		if _, ok := q.Param(k); !ok {
			return nil, nil, fmt.Errorf("query %s has no parameter %q; it takes: %s", q.Name, k, paramNames(q))
		}
	}
	params := map[string]interface{}{}
	resolved := map[string][]string{}
	for _, p := range q.Params {
		raw, ok := args[p.Name]
		if !ok {
			switch {
			case p.HasDefault:
				raw = p.Default
			case p.Required:
				return nil, nil, fmt.Errorf("query %s needs --param %s=VALUE (%s: %s)", q.Name, p.Name, p.TypeName(), p.Description)
			default:
				params[p.Name] = nil
				continue
			}
		}
		switch p.Type {
		case TypeString:
			params[p.Name] = raw
		case TypeInt:
			n, err := strconv.Atoi(strings.TrimSpace(raw))
			if err != nil {
				return nil, nil, fmt.Errorf("query %s: --param %s=%q is not an integer", q.Name, p.Name, raw)
			}
			params[p.Name] = int64(n)
		case TypeIRI:
			iri := trimIRI(raw)
			if iri == "" {
				return nil, nil, fmt.Errorf("query %s: --param %s is empty; give an IRI such as fg:work/流浪地球", q.Name, p.Name)
			}
			params[p.Name] = "<" + iri + ">"
		case TypeEntity:
			iris, err := Resolve(ctx, st, raw, p.EntityType)
			if err != nil {
				return nil, nil, fmt.Errorf("query %s: --param %s: %w", q.Name, p.Name, err)
			}
			arr := make([]interface{}, len(iris))
			names := make([]string, len(iris))
			for i, v := range iris {
				arr[i] = "<" + string(v) + ">"
				names[i] = string(v)
			}
			params[p.Name] = arr
			resolved[p.Name] = names
		}
	}
	return params, resolved, nil
}

func paramNames(q *Query) string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	var b []string
	for _, p := range q.Params {
		b = append(b, p.Name)
	}
	return strings.Join(b, ", ")
}

func trimIRI(s string) string {
	s = strings.TrimSpace(s)
	return strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
}

// looksLikeIRI is true for prefixed (fg:…, rdf:…) and absolute IRIs.
func looksLikeIRI(s string) bool {
	s = trimIRI(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return true
	}
	pre, rest, ok := strings.Cut(s, ":")
	return ok && rest != "" && pre != "" && !strings.ContainsAny(pre, " \t") && strings.Contains(rest, "/")
}

// Resolve turns an entity parameter (an IRI, a canonical label, an alias,
// an English title, a document id or a cause id) into the IRIs of the nodes
// it names, restricted to rdf:type fg:<entityType> when entityType is set.
// Every lookup starts from one node (the IRI or the literal), the fast path
// on every backend. Several nodes may share a name; all are returned, sorted.
func Resolve(ctx context.Context, st *graph.Store, value, entityType string) ([]quad.IRI, error) {
	v := strings.TrimSpace(value)
	if v == "" {
		return nil, fmt.Errorf("empty name; give a name, an alias or an IRI")
	}
	var typ quad.IRI
	if entityType != "" {
		typ = quad.IRI("fg:" + entityType)
	}
	seen := map[quad.IRI]bool{}
	var out []quad.IRI
	consider := func(n quad.IRI) error {
		if seen[n] {
			return nil
		}
		seen[n] = true
		types, err := st.Out(ctx, n, schema.Type)
		if err != nil {
			return err
		}
		if len(types) == 0 {
			return nil // not a node of the store
		}
		if typ != "" && !hasValue(types, typ) {
			return nil
		}
		out = append(out, n)
		return nil
	}
	if looksLikeIRI(v) {
		if err := consider(quad.IRI(trimIRI(v))); err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		for _, pred := range []quad.IRI{schema.Label, schema.Alias, schema.LabelEn, schema.TitleEn, schema.Title} {
			subs, err := st.In(ctx, quad.String(v), pred)
			if err != nil {
				return nil, err
			}
			for _, s := range subs {
				if iri, ok := s.(quad.IRI); ok {
					if err := consider(iri); err != nil {
						return nil, err
					}
				}
			}
		}
		// Ids and keys: the IRI builders slug them the way ingestion did.
		builders := map[string]func(string) quad.IRI{
			"Work": schema.WorkIRI, "Person": schema.PersonIRI, "Festival": schema.FestivalIRI,
			"Cause": schema.CauseIRI, "Document": schema.DocIRI,
		}
		for et, b := range builders {
			if entityType == "" || entityType == et {
				if err := consider(b(v)); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(out) == 0 {
		what := "entity"
		if entityType != "" {
			what = entityType
		}
		return nil, fmt.Errorf("no %s named %q in the store; give its exact label, an alias, an id or its IRI (list them with `filmgraph films`, `people`, `festivals`, `causes` or `documents`)", what, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

func hasValue(vals []quad.Value, want quad.Value) bool {
	for _, v := range vals {
		if quad.StringOf(v) == quad.StringOf(want) {
			return true
		}
	}
	return false
}

// normalize makes emitted values printable and comparable: IRIs lose
// their angle brackets, whole floats become ints, arrays become sorted,
// comma-separated strings.
func normalize(v interface{}) interface{} {
	switch x := v.(type) {
	case string:
		if len(x) > 2 && x[0] == '<' && x[len(x)-1] == '>' && !strings.ContainsAny(x[1:len(x)-1], " <>\t\n") {
			return x[1 : len(x)-1]
		}
		return x
	case int:
		return int64(x)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return int64(x)
		}
		return x
	case []interface{}:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, Format(normalize(e)))
		}
		sort.Strings(parts)
		return strings.Join(parts, ", ")
	case nil, int64, bool:
		return x
	}
	return fmt.Sprint(v)
}

// Format renders a cell as text (tables, CSV).
func Format(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

func sortRows(q *Query, rows [][]interface{}) {
	idx := make(map[string]int, len(q.Columns))
	for i, c := range q.Columns {
		idx[c] = i
	}
	keys := append([]OrderKey(nil), q.Order...)
	for _, c := range q.Columns {
		keys = append(keys, OrderKey{Column: c})
	}
	sort.SliceStable(rows, func(a, b int) bool {
		for _, k := range keys {
			c := compare(rows[a][idx[k.Column]], rows[b][idx[k.Column]])
			if c == 0 {
				continue
			}
			if k.Desc {
				return c > 0
			}
			return c < 0
		}
		return false
	})
}

// compare orders nil first, numbers numerically, everything else as text.
func compare(a, b interface{}) int {
	if a == nil || b == nil {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -1
		}
		return 1
	}
	fa, aok := num(a)
	fb, bok := num(b)
	if aok && bok {
		switch {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	}
	return strings.Compare(Format(a), Format(b))
}

func num(v interface{}) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}
