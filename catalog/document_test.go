package catalog

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// addThread adds to the fixture store a three-answer thread "t" by two
// authors (甲 writes answers 0 and 2) that mentions 卧虎藏龙 three times,
// 霸王别姬, 李安 and the Oscars once each, and argues two claims.
func addThread(t *testing.T) *Reader {
	t.Helper()
	s := fixture(t)
	ctx := context.Background()
	work, ang, oscars := schema.WorkIRI("卧虎藏龙"), schema.PersonIRI("李安"), schema.FestivalIRI("oscars")
	b := ingest.NewBuilder()
	for _, p := range []struct{ author, text string }{
		{"甲", "卧虎藏龙拿了奥斯卡。审查让很多题材拍不了。"},
		{"乙", "李安的卧虎藏龙是例外，说明故事讲得好就能走出去。"},
		{"甲", "再说一次卧虎藏龙和霸王别姬。"},
	} {
		b.StartSection("answer", "").Author = p.author
		b.Section().AuthorKind = "zhihu-user"
		b.AddParagraph("text", "", p.text)
	}
	d := b.Document()
	d.ID, d.Format, d.Hash, d.Source, d.Title, d.Date, d.Lang = "t", "zhihu", "h-t", "t.md", "为什么？", "2024-03-18", "zh"
	at := func(s string, nth int) facts.Evidence {
		off := 0
		for ; nth > 0; nth-- {
			off += strings.Index(d.Text[off:], s) + len(s)
		}
		i := strings.Index(d.Text[off:], s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, d.Text)
		}
		return facts.Evidence{Start: off + i, End: off + i + len(s)}
	}
	batch := facts.NewBatch(d)
	batch.AddEntity(facts.Entity{IRI: work, Type: schema.Work, Label: "卧虎藏龙", Kind: "film"})
	batch.AddEntity(facts.Entity{IRI: schema.WorkIRI("霸王别姬"), Type: schema.Work, Label: "霸王别姬", Kind: "film"})
	batch.AddEntity(facts.Entity{IRI: ang, Type: schema.Person, Label: "李安"})
	batch.AddEntity(facts.Entity{IRI: oscars, Type: schema.Festival, Label: "奥斯卡金像奖"})
	for i := 0; i < 3; i++ {
		batch.Mentions = append(batch.Mentions, facts.Mention{Entity: work, Surface: "卧虎藏龙", Via: "lexicon", Span: at("卧虎藏龙", i)})
	}
	batch.Mentions = append(batch.Mentions,
		facts.Mention{Entity: ang, Surface: "李安", Via: "lexicon", Span: at("李安", 0)},
		facts.Mention{Entity: oscars, Surface: "奥斯卡", Via: "lexicon", Span: at("奥斯卡", 0)},
		facts.Mention{Entity: schema.WorkIRI("霸王别姬"), Surface: "霸王别姬", Via: "lexicon", Span: at("霸王别姬", 0)})
	// The later claim first: show orders claims by their place in the text.
	batch.Claims = append(batch.Claims,
		facts.Claim{Span: at("李安的卧虎藏龙是例外，说明故事讲得好就能走出去。", 0), Stance: "asserts", Confidence: 0.75,
			Causes: []facts.CauseLink{{CauseID: "weak_storytelling_script", Trigger: at("故事", 0), Confidence: 0.7}},
			Cites: []facts.Citation{{Entity: work, Role: "counter_example", Span: at("卧虎藏龙", 1)},
				{Entity: ang, Role: "positive_model", Span: at("李安", 0)}}},
		facts.Claim{Span: at("审查让很多题材拍不了。", 0), Stance: "asserts", Confidence: 0.85,
			Causes: []facts.CauseLink{{CauseID: "censorship_content_restrictions", Trigger: at("审查", 0), Confidence: 0.8}}})
	if _, err := s.ReplaceLabel(ctx, schema.DocIRI("t"), batch.Quads()); err != nil {
		t.Fatal(err)
	}
	return New(s)
}

func TestShowDocument(t *testing.T) {
	r := addThread(t)
	ctx := context.Background()
	iris, err := r.Resolve(ctx, "t")
	if err != nil || len(iris) != 1 || iris[0] != schema.DocIRI("t") {
		t.Fatalf("resolve = %v %v", iris, err)
	}
	d, err := r.Show(ctx, iris[0], 0)
	if err != nil {
		t.Fatal(err)
	}
	doc := d.Document
	if doc == nil {
		t.Fatalf("no document part: %+v", d)
	}
	if d.Label != "为什么？" || doc.Title != "为什么？" || doc.Format != "zhihu" || doc.Date != "2024-03-18" || doc.Lang != "zh" || doc.Sections != 3 {
		t.Errorf("document = %+v", doc)
	}
	var authors []string
	for _, a := range doc.Authors {
		authors = append(authors, a.Name+":"+strconv.Itoa(a.Sections))
	}
	if strings.Join(authors, " ") != "甲:2 乙:1" {
		t.Errorf("authors = %v", authors)
	}
	mentioned := func(ms []Mentioned) string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Label+":"+strconv.Itoa(m.Mentions))
		}
		return strings.Join(out, " ")
	}
	if got := mentioned(doc.Works); got != "卧虎藏龙:3 霸王别姬:1" || doc.WorksTotal != 2 {
		t.Errorf("works = %s (total %d)", got, doc.WorksTotal)
	}
	if got := mentioned(doc.People); got != "李安:1" {
		t.Errorf("people = %s", got)
	}
	if got := mentioned(doc.Festivals); got != "奥斯卡金像奖:1" {
		t.Errorf("festivals = %s", got)
	}
	// Only this document's claims (the fixture's document a has one too),
	// in text order, each with its causes, quote and citations.
	if len(doc.Claims) != 2 {
		t.Fatalf("claims = %+v", doc.Claims)
	}
	c0, c1 := doc.Claims[0], doc.Claims[1]
	if c0.Claim != "审查让很多题材拍不了。" || strings.Join(c0.Causes, ",") != "censorship_content_restrictions" || c0.Confidence != 0.85 || len(c0.Cites) != 0 {
		t.Errorf("claim 0 = %+v", c0)
	}
	if q := c0.Evidence; q == nil || q.Document != "t" || q.Section != 0 || q.Author != "甲" || q.End-q.Start != len([]rune(c0.Claim)) {
		t.Errorf("claim 0 evidence = %+v", q)
	}
	if c1.Stance != "asserts" || strings.Join(c1.Causes, ",") != "weak_storytelling_script" || c1.Evidence == nil || c1.Evidence.Section != 1 || c1.Evidence.Author != "乙" {
		t.Errorf("claim 1 = %+v %+v", c1, c1.Evidence)
	}
	var cites []string
	for _, c := range c1.Cites {
		cites = append(cites, c.Label+":"+c.Role)
	}
	if strings.Join(cites, " ") != "卧虎藏龙:counter_example 李安:positive_model" {
		t.Errorf("claim 1 cites = %v", cites)
	}
	if c0.Evidence.Start >= c1.Evidence.Start {
		t.Errorf("claims out of text order: %d, %d", c0.Evidence.Start, c1.Evidence.Start)
	}

	// Document a, from the fixture: one claim, which denies.
	d, err = r.Show(ctx, schema.DocIRI("a"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if doc := d.Document; doc == nil || len(doc.Claims) != 1 || doc.Claims[0].Stance != "denies" || len(doc.Works) != 1 || len(doc.People) != 1 {
		t.Errorf("document a = %+v", d.Document)
	}
}

func TestShowDocumentCapsMentions(t *testing.T) {
	r := addThread(t)
	ctx := context.Background()
	// The mention lists are capped, most mentioned kept; the totals and
	// the claims are not capped.
	d, err := r.Show(ctx, schema.DocIRI("t"), 1)
	if err != nil {
		t.Fatal(err)
	}
	if doc := d.Document; len(doc.Works) != 1 || doc.Works[0].Label != "卧虎藏龙" || doc.WorksTotal != 2 || len(doc.Claims) != 2 {
		t.Errorf("capped document = %+v", doc)
	}
	// Document b only mentions a work once.
	d, err = r.Show(ctx, schema.DocIRI("b"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if doc := d.Document; doc == nil || len(doc.Claims) != 0 || len(doc.Works) != 1 || doc.Works[0].Mentions != 1 || len(doc.Authors) != 1 {
		t.Errorf("document b = %+v", d.Document)
	}
}
