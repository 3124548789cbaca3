package news

import (
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
)

// A first line with a colon between the headline's parts is still the
// headline (the document's title, and its first heading paragraph); a
// first line that is prose stays the first text paragraph.
func TestHeadlineWithColon(t *testing.T) {
	cases := []struct {
		first, title string
	}{
		{"《河岸》：一条流不进影院的河", "《河岸》：一条流不进影院的河"},
		{"Venice 2021: the full list of winners", "Venice 2021: the full list of winners"},
		{"【影评】沉默的角落：《河岸》里的父与子", "【影评】沉默的角落：《河岸》里的父与子"},
		{"短标题", "短标题"},
		// a question is a headline when it is one short question
		{"国产电影为什么走不出去？", "国产电影为什么走不出去？"},
		{"票房破百亿，为何还是卖不到海外?", "票房破百亿，为何还是卖不到海外?"},
		{"Why don't Chinese blockbusters travel?", "Why don't Chinese blockbusters travel?"},
		{"你看过吗？我看过。", ""},
		{"影片讲述了一个家庭在三十年间的变迁，父亲离家以后，母亲独自撑起一切，这样的故事还有人看吗？", ""},
		// prose: a sentence mark at the end, a clause comma, speech, several sentences, length
		{"导演李明说：这部电影拍了整整三年", ""},
		{"The festival opened on Friday: crowds filled the square.", ""},
		{"影片讲述了一个家庭的故事：父亲离家，母亲独自撑起一切", ""},
		{"Director Li Ming said: the film took three years", ""},
		{"Berlin: it rained. Then the jury met", ""},
		{"Retrospective: a long look back at the forty years of a festival that changed how a whole generation saw cinema", ""},
	}
	for _, c := range cases {
		data := c.first + "\n\n影片将于下月上映。\n"
		doc, err := ingest.Parse(ingest.Source{Name: "a.txt", Data: []byte(data)}, "news")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != c.title {
			t.Errorf("%q: title = %q, want %q", c.first, doc.Title, c.title)
		}
		if c.title != "" {
			// the headline stays in the text as the first paragraph, a
			// heading, so the works it names are found
			ps := doc.Sections[0].Paragraphs
			if len(ps) == 0 || ps[0].Kind != "heading" || doc.Text[ps[0].Start:ps[0].End] != c.first {
				t.Errorf("%q: headline not kept as the first heading paragraph", c.first)
			}
		}
		if c.title == "" && !strings.HasPrefix(doc.Text, c.first) {
			t.Errorf("%q: prose first line not kept as the first paragraph: %q", c.first, doc.Text)
		}
	}
}
