// Package ingest turns source files into filmgraph's document model:
// document → sections (answers, chapters) → paragraphs → sentences, each
// with offsets into the document's normalised text, so that every fact
// extracted later can point at its evidence.
//
// One Reader per source format lives in a subpackage (ingest/zhihu,
// ingest/news, ...) and registers itself by name, the way Cayley registers
// its backends; import ingest/all to get every reader.
package ingest

import (
	"unicode/utf8"
)

// Document is one source file after reading and cleaning.
//
// All offsets in the model are UTF-8 byte offsets into Text, the
// document's normalised text. Text is the only string later stages slice;
// the graph stores character offsets, converted with CharOffset.
type Document struct {
	// ID is a stable, readable identifier derived from the source name
	// (not from its content, so that a changed file replaces its own facts).
	ID     string
	Source string // the path as given, or "-" for stdin
	Format string // the reader that produced it
	Hash   string // sha256 of the raw bytes, hex
	// Encoding names the encoding the raw bytes were converted from
	// (gb18030, utf-16le, utf-16be); "" for UTF-8.
	Encoding string

	Title string   // the question, headline or report title
	Date  string   // ISO date when the source states one
	Lang  string   // dominant language: "zh", "en", or "zh,en"
	Tags  []string // front-matter tags and similar

	Text     string
	Sections []Section

	// charIndex caches byte→character offset conversion.
	charIndex []int32
}

// Section is an answer, a chapter or an article block.
type Section struct {
	Index int    // 0-based position in the document
	Kind  string // answer, chapter, article, front, notes, bilingual, body
	Title string // heading, when the section has one

	// Author is the typed author of an answer or byline ("" when none).
	// Authors are never resolved to real persons.
	Author     string
	AuthorKind string // zhihu-user, anonymous, byline, organisation

	// AnswerIDs are platform ids recovered from links (Zhihu sourceId).
	AnswerIDs []string

	Start, End int // byte span of the whole section in Text
	Paragraphs []Paragraph
	Links      []Link
}

// Paragraph is a block of running text, a heading, a list item, a caption
// or a footnote.
type Paragraph struct {
	Kind       string // text, heading, item, caption, footnote, quote
	Lang       string // "zh" or "en"; "" when the document is monolingual
	Start, End int
	Sentences  []Span
	// Align is the index (within the section) of the parallel paragraph in
	// the other language, or -1. Bilingual pages keep both sides in one
	// section so a claim made twice is counted once.
	Align int
}

// Span is a byte range [Start,End) of Document.Text.
type Span struct{ Start, End int }

// Link is a hyperlink whose anchor text survives in Text.
type Link struct {
	Start, End int    // span of the anchor text in Text
	Target     string // URL
	// Query is the decoded search term of a Zhihu entity-search link: the
	// spelling the author typed, before the exporter inserted spaces.
	Query string
	// InTitleMarks is true when the link sits inside 《》.
	InTitleMarks bool
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// CharOffset converts a byte offset into Text to a character (code point)
// offset, the unit the graph stores.
func (d *Document) CharOffset(byteOff int) int {
	if d.charIndex == nil || len(d.charIndex) != len(d.Text)+1 {
		idx := make([]int32, len(d.Text)+1)
		n := int32(0)
		for i := range d.Text {
			idx[i] = n
			n++
		}
		// fill continuation bytes with the index of their rune
		last := int32(0)
		for i := 0; i < len(d.Text); i++ {
			if utf8.RuneStart(d.Text[i]) {
				last = idx[i]
			} else {
				idx[i] = last
			}
		}
		idx[len(d.Text)] = n
		d.charIndex = idx
	}
	if byteOff < 0 {
		return 0
	}
	if byteOff > len(d.Text) {
		byteOff = len(d.Text)
	}
	return int(d.charIndex[byteOff])
}

// SectionAt returns the section containing byte offset off, or nil.
func (d *Document) SectionAt(off int) *Section {
	for i := range d.Sections {
		s := &d.Sections[i]
		if off >= s.Start && off < s.End {
			return s
		}
	}
	return nil
}

// Sentences returns every sentence of the document in order.
func (d *Document) Sentences() []Span {
	var out []Span
	for _, s := range d.Sections {
		for _, p := range s.Paragraphs {
			out = append(out, p.Sentences...)
		}
	}
	return out
}
