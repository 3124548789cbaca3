// Package bilingual reads web pages that give the same text in English
// and Chinese, block after block (format "bilingual").
//
// Site scaffolding ("top of page", "bottom of page", menu words) and
// NBSP-only lines are dropped. Lines are grouped into runs of one
// language; a run and the next run in the other language, when their
// lengths fit a translation of each other, form one "bilingual" section,
// and their paragraphs point at each other through Paragraph.Align, so a
// claim made in both languages is counted once.
package bilingual

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

func init() { ingest.Register(Reader{}) }

// Reader is the bilingual page reader.
type Reader struct{}

func (Reader) Name() string { return "bilingual" }

// scaffold matches the words site builders leave in a copied page.
var scaffold = regexp.MustCompile(`(?i)^(top of page|bottom of page|skip to (main )?content|back to top|scroll to top|menu|home|about|about us|contact|contact us|search|log ?in|sign ?in|sign ?up|subscribe|more|english|中文|简体|繁體|繁体|返回顶部|首页|菜单|搜索|登录|注册|更多|联系我们|关于我们|use tab to navigate through the menu items\.?)$`)

var bullet = regexp.MustCompile(`^[•·▪◦●■\-*]\s+`)

// unit is one kept line.
type unit struct {
	text string
	lang string
	kind string
	size int // letters: Han characters for Chinese, Latin letters for English
}

// Detect: a fair share of both English and Chinese lines, alternating in
// runs.
func (Reader) Detect(src ingest.Source) int {
	head := src.Data
	if len(head) > 32<<10 {
		head = head[:32<<10]
	}
	us := units(textclean.Lines(string(head)))
	en, zh, switches := 0, 0, 0
	for i, u := range us {
		switch u.lang {
		case "en":
			en++
		case "zh":
			zh++
		}
		if i > 0 && us[i-1].lang != u.lang {
			switches++
		}
	}
	total := en + zh
	if en < 3 || zh < 3 || switches < 3 || en*4 < total || zh*4 < total {
		return 0
	}
	return 75
}

// units turns lines into kept units, dropping blanks and scaffolding.
func units(lines []string) []unit {
	var out []unit
	for _, l := range lines {
		t := textclean.CollapseSpaces(l)
		if t == "" || scaffold.MatchString(t) || textclean.IsRule(t) {
			continue
		}
		kind := "text"
		if bullet.MatchString(t) {
			kind = "item"
			t = bullet.ReplaceAllString(t, "")
		}
		lang := textclean.Lang(t)
		if lang == "" {
			continue // numbers or symbols alone carry nothing
		}
		if kind == "text" && !textclean.EndsSentence(t) && utf8.RuneCountInString(t) <= 80 && !strings.ContainsAny(t, "，,。") {
			kind = "heading"
		}
		out = append(out, unit{text: t, lang: lang, kind: kind, size: size(t, lang)})
	}
	return out
}

func size(s, lang string) int {
	n := 0
	for _, r := range s {
		if lang == "zh" && textclean.IsHan(r) || lang == "en" && unicode.IsLetter(r) && r < 0x250 {
			n++
		}
	}
	return n
}

// run is a maximal sequence of units in one language.
type run struct {
	lang  string
	units []unit
	size  int
}

func runs(us []unit) []run {
	var out []run
	for _, u := range us {
		if n := len(out); n > 0 && out[n-1].lang == u.lang {
			out[n-1].units = append(out[n-1].units, u)
			out[n-1].size += u.size
			continue
		}
		out = append(out, run{lang: u.lang, units: []unit{u}, size: u.size})
	}
	return out
}

// translationOf reports whether two runs could be translations of each
// other: English takes roughly 2-6 letters per Chinese character.
func translationOf(a, b run) bool {
	if a.lang == b.lang {
		return false
	}
	en, zh := a, b
	if a.lang == "zh" {
		en, zh = b, a
	}
	if zh.size == 0 {
		return false
	}
	ratio := float64(en.size) / float64(zh.size)
	return ratio >= 1.2 && ratio <= 8
}

// group is what becomes one section.
type group struct {
	a, b  *run // b is nil for a run without a parallel
	title string
}

func (Reader) Read(src ingest.Source) (*ingest.Document, error) {
	us := units(textclean.Lines(string(src.Data)))
	// A heading opening the page, before the text starts, is the page
	// title and stands apart even when the next lines share its language.
	var head []unit
	if len(us) > 1 && us[0].kind == "heading" && us[1].kind != "heading" {
		head, us = us[:1], us[1:]
	}
	rs := runs(us)
	var groups []group
	if head != nil {
		groups = append(groups, group{a: &run{lang: head[0].lang, units: head, size: head[0].size}})
	}
	for i := 0; i < len(rs); i++ {
		if i+1 < len(rs) && translationOf(rs[i], rs[i+1]) {
			groups = append(groups, group{a: &rs[i], b: &rs[i+1]})
			i++
			continue
		}
		groups = append(groups, group{a: &rs[i]})
	}

	b := ingest.NewBuilder()
	meta := b.Meta()
	// A lone heading run opening the page is the site or page title.
	if len(groups) > 0 && groups[0].b == nil && allHeadings(groups[0].a.units) {
		meta.Title = groups[0].a.units[0].text
	}
	var pendingHead *group
	for gi := range groups {
		g := &groups[gi]
		if g.b != nil && allHeadings(g.a.units) && allHeadings(g.b.units) && gi+1 < len(groups) && groups[gi+1].b != nil {
			if pendingHead != nil {
				// two heading blocks in a row (a programme's entries of
				// credit lines): the first titles nothing but itself
				b.StartSection("bilingual", pendingHead.headTitle())
				addHeadings(b, pendingHead)
			}
			pendingHead = g // a bilingual heading: it titles the next block
			continue
		}
		if g.b == nil {
			b.StartSection("body", "")
			for _, u := range g.a.units {
				b.AddParagraph(u.kind, u.lang, u.text)
			}
			continue
		}
		head := pendingHead
		pendingHead = nil
		title := ""
		if head != nil {
			title = head.headTitle()
		}
		b.StartSection("bilingual", title)
		if head != nil {
			addHeadings(b, head)
		}
		base := len(b.Section().Paragraphs)
		for _, u := range g.a.units {
			b.AddParagraph(u.kind, u.lang, u.text)
		}
		baseB := len(b.Section().Paragraphs)
		for _, u := range g.b.units {
			b.AddParagraph(u.kind, u.lang, u.text)
		}
		for k, m := range align(g.a.units, g.b.units) {
			setAlign(b, base+k, baseB+m)
		}
		// the B side points back at its best A match
		for m, k := range align(g.b.units, g.a.units) {
			b.Section().Paragraphs[baseB+m].Align = base + k
		}
	}
	doc := b.Document()
	hasEn, hasZh := false, false
	for _, u := range append(head, us...) {
		hasEn = hasEn || u.lang == "en"
		hasZh = hasZh || u.lang == "zh"
	}
	switch {
	case hasEn && hasZh:
		doc.Lang = "zh,en"
	case hasEn:
		doc.Lang = "en"
	default:
		doc.Lang = "zh"
	}
	return doc, nil
}

// headTitle is the title a bilingual heading block gives its section: its
// first line in Chinese.
func (g *group) headTitle() string { return zhFirst(g.a.units[0], g.b.units[0]) }

// addHeadings adds a bilingual heading block to the current section. Its
// lines pair up in order; a side with more lines (a film's Chinese credit
// lines over one English prize line) keeps the rest unpaired: nothing is
// dropped.
func addHeadings(b *ingest.Builder, head *group) {
	for k := 0; k < len(head.a.units) || k < len(head.b.units); k++ {
		i, j := -1, -1
		if k < len(head.a.units) {
			i = b.AddParagraph("heading", head.a.units[k].lang, head.a.units[k].text)
		}
		if k < len(head.b.units) {
			j = b.AddParagraph("heading", head.b.units[k].lang, head.b.units[k].text)
		}
		setAlign(b, i, j)
	}
}

func zhFirst(a, b unit) string {
	if a.lang == "zh" {
		return a.text
	}
	return b.text
}

func allHeadings(us []unit) bool {
	for _, u := range us {
		if u.kind != "heading" {
			return false
		}
	}
	return len(us) > 0
}

func setAlign(b *ingest.Builder, i, j int) {
	ps := b.Section().Paragraphs
	if i < 0 || j < 0 || i >= len(ps) || j >= len(ps) {
		return
	}
	ps[i].Align, ps[j].Align = j, i
}

// align maps each unit of a to the unit of b it translates: one to one
// when the counts agree, otherwise the unit of b whose share of the run's
// length covers the middle of a's unit.
func align(a, b []unit) []int {
	out := make([]int, len(a))
	if len(a) == len(b) {
		for i := range a {
			out[i] = i
		}
		return out
	}
	total := func(us []unit) float64 {
		t := 0
		for _, u := range us {
			t += u.size + 1
		}
		return float64(t)
	}
	ta, tb := total(a), total(b)
	pos := 0.0
	for i, u := range a {
		mid := (pos + float64(u.size+1)/2) / ta
		pos += float64(u.size + 1)
		acc := 0.0
		out[i] = len(b) - 1
		for j, v := range b {
			acc += float64(v.size+1) / tb
			if mid <= acc {
				out[i] = j
				break
			}
		}
	}
	return out
}
