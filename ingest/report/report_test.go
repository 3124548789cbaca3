package report

import (
	"os"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
)

func TestReport(t *testing.T) {
	data, err := os.ReadFile("testdata/report.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := ingest.Source{Name: "report.txt", Data: data}
	if s := (Reader{}).Detect(src); s < 50 {
		t.Errorf("Detect = %d, want a confident score for a report with a table of contents", s)
	}
	doc, err := ingest.Parse(src, "report")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "城市影院的复兴：观众、空间与放映" {
		t.Errorf("title = %q", doc.Title)
	}
	var secs []string
	for _, s := range doc.Sections {
		secs = append(secs, s.Kind+":"+s.Title)
	}
	want := "front:|chapter:引言|chapter:第一章 影院空间的变化|chapter:第二章 观众的回归|notes:"
	if got := strings.Join(secs, "|"); got != want {
		t.Errorf("sections\n got %s\nwant %s", got, want)
	}
	flow := ""
	for _, s := range doc.Sections {
		if s.Kind == "chapter" {
			flow += doc.Text[s.Start:s.End] + "\n"
		}
	}
	for _, good := range []string{
		"接近票房收入的三成，这一比例仍在增长。",       // across a running header
		"找到新的理由吸引观众走出家门。",           // across a footnote body
		"未改造的影院则在竞争中逐渐失去观众。",        // across a page break
		"本报告讨论这种起伏的原因。", "与社区文化有关，", // markers stripped
	} {
		if !strings.Contains(flow, good) {
			t.Errorf("flow lacks %q:\n%s", good, flow)
		}
	}
	for _, bad := range []string{"02 影院空间", "图片来源", "某出版社", "https://", "目 录", "\t", "<hr", "ANNUAL"} {
		if strings.Contains(flow, bad) {
			t.Errorf("flow still holds %q:\n%s", bad, flow)
		}
	}
	if strings.Count(flow, "第一章") > 0 || strings.Count(flow, "影院空间的变化") > 0 {
		t.Errorf("duplicated chapter title page left in the flow:\n%s", flow)
	}
	notes := doc.Sections[len(doc.Sections)-1]
	var kinds []string
	for _, p := range notes.Paragraphs {
		kinds = append(kinds, p.Kind+":"+doc.Text[p.Start:p.End])
	}
	got := strings.Join(kinds, "\n")
	for _, w := range []string{"footnote:1 某某研究所", "footnote:2 某某：《空间与观看》", "caption:老影院改造后的放映厅(图片来源：作者拍摄)"} {
		if !strings.Contains(got, w) {
			t.Errorf("notes lack %q:\n%s", w, got)
		}
	}
	var heads []string
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			if p.Kind == "heading" && s.Kind == "chapter" {
				heads = append(heads, doc.Text[p.Start:p.End])
			}
		}
	}
	if strings.Join(heads, "|") != "（一）改造的代价" {
		t.Errorf("headings = %v", heads)
	}
}

func TestNotAReport(t *testing.T) {
	src := ingest.Source{Name: "x.txt", Data: []byte("一段普通的文字。\n\n另一段普通的文字。\n")}
	if s := (Reader{}).Detect(src); s != 0 {
		t.Errorf("Detect on plain prose = %d, want 0", s)
	}
}
