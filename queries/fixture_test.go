package queries

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/pipeline"
	"github.com/filmgraph/filmgraph/schema"
)

// The fixture is a small invented world (films, people and a festival that
// do not exist, text written for this test): a Q&A thread with three
// answers arguing why films do not travel, and a news item with relations.
// It goes through facts.Batch.Quads and graph.Store.ReplaceLabel exactly
// as ingested documents do.

const taxonomyLabel = quad.IRI("fg:source/test-taxonomy")

type fixtureSection struct {
	kind, author, authorKind string
	paras                    []string
}

func buildDoc(id, format, title string, secs []fixtureSection) *ingest.Document {
	b := ingest.NewBuilder()
	m := b.Meta()
	m.Title, m.Lang = title, "zh"
	for _, s := range secs {
		sec := b.StartSection(s.kind, "")
		sec.Author, sec.AuthorKind = s.author, s.authorKind
		for _, p := range s.paras {
			b.AddParagraph("text", "", p)
		}
	}
	d := b.Document()
	d.ID, d.Format, d.Source, d.Hash = id, format, id+".txt", "hash-"+id
	return d
}

// at returns the byte span of the n-th (0-based) occurrence of sub in the
// document's text; it fails the test when there is none.
func at(t testing.TB, d *ingest.Document, sub string, n int) facts.Evidence {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(d.Text[off:], sub)
		if j < 0 {
			t.Fatalf("fixture: %q occurrence %d not in %s", sub, n, d.ID)
		}
		if i == n {
			return facts.Evidence{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

var (
	wMountains = schema.WorkIRI("山海远行")
	wFogCity   = schema.WorkIRI("雾城")
	wRiver     = schema.WorkIRI("无声之河")
	pLin       = schema.PersonIRI("林远")
	pZhou      = schema.PersonIRI("周晴")
	fBeihai    = schema.FestivalIRI("北海电影节")
)

func fixtureBatches(t testing.TB) []*facts.Batch {
	qa := buildDoc("qa1", "zhihu", "为什么这里的电影难以走出国门？", []fixtureSection{
		{"answer", "影评人甲", "zhihu-user", []string{"审查太严，《山海远行》这样的片子只能删成恋爱片。《雾城》能拍出来只是例外。"}},
		{"answer", "观众乙", "zhihu-user", []string{"不是审查的问题。是剧本太差，《山海远行》的剧本漏洞百出，《无声之河》也一样。"}},
		{"answer", "匿名用户", "anonymous", []string{"林远的《雾城》早就在北海电影节拿了奖，已经走出去了。"}},
	})
	news := buildDoc("news1", "news", "北海电影节揭晓", []fixtureSection{
		{"article", "", "", []string{"林远执导的《雾城》获北海电影节最佳影片。周晴主演了林远的新作《山海远行》。", "业内认为审查制约了《无声之河》的海外发行。"}},
	})

	works := []facts.Entity{
		{IRI: wMountains, Type: schema.Work, Label: "山海远行", Aliases: []string{"Mountains Away"}, Kind: "film", Year: 2019, TitleEn: "Mountains Away"},
		{IRI: wFogCity, Type: schema.Work, Label: "雾城", Kind: "film", Year: 2015},
		{IRI: wRiver, Type: schema.Work, Label: "无声之河", Kind: "film", Year: 2021},
	}
	people := []facts.Entity{
		{IRI: pLin, Type: schema.Person, Label: "林远", Roles: []string{"director"}},
		{IRI: pZhou, Type: schema.Person, Label: "周晴", Roles: []string{"actor"}},
	}
	fest := facts.Entity{IRI: fBeihai, Type: schema.Festival, Label: "北海电影节", Aliases: []string{"北海节"}}

	mention := func(b *facts.Batch, e quad.IRI, surface string, n int) {
		b.Mentions = append(b.Mentions, facts.Mention{Entity: e, Surface: surface, Via: "bracket", Span: at(t, b.Doc, surface, n)})
	}

	bq := facts.NewBatch(qa)
	for _, e := range works {
		bq.AddEntity(e)
	}
	bq.AddEntity(fest)
	mention(bq, wMountains, "山海远行", 0)
	mention(bq, wFogCity, "雾城", 0)
	mention(bq, wMountains, "山海远行", 1)
	mention(bq, wRiver, "无声之河", 0)
	mention(bq, wFogCity, "雾城", 1)
	mention(bq, fBeihai, "北海电影节", 0)
	bq.AddEntity(facts.Entity{IRI: pLin, Type: schema.Person, Label: "林远"})
	mention(bq, pLin, "林远", 0)
	// The same relation as in the news item, stated by a second document.
	bq.Relations = []facts.Relation{{Subject: wFogCity, Predicate: schema.DirectedBy, Object: pLin,
		Span: at(t, qa, "林远的《雾城》", 0), Cue: "的", Strength: 0.6}}
	claim := func(b *facts.Batch, sentence, stance string, causes []string, cites []facts.Citation) facts.Claim {
		c := facts.Claim{Span: at(t, b.Doc, sentence, 0), Stance: stance, Confidence: 0.8, Effect: "走不出国门"}
		for _, id := range causes {
			c.Causes = append(c.Causes, facts.CauseLink{CauseID: id, Trigger: c.Span, Confidence: 0.7})
		}
		c.Cites = cites
		return c
	}
	cite := func(b *facts.Batch, e quad.IRI, surface, role string, n int) facts.Citation {
		return facts.Citation{Entity: e, Role: role, Span: at(t, b.Doc, surface, n)}
	}
	bq.Claims = []facts.Claim{
		claim(bq, "审查太严，《山海远行》这样的片子只能删成恋爱片。", "asserts", []string{"censorship"},
			[]facts.Citation{cite(bq, wMountains, "山海远行", "problem_example", 0)}),
		claim(bq, "《雾城》能拍出来只是例外。", "asserts", []string{"censorship"},
			[]facts.Citation{cite(bq, wFogCity, "雾城", "counter_example", 0)}),
		claim(bq, "不是审查的问题。", "denies", []string{"censorship"}, nil),
		claim(bq, "是剧本太差，《山海远行》的剧本漏洞百出，《无声之河》也一样。", "asserts", []string{"weak_scripts"},
			[]facts.Citation{cite(bq, wMountains, "山海远行", "problem_example", 1), cite(bq, wRiver, "无声之河", "problem_example", 0)}),
		claim(bq, "林远的《雾城》早就在北海电影节拿了奖，已经走出去了。", "asserts", []string{"already_succeeded"},
			[]facts.Citation{cite(bq, wFogCity, "雾城", "positive_model", 1), cite(bq, fBeihai, "北海电影节", "positive_model", 0)}),
	}
	bq.Claims[0].LeadsTo = []int{1}

	bn := facts.NewBatch(news)
	bn.AddEntity(works[0])
	bn.AddEntity(works[1])
	bn.AddEntity(works[2])
	for _, p := range people {
		bn.AddEntity(p)
	}
	bn.AddEntity(fest)
	mention(bn, pLin, "林远", 0)
	mention(bn, wFogCity, "雾城", 0)
	mention(bn, fBeihai, "北海电影节", 0)
	mention(bn, pZhou, "周晴", 0)
	mention(bn, pLin, "林远", 1)
	mention(bn, wMountains, "山海远行", 0)
	mention(bn, wRiver, "无声之河", 0)
	rel := func(s quad.IRI, p quad.IRI, o quad.IRI, words string, n int, extra map[quad.IRI]quad.Value) facts.Relation {
		return facts.Relation{Subject: s, Predicate: p, Object: o, Span: at(t, news, words, n), Cue: "cue", Strength: 0.9, Extra: extra}
	}
	bn.Relations = []facts.Relation{
		rel(wFogCity, schema.DirectedBy, pLin, "林远执导的《雾城》", 0, nil),
		rel(wFogCity, schema.AwardAt, fBeihai, "《雾城》获北海电影节最佳影片", 0,
			map[quad.IRI]quad.Value{schema.Prize: quad.String("最佳影片"), schema.Status: quad.String("won")}),
		rel(pZhou, schema.ActedIn, wMountains, "周晴主演了林远的新作《山海远行》", 0, nil),
		rel(wMountains, schema.DirectedBy, pLin, "林远的新作《山海远行》", 0, nil),
	}
	bn.Claims = []facts.Claim{
		claim(bn, "业内认为审查制约了《无声之河》的海外发行。", "asserts", []string{"censorship"},
			[]facts.Citation{cite(bn, wRiver, "无声之河", "problem_example", 0)}),
	}
	return []*facts.Batch{bq, bn}
}

// taxonomyQuads are the cause nodes the fixture's claims point at.
func taxonomyQuads() []quad.Quad {
	var qs []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: taxonomyLabel})
	}
	cause := func(id, zh, en, group, kind string, addresses ...string) {
		c := schema.CauseIRI(id)
		add(c, schema.Type, schema.Cause)
		add(c, schema.Label, quad.String(zh))
		add(c, schema.LabelEn, quad.String(en))
		add(c, schema.Group, quad.String(group))
		add(c, schema.CauseKind, quad.String(kind))
		for _, a := range addresses {
			add(c, schema.Addresses, schema.CauseIRI(a))
		}
	}
	cause("censorship", "审查", "censorship", "A", "cause")
	cause("weak_scripts", "剧本差", "weak scripts", "B", "cause")
	cause("no_audience", "没有观众", "no audience", "C", "cause")
	cause("already_succeeded", "已经走出去了", "already succeeded abroad", "X", "counter", "censorship", "weak_scripts")
	return qs
}

// openFixture loads the fixture into a store named by spec ("memory" or a
// bolt path).
func openFixture(t testing.TB, spec string) *graph.Store {
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
	if _, err := st.ReplaceLabel(ctx, taxonomyLabel, taxonomyQuads()); err != nil {
		t.Fatal(err)
	}
	// The store-wide totals pipeline.Run writes after an ingest.
	if err := pipeline.WriteTotals(ctx, st); err != nil {
		t.Fatal(err)
	}
	return st
}

func fixtureStores(t *testing.T) map[string]*graph.Store {
	return map[string]*graph.Store{
		"memory": openFixture(t, graph.Memory),
		"bolt":   openFixture(t, filepath.Join(t.TempDir(), "fixture.db")),
	}
}
