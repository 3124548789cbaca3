package column

import (
	"os"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
)

func TestColumnPage(t *testing.T) {
	data, err := os.ReadFile("testdata/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := ingest.Source{Name: "page.txt", Data: data}
	if s := (Reader{}).Detect(src); s == 0 {
		t.Error("Detect does not recognise narrow columns")
	}
	doc, err := ingest.Parse(src, "column")
	if err != nil {
		t.Fatal(err)
	}
	for _, whole := range []string{"《远方的灯塔》上映后", "《北方的河流》", "戛纳电影节获得了好评", "Apple TV等平台", "还要看下半年的片单"} {
		if !strings.Contains(doc.Text, whole) {
			t.Errorf("text lacks %q:\n%s", whole, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "下转") || strings.Contains(doc.Text, "■") {
		t.Errorf("jump line or byline left in text:\n%s", doc.Text)
	}
	if len(doc.Sections) != 2 {
		t.Fatalf("sections = %d, want 2 articles", len(doc.Sections))
	}
	a, b := doc.Sections[0], doc.Sections[1]
	if a.Author != "林小雨" || a.AuthorKind != "byline" {
		t.Errorf("byline = %q/%q", a.Author, a.AuthorKind)
	}
	if b.Title != "城市影院的新春天 看一座城市如何留住观众" {
		t.Errorf("second headline = %q", b.Title)
	}
	var paras []string
	for _, p := range a.Paragraphs {
		paras = append(paras, doc.Text[p.Start:p.End])
	}
	if len(paras) != 3 {
		t.Fatalf("first article paragraphs = %d, want 3:\n%s", len(paras), strings.Join(paras, "\n"))
	}
	if !strings.HasSuffix(paras[0], "观众纷纷走进影院。") || !strings.HasPrefix(paras[1], "这种热度") || !strings.HasPrefix(paras[2], "（一）新片") {
		t.Errorf("paragraph ends misplaced:\n%s", strings.Join(paras, "\n"))
	}
	var kinds []string
	for _, p := range b.Paragraphs {
		kinds = append(kinds, p.Kind)
	}
	if got := strings.Join(kinds, ","); got != "heading,heading,heading,text" {
		t.Errorf("second article kinds = %s", got)
	}
}

func TestNotColumns(t *testing.T) {
	long := strings.Repeat("这是一段很长的新闻正文，每一段都写在一行里，句子完整，标点齐全。", 4)
	var lines []string
	for i := 0; i < 30; i++ {
		lines = append(lines, long)
	}
	if s := (Reader{}).Detect(ingest.Source{Name: "n.txt", Data: []byte(strings.Join(lines, "\n"))}); s != 0 {
		t.Errorf("Detect on long-line prose = %d, want 0", s)
	}
}

// A list of short lines (award winners, a line-up) is not a newspaper
// column: its lines are whole items, with labels and titles, not prose
// broken mid-sentence.
func TestListIsNotAColumn(t *testing.T) {
	var b strings.Builder
	b.WriteString("第63届威尼斯国际电影节获奖名单\n")
	for i := 0; i < 12; i++ {
		b.WriteString("最佳影片：《三峡好人》\n导演贾樟柯 主演赵涛\n")
	}
	if got := (Reader{}).Detect(ingest.Source{Name: "list.txt", Data: []byte(b.String())}); got != 0 {
		t.Errorf("Detect = %d on a list, want 0", got)
	}
}
