// Package htmlpage reads HTML pages saved from a browser (format "html"),
// parsed with golang.org/x/net/html, the HTML5 parsing algorithm browsers
// use, so broken markup is read the way a browser would show it.
//
// Page furniture (script, style, nav, header, footer, aside, form, and
// elements marked hidden) is dropped; headings, paragraphs, list items,
// block quotes, table cells and captions become paragraphs; <a> anchor
// texts stay in the text and are recorded as Links. The title comes from
// <title>, or the first <h1> when there is no <title>. Each <h1>/<h2>
// starts a section.
package htmlpage

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

func init() { ingest.Register(Reader{}) }

// Reader is the HTML page reader.
type Reader struct{}

func (Reader) Name() string { return "html" }

var htmlStart = regexp.MustCompile(`(?i)^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>])`)

// Detect: an .html/.htm extension, or a document starting like HTML.
func (Reader) Detect(src ingest.Source) int {
	ext := strings.ToLower(filepath.Ext(src.Name))
	if ext == ".html" || ext == ".htm" || ext == ".xhtml" {
		return 95
	}
	head := src.Data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if htmlStart.Match(head) {
		return 90
	}
	return 0
}

// skipped elements hold page furniture, not the text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true,
	atom.Head: true, atom.Menu: true,
}

// blocks that become one paragraph each, with their Kind.
var blockKind = map[atom.Atom]string{
	atom.P: "text", atom.Li: "item", atom.Dd: "text", atom.Dt: "text",
	atom.Blockquote: "quote", atom.Figcaption: "caption", atom.Caption: "caption",
	atom.Td: "text", atom.Th: "text", atom.Pre: "text", atom.Address: "text",
	atom.H1: "heading", atom.H2: "heading", atom.H3: "heading",
	atom.H4: "heading", atom.H5: "heading", atom.H6: "heading",
	atom.Div: "text", atom.Section: "text", atom.Article: "text", atom.Main: "text",
	atom.Ul: "text", atom.Ol: "text", atom.Dl: "text", atom.Table: "text", atom.Tr: "text",
	atom.Figure: "text", atom.Body: "text",
}

// collector accumulates the text of the current block.
type collector struct {
	b       *ingest.Builder
	text    strings.Builder
	kind    string
	links   []ingest.Link
	linkAt  []int // start offsets of open <a> elements
	targets []string
	title   string
	h1      string
}

func (Reader) Read(src ingest.Source) (*ingest.Document, error) {
	root, err := html.Parse(bytes.NewReader(src.Data))
	if err != nil {
		return nil, err
	}
	c := &collector{b: ingest.NewBuilder()}
	if t := find(root, atom.Title); t != nil {
		c.title = textclean.CollapseSpaces(textOf(t))
	}
	c.walk(root)
	c.flush()
	meta := c.b.Meta()
	meta.Title = c.title
	if meta.Title == "" {
		meta.Title = c.h1
	}
	doc := c.b.Document()
	if l := findLang(root); l != "" {
		doc.Lang = l
	} else {
		doc.Lang = textclean.Lang(doc.Text)
	}
	return doc, nil
}

func (c *collector) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		c.text.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		if n.DataAtom == atom.Br {
			// a line break inside a paragraph ends it: saved pages use
			// <br> where they mean separate lines
			c.flush()
			return
		}
		if kind, ok := blockKind[n.DataAtom]; ok {
			c.flush()
			if n.DataAtom == atom.H1 || n.DataAtom == atom.H2 {
				title := textclean.CollapseSpaces(textOf(n))
				if c.h1 == "" && n.DataAtom == atom.H1 {
					c.h1 = title
				}
				c.b.StartSection("chapter", title)
			}
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				c.kind = kind
				c.walk(ch)
			}
			c.kind = kind
			c.flush()
			return
		}
		if n.DataAtom == atom.A {
			start := c.text.Len()
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				c.walk(ch)
			}
			if c.text.Len() > start {
				c.links = append(c.links, ingest.Link{Start: start, End: c.text.Len(), Target: attr(n, "href")})
			}
			return
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch)
	}
}

// flush emits the collected text as one paragraph, with white space
// collapsed the way a browser renders it, and its links.
func (c *collector) flush() {
	raw := c.text.String()
	links := c.links
	c.text.Reset()
	c.links = nil
	if textclean.IsBlank(raw) {
		return
	}
	// collapse white space while mapping the old offsets to new ones
	var b strings.Builder
	mapping := make([]int, len(raw)+1)
	space := true
	for i, r := range raw {
		mapping[i] = b.Len()
		if textclean.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	// fill continuation bytes and the end
	last := 0
	for i := range mapping {
		if i < len(raw) && !isRuneStart(raw, i) {
			mapping[i] = last
			continue
		}
		if i == len(raw) {
			mapping[i] = b.Len()
		}
		last = mapping[i]
	}
	text := strings.TrimRight(b.String(), " ")
	kind := c.kind
	if kind == "" {
		kind = "text"
	}
	i := c.b.AddParagraph(kind, "", text)
	if i < 0 {
		return
	}
	for _, l := range links {
		s, e := mapping[l.Start], mapping[l.End]
		// trim spaces the collapse left at the anchor's ends
		for s < e && s < len(text) && text[s] == ' ' {
			s++
		}
		for e > s && e <= len(text) && text[e-1] == ' ' {
			e--
		}
		if e > len(text) || s >= e {
			continue
		}
		c.b.AddLink(i, ingest.Link{Start: s, End: e, Target: l.Target, InTitleMarks: inTitleMarks(text, s, e)})
	}
}

func isRuneStart(s string, i int) bool { return s[i]&0xC0 != 0x80 }

func inTitleMarks(text string, s, e int) bool {
	return strings.Count(text[:s], "《") > strings.Count(text[:s], "》") && strings.Contains(text[e:], "》")
}

// hidden reports elements a browser would not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		case "role":
			if a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo" {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if f := find(ch, a); f != nil {
			return f
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch)
		}
	}
	rec(n)
	return b.String()
}

// findLang reads <html lang="…"> as "zh" or "en".
func findLang(root *html.Node) string {
	h := find(root, atom.Html)
	if h == nil {
		return ""
	}
	l := strings.ToLower(attr(h, "lang"))
	switch {
	case strings.HasPrefix(l, "zh"):
		return "zh"
	case strings.HasPrefix(l, "en"):
		return "en"
	}
	return ""
}
