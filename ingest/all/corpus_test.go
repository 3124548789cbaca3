package all

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
)

func parseCorpus(t *testing.T, name string) *ingest.Document {
	t.Helper()
	doc, err := ingest.Parse(ingest.Source{Name: name, Data: testcorpus.Read(t, name)}, "")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// Every corpus file is detected as its format from its content; the
// names are hashes and carry no hint.
func TestCorpusDetection(t *testing.T) {
	want := map[string]string{
		testcorpus.Zhihu:     "zhihu",
		testcorpus.News:      "news",
		testcorpus.Report:    "report",
		testcorpus.Column:    "column",
		testcorpus.Bilingual: "bilingual",
	}
	for name, format := range want {
		r, err := ingest.Detect(ingest.Source{Name: "input", Data: testcorpus.Read(t, name)})
		if err != nil {
			t.Fatal(err)
		}
		if r.Name() != format {
			t.Errorf("%s detected as %s, want %s", name, r.Name(), format)
		}
	}
}

func TestCorpusZhihu(t *testing.T) {
	doc := parseCorpus(t, testcorpus.Zhihu)
	answers, anon := 0, 0
	for _, s := range doc.Sections {
		if s.Kind != "answer" {
			continue
		}
		answers++
		if s.Author == "" {
			t.Errorf("answer %d has no author", s.Index)
		}
		if s.Author == "匿名用户" {
			anon++
		}
		for _, p := range s.Paragraphs {
			if p.Kind == "heading" && strings.HasPrefix(doc.Text[p.Start:p.End], "知乎用户") {
				t.Errorf("an answer header became a heading inside answer %d", s.Index)
			}
		}
	}
	if answers != 475 {
		t.Errorf("answers = %d, want 475", answers)
	}
	if anon < 2 {
		t.Errorf("anonymous answers = %d; each 匿名用户 header is its own answer", anon)
	}
	// ### 《…》 lines inside an answer are headings, not answers
	headingTitles := 0
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			if p.Kind == "heading" && strings.HasPrefix(doc.Text[p.Start:p.End], "《") {
				headingTitles++
			}
		}
	}
	if headingTitles < 2 {
		t.Errorf("### 《…》 headings inside answers = %d, want at least 2", headingTitles)
	}
	if doc.Date != "2022-10-05" || doc.Title == "" || len(doc.Tags) == 0 {
		t.Errorf("front matter: %q %q %v", doc.Title, doc.Date, doc.Tags)
	}
	for _, bad := range []string{"](http", "![", "data:image", "\\_", "《**", "**》", "hybrid_search"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("markup %q left in text", bad)
		}
	}
	ids, queries, inMarks := 0, 0, 0
	for _, s := range doc.Sections {
		ids += len(s.AnswerIDs)
		for _, l := range s.Links {
			if l.Query != "" {
				queries++
			}
			if l.InTitleMarks {
				inMarks++
			}
		}
	}
	if ids < 50 || queries < 200 || inMarks < 50 {
		t.Errorf("answer ids %d, search links with a query %d, links in 《》 %d: too few", ids, queries, inMarks)
	}
	checkBrackets(t, doc)
}

func TestCorpusNews(t *testing.T) {
	doc := parseCorpus(t, testcorpus.News)
	if doc.Date != "2025-12-02" {
		t.Errorf("date = %q", doc.Date)
	}
	for _, bad := range []string{"留言评论", "条评论", "暂无评论", "16:43"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("%q left in text", bad)
		}
	}
	// the 《》 titles come through intact, each in one paragraph
	titles := regexp.MustCompile(`《[^《》\n]+》`).FindAllString(doc.Text, -1)
	if len(titles) < 10 {
		t.Errorf("found %d bracketed titles: %v", len(titles), titles)
	}
	for _, want := range []string{"《大风杀》", "《消失的她》", "《音乐家》", "《白塔之光》"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("title %s not intact", want)
		}
	}
	checkBrackets(t, doc)
}

func TestCorpusReport(t *testing.T) {
	doc := parseCorpus(t, testcorpus.Report)
	chapters := 0
	var flow strings.Builder
	var notes *ingest.Section
	for i, s := range doc.Sections {
		switch s.Kind {
		case "chapter":
			chapters++
			flow.WriteString(doc.Text[s.Start:s.End])
			flow.WriteString("\n")
		case "notes":
			notes = &doc.Sections[i]
		}
	}
	if chapters < 6 || notes == nil {
		t.Fatalf("chapters %d, notes section %v", chapters, notes != nil)
	}
	text := flow.String()
	// running page headers are gone from the flow
	for _, line := range strings.Split(text, "\n") {
		if regexp.MustCompile(`^0\d\s`).MatchString(line) {
			t.Errorf("running header left: %q", line)
		}
	}
	// a sentence cut by a running header and one cut by a page break
	// come back whole; a footnote body no longer splits its sentence
	for _, whole := range []string{"深层逻辑", "涉及技术革命性突破、生产要素创新性配置", "发展文化领域的新质生产力"} {
		if !strings.Contains(text, whole) {
			t.Errorf("flow lacks re-joined %q", whole)
		}
	}
	for _, bad := range []string{"国务院办公厅印发《关于推动文化高质量发展的若干经济政策》的通知，http", "图片来源", "Hoskins", "<hr", "¹", "²"} {
		if strings.Contains(text, bad) {
			t.Errorf("flow still holds %q", bad)
		}
	}
	footnotes, captions := 0, 0
	for _, p := range notes.Paragraphs {
		switch p.Kind {
		case "footnote":
			footnotes++
		case "caption":
			captions++
		}
	}
	if footnotes < 10 || captions < 6 {
		t.Errorf("notes: %d footnotes, %d captions", footnotes, captions)
	}
	checkBrackets(t, doc)
}

func TestCorpusColumn(t *testing.T) {
	doc := parseCorpus(t, testcorpus.Column)
	for _, whole := range []string{"《雪山飞狐之塞北宝藏》", "《东北警察故事2》", "《我心中的那座城——阿勒泰》", "戛纳电影节", "《东北告别天团》", "《浴血无名·奔袭》"} {
		if !strings.Contains(doc.Text, whole) {
			t.Errorf("%s not re-joined", whole)
		}
	}
	if strings.Contains(doc.Text, "下转") {
		t.Error("jump line left in text")
	}
	if len(doc.Sections) < 2 || doc.Sections[0].AuthorKind != "byline" || doc.Sections[0].Author == "" {
		t.Errorf("sections %d, first author %q/%q", len(doc.Sections), doc.Sections[0].Author, doc.Sections[0].AuthorKind)
	}
	checkBrackets(t, doc)
}

func TestCorpusBilingual(t *testing.T) {
	doc := parseCorpus(t, testcorpus.Bilingual)
	if strings.Contains(doc.Text, "top of page") || strings.Contains(doc.Text, "bottom of page") {
		t.Error("site scaffolding left in text")
	}
	aligned := 0
	for _, s := range doc.Sections {
		if s.Kind != "bilingual" {
			continue
		}
		for _, p := range s.Paragraphs {
			if p.Align >= 0 && s.Paragraphs[p.Align].Lang != p.Lang && (p.Lang == "en" || p.Lang == "zh") {
				aligned++
			}
		}
	}
	if aligned < 16 {
		t.Errorf("aligned en/zh paragraphs = %d, want the 8 pairs of parallel paragraphs and more", aligned)
	}
	checkBrackets(t, doc)
}

// checkBrackets: every paragraph that holds a 《 holds its 》 after it,
// unless the source itself has no closing mark for it.
func checkBrackets(t *testing.T, doc *ingest.Document) {
	t.Helper()
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			txt := doc.Text[p.Start:p.End]
			depth := 0
			for _, r := range txt {
				switch r {
				case '《':
					depth++
				case '》':
					depth--
				}
			}
			if depth > 0 {
				t.Errorf("paragraph with an unclosed 《 in section %d: %.80s", s.Index, txt)
			}
		}
	}
}

// Parse names the file in every input error.
func TestParseRejectsBadInput(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty.txt", []byte(" \n\t\n"), ingest.ErrEmpty},
		{"nul.bin", []byte("abc\x00def"), ingest.ErrBinary},
		{"latin1.txt", []byte("caf\xe9 au lait"), ingest.ErrEncoded},
	}
	for _, c := range cases {
		_, err := ingest.Parse(ingest.Source{Name: c.name, Data: c.data}, "")
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.name) {
			t.Errorf("%s: error %q, want %v naming the file", c.name, err, c.want)
		}
	}
	if _, err := ingest.Parse(ingest.Source{Name: "x.txt", Data: []byte("文字。")}, "nosuch"); err == nil || !strings.Contains(err.Error(), "x.txt") {
		t.Errorf("unknown format error = %v", err)
	}
}

// Every registered reader's output passes Validate on every corpus file,
// even when forced onto a format that is not its own.
func TestEveryReaderValidOnEveryFile(t *testing.T) {
	for _, name := range testcorpus.All {
		data := testcorpus.Read(t, name)
		for _, f := range ingest.Formats() {
			doc, err := ingest.Parse(ingest.Source{Name: name, Data: data}, f)
			if err != nil {
				t.Errorf("%s as %s: %v", name, f, err)
				continue
			}
			if err := doc.Validate(); err != nil {
				t.Errorf("%s as %s: %v", name, f, err)
			}
		}
	}
}
