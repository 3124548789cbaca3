package facts

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

func batch(t *testing.T) *Batch {
	t.Helper()
	b := ingest.NewBuilder()
	b.StartSection("answer", "").Author = "甲"
	b.AddParagraph("text", "", "因为审查太严，《霸王别姬》这样的片子现在拍不出来。")
	b.AddParagraph("text", "", "不是剧本的问题，《霸王别姬》剧本很好。")
	d := b.Document()
	d.ID, d.Hash, d.Format = "t1", "h", "zhihu"
	at := func(s string, nth int) Evidence {
		i := -1
		for k := 0; k <= nth; k++ {
			j := strings.Index(d.Text[i+1:], s)
			if j < 0 {
				t.Fatalf("%q", s)
			}
			i += 1 + j
		}
		return Evidence{i, i + len(s)}
	}
	bt := NewBatch(d)
	w := schema.WorkIRI("霸王别姬")
	bt.AddEntity(Entity{IRI: w, Type: schema.Work, Label: "霸王别姬", Kind: "film"})
	bt.Mentions = []Mention{{Entity: w, Surface: "霸王别姬", Via: "bracket", Span: at("霸王别姬", 0)}, {Entity: w, Surface: "霸王别姬", Via: "bracket", Span: at("霸王别姬", 1)}}
	bt.Claims = []Claim{
		{Span: at("因为审查太严，《霸王别姬》这样的片子现在拍不出来。", 0), Stance: "asserts", Confidence: 0.8,
			Causes: []CauseLink{{CauseID: "censorship_content_restrictions", Trigger: at("审查", 0), Confidence: 0.8}},
			Cites:  []Citation{{Entity: w, Role: "problem_example", Span: at("霸王别姬", 0)}}},
		{Span: at("不是剧本的问题，《霸王别姬》剧本很好。", 0), Stance: "denies", Confidence: 0.7,
			Causes: []CauseLink{{CauseID: "weak_storytelling_script", Trigger: at("剧本", 0), Confidence: 0.7}},
			Cites:  []Citation{{Entity: w, Role: "counter_example", Span: at("霸王别姬", 1)}}},
	}
	return bt
}

func TestQuadsAreLabelledSortedAndStable(t *testing.T) {
	a, b := batch(t).Quads(), batch(t).Quads()
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d vs %d quads", len(a), len(b))
	}
	for i := range a {
		if a[i].NQuad() != b[i].NQuad() {
			t.Fatalf("quad %d differs between runs: %s vs %s", i, a[i].NQuad(), b[i].NQuad())
		}
		if a[i].Label != schema.DocIRI("t1") {
			t.Fatalf("quad %s not labelled with its document", a[i].NQuad())
		}
		if i > 0 && a[i-1].NQuad() >= a[i].NQuad() {
			t.Fatalf("quads not sorted/unique at %d", i)
		}
	}
}

func TestEvidenceQuotesAreCharacterSlices(t *testing.T) {
	bt := batch(t)
	text := []rune(bt.Doc.Text)
	vals := map[quad.Value]map[quad.IRI]quad.Value{}
	for _, q := range bt.Quads() {
		if vals[q.Subject] == nil {
			vals[q.Subject] = map[quad.IRI]quad.Value{}
		}
		vals[q.Subject][q.Predicate.(quad.IRI)] = q.Object
	}
	n := 0
	for _, p := range vals {
		if p[schema.Type] != schema.Evidence {
			continue
		}
		n++
		s, e := int(p[schema.Start].(quad.Int)), int(p[schema.End].(quad.Int))
		if got := string(text[s:e]); got != quad.ToString(p[schema.Quote]) {
			t.Errorf("quote %q but text[%d:%d] = %q", quad.ToString(p[schema.Quote]), s, e, got)
		}
	}
	if n < 4 {
		t.Fatalf("only %d evidence nodes", n)
	}
}

func TestTallies(t *testing.T) {
	got := map[string]string{}
	props := map[quad.Value]map[quad.IRI]string{}
	for _, q := range batch(t).Quads() {
		if props[q.Subject] == nil {
			props[q.Subject] = map[quad.IRI]string{}
		}
		v := quad.ToString(q.Object)
		switch o := q.Object.(type) {
		case quad.IRI:
			v = string(o)
		case quad.Int:
			v = strconv.Itoa(int(o))
		}
		props[q.Subject][q.Predicate.(quad.IRI)] = v
	}
	for _, p := range props {
		if p[schema.Type] != string(schema.Tally) {
			continue
		}
		k := p[schema.TallyKind] + " " + p[schema.TallyCause] + " " + p[schema.TallyWork] + p[schema.TallyEntity]
		got[strings.TrimSpace(k)] = p[schema.Count] + "/" + p[schema.Denying]
	}
	want := map[string]string{
		"mention  fg:work/霸王别姬":                                            "2/",
		"cause fg:cause/censorship_content_restrictions":                   "1/0",
		"cause fg:cause/weak_storytelling_script":                          "0/1",
		"cause-author fg:cause/censorship_content_restrictions":            "1/0",
		"cause-author fg:cause/weak_storytelling_script":                   "0/1",
		"cause-work fg:cause/censorship_content_restrictions fg:work/霸王别姬": "1/0",
		"cause-work fg:cause/weak_storytelling_script fg:work/霸王别姬":        "0/1",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("tally %q = %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("tallies = %v", got)
	}
}

func TestTallyRowsOnStartNodes(t *testing.T) {
	rows := map[string][]string{}
	for _, q := range batch(t).Quads() {
		switch q.Predicate {
		case schema.CauseWorkRow, schema.WorkCauseRow, schema.CauseDocRow, schema.DocCauseRow, schema.DocMentionRow, schema.CauseAuthorRow:
			rows[string(q.Subject.(quad.IRI))+" "+string(q.Predicate.(quad.IRI))] = append(rows[string(q.Subject.(quad.IRI))+" "+string(q.Predicate.(quad.IRI))], quad.ToString(q.Object))
		}
	}
	want := map[string]string{
		"fg:cause/censorship_content_restrictions fg:causeWorkRow": "fg:work/霸王别姬\tfg:doc/t1\t1\t0\tproblem_example",
		"fg:work/霸王别姬 fg:workCauseRow":                             "fg:cause/censorship_content_restrictions\tfg:doc/t1\t1\t0\tproblem_example",
		"fg:doc/t1 fg:docMentionRow":                               "fg:work/霸王别姬\t2",
		"fg:cause/weak_storytelling_script fg:causeDocRow":         "fg:doc/t1\t0\t1",
	}
	for k, v := range want {
		found := false
		for _, r := range rows[k] {
			if r == v {
				found = true
			}
		}
		if !found {
			t.Errorf("%s rows = %q, want %q among them", k, rows[k], v)
		}
	}
}
