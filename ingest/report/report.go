// Package report reads text extracted from PDF reports (format "report").
//
// PDF extraction leaves the page layout in the text: a cover and a table
// of contents (tab + page number lines, <hr/> rules), running page headers
// ("03 章名", repeated on every page, often in the middle of a sentence),
// chapter title pages printed twice, footnote bodies and image captions
// wherever the page ended, superscript footnote markers glued to words,
// and sentences cut at page breaks. The reader removes the layout and
// keeps the prose: the cover goes into a "front" section, chapters become
// "chapter" sections, footnotes and captions move to a final "notes"
// section, and sentences cut by a page break are joined again.
package report

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

func init() { ingest.Register(Reader{}) }

// Reader is the PDF-extracted report reader.
type Reader struct{}

func (Reader) Name() string { return "report" }

var (
	tocEntry      = regexp.MustCompile(`\t\s*\d{1,4}\s*$|\.{4,}\s*\d{1,4}\s*$|…{2,}\s*\d{1,4}\s*$`)
	hrLine        = regexp.MustCompile(`^\s*<hr\s*/?>\s*$`)
	tocTitle      = regexp.MustCompile(`^\s*(目\s*录|目\s*次|Contents|CONTENTS|Table of Contents)\s*$`)
	pagePrefix    = regexp.MustCompile(`^(\d{1,3})\s+(\S.*)$`)
	chapterMarker = regexp.MustCompile(`^(第[一二三四五六七八九十百〇零\d]{1,4}[章部篇编]|引言|前言|序言|导言|导论|绪论|结语|结论|后记|附录|尾声|Chapter\s+\w+|CHAPTER\s+\w+|Introduction|Conclusion)(?:[\s：:]+(.*))?$`)
	subHeading    = regexp.MustCompile(`^([（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(\.\d{1,2})*[.．、]?\s)`)
	captionSource = regexp.MustCompile(`^[(（]\s*(图片来源|图源|来源|资料来源|摄影|摄|截图|\d{4}\s*[,，]\s*影片截图|影片截图)|[(（]\s*(图片来源|图源)\s*[:：]|图片来源于|^(图|表|Figure|Fig\.|Table)\s*\d+\s*[:：.\s]`)
	footnoteSuper = regexp.MustCompile(`^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$`)
	footnotePlain = regexp.MustCompile(`^(\d{1,3})\s+(\S.*)$`)
	citationHint  = regexp.MustCompile(`《[^》]+》|\[(M|J|OL|N|D|R|EB/OL|C)\]|https?://|[(（]\d{4}[)）]|来源[:：]|出版社|University|Press|pp?\.\s*\d|\d{4}[-/]\d{1,2}[-/]\d{1,2}`)
	urlish        = regexp.MustCompile(`https?://|\[(OL|EB/OL)\]|doi:`)
	jumpLine      = regexp.MustCompile(`^[（(](上接|下转|接|转)第?\s*\d+\s*[版页][)）]$`)
)

// Detect looks for a table of contents with page numbers, chapter
// markers, superscript footnote markers and repeated page headers.
func (Reader) Detect(src ingest.Source) int {
	head := src.Data
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	lines := textclean.Lines(string(head))
	toc, chapters, supers, long := 0, 0, 0, 0
	prefixed := map[string]int{}
	for _, l := range lines {
		t := textclean.Trim(l)
		if tocEntry.MatchString(l) || hrLine.MatchString(l) || tocTitle.MatchString(t) {
			toc++
		}
		if chapterMarker.MatchString(t) && utf8.RuneCountInString(t) < 40 {
			chapters++
		}
		if strings.ContainsAny(t, "⁰¹²³⁴⁵⁶⁷⁸⁹") {
			supers++
		}
		if utf8.RuneCountInString(t) > 150 {
			long++
		}
		if m := pagePrefix.FindStringSubmatch(t); m != nil && utf8.RuneCountInString(t) <= 60 && !textclean.EndsSentence(t) {
			prefixed[headerKey(m[2])]++
		}
	}
	repeated := 0
	for _, n := range prefixed {
		if n >= 2 {
			repeated += n
		}
	}
	score := 0
	if toc >= 3 {
		score += 45
	}
	if chapters >= 2 {
		score += 20
	}
	if supers >= 2 {
		score += 10
	}
	if repeated >= 3 {
		score += 20
	}
	if long >= 5 {
		score += 5
	}
	if score > 85 {
		score = 85
	}
	if score < 30 {
		return 0
	}
	return score
}

// headerKey normalises a candidate running header for counting: spaces
// removed (PDF extraction spaces them differently on different pages).
func headerKey(s string) string {
	return strings.Map(func(r rune) rune {
		if textclean.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// line is one input line with what the reader decided about it.
type line struct {
	text  string
	blank bool
	role  string // "", front, toc, header, footnote, caption, chapter, title, jump
	num   int    // footnote number
}

func (Reader) Read(src ingest.Source) (*ingest.Document, error) {
	raw := textclean.Lines(string(src.Data))
	ls := make([]line, len(raw))
	for i, r := range raw {
		ls[i] = line{text: textclean.Trim(r), blank: textclean.IsBlank(r) || hrLine.MatchString(r)}
	}
	frontEnd := markFront(ls)
	markHeaders(ls, frontEnd)
	markChapters(ls, frontEnd)
	markCaptions(ls, frontEnd)
	markFootnotes(ls, frontEnd)

	b := ingest.NewBuilder()
	meta := b.Meta()

	// Front matter: the cover lines, kept apart from the flow.
	var cover []string
	for i := 0; i < frontEnd; i++ {
		if !ls[i].blank && ls[i].role == "front" {
			cover = append(cover, ls[i].text)
		}
	}
	if len(cover) > 0 {
		b.StartSection("front", "")
		for _, c := range cover {
			b.AddParagraph("heading", textclean.Lang(c), despace(c))
		}
		meta.Title = pickTitle(cover)
	}

	typical := typicalLength(ls[frontEnd:])
	var notes []note
	open := false // the last paragraph is text that a page break may have cut
	var cur strings.Builder
	curKind := ""
	flushPara := func() {
		if cur.Len() > 0 {
			b.AddParagraph(curKind, "", cur.String())
		}
		cur.Reset()
		open = false
	}
	for i := frontEnd; i < len(ls); i++ {
		l := ls[i]
		if l.blank {
			continue
		}
		switch l.role {
		case "header", "jump", "title", "toc", "front":
			continue
		case "footnote", "caption":
			text, _ := textclean.StripSuperscripts(l.text)
			if l.role == "footnote" && l.num > 0 {
				text = strconv.Itoa(l.num) + " " + text
			}
			notes = append(notes, note{kind: l.role, text: despace(text)})
			continue
		case "footnote-more":
			if len(notes) > 0 {
				notes[len(notes)-1].text = textclean.Join(notes[len(notes)-1].text, l.text)
			}
			continue
		case "chapter":
			flushPara()
			b.StartSection("chapter", chapterTitle(ls, i))
			continue
		}
		text, _ := textclean.StripSuperscripts(l.text)
		text = despace(text)
		heading := isHeading(text)
		if open && !heading && !chapterMarker.MatchString(text) {
			// the previous paragraph was cut by a page break (or by a
			// header, footnote or caption standing in the middle)
			s := cur.String()
			cur.Reset()
			cur.WriteString(textclean.Join(s, text))
			open = !textclean.EndsSentence(text)
			continue
		}
		flushPara()
		if heading {
			b.AddParagraph("heading", "", text)
			continue
		}
		curKind = "text"
		cur.WriteString(text)
		open = !textclean.EndsSentence(text) && utf8.RuneCountInString(text) >= minOpen(typical)
	}
	flushPara()
	if len(notes) > 0 {
		b.StartSection("notes", "")
		for _, n := range notes {
			b.AddParagraph(n.kind, "", n.text)
		}
	}
	doc := b.Document()
	doc.Lang = textclean.Lang(doc.Text)
	return doc, nil
}

type note struct{ kind, text string }

// minOpen is how long a line must be before its missing full stop is read
// as a cut (a page or line break), rather than as a heading or a label.
func minOpen(typical int) int {
	m := typical * 7 / 10
	if m > 50 {
		m = 50
	}
	if m < 12 {
		m = 12
	}
	return m
}

// typicalLength is the 80th percentile of line lengths in runes.
func typicalLength(ls []line) int {
	var ns []int
	for _, l := range ls {
		if !l.blank {
			ns = append(ns, utf8.RuneCountInString(l.text))
		}
	}
	if len(ns) == 0 {
		return 0
	}
	sort.Ints(ns)
	return ns[len(ns)*8/10]
}

// isHeading reports a numbered subheading ("（一）…", "1. …", "二、…") or
// any short line without terminal punctuation.
func isHeading(s string) bool {
	n := utf8.RuneCountInString(s)
	if n > 60 || textclean.EndsSentence(s) {
		return false
	}
	if subHeading.MatchString(s) {
		return true
	}
	return n <= 30 && !strings.ContainsAny(s, "，,。；;")
}

// despace removes the spaces PDF extraction puts between two Chinese
// characters ("电影产业 的创新引擎"); spaces next to Latin text stay.
func despace(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	var out []rune
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && textclean.IsWide(rs[i-1]) && textclean.IsWide(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// markFront finds the cover and table of contents at the top and returns
// the index of the first body line. Without a table of contents there is
// no front section.
func markFront(ls []line) int {
	limit := len(ls) / 2
	lastTOC := -1
	for i := 0; i < limit; i++ {
		if ls[i].blank && !hrLine.MatchString(ls[i].text) {
			continue
		}
		if tocEntry.MatchString(ls[i].text+"") || hrLine.MatchString(ls[i].text) || tocTitle.MatchString(ls[i].text) {
			lastTOC = i
		}
	}
	// tab-separated entries lose their tab when trimmed; look at raw tabs
	if lastTOC < 0 {
		return 0
	}
	// wrapped TOC entries without a page number right after the last one
	end := lastTOC + 1
	tocStart := lastTOC
	for i := lastTOC; i >= 0; i-- {
		if tocTitle.MatchString(ls[i].text) {
			tocStart = i
			break
		}
		if tocEntry.MatchString(ls[i].text) {
			tocStart = i
		}
	}
	for i := 0; i < end; i++ {
		if ls[i].blank {
			continue
		}
		if i < tocStart {
			ls[i].role = "front"
		} else {
			ls[i].role = "toc"
		}
	}
	return end
}

// markHeaders marks running page headers: short lines that repeat with a
// page or chapter number in front ("03 章名"), or without one at least
// three times. Captions, chapter markers and numbered headings are not
// headers even when they repeat.
func markHeaders(ls []line, from int) {
	withNum := map[string]int{}
	plain := map[string]int{}
	for i := from; i < len(ls); i++ {
		t := ls[i].text
		if ls[i].blank || utf8.RuneCountInString(t) > 60 || textclean.EndsSentence(t) {
			continue
		}
		if m := pagePrefix.FindStringSubmatch(t); m != nil {
			withNum[headerKey(m[2])]++
		}
		plain[headerKey(t)]++
	}
	for i := from; i < len(ls); i++ {
		t := ls[i].text
		if ls[i].blank || utf8.RuneCountInString(t) > 60 || textclean.EndsSentence(t) {
			continue
		}
		if jumpLine.MatchString(t) {
			ls[i].role = "jump"
			continue
		}
		if captionSource.MatchString(t) || chapterMarker.MatchString(t) || subHeading.MatchString(t) && pagePrefix.FindStringSubmatch(t) == nil {
			continue
		}
		if m := pagePrefix.FindStringSubmatch(t); m != nil && withNum[headerKey(m[2])] >= 2 {
			ls[i].role = "header"
			continue
		}
		if plain[headerKey(t)] >= 3 {
			ls[i].role = "header"
		}
	}
}

// markChapters marks chapter markers and the title lines after them; a
// chapter title page printed twice (marker, title, marker again, variant
// title) collapses into one chapter.
func markChapters(ls []line, from int) {
	for i := from; i < len(ls); i++ {
		if ls[i].blank || ls[i].role != "" {
			continue
		}
		m := chapterMarker.FindStringSubmatch(ls[i].text)
		if m == nil || utf8.RuneCountInString(ls[i].text) > 40 {
			continue
		}
		ls[i].role = "chapter"
		marker := headerKey(m[1])
		// title zone: short lines without terminal punctuation
		for j := i + 1; j < len(ls); j++ {
			if ls[j].blank {
				continue
			}
			t := ls[j].text
			if ls[j].role == "header" {
				continue
			}
			if utf8.RuneCountInString(t) > 40 || textclean.EndsSentence(t) || subHeading.MatchString(t) || captionSource.MatchString(t) {
				break
			}
			if mm := chapterMarker.FindStringSubmatch(t); mm != nil && headerKey(mm[1]) != marker {
				break // the next chapter, with no body in between
			}
			ls[j].role = "title"
		}
	}
}

// chapterTitle builds a chapter's title from its marker line and the
// title lines up to the repeated marker.
func chapterTitle(ls []line, i int) string {
	m := chapterMarker.FindStringSubmatch(ls[i].text)
	marker := headerKey(m[1])
	title := textclean.Trim(m[2])
	for j := i + 1; j < len(ls) && title == ""; j++ {
		if ls[j].blank || ls[j].role == "header" {
			continue
		}
		if ls[j].role != "title" {
			break
		}
		var parts []string
		for k := j; k < len(ls); k++ {
			if ls[k].blank || ls[k].role == "header" {
				continue
			}
			if ls[k].role != "title" {
				break
			}
			if mm := chapterMarker.FindStringSubmatch(ls[k].text); mm != nil && headerKey(mm[1]) == marker {
				if len(parts) == 0 && mm[2] != "" {
					parts = append(parts, mm[2])
				}
				break
			}
			parts = append(parts, ls[k].text)
		}
		title = strings.Join(parts, "")
	}
	title = despace(title)
	if title == "" {
		return m[1]
	}
	return m[1] + " " + title
}

// markCaptions marks image and table captions: a source line
// ("(图片来源于互联网)", "（图源：…）", "(2025, 影片截图)", "图 3 …") and
// the short title line directly above it.
func markCaptions(ls []line, from int) {
	for i := from; i < len(ls); i++ {
		if ls[i].blank || ls[i].role != "" && ls[i].role != "header" {
			continue
		}
		t := ls[i].text
		if utf8.RuneCountInString(t) > 100 || !captionSource.MatchString(t) {
			continue
		}
		ls[i].role = "caption"
		if i > 0 && !ls[i-1].blank && ls[i-1].role == "" {
			p := ls[i-1].text
			if utf8.RuneCountInString(p) <= 60 && !textclean.EndsSentence(p) {
				ls[i-1].role = "caption"
				ls[i-1].text = textclean.Join(p, t)
				ls[i].role = "title" // folded into the line above
			}
		}
	}
}

// markFootnotes marks footnote bodies: lines starting with a superscript
// number, or with a plain number that matches a superscript marker seen
// earlier in the text, or that continues the footnote numbering and reads
// like a citation. A following short line with a URL continues the note.
func markFootnotes(ls []line, from int) {
	markers := map[int]bool{}
	last := 0
	for i := from; i < len(ls); i++ {
		l := &ls[i]
		if l.blank {
			continue
		}
		if l.role == "" || l.role == "caption" {
			if m := footnoteSuper.FindStringSubmatch(l.text); m != nil && l.role == "" {
				l.role, l.num = "footnote", textclean.SuperValue(m[1])
				last = l.num
				markMore(ls, i)
				continue
			}
			if m := footnotePlain.FindStringSubmatch(l.text); m != nil && l.role == "" {
				n, _ := strconv.Atoi(m[1])
				if n > last && (markers[n] || n == last+1 && citationHint.MatchString(m[2])) {
					l.role, l.num = "footnote", n
					l.text = m[2]
					last = n
					markMore(ls, i)
					continue
				}
			}
			_, nums := textclean.StripSuperscripts(l.text)
			for _, n := range nums {
				markers[n] = true
			}
		}
	}
	for i := range ls {
		if ls[i].role == "footnote" {
			if m := footnoteSuper.FindStringSubmatch(ls[i].text); m != nil {
				ls[i].text = m[2]
			}
		}
	}
}

// markMore marks the line after footnote i as its continuation when it
// is a short citation tail (a URL, an [OL] reference).
func markMore(ls []line, i int) {
	for j := i + 1; j < len(ls) && j <= i+3; j++ {
		if ls[j].blank {
			continue
		}
		t := ls[j].text
		if ls[j].role == "" && utf8.RuneCountInString(t) < 300 && urlish.MatchString(t) && textclean.HanShare(t) < 0.5 {
			ls[j].role = "footnote-more"
		}
		return
	}
}

// pickTitle takes the longest mostly-Chinese cover line (or the longest
// line when the cover has no Chinese) as the report's title.
func pickTitle(cover []string) string {
	best, bestN := "", 0
	zh := false
	for _, c := range cover {
		if textclean.Lang(c) == "zh" {
			zh = true
		}
	}
	for _, c := range cover {
		if zh && textclean.Lang(c) != "zh" {
			continue
		}
		c = despace(c)
		if n := utf8.RuneCountInString(c); n > bestN {
			best, bestN = c, n
		}
	}
	return best
}
