// Package column reads narrow-column newspaper text (format "column"):
// every printed column line became its own line, usually followed by a
// blank line, so words, titles and names are cut anywhere ("《雪" /
// "山飞狐之塞北宝藏》", "戛纳电影" / "节").
//
// The reader rebuilds paragraphs from the layout: a paragraph ends where a
// line ends a sentence and either that line is short (the paragraph's last
// line) or the next one is indented (a first line is shorter by the
// indent), or where the next line opens with a section marker (（一）, ◎,
// ■). Headlines (lines without punctuation set apart from the columns)
// start a new article section; a byline ("■文/NAME") becomes the
// section's author; jump lines ("（下转第7版）") are dropped.
package column

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

func init() { ingest.Register(Reader{}) }

// Reader is the narrow-column newspaper reader.
type Reader struct{}

func (Reader) Name() string { return "column" }

var (
	byline   = regexp.MustCompile(`^[■□●▲◆◇★]?\s*(?:文|图|文图|图文|撰文|作者|记者|本报记者|特约撰稿|通讯员)\s*[/／|｜:：]\s*(\S.{0,30})$`)
	jumpLine = regexp.MustCompile(`^[（(]\s*(?:上接|下转|接|转|续)(?:第|本版)?\s*[\d一二三四五六七八九十]*\s*[版页面]?\s*[)）]$`)
	marker   = regexp.MustCompile(`^([◎■□●▲◆◇★☆]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)`)
	inPunct  = "，。、；！？：,;!?"
)

// Detect recognises the layout: many lines, most of them of about the same
// short width, most of them cut in mid-sentence.
func (Reader) Detect(src ingest.Source) int {
	head := src.Data
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	var ws []int
	cut, items, prose := 0, 0, 0
	for _, l := range textclean.Lines(string(head)) {
		t := textclean.Trim(l)
		if t == "" {
			continue
		}
		ws = append(ws, textclean.Width(t))
		if !textclean.EndsSentence(t) {
			cut++
		}
		if listItem(t) {
			items++
		}
		if _, n := utf8.DecodeLastRuneInString(t); strings.ContainsAny(t[:len(t)-n], "，。、；,;") {
			prose++
		}
	}
	if items*10 >= len(ws)*4 || prose*10 < len(ws)*5 {
		// a list (award winners, a line-up, credits): its short lines are
		// whole items, not a column broken mid-sentence; a column of prose
		// has punctuation inside most of its lines
		return 0
	}
	if len(ws) < 20 {
		return 0
	}
	med := median(ws)
	if med < 12 || med > 70 {
		return 0
	}
	near := 0
	for _, w := range ws {
		if w*10 >= med*8 && w*10 <= med*12 {
			near++
		}
	}
	if near*10 < len(ws)*6 || cut*10 < len(ws)*5 {
		return 0
	}
	return 80
}

// listItem reports a line that reads as one item of a list: a label and
// a colon near its start (最佳导演：…, Golden Lion: …), a bullet or number
// opening it, or a title closing it (…《三峡好人》).
func listItem(t string) bool {
	r := []rune(t)
	if strings.ContainsAny(string(r[:min(len(r), 16)]), "：:") {
		return true
	}
	switch {
	case strings.ContainsRune("-*•·", r[0]), r[0] >= '0' && r[0] <= '9' && len(r) > 1 && strings.ContainsRune(".、)）", r[1]):
		return true
	}
	last := r[len(r)-1]
	return last == '》' || last == '）' || last == ')'
}

func median(ws []int) int {
	s := append([]int(nil), ws...)
	sort.Ints(s)
	return s[len(s)/2]
}

// item is one non-blank input line; tight means it followed the previous
// line with no blank line between.
type item struct {
	text  string
	width int
	tight bool
}

func (Reader) Read(src ingest.Source) (*ingest.Document, error) {
	var items []item
	blankBefore := true
	for _, l := range textclean.Lines(string(src.Data)) {
		t := textclean.Trim(l)
		if t == "" {
			blankBefore = true
			continue
		}
		items = append(items, item{text: t, width: textclean.Width(t), tight: !blankBefore})
		blankBefore = false
	}
	local := localWidths(items)

	b := ingest.NewBuilder()
	var cur strings.Builder
	ended := true // the text so far ends at a paragraph boundary
	flush := func() {
		if cur.Len() > 0 {
			b.AddParagraph("text", "", cur.String())
			cur.Reset()
		}
		ended = true
	}
	for i := 0; i < len(items); i++ {
		it := items[i]
		if jumpLine.MatchString(it.text) {
			continue
		}
		if m := byline.FindStringSubmatch(it.text); m != nil && ended {
			flush()
			s := b.Section()
			if s.Author != "" || len(s.Paragraphs) > 0 {
				s = b.StartSection("article", "")
			}
			s.Author, s.AuthorKind = textclean.Trim(m[1]), "byline"
			continue
		}
		if ended {
			if n := headline(items, i, local); n > 0 {
				flush()
				var parts []string
				for k := i; k < i+n; k++ {
					parts = append(parts, items[k].text)
				}
				title := strings.Join(parts, " ")
				s := b.Section()
				if len(s.Paragraphs) > 0 {
					b.StartSection("article", title)
				} else {
					s.Kind, s.Title = "article", title
				}
				for _, p := range parts {
					b.AddParagraph("heading", "", p)
				}
				i += n - 1
				continue
			}
			if marker.MatchString(it.text) && !textclean.EndsSentence(it.text) && strings.HasPrefix(it.text, "◎") {
				// a "◎ section title" line stands alone
				flush()
				b.AddParagraph("heading", "", it.text)
				continue
			}
		}
		if b.Section().Kind == "body" {
			b.Section().Kind = "article"
		}
		if cur.Len() == 0 {
			cur.WriteString(it.text)
		} else {
			s := cur.String()
			cur.Reset()
			cur.WriteString(textclean.Join(s, it.text))
		}
		ended = false
		if paragraphEnds(items, i, local) {
			flush()
		}
	}
	flush()
	doc := b.Document()
	doc.Lang = textclean.Lang(doc.Text)
	return doc, nil
}

// localWidths estimates, for every line, the column width around it: the
// median width of the nearby lines. A page can mix a narrow body column
// with a wide lead, so one global width would not do.
func localWidths(items []item) []int {
	out := make([]int, len(items))
	for i := range items {
		var ws []int
		for k := i - 6; k <= i+6; k++ {
			if k >= 0 && k < len(items) {
				ws = append(ws, items[k].width)
			}
		}
		out[i] = median(ws)
	}
	return out
}

// paragraphEnds decides whether the paragraph ends after line i.
func paragraphEnds(items []item, i int, local []int) bool {
	it := items[i]
	if i+1 >= len(items) {
		return true
	}
	next := items[i+1]
	if !textclean.EndsSentence(it.text) {
		return false
	}
	if marker.MatchString(next.text) || byline.MatchString(next.text) || jumpLine.MatchString(next.text) {
		return true
	}
	w := local[i]
	indent := 3 // a two-character indent is four columns; allow some play
	if it.width <= w-indent {
		return true // a short last line
	}
	if next.width <= local[i+1]-indent && i+2 < len(items) && !textclean.EndsSentence(next.text) {
		return true // the next line is indented: a first line
	}
	return false
}

// headline returns how many lines starting at i form a headline (0 when
// they do not): lines without any punctuation, either two or more held
// together without blank lines, or one line clearly wider than the column
// around it, in both cases followed by a blank line.
func headline(items []item, i int, local []int) int {
	n := 0
	for k := i; k < len(items); k++ {
		if k > i && !items[k].tight {
			break
		}
		t := items[k].text
		if strings.ContainsAny(t, inPunct) || utf8.RuneCountInString(t) > 40 || marker.MatchString(t) {
			return 0
		}
		n++
	}
	if n >= 2 {
		return n
	}
	if n == 1 && i+1 < len(items) && !items[i+1].tight {
		w := items[i].width
		if w*10 >= local[i]*13 && w >= 16 {
			return 1
		}
	}
	return 0
}
