package queries

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
)

// tallyRowFields names the fields of each packed tally row (schema.go
// "Tally rows"), as the prelude's tallyFields does for the JavaScript
// helpers (TestNativeAndPreludeTallyFieldsAgree keeps them equal).
var tallyRowFields = map[string][]string{
	"<fg:causeDocRow>":    {"doc", "n", "d"},
	"<fg:causeWorkRow>":   {"work", "doc", "n", "d", "roles"},
	"<fg:causeAuthorRow>": {"author", "doc", "n", "d"},
	"<fg:workCauseRow>":   {"cause", "doc", "n", "d", "roles"},
	"<fg:docCauseRow>":    {"cause", "n", "d"},
	"<fg:docMentionRow>":  {"entity", "n"},
}

// natives are the Go helpers a saved query sees as JavaScript globals
// (graph.QueryOptions.Funcs): tallySum, tallyTop and tallyPairs. They read
// a node's packed tally rows and add them up in Go. On the 1M benchmark
// graph, the 1,272 (cause, work) rows of the top cause cost ~15 ms read
// with toArray and ~13 ms more parsed and summed in goja, against ~10 ms
// and ~1 ms here (busy 2-core machine, same run): goja spends microseconds
// on every value, string split and object property. Each reads one node's
// values of one predicate, the single-node path (docs/queries.md), and
// keeps them for the rest of the run, so two helpers over the same rows
// read them once.
type natives struct {
	ctx  context.Context
	st   *graph.Store
	rows map[string][][]string
}

func newNatives(ctx context.Context, st *graph.Store) *natives {
	return &natives{ctx: ctx, st: st, rows: map[string][][]string{}}
}

// funcs returns the helpers by their JavaScript names.
func (n *natives) funcs() map[string]interface{} {
	return map[string]interface{}{"tallySum": n.sum, "tallyTop": n.top, "tallyPairs": n.pairs, "outs": n.outs, "ins": n.ins}
}

// read returns node's packed rows of pred, split into fields, each row
// checked to have the predicate's width.
func (n *natives) read(node, pred string) ([][]string, []string, error) {
	names, ok := tallyRowFields[pred]
	if !ok {
		known := make([]string, 0, len(tallyRowFields))
		for p := range tallyRowFields {
			known = append(known, p)
		}
		sort.Strings(known)
		return nil, nil, fmt.Errorf("%s is not a packed tally row predicate; known: %s", pred, strings.Join(known, ", "))
	}
	k := node + "\x00" + pred
	if r, ok := n.rows[k]; ok {
		return r, names, nil
	}
	vals, err := n.st.Values(n.ctx, quad.IRI(trimIRI(node)), quad.IRI(trimIRI(pred)))
	if err != nil {
		return nil, nil, fmt.Errorf("read %s of %s: %w", pred, node, err)
	}
	rows := make([][]string, len(vals))
	for i, v := range vals {
		f := strings.Split(quad.ToString(v), "\t")
		if len(f) != len(names) {
			return nil, nil, fmt.Errorf("tally rows %s of %s do not have %d fields (%s): the store was written by another version of filmgraph; re-ingest it",
				pred, node, len(names), strings.Join(names, ", "))
		}
		rows[i] = f
	}
	n.rows[k] = rows
	return rows, names, nil
}

func fieldIndex(names []string, name string) int {
	for i, x := range names {
		if x == name {
			return i
		}
	}
	return -1
}

type tallyAgg struct {
	claims, denying, documents int
	roles                      map[string]bool
}

// aggregate adds up rows by the field key, like the prelude's sumTallies:
// claims = n + d (for mention rows, mentions), documents = rows (one per
// document and key).
func (n *natives) aggregate(node, pred, key string) (map[string]*tallyAgg, error) {
	rows, names, err := n.read(node, pred)
	if err != nil {
		return nil, err
	}
	ki, ni, di, ri := fieldIndex(names, key), fieldIndex(names, "n"), fieldIndex(names, "d"), fieldIndex(names, "roles")
	if ki < 0 {
		return nil, fmt.Errorf("rows of %s have no field %s; fields: %s", pred, key, strings.Join(names, ", "))
	}
	out := map[string]*tallyAgg{}
	for _, f := range rows {
		a := out[f[ki]]
		if a == nil {
			a = &tallyAgg{}
			out[f[ki]] = a
		}
		c, err := strconv.Atoi(f[ni])
		if err != nil {
			return nil, fmt.Errorf("tally row %s of %s: count %q is not an integer; re-ingest the store", pred, node, f[ni])
		}
		d := 0
		if di >= 0 {
			if d, err = strconv.Atoi(f[di]); err != nil {
				return nil, fmt.Errorf("tally row %s of %s: denying %q is not an integer; re-ingest the store", pred, node, f[di])
			}
		}
		a.claims += c + d
		a.denying += d
		a.documents++
		if ri >= 0 && f[ri] != "" {
			if a.roles == nil {
				a.roles = map[string]bool{}
			}
			for _, r := range strings.Split(f[ri], ",") {
				a.roles[r] = true
			}
		}
	}
	return out, nil
}

// object is an aggregate as the script sees it: roles sorted, without
// repeats, joined with "," (rolesOf() splits them).
func (a *tallyAgg) object() map[string]interface{} {
	roles := make([]string, 0, len(a.roles))
	for r := range a.roles {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	return map[string]interface{}{"claims": a.claims, "denying": a.denying, "documents": a.documents, "roles": strings.Join(roles, ",")}
}

// sum is tallySum(node, pred, key): node's rows of pred added up by the
// field key, {key: {claims, denying, documents, roles}}, keys unbracketed
// as stored in the rows.
func (n *natives) sum(node, pred, key string) (map[string]interface{}, error) {
	aggs, err := n.aggregate(node, pred, key)
	if err != nil {
		return nil, fmt.Errorf("tallySum: %w", err)
	}
	out := make(map[string]interface{}, len(aggs))
	for k, a := range aggs {
		out[k] = a.object()
	}
	return out, nil
}

// top is tallyTop(node, pred, key, count[, prefix]): the count keys with
// most claims (ties by key, compared as JavaScript compares strings, so
// the cut is the prelude's topKeys'; count <= 0: all), in that order, each
// {key, claims, denying, documents, roles}; with a prefix, only keys that
// start with it (say "fg:work/" among mentioned entities). Only what is
// listed becomes a JavaScript value.
func (n *natives) top(node, pred, key string, count int, prefix ...string) ([]interface{}, error) {
	aggs, err := n.aggregate(node, pred, key)
	if err != nil {
		return nil, fmt.Errorf("tallyTop: %w", err)
	}
	if len(prefix) > 1 {
		return nil, fmt.Errorf("tallyTop: one key prefix at most, got %q", prefix)
	}
	keys := make([]string, 0, len(aggs))
	for k := range aggs {
		if len(prefix) == 0 || strings.HasPrefix(k, prefix[0]) {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := aggs[keys[i]], aggs[keys[j]]
		if a.claims != b.claims {
			return a.claims > b.claims
		}
		return jsLess(keys[i], keys[j])
	})
	if count > 0 && len(keys) > count {
		keys = keys[:count]
	}
	out := make([]interface{}, len(keys))
	for i, k := range keys {
		o := aggs[k].object()
		o["key"] = k
		out[i] = o
	}
	return out, nil
}

// jsLess orders strings as JavaScript's < does, by UTF-16 code units. That
// is Go's byte order unless a string holds a character beyond U+FFFF (a
// four-byte UTF-8 sequence, a surrogate pair in UTF-16).
func jsLess(a, b string) bool {
	if !hasAstral(a) && !hasAstral(b) {
		return a < b
	}
	ua, ub := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return ua[i] < ub[i]
		}
	}
	return len(ua) < len(ub)
}

func hasAstral(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xF0 {
			return true
		}
	}
	return false
}

// pairs is tallyPairs(node, pred, key, group, keys): for each pair of the
// given keys (i < j, indexes into keys), the number of distinct values of
// the field group (say documents) that rows of both share, as
// [i, j, shared] for every pair sharing at least one. Counting pairs in
// goja costs groups x keys^2 steps of the interpreter.
func (n *natives) pairs(node, pred, key, group string, keys []string) ([]interface{}, error) {
	rows, names, err := n.read(node, pred)
	if err != nil {
		return nil, fmt.Errorf("tallyPairs: %w", err)
	}
	ki, gi := fieldIndex(names, key), fieldIndex(names, group)
	if ki < 0 || gi < 0 {
		return nil, fmt.Errorf("tallyPairs: rows of %s have no field %s or %s; fields: %s", pred, key, group, strings.Join(names, ", "))
	}
	slot := make(map[string]int, len(keys))
	for i, k := range keys {
		slot[k] = i
	}
	groups := make([]map[string]bool, len(keys))
	for _, f := range rows {
		if i, ok := slot[f[ki]]; ok {
			if groups[i] == nil {
				groups[i] = map[string]bool{}
			}
			groups[i][f[gi]] = true
		}
	}
	var out []interface{}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			a, b := groups[i], groups[j]
			if len(b) < len(a) {
				a, b = b, a
			}
			shared := 0
			for g := range a {
				if b[g] {
					shared++
				}
			}
			if shared > 0 {
				out = append(out, []interface{}{i, j, shared})
			}
		}
	}
	return out, nil
}
