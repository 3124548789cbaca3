package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// listHeader is the context of an award list: a short line with no work
// in it that names a festival and what the list is (获奖名单, 提名名单,
// 入围片单, winners, nominees). The lines after it that carry works inherit
// its festival and status until a long prose paragraph ends the list.
type listHeader struct {
	fest   *Found
	status string
	text   string // the header line, for the edition or year of the list
}

var listStatusWords = []struct{ w, status string }{
	{"提名名单", "nominated"}, {"提名影片", "nominated"}, {"提名作品", "nominated"}, {"nominees", "nominated"}, {"nominations", "nominated"},
	{"入围名单", "competition"}, {"入围影片", "competition"}, {"入围作品", "competition"}, {"竞赛片单", "competition"}, {"主竞赛单元", "competition"}, {"lineup", "competition"}, {"in competition", "competition"},
	{"展映片单", "screened"}, {"展映影片", "screened"},
	{"获奖名单", "won"}, {"获奖影片", "won"}, {"获奖作品", "won"}, {"获奖者", "won"}, {"得主", "won"}, {"得奖名单", "won"}, {"winners", "won"}, {"award winners", "won"},
}

// update reads paragraph pi: a header starts a list, a long paragraph
// without one ends it.
func (l *listHeader) update(c *Context, pi int, ms []*Found) {
	p := c.Paras[pi]
	text := strings.ToLower(c.st(p.Start, p.End))
	n := utf8.RuneCountInString(text)
	var fest *Found
	hasWork := false
	for _, f := range within(ms, p.Start, p.End) {
		switch f.Type {
		case schema.Festival:
			fest = f
		case schema.Work:
			hasWork = true
		}
	}
	if n > 100 {
		*l = listHeader{}
		return
	}
	if hasWork || n > 50 {
		return
	}
	if isPrizeLabelLine(text) {
		// 金狮奖 on its own line, its winner on the next: the list goes on
		return
	}
	status := ""
	for _, s := range listStatusWords {
		if strings.Contains(text, s.w) {
			status = s.status
			break
		}
	}
	if status == "" {
		// a line of prose that is not a list item ends the list
		*l = listHeader{}
		return
	}
	if fest == nil {
		fest = l.fest
	}
	if m := headerYearRe.FindStringSubmatch(text); m != nil && !yearRe.MatchString(text) && !yearEnRe.MatchString(text) {
		// "2000 Cannes Film Festival winners": an English header opens with
		// the year bare; spelt as a year phrase, award() reads it like
		// "in 2000" in prose
		text += " in " + m[1]
	}
	*l = listHeader{fest: fest, status: status, text: text}
}

// titleHeader reads the document's title as the first list header: an
// award list's festival is often named only there (第56届金马奖得奖名单,
// 2019 Golden Horse winners), and the title is not part of the text the
// stages scan. The festival is added as an entity without a mention (the
// title has no offsets); a title that names no festival gives none.
func (c *Context) titleHeader() listHeader {
	title := strings.TrimSpace(c.Doc.Title)
	if title == "" {
		return listHeader{}
	}
	var fest *Found
	for _, m := range c.Lex.Scan(lexicon.ToSimplified(title)) {
		for _, h := range m.Hits {
			if h.Festival != nil && h.Strength == lexicon.Strong {
				fest = &Found{Start: -1, End: -1, QStart: -1, QEnd: -1, Entity: h.Festival.IRI, Type: schema.Festival, Festival: h.Festival, Surface: title[m.Start:m.End], Para: -1}
				break
			}
		}
		if fest != nil {
			break
		}
	}
	if fest == nil {
		return listHeader{}
	}
	c.Batch.AddEntity(facts.Entity{IRI: fest.Entity, Type: schema.Festival, Label: fest.Festival.Name, TitleEn: fest.Festival.NameEn, Kind: fest.Festival.Kind, Aliases: []string{fest.Surface}})
	text := strings.ToLower(lexicon.ToSimplified(title))
	status := ""
	for _, s := range listStatusWords {
		if strings.Contains(text, s.w) {
			status = s.status
			break
		}
	}
	if m := headerYearRe.FindStringSubmatch(text); m != nil && !yearRe.MatchString(text) && !yearEnRe.MatchString(text) {
		text += " in " + m[1]
	}
	return listHeader{fest: fest, status: status, text: text}
}

// headerYearRe is a year opening a list header line (2000 Cannes …).
var headerYearRe = regexp.MustCompile(`^\s*((?:19|20)[0-9]{2})\b`)

var (
	// a label that is just a prize's name, as a space-separated award-list
	// line opens with it (最佳导演, 金马奖最佳剧情片, 评审团大奖)
	bareLabelRe = regexp.MustCompile(`^(?:\x{E003})?(?:最佳\p{Han}{1,8}|\p{Han}{0,6}(?:大奖|奖)|评审团\p{Han}{0,4}|评委会\p{Han}{0,4})$`)
	// the label of an award-list line: a prize or a festival, ≤ 24 characters
	prizeLabelRe = regexp.MustCompile(`奖|最佳|大奖|评审团|评委会|best|award|prize|lion|bear|palm|\x{E003}`)
	listLineRe   = regexp.MustCompile(`^(?:[0-9]{1,2}[.、)]|[-*•·]|\(?[0-9]{1,2}\))?` + reW)
	yearLineRe   = regexp.MustCompile(`^(?:19|20)[0-9]{2}(?:年|年度)?[:.,、]?` + reW)
	bestFilmRe   = regexp.MustCompile(`影片|作品|film|picture|feature|金狮|金熊|金棕榈|大奖|lion|bear|palm`)
)

// prizeLabel is a prize named on a line of its own in an award list
// (金狮奖, 最佳导演（银狮奖）, Best Actress): the line or lines after it
// name the winner.
type prizeLabel struct {
	text string
	fest *Found // the festival the label names (金马奖最佳剧情片), or nil
}

// labelLineVerbs are words a label line never holds: a line with them
// is prose about a prize (他拿了最佳导演), not the prize's name.
const labelLineVerbs = "获拿得的了是在将由为把被"

// isPrizeLabelLine reports whether a line (lower-cased, no work in it) is
// just a prize's name, perhaps with its other name in parentheses and a
// closing colon: short, naming a prize, without sentence punctuation or
// the verbs of a sentence about a prize.
func isPrizeLabelLine(line string) bool {
	t := strings.TrimRight(strings.TrimSpace(line), ":：")
	n := utf8.RuneCountInString(t)
	if n == 0 || n > 30 || !prizeLabelRe.MatchString(t) || strings.ContainsAny(t, "。！？!?，,；;") {
		return false
	}
	// the prize's own name ends the line or sits before its alias in
	// parentheses: 最佳导演（银狮奖）, not 奖金一百万
	name := strings.TrimSpace(stripParens(t))
	if strings.ContainsAny(name, labelLineVerbs) {
		return false
	}
	if hasLatin(t) {
		// English labels: Best Actress, Golden Lion (Best Film), Volpi Cup
		// for Best Actor; not a sentence (at most five words)
		return len(strings.Fields(t)) <= 6 && !strings.Contains(t, " was ") && !strings.Contains(t, " won ")
	}
	return prizeNameEndRe.MatchString(name)
}

// prizeNameEndRe is how a Chinese prize's name ends (金狮奖, 沃尔皮杯,
// 最佳女演员), so that 奖金一百万 is not taken for one.
var prizeNameEndRe = regexp.MustCompile(`(?:奖|杯|最佳\p{Han}{1,8})$`)

// winnerNames adds the people an award line names in [s,e) whom the
// lexicon does not know: items between separators (、，/ and spaces) that
// are plausible Chinese names (杜某、吴某、陈某《W》, 《W》　廖某).
func (c *Context) winnerNames(s, e int, role string) {
	pi := c.ParaOf(s)
	if pi < 0 {
		return
	}
	text := c.simple()
	i := s
	for i < e {
		j := i
		for j < e {
			r, n := utf8.DecodeRuneInString(text[j:])
			if strings.ContainsRune("、，,/／ 　《》()（）:：;；", r) {
				break
			}
			j += n
		}
		if j > i && c.Free(i, j) && c.candidateName(text[i:j]) {
			c.addCuePerson(pi, i, j, role)
		}
		if j < e {
			_, n := utf8.DecodeRuneInString(text[j:])
			j += n
		}
		i = j
	}
}

// winnerLine reports whether a line under a prize label can be the
// label's winner: short, with no sentence end and no award verb of its
// own (a line saying 《Y》入围了… is prose, not the label's winner).
func winnerLine(s string) bool {
	if utf8.RuneCountInString(s) > 60 || strings.ContainsAny(s, "。！？!?") {
		return false
	}
	st, _ := clauseStatus(strings.ToLower(s))
	return st == ""
}

// stripParens drops what stands in parentheses, with the parentheses.
func stripParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		next := parenDepth(depth, r)
		if depth == 0 && next == 0 && r != ')' && r != '）' {
			b.WriteRune(r)
		}
		depth = next
	}
	return b.String()
}

func hasLatin(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) >= 0
}

// awardLine reads one line of an award list, 最佳影片：《Y》（X）,
// labelSep finds the mark between a prize label and its winner in a shape
// line: a colon (金狮奖：《Y》, Best Director: X) or a dash (最佳导演——X
// 《Y》, Best Actor - X, Y), whichever comes first; -1 when none. A hyphen
// between two Latin letters counts only with white space around it in the
// original text (Best Actor - X), not inside a word (Kar-wai).
func labelSep(sh *shape, text string) (int, int) {
	s := sh.s
	best, n := -1, 0
	for _, sep := range []string{":", "——", "—", "–", "-"} {
		i := strings.Index(s, sep)
		if i <= 0 || best >= 0 && i >= best {
			continue
		}
		if sep == "-" {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			o := sh.off[i]
			spaced := o > 0 && o+1 < len(text) && text[o-1] == ' ' && text[o+1] == ' '
			if isLatinOrDigit(prev) && isLatinOrDigit(next) && !spaced {
				continue // a hyphenated word (kar-wai, co-directed)
			}
		}
		best, n = i, len(sep)
	}
	if best < 0 {
		// 最佳导演 钟孟宏《阳光普照》: a space between the label and the
		// first name or title (the shape drops spaces; the text keeps them),
		// also before a name the stages did not find (最佳音效　杜某《Y》);
		// awardLine accepts the label only when it is just a prize's name
		for i, r := range s {
			// (an ideographic space, U+3000, is three bytes: decode it)
			if o := sh.off[i]; i > 0 && o > 0 && s[i-1] != ' ' && strings.ContainsRune(" \t\u3000", lastRune(text[:o])) {
				return i, 0
			}
			if r == phWork || r == phPerson {
				break
			}
		}
	}
	return best, n
}

// 金狮奖：《Y》，导演X, Best Director: X (Y), or a year row 2006 Y 导演：X under
// a list header. It reports whether the sentence was such a line.
// A line under a prize label of its own (pend) names that prize's winner:
// 金狮奖 / 《Y》 导演：X.
func (c *Context) awardLine(sp [2]int, works, fests, people, ms []*Found, list listHeader, docFest *Found, pend prizeLabel) bool {
	in := within(ms, sp[0], sp[1])
	sh := c.shapeOf(sp[0], sp[1], in)
	s := sh.s
	k, sepLen := labelSep(sh, c.Doc.Text)
	label, rest := "", s
	if k > 0 && sepLen == 0 && (!bareLabelRe.MatchString(s[:k]) || strings.ContainsAny(s[:k], "拿获得过的了")) {
		k = -1 // a space separates only a label that is just a prize name (最佳导演 X)
	}
	if k > 0 && utf8.RuneCountInString(s[:k]) <= 24 && !strings.ContainsRune(s[:k], phWork) && prizeLabelRe.MatchString(s[:k]) && strings.ContainsRune(s[k:], phWork) {
		label, rest = s[:k], s[k+sepLen:]
	} else if pend.text != "" && winnerLine(s) {
		// the label is the line before: the whole line is its winner
		label, k, rest = pend.text, 0, s
	} else if !(list.fest != nil && (yearLineRe.MatchString(s) || listLineRe.MatchString(s) && utf8.RuneCountInString(s) <= 60)) {
		return false
	}
	if st, _ := clauseStatus(rest); st != "" && label == "" {
		return false
	}
	status := "won"
	if list.status != "" {
		status = list.status
	}
	switch {
	case strings.Contains(label, "提名") || strings.Contains(label, "nomin"):
		status = "nominated"
	case strings.Contains(label, "入围") || strings.Contains(label, "竞赛"):
		status = "competition"
	}
	var fest *Found
	prize := ""
	for i := 0; i < k && k > 0; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == phFest {
			fest = sh.at[i]
		}
		i += n
	}
	if fest == nil && label == pend.text && pend.fest != nil {
		fest = pend.fest
	}
	if fest != nil {
		prize = fest.Prize
	}
	if prize == "" && label != "" && k == 0 {
		prize = label
	}
	if fest == nil && len(fests) > 0 {
		fest = fests[0]
	}
	if fest == nil {
		fest = list.fest
	}
	if fest == nil {
		fest = docFest
	}
	if fest == nil {
		return false
	}
	if prize == "" && label != "" {
		prize = strings.TrimSpace(c.Doc.Text[sh.off[0]:sh.off[k]])
		if f := sh.at[0]; f != nil && f.Type == schema.Festival {
			prize = strings.TrimSpace(c.Doc.Text[f.QEnd:sh.off[k]])
		}
	}
	restWorks := works
	if label != "" {
		restWorks = nil
		for _, w := range works {
			if w.QStart >= sh.off[k] {
				restWorks = append(restWorks, w)
			}
		}
	}
	if len(restWorks) == 0 {
		return false
	}
	strength := 0.7
	if len(restWorks) > 1 {
		strength = 0.5
	}
	sent := strings.ToLower(c.st(sp[0], sp[1]))
	if !editionRe.MatchString(sent) && !yearRe.MatchString(sent) && list.fest != nil && list.fest.Entity == fest.Entity {
		sent += " " + list.text
	}
	c.award(restWorks, fest, status, prize, sent, sp, strength, sp[0])
	if label != "" {
		// the winners named on the line: names the lexicon lacks stand
		// as items between the label and the end, beside the work
		from := sp[0]
		if k > 0 {
			from = sh.off[k]
		}
		c.winnerNames(from, sp[1], prizeRole(prize+label))
	}
	// the person of a director's or acting prize, or the name in
	// parentheses after a best-film winner
	if status == "won" && len(restWorks) == 1 {
		var ps []*Found
		for _, p := range people {
			if label == "" || p.QStart >= sh.off[k] {
				ps = append(ps, p)
			}
		}
		role := prizeRole(prize + label)
		if role == "" && bestFilmRe.MatchString(label) && len(ps) == 1 {
			role = "director"
		}
		if len(ps) == 1 && role != "" {
			w, p := restWorks[0], ps[0]
			if role == "director" {
				c.relate(w, p, schema.DirectedBy, "award list", 0.6, sp[0], sp[1])
			} else {
				c.bindCredits(sh, []credit{{people: ps, cue: "award list"}}, []*Found{w}, 0, len(s))
			}
		}
	}
	return true
}
