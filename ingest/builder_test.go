package ingest

import (
	"strings"
	"testing"
)

func TestBuilderOffsetsAndSections(t *testing.T) {
	b := NewBuilder()
	b.StartSection("answer", "")
	i := b.AddParagraph("text", "", "  看《远山》吧。")
	// link offsets are relative to the text as passed, leading spaces included
	b.AddLink(i, Link{Start: 2 + len("看《"), End: 2 + len("看《远山"), Target: "u"})
	s := b.StartSection("answer", "")
	s.Author = "只有图片的回答者"      // an authored answer with no text is kept
	b.StartSection("body", "") // an empty anonymous section is dropped
	b.StartSection("answer", "")
	b.AddParagraph("text", "", "第二段。")
	doc := b.Document()
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sections) != 3 || doc.Sections[1].Author == "" || len(doc.Sections[1].Paragraphs) != 0 {
		t.Fatalf("sections = %+v", doc.Sections)
	}
	if doc.Text != "看《远山》吧。\n\n第二段。" {
		t.Errorf("text = %q", doc.Text)
	}
	l := doc.Sections[0].Links[0]
	if doc.Text[l.Start:l.End] != "远山" {
		t.Errorf("link covers %q", doc.Text[l.Start:l.End])
	}
	// a link past the paragraph's end is dropped, not stored out of range
	b2 := NewBuilder()
	j := b2.AddParagraph("text", "", "短")
	b2.AddLink(j, Link{Start: 0, End: 50})
	if d := b2.Document(); len(d.Sections[0].Links) != 0 {
		t.Errorf("out-of-range link kept")
	}
}

// An end mark inside a title (《Hello！树先生》) ends no sentence; one after
// a title left open beyond any title's length does.
func TestSplitSentencesKeepsTitles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"《Hello！树先生》由王宝强主演。影片很好。", []string{"《Hello！树先生》由王宝强主演。", "影片很好。"}},
		{"你看过《谁？》吗？我看过。", []string{"你看过《谁？》吗？", "我看过。"}},
		{"他说《这是一个没有合上的书名号，后面一直写下去也不会合上，写到这里已经超过了一个片名能有的长度。下一句。", []string{"他说《这是一个没有合上的书名号，后面一直写下去也不会合上，写到这里已经超过了一个片名能有的长度。", "下一句。"}},
	} {
		var got []string
		for _, sp := range SplitSentences(tc.text) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("SplitSentences(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A period that ends an abbreviation (U.S., Mr., an initial) or is
// followed by lower case ends no sentence; one before a capital does.
func TestSplitSentencesAbbreviations(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Producers rarely budget for a real U.S. campaign. The math is the math.", []string{"Producers rarely budget for a real U.S. campaign.", "The math is the math."}},
		{"Mr. Zhang met Dr. Li in Berlin. They talked.", []string{"Mr. Zhang met Dr. Li in Berlin.", "They talked."}},
		{"J. K. Simmons was there. So was I.", []string{"J. K. Simmons was there.", "So was I."}},
		{"It opened in the U.S. The reviews were kind.", []string{"It opened in the U.S. The reviews were kind."}},
		{"The film made $5 million. Then it vanished.", []string{"The film made $5 million.", "Then it vanished."}},
	} {
		var got []string
		for _, sp := range SplitSentences(tc.text) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("SplitSentences(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
