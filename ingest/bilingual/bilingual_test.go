package bilingual

import (
	"os"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
)

func TestBilingualPage(t *testing.T) {
	data, err := os.ReadFile("testdata/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := ingest.Source{Name: "page.txt", Data: data}
	if s := (Reader{}).Detect(src); s == 0 {
		t.Error("Detect does not recognise alternating English and Chinese blocks")
	}
	doc, err := ingest.Parse(src, "bilingual")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "of page") || strings.Contains(doc.Text, "\u00a0") {
		t.Errorf("scaffolding left:\n%s", doc.Text)
	}
	if doc.Lang != "zh,en" || doc.Title != "Harbour Film Week" {
		t.Errorf("lang %q title %q", doc.Lang, doc.Title)
	}
	var bi []ingest.Section
	for _, s := range doc.Sections {
		if s.Kind == "bilingual" {
			bi = append(bi, s)
		}
	}
	if len(bi) != 3 {
		t.Fatalf("bilingual sections = %d, want 3", len(bi))
	}
	if bi[2].Title != "节目/嘉宾" {
		t.Errorf("third block title = %q", bi[2].Title)
	}
	// every paragraph of a bilingual block points at a paragraph of the
	// other language in the same section
	for _, s := range bi {
		for i, p := range s.Paragraphs {
			if p.Align < 0 || p.Align >= len(s.Paragraphs) || s.Paragraphs[p.Align].Lang == p.Lang || p.Lang == "" {
				t.Errorf("section %d paragraph %d (%s) align %d", s.Index, i, p.Lang, p.Align)
			}
		}
	}
	s := bi[1]
	for i, p := range s.Paragraphs {
		txt := doc.Text[p.Start:p.End]
		other := doc.Text[s.Paragraphs[p.Align].Start:s.Paragraphs[p.Align].End]
		if strings.HasPrefix(txt, "Today") && !strings.HasPrefix(other, "如今") {
			t.Errorf("paragraph %d %q aligned with %q", i, txt, other)
		}
	}
	// the two bullets and their one-line translation share a block
	if n := len(bi[0].Paragraphs); n != 3 {
		t.Errorf("first block has %d paragraphs, want 3", n)
	}
}

func TestAlignByLength(t *testing.T) {
	a := []unit{{size: 100}, {size: 100}, {size: 200}}
	b := []unit{{size: 60}, {size: 60}}
	got := align(a, b)
	if got[0] != 0 || got[2] != 1 {
		t.Errorf("align = %v", got)
	}
}

// A programme page stacks entries of short Chinese lines (title, country,
// director, cast, prize) over a single English prize line: every line
// reaches the document, whatever the pairing of runs makes of them.
func TestProgrammeKeepsEveryLine(t *testing.T) {
	data, err := os.ReadFile("testdata/programme.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Parse(ingest.Source{Name: "programme.txt", Data: data}, "bilingual")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.Contains(doc.Text, line) {
			t.Errorf("line dropped: %q", line)
		}
	}
}
