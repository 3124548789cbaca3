// Package benchqueries builds the synthetic graph the saved-query
// benchmarks run on: deterministic documents shaped like the ones
// filmgraph ingests (Q&A threads, news items, reports, opinion columns),
// with mentions, relations, claims and citations, turned into quads by
// facts.Batch.Quads exactly as ingested text is, so the per-document
// tallies exist too.
//
// The shape (see DefaultShape and docs/queries.md) follows what the
// research corpus shows: most quads come from a few long Q&A threads whose
// answers are written by mostly distinct authors; news items are many and
// short; citations of works follow a power law (a handful of films are
// cited in every thread, most once); causes are skewed (the top one carries
// about a tenth of the claims); festival links are sparse.
package benchqueries

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/pipeline"
	"github.com/filmgraph/filmgraph/schema"
)

// Shape sizes the synthetic world and its documents.
type Shape struct {
	// Vocabulary sizes: works and people the documents can cite, festivals,
	// the pool of Q&A authors and the causes of the taxonomy.
	Works, People, Festivals, Authors, Causes int
	// Zipf exponents (> 1) of work citations and author activity, and the
	// offset that flattens the head (p(k) ∝ (Offset+k)^-s).
	WorkZipf, AuthorZipf float64
	ZipfOffset           float64
	// Probabilities per sentence: that it argues (is a claim), that it
	// names a festival (with an award or screening relation), and that a
	// claim denies its cause.
	ClaimRate, FestivalRate, DenyRate float64
	// Document mix, by count: fractions of Q&A threads, reports and columns
	// (the rest are news items), and the largest thread in answers.
	ThreadShare, ReportShare, ColumnShare float64
	MaxAnswers                            int
}

// DefaultShape is the shape the 1M-quad benchmark uses.
var DefaultShape = Shape{
	Works: 20000, People: 15000, Festivals: 80, Authors: 60000, Causes: 40,
	WorkZipf: 1.05, AuthorZipf: 1.2, ZipfOffset: 3,
	ClaimRate: 0.55, FestivalRate: 0.03, DenyRate: 0.08,
	ThreadShare: 0.2, ReportShare: 0.15, ColumnShare: 0.25,
	MaxAnswers: 500,
}

// GraphVersion names what a built graph holds. Benchmarks keep a built 1M
// store next to a marker holding this string and rebuild when it differs:
// bump it whenever facts.Batch.Quads or the shape changes the quads (2:
// the packed tally rows of schema "Tally rows"; a store built before them
// has none, and the saved queries would count nothing on it; 3: store-wide
// cause totals and per-document author rows).
const GraphVersion = "3 cause totals, author rows"

// TaxonomyLabel labels the synthetic cause nodes.
const TaxonomyLabel = quad.IRI("fg:source/bench-taxonomy")

func workTitle(i int) string  { return fmt.Sprintf("作品%05d", i) }
func personName(i int) string { return fmt.Sprintf("人物%05d", i) }
func festName(i int) string   { return fmt.Sprintf("第%d电影节", i) }
func causeID(i int) string    { return fmt.Sprintf("cause_%02d", i) }
func counterID(i int) string  { return fmt.Sprintf("counter_%02d", i) }
func authorName(i int) string { return fmt.Sprintf("用户%05d", i) }

// counters is the number of counter-argument causes; each addresses one
// of the first causes.
const counters = 6

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
	for i := 0; i < counters; i++ {
		c := schema.CauseIRI(counterID(i))
		add(c, schema.Type, schema.Cause)
		add(c, schema.Label, quad.String(fmt.Sprintf("反驳%02d", i)))
		add(c, schema.CauseKind, quad.String("counter"))
		add(c, schema.Addresses, schema.CauseIRI(causeID(i)))
	}
	return qs
}

// sampler draws indexes with fixed weights (binary search on the
// cumulative sums), deterministic for a given rand source.
type sampler []float64

func newSampler(n int, weight func(k int) float64) sampler {
	c := make(sampler, n)
	sum := 0.0
	for k := 0; k < n; k++ {
		sum += weight(k)
		c[k] = sum
	}
	for k := range c {
		c[k] /= sum
	}
	return c
}

func (c sampler) draw(r *rand.Rand) int {
	u := r.Float64()
	return sort.SearchFloat64s(c, u)
}

// world holds the samplers of one shape (built once per Build).
type world struct {
	s                      Shape
	works, authors, causes sampler
}

func (s Shape) world() *world {
	zipf := func(exp float64) func(int) float64 {
		return func(k int) float64 { return math.Pow(s.ZipfOffset+float64(k), -exp) }
	}
	return &world{
		s:       s,
		works:   newSampler(s.Works, zipf(s.WorkZipf)),
		authors: newSampler(s.Authors, zipf(s.AuthorZipf)),
		// Causes: p(k) ∝ 1/(k+3), the top cause carries ~11% of the claims
		// (the corpus' top cause: 168 of 1,912 claim-cause links).
		causes: newSampler(s.Causes, func(k int) float64 { return 1 / float64(k+3) }),
	}
}

// director is the (one) director of work w, so that every document that
// states a director states the same one.
func (s Shape) director(w int) int { return (w*7919 + 13) % s.People }

// docKind picks the genre of document n.
func (s Shape) docKind(r *rand.Rand) string {
	u := r.Float64()
	switch {
	case u < s.ThreadShare:
		return "thread"
	case u < s.ThreadShare+s.ReportShare:
		return "report"
	case u < s.ThreadShare+s.ReportShare+s.ColumnShare:
		return "column"
	}
	return "news"
}

// layout returns, for a document kind, its sections as (author, number of
// sentences) pairs; author -1 means unsigned.
func (w *world) layout(r *rand.Rand, kind string) (format string, secs [][2]int) {
	s := w.s
	switch kind {
	case "thread":
		// Thread sizes follow a power law between 20 and MaxAnswers
		// answers; answers are 1 to ~12 sentences, most short.
		n := int(20 * math.Pow(float64(s.MaxAnswers)/20, r.Float64()*r.Float64()))
		for i := 0; i < n; i++ {
			secs = append(secs, [2]int{w.authors.draw(r), 1 + int(r.ExpFloat64()*3)})
		}
		return "zhihu", secs
	case "report":
		for i, n := 0, 5+r.Intn(8); i < n; i++ {
			secs = append(secs, [2]int{-1, 8 + r.Intn(20)})
		}
		return "pdf", secs
	case "column":
		a := w.authors.draw(r)
		for i, n := 0, 1+r.Intn(2); i < n; i++ {
			secs = append(secs, [2]int{a, 10 + r.Intn(25)})
		}
		return "newspaper", secs
	}
	return "news", [][2]int{{-1, 4 + r.Intn(12)}}
}

// sentence is one generated sentence and what it names.
type sentence struct {
	start, end int // byte offsets in the document's text
	works      []int
	director   bool // the first work's director is named ("X执导的《W》")
	fest       int  // -1 when none
	claim      bool
}

// Document builds the batch of synthetic document n (deterministic in n).
func (s Shape) Document(n int) *facts.Batch { return s.world().document(n) }

func (w *world) document(n int) *facts.Batch {
	s := w.s
	r := rand.New(rand.NewSource(int64(n)*7 + 1))
	kind := s.docKind(r)
	format, secs := w.layout(r, kind)

	b := ingest.NewBuilder()
	b.Meta().Title = fmt.Sprintf("文档%d：为什么走不出去？", n)
	b.Meta().Lang = "zh"
	var sents []sentence
	for si, sec := range secs {
		secKind := "body"
		if format == "zhihu" {
			secKind = "answer"
		}
		st := b.StartSection(secKind, "")
		if sec[0] >= 0 {
			st.Author, st.AuthorKind = authorName(sec[0]), "zhihu-user"
		}
		var para strings.Builder
		var local []sentence
		for k := 0; k < sec[1]; k++ {
			x := sentence{fest: -1, claim: r.Float64() < s.ClaimRate}
			// Works named: none in about a third of the sentences, one in
			// most of the others, up to three.
			nw := []int{0, 0, 1, 1, 1, 2, 2, 3}[r.Intn(8)]
			for j := 0; j < nw; j++ {
				x.works = append(x.works, w.works.draw(r))
			}
			x.director = nw > 0 && r.Intn(4) == 0
			if nw > 0 && r.Float64() < s.FestivalRate {
				x.fest = r.Intn(s.Festivals)
			}
			x.start = para.Len()
			if x.director {
				fmt.Fprintf(&para, "%s执导的", personName(s.director(x.works[0])))
			}
			for j, wk := range x.works {
				if j > 0 {
					para.WriteString("和")
				}
				fmt.Fprintf(&para, "《%s》", workTitle(wk))
			}
			if x.fest >= 0 {
				fmt.Fprintf(&para, "入围%s", festName(x.fest))
			}
			fmt.Fprintf(&para, "，这是第%d段第%d句。", si, k)
			x.end = para.Len()
			local = append(local, x)
		}
		text := para.String()
		b.AddParagraph("text", "", text)
		base := b.Len() - len(text)
		for _, x := range local {
			x.start += base
			x.end += base
			sents = append(sents, x)
		}
	}
	doc := b.Document()
	doc.ID = fmt.Sprintf("bench%05d", n)
	doc.Format, doc.Source, doc.Hash = format, doc.ID+".txt", fmt.Sprintf("h%d", n)

	bt := facts.NewBatch(doc)
	find := func(x sentence, sub string) facts.Evidence {
		i := strings.Index(doc.Text[x.start:x.end], sub)
		if i < 0 {
			panic(fmt.Sprintf("synthetic %s: %q not in its sentence", doc.ID, sub))
		}
		return facts.Evidence{Start: x.start + i, End: x.start + i + len(sub)}
	}
	roles := []string{"problem_example", "problem_example", "positive_model", "counter_example", "counterfactual"}
	for _, x := range sents {
		var cites []facts.Citation
		for _, wk := range x.works {
			wIRI := schema.WorkIRI(workTitle(wk))
			bt.AddEntity(facts.Entity{IRI: wIRI, Type: schema.Work, Label: workTitle(wk), Kind: "film", Year: 1960 + wk%65})
			sp := find(x, "《"+workTitle(wk)+"》")
			bt.Mentions = append(bt.Mentions, facts.Mention{Entity: wIRI, Surface: workTitle(wk), Via: "bracket", Span: sp})
			cites = append(cites, facts.Citation{Entity: wIRI, Role: roles[r.Intn(len(roles))], Span: sp})
		}
		if x.director {
			d := s.director(x.works[0])
			pIRI := schema.PersonIRI(personName(d))
			bt.AddEntity(facts.Entity{IRI: pIRI, Type: schema.Person, Label: personName(d), Roles: []string{"director"}})
			bt.Mentions = append(bt.Mentions, facts.Mention{Entity: pIRI, Surface: personName(d), Via: "lexicon", Span: find(x, personName(d))})
			wsp := find(x, "《"+workTitle(x.works[0])+"》")
			bt.Relations = append(bt.Relations, facts.Relation{Subject: schema.WorkIRI(workTitle(x.works[0])), Predicate: schema.DirectedBy, Object: pIRI,
				Span: facts.Evidence{Start: x.start, End: wsp.End}, Cue: "执导", Strength: 0.9})
		}
		if x.fest >= 0 {
			fIRI := schema.FestivalIRI(festName(x.fest))
			bt.AddEntity(facts.Entity{IRI: fIRI, Type: schema.Festival, Label: festName(x.fest)})
			fsp := find(x, festName(x.fest))
			bt.Mentions = append(bt.Mentions, facts.Mention{Entity: fIRI, Surface: festName(x.fest), Via: "lexicon", Span: fsp})
			bt.Relations = append(bt.Relations, facts.Relation{Subject: schema.WorkIRI(workTitle(x.works[len(x.works)-1])), Predicate: schema.AwardAt, Object: fIRI,
				Span: facts.Evidence{Start: x.start, End: fsp.End}, Cue: "入围", Strength: 0.8,
				Extra: map[quad.IRI]quad.Value{schema.Status: quad.String("competition")}})
			if x.claim {
				cites = append(cites, facts.Citation{Entity: fIRI, Role: "positive_model", Span: fsp})
			}
		}
		if !x.claim {
			continue
		}
		c := facts.Claim{Span: facts.Evidence{Start: x.start, End: x.end}, Stance: "asserts", Confidence: 0.7, Effect: "走不出国门", Cites: cites}
		if r.Float64() < s.DenyRate {
			c.Stance = "denies"
		}
		cause := causeID(w.causes.draw(r))
		if r.Intn(15) == 0 {
			cause = counterID(r.Intn(counters))
		}
		c.Causes = []facts.CauseLink{{CauseID: cause, Trigger: c.Span, Confidence: 0.6}}
		if r.Intn(8) == 0 { // some claims argue two causes at once
			if second := causeID(w.causes.draw(r)); second != cause {
				c.Causes = append(c.Causes, facts.CauseLink{CauseID: second, Trigger: c.Span, Confidence: 0.5})
			}
		}
		bt.Claims = append(bt.Claims, c)
	}
	return bt
}

// Stats summarises what Build wrote.
type Stats struct {
	Quads, Documents int
	ByKind           map[string]int // documents per genre
}

// Build writes documents into st until it holds at least quads quads
// (the taxonomy included) and reports what it wrote. progress, when not
// nil, is called after each document.
func (s Shape) Build(ctx context.Context, st *graph.Store, quads int, progress func(docs, quads int)) (Stats, error) {
	w := s.world()
	tax := s.Taxonomy()
	if _, err := st.ReplaceLabel(ctx, TaxonomyLabel, tax); err != nil {
		return Stats{}, err
	}
	stats := Stats{Quads: len(tax), ByKind: map[string]int{}}
	for n := 0; stats.Quads < quads; n++ {
		b := w.document(n)
		qs := b.Quads()
		if _, err := st.ReplaceLabel(ctx, schema.DocIRI(b.Doc.ID), qs); err != nil {
			return stats, fmt.Errorf("write synthetic document %s: %w", b.Doc.ID, err)
		}
		stats.Quads += len(qs)
		stats.Documents++
		stats.ByKind[b.Doc.Format]++
		if progress != nil {
			progress(n+1, stats.Quads)
		}
	}
	// The totals an ingest writes after its last document (pipeline.Run).
	if err := pipeline.WriteTotals(ctx, st); err != nil {
		return stats, fmt.Errorf("write synthetic cause totals: %w", err)
	}
	return stats, nil
}
