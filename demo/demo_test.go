package demo

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	_ "github.com/filmgraph/filmgraph/ingest/all"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
)

// The samples the demo ships, with the format each must be detected as.
var want = []struct{ name, format string }{
	{"demo:news_item.txt", "news"},
	{"demo:report_passage.txt", "report"},
	{"demo:zhihu_thread.md", "zhihu"},
}

func TestSourcesNamesAndData(t *testing.T) {
	srcs := Sources()
	if len(srcs) != len(want) {
		t.Fatalf("Sources() returned %d samples, want %d", len(srcs), len(want))
	}
	for i, s := range srcs {
		if s.Name != want[i].name {
			t.Errorf("sample %d is named %q, want %q", i, s.Name, want[i].name)
		}
		if len(bytes.TrimSpace(s.Data)) == 0 {
			t.Errorf("%s is empty", s.Name)
		}
		if !utf8.Valid(s.Data) {
			t.Errorf("%s is not valid UTF-8", s.Name)
		}
		if err := ingest.Check(s); err != nil {
			t.Errorf("%s: ingest.Check: %v", s.Name, err)
		}
	}
	// Callers may modify what they get; the next call must be unaffected.
	srcs[0].Data[0] = 'X'
	if again := Sources(); again[0].Data[0] == 'X' {
		t.Errorf("Sources() hands out shared buffers")
	}
}

func parse(t *testing.T, name string) *ingest.Document {
	t.Helper()
	for _, s := range Sources() {
		if s.Name == name {
			doc, err := ingest.Parse(s, "")
			if err != nil {
				t.Fatalf("ingest.Parse(%s): %v", name, err)
			}
			return doc
		}
	}
	t.Fatalf("no sample named %s", name)
	return nil
}

func TestSamplesDetectedAsTheirFormat(t *testing.T) {
	for _, w := range want {
		doc := parse(t, w.name)
		if doc.Format != w.format {
			t.Errorf("%s detected as %q, want %q", w.name, doc.Format, w.format)
		}
		if doc.Lang != "zh" {
			t.Errorf("%s: language %q, want zh", w.name, doc.Lang)
		}
	}
}

func sectionsOf(doc *ingest.Document, kind string) []ingest.Section {
	var out []ingest.Section
	for _, s := range doc.Sections {
		if s.Kind == kind {
			out = append(out, s)
		}
	}
	return out
}

func TestZhihuThread(t *testing.T) {
	doc := parse(t, "demo:zhihu_thread.md")
	if doc.Title != "为什么中国电影很难在海外市场取得成功？" {
		t.Errorf("title %q", doc.Title)
	}
	if doc.Date != "2024-03-18" {
		t.Errorf("date %q, want 2024-03-18", doc.Date)
	}
	answers := sectionsOf(doc, "answer")
	// 14 "### 知乎用户 … 发表" headers; the two "###" subheadings inside the
	// first answer must not start answers of their own.
	if len(answers) != 14 {
		t.Fatalf("%d answers, want 14", len(answers))
	}
	first := answers[0]
	if first.Author != "胶片与咖啡" {
		t.Errorf("first answer by %q", first.Author)
	}
	headings := 0
	for _, p := range first.Paragraphs {
		if p.Kind == "heading" {
			headings++
		}
	}
	if headings != 2 {
		t.Errorf("first answer has %d heading paragraphs, want 2 (题材的天花板, 外宣其实是内宣)", headings)
	}
	var anonymous int
	for _, a := range answers {
		if a.AuthorKind == "anonymous" {
			anonymous++
		}
	}
	if anonymous != 2 { // 匿名用户 and the hashed 知乎用户 Q8rT2m
		t.Errorf("%d anonymous answers, want 2", anonymous)
	}
	// The short bare-noun answer survives as its own answer.
	if got := doc.Text[answers[2].Start:answers[2].End]; got != "发行问题。" {
		t.Errorf("third answer text %q, want 发行问题。", got)
	}
	// Markdown links are reduced to their anchor text, inside and outside
	// the title brackets, and the search term keeps the unspaced spelling.
	var sci ingest.Section
	for _, a := range answers {
		if a.Author == "硬科幻爱好者" {
			sci = a
		}
	}
	text := doc.Text[sci.Start:sci.End]
	if !strings.Contains(text, "《流浪地球》。郭帆导演的《流浪地球》") || strings.Contains(text, "](") {
		t.Errorf("links not reduced to text: %q", text)
	}
	if len(sci.Links) != 2 {
		t.Fatalf("%d links in the 硬科幻爱好者 answer, want 2", len(sci.Links))
	}
}

func TestNewsItem(t *testing.T) {
	doc := parse(t, "demo:news_item.txt")
	if doc.Date != "2025-10-14" {
		t.Errorf("date %q, want 2025-10-14 from the lead", doc.Date)
	}
	if !strings.HasPrefix(doc.Title, "中国电影周在里斯本开幕") {
		t.Errorf("headline %q", doc.Title)
	}
	if strings.Contains(doc.Text, "编辑") || strings.Contains(doc.Text, "光影观察网") {
		t.Errorf("editor credit or outlet lead left in the text")
	}
	var headings []string
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			if p.Kind == "heading" {
				headings = append(headings, doc.Text[p.Start:p.End])
			}
		}
	}
	// the headline is the first heading (kept in the text so its works
	// are found), then the article's one sub-heading
	if len(headings) != 2 || headings[0] != doc.Title || headings[1] != "类型多元成为关键词" {
		t.Errorf("headings %q, want [headline, 类型多元成为关键词]", headings)
	}
}

func TestReportPassage(t *testing.T) {
	doc := parse(t, "demo:report_passage.txt")
	chapters := sectionsOf(doc, "chapter")
	if len(chapters) != 3 {
		t.Fatalf("%d chapters, want 3", len(chapters))
	}
	for i, prefix := range []string{"第一章 出海之困", "第二章 成因诊断", "第三章 破局路径"} {
		if !strings.HasPrefix(chapters[i].Title, prefix) {
			t.Errorf("chapter %d title %q, want prefix %q", i+1, chapters[i].Title, prefix)
		}
	}
	body := doc.Text[chapters[0].Start:chapters[len(chapters)-1].End]
	// The running page header is layout, not prose; the sentence it and a
	// footnote cut in two is whole again.
	if strings.Contains(body, "华语电影国际传播观察") {
		t.Errorf("running page header left in the chapters")
	}
	if !strings.Contains(body, "功夫与武侠的类型印象之中") {
		t.Errorf("sentence cut by the page break not re-joined")
	}
	if strings.ContainsAny(body, "¹²") {
		t.Errorf("footnote markers left in the chapters")
	}
	notes := sectionsOf(doc, "notes")
	if len(notes) != 1 || len(notes[0].Paragraphs) != 2 {
		t.Fatalf("want one notes section with 2 footnotes, got %d sections", len(notes))
	}
}

// TestNoCorpusText guards the rule that the samples are our own writing:
// no run of 12 characters (at least 8 of them Chinese) of a sample's
// normalised text occurs in the third-party research corpus.
func TestNoCorpusText(t *testing.T) {
	var corpus strings.Builder
	for _, name := range testcorpus.All {
		corpus.Write(testcorpus.Read(t, name))
	}
	all := corpus.String()
	const n = 12
	for _, w := range want {
		doc := parse(t, w.name)
		rs := []rune(doc.Text)
		for i := 0; i+n <= len(rs); i++ {
			win := rs[i : i+n]
			han := 0
			for _, r := range win {
				if unicode.Is(unicode.Han, r) {
					han++
				}
			}
			if han < 8 {
				continue
			}
			if s := string(win); strings.Contains(all, s) {
				t.Errorf("%s shares %q with the research corpus; rewrite that passage in your own words", w.name, s)
				break // one hit per sample is enough to act on
			}
		}
	}
}
