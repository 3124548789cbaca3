// Package benchqueries builds the synthetic graph the saved-query
// benchmarks run on: deterministic documents shaped like filmgraph's own
// (Q&A threads with answers by authors, mentions of works, people and
// festivals, relations with statements, claims with causes and citations),
// turned into quads by facts.Batch.Quads exactly as ingested text is.
//
// Popularity is skewed the way the corpus is (a few works and causes are
// cited far more than the rest), so the heaviest entry points are heavy.
package benchqueries

import (
	"context"
	"fmt"
	"math/rand"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// Shape sizes the synthetic world.
type Shape struct {
	Works, People, Festivals, Authors, Causes int
	SectionsPerDoc, SentencesPerSection       int
}

// DefaultShape gives about 5,000 quads per document.
var DefaultShape = Shape{Works: 8000, People: 6000, Festivals: 60, Authors: 3000, Causes: 33, SectionsPerDoc: 30, SentencesPerSection: 4}

// TaxonomyLabel labels the synthetic cause nodes.
const TaxonomyLabel = quad.IRI("fg:source/bench-taxonomy")

// skewed picks an index in [0,n) with a heavy head (u^3 puts ~46% of the
// picks in the first tenth).
func skewed(r *rand.Rand, n int) int {
	u := r.Float64()
	return int(float64(n) * u * u * u)
}

func workTitle(i int) string  { return fmt.Sprintf("作品%05d", i) }
func personName(i int) string { return fmt.Sprintf("人物%05d", i) }
func festName(i int) string   { return fmt.Sprintf("第%d电影节", i) }
func causeID(i int) string    { return fmt.Sprintf("cause_%02d", i) }
func counterID(i int) string  { return fmt.Sprintf("counter_%02d", i) }
func authorName(i int) string { return fmt.Sprintf("用户%05d", i) }

// Taxonomy returns the cause and counter-argument nodes.
func (s Shape) Taxonomy() []quad.Quad {
	var qs []quad.Quad
	add := func(sub quad.IRI, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: sub, Predicate: p, Object: o, Label: TaxonomyLabel})
	}
	for i := 0; i < s.Causes; i++ {
		c := schema.CauseIRI(causeID(i))
		add(c, schema.Type, schema.Cause)
		add(c, schema.Label, quad.String(fmt.Sprintf("原因%02d", i)))
		add(c, schema.LabelEn, quad.String(fmt.Sprintf("cause %02d", i)))
		add(c, schema.Group, quad.String(string(rune('A'+i%5))))
		add(c, schema.CauseKind, quad.String("cause"))
	}
	for i := 0; i < 5; i++ {
		c := schema.CauseIRI(counterID(i))
		add(c, schema.Type, schema.Cause)
		add(c, schema.Label, quad.String(fmt.Sprintf("反驳%02d", i)))
		add(c, schema.CauseKind, quad.String("counter"))
		add(c, schema.Addresses, schema.CauseIRI(causeID(i)))
	}
	return qs
}

// Document builds the batch of synthetic document n (deterministic in n).
func (s Shape) Document(n int) *facts.Batch {
	r := rand.New(rand.NewSource(int64(n) + 1))
	b := ingest.NewBuilder()
	b.Meta().Title = fmt.Sprintf("问题%d：为什么走不出去？", n)
	b.Meta().Lang = "zh"
	type sent struct {
		works  []int
		person int
		fest   int
		start  int
	}
	var sents []sent
	for sec := 0; sec < s.SectionsPerDoc; sec++ {
		st := b.StartSection("answer", "")
		a := skewed(r, s.Authors)
		st.Author, st.AuthorKind = authorName(a), "zhihu-user"
		var para strings.Builder
		var local []sent
		for k := 0; k < s.SentencesPerSection; k++ {
			x := sent{works: []int{skewed(r, s.Works), skewed(r, s.Works)}, person: skewed(r, s.People), fest: skewed(r, s.Festivals)}
			x.start = para.Len()
			fmt.Fprintf(&para, "%s执导的《%s》和《%s》在%s上映，说明了第%d个问题。", personName(x.person), workTitle(x.works[0]), workTitle(x.works[1]), festName(x.fest), k)
			local = append(local, x)
		}
		base := b.Len()
		if base > 0 {
			base += 2 // the "\n\n" section separator AddParagraph writes first
		}
		b.AddParagraph("text", "", para.String())
		for _, x := range local {
			x.start += base
			sents = append(sents, x)
		}
	}
	doc := b.Document()
	doc.ID = fmt.Sprintf("bench%05d", n)
	doc.Format, doc.Source, doc.Hash = "zhihu", doc.ID+".md", fmt.Sprintf("h%d", n)

	bt := facts.NewBatch(doc)
	find := func(from int, sub string) facts.Evidence {
		i := strings.Index(doc.Text[from:], sub)
		if i < 0 {
			panic(fmt.Sprintf("synthetic %s: %q not found", doc.ID, sub))
		}
		return facts.Evidence{Start: from + i, End: from + i + len(sub)}
	}
	for i, x := range sents {
		end := strings.Index(doc.Text[x.start:], "。") + x.start + len("。")
		pIRI, fIRI := schema.PersonIRI(personName(x.person)), schema.FestivalIRI(festName(x.fest))
		bt.AddEntity(facts.Entity{IRI: pIRI, Type: schema.Person, Label: personName(x.person), Roles: []string{"director"}})
		bt.AddEntity(facts.Entity{IRI: fIRI, Type: schema.Festival, Label: festName(x.fest)})
		bt.Mentions = append(bt.Mentions, facts.Mention{Entity: pIRI, Surface: personName(x.person), Via: "lexicon", Span: find(x.start, personName(x.person))})
		bt.Mentions = append(bt.Mentions, facts.Mention{Entity: fIRI, Surface: festName(x.fest), Via: "lexicon", Span: find(x.start, festName(x.fest))})
		var cites []facts.Citation
		for j, w := range x.works {
			wIRI := schema.WorkIRI(workTitle(w))
			bt.AddEntity(facts.Entity{IRI: wIRI, Type: schema.Work, Label: workTitle(w), Kind: "film", Year: 1980 + w%45})
			sp := find(x.start, "《"+workTitle(w)+"》")
			bt.Mentions = append(bt.Mentions, facts.Mention{Entity: wIRI, Surface: workTitle(w), Via: "bracket", Span: sp})
			roles := []string{"problem_example", "positive_model", "counter_example", "counterfactual"}
			cites = append(cites, facts.Citation{Entity: wIRI, Role: roles[(w+j)%len(roles)], Span: sp})
			if j == 0 {
				bt.Relations = append(bt.Relations, facts.Relation{Subject: wIRI, Predicate: schema.DirectedBy, Object: pIRI,
					Span: facts.Evidence{Start: x.start, End: sp.End}, Cue: "执导", Strength: 0.9})
			}
			bt.Relations = append(bt.Relations, facts.Relation{Subject: wIRI, Predicate: schema.AwardAt, Object: fIRI,
				Span: facts.Evidence{Start: x.start, End: end}, Cue: "上映", Strength: 0.5,
				Extra: map[quad.IRI]quad.Value{schema.Status: quad.String("screened")}})
		}
		if i%3 == 2 {
			continue // not every sentence argues
		}
		c := facts.Claim{Span: facts.Evidence{Start: x.start, End: end}, Stance: "asserts", Confidence: 0.7, Effect: "走不出国门", Cites: cites}
		if r.Intn(10) == 0 {
			c.Stance = "denies"
		}
		cause := causeID(skewed(r, s.Causes))
		if r.Intn(12) == 0 {
			cause = counterID(r.Intn(5))
		}
		c.Causes = []facts.CauseLink{{CauseID: cause, Trigger: c.Span, Confidence: 0.6}}
		bt.Claims = append(bt.Claims, c)
	}
	return bt
}

// Build writes documents into st until it holds at least quads quads
// (plus the taxonomy) and returns the number written.
func (s Shape) Build(ctx context.Context, st *graph.Store, quads int, progress func(docs, quads int)) (int, error) {
	tax := s.Taxonomy()
	if _, err := st.ReplaceLabel(ctx, TaxonomyLabel, tax); err != nil {
		return 0, err
	}
	total := len(tax)
	for n := 0; total < quads; n++ {
		b := s.Document(n)
		qs := b.Quads()
		if _, err := st.ReplaceLabel(ctx, schema.DocIRI(b.Doc.ID), qs); err != nil {
			return total, fmt.Errorf("write synthetic document %s: %w", b.Doc.ID, err)
		}
		total += len(qs)
		if progress != nil {
			progress(n+1, total)
		}
	}
	return total, nil
}
