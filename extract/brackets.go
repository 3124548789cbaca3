package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

func init() { Register("brackets", func() Stage { return bracketStage{} }) }

// bracket is one 《…》 span: [Open,Close) covers the marks, [Start,End)
// the content.
type bracket struct {
	Open, Start, End, Close int
	Raw                     string
}

// maxTitleRunes bounds a title: a longer 《…》 is a runaway or a slogan.
const maxTitleRunes = 40

// scanBrackets finds 《…》 (and 巜…》) inside one paragraph. A bracket never
// crosses the paragraph, so an unclosed 《 cannot swallow the next answer;
// a second 《 before the 》 restarts the span.
func scanBrackets(text string, base int) []bracket {
	var out []bracket
	open := -1
	openLen := 0
	for i, r := range text {
		switch r {
		case '《', '巜', 'ﹽ':
			open, openLen = i, utf8.RuneLen(r)
		case '\n':
			open = -1
		case '》':
			if open < 0 {
				continue
			}
			raw := text[open+openLen : i]
			if n := utf8.RuneCountInString(raw); n > 0 && n <= maxTitleRunes*2 {
				out = append(out, bracket{Open: base + open, Start: base + open + openLen, End: base + i, Close: base + i + len("》"), Raw: raw})
			}
			open = -1
		}
	}
	return out
}

// cleanTitle removes what writers and exporters put around a title:
// markdown emphasis, surrounding white space and quotes, and white space
// next to CJK characters (《战狼 2》 → 战狼2), keeping spaces between Latin
// words.
func cleanTitle(s string) string {
	s = strings.NewReplacer("**", "", "__", "", "\u200b", "").Replace(s)
	s = strings.Trim(s, " \t*_\"'“”‘’「」")
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsSpace(r) || r == 0x3000 {
			prev, next := rune(0), rune(0)
			if i > 0 {
				prev = rs[i-1]
			}
			if i+1 < len(rs) {
				next = rs[i+1]
			}
			if prev >= 0x80 || next >= 0x80 || unicode.IsSpace(prev) {
				continue
			}
			b.WriteRune(' ')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sentenceLike reports a 《…》 that holds a slogan or a sentence rather than
// a title: long, with clause punctuation, or a whole heading of that kind.
func sentenceLike(title string, heading bool) bool {
	n := utf8.RuneCountInString(title)
	if n > maxTitleRunes {
		return true
	}
	if latin(title) {
		return false
	}
	clauses := strings.Count(title, "，") + strings.Count(title, ",") + strings.Count(title, "。") +
		strings.Count(title, "！") + strings.Count(title, "？") + strings.Count(title, "!") + strings.Count(title, "?")
	if clauses > 0 && n > 12 && !strings.ContainsAny(title, "：:") {
		return true
	}
	if heading && n > 14 {
		return true
	}
	return false
}

// censored reports a title with blanks or doubled commas standing for
// characters the writer would not type (《你好，，李，，》, 《战，二》), and
// returns its visible pieces as keys.
func censored(title string) ([]string, bool) {
	isSep := func(r rune) bool {
		return r == '，' || r == ',' || r == '、' || r == '□' || r == '×' || r == '*' || r == '＊' || r == '…' || r == '_' || r == 'X' || r == 'x' || r == '○' || unicode.IsSpace(r)
	}
	if !strings.ContainsFunc(title, isSep) {
		return nil, false
	}
	raw := strings.FieldsFunc(title, isSep)
	if len(raw) == 0 {
		return nil, false
	}
	doubled := strings.Contains(title, "，，") || strings.Contains(title, ",,") || strings.ContainsAny(title, "□×＊*○…")
	trailing := false
	if r, _ := utf8.DecodeLastRuneInString(title); isSep(r) {
		trailing = true
	}
	short := true
	var pieces []string
	for _, p := range raw {
		k := lexicon.Key(p)
		if d, ok := singleNumeral[k]; ok {
			k = d
		}
		if utf8.RuneCountInString(k) > 3 {
			short = false
		}
		if k != "" {
			pieces = append(pieces, k)
		}
	}
	if !(doubled || trailing || (short && len(pieces) >= 2 && utf8.RuneCountInString(pieces[len(pieces)-1]) == 1)) {
		return nil, false
	}
	return pieces, len(pieces) > 0
}

var singleNumeral = map[string]string{"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}

// resolved is what a title resolves to.
type resolved struct {
	film *lexicon.Film
	via  string // "", fuzzy, censored, reversed
}

// resolveTitle looks a written title up in the lexicon: exactly by key,
// then as a censored form, with its halves swapped (藏龙卧虎), and at edit
// distance one (流量地球). Every fallback must be unambiguous.
func resolveTitle(lex *lexicon.Lexicon, title string) resolved {
	k := lexicon.Key(title)
	if k == "" {
		return resolved{}
	}
	if fs := lex.Film(k); len(fs) > 0 {
		return resolved{film: fs[0]}
	}
	// 流浪地球1 names the first film when only its sequels are numbered.
	if strings.HasSuffix(k, "1") && len(k) > 1 {
		if fs := lex.Film(strings.TrimSuffix(k, "1")); len(fs) > 0 {
			return resolved{film: fs[0]}
		}
	}
	// 'Wandering Earth' for The Wandering Earth: English writers drop a
	// title's article after "the first", "a", possessives.
	if !strings.ContainsFunc(title, isHan) {
		for _, art := range []string{"the", "a", "an"} {
			if fs := lex.FilmStrong(art + k); len(fs) == 1 {
				return resolved{film: fs[0]}
			}
		}
	}
	if pieces, ok := censored(title); ok {
		if f := lex.Subsequence(pieces); f != nil {
			return resolved{film: f, via: "censored"}
		}
		return resolved{}
	}
	if rs := []rune(k); len(rs) == 4 && allHan(rs) {
		if fs := lex.FilmStrong(string(rs[2:]) + string(rs[:2])); len(fs) == 1 {
			return resolved{film: fs[0], via: "reversed"}
		}
	}
	if f := numberedHead(lex, title); f != nil {
		return resolved{film: f}
	}
	if f := lex.Fuzzy(k); f != nil {
		return resolved{film: f, via: "fuzzy"}
	}
	return resolved{}
}

// numberedHead resolves a title that puts a sequel number between its head
// and its subtitle (蜘蛛侠 3：英雄无归) to the film whose title has no
// number (蜘蛛侠：英雄无归), when the lexicon also knows that film by the
// numbered head (蜘蛛侠3): the number is how people count the series, not
// another film.
func numberedHead(lex *lexicon.Lexicon, title string) *lexicon.Film {
	i := strings.IndexAny(title, ":：")
	if i < 0 {
		return nil
	}
	head, tail := strings.TrimSpace(title[:i]), title[i:]
	hk := lexicon.Key(head)
	bare := strings.TrimRightFunc(hk, func(r rune) bool { return r >= '0' && r <= '9' })
	if bare == hk || bare == "" {
		return nil
	}
	fs := lex.Film(lexicon.Key(bare + tail))
	if len(fs) != 1 {
		return nil
	}
	for _, a := range append(append([]string(nil), fs[0].Aliases...), fs[0].Weak...) {
		if lexicon.Key(strings.TrimSuffix(a, "?")) == hk {
			return fs[0]
		}
	}
	return nil
}

// latin reports a title written mostly in Latin script.
func latin(s string) bool {
	n, l := 0, 0
	for _, r := range s {
		n++
		if r < 0x80 {
			l++
		}
	}
	return n > 0 && l*10 >= n*8
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return len(rs) > 0
}

type bracketStage struct{}

func (bracketStage) Name() string { return "brackets" }

func (bracketStage) Run(c *Context) error {
	for pi := range c.Paras {
		text := c.Text(pi)
		bs := scanBrackets(text, c.Paras[pi].Start)
		kinds := bracketKinds(c.Doc.Text, bs, c.Paras[pi].Start, c.Paras[pi].End)
		for i, b := range bs {
			title := cleanTitle(b.Raw)
			if title == "" || sentenceLike(title, c.Paras[pi].Kind == "heading") {
				continue
			}
			if kinds[i] == kindNone {
				continue
			}
			c.addTitle(pi, b.Start, b.End, b.Open, b.Close, title, resolveArgued(kinds[i], title), "bracket")
		}
	}
	return nil
}

// addTitle resolves a marked title and records it. ctxKind is the kind its
// context gives ("" when the context says nothing).
func (c *Context) addTitle(pi, start, end, qstart, qend int, title, ctxKind, via string) *Found {
	surface := c.Doc.Text[start:end]
	r := resolveTitle(c.Lex, title)
	f := &Found{Start: start, End: end, QStart: qstart, QEnd: qend, Type: schema.Work, Via: via, Surface: strings.TrimSpace(surface), Para: pi}
	if r.via != "" {
		f.Via = via + "+" + r.via
	}
	switch {
	case r.film != nil && (ctxKind == "" || ctxKind == r.film.Kind || ctxKind == "film" && r.film.Kind == "documentary"):
		f.Film, f.Entity, f.Kind = r.film, r.film.IRI, r.film.Kind
	case r.film != nil:
		// The context names another kind of work with the same title (the
		// novel 活着, the series 三体): a different node from the film.
		canon := r.film.Title + " (" + ctxKind + ")"
		f.Entity, f.Kind, f.Surface = schema.WorkIRI(canon), ctxKind, surface
	default:
		canon := lexicon.ToSimplified(title)
		kind := ctxKind
		if kind == "" {
			kind = kindFromTitle(canon)
		}
		f.Entity, f.Kind = schema.WorkIRI(canon), kind
		f.Surface = title
		if kind == "film" {
			c.learned[lexicon.Key(canon)] = canon
		}
	}
	if f.Film == nil && r.film != nil {
		f.Surface = title
	}
	return c.Add(f)
}

// BracketTitles returns the cleaned titles written in 《》 in doc (not
// slogans, not works whose context marks them as something other than a
// film), for learning titles across documents. The order is the order of
// first appearance.
func BracketTitles(doc *ingest.Document) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			bs := scanBrackets(doc.Text[p.Start:p.End], p.Start)
			kinds := bracketKinds(doc.Text, bs, p.Start, p.End)
			for i, b := range bs {
				t := cleanTitle(b.Raw)
				if t == "" || sentenceLike(t, p.Kind == "heading") || kinds[i] == kindNone {
					continue
				}
				k := resolveArgued(kinds[i], t)
				if k == "" {
					k = kindFromTitle(t)
				}
				if k != "film" && k != "documentary" {
					continue
				}
				if _, cens := censored(t); cens {
					continue
				}
				if !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}
