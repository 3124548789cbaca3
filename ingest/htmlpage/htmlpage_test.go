package htmlpage

import (
	"os"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
)

func TestHTMLPage(t *testing.T) {
	data, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	// detection from the content, not the name
	if s := (Reader{}).Detect(ingest.Source{Name: "0123abcd", Data: data}); s == 0 {
		t.Error("Detect does not recognise <!DOCTYPE html>")
	}
	doc, err := ingest.Parse(ingest.Source{Name: "page.html", Data: data}, "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "html" || doc.Title != "影评：《远山》" || doc.Lang != "zh" {
		t.Errorf("format %q title %q lang %q", doc.Format, doc.Title, doc.Lang)
	}
	for _, bad := range []string{"不应出现", "color", "首页", "菜单项", "隐藏", "相关推荐", "搜索", "版权"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("page furniture %q left in text:\n%s", bad, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "导演在《远山》中 用了很多长镜头。") {
		t.Errorf("paragraph text:\n%s", doc.Text)
	}
	var kinds []string
	for _, s := range doc.Sections {
		for _, p := range s.Paragraphs {
			kinds = append(kinds, p.Kind)
		}
	}
	if got := strings.Join(kinds, ","); got != "heading,text,item,item" {
		t.Errorf("kinds = %s", got)
	}
	var links []string
	for _, s := range doc.Sections {
		for _, l := range s.Links {
			links = append(links, doc.Text[l.Start:l.End]+"|"+l.Target)
			inMarks := strings.HasSuffix(doc.Text[:l.Start], "《") && strings.HasPrefix(doc.Text[l.End:], "》")
			if inMarks != l.InTitleMarks {
				t.Errorf("link at %d: InTitleMarks = %v, want %v", l.Start, l.InTitleMarks, inMarks)
			}
		}
	}
	if len(links) != 2 || !strings.HasPrefix(links[0], "远山|https://example.org/film/yuanshan") {
		t.Errorf("links = %v", links)
	}
}
