package news

import (
	"os"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
)

func TestNewsArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Parse(ingest.Source{Name: "article.txt", Data: data}, "news")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Date != "2024-03-08" {
		t.Errorf("date = %q, want 2024-03-08 from the outlet prefix", doc.Date)
	}
	if len(doc.Sections) != 1 {
		t.Fatalf("sections = %d", len(doc.Sections))
	}
	s := doc.Sections[0]
	if s.Author != "光影日报" || s.AuthorKind != "organisation" {
		t.Errorf("outlet = %q/%q", s.Author, s.AuthorKind)
	}
	if !strings.HasPrefix(doc.Text, "青年导演李明的新作《河岸》") {
		t.Errorf("outlet and time not split from the first sentence: %q", doc.Text[:40])
	}
	for _, junk := range []string{"评论", "分享到", "责任编辑"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("boilerplate %q left in text:\n%s", junk, doc.Text)
		}
	}
	var kinds []string
	for _, p := range s.Paragraphs {
		kinds = append(kinds, p.Kind)
	}
	if got := strings.Join(kinds, ","); got != "text,text,heading,text" {
		t.Errorf("paragraph kinds = %s", got)
	}
}

func TestWrappedLinesJoin(t *testing.T) {
	lines := []string{
		"This is a long line of an English article that was wrapped by",
		"the editor at a fixed width and goes on here.",
		"",
		"Short heading",
		"A new paragraph.",
	}
	got := Paragraphs(lines)
	want := []string{
		"This is a long line of an English article that was wrapped by the editor at a fixed width and goes on here.",
		"Short heading",
		"A new paragraph.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs = %q", got)
	}
}

// In a chat log or transcript each speaker's turn is a paragraph: a long
// message is not the wrapped head of the next speaker's, and a speaker's
// messages in a row are one turn, each message still its own line (and so
// its own sentence).
func TestSpeakerTurns(t *testing.T) {
	lines := []string{
		"Kevin：《孤注一掷》拍电诈、《默杀》拍校园霸凌，不都过了审吗？票房也都不差，凭什么说不能拍",
		"Kevin：拍不好就是拍不好，别老拿审查当挡箭牌",
		"林晓川：过了是因为改过好吗，这个群里谁不知道这部片子的剧本到底改了多少稿啊",
		"Host A: And Berlin keeps coming back.",
	}
	got := Paragraphs(lines)
	want := []string{
		"Kevin：《孤注一掷》拍电诈、《默杀》拍校园霸凌，不都过了审吗？票房也都不差，凭什么说不能拍\nKevin：拍不好就是拍不好，别老拿审查当挡箭牌",
		"林晓川：过了是因为改过好吗，这个群里谁不知道这部片子的剧本到底改了多少稿啊",
		"Host A: And Berlin keeps coming back.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs = %q", got)
	}
}

// A labelled line that was hard-wrapped still joins its tail.
func TestWrappedSpeakerLine(t *testing.T) {
	lines := []string{
		"Host A: Okay, so before the break we were doing the trivia round, and I want",
		"to start the real conversation with the uncomfortable version of it.",
		"Host B: Or they'd say the one with the Great Wall, which is worse.",
	}
	got := Paragraphs(lines)
	if len(got) != 2 || !strings.HasSuffix(got[0], "version of it.") {
		t.Errorf("Paragraphs = %q", got)
	}
}
