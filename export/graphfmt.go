package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ListSep joins the values of a multi-valued attribute in formats without
// a list type (GraphML, GEXF, DOT). CSV uses neo4j-admin's ';' array
// delimiter and Cytoscape JSON uses arrays.
const ListSep = "|"

// graphWriter is one property-graph format: nodes are written in a first
// pass, edges in a second, so nothing but the current node or edge is
// held.
type graphWriter interface {
	begin(g *Graph) error
	node(n *Node) error
	beginEdges() error
	edge(e *Edge) error
	end() error
}

func writeGraph(ctx context.Context, g *Graph, gw graphWriter) error {
	if err := gw.begin(g); err != nil {
		return err
	}
	if err := g.EachNode(ctx, gw.node); err != nil {
		return err
	}
	if err := gw.beginEdges(); err != nil {
		return err
	}
	if err := g.EachEdge(ctx, gw.edge); err != nil {
		return err
	}
	return gw.end()
}

// nodeIndex is the position of a node in the sorted node list, used for
// formats whose ids must be XML NMTOKENs (GraphML), which IRIs are not.
func (g *Graph) nodeIndex(id string) int {
	i := sort.Search(len(g.nodes), func(i int) bool { return string(g.nodes[i]) >= id })
	if i < len(g.nodes) && string(g.nodes[i]) == id {
		return i
	}
	return -1
}

// ---- XML helpers ----

type xmlOut struct {
	w   *bufio.Writer
	err error
	num []byte // scratch for integers
}

// finish writes the closing tags and flushes, reporting the first error.
func (x *xmlOut) finish(tail string) error {
	x.s(tail)
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

func (x *xmlOut) s(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// int writes n in decimal.
func (x *xmlOut) int(n int) {
	x.num = strconv.AppendInt(x.num[:0], int64(n), 10)
	if x.err == nil {
		_, x.err = x.w.Write(x.num)
	}
}

// escJoined writes vals joined with ListSep, escaped: the same as
// esc(strings.Join(vals, ListSep)) without building the joined string
// (ListSep needs no escaping).
func (x *xmlOut) escJoined(vals []string) {
	for i, v := range vals {
		if i > 0 {
			x.s(ListSep)
		}
		x.esc(v)
	}
}

// esc writes s escaped for XML text and attribute values. Characters XML
// 1.0 cannot carry at all (most C0 controls) are dropped.
func (x *xmlOut) esc(s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch c := s[i]; c {
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '&':
			rep = "&amp;"
		case '"':
			rep = "&quot;"
		case '\'':
			rep = "&apos;"
		case '\n':
			rep = "&#10;"
		case '\r':
			rep = "&#13;"
		case '\t':
			rep = "&#9;"
		default:
			if c < 0x20 {
				rep = ""
			} else {
				continue
			}
		}
		x.s(s[start:i])
		x.s(rep)
		start = i + 1
	}
	x.s(s[start:])
}

// ---- GraphML ----

type graphmlWriter struct {
	xmlOut
	g *Graph
}

func graphmlType(t AttrType) string {
	switch t {
	case Int:
		return "long"
	case Double:
		return "double"
	}
	return "string"
}

func (w *graphmlWriter) begin(g *Graph) error {
	w.g = g
	w.s(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	w.s(`  <key id="n_iri" for="node" attr.name="iri" attr.type="string"/>` + "\n")
	for _, a := range NodeAttrs {
		w.s(`  <key id="n_` + a.Name + `" for="node" attr.name="` + a.Name + `" attr.type="` + graphmlType(a.Type) + `"/>` + "\n")
	}
	for _, a := range EdgeAttrs {
		w.s(`  <key id="e_` + a.Name + `" for="edge" attr.name="` + a.Name + `" attr.type="` + graphmlType(a.Type) + `"/>` + "\n")
	}
	w.s(`  <graph id="filmgraph" edgedefault="directed">` + "\n")
	return w.err
}

// data writes a <data> element holding vals joined, nothing when there
// are none. Written in pieces: 50,000 edges times a dozen attributes made
// concatenated strings most of the writer's time.
func (w *graphmlWriter) data(prefix, name string, vals []string) {
	if len(vals) == 0 {
		return
	}
	w.dataStart(prefix, name)
	w.escJoined(vals)
	w.s(`</data>`)
}

func (w *graphmlWriter) dataStart(prefix, name string) {
	w.s(`<data key="`)
	w.s(prefix)
	w.s(name)
	w.s(`">`)
}

// dataOne writes a <data> element holding one value.
func (w *graphmlWriter) dataOne(prefix, name, val string) {
	w.dataStart(prefix, name)
	w.esc(val)
	w.s(`</data>`)
}

func (w *graphmlWriter) node(n *Node) error {
	w.s(`    <node id="n`)
	w.int(w.g.nodeIndex(n.ID))
	w.s(`">`)
	w.dataOne("n_", "iri", n.ID)
	for i, a := range NodeAttrs {
		if i == nodeLabelIdx && len(n.Vals[i]) == 0 {
			// Viewers show the label column; fall back to a title or quote.
			w.dataOne("n_", a.Name, n.Label())
			continue
		}
		w.data("n_", a.Name, n.Vals[i])
	}
	w.s("</node>\n")
	return w.err
}

func (w *graphmlWriter) beginEdges() error { return w.err }

func (w *graphmlWriter) edge(e *Edge) error {
	w.s(`    <edge id="`)
	w.s(e.ID)
	w.s(`" source="n`)
	w.int(w.g.nodeIndex(e.Source))
	w.s(`" target="n`)
	w.int(w.g.nodeIndex(e.Target))
	w.s(`">`)
	for i, a := range EdgeAttrs {
		w.data("e_", a.Name, e.Vals[i])
	}
	w.s("</edge>\n")
	return w.err
}

func (w *graphmlWriter) end() error { return w.finish("  </graph>\n</graphml>\n") }

// ---- GEXF 1.3 ----

type gexfWriter struct {
	xmlOut
}

func gexfType(t AttrType) string {
	switch t {
	case Int:
		return "long"
	case Double:
		return "double"
	}
	return "string"
}

func (w *gexfWriter) begin(g *Graph) error {
	w.s(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta><creator>filmgraph</creator><description>filmgraph export: node ids are IRIs, labels in the source language, edges carry the documents and evidence quotes they come from</description></meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="integer" timerepresentation="interval">
    <attributes class="node" mode="static">
`)
	for _, a := range NodeAttrs {
		w.s(`      <attribute id="` + a.Name + `" title="` + a.Name + `" type="` + gexfType(a.Type) + `"/>` + "\n")
	}
	w.s("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
	for _, a := range EdgeAttrs {
		w.s(`      <attribute id="` + a.Name + `" title="` + a.Name + `" type="` + gexfType(a.Type) + `"/>` + "\n")
	}
	w.s("    </attributes>\n    <nodes count=\"" + strconv.Itoa(g.Len()) + "\">\n")
	return w.err
}

func (w *gexfWriter) attvalues(names []Attr, vals [][]string) {
	any := false
	for i := range names {
		if len(vals[i]) == 0 {
			continue
		}
		if !any {
			w.s("<attvalues>")
			any = true
		}
		w.s(`<attvalue for="`)
		w.s(names[i].Name)
		w.s(`" value="`)
		w.escJoined(vals[i])
		w.s(`"/>`)
	}
	if any {
		w.s("</attvalues>")
	}
}

// spell writes the node's or edge's year as an open interval starting
// that year, so Gephi's timeline shows a film from its release on.
func (w *gexfWriter) spell(year int, closed bool) {
	if year == 0 {
		return
	}
	w.s(`<spells><spell start="`)
	w.int(year)
	if closed {
		w.s(`" end="`)
		w.int(year)
	}
	w.s(`"/></spells>`)
}

func (w *gexfWriter) node(n *Node) error {
	w.s(`      <node id="`)
	w.esc(n.ID)
	w.s(`" label="`)
	w.esc(n.Label())
	w.s(`">`)
	w.attvalues(NodeAttrs, n.Vals)
	w.spell(n.Year(), false)
	w.s("</node>\n")
	return w.err
}

func (w *gexfWriter) beginEdges() error {
	w.s("    </nodes>\n    <edges>\n")
	return w.err
}

func (w *gexfWriter) edge(e *Edge) error {
	w.s(`      <edge id="`)
	w.s(e.ID)
	w.s(`" source="`)
	w.esc(e.Source)
	w.s(`" target="`)
	w.esc(e.Target)
	w.s(`" kind="`)
	w.s(e.Kind)
	w.s(`" label="`)
	w.s(e.Kind)
	w.s(`">`)
	w.attvalues(EdgeAttrs, e.Vals)
	// An edge's year (an award, a screening) is the year it happened.
	w.spell(e.Year(), true)
	w.s("</edge>\n")
	return w.err
}

func (w *gexfWriter) end() error { return w.finish("    </edges>\n  </graph>\n</gexf>\n") }

// ---- Cytoscape JSON ----

type cyjsWriter struct {
	w     *bufio.Writer
	err   error
	first bool
	// buf is the element being written: each node and edge is built in
	// it and written at once, its values appended as JSON directly
	// (boxing every value in an interface cost an allocation each).
	buf []byte
}

func (c *cyjsWriter) write(s string) {
	if c.err == nil {
		_, c.err = c.w.WriteString(s)
	}
}

// field appends the key of an element's field (not the first).
func (c *cyjsWriter) field(k string) {
	c.buf = append(c.buf, ", "...)
	c.buf = appendJSONString(c.buf, k)
	c.buf = append(c.buf, ": "...)
}

// flushElement writes the element built in buf.
func (c *cyjsWriter) flushElement() {
	c.buf = append(c.buf, "}}"...)
	if c.err == nil {
		_, c.err = c.w.Write(c.buf)
	}
}

// appendTypedValue appends attribute text as JSON: a number where the
// attribute is numeric and the text parses as one (re-formatted, so
// "007" is written 7), an array where it is multi-valued, else a string.
func appendTypedValue(b []byte, a Attr, vals []string) []byte {
	conv := func(b []byte, s string) []byte {
		switch a.Type {
		case Int:
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				return strconv.AppendInt(b, n, 10)
			}
		case Double:
			if f, err := strconv.ParseFloat(s, 64); err == nil {
				return strconv.AppendFloat(b, f, 'g', -1, 64)
			}
		}
		return appendJSONString(b, s)
	}
	if a.Multi {
		b = append(b, '[')
		for i, v := range vals {
			if i > 0 {
				b = append(b, ',')
			}
			b = conv(b, v)
		}
		return append(b, ']')
	}
	return conv(b, vals[0])
}

func (c *cyjsWriter) begin(g *Graph) error {
	c.write(`{"format_version": "1.0", "generated_by": "filmgraph", "target_cytoscapejs_version": "~2.1", "data": {"name": "filmgraph"}, "elements": {"nodes": [`)
	c.first = true
	return c.err
}

func (c *cyjsWriter) sep() {
	if !c.first {
		c.write(",")
	}
	c.first = false
	c.write("\n  ")
}

func (c *cyjsWriter) node(n *Node) error {
	c.sep()
	c.buf = append(c.buf[:0], `{"data": {"id": `...)
	c.buf = appendJSONString(c.buf, n.ID)
	c.field("name")
	c.buf = appendJSONString(c.buf, n.Label())
	for i, a := range NodeAttrs {
		if len(n.Vals[i]) > 0 {
			c.field(a.Name)
			c.buf = appendTypedValue(c.buf, a, n.Vals[i])
		}
	}
	c.flushElement()
	return c.err
}

func (c *cyjsWriter) beginEdges() error {
	c.write("\n], \"edges\": [")
	c.first = true
	return c.err
}

func (c *cyjsWriter) edge(e *Edge) error {
	c.sep()
	c.buf = append(c.buf[:0], `{"data": {"id": `...)
	c.buf = appendJSONString(c.buf, e.ID)
	c.field("source")
	c.buf = appendJSONString(c.buf, e.Source)
	c.field("target")
	c.buf = appendJSONString(c.buf, e.Target)
	c.field("interaction")
	c.buf = appendJSONString(c.buf, e.Kind)
	for i, a := range EdgeAttrs {
		if len(e.Vals[i]) > 0 {
			c.field(a.Name)
			c.buf = appendTypedValue(c.buf, a, e.Vals[i])
		}
	}
	c.flushElement()
	return c.err
}

func (c *cyjsWriter) end() error {
	c.write("\n]}}\n")
	if c.err != nil {
		return c.err
	}
	return c.w.Flush()
}

// ---- DOT ----

type dotWriter struct {
	xmlOut // reused for its buffered writer; escaping is appendDotQuote
	// line is the node or edge statement being built: one write per
	// line instead of a string concatenation per attribute (50,000 edges
	// made DOT the slowest graph format).
	line []byte
}

var dotShapes = map[string]string{
	"Work": "box", "Person": "ellipse", "Festival": "hexagon", "Claim": "note",
	"Cause": "diamond", "Document": "folder", "Section": "tab", "Author": "oval",
}

// appendDotQuote appends s as a DOT double-quoted string: quotes and
// backslashes escaped, line breaks as \n, carriage returns dropped,
// invalid UTF-8 as U+FFFD. Chinese is written as is (DOT is UTF-8).
func appendDotQuote(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendDotQuoted(b, s)
	return append(b, '"')
}

// appendDotJoined appends the values joined with ListSep, as one DOT
// double-quoted string.
func appendDotJoined(b []byte, vals []string) []byte {
	b = append(b, '"')
	for i, v := range vals {
		if i > 0 {
			b = append(b, ListSep...)
		}
		b = appendDotQuoted(b, v)
	}
	return append(b, '"')
}

// appendDotQuoted appends the inside of a DOT double-quoted string.
func appendDotQuoted(b []byte, s string) []byte {
	if !strings.ContainsAny(s, "\"\\\n\r") && utf8.ValidString(s) {
		return append(b, s...)
	}
	for _, r := range s {
		switch r {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

func (w *dotWriter) begin(g *Graph) error {
	w.s("digraph filmgraph {\n  graph [charset=\"UTF-8\", rankdir=LR];\n  node [fontname=\"Noto Sans CJK SC,sans-serif\", style=filled, fillcolor=\"#f4f4f4\"];\n  edge [fontname=\"Noto Sans CJK SC,sans-serif\", fontsize=10];\n")
	return w.err
}

// flushLine writes the statement built in w.line.
func (w *dotWriter) flushLine() {
	if w.err == nil {
		_, w.err = w.w.Write(w.line)
	}
}

func (w *dotWriter) node(n *Node) error {
	label := n.Label()
	if n.Type != "" {
		label += "\n(" + n.Type + ")"
	}
	shape := dotShapes[n.Type]
	if shape == "" {
		shape = "ellipse"
	}
	b := append(w.line[:0], "  "...)
	b = appendDotQuote(b, n.ID)
	b = append(b, " [label="...)
	b = appendDotQuote(b, label)
	b = append(b, ", shape="...)
	b = append(b, shape...)
	if docs := n.Vals[nodeDocsIdx]; len(docs) > 0 {
		b = append(b, ", tooltip="...)
		b = appendDotJoined(b, docs)
	}
	w.line = append(b, "];\n"...)
	w.flushLine()
	return w.err
}

func (w *dotWriter) beginEdges() error { return w.err }

func (w *dotWriter) edge(e *Edge) error {
	b := append(w.line[:0], "  "...)
	b = appendDotQuote(b, e.Source)
	b = append(b, " -> "...)
	b = appendDotQuote(b, e.Target)
	b = append(b, " [label="...)
	b = appendDotQuote(b, e.Kind)
	// Provenance as tooltip (shown on hover in SVG) and as plain
	// attributes Graphviz carries through to -Tdot/-Tjson output.
	if q := e.Vals[edgeQuoteIdx]; len(q) > 0 {
		b = append(b, ", tooltip="...)
		b = appendDotQuote(b, q[0])
	}
	if d := e.Vals[edgeDocsIdx]; len(d) > 0 {
		b = append(b, ", documents="...)
		b = appendDotJoined(b, d)
	}
	if ev := e.Vals[edgeEvIdx]; len(ev) > 0 {
		b = append(b, ", evidence="...)
		b = appendDotJoined(b, ev)
	}
	w.line = append(b, "];\n"...)
	w.flushLine()
	return w.err
}

func (w *dotWriter) end() error {
	w.s("}\n")
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

// ---- CSV (neo4j-admin import) ----

// Files is where the CSV export writes nodes.csv and edges.csv: a
// directory or a zip archive (see DirFiles, ZipFiles).
type Files interface {
	Create(name string) (io.Writer, error)
	Close() error
}

// neo4jType is the header suffix of a typed column; multi-valued columns
// are arrays, split by neo4j-admin on ';'.
func neo4jType(a Attr) string {
	t := ""
	switch a.Type {
	case Int:
		t = ":long"
	case Double:
		t = ":double"
	}
	if a.Multi {
		if t == "" {
			t = ":string"
		}
		t += "[]"
	}
	return t
}

type csvWriter struct {
	files Files
	cw    *csv.Writer
	row   []string
}

func (c *csvWriter) open(name string, header []string) error {
	if c.cw != nil {
		c.cw.Flush()
		if err := c.cw.Error(); err != nil {
			return err
		}
	}
	w, err := c.files.Create(name)
	if err != nil {
		return err
	}
	c.cw = csv.NewWriter(w)
	return c.cw.Write(header)
}

func csvCell(a Attr, vals []string) string {
	if a.Multi {
		return strings.Join(vals, ";")
	}
	if len(vals) == 0 {
		return ""
	}
	return vals[0]
}

func (c *csvWriter) begin(g *Graph) error {
	h := []string{"iri:ID", ":LABEL"}
	for i, a := range NodeAttrs {
		if i == nodeTypeIdx {
			continue
		}
		h = append(h, a.Name+neo4jType(a))
	}
	return c.open("nodes.csv", h)
}

func (c *csvWriter) node(n *Node) error {
	row := append(c.row[:0], n.ID, n.Type)
	for i, a := range NodeAttrs {
		if i == nodeTypeIdx {
			continue
		}
		row = append(row, csvCell(a, n.Vals[i]))
	}
	c.row = row
	return c.cw.Write(row)
}

func (c *csvWriter) beginEdges() error {
	h := []string{":START_ID", ":END_ID", ":TYPE", "id"}
	for i, a := range EdgeAttrs {
		if i == edgeKindIdx {
			continue
		}
		h = append(h, a.Name+neo4jType(a))
	}
	return c.open("edges.csv", h)
}

func (c *csvWriter) edge(e *Edge) error {
	row := append(c.row[:0], e.Source, e.Target, e.Kind, e.ID)
	for i, a := range EdgeAttrs {
		if i == edgeKindIdx {
			continue
		}
		row = append(row, csvCell(a, e.Vals[i]))
	}
	c.row = row
	return c.cw.Write(row)
}

func (c *csvWriter) end() error {
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return err
	}
	return c.files.Close()
}
