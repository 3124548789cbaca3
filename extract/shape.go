package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// simple returns the document text with traditional paragraphs converted
// to simplified script, at the same byte offsets: a paragraph is replaced
// only when every converted character has the byte length of the original
// (CJK characters are three bytes in both scripts), so relation cues
// (導演, 執導, 獲得, 獎) can be read with one set of simplified words and
// every offset still points into Doc.Text.
func (c *Context) simple() string {
	if c.simp != "" || c.Doc.Text == "" {
		return c.simp
	}
	var b strings.Builder
	b.Grow(len(c.Doc.Text))
	prev := 0
	for _, p := range c.Paras {
		if p.Start < prev {
			continue
		}
		b.WriteString(c.Doc.Text[prev:p.Start])
		text := c.Doc.Text[p.Start:p.End]
		if strings.ContainsAny(text, traditionalHints) {
			if simp := lexicon.ToSimplified(text); sameWidths(simp, text) {
				text = simp
			}
		}
		b.WriteString(text)
		prev = p.End
	}
	b.WriteString(c.Doc.Text[prev:])
	c.simp = b.String()
	return c.simp
}

// sameWidths reports that a and b have the same runes count and each rune
// of a has the byte length of the rune of b at the same index.
func sameWidths(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i, ra := range a {
		rb, _ := utf8.DecodeRuneInString(b[i:])
		if utf8.RuneLen(ra) != utf8.RuneLen(rb) {
			return false
		}
	}
	return true
}

// st returns [s,e) of the simplified view of the text.
func (c *Context) st(s, e int) string { return c.simple()[s:e] }

// Placeholders stand for mentions in a shape string, so that relation
// patterns are written once over "W", "P" and "F" instead of over names.
const (
	phWork   = '\uE001'
	phPerson = '\uE002'
	phFest   = '\uE003'
)

// shape is a stretch of text rewritten for relation patterns: simplified
// script, Latin lower-cased, mentions replaced by one placeholder rune
// each, white space dropped except between two Latin letters or digits
// (where it is kept as one space). off maps every byte of the shape (and
// its end) back to a byte offset of Doc.Text; at maps the byte offset of a
// placeholder to its mention.
type shape struct {
	s   string
	off []int
	at  map[int]*Found
}

// shapeOf builds the shape of [s,e) with the mentions ms (sorted, those
// inside [s,e) are used).
func (c *Context) shapeOf(s, e int, ms []*Found) *shape { return c.shapeWith(s, e, ms, nil) }

// shapeWith is shapeOf with film anaphora (该片, 片中, the film) written as
// work placeholders standing for their antecedent among all, the
// document's sorted mentions; all nil leaves them as text.
func (c *Context) shapeWith(s, e int, ms, all []*Found) *shape {
	text := c.simple()
	sh := &shape{at: map[int]*Found{}}
	var b strings.Builder
	emit := func(r rune, o int) {
		for k := 0; k < utf8.RuneLen(r); k++ {
			sh.off = append(sh.off, o)
		}
		b.WriteRune(r)
	}
	pos := s
	mi := 0
	lastLatin := false
	afterMention := false // the last thing emitted was a placeholder
	pendingSpace := -1
	for pos < e {
		for mi < len(ms) && ms[mi].QStart < pos {
			mi++
		}
		if mi < len(ms) && ms[mi].QStart == pos && ms[mi].QEnd <= e {
			f := ms[mi]
			ph := phWork
			switch f.Type {
			case schema.Person:
				ph = phPerson
			case schema.Festival:
				ph = phFest
			}
			pendingSpace = -1
			sh.at[b.Len()] = f
			emit(ph, f.QStart)
			pos = f.QEnd
			lastLatin = false
			afterMention = true
			continue
		}
		if all != nil && b.Len() == 0 {
			// "It was directed by P", "It stars P": a sentence-initial it
			// with a credit verb is the film just named
			if n := itCredit(strings.ToLower(text[pos:min(e, pos+24)])); n > 0 {
				if a := c.antecedent(pos, all); a != nil {
					sh.at[b.Len()] = a
					emit(phWork, pos)
					pos += n
					continue
				}
			}
		}
		if all != nil {
			low := strings.ToLower(text[pos:min(e, pos+24)])
			n := anaphoraAt(low)
			if n == 0 && clauseStart(b.String()) {
				n = clauseAnaphoraAt(low)
			}
			if n > 0 {
				if a := c.antecedent(pos, all); a != nil {
					pendingSpace = -1
					if cur := b.String(); strings.HasSuffix(cur, ",") || strings.HasSuffix(cur, "、") {
						// 主演《W》，该片由P执导: the anaphor opens a new
						// clause about W; as W's list neighbour it would
						// read as a second work of the list before it.
						emit(';', pos)
					}
					sh.at[b.Len()] = a
					emit(phWork, pos)
					pos += n
					lastLatin = false
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(text[pos:])
		if r == '*' || r == '_' {
			// markdown emphasis around a title (Zhang Yimou's *Ju Dou*)
			// is not text between the title and its neighbours
			j := pos
			for j < e && (text[j] == '*' || text[j] == '_') {
				j++
			}
			if afterMention || (mi < len(ms) && ms[mi].QStart == j && ms[mi].QEnd <= e) {
				pos = j
				continue
			}
		}
		afterMention = false
		if unicode.IsSpace(r) {
			if lastLatin && pendingSpace < 0 {
				pendingSpace = pos
			}
			pos += n
			continue
		}
		if r2, ok := lexicon.FoldRune(r); ok {
			r = r2
		}
		isL := r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if pendingSpace >= 0 && isL {
			emit(' ', pendingSpace)
		}
		pendingSpace = -1
		emit(unicode.ToLower(r), pos)
		pos += n
		lastLatin = isL
	}
	sh.off = append(sh.off, e)
	sh.s = b.String()
	return sh
}

// clauseStart reports whether the shape built so far ends a clause (or is
// empty): where a clause-opening anaphor (影片由P执导) may stand.
func clauseStart(built string) bool {
	if built == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(built)
	return strings.ContainsRune(",;:。.!?", r)
}

// itCredit returns the length of a sentence-initial "it" that a credit
// verb follows (it was directed by, it stars), or 0.
func itCredit(low string) int {
	for _, v := range []string{"it was directed", "it is directed", "it was co-directed", "it stars ", "it starred ", "it was written and directed"} {
		if strings.HasPrefix(low, v) {
			return len("it")
		}
	}
	return 0
}

// mentions returns the mentions of the placeholders in shape bytes [s,e).
func (sh *shape) mentions(s, e int) []*Found {
	var out []*Found
	for i := s; i < e; {
		if f, ok := sh.at[i]; ok {
			out = append(out, f)
		}
		_, n := utf8.DecodeRuneInString(sh.s[i:])
		i += n
	}
	return out
}
