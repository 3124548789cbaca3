// Package exporttest builds the invented fixture graph the export tests
// and the export/import command tests share: two short documents written
// for the tests (a film, its director, an actor, a festival award, and a
// claim citing the film under a cause) plus lexicon quads, one of them
// with an IRI holding every character N-Quads forbids.
package exporttest

import (
	"context"
	"sort"
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
	Cause    = "censorship_content_restrictions"
	docAText = "《山河之歌》由李青导演，2019年上映。张远在片中出演主角。影片在金鹿电影节获得最佳影片。\n我认为审查制度让《山河之歌》删掉了结尾。"
	docBText = "李青导演的《山河之歌》讲的是一条河的故事。"
)

var (
	WorkIRI  = schema.WorkIRI("山河之歌")
	LiIRI    = schema.PersonIRI("李青")
	ZhangIRI = schema.PersonIRI("张远")
	FestIRI  = schema.FestivalIRI("金鹿电影节")
	CauseIRI = schema.CauseIRI(Cause)
	OddIRI   = quad.IRI("fg:work/odd name<\"{x}\">\\") // never built by schema.Slug: checks IRI escaping
	DocAIRI  = schema.DocIRI("fixture-a")
	DocBIRI  = schema.DocIRI("fixture-b")
	Labels   = []quad.IRI{DocAIRI, DocBIRI, schema.LexiconLabel}
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

// Batches are the fixture documents' extraction results.
func Batches(t testing.TB) []*facts.Batch {
	a := &ingest.Document{ID: "fixture-a", Source: "a.md", Format: "zhihu", Hash: "aaa", Title: "为什么《山河之歌》结尾被改？", Lang: "zh", Text: docAText,
		Sections: []ingest.Section{{Index: 0, Kind: "answer", Author: "影迷甲", AuthorKind: "zhihu-user", Start: 0, End: len(docAText)}}}
	ba := facts.NewBatch(a)
	ba.AddEntity(facts.Entity{IRI: WorkIRI, Type: schema.Work, Label: "山河之歌", Aliases: []string{"山河"}, Kind: "film", Year: 2019, TitleEn: "Song of \"River\"\nand Mountain"})
	ba.AddEntity(facts.Entity{IRI: LiIRI, Type: schema.Person, Label: "李青", Roles: []string{"director"}})
	ba.AddEntity(facts.Entity{IRI: ZhangIRI, Type: schema.Person, Label: "张远", Roles: []string{"actor"}})
	ba.AddEntity(facts.Entity{IRI: FestIRI, Type: schema.Festival, Label: "金鹿电影节"})
	ba.Mentions = []facts.Mention{
		{Entity: WorkIRI, Surface: "山河之歌", Via: "bracket", Span: span(t, docAText, "山河之歌", 0), Quote: span(t, docAText, "《山河之歌》", 0)},
		{Entity: LiIRI, Surface: "李青", Via: "cue", Span: span(t, docAText, "李青", 0)},
		{Entity: ZhangIRI, Surface: "张远", Via: "cue", Span: span(t, docAText, "张远", 0)},
		{Entity: FestIRI, Surface: "金鹿电影节", Via: "lexicon", Span: span(t, docAText, "金鹿电影节", 0)},
		{Entity: WorkIRI, Surface: "山河之歌", Via: "bracket", Span: span(t, docAText, "山河之歌", 1)},
	}
	ba.Relations = []facts.Relation{
		{Subject: WorkIRI, Predicate: schema.DirectedBy, Object: LiIRI, Span: span(t, docAText, "《山河之歌》由李青导演", 0), Cue: "导演", Strength: 0.9},
		{Subject: ZhangIRI, Predicate: schema.ActedIn, Object: WorkIRI, Span: span(t, docAText, "张远在片中出演主角", 0), Cue: "出演", Strength: 0.8},
		{Subject: WorkIRI, Predicate: schema.AwardAt, Object: FestIRI, Span: span(t, docAText, "影片在金鹿电影节获得最佳影片", 0), Cue: "获得", Strength: 0.85,
			Extra: map[quad.IRI]quad.Value{schema.Prize: quad.String("最佳影片"), schema.Status: quad.String("won"), schema.Year: quad.Int(2020)}},
	}
	claim := span(t, docAText, "我认为审查制度让《山河之歌》删掉了结尾。", 0)
	ba.Claims = []facts.Claim{{Span: claim, Stance: "asserts", Confidence: 0.8, Effect: "结尾被改",
		Causes: []facts.CauseLink{{CauseID: Cause, Trigger: span(t, docAText, "审查制度", 0), Confidence: 0.9}},
		Cites:  []facts.Citation{{Entity: WorkIRI, Role: "problem_example", Span: span(t, docAText, "山河之歌", 1)}},
	}}

	b := &ingest.Document{ID: "fixture-b", Source: "b.txt", Format: "news", Hash: "bbb", Title: "新片速递", Lang: "zh", Text: docBText,
		Sections: []ingest.Section{{Index: 0, Kind: "article", Start: 0, End: len(docBText)}}}
	bb := facts.NewBatch(b)
	bb.AddEntity(facts.Entity{IRI: WorkIRI, Type: schema.Work, Label: "山河之歌", Kind: "film"})
	bb.AddEntity(facts.Entity{IRI: LiIRI, Type: schema.Person, Label: "李青"})
	bb.Mentions = []facts.Mention{
		{Entity: WorkIRI, Surface: "山河之歌", Via: "bracket", Span: span(t, docBText, "山河之歌", 0)},
		{Entity: LiIRI, Surface: "李青", Via: "cue", Span: span(t, docBText, "李青", 0)},
	}
	bb.Relations = []facts.Relation{{Subject: WorkIRI, Predicate: schema.DirectedBy, Object: LiIRI, Span: span(t, docBText, "李青导演的《山河之歌》", 0), Cue: "导演的", Strength: 0.7}}
	return []*facts.Batch{ba, bb}
}

// LexiconQuads stand in for the cause taxonomy and a lexicon entry whose
// IRI holds every character N-Quads forbids.
func LexiconQuads() []quad.Quad {
	l := schema.LexiconLabel
	return []quad.Quad{
		{Subject: CauseIRI, Predicate: schema.Type, Object: schema.Cause, Label: l},
		{Subject: CauseIRI, Predicate: schema.Label, Object: quad.String("审查与内容限制"), Label: l},
		{Subject: CauseIRI, Predicate: schema.LabelEn, Object: quad.String("Censorship and content restrictions"), Label: l},
		{Subject: CauseIRI, Predicate: schema.CauseKind, Object: quad.String("cause"), Label: l},
		{Subject: OddIRI, Predicate: schema.Type, Object: schema.Work, Label: l},
		{Subject: OddIRI, Predicate: schema.Label, Object: quad.String("怪\t名"), Label: l},
		{Subject: OddIRI, Predicate: schema.Year, Object: quad.Int(1999), Label: l},
		{Subject: OddIRI, Predicate: schema.RemakeOf, Object: WorkIRI, Label: l},
		{Subject: OddIRI, Predicate: schema.Confidence, Object: quad.Float(0.25), Label: l},
	}
}

// Store opens a store (graph.Memory or a bolt path) holding the fixture.
func Store(t testing.TB, spec string) *graph.Store {
	t.Helper()
	st, err := graph.Open(spec, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	for _, b := range Batches(t) {
		if _, err := st.ReplaceLabel(ctx, schema.DocIRI(b.Doc.ID), b.Quads()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.ReplaceLabel(ctx, schema.LexiconLabel, LexiconQuads()); err != nil {
		t.Fatal(err)
	}
	return st
}

// AllQuads lists the store's quads as sorted N-Quads lines (short IRIs),
// for comparing two stores quad for quad.
func AllQuads(t testing.TB, st *graph.Store) []string {
	t.Helper()
	it := st.QS.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		out = append(out, st.QS.Quad(it.Result()).NQuad())
	}
	sort.Strings(out)
	return out
}
