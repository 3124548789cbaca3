package extract

import (
	"regexp"
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
	// a document written in traditional characters has paragraphs without
	// any of the hint characters (片中，葛優飾演的袁四爺): all of it is read
	// simplified
	traditional := countAny(c.Doc.Text, traditionalHints, minTraditionalHints) >= minTraditionalHints
	for _, p := range c.Paras {
		if p.Start < prev {
			continue
		}
		b.WriteString(c.Doc.Text[prev:p.Start])
		text := c.Doc.Text[p.Start:p.End]
		if traditional || strings.ContainsAny(text, traditionalHints) {
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

// minTraditionalHints is how many hint characters make a whole document
// traditional.
const minTraditionalHints = 5

// countAny counts the runes of s that are in chars, stopping at limit.
func countAny(s, chars string, limit int) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(chars, r) {
			if n++; n >= limit {
				break
			}
		}
	}
	return n
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
			pos = sameNameAgain(text, pos, e, ms[mi+1:], f)
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
			if n, poss := c.pronounAt(text, pos, e, b.String(), ms, mi); n > 0 {
				a := c.pronounAntecedent(pos, all)
				if a == nil {
					a = c.pronounByLexicon(pos, e, all, ms, mi)
				}
				if a != nil {
					// 他执导的《W》, 此前她曾凭《W》…, His "W" won: the pronoun
					// stands for the one person the passage just named
					proxy := *a
					proxy.Start, proxy.End, proxy.QStart, proxy.QEnd = pos, pos+n, pos, pos+n
					proxy.Via = "pronoun"
					pendingSpace = -1
					sh.at[b.Len()] = &proxy
					emit(phPerson, pos)
					if poss {
						for _, r := range "'s " {
							emit(r, pos+n)
						}
					}
					pos += n
					lastLatin = false
					afterMention = true
					continue
				}
			}
			low := strings.ToLower(text[pos:min(e, pos+24)])
			n := anaphoraAt(low)
			if n == 0 && clauseStart(b.String()) {
				n = clauseAnaphoraAt(low)
			}
			if n > 0 && mi < len(ms) && ms[mi].Type == schema.Work && ms[mi].QStart >= pos+n && strings.TrimSpace(text[pos+n:ms[mi].QStart]) == "" {
				n = 0 // 影片《W》, the film W: the noun names the title after it, not a film before
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

// pronounAdverbs may stand between a clause start and a pronoun subject
// (此前他曾凭…, 这是她继…).
var pronounAdverbs = []string{"此前", "之前", "此后", "其后", "后来", "当年", "那年", "早年", "随后", "如今", "同年", "次年", "这是", "那是", "而", "但", "也", "并且"}

// zhPronounAfter are characters that make 他/她 part of another word
// (他们, 他人, 她们, 他乡) or an object (他说 is still a subject), and
// notPronounBefore those that make a following 他 part of one (其他, 吉他,
// 利他, 排他, 自他).
const (
	zhPronounAfter   = "们人乡国者日"
	notPronounBefore = "其吉利排自"
)

// enPossWorkRe is what may stand between his/her and the work it
// possesses: a few words with no punctuation (his 2020 war epic "W").
// A preposition there (her debut in W, his role as A in W) makes the
// pronoun another phrase's.
var (
	enPossWorkRe = regexp.MustCompile(`^(?:[a-z0-9'’-]+ ){0,4}["“*_]?$`)
	enPrepRe     = regexp.MustCompile(`\b(?:in|at|on|for|with|as|of|from|to|by|into|about)\b`)
)

// pronounAt returns the byte length of a personal pronoun at pos that
// opens a credit or prize frame, or 0: Chinese 他/她 as a clause subject
// (after a clause start and at most one adverb) or before 的; English
// he/she opening a clause; English his/her right before a work (a few
// describing words between), which poss reports so the shape reads P's.
// built is the shape so far; ms[mi] the next mention.
func (c *Context) pronounAt(text string, pos, e int, built string, ms []*Found, mi int) (int, bool) {
	r, n := utf8.DecodeRuneInString(text[pos:])
	if r == '他' || r == '她' {
		next, _ := utf8.DecodeRuneInString(text[pos+n:])
		if next == utf8.RuneError || strings.ContainsRune(zhPronounAfter, next) {
			return 0, false
		}
		if next == '的' {
			prev, _ := utf8.DecodeLastRuneInString(built)
			if !strings.ContainsRune(notPronounBefore, prev) {
				return n, false
			}
		}
		rest := built
		for _, a := range pronounAdverbs {
			if strings.HasSuffix(rest, a) {
				rest = strings.TrimSuffix(rest, a)
				break
			}
		}
		if clauseStart(rest) {
			return n, false
		}
		return 0, false
	}
	if r >= 0x80 || !unicode.IsLetter(r) {
		return 0, false
	}
	if pos > 0 {
		if p, _ := utf8.DecodeLastRuneInString(text[:pos]); p < 0x80 && (unicode.IsLetter(p) || unicode.IsDigit(p)) {
			return 0, false
		}
	}
	low := strings.ToLower(text[pos:min(e, pos+8)])
	for _, w := range []string{"he ", "she "} {
		if strings.HasPrefix(low, w) && clauseStart(strings.TrimSuffix(strings.TrimSuffix(built, "and"), " ")) {
			return len(w) - 1, false
		}
	}
	for _, w := range []string{"his ", "her "} {
		if !strings.HasPrefix(low, w) || mi >= len(ms) || ms[mi].Type != schema.Work || ms[mi].QStart > e {
			continue
		}
		gap := strings.ToLower(text[pos+len(w) : ms[mi].QStart])
		if enPossWorkRe.MatchString(gap) && !enPrepRe.MatchString(gap) {
			return len(w) - 1, true
		}
	}
	return 0, false
}

// pronounByLexicon resolves a pronoun that has several candidates (the
// people of its paragraph and of the paragraph before) by the next work
// of its sentence: the one candidate the lexicon credits with that work
// (他的《阿飞正传》 in a paragraph that also names the film's cast stands
// for its director only if the cast is not credited too), or nil.
func (c *Context) pronounByLexicon(off, e int, all, ms []*Found, mi int) *Found {
	var w *Found
	for _, f := range ms[mi:] {
		if f.QStart >= e {
			break
		}
		if f.Type == schema.Work && f.QStart >= off {
			w = f
			break
		}
	}
	if w == nil || w.Film == nil {
		return nil
	}
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	if a := c.creditedBefore(off, pi, pi-1, w, all); a != nil {
		return a
	}
	// none there: the person a profile is about, named in its title or
	// lede (王家卫的三十年 … 之后他去美国拍了《蓝莓之夜》), if the lexicon
	// credits them
	first := pi
	for first > 0 && c.Paras[first-1].Section == c.Paras[pi].Section {
		first--
	}
	limit := off
	if first+ledeParas < pi {
		limit = min(off, c.Paras[first+ledeParas].End)
	}
	return c.creditedBefore(limit, pi, first, w, all)
}

// ledeParas is how many paragraphs after a section's first (its title,
// in a plain-text article) still introduce the person it is about.
const ledeParas = 1

// creditedBefore is the one person named before off, in paragraphs from
// fromPara on of paragraph pi's section, whom the lexicon credits with
// work w; a director among them wins over the cast (他的《W》: a film is
// its director's first). Several: nil.
func (c *Context) creditedBefore(off, pi, fromPara int, w *Found, all []*Found) *Found {
	var who, dir *Found
	several, severalDirs := false, false
	for _, f := range within(all, c.Paras[max(fromPara, 0)].Start, off) {
		if f.Type != schema.Person || c.Paras[f.Para].Section != c.Paras[pi].Section {
			continue
		}
		switch lexCredit(w, f) {
		case "":
			continue
		case "director":
			if dir != nil && dir.Entity != f.Entity {
				severalDirs = true
			}
			dir = f
		}
		if who != nil && who.Entity != f.Entity {
			several = true
		}
		who = f
	}
	switch {
	case dir != nil && !severalDirs:
		return dir
	case !several:
		return who
	}
	return nil
}

// pronounAntecedent is the person a pronoun at off stands for: the one
// person the sentence names before it; when it names none, the one person
// the paragraph names before it; when it names none, the one person the
// last sentence of the paragraph before names. Two people in the nearest
// of these that names any: nil.
func (c *Context) pronounAntecedent(off int, all []*Found) *Found {
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	p := c.Paras[pi]
	spans := c.sentenceSpansOf(pi)
	k := 0
	for k+1 < len(spans) && spans[k+1][0] <= off {
		k++
	}
	one := func(s, e int) (*Found, bool) {
		var who *Found
		for _, f := range within(all, s, e) {
			if f.Type != schema.Person {
				continue
			}
			if who != nil && who.Entity != f.Entity {
				return nil, true
			}
			who = f
		}
		return who, who != nil
	}
	if f, named := one(spans[k][0], off); named {
		return f
	}
	if f, named := one(p.Start, off); named {
		return f
	}
	var prev [2]int
	switch {
	case pi > 0 && c.Paras[pi-1].Section == p.Section:
		ps := c.sentenceSpansOf(pi - 1)
		if len(ps) == 0 {
			return nil
		}
		prev = ps[len(ps)-1]
	default:
		return nil
	}
	f, _ := one(prev[0], prev[1])
	return f
}

// sameNameAgain returns where the text goes on after a mention ending at
// pos when the very next mention names the same entity in another script
// (管虎 Guan Hu, 廖凡（Liao Fan）, a bilingual programme's credits), or a
// romanisation follows a Chinese name at the end of a list item: the pair
// is one name in the shape, so a list of them still reads as a list.
func sameNameAgain(text string, pos, e int, next []*Found, f *Found) int {
	if f.Type == schema.Person && strings.ContainsFunc(f.Surface, isHan) {
		// a romanisation the lexicon does not know, closing the item of
		// a list (周雨桐 Zhou Yutong、…) or the line
		if m := romanisedNameRe.FindStringIndex(text[pos:e]); m != nil {
			rest := text[pos+m[1] : e]
			if rest == "" || strings.ContainsRune("、,，/;；)）\n", firstRune(rest)) {
				return pos + m[1]
			}
		}
	}
	if len(next) == 0 || next[0].Entity != f.Entity || next[0].QEnd > e || next[0].QStart < pos {
		return pos
	}
	end := next[0].QEnd
	switch strings.TrimSpace(text[pos:next[0].QStart]) {
	case "":
		return end
	case "(", "（":
		rest := strings.TrimLeft(text[end:e], " ")
		for _, closer := range []string{")", "）"} {
			if strings.HasPrefix(rest, closer) {
				return e - len(rest) + len(closer)
			}
		}
	}
	return pos
}
