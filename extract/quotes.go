package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func init() { Register("quotes", func() Stage { return quoteStage{} }) }

// quoteStage accepts curly quotes (“流浪地球2”, ‘Hero’), single quotes
// ('Hero', see singleQuoted) and angle brackets
// (<东八区的先生们>, 〈…〉) as title marks, but only when the content is a
// known title: writers quote events and catchphrases the same way.
type quoteStage struct{}

func (quoteStage) Name() string { return "quotes" }

var quotePairs = [][2]rune{{'“', '”'}, {'「', '」'}, {'『', '』'}, {'<', '>'}, {'〈', '〉'}, {'＜', '＞'}, {'"', '"'}, {'‘', '’'}}

func (quoteStage) Run(c *Context) error {
	for pi := range c.Paras {
		text := c.Text(pi)
		base := c.Paras[pi].Start
		for _, q := range quotePairs {
			off := 0
			for {
				i := strings.IndexRune(text[off:], q[0])
				if i < 0 {
					break
				}
				i += off
				st := i + utf8.RuneLen(q[0])
				j := strings.IndexRune(text[st:], q[1])
				if j < 0 {
					break
				}
				j += st
				off = j + utf8.RuneLen(q[1])
				c.quotedTitle(pi, base, st, j, i, off, cleanTitle(text[st:j]))
			}
		}
		for _, q := range singleQuoted(text) {
			c.quotedTitle(pi, base, q[0]+1, q[1], q[0], q[1]+1, cleanTitle(text[q[0]+1:q[1]]))
		}
	}
	return nil
}

// quotedTitle adds the quoted text [st, j) of paragraph pi (quote marks
// at [i, off)) as a title when it is a known one.
func (c *Context) quotedTitle(pi, base, st, j, i, off int, title string) {
	if title == "" || utf8.RuneCountInString(title) > maxTitleRunes {
		return
	}
	r := resolveTitle(c.Lex, title)
	if r.film == nil || r.via != "" {
		if _, ok := c.learned[keyOf(title)]; !ok || utf8.RuneCountInString(title) < 3 {
			return
		}
	}
	c.addTitle(pi, base+st, base+j, base+i, base+off, title, "", "quote")
}

// singleQuoted finds the spans [open, close] of text that an ASCII single
// quote opens and closes, as English trade papers quote titles (Zhang
// Yimou's 'Hero' opened at number one). The mark is also the apostrophe,
// so an opening quote must follow a space, a bracket or the line's start
// and precede a capital or a digit, and a closing one must follow text and
// precede a space, punctuation or the line's end: Yimou's opens nothing
// and Gods' closes 'Creation of the Gods'.
func singleQuoted(text string) [][2]int {
	var out [][2]int
	open := -1
	for i := 0; i < len(text); i++ {
		if text[i] != '\'' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+1:])
		if open < 0 {
			if (i == 0 || unicode.IsSpace(before) || strings.ContainsRune("([“\"—", before)) && (unicode.IsUpper(after) || unicode.IsDigit(after)) {
				open = i
			}
			continue
		}
		if i > open+1 && !unicode.IsSpace(before) && (i+1 == len(text) || unicode.IsSpace(after) || strings.ContainsRune(".,;:!?)]—”\"", after)) {
			out = append(out, [2]int{open, i})
			open = -1
		}
	}
	return out
}
