package export

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"

	"github.com/filmgraph/filmgraph/schema"
)

// eachRun writes the quads of the selection, sorted by label, subject,
// predicate and object (see order.go), so the output depends on the
// quads only, not on the store that holds them. format turns runs of
// sorted quads into bytes (on worker goroutines, several at once) and
// emit writes them, in order.
//
// For the whole store (no selection, no filter) it streams label by label
// (eachRunWhole). For a selection it writes the quads of every selected
// node whose object is a literal, a type or another selected node, plus
// the quads of the statement, mention and evidence nodes that back the
// selected edges, so the provenance travels with the subgraph; selections
// are small and are one run.
func (g *Graph) eachRun(ctx context.Context, format runFormat, emit func([]byte) error) error {
	if g.whole {
		return g.eachRunWhole(ctx, format, emit)
	}
	t, err := g.table(ctx)
	if err != nil {
		return err
	}
	var auxRefs []cgraph.Ref
	for _, edges := range t.edges {
		for _, e := range edges {
			if e.prov != nil {
				auxRefs = append(auxRefs, e.prov.aux...)
			}
		}
	}
	auxNames, err := g.store.ValuesOf(ctx, auxRefs)
	if err != nil {
		return err
	}
	aux := map[quad.IRI]bool{}
	for _, v := range auxNames {
		if a, ok := v.(quad.IRI); ok && !g.set[a] {
			aux[a] = true
		}
	}
	keep := func(q quad.Quad) bool {
		if !g.labelOK(q.Label) {
			return false
		}
		switch o := q.Object.(type) {
		case quad.IRI:
			if q.Predicate == schema.Type {
				return true
			}
			if !g.set[o] && !aux[o] {
				return false
			}
			if g.preds != nil && g.set[o] {
				p, _ := q.Predicate.(quad.IRI)
				return g.preds[p]
			}
			return true
		case quad.BNode:
			return false
		}
		return true
	}
	var out []sortedQuad
	add := func(n quad.IRI) error {
		qs, err := g.out(ctx, n)
		if err != nil {
			return err
		}
		for _, q := range qs {
			if keep(q) {
				out = append(out, newSortedQuad(q))
			}
		}
		return nil
	}
	for _, n := range g.nodes {
		if err := add(n); err != nil {
			return err
		}
	}
	auxList := make([]quad.IRI, 0, len(aux))
	for a := range aux {
		auxList = append(auxList, a)
	}
	sortIRIs(auxList)
	for _, a := range auxList {
		if err := add(a); err != nil {
			return err
		}
	}
	b, err := format(sortQuads(out), true, nil)
	if err != nil {
		return err
	}
	return emit(b)
}

// ---- N-Quads ----

// WriteNQuads writes the selection as N-Quads with full IRIs (the fg:,
// rdf:, rdfs: and schema: prefixes expanded, datatypes too) and each
// quad's label as its graph. Characters N-Quads forbids inside an IRI are
// written as \u escapes, which Import decodes; Cayley's own writer would
// write them raw and produce a file no reader accepts.
func WriteNQuads(ctx context.Context, g *Graph, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	err := g.eachRun(ctx, func(run []*sortedQuad, _ bool, buf []byte) ([]byte, error) {
		var nw nquadRunWriter
		for _, sq := range run {
			buf = nw.append(buf, sq)
		}
		return buf, nil
	}, func(b []byte) error {
		_, err := bw.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// nquadRunWriter writes sorted quads as N-Quads. Sorted quads repeat
// their label, subject and predicate from line to line: a term equal to
// the previous line's is copied from it instead of being escaped again.
type nquadRunWriter struct {
	prev [3]quad.Value // subject, predicate, label of the previous line
	at   [3][2]int     // where their forms sit in the buffer
}

func (w *nquadRunWriter) term(b []byte, i int, v quad.Value) []byte {
	if v != nil && w.prev[i] != nil && v == w.prev[i] {
		from := w.at[i]
		start := len(b)
		b = append(b, b[from[0]:from[1]]...)
		w.at[i] = [2]int{start, len(b)}
		return b
	}
	start := len(b)
	b = appendTerm(b, v)
	w.prev[i], w.at[i] = v, [2]int{start, len(b)}
	return b
}

func (w *nquadRunWriter) append(b []byte, sq *sortedQuad) []byte {
	q := sq.q
	b = w.term(b, 0, q.Subject)
	b = append(b, ' ')
	b = w.term(b, 1, q.Predicate)
	b = append(b, ' ')
	switch q.Object.(type) {
	case quad.String, quad.LangString:
		b = append(b, sq.t[3].s...)
	default:
		b = appendTerm(b, q.Object)
	}
	if q.Label != nil {
		b = append(b, ' ')
		b = w.term(b, 2, q.Label)
	}
	return append(b, " .\n"...)
}

func appendTerm(b []byte, v quad.Value) []byte {
	switch x := v.(type) {
	case quad.IRI:
		return appendIRI(b, x)
	case quad.BNode:
		return append(b, x.String()...)
	case quad.String:
		return append(b, x.String()...)
	case quad.LangString:
		return append(b, x.String()...)
	case quad.TypedString:
		b = append(b, x.Value.String()...)
		b = append(b, "^^"...)
		return appendIRI(b, x.Type)
	case quad.TypedStringer:
		ts := x.TypedString()
		b = append(b, ts.Value.String()...)
		b = append(b, "^^"...)
		return appendIRI(b, ts.Type)
	default:
		return append(b, quad.String(quad.ToString(v)).String()...)
	}
}

const hexDigits = "0123456789ABCDEF"

// appendIRI writes <full IRI>, escaping what the N-Quads IRIREF
// production forbids (controls, space, <>"{}|^`\\) as \uXXXX. The
// namespace and the local part are appended separately: building the full
// IRI as a string first was an allocation per term.
func appendIRI(b []byte, iri quad.IRI) []byte {
	ns, rest := splitPrefix(iri)
	b = append(b, '<')
	b = appendIRIChars(b, ns)
	b = appendIRIChars(b, rest)
	return append(b, '>')
}

// iriForbidden marks the bytes N-Quads does not allow raw in an IRI.
var iriForbidden = func() (t [256]bool) {
	for c := 0; c <= 0x20; c++ {
		t[c] = true
	}
	for _, c := range []byte("<>\"{}|^`\\") {
		t[c] = true
	}
	return t
}()

func appendIRIChars(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !iriForbidden[c] {
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
		start = i + 1
	}
	return append(b, s[start:]...)
}

// unescapeIRI decodes \uXXXX and \UXXXXXXXX in an IRI read by Cayley's
// N-Quads reader, which leaves them as they are.
func unescapeIRI(s string) string {
	if !strings.Contains(s, `\u`) && !strings.Contains(s, `\U`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			n := 0
			switch s[i+1] {
			case 'u':
				n = 4
			case 'U':
				n = 8
			}
			if n > 0 && i+2+n <= len(s) {
				if r, err := strconv.ParseUint(s[i+2:i+2+n], 16, 32); err == nil {
					b.WriteRune(rune(r))
					i += 1 + n
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ---- JSON-LD ----

// ContextJSON is the published JSON-LD context of filmgraph exports:
// prefixes, and schema.org terms where one fits (Movie, Person, director,
// actor, award). It is embedded in every export so the file expands
// offline.
//
//go:embed context.jsonld
var ContextJSON []byte

// schema.org mappings applied by the JSON-LD writer and undone by Import.
var (
	schemaPerson   = quad.IRI("schema:Person")
	schemaDirector = quad.IRI("schema:director")
	schemaActor    = quad.IRI("schema:actor")
	schemaAward    = quad.IRI("schema:award")
	// derivedTypes are added from a work's fg:kind; Import drops them.
	derivedTypes = map[string]quad.IRI{"film": "schema:Movie", "tv": "schema:TVSeries", "book": "schema:Book"}
	// terms are the context's names for IRIs the writer uses.
	jsonldTerms = map[quad.IRI]string{
		schemaPerson:      "Person",
		schemaDirector:    "director",
		schemaActor:       "actor",
		schemaAward:       "award",
		"schema:Movie":    "Movie",
		"schema:TVSeries": "TVSeries",
		"schema:Book":     "Book",
		schema.Label:      "label",
	}
)

// toSchemaOrg rewrites a stored quad into the JSON-LD view; it may return
// a second, derived quad (a schema.org type from fg:kind).
func toSchemaOrg(q quad.Quad) (quad.Quad, *quad.Quad) {
	switch q.Predicate {
	case schema.Type:
		if q.Object == schema.Person {
			q.Object = schemaPerson
		}
	case schema.DirectedBy:
		q.Predicate = schemaDirector
	case schema.ActedIn:
		if o, ok := q.Object.(quad.IRI); ok {
			q.Subject, q.Predicate, q.Object = o, schemaActor, q.Subject
		}
	case schema.AwardAt:
		q.Predicate = schemaAward
	case schema.Kind:
		if t, ok := derivedTypes[quad.ToString(q.Object)]; ok {
			d := quad.Quad{Subject: q.Subject, Predicate: schema.Type, Object: t, Label: q.Label}
			return q, &d
		}
	}
	return q, nil
}

// fromSchemaOrg undoes toSchemaOrg; ok is false for derived quads.
func fromSchemaOrg(q quad.Quad) (quad.Quad, bool) {
	switch q.Predicate {
	case schema.Type:
		if q.Object == schemaPerson {
			q.Object = schema.Person
		}
		for _, t := range derivedTypes {
			if q.Object == t {
				return q, false
			}
		}
	case schemaDirector:
		q.Predicate = schema.DirectedBy
	case schemaActor:
		if o, ok := q.Object.(quad.IRI); ok {
			q.Subject, q.Predicate, q.Object = o, schema.ActedIn, q.Subject
		}
	case schemaAward:
		q.Predicate = schema.AwardAt
	}
	return q, true
}

// WriteJSONLD writes the selection as one JSON-LD document: the context
// inline, and a top-level @graph of named graphs, one per quad label (the
// document the facts came from), each holding node objects. A label's
// quads may be split over several named-graph objects when the store
// interleaves them; JSON-LD merges objects with the same @id.
func WriteJSONLD(ctx context.Context, g *Graph, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var ctxObj map[string]json.RawMessage
	if err := json.Unmarshal(ContextJSON, &ctxObj); err != nil {
		return err
	}
	bw.WriteString("{\n\"@context\": ")
	bw.Write(compactJSON(ctxObj["@context"]))
	bw.WriteString(",\n\"@graph\": [")
	ns := fullNamespaces()
	err := g.eachRun(ctx, func(run []*sortedQuad, first bool, buf []byte) ([]byte, error) {
		// A run is whole labels, so it is whole named graphs: only the
		// comma before its first graph depends on what came before.
		jw := &jsonldWriter{w: bytes.NewBuffer(buf), ns: ns}
		if !first {
			jw.graphCount = 1
		}
		for _, sq := range run {
			m, derived := toSchemaOrg(sq.q)
			jw.add(m)
			if derived != nil {
				jw.add(*derived)
			}
		}
		jw.flushNode()
		jw.flushGraph()
		return jw.w.Bytes(), jw.err
	}, func(b []byte) error {
		_, err := bw.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n]\n}\n")
	return bw.Flush()
}

func compactJSON(raw json.RawMessage) []byte {
	var v interface{}
	json.Unmarshal(raw, &v)
	b, _ := marshalNoEscape(v)
	return b
}

func marshalNoEscape(v interface{}) ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(sb.String(), "\n")), nil
}

// jsonldWriter groups consecutive quads by label (named graph) and by
// subject (node object), writing each node object when its run ends.
type jsonldWriter struct {
	w          *bytes.Buffer
	ns         []string // full namespaces, for shortIRI
	err        error
	graphOpen  bool
	graphCount int
	label      string
	hasLabel   bool
	nodeCount  int
	subject    quad.Value
	types      []string
	props      []string   // keys in first-seen order
	vals       [][]ldItem // aligned with props; the backing arrays are reused from node to node
	buf        []byte
}

func (j *jsonldWriter) add(q quad.Quad) {
	// Labels and subjects are IRIs or blank nodes, comparable as values:
	// formatting them to compare was an allocation per quad.
	label, hasLabel := labelString(q.Label), q.Label != nil
	if !j.graphOpen || label != j.label || hasLabel != j.hasLabel {
		j.flushNode()
		j.flushGraph()
		j.openGraph(q.Label)
	}
	if j.subject == nil || q.Subject != j.subject {
		j.flushNode()
		j.subject = q.Subject
	}
	if q.Predicate == schema.Type {
		if t, ok := q.Object.(quad.IRI); ok {
			j.types = append(j.types, jsonldName(t, j.ns))
			return
		}
	}
	key := jsonldName(q.Predicate.(quad.IRI), j.ns)
	i := slices.Index(j.props, key) // a node has a handful of properties
	if i < 0 {
		i = len(j.props)
		j.props = append(j.props, key)
		if i == len(j.vals) {
			j.vals = append(j.vals, nil)
		}
		j.vals[i] = j.vals[i][:0]
	}
	j.vals[i] = append(j.vals[i], jsonldValue(q.Object, j.ns))
}

func (j *jsonldWriter) openGraph(label quad.Value) {
	if j.graphCount > 0 {
		j.w.WriteString(",")
	}
	j.graphCount++
	j.graphOpen = true
	j.nodeCount = 0
	j.hasLabel = label != nil
	j.label = ""
	if label == nil {
		// Quads without a label go in an object without @id: JSON-LD puts
		// a top-level @graph without @id in the default graph.
		j.w.WriteString("\n{\"@graph\": [")
		return
	}
	j.label = labelString(label)
	j.w.WriteString("\n{\"@id\": ")
	j.writeJSON(jsonldID(label, j.ns))
	j.w.WriteString(", \"@graph\": [")
}

func (j *jsonldWriter) flushGraph() {
	if !j.graphOpen {
		return
	}
	j.w.WriteString("\n]}")
	j.graphOpen = false
}

func (j *jsonldWriter) flushNode() {
	if j.subject == nil {
		return
	}
	if j.nodeCount > 0 {
		j.w.WriteString(",")
	}
	j.nodeCount++
	j.w.WriteString("\n  {\"@id\": ")
	j.writeJSON(jsonldID(j.subject, j.ns))
	if len(j.types) > 0 {
		j.w.WriteString(", \"@type\": ")
		j.writeJSON(j.types)
	}
	for i, k := range j.props {
		j.w.WriteString(", ")
		j.writeJSON(k)
		j.w.WriteString(": ")
		if j.err == nil {
			j.buf = appendLDItems(j.buf[:0], j.vals[i])
			_, j.err = j.w.Write(j.buf)
		}
	}
	j.w.WriteString("}")
	j.subject = nil
	j.types = j.types[:0]
	j.props = j.props[:0]
}

func (j *jsonldWriter) writeJSON(v interface{}) {
	if j.err != nil {
		return
	}
	j.buf = appendJSONValue(j.buf[:0], v)
	_, j.err = j.w.Write(j.buf)
}

// jsonldName is the context term for an IRI, else its compact form
// (fg:..., rdfs:..., schema:...), which the context's prefixes expand.
func jsonldName(iri quad.IRI, ns []string) string {
	if t, ok := jsonldTerms[iri]; ok {
		return t
	}
	return string(shortIRI(iri, ns))
}

// shortIRI is iri.Short() for a registry whose full namespaces are ns.
// Stored IRIs are short already, and Short scans the prefix registry (a
// map, under a lock) on every call, which was a large share of the
// JSON-LD export; this checks the namespaces first and calls Short only
// for an IRI that starts with one.
func shortIRI(iri quad.IRI, ns []string) quad.IRI {
	for _, n := range ns {
		if strings.HasPrefix(string(iri), n) {
			return iri.Short()
		}
	}
	return iri
}

// fullNamespaces lists the full namespaces registered with voc.
func fullNamespaces() []string {
	var ns []string
	for _, n := range voc.List() {
		ns = append(ns, n.Full)
	}
	return ns
}

func jsonldID(v quad.Value, ns []string) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(shortIRI(x, ns))
	case quad.BNode:
		return x.String()
	}
	return quad.ToString(v)
}

func jsonldValue(v quad.Value, ns []string) ldItem {
	switch x := v.(type) {
	case quad.IRI, quad.BNode:
		return ldItem{ld: ldValue{id: jsonldID(x, ns)}}
	case quad.String:
		return ldItem{str: string(x), isStr: true}
	case quad.LangString:
		return ldItem{ld: ldValue{value: string(x.Value), lang: x.Lang}}
	case quad.TypedString:
		return ldItem{ld: ldValue{value: string(x.Value), typ: jsonldName(x.Type, ns)}}
	case quad.TypedStringer:
		ts := x.TypedString()
		return ldItem{ld: ldValue{value: string(ts.Value), typ: jsonldName(ts.Type, ns)}}
	}
	return ldItem{str: quad.ToString(v), isStr: true}
}

// ldItem is one value of a JSON-LD property: a plain string or a node
// reference or value object. Held by value, not in an interface: boxing
// a value object was an allocation per quad written.
type ldItem struct {
	ld    ldValue
	str   string
	isStr bool
}

// appendLDItems appends items as a JSON array.
func appendLDItems(b []byte, items []ldItem) []byte {
	b = append(b, '[')
	for i, it := range items {
		if i > 0 {
			b = append(b, ',')
		}
		if it.isStr {
			b = appendJSONString(b, it.str)
		} else {
			b = it.ld.appendJSON(b)
		}
	}
	return append(b, ']')
}

// prefixCache maps "fg:" to its namespace (or "" when not a registered
// prefix). voc.FullIRI scans every registered prefix under a lock, which
// dominated N-Quads export; the set of prefixes a store uses is small.
var prefixCache sync.Map

// splitPrefix splits a short IRI into its prefix's namespace and the rest
// (fg:work/x → https://filmgraph.org/ns/, work/x); an IRI without a
// registered prefix comes back whole as rest.
func splitPrefix(iri quad.IRI) (ns, rest string) {
	s := string(iri)
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return "", s
	}
	p := s[:i+1]
	v, ok := prefixCache.Load(p)
	if !ok {
		full := voc.FullIRI(p)
		if full == p {
			full = ""
		}
		prefixCache.Store(p, full)
		v = full
	}
	if v.(string) == "" {
		return "", s
	}
	return v.(string), s[i+1:]
}
