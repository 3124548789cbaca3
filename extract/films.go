package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

func init() {
	Register("films", func() Stage { return filmStage{} })
	Register("learned", func() Stage { return learnedStage{} })
}

// filmContext are words that make a nearby common-word title a film.
var filmContext = []string{"电影", "影片", "片子", "票房", "上映", "导演", "这部", "那部", "主演", "院线", "拍的", "拍了", "执导", "看过", "豆瓣", "奥斯卡", "电影节", "获奖", "大片", "新片"}

// genreTails after a title turn it into a label for a kind of film or an
// attitude (战狼式电影, 功夫片, 战狼精神, 吴京宇宙), not a mention.
var genreTails = []string{"式", "类", "型", "精神", "体", "风", "片", "剧", "宇宙", "模式", "主义", "系", "迷", "们", "化", "般"}

// stopAfter are characters after which a short title may end even without
// segmentation: particles, conjunctions and punctuation.
const stopAfter = "的是和与及也都在这那了里中上吧呢啊嘛吗等就还被把让给从对比啥么有没不又才却、，。！？：；,.!?;:）)」』”’》 \n"

type filmStage struct{}

func (filmStage) Name() string { return "films" }

func (filmStage) Run(c *Context) error {
	for pi := range c.Paras {
		for _, m := range c.scan(pi) {
			var film *lexicon.Film
			weak := false
			for _, h := range m.Hits {
				if h.Film != nil {
					film, weak = h.Film, h.Strength == lexicon.Weak
					break
				}
			}
			if film == nil {
				continue
			}
			c.bareTitle(pi, m.Start, m.End, film, weak, "lexicon")
		}
	}
	return nil
}

// bareTitle checks and records an unmarked title at [s,e).
func (c *Context) bareTitle(pi, s, e int, film *lexicon.Film, weak bool, via string) *Found {
	if !c.Free(s, e) {
		return nil
	}
	surface := c.Doc.Text[s:e]
	if c.IsAuthor(surface) || c.runeBefore(s) == '@' {
		return nil
	}
	// a sequel number the lexicon does not know (战狼3) is another film;
	// "流浪地球 1" is the first one
	sp := e
	for sp < len(c.Doc.Text) && c.Doc.Text[sp] == ' ' {
		sp++
	}
	if next := c.runeAfter(sp); next >= '0' && next <= '9' || strings.ContainsRune("二三四五六七八九ⅡⅢⅣ", next) {
		if next != '1' || isLatinOrDigit(c.runeAfter(sp+1)) {
			return nil
		}
		e = sp + 1
	}
	next := c.runeAfter(e)
	if isLatinOrDigit(c.runeBefore(s)) && isLatinOrDigit([]rune(surface)[0]) || isLatinOrDigit(next) && isLatinOrDigit(lastRune(surface)) {
		return nil
	}
	_, after := c.around(pi, s, e, 3)
	for _, g := range genreTails {
		if strings.HasPrefix(after, g) {
			return nil
		}
	}
	n := utf8.RuneCountInString(surface)
	short := n <= 3
	if weak || short {
		if ok, have := c.Boundary(pi, s); have && !ok {
			return nil
		}
		if ok, have := c.Boundary(pi, e); have && !ok {
			return nil
		}
	}
	if weak {
		if !strings.ContainsRune(stopAfter, next) && next != 0 {
			return nil
		}
		if !c.filmContextNear(pi, s, e) {
			return nil
		}
	}
	f := &Found{Start: s, End: e, QStart: s, QEnd: e, Entity: film.IRI, Type: schema.Work, Kind: film.Kind,
		Via: via, Surface: c.Doc.Text[s:e], Film: film, Para: pi}
	if c.inLink(pi, s, e) {
		f.Via = "link"
	}
	return c.Add(f)
}

// filmContextNear reports a link on the span, a film-context word in the
// same sentence, or another title right next to it in a list.
func (c *Context) filmContextNear(pi, s, e int) bool {
	if c.inLink(pi, s, e) {
		return true
	}
	ss, se := c.sentenceOf(pi, s)
	before := lastRunes(c.Doc.Text[ss:s], 14)
	after := firstRunes(c.Doc.Text[e:se], 14)
	for _, w := range filmContext {
		if strings.Contains(before, w) || strings.Contains(after, w) {
			return true
		}
	}
	// in a list with another work: "…，X，Y，…"
	for _, f := range c.Found {
		if f.Type != schema.Work || f.Para != pi {
			continue
		}
		var gap string
		switch {
		case f.QEnd <= s && s-f.QEnd <= 6:
			gap = c.Doc.Text[f.QEnd:s]
		case f.QStart >= e && f.QStart-e <= 6:
			gap = c.Doc.Text[e:f.QStart]
		default:
			continue
		}
		if onlySeparators(gap) && gap != "" {
			return true
		}
	}
	return false
}

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// learnedStage matches titles seen in 《》 (in this document or, through
// Options.Learned, in others) where they appear without marks.
type learnedStage struct{}

func (learnedStage) Name() string { return "learned" }

func (learnedStage) Run(c *Context) error {
	var rows []lexicon.FilmRow
	for k, t := range c.learned {
		if len(c.Lex.Film(k)) > 0 || utf8.RuneCountInString(k) < 2 || c.authors[k] {
			continue
		}
		if kindFromTitle(t) != "film" || strings.ContainsAny(t, "，,。") {
			continue
		}
		row := lexicon.FilmRow{Title: t}
		if utf8.RuneCountInString(k) <= 2 {
			row.Flags = []string{"common"} // two characters are too often an ordinary word
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil
	}
	mini := lexicon.New(rows, nil, nil)
	for pi := range c.Paras {
		text := c.Text(pi)
		for _, m := range mini.Scan(text) {
			h := m.Hits[0]
			// learned titles resolve to the same node as their bracketed form
			film := *h.Film
			film.IRI = schema.WorkIRI(film.Title)
			c.bareTitle(pi, m.Start+c.Paras[pi].Start, m.End+c.Paras[pi].Start, &film, h.Strength == lexicon.Weak, "learned")
		}
	}
	return nil
}
