package export

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// The fixture is an invented two-document graph: a film, its director,
// an actor, a festival award, and a claim citing the film under a cause.
// The texts are written for this test.

const (
	fixtureCause = "censorship_content_restrictions"
	docAText     = "《山河之歌》由李青导演，2019年上映。张远在片中出演主角。影片在金鹿电影节获得最佳影片。\n我认为审查制度让《山河之歌》删掉了结尾。"
	docBText     = "李青导演的《山河之歌》讲的是一条河的故事。"
)

var (
	workIRI   = schema.WorkIRI("山河之歌")
	liIRI     = schema.PersonIRI("李青")
	zhangIRI  = schema.PersonIRI("张远")
	festIRI   = schema.FestivalIRI("金鹿电影节")
	causeIRI  = schema.CauseIRI(fixtureCause)
	oddIRI    = quad.IRI("fg:work/odd name<\"{x}\">\\") // never built by schema.Slug: checks IRI escaping
	docAIRI   = schema.DocIRI("fixture-a")
	docBIRI   = schema.DocIRI("fixture-b")
	fixtureLn = []quad.IRI{docAIRI, docBIRI, schema.LexiconLabel}
)

// span finds the byte span of the n-th occurrence of sub in text.
func span(t testing.TB, text, sub string, n int) facts.Evidence {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("fixture: %q not in text", sub)
		}
		if i == n {
			return facts.Evidence{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

func fixtureBatches(t testing.TB) []*facts.Batch {
	a := &ingest.Document{ID: "fixture-a", Source: "a.md", Format: "zhihu", Hash: "aaa", Title: "为什么《山河之歌》结尾被改？", Lang: "zh", Text: docAText,
		Sections: []ingest.Section{{Index: 0, Kind: "answer", Author: "影迷甲", AuthorKind: "zhihu-user", Start: 0, End: len(docAText)}}}
	ba := facts.NewBatch(a)
	ba.AddEntity(facts.Entity{IRI: workIRI, Type: schema.Work, Label: "山河之歌", Aliases: []string{"山河"}, Kind: "film", Year: 2019, TitleEn: "Song of \"River\"\nand Mountain"})
	ba.AddEntity(facts.Entity{IRI: liIRI, Type: schema.Person, Label: "李青", Roles: []string{"director"}})
	ba.AddEntity(facts.Entity{IRI: zhangIRI, Type: schema.Person, Label: "张远", Roles: []string{"actor"}})
	ba.AddEntity(facts.Entity{IRI: festIRI, Type: schema.Festival, Label: "金鹿电影节"})
	ba.Mentions = []facts.Mention{
		{Entity: workIRI, Surface: "山河之歌", Via: "bracket", Span: span(t, docAText, "山河之歌", 0), Quote: span(t, docAText, "《山河之歌》", 0)},
		{Entity: liIRI, Surface: "李青", Via: "cue", Span: span(t, docAText, "李青", 0)},
		{Entity: zhangIRI, Surface: "张远", Via: "cue", Span: span(t, docAText, "张远", 0)},
		{Entity: festIRI, Surface: "金鹿电影节", Via: "lexicon", Span: span(t, docAText, "金鹿电影节", 0)},
		{Entity: workIRI, Surface: "山河之歌", Via: "bracket", Span: span(t, docAText, "山河之歌", 1)},
	}
	ba.Relations = []facts.Relation{
		{Subject: workIRI, Predicate: schema.DirectedBy, Object: liIRI, Span: span(t, docAText, "《山河之歌》由李青导演", 0), Cue: "导演", Strength: 0.9},
		{Subject: zhangIRI, Predicate: schema.ActedIn, Object: workIRI, Span: span(t, docAText, "张远在片中出演主角", 0), Cue: "出演", Strength: 0.8},
		{Subject: workIRI, Predicate: schema.AwardAt, Object: festIRI, Span: span(t, docAText, "影片在金鹿电影节获得最佳影片", 0), Cue: "获得", Strength: 0.85,
			Extra: map[quad.IRI]quad.Value{schema.Prize: quad.String("最佳影片"), schema.Status: quad.String("won"), schema.Year: quad.Int(2020)}},
	}
	claim := span(t, docAText, "我认为审查制度让《山河之歌》删掉了结尾。", 0)
	ba.Claims = []facts.Claim{{Span: claim, Stance: "asserts", Confidence: 0.8, Effect: "结尾被改",
		Causes: []facts.CauseLink{{CauseID: fixtureCause, Trigger: span(t, docAText, "审查制度", 0), Confidence: 0.9}},
		Cites:  []facts.Citation{{Entity: workIRI, Role: "problem_example", Span: span(t, docAText, "山河之歌", 1)}},
	}}

	b := &ingest.Document{ID: "fixture-b", Source: "b.txt", Format: "news", Hash: "bbb", Title: "新片速递", Lang: "zh", Text: docBText,
		Sections: []ingest.Section{{Index: 0, Kind: "article", Start: 0, End: len(docBText)}}}
	bb := facts.NewBatch(b)
	bb.AddEntity(facts.Entity{IRI: workIRI, Type: schema.Work, Label: "山河之歌", Kind: "film"})
	bb.AddEntity(facts.Entity{IRI: liIRI, Type: schema.Person, Label: "李青"})
	bb.Mentions = []facts.Mention{
		{Entity: workIRI, Surface: "山河之歌", Via: "bracket", Span: span(t, docBText, "山河之歌", 0)},
		{Entity: liIRI, Surface: "李青", Via: "cue", Span: span(t, docBText, "李青", 0)},
	}
	bb.Relations = []facts.Relation{{Subject: workIRI, Predicate: schema.DirectedBy, Object: liIRI, Span: span(t, docBText, "李青导演的《山河之歌》", 0), Cue: "导演的", Strength: 0.7}}
	return []*facts.Batch{ba, bb}
}

// lexiconQuads stand in for the cause taxonomy and a lexicon entry whose
// IRI holds every character N-Quads forbids.
func lexiconQuads() []quad.Quad {
	l := schema.LexiconLabel
	return []quad.Quad{
		{Subject: causeIRI, Predicate: schema.Type, Object: schema.Cause, Label: l},
		{Subject: causeIRI, Predicate: schema.Label, Object: quad.String("审查与内容限制"), Label: l},
		{Subject: causeIRI, Predicate: schema.LabelEn, Object: quad.String("Censorship and content restrictions"), Label: l},
		{Subject: causeIRI, Predicate: schema.CauseKind, Object: quad.String("cause"), Label: l},
		{Subject: oddIRI, Predicate: schema.Type, Object: schema.Work, Label: l},
		{Subject: oddIRI, Predicate: schema.Label, Object: quad.String("怪\t名"), Label: l},
		{Subject: oddIRI, Predicate: schema.Year, Object: quad.Int(1999), Label: l},
		{Subject: oddIRI, Predicate: schema.RemakeOf, Object: workIRI, Label: l},
		{Subject: oddIRI, Predicate: schema.Confidence, Object: quad.Float(0.25), Label: l},
	}
}

func fixtureStore(t testing.TB, spec string) *graph.Store {
	t.Helper()
	st, err := graph.Open(spec, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	for _, b := range fixtureBatches(t) {
		if _, err := st.ReplaceLabel(ctx, schema.DocIRI(b.Doc.ID), b.Quads()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.ReplaceLabel(ctx, schema.LexiconLabel, lexiconQuads()); err != nil {
		t.Fatal(err)
	}
	return st
}

// allQuads lists the store's quads as sorted N-Quads lines (short IRIs),
// for comparing two stores quad for quad.
func allQuads(t testing.TB, st *graph.Store) []string {
	t.Helper()
	it := st.QS.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		out = append(out, st.QS.Quad(it.Result()).NQuad())
	}
	sortStrings(out)
	return out
}
