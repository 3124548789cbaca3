package ingest

import "testing"

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
