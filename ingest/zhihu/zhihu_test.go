package zhihu

import (
	"os"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
)

func readFixture(t *testing.T, name, format string) *ingest.Document {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Parse(ingest.Source{Name: name, Data: data}, format)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func paraTexts(doc *ingest.Document, s ingest.Section) []string {
	var out []string
	for _, p := range s.Paragraphs {
		out = append(out, doc.Text[p.Start:p.End])
	}
	return out
}

func TestZhihuThread(t *testing.T) {
	doc := readFixture(t, "thread.md", "")
	if doc.Format != "zhihu" {
		t.Fatalf("detected %q, want zhihu", doc.Format)
	}
	if doc.Title != "为什么老电影更耐看？" || doc.Date != "2023-04-09" || strings.Join(doc.Tags, "|") != "电影|怀旧" {
		t.Errorf("front matter: title %q date %q tags %v", doc.Title, doc.Date, doc.Tags)
	}
	type want struct{ author, kind string }
	wants := []want{{"老 王", "zhihu-user"}, {"匿名用户", "anonymous"}, {"匿名用户", "anonymous"}, {"知乎用户Ab3dE9", "anonymous"}, {"特拉法尔加·罗", "zhihu-user"}}
	if len(doc.Sections) != len(wants) {
		t.Fatalf("got %d sections, want %d (### 《…》 must not start an answer; an image-only answer is kept)", len(doc.Sections), len(wants))
	}
	for i, w := range wants {
		s := doc.Sections[i]
		if s.Kind != "answer" || s.Author != w.author || s.AuthorKind != w.kind {
			t.Errorf("section %d: kind %q author %q/%q, want answer %q/%q", i, s.Kind, s.Author, s.AuthorKind, w.author, w.kind)
		}
	}

	first := doc.Sections[0]
	ps := paraTexts(doc, first)
	joined := strings.Join(ps, "\n")
	for _, bad := range []string{"](", "![", "**", "\\", "svg", "images.example"} {
		if strings.Contains(joined, bad) {
			t.Errorf("markup %q left in answer text:\n%s", bad, joined)
		}
	}
	for _, good := range []string{"1. 节奏慢，比如《长夜》和《远山》《晚风》都是这样。", "演员表演 *克制*，不靠 特效。", "音乐 好听", "相信很多人看过《长夜 2》吧？但我没有。"} {
		if !strings.Contains(joined, good) {
			t.Errorf("answer text lacks %q:\n%s", good, joined)
		}
	}
	kinds := map[string]string{}
	for i, p := range first.Paragraphs {
		kinds[ps[i]] = p.Kind
	}
	if kinds["演员表演 *克制*，不靠 特效。"] != "item" {
		t.Errorf("bullet kind = %q, want item", kinds["演员表演 *克制*，不靠 特效。"])
	}
	if len(first.Links) != 1 {
		t.Fatalf("links = %+v, want the one search link", first.Links)
	}
	l := first.Links[0]
	if doc.Text[l.Start:l.End] != "长夜" || l.Query != "长夜2" || !l.InTitleMarks {
		t.Errorf("link = %q query %q inTitle %v", doc.Text[l.Start:l.End], l.Query, l.InTitleMarks)
	}
	if strings.Join(first.AnswerIDs, ",") != "1234567" {
		t.Errorf("answer ids = %v, want [1234567] from hybrid_search_extra", first.AnswerIDs)
	}

	second := doc.Sections[1]
	var heads []string
	for i, p := range second.Paragraphs {
		if p.Kind == "heading" {
			heads = append(heads, paraTexts(doc, second)[i])
		}
	}
	if strings.Join(heads, "|") != "《老片子永远是最好的》|结论" {
		t.Errorf("headings inside answer = %v", heads)
	}
	if !strings.Contains(doc.Text, "=_=") {
		t.Errorf("escaped underscore lost")
	}
	if n := len(doc.Sections[3].Paragraphs); n != 0 {
		t.Errorf("image-only answer has %d paragraphs", n)
	}
	// a /answer/ URL only names this answer when its anchor says so
	if got := strings.Join(doc.Sections[4].AnswerIDs, ","); got != "7654321" {
		t.Errorf("answer ids of the last answer = %q, want 7654321 (the cited answer 999 is someone else's)", got)
	}
}

func TestInlineCleaning(t *testing.T) {
	cases := map[string]string{
		`a\_b \*c\* \[1\] 1\.`:                   `a_b *c* [1] 1.`,
		`**粗体**和__也粗__和*斜*`:                      `粗体和也粗和斜`,
		`5 * 3 = 15`:                             `5 * 3 = 15`,
		`snake_case_name`:                        `snake_case_name`,
		`见[\[1\]]()和[^]()和[undefined](http://x)`: `见和和`,
		`图![alt](http://x/a.png)后`:               `图后`,
		`[a (b)](http://x/(y))c`:                 `a (b)c`,
	}
	for in, want := range cases {
		if got := cleanInline(in).Text; got != want {
			t.Errorf("cleanInline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestContinuesIsConservative(t *testing.T) {
	p := func(s string) para { return para{kind: "text", cleaned: cleaned{Text: s}} }
	if continues(p("走出国门"), p("电影的第一要务是要好看")) {
		t.Error("a line without a full stop followed by a new thought must stay apart")
	}
	if !continues(p("但是我没"), p("有。")) {
		t.Error("a short tail ending the sentence must be joined")
	}
	if !continues(p("他说，"), p("这不行。")) {
		t.Error("a line ending on a comma continues")
	}
	if continues(p("好的。"), p("，然后")) {
		t.Error("a finished sentence is never continued")
	}
}

func TestMarkdownSections(t *testing.T) {
	doc := readFixture(t, "notes.md", "")
	if doc.Format != "markdown" {
		t.Fatalf("detected %q, want markdown", doc.Format)
	}
	if doc.Title != "观影笔记" {
		t.Errorf("title = %q", doc.Title)
	}
	var titles []string
	for _, s := range doc.Sections {
		titles = append(titles, s.Kind+":"+s.Title)
	}
	if got := strings.Join(titles, "|"); got != "chapter:观影笔记|chapter:第二部分" {
		t.Errorf("sections = %s", got)
	}
	if !strings.Contains(doc.Text, "在影展上看了《远山》。") {
		t.Errorf("text = %q", doc.Text)
	}
}

// A thread written by hand or by another exporter (## 回答 1 / 作者：…,
// ## 李四的回答, ## Answer by Jane) is read as answers with their authors,
// the question before them as the body; a file with a single such heading
// stays a plain markdown document.
func TestHandWrittenThread(t *testing.T) {
	src := "# 为什么国产片走不出去？\n\n题主补充一句。\n\n## 回答 1\n作者：影迷小王\n\n说白了就是不好看。\n\n## 李四的回答\n\n这不能拍那不能拍。\n\n## Answer by Jane Doe\n\nDistribution is weak.\n"
	doc, err := ingest.Parse(ingest.Source{Name: "thread.md", Data: []byte(src)}, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sections {
		got = append(got, s.Kind+":"+s.Author)
	}
	if strings.Join(got, "|") != "body:|answer:影迷小王|answer:李四|answer:Jane Doe" {
		t.Errorf("sections = %v", got)
	}
	if doc.Title != "为什么国产片走不出去？" {
		t.Errorf("title = %q", doc.Title)
	}
	if strings.Contains(doc.Text, "作者：") {
		t.Errorf("the author line stayed in the text: %q", doc.Text)
	}
	one, err := ingest.Parse(ingest.Source{Name: "one.md", Data: []byte("# 笔记\n\n## 回答 1\n\n正文。\n")}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range one.Sections {
		if s.Kind == "answer" {
			t.Errorf("a single answer-like heading made a thread: %+v", one.Sections)
		}
	}
}

// Points numbered the Chinese way (1、 （2） ③) on consecutive lines are list
// items, as "1." ones are: each is its own unit, not one paragraph.
func TestChineseNumberedLinesAreItems(t *testing.T) {
	src := "# 笔记\n\n原因有三：\n1、审查太严；\n（2）发行太弱；\n③题材太窄。\n\n2024年的票房不错。\n"
	doc, err := ingest.Parse(ingest.Source{Name: "n.md", Data: []byte(src)}, "markdown")
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, p := range doc.Sections[0].Paragraphs {
		if p.Kind == "item" {
			items = append(items, doc.Text[p.Start:p.End])
		}
	}
	if got := strings.Join(items, "|"); got != "1、审查太严；|（2）发行太弱；|③题材太窄。" {
		t.Errorf("items = %q", got)
	}
}
