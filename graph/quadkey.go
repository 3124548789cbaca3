package graph

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// QuadKey is q's N-Quads line, exactly as quad.Quad.NQuad writes it, built
// without fmt: diffing and sorting a document's ~100k quads by key was a
// measurable share of ingest time.
func QuadKey(q quad.Quad) string {
	var b strings.Builder
	s, p, o := q.Subject.String(), q.Predicate.String(), q.Object.String()
	l := ""
	if q.Label != nil {
		l = q.Label.String()
	}
	b.Grow(len(s) + len(p) + len(o) + len(l) + 6)
	b.WriteString(s)
	b.WriteByte(' ')
	b.WriteString(p)
	b.WriteByte(' ')
	b.WriteString(o)
	if l != "" {
		b.WriteByte(' ')
		b.WriteString(l)
	}
	b.WriteString(" .")
	return b.String()
}

// Text is the plain text of a value: a literal without quotes, language
// tag or datatype, an IRI without brackets, "" for nil.
func Text(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.LangString:
		return string(x.Value)
	case quad.TypedString:
		return string(x.Value)
	case quad.IRI:
		return string(x)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}
