package extract

import (
	"strings"
	"unicode/utf8"
)

func init() { Register("quotes", func() Stage { return quoteStage{} }) }

// quoteStage accepts curly quotes (“流浪地球2”) and angle brackets
// (<东八区的先生们>, 〈…〉) as title marks, but only when the content is a
// known title: writers quote events and catchphrases the same way.
type quoteStage struct{}

func (quoteStage) Name() string { return "quotes" }

var quotePairs = [][2]rune{{'“', '”'}, {'「', '」'}, {'『', '』'}, {'<', '>'}, {'〈', '〉'}, {'＜', '＞'}, {'"', '"'}}

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
				title := cleanTitle(text[st:j])
				if title == "" || utf8.RuneCountInString(title) > maxTitleRunes {
					continue
				}
				r := resolveTitle(c.Lex, title)
				if r.film == nil || r.via != "" {
					if _, ok := c.learned[keyOf(title)]; !ok || utf8.RuneCountInString(title) < 3 {
						continue
					}
				}
				c.addTitle(pi, base+st, base+j, base+i, base+off, title, "", "quote")
			}
		}
	}
	return nil
}
