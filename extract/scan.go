package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/lexicon"
)

// traditionalHints are frequent characters that exist only in traditional
// script; a paragraph without any of them is scanned as is, so OpenCC runs
// only on text that needs it.
// Every hint must change under t2s (a shared character such as 影 would
// send nearly every paragraph through OpenCC); a test checks it.
const traditionalHints = "這個們說電導獎來時會為對與從裡後過還點麼臥龍發現實際歡聽讀當樣關於嗎劇華國頭問題長開經業"

// scan returns the lexicon matches of paragraph pi, cached. It scans the
// simplified view (simple()), so traditional paragraphs match simplified
// lexicon forms at the original byte offsets and each paragraph goes
// through OpenCC once per document.
func (c *Context) scan(pi int) []lexicon.Match {
	if c.scans == nil {
		c.scans = map[int][]lexicon.Match{}
	}
	if m, ok := c.scans[pi]; ok {
		return m
	}
	p := c.Paras[pi]
	ms := c.Lex.Scan(c.simple()[p.Start:p.End])
	for i := range ms {
		ms[i].Start += p.Start
		ms[i].End += p.Start
	}
	c.scans[pi] = ms
	return ms
}

// runeBefore and runeAfter return the rune next to a byte offset of the
// document text (0 at the edges).
func (c *Context) runeBefore(off int) rune {
	if off <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(c.Doc.Text[:off])
	return r
}

func (c *Context) runeAfter(off int) rune {
	if off >= len(c.Doc.Text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(c.Doc.Text[off:])
	return r
}

// around returns up to n runes of paragraph text before and after [s,e).
func (c *Context) around(pi, s, e, n int) (string, string) {
	p := c.Paras[pi]
	return lastRunes(c.Doc.Text[p.Start:s], n), firstRunes(c.Doc.Text[e:p.End], n)
}

// sentenceSpansOf returns the sentence spans of paragraph pi, cached.
// They hold for simple() too: the script conversion keeps every
// punctuation mark and offset.
func (c *Context) sentenceSpansOf(pi int) [][2]int {
	if c.sents == nil {
		c.sents = map[int][][2]int{}
	}
	spans, ok := c.sents[pi]
	if !ok {
		p := c.Paras[pi]
		spans = sentenceSpans(c.Doc.Text, p.Start, p.End)
		c.sents[pi] = spans
	}
	return spans
}

// sentenceOf returns the sentence span containing off, or the paragraph.
func (c *Context) sentenceOf(pi, off int) (int, int) {
	p := c.Paras[pi]
	for _, sp := range c.sentenceSpansOf(pi) {
		if off >= sp[0] && off < sp[1] {
			return sp[0], sp[1]
		}
	}
	return p.Start, p.End
}

// inLink reports whether [s,e) lies inside a link's anchor text.
func (c *Context) inLink(pi, s, e int) bool {
	sec := c.Paras[pi].Section
	for _, l := range sec.Links {
		if l.Start <= s && e <= l.End {
			return true
		}
	}
	return false
}

// isHan reports a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// parenDepth is the parenthesis depth after rune r at depth: an opening
// parenthesis (half- or full-width) adds one, a closing one takes one
// away, never below zero.
func parenDepth(depth int, r rune) int {
	switch r {
	case '(', '（':
		return depth + 1
	case ')', '）':
		return max(depth-1, 0)
	}
	return depth
}

func isLatinOrDigit(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func keyOf(s string) string { return lexicon.Key(s) }
