// Package zhihu reads markdown: Zhihu question threads exported with YAML
// front matter and one "### 知乎用户 NAME 发表" header per answer (format
// "zhihu"), and any other markdown file (format "markdown"), which gets
// one section per top-level heading — or, when two or more headings open
// answers (## 回答 2, ## 张三的回答, ## Answer by Jane), one "answer"
// section per answer, as a thread exported by another tool is.
//
// Both share the markdown cleaning: links reduced to their anchor text and
// recorded as ingest.Links (with the decoded Zhihu search term and, where
// a link carries it, the id of the answer it sits in), images and SVG
// placeholders dropped, escapes and emphasis removed, filler lines of
// spaces or NBSP dropped, bullets turned into "item" paragraphs, and
// sentences an exporter broke across paragraphs re-joined.
package zhihu

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

func init() {
	ingest.Register(zhihuReader{})
	ingest.Register(markdownReader{})
}

// answerHeader is the exporter's answer delimiter. Only this header starts
// an answer; other ### lines are headings inside one.
var answerHeader = regexp.MustCompile(`^###[ \t\x{a0}]+知乎用户[ \t\x{a0}]+(.*?)[ \t\x{a0}]*发表\s*$`)

// hashedUser is the name Zhihu gives deleted or anonymised accounts,
// "知乎用户 X7KeG3".
var hashedUser = regexp.MustCompile(`^知乎用户\s*[A-Za-z0-9]{4,16}$`)

type zhihuReader struct{}

func (zhihuReader) Name() string { return "zhihu" }

// Detect looks for answer headers in the first KB of the file; front
// matter on top makes it certain.
func (zhihuReader) Detect(src ingest.Source) int {
	head := headLines(src.Data, 16<<10)
	n := 0
	for _, l := range head {
		if answerHeader.MatchString(l) {
			n++
		}
	}
	switch {
	case n == 0:
		return 0
	case hasFrontMatter(head):
		return 98
	default:
		return 90
	}
}

func (zhihuReader) Read(src ingest.Source) (*ingest.Document, error) {
	lines := textclean.Lines(string(src.Data))
	fm, body := splitFrontMatter(lines)
	b := ingest.NewBuilder()
	applyFrontMatter(b.Meta(), fm)

	// Split into the text before the first answer (a question description,
	// when the export has one) and the answers.
	type answer struct {
		author string
		lines  []string
	}
	var pre []string
	var answers []answer
	for _, l := range body {
		if m := answerHeader.FindStringSubmatch(l); m != nil {
			answers = append(answers, answer{author: m[1]})
			continue
		}
		if len(answers) == 0 {
			pre = append(pre, l)
		} else {
			a := &answers[len(answers)-1]
			a.lines = append(a.lines, l)
		}
	}
	if ps := cleanBlocks(parseBlocks(pre)); len(ps) > 0 {
		b.StartSection("body", "")
		addParas(b, ps)
	}
	for _, a := range answers {
		s := b.StartSection("answer", "")
		s.Author, s.AuthorKind = authorName(a.author)
		ids := addParas(b, cleanBlocks(parseBlocks(a.lines)))
		s = b.Section()
		s.AnswerIDs = addUnique(s.AnswerIDs, ids...)
	}
	doc := b.Document()
	doc.Lang = docLang(doc.Text)
	return doc, nil
}

// authorName normalises the typed author of an answer: runs of spaces
// collapsed, the spaces the exporter inserted between CJK and Latin
// characters and around middle dots removed. Anonymous and hashed
// accounts are marked so they are never merged into one person.
func authorName(raw string) (name, kind string) {
	name = textclean.UndoPangu(textclean.CollapseSpaces(raw))
	switch {
	case name == "匿名用户" || name == "":
		return "匿名用户", "anonymous"
	case hashedUser.MatchString(name):
		return name, "anonymous"
	}
	return name, "zhihu-user"
}

type markdownReader struct{}

func (markdownReader) Name() string { return "markdown" }

var (
	mdHeadingLine = regexp.MustCompile(`(?m)^ {0,3}#{1,6}\s+\S`)
	mdLink        = regexp.MustCompile(`\]\([^)\s]+\)`)
	mdBullet      = regexp.MustCompile(`(?m)^\s*[*+-]\s+\S`)
)

// Detect: a .md extension, front matter, or enough headings, links and
// bullets that the text is clearly markdown.
func (markdownReader) Detect(src ingest.Source) int {
	ext := strings.ToLower(filepath.Ext(src.Name))
	if ext == ".md" || ext == ".markdown" {
		return 70
	}
	head := src.Data
	if len(head) > 16<<10 {
		head = head[:16<<10]
	}
	if hasFrontMatter(headLines(head, len(head))) {
		return 60
	}
	score := 10*len(mdHeadingLine.FindAll(head, 6)) + 5*len(mdLink.FindAll(head, 6)) + 3*len(mdBullet.FindAll(head, 6))
	if score >= 30 {
		return 45
	}
	return 0
}

// Read reads a thread (two or more answer headings) as answers, anything
// else as sections under its top-level headings (readSections). Text
// before the first section or answer is a "body" section.
func (markdownReader) Read(src ingest.Source) (*ingest.Document, error) {
	lines := textclean.Lines(string(src.Data))
	fm, body := splitFrontMatter(lines)
	b := ingest.NewBuilder()
	applyFrontMatter(b.Meta(), fm)
	ps := cleanBlocks(parseBlocks(body))
	if threadAnswers(ps) >= 2 {
		readThread(b, ps)
	} else {
		readSections(b, ps)
	}
	doc := b.Document()
	doc.Lang = docLang(doc.Text)
	return doc, nil
}

// readSections makes one section per top-level heading (the smallest
// heading level used); deeper headings stay inside as "heading"
// paragraphs, and the first top-level heading is the title when front
// matter gives none.
func readSections(b *ingest.Builder, ps []para) {
	top := 0
	for _, p := range ps {
		if p.kind == "heading" && (top == 0 || p.level < top) {
			top = p.level
		}
	}
	for _, p := range ps {
		if p.kind == "heading" && p.level == top {
			title := textclean.Trim(p.Text)
			if b.Meta().Title == "" {
				b.Meta().Title = title
			}
			b.StartSection("chapter", title)
			addParas(b, []para{p})
			continue
		}
		addParas(b, []para{p})
	}
}

// answerHeading is a heading that opens one answer of a question thread
// written by hand or exported by another tool (## 回答 2, ## 第3个回答,
// ## 张三的回答, ## 答主：张三, ## Answer 4, ## Answer by Jane): such a
// file is a thread, and its answers are argued like Zhihu's.
var answerHeading = regexp.MustCompile(`^(?:回答\s*[0-9０-９一二三四五六七八九十]*|第\s*[0-9０-９一二三四五六七八九十]+\s*个?回答|(.{1,24}?)\s*的回答|答主\s*[:：]\s*(.{1,24})|(?i:answer)(?:\s*#?\s*[0-9]+)?(?:\s+(?i:by)\s+(.{1,40}))?)\s*[:：]?\s*$`)

// authorLine names an answer's author on its first line (作者：张三,
// 答主：张三, By Jane Doe).
var authorLine = regexp.MustCompile(`^(?:作者|答主|回答者|(?i:by|author))\s*[:：]?\s*(\S.{0,39}?)\s*$`)

// threadAnswers counts the headings of ps that open an answer.
func threadAnswers(ps []para) int {
	n := 0
	for _, p := range ps {
		if p.kind == "heading" && answerHeading.MatchString(textclean.Trim(p.Text)) {
			n++
		}
	}
	return n
}

// readThread makes one "answer" section per answer heading, with its
// author from the heading or from an author line right under it; what
// comes before the first answer (the question) is a "body" section whose
// first heading is the title.
func readThread(b *ingest.Builder, ps []para) {
	inAnswer := false
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		t := textclean.Trim(p.Text)
		if p.kind == "heading" {
			if m := answerHeading.FindStringSubmatch(t); m != nil {
				s := b.StartSection("answer", "")
				name := strings.TrimSpace(m[1] + m[2] + m[3])
				if i+1 < len(ps) && ps[i+1].kind != "heading" {
					if a := authorLine.FindStringSubmatch(textclean.Trim(ps[i+1].Text)); a != nil {
						name = a[1]
						i++ // the author line is metadata, not part of the answer
					}
				}
				if name != "" {
					s.Author, s.AuthorKind = authorName(name)
				}
				inAnswer = true
				continue
			}
			if !inAnswer && b.Meta().Title == "" {
				b.Meta().Title = t
			}
		}
		addParas(b, []para{p}) // before the first answer: the builder's "body" section
	}
}

// docLang names the dominant language of a document's text.
func docLang(text string) string {
	if textclean.HanShare(text) >= 0.5 {
		return "zh"
	}
	if textclean.HanShare(text) == 0 && strings.TrimSpace(text) == "" {
		return ""
	}
	return "en"
}

// headLines returns the lines of the first max bytes of data.
func headLines(data []byte, max int) []string {
	if len(data) > max {
		data = data[:max]
		// do not cut a line in half: drop the partial last line
		if i := bytes.LastIndexByte(data, '\n'); i > 0 {
			data = data[:i]
		}
	}
	return textclean.Lines(string(data))
}

// hasFrontMatter reports YAML front matter: "---" on the first non-blank
// line, closed by another "---" with key: value lines between.
func hasFrontMatter(lines []string) bool {
	fm, _ := splitFrontMatter(lines)
	return fm != nil
}

// splitFrontMatter separates YAML front matter from the body. It returns a
// nil map when there is none.
func splitFrontMatter(lines []string) (map[string]string, []string) {
	i := 0
	for i < len(lines) && textclean.IsBlank(lines[i]) {
		i++
	}
	if i >= len(lines) || strings.TrimSpace(lines[i]) != "---" {
		return nil, lines
	}
	fm := map[string]string{}
	lastKey := ""
	for j := i + 1; j < len(lines) && j < i+200; j++ {
		l := strings.TrimRight(lines[j], " \t")
		if l == "---" || l == "..." {
			return fm, lines[j+1:]
		}
		if strings.HasPrefix(strings.TrimSpace(l), "- ") && lastKey != "" {
			// block list under the previous key: tags:\n  - a\n  - b
			item := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "- "))
			if fm[lastKey] == "" {
				fm[lastKey] = "[" + item + "]"
			} else {
				fm[lastKey] = strings.TrimSuffix(fm[lastKey], "]") + "," + item + "]"
			}
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok || strings.ContainsAny(k, " \t") && !strings.HasPrefix(k, " ") {
			if strings.TrimSpace(l) == "" {
				continue
			}
			return nil, lines // not YAML: a rule line opening the body
		}
		lastKey = strings.ToLower(strings.TrimSpace(k))
		fm[lastKey] = strings.TrimSpace(v)
	}
	return nil, lines
}

// applyFrontMatter copies title, date and tags into the document.
func applyFrontMatter(d *ingest.Document, fm map[string]string) {
	if fm == nil {
		return
	}
	d.Title = unquote(fm["title"])
	for _, k := range []string{"date", "lastmod", "updated"} {
		if iso := textclean.NormalizeDate(fm[k]); iso != "" {
			d.Date = iso
			break
		}
	}
	tags := strings.TrimSpace(fm["tags"])
	if tags == "" {
		tags = strings.TrimSpace(fm["keywords"])
	}
	tags = strings.TrimSuffix(strings.TrimPrefix(tags, "["), "]")
	for _, t := range strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == '，' }) {
		if t = unquote(strings.TrimSpace(t)); t != "" {
			d.Tags = append(d.Tags, t)
		}
	}
}

func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
	}
	return s
}
