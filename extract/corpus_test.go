package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/ingest"
	_ "github.com/filmgraph/filmgraph/ingest/all"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/schema"
	"github.com/filmgraph/filmgraph/segment"
)

func corpusDoc(tb testing.TB, name string) *ingest.Document {
	tb.Helper()
	d, err := ingest.Parse(ingest.Source{Name: name, Data: testcorpus.Read(tb, name)}, "")
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return d
}

func TestCorpusNewsBracketTitles(t *testing.T) {
	d := corpusDoc(t, testcorpus.News)
	x, err := New(Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, m := range b.Mentions {
		if e := b.Entities[m.Entity]; e.Type == schema.Work && m.Via == "bracket" {
			kinds[e.Label] = e.Kind
		}
	}
	for title, kind := range map[string]string{"音乐家": "film", "白塔之光": "film", "大风杀": "film", "黄河大合唱": "song"} {
		if kinds[title] != kind {
			t.Errorf("%s: kind %q, want %q (found %v)", title, kinds[title], kind, kinds)
		}
	}
	// every bracket mention stays inside one section
	for _, m := range b.Mentions {
		if d.SectionAt(m.Quote.Start) != d.SectionAt(m.Quote.End-1) {
			t.Errorf("mention %q crosses a section boundary", m.Surface)
		}
	}
}

func TestCorpusZhihuUnbracketed(t *testing.T) {
	d := corpusDoc(t, testcorpus.Zhihu)
	x, err := New(Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	bare := 0
	for _, m := range b.Mentions {
		if m.Entity == schema.WorkIRI("红海行动") && m.Via != "bracket" {
			bare++
		}
		if d.SectionAt(m.Quote.Start) != d.SectionAt(m.Quote.End-1) {
			t.Errorf("mention %q crosses two answers", m.Surface)
		}
	}
	if bare == 0 {
		t.Errorf("红海行动 not found unbracketed")
	}
}

// BenchmarkExtract measures extraction of the Zhihu thread (MB/s of
// document text), with gse's Cut(s,true) over the same text as a baseline.
func BenchmarkExtract(b *testing.B) {
	d := corpusDoc(b, testcorpus.Zhihu)
	b.Run("extract-noseg", func(b *testing.B) {
		x, err := New(Options{NoSegmenter: true})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(d.Text)))
		for i := 0; i < b.N; i++ {
			if _, err := x.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("extract", func(b *testing.B) {
		x, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		x.Extract(d) // load gse outside the timing
		b.ResetTimer()
		b.SetBytes(int64(len(d.Text)))
		for i := 0; i < b.N; i++ {
			if _, err := x.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gse-cut-hmm", func(b *testing.B) {
		s, err := segment.Shared(nil)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(d.Text)))
		for i := 0; i < b.N; i++ {
			s.Words(d.Text)
		}
	})
}
