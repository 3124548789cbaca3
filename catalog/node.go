// Package catalog reads the graph into the records the listing commands
// print (films, people, festivals, causes, documents), the detail `show`
// prints, and the counts `stats` prints.
//
// Every read starts from a single node and scans one index range
// (graph.Store.QuadsWith), the access pattern that stays fast on bolt;
// nothing here hops from a set of nodes.
package catalog

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// Reader wraps a store with small caches for repeated label look-ups.
type Reader struct {
	S      *graph.Store
	labels map[string]string
}

// New returns a Reader on s.
func New(s *graph.Store) *Reader { return &Reader{S: s, labels: map[string]string{}} }

// Node is one node's outgoing quads, grouped by predicate.
type Node struct {
	IRI quad.IRI
	Out map[quad.IRI][]quad.Quad
}

// Node reads all quads whose subject is iri.
func (r *Reader) Node(ctx context.Context, iri quad.Value) (*Node, error) {
	qs, err := r.S.QuadsWith(ctx, quad.Subject, iri)
	if err != nil {
		return nil, err
	}
	n := &Node{IRI: asIRI(iri), Out: map[quad.IRI][]quad.Quad{}}
	for _, q := range qs {
		p := asIRI(q.Predicate)
		n.Out[p] = append(n.Out[p], q)
	}
	return n, nil
}

// Str returns the first string value of p ("" when none), preferring the
// smallest value so the choice is deterministic across stores.
func (n *Node) Str(p quad.IRI) string {
	vals := n.Strs(p)
	if len(vals) == 0 {
		return ""
	}
	return vals[0]
}

// Strs returns the distinct string values of p, sorted.
func (n *Node) Strs(p quad.IRI) []string {
	seen := map[string]bool{}
	var out []string
	for _, q := range n.Out[p] {
		s := graph.Text(q.Object)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// Int returns the first integer value of p, or 0.
func (n *Node) Int(p quad.IRI) int {
	for _, q := range n.Out[p] {
		switch v := q.Object.(type) {
		case quad.Int:
			return int(v)
		case quad.TypedString:
			if pv, err := v.ParseValue(); err == nil {
				if i, ok := pv.(quad.Int); ok {
					return int(i)
				}
			}
		}
	}
	return 0
}

// Float returns the first float value of p, or 0.
func (n *Node) Float(p quad.IRI) float64 {
	for _, q := range n.Out[p] {
		switch v := q.Object.(type) {
		case quad.Float:
			return float64(v)
		case quad.Int:
			return float64(v)
		}
	}
	return 0
}

// IRIs returns the distinct IRI objects of p, sorted.
func (n *Node) IRIs(p quad.IRI) []quad.IRI {
	seen := map[quad.IRI]bool{}
	var out []quad.IRI
	for _, q := range n.Out[p] {
		if iri, ok := q.Object.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			out = append(out, iri)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Has reports whether the node has type t.
func (n *Node) Has(t quad.IRI) bool {
	for _, q := range n.Out[schema.Type] {
		if asIRI(q.Object) == t {
			return true
		}
	}
	return false
}

// FromDocuments reports whether some document (not only the reference
// lexicon) wrote this node's type: listings show what was found in the
// texts, with what the lexicon knows about it, not the whole lexicon.
func (n *Node) FromDocuments() bool {
	for _, q := range n.Out[schema.Type] {
		if asIRI(q.Label) != schema.LexiconLabel {
			return true
		}
	}
	return false
}

// Label returns the rdfs:label of a node, cached.
func (r *Reader) Label(ctx context.Context, iri quad.Value) string {
	k := quad.StringOf(iri)
	if l, ok := r.labels[k]; ok {
		return l
	}
	vals, _ := r.S.Values(ctx, iri, schema.Label)
	l := ""
	for _, v := range vals {
		s := graph.Text(v)
		if l == "" || s < l {
			l = s
		}
	}
	r.labels[k] = l
	return l
}

// DocID turns a document IRI (fg:doc/<id>) into its id.
func DocID(label quad.Value) string {
	s := string(asIRI(label))
	if strings.HasPrefix(s, "fg:doc/") {
		return s[len("fg:doc/"):]
	}
	if s == string(schema.LexiconLabel) {
		return "lexicon"
	}
	return s
}

func asIRI(v quad.Value) quad.IRI {
	switch x := v.(type) {
	case quad.IRI:
		return x
	case nil:
		return ""
	}
	return quad.IRI(quad.StringOf(v))
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
