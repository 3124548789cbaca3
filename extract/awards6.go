package extract

import (
	"regexp"
	"strings"

	"github.com/filmgraph/filmgraph/schema"
)

// leadingAnaphor adds to works the film a sentence-opening anaphor stands
// for (这部片在2019年入围戛纳主竞赛，那一年的金棕榈颁给了《Y》): the
// anaphor opens the sentence and its clause ends before the first work
// the sentence names, so the titles after it are another clause's topic.
// works is sorted; low is the lower-cased sentence [sp[0],sp[1]).
func (c *Context) leadingAnaphor(sp [2]int, low string, works, ms []*Found) []*Found {
	if len(works) == 0 {
		return works
	}
	lead := strings.TrimLeft(low, " \t\"“「『")
	i := len(low) - len(lead)
	n := anaphoraAt(lead)
	if n == 0 || n == len("片") && strings.HasPrefix(lead, "片中") {
		return works
	}
	end := sp[0] + i + n
	if works[0].QStart < end {
		return works
	}
	if !strings.ContainsAny(c.st(end, works[0].QStart), ",，;；:：") {
		return works
	}
	a := c.antecedent(sp[0]+i, ms)
	if a == nil {
		return works
	}
	for _, w := range works {
		if w.Entity == a.Entity {
			return works
		}
	}
	proxy := *a
	proxy.QStart, proxy.QEnd, proxy.Start, proxy.End = sp[0]+i, end, sp[0]+i, end
	return append([]*Found{&proxy}, works...)
}

// givenToCues are verbs of a prize given to its winner, the prize their
// subject (金棕榈颁给了《Y》, 金熊奖花落《Y》).
var givenToCues = []string{"颁给", "授予", "花落", "颁发给", "归于"}

// prizeGivenTo reports a won cue whose clause names the prize before it
// as the subject of a giving verb: a festival or prize mention of the
// clause [cl0,cue) and rest, the clause from the cue, opening with the verb.
func prizeGivenTo(rest string, fests []*Found, cl0, cue int) bool {
	given := false
	for _, g := range givenToCues {
		if strings.HasPrefix(rest, g) {
			given = true
		}
	}
	if !given {
		return false
	}
	for _, f := range fests {
		if f.QStart >= cl0 && f.QEnd <= cue {
			return true
		}
	}
	return false
}

// noteAwards reads a note in parentheses right after a work that names a
// festival and a prize (Still Life (Golden Lion, Venice, 2006), 《Y》（威尼斯
// 金狮奖）): the work's status there, won unless the note says otherwise
// (nominated, in competition).
func (c *Context) noteAwards(sp [2]int, works, fests []*Found) {
	text := c.simple()
	for _, w := range works {
		i := w.QEnd
		for i < sp[1] && strings.ContainsRune("\"*_' ", rune(text[i])) {
			i++
		}
		open := ""
		for _, o := range []string{"(", "（"} {
			if strings.HasPrefix(text[i:sp[1]], o) {
				open = o
			}
		}
		if open == "" {
			continue
		}
		a := i + len(open)
		b := a
		for b < sp[1] && text[b] != ')' && !strings.HasPrefix(text[b:], "）") && text[b] != '(' && !strings.HasPrefix(text[b:], "（") {
			b++
		}
		if b >= sp[1] || text[b] == '(' || strings.HasPrefix(text[b:], "（") || b-a > 80 {
			continue
		}
		var in []*Found
		for _, f := range fests {
			if f.QStart >= a && f.QEnd <= b {
				in = append(in, f)
			}
		}
		if len(in) != 1 {
			continue
		}
		note := strings.ToLower(text[a:b])
		status, _ := clauseStatus(note)
		prize := in[0].Prize
		if prize == "" {
			prize = prizeRe.FindString(note)
		}
		if status == "" {
			if prize == "" && !awardObject(note, nil, 0, 0) {
				continue
			}
			status = "won"
		}
		if negatedClause(note) {
			continue
		}
		c.award([]*Found{w}, in[0], status, prize, note, [2]int{w.QStart, b}, 0.6, w.QStart)
	}
}

// isPrizeAwards reads a work said to be a festival's prize, the prize the
// predicate of 是 that closes the clause (《Y》是威尼斯金狮, 《Y》是柏林金熊奖
// 得主): won. A prize must be named, not the festival alone (《Y》是戛纳的
// 常客 is no prize; 《Y》是戛纳 is no statement).
func (c *Context) isPrizeAwards(sp [2]int, works, fests []*Found) {
	text := c.simple()
	for _, w := range works {
		i := w.QEnd
		rest := text[i:sp[1]]
		for _, s := range []string{"》", "\"", "”", "」"} {
			rest = strings.TrimPrefix(rest, s)
		}
		for _, s := range []string{"就是", "也是", "则是", "还是", "正是", "是"} {
			if strings.HasPrefix(rest, s) {
				rest = rest[len(s):]
				break
			}
			if s == "是" {
				rest = ""
			}
		}
		if rest == "" {
			continue
		}
		pos := sp[1] - len(rest)
		var last, prize *Found
		for _, f := range fests {
			if f.QStart < pos {
				continue
			}
			if f.QStart != pos {
				break
			}
			last = f
			if f.Prize != "" {
				prize = f
			}
			pos = f.QEnd
		}
		if last == nil || prize == nil {
			continue
		}
		tail := text[pos:sp[1]]
		for _, s := range []string{"奖得主", "得主", "奖", "获奖片", "获奖影片", "的得主"} {
			if strings.HasPrefix(tail, s) {
				tail = tail[len(s):]
				break
			}
		}
		if tail != "" && !strings.ContainsRune("，,。；;！？!?", firstRune(tail)) {
			continue
		}
		c.award([]*Found{w}, prize, "won", prize.Prize, strings.ToLower(text[sp[0]:sp[1]]), sp, 0.6, w.QStart)
	}
}

// sectionSoleFestival reports that every festival mention of the section
// of f before off is f's festival: a report from one festival (CANNES,
// May 25 - … W played in the main competition) speaks of it throughout.
func (c *Context) sectionSoleFestival(f *Found, off int, ms []*Found) bool {
	if f.Para < 0 || f.Para >= len(c.Paras) {
		return false
	}
	sec := c.Paras[f.Para].Section.Index
	for _, m := range ms {
		if m.QStart >= off {
			break
		}
		if m.Type != schema.Festival || m.Para < 0 || m.Para >= len(c.Paras) || c.Paras[m.Para].Section.Index != sec {
			continue
		}
		if m.Entity != f.Entity {
			return false
		}
	}
	return true
}

// possFilmLeadRe is a person's film with no title opening a lower-cased
// sentence (zhang yimou's movie was pulled …): an anaphor.
var possFilmLeadRe = regexp.MustCompile(`^ *(?:[a-z][a-z.-]* ){0,3}[a-z][a-z.-]*(?:'s|’s) (?:new |latest |own )?(?:movie|film)\b`)
