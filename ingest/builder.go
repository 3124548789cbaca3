package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Builder assembles a Document's Text section by section and paragraph by
// paragraph, recording offsets as it goes. Readers clean their input into
// paragraphs and hand them to a Builder; they never compute offsets
// themselves.
//
// Paragraphs are separated by "\n" in Text, sections by "\n\n".
type Builder struct {
	doc Document
	b   strings.Builder
	cur *Section
	// lead is how many bytes AddParagraph trimmed off the front of the
	// last paragraph, so AddLink can keep taking offsets into the text the
	// reader passed.
	lead int
}

// NewBuilder starts a document.
func NewBuilder() *Builder { return &Builder{} }

// Meta gives access to the document's metadata fields (Title, Date, Lang,
// Tags) while building.
func (b *Builder) Meta() *Document { return &b.doc }

// StartSection opens a new section; the previous one is closed. The
// returned pointer is valid until the next StartSection.
//
// The "\n\n" separator is written with the section's first paragraph, so
// a section that stays empty leaves no trace in Text. Empty sections are
// dropped when closed, except those with an Author or AnswerIDs: an answer
// made only of images is still an answer by someone.
func (b *Builder) StartSection(kind, title string) *Section {
	b.closeSection()
	n := b.b.Len()
	b.doc.Sections = append(b.doc.Sections, Section{Index: len(b.doc.Sections), Kind: kind, Title: title, Start: n, End: n})
	b.cur = &b.doc.Sections[len(b.doc.Sections)-1]
	return b.cur
}

// Section returns the open section (opening a "body" section if none).
func (b *Builder) Section() *Section {
	if b.cur == nil {
		b.StartSection("body", "")
	}
	return b.cur
}

// AddParagraph appends one paragraph of cleaned text to the open section,
// splits it into sentences and returns its index within the section.
// Leading and trailing white space is trimmed; an empty paragraph is
// dropped and -1 returned.
func (b *Builder) AddParagraph(kind, lang, text string) int {
	trimmed := strings.TrimLeftFunc(text, unicode.IsSpace)
	b.lead = len(text) - len(trimmed)
	text = strings.TrimRightFunc(trimmed, unicode.IsSpace)
	if text == "" {
		return -1
	}
	s := b.Section()
	switch {
	case len(s.Paragraphs) > 0:
		b.b.WriteString("\n")
	case b.b.Len() > 0:
		b.b.WriteString("\n\n")
	}
	start := b.b.Len()
	if len(s.Paragraphs) == 0 {
		s.Start = start
	}
	b.b.WriteString(text)
	p := Paragraph{Kind: kind, Lang: lang, Start: start, End: b.b.Len(), Align: -1}
	for _, sp := range SplitSentences(text) {
		p.Sentences = append(p.Sentences, Span{start + sp.Start, start + sp.End})
	}
	s.Paragraphs = append(s.Paragraphs, p)
	s.End = b.b.Len()
	return len(s.Paragraphs) - 1
}

// AddLink records a link whose anchor text occupies [start,end) of the
// paragraph just added, in byte offsets into the text passed to
// AddParagraph (white space AddParagraph trimmed is accounted for). Links
// falling outside the paragraph are dropped.
func (b *Builder) AddLink(paraIndex int, l Link) {
	s := b.Section()
	if paraIndex < 0 || paraIndex >= len(s.Paragraphs) {
		return
	}
	p := s.Paragraphs[paraIndex]
	if paraIndex == len(s.Paragraphs)-1 {
		l.Start -= b.lead
		l.End -= b.lead
	}
	if l.Start < 0 || l.End < l.Start || p.Start+l.End > p.End {
		return
	}
	l.Start += p.Start
	l.End += p.Start
	s.Links = append(s.Links, l)
}

// Len is the current length of Text, the offset the next byte will get.
func (b *Builder) Len() int { return b.b.Len() }

func (b *Builder) closeSection() {
	if b.cur == nil {
		return
	}
	if len(b.cur.Paragraphs) == 0 {
		// The section's offsets must not lag behind text written since
		// (none is, as the separator comes with the first paragraph).
		b.cur.Start, b.cur.End = b.b.Len(), b.b.Len()
		if b.cur.Author == "" && len(b.cur.AnswerIDs) == 0 {
			b.doc.Sections = b.doc.Sections[:len(b.doc.Sections)-1]
		}
	}
	b.cur = nil
}

// Document finishes and returns the document.
func (b *Builder) Document() *Document {
	b.closeSection()
	d := b.doc
	d.Text = b.b.String()
	for i := range d.Sections {
		d.Sections[i].Index = i
	}
	return &d
}

// sentence terminators; a closing quote or bracket right after one stays
// with the sentence.
const (
	terminators = "。！？!?；;…"
	closers     = "”’」』）)】》\"'"
)

// MaxTitleBytes bounds a title between 《 and 》 (40 Chinese characters):
// a mark left open for longer is a typo, and the end marks after it end
// sentences again. The extractors' sentence splitter uses it too.
const MaxTitleBytes = 120

// SplitSentences splits a paragraph into sentence spans (byte offsets into
// text). It cuts after 。！？!?；; and ellipses (keeping trailing closing
// quotes), after an ASCII '.' followed by a space (not one that ends an
// abbreviation: U.S., Mr., J.), and at line breaks,
// but not inside a title in 《》.
// Leading white space of each sentence is skipped.
func SplitSentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s := start
		for s < end {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		e := end
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	i := 0
	title := -1 // offset of an open 《: a title may hold an end mark (《Hello！树先生》)
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '《':
			title = i
		case '》':
			title = -1
		}
		if title >= 0 && i-title > MaxTitleBytes {
			title = -1 // left open longer than any title: a typo
		}
		switch {
		case r == '\n':
			title = -1
			emit(i)
			i += n
			start = i
			continue
		case title >= 0:
		case strings.ContainsRune(terminators, r):
			j := i + n
			// absorb runs of terminators and closing quotes: 。」 ！！ ？”
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !strings.ContainsRune(terminators, r2) && !strings.ContainsRune(closers, r2) {
					break
				}
				j += n2
			}
			emit(j)
			i = j
			continue
		case r == '.':
			if i+1 < len(text) && text[i+1] == ' ' && i > 0 && !isDigitByte(text[i-1]) && !abbreviationEnd(text, i) {
				emit(i + 1)
			}
		}
		i += n
	}
	emit(len(text))
	return out
}

// abbreviations end with a period inside a sentence (Mr. Zhang, Dr. Li).
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true, "vs": true, "no": true, "inc": true, "ltd": true, "co": true, "corp": true, "gen": true}

// abbreviationEnd reports whether the period at text[i] (followed by a
// space) ends an abbreviation rather than a sentence: a word of
// abbreviations, one with a period inside (U.S., e.g., a.m.), an initial
// (J. K.), or any word when the text goes on in lower case (a real U.S.
// campaign).
func abbreviationEnd(text string, i int) bool {
	j := i + 1
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if next, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsLower(next) {
		return true
	}
	k := i
	for k > 0 && (isLetterByte(text[k-1]) || text[k-1] == '.') {
		k--
	}
	word := text[k:i]
	switch {
	case word == "":
		return false
	case strings.Contains(word, "."):
		return true
	case len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z':
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
