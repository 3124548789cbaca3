// Package export writes a selected part of the filmgraph store in formats
// other tools read: N-Quads and JSON-LD for RDF stores, GraphML and GEXF
// for Gephi, Cytoscape JSON, neo4j-admin CSV and Graphviz DOT.
//
// Two views of the same selection are used:
//
//   - RDF formats (N-Quads, JSON-LD) write quads as stored, with their
//     labels (the document each fact came from), so an export can be
//     imported back without loss (see Import).
//   - Graph formats write the property-graph view defined in this file:
//     nodes are entity-like resources (documents, sections, authors, works,
//     persons, festivals, claims, causes; mentions, evidence and statements
//     only when Options.Reified is set), literal-valued predicates become
//     typed node attributes, and every edge carries its provenance, folded
//     in from the statement, mention and evidence nodes that back it: the
//     documents that assert it, the evidence IRIs and the quote.
//
// Every writer is deterministic (nodes sorted by IRI, edges by source,
// predicate, target) and streams: nodes are computed one at a time from
// the store, in one pass for nodes and one for edges, so only the set of
// selected node IRIs is held in memory, never the quads.
package export

import (
	"context"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// AttrType is the declared type of an attribute, mapped by each writer to
// its own type names (GraphML attr.type, GEXF type, neo4j :int ...).
type AttrType int

const (
	String AttrType = iota
	Int
	Double
)

// Attr declares one node or edge attribute.
type Attr struct {
	Name string
	Type AttrType
	// Pred is the literal-valued predicate the value is read from; empty
	// for computed attributes.
	Pred quad.IRI
	// Multi is true when a node may carry several values; writers join them
	// (or use a list type where the format has one).
	Multi bool
}

// Node attributes, in the order every format declares them. Every literal
// predicate of the vocabulary has a column, except fg:text (a document's
// whole text, which belongs in the RDF formats, not in a node table).
var NodeAttrs = []Attr{
	{Name: "type", Type: String},
	{Name: "label", Type: String, Pred: schema.Label},
	{Name: "alias", Type: String, Pred: schema.Alias, Multi: true},
	{Name: "kind", Type: String, Pred: schema.Kind},
	{Name: "year", Type: Int, Pred: schema.Year},
	{Name: "titleEn", Type: String, Pred: schema.TitleEn},
	{Name: "country", Type: String, Pred: schema.Country},
	{Name: "role", Type: String, Pred: schema.Role, Multi: true},
	{Name: "mentions", Type: Int},                     // works, people, festivals: number of mention nodes referring to them
	{Name: "claims", Type: Int},                       // causes and authors: number of claims of the cause / argued by the author
	{Name: "documents", Type: String, Multi: true},    // labels of the node's own quads
	{Name: "quote", Type: String},                     // a claim's evidence quote, or an evidence node's fg:quote
	{Name: "title", Type: String, Pred: schema.Title}, // documents and sections
	{Name: "date", Type: String, Pred: schema.Date},
	{Name: "lang", Type: String, Pred: schema.Lang},
	{Name: "format", Type: String, Pred: schema.Format},
	{Name: "source", Type: String, Pred: schema.SourcePath},
	{Name: "hash", Type: String, Pred: schema.Hash},
	{Name: "tag", Type: String, Pred: schema.Tag, Multi: true},
	{Name: "sectionKind", Type: String, Pred: schema.SectionKind},
	{Name: "index", Type: Int, Pred: schema.Index},
	{Name: "answerId", Type: String, Pred: schema.AnswerID, Multi: true},
	{Name: "authorKind", Type: String, Pred: schema.AuthorKind},
	{Name: "stance", Type: String, Pred: schema.Stance},
	{Name: "confidence", Type: Double, Pred: schema.Confidence},
	{Name: "effect", Type: String, Pred: schema.Effect},
	{Name: "causeKind", Type: String, Pred: schema.CauseKind},
	{Name: "labelEn", Type: String, Pred: schema.LabelEn},
	{Name: "group", Type: String, Pred: schema.Group},
	{Name: "surface", Type: String, Pred: schema.Surface},
	{Name: "via", Type: String, Pred: schema.Via},
	{Name: "start", Type: Int, Pred: schema.Start},
	{Name: "end", Type: Int, Pred: schema.End},
	{Name: "cue", Type: String, Pred: schema.Cue},
	{Name: "strength", Type: Double, Pred: schema.Strength},
	{Name: "origin", Type: String, Pred: schema.Origin},
	{Name: "citeRole", Type: String, Pred: schema.CiteRole},
	{Name: "prize", Type: String, Pred: schema.Prize},
	{Name: "status", Type: String, Pred: schema.Status},
}

// Edge attributes. Everything after "kind" is provenance, folded in from
// the statement (or mention) nodes that back the edge.
var EdgeAttrs = []Attr{
	{Name: "predicate", Type: String},              // the short IRI, e.g. fg:directedBy
	{Name: "kind", Type: String},                   // its local name, e.g. directedBy
	{Name: "documents", Type: String, Multi: true}, // labels of the quads asserting the edge
	{Name: "evidence", Type: String, Multi: true},  // evidence node IRIs
	{Name: "quote", Type: String},                  // the quote of the first evidence
	{Name: "cue", Type: String, Pred: schema.Cue, Multi: true},
	{Name: "strength", Type: Double, Pred: schema.Strength},
	{Name: "confidence", Type: Double, Pred: schema.Confidence},
	{Name: "citeRole", Type: String, Pred: schema.CiteRole, Multi: true},
	{Name: "prize", Type: String, Pred: schema.Prize, Multi: true},
	{Name: "status", Type: String, Pred: schema.Status, Multi: true},
	{Name: "year", Type: Int, Pred: schema.Year},
}

// Attribute indexes used by writers for special placement (labels, spells).
var (
	nodeTypeIdx  = attrIndex(NodeAttrs, "type")
	nodeLabelIdx = attrIndex(NodeAttrs, "label")
	nodeYearIdx  = attrIndex(NodeAttrs, "year")
	nodeMentIdx  = attrIndex(NodeAttrs, "mentions")
	nodeClaimIdx = attrIndex(NodeAttrs, "claims")
	nodeDocsIdx  = attrIndex(NodeAttrs, "documents")
	nodeQuoteIdx = attrIndex(NodeAttrs, "quote")
	nodeTitleIdx = attrIndex(NodeAttrs, "title")
	edgePredIdx  = attrIndex(EdgeAttrs, "predicate")
	edgeKindIdx  = attrIndex(EdgeAttrs, "kind")
	edgeDocsIdx  = attrIndex(EdgeAttrs, "documents")
	edgeEvIdx    = attrIndex(EdgeAttrs, "evidence")
	edgeQuoteIdx = attrIndex(EdgeAttrs, "quote")
	edgeYearIdx  = attrIndex(EdgeAttrs, "year")

	nodeAttrByPred = predIndex(NodeAttrs)
	edgeAttrByPred = predIndex(EdgeAttrs)
)

func attrIndex(attrs []Attr, name string) int {
	for i, a := range attrs {
		if a.Name == name {
			return i
		}
	}
	panic("export: no attribute " + name)
}

func predIndex(attrs []Attr) map[quad.IRI]int {
	m := map[quad.IRI]int{}
	for i, a := range attrs {
		if a.Pred != "" {
			m[a.Pred] = i
		}
	}
	return m
}

// Node is one node of the property-graph view. Vals is aligned with
// NodeAttrs; each entry holds zero or more values, sorted, formatted as
// text (integers in decimal, doubles with strconv 'g').
type Node struct {
	ID   string // the short IRI, e.g. fg:work/流浪地球
	Type string // local name of the type: Work, Person, ... ("" when untyped)
	Vals [][]string
}

// Label is what a viewer should show: rdfs:label, else the title, else
// the start of the quote, else the IRI.
func (n *Node) Label() string {
	for _, i := range []int{nodeLabelIdx, nodeTitleIdx} {
		if len(n.Vals[i]) > 0 {
			return n.Vals[i][0]
		}
	}
	if len(n.Vals[nodeQuoteIdx]) > 0 {
		return truncateRunes(n.Vals[nodeQuoteIdx][0], 40)
	}
	return n.ID
}

// Year returns the node's year, or 0.
func (n *Node) Year() int {
	if v := n.Vals[nodeYearIdx]; len(v) > 0 {
		y, _ := strconv.Atoi(v[0])
		return y
	}
	return 0
}

// Edge is one edge of the property-graph view; Vals is aligned with
// EdgeAttrs.
type Edge struct {
	ID             string // e0, e1, ... in output order
	Source, Target string // node IDs
	Kind           string // local name of the predicate
	Vals           [][]string
}

// Year returns the edge's year (e.g. of an award), or 0.
func (e *Edge) Year() int {
	if v := e.Vals[edgeYearIdx]; len(v) > 0 {
		y, _ := strconv.Atoi(v[0])
		return y
	}
	return 0
}

// Graph is a selection of the store seen as a property graph. It holds the
// selected node IRIs only; nodes and edges are read from the store as they
// are written.
type Graph struct {
	store  *graph.Store
	nodes  []quad.IRI // sorted
	set    map[quad.IRI]bool
	preds  map[quad.IRI]bool // nil = every predicate
	labels map[string]bool   // nil = quads of every label count
	// aux are statement and evidence nodes backing selected edges; the RDF
	// formats write their quads too so provenance survives the trip.
	aux map[quad.IRI]bool
	// whole is set when nothing was selected or filtered: the RDF formats
	// then stream every quad of the store.
	whole bool

	// Set by prepare: the store refs of nodes (aligned with nodes), node
	// index by ref key, and the predicate filter as ref keys.
	rd       *refReader
	nodeRefs []cgraph.Ref
	nodeKeys map[interface{}]int
	predKeys map[interface{}]bool
	// refs are store refs the selection already found (the whole-graph
	// selection finds every node by ref); prepare looks up the others.
	refs map[quad.IRI]cgraph.Ref
	// tab is the property-graph view, built on first use (table.go).
	tab *table
}

// Len is the number of nodes.
func (g *Graph) Len() int { return len(g.nodes) }

// NodeIDs returns the selected node IRIs, sorted.
func (g *Graph) NodeIDs() []quad.IRI { return g.nodes }

// Has reports whether iri is a selected node.
func (g *Graph) Has(iri quad.IRI) bool { return g.set[iri] }

func (g *Graph) labelOK(l quad.Value) bool {
	if g.labels == nil {
		return true
	}
	return g.labels[labelString(l)]
}

func labelString(l quad.Value) string {
	switch x := l.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(x)
	}
	return quad.ToString(l)
}

// prepare resolves the selected nodes (and the predicate filter) to store
// refs once, so that reading edges compares keys instead of values.
func (g *Graph) prepare() {
	g.rd = newRefReader(g.store.QS)
	g.nodeRefs = make([]cgraph.Ref, len(g.nodes))
	g.nodeKeys = make(map[interface{}]int, len(g.nodes))
	for i, iri := range g.nodes {
		ref, known := g.refs[iri]
		if !known {
			ref = g.store.QS.ValueOf(iri)
		}
		g.nodeRefs[i] = ref
		if ref != nil {
			g.nodeKeys[cgraph.ToKey(ref)] = i
		}
	}
	if g.preds != nil {
		g.predKeys = map[interface{}]bool{}
		for p := range g.preds {
			g.predKeys[g.rd.keyOf(p)] = true
		}
	}
}

// EachNode calls fn with every node in order. The Node is reused between
// calls.
func (g *Graph) EachNode(ctx context.Context, fn func(*Node) error) error {
	t, err := g.table(ctx)
	if err != nil {
		return err
	}
	n := &Node{Vals: make([][]string, len(NodeAttrs))}
	for i, tn := range t.nodes {
		for j := range n.Vals {
			n.Vals[j] = n.Vals[j][:0]
		}
		n.ID, n.Type = string(g.nodes[i]), tn.typ
		for _, av := range tn.vals {
			n.Vals[av.attr] = append(n.Vals[av.attr], av.s)
		}
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

// attrVal is one value of an attribute (an index into NodeAttrs or
// EdgeAttrs): the table holds nodes and provenance as lists of these
// rather than as a slice per attribute, most of them empty.
type attrVal struct {
	attr int
	s    string
}

// EachEdge calls fn with every edge between selected nodes, in order. The
// Edge is reused between calls.
func (g *Graph) EachEdge(ctx context.Context, fn func(*Edge) error) error {
	e := &Edge{Vals: make([][]string, len(EdgeAttrs))}
	seq := 0
	t, err := g.table(ctx)
	if err != nil {
		return err
	}
	for i, iri := range g.nodes {
		for _, pe := range t.edges[i] {
			for i := range e.Vals {
				e.Vals[i] = e.Vals[i][:0]
			}
			e.ID = "e" + strconv.Itoa(seq)
			seq++
			e.Source, e.Target = string(iri), string(pe.target)
			e.Kind = localName(pe.pred)
			e.Vals[edgePredIdx] = append(e.Vals[edgePredIdx], string(pe.pred))
			e.Vals[edgeKindIdx] = append(e.Vals[edgeKindIdx], e.Kind)
			e.Vals[edgeDocsIdx] = append(e.Vals[edgeDocsIdx], pe.docs...)
			if pv := pe.prov; pv != nil {
				for _, av := range pv.lits {
					e.Vals[av.attr] = append(e.Vals[av.attr], av.s)
				}
				e.Vals[edgeEvIdx] = append(e.Vals[edgeEvIdx], pv.evidence...)
				if pv.quote != "" {
					e.Vals[edgeQuoteIdx] = append(e.Vals[edgeQuoteIdx], pv.quote)
				}
			}
			for i := range e.Vals {
				if len(e.Vals[i]) > 1 {
					e.Vals[i] = oneOrMany(EdgeAttrs[i], e.Vals[i])
				}
			}
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}

type pendingEdge struct {
	key    edgeKey
	pred   quad.IRI
	target quad.IRI
	docs   []string
	prov   *provenance

	// While the table is built: the nodes backing the edge and the
	// evidence whose quote it shows.
	backers   []backer
	quoteFrom cgraph.Ref
	quotes    []cgraph.Ref
}

// provenance is what the statement or mention nodes backing one
// (subject, predicate, object) say about it.
type provenance struct {
	lits     []attrVal // values of Pred-backed attributes, in the order read
	evidence []string
	quote    string
	aux      []cgraph.Ref // the backing nodes and their evidence nodes
}

// edgeKey is a (predicate, object) pair as store keys.
type edgeKey struct{ p, o interface{} }

// backingQuad is a literal-valued quad of a backing node, resolved only
// when the node backs a selected edge.
type backingQuad struct {
	attr int
	obj  cgraph.Ref
}

// out returns every quad whose subject is v. Reading one node's quads
// through the subject index is the fast path on every backend.
func (g *Graph) out(ctx context.Context, v quad.Value) ([]quad.Quad, error) {
	return quadsDir(ctx, g.store.QS, quad.Subject, v)
}

// in returns the distinct subjects of (*, pred, v) that are IRIs, sorted.
// graph.Store.Subjects reads only the quads of pred on bolt (the
// (object, predicate) index prefix), not every quad pointing at v.
func (g *Graph) in(ctx context.Context, v quad.Value, pred quad.IRI) ([]quad.IRI, error) {
	vals, err := g.store.Subjects(ctx, v, pred)
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	for _, x := range vals {
		if s, ok := x.(quad.IRI); ok {
			out = append(out, s)
		}
	}
	sortIRIs(out)
	return out, nil
}

func quadsDir(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref := qs.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(d, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()))
	}
	return out, it.Err()
}

// literalString formats a literal for an attribute; ok is false for IRIs
// and blank nodes.
func literalString(v quad.Value) (string, bool) {
	switch x := v.(type) {
	case quad.IRI, quad.BNode, nil:
		return "", false
	case quad.String:
		return string(x), true
	case quad.Int:
		return strconv.FormatInt(int64(x), 10), true
	case quad.Float:
		return strconv.FormatFloat(float64(x), 'g', -1, 64), true
	case quad.LangString:
		return string(x.Value), true
	case quad.TypedString:
		return string(x.Value), true
	default:
		return quad.ToString(v), true
	}
}

// localName is the part of a short IRI after the prefix and the last '/'
// or '#': fg:directedBy → directedBy, rdfs:label → label.
func localName(iri quad.IRI) string {
	s := string(iri)
	if i := strings.LastIndexAny(s, "/#"); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// typeRank orders node types when a node has several: entity types first,
// in schema.NodeTypes order.
func typeRank(t quad.IRI) int {
	for i, nt := range schema.NodeTypes {
		if nt == t {
			return i
		}
	}
	return len(schema.NodeTypes)
}

func appendUnique(dst []string, v string) []string {
	for _, d := range dst {
		if d == v {
			return dst
		}
	}
	return append(dst, v)
}

// oneOrMany sorts and deduplicates the values of a multi-valued
// attribute, and keeps a single value (the largest number, or the first
// string) of a single-valued one, e.g. the strength of an edge asserted by
// several statements.
func oneOrMany(a Attr, vals []string) []string {
	if a.Multi {
		sort.Strings(vals)
		return dedupSorted(vals)
	}
	switch a.Type {
	case Int, Double:
		best, bestF := vals[0], parseFloat(vals[0])
		for _, v := range vals[1:] {
			if f := parseFloat(v); f > bestF {
				best, bestF = v, f
			}
		}
		return append(vals[:0], best)
	default:
		sort.Strings(vals)
		return vals[:1]
	}
}

func parseFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func dedupSorted(s []string) []string {
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

func sortIRIs(s []quad.IRI) { sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) }

func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}
