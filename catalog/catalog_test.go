package catalog

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

// fixture builds a two-document store by hand: doc a says 李安 directed
// 卧虎藏龙 and that it won at the Oscars, and argues a cause citing it;
// doc b only mentions it. The lexicon also knows the director.
func fixture(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	work, ang, oscars := schema.WorkIRI("卧虎藏龙"), schema.PersonIRI("李安"), schema.FestivalIRI("oscars")

	mk := func(id, text string) (*ingest.Document, *facts.Batch) {
		b := ingest.NewBuilder()
		b.StartSection("answer", "").Author = "影迷甲"
		b.Section().AuthorKind = "zhihu-user"
		b.AddParagraph("text", "", text)
		d := b.Document()
		d.ID, d.Format, d.Hash, d.Source = id, "zhihu", "h-"+id, id+".md"
		return d, facts.NewBatch(d)
	}
	at := func(d *ingest.Document, s string) facts.Evidence {
		i := strings.Index(d.Text, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, d.Text)
		}
		return facts.Evidence{Start: i, End: i + len(s)}
	}

	d, b := mk("a", "李安执导的《卧虎藏龙》获得奥斯卡最佳外语片，可见审查不是全部原因。")
	b.AddEntity(facts.Entity{IRI: work, Type: schema.Work, Label: "卧虎藏龙", Kind: "film", Year: 2000, Aliases: []string{"臥虎藏龍"}})
	b.AddEntity(facts.Entity{IRI: ang, Type: schema.Person, Label: "李安", Roles: []string{"director"}})
	b.AddEntity(facts.Entity{IRI: oscars, Type: schema.Festival, Label: "奥斯卡金像奖"})
	b.Mentions = append(b.Mentions, facts.Mention{Entity: work, Surface: "卧虎藏龙", Via: "bracket", Span: at(d, "卧虎藏龙")},
		facts.Mention{Entity: ang, Surface: "李安", Via: "lexicon", Span: at(d, "李安")})
	b.Relations = append(b.Relations,
		facts.Relation{Subject: work, Predicate: schema.DirectedBy, Object: ang, Span: at(d, "李安执导的《卧虎藏龙》"), Cue: "执导", Strength: 0.95},
		facts.Relation{Subject: work, Predicate: schema.AwardAt, Object: oscars, Span: at(d, "《卧虎藏龙》获得奥斯卡最佳外语片"), Cue: "获得", Strength: 0.9,
			Extra: map[quad.IRI]quad.Value{schema.Prize: quad.String("最佳外语片"), schema.Status: quad.String("won"), schema.Year: quad.Int(2001)}})
	b.Claims = append(b.Claims, facts.Claim{Span: at(d, "可见审查不是全部原因。"), Stance: "denies", Confidence: 0.7,
		Causes: []facts.CauseLink{{CauseID: "censorship_content_restrictions", Trigger: at(d, "审查"), Confidence: 0.8}},
		Cites:  []facts.Citation{{Entity: work, Role: "counter_example", Span: at(d, "卧虎藏龙")}}})
	if _, err := s.ReplaceLabel(ctx, schema.DocIRI("a"), b.Quads()); err != nil {
		t.Fatal(err)
	}
	d2, b2 := mk("b", "再看一遍卧虎藏龙。")
	b2.AddEntity(facts.Entity{IRI: work, Type: schema.Work, Label: "卧虎藏龙", Kind: "film"})
	b2.Mentions = append(b2.Mentions, facts.Mention{Entity: work, Surface: "卧虎藏龙", Via: "lexicon", Span: at(d2, "卧虎藏龙")})
	if _, err := s.ReplaceLabel(ctx, schema.DocIRI("b"), b2.Quads()); err != nil {
		t.Fatal(err)
	}
	lex := []quad.Quad{
		{Subject: work, Predicate: schema.DirectedBy, Object: ang, Label: schema.LexiconLabel},
		{Subject: work, Predicate: schema.Tag, Object: quad.String("wuxia"), Label: schema.LexiconLabel},
		{Subject: schema.CauseIRI("censorship_content_restrictions"), Predicate: schema.Type, Object: schema.Cause, Label: schema.LexiconLabel},
		{Subject: schema.CauseIRI("censorship_content_restrictions"), Predicate: schema.Label, Object: quad.String("审查"), Label: schema.LexiconLabel},
		{Subject: schema.CauseIRI("censorship_content_restrictions"), Predicate: schema.CauseKind, Object: quad.String("cause"), Label: schema.LexiconLabel},
	}
	if _, err := s.ReplaceLabel(ctx, schema.LexiconLabel, lex); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestFilmsRecord(t *testing.T) {
	r := New(fixture(t))
	films, err := r.Films(context.Background(), FilmFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(films) != 1 {
		t.Fatalf("films = %+v", films)
	}
	f := films[0]
	if f.Title != "卧虎藏龙" || f.Year != 2000 || f.Mentions != 2 || strings.Join(f.Documents, ",") != "a,b" {
		t.Errorf("film = %+v", f)
	}
	if len(f.Directors) != 1 || f.Directors[0] != "李安" || f.DirectorSources[0].Source != "document+lexicon" {
		t.Errorf("directors = %v %+v", f.Directors, f.DirectorSources)
	}
	if len(f.Awards) != 1 || f.Awards[0] != (Award{Festival: "奥斯卡金像奖", Award: "最佳外语片", Status: "won", Year: 2001, Document: "a"}) {
		t.Errorf("awards = %+v", f.Awards)
	}
	if strings.Join(f.Aliases, ",") != "臥虎藏龍" {
		t.Errorf("aliases = %v", f.Aliases)
	}
	if strings.Join(f.Tags, ",") != "wuxia" {
		t.Errorf("tags = %v, want the lexicon's wuxia", f.Tags)
	}
}

func TestCausesAndShow(t *testing.T) {
	r := New(fixture(t))
	ctx := context.Background()
	causes, err := r.Causes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(causes) != 1 || causes[0].Claims != 1 || len(causes[0].Films) != 1 || causes[0].Films[0].Title != "卧虎藏龙" {
		t.Fatalf("causes = %+v", causes)
	}
	iris, err := r.Resolve(ctx, "臥虎藏龍")
	if err != nil || len(iris) != 1 {
		t.Fatalf("resolve alias = %v %v", iris, err)
	}
	if iris, _ := r.Resolve(ctx, "《卧虎 藏龙》"); len(iris) != 1 {
		t.Fatalf("resolve folded = %v", iris)
	}
	d, err := r.Show(ctx, iris[0], 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 2 || d.Mentions[0].Author != "影迷甲" || d.Mentions[0].Quote != "卧虎藏龙" {
		t.Errorf("mentions = %+v", d.Mentions)
	}
	if len(d.Arguments) != 1 || d.Arguments[0].Role != "counter_example" || d.Arguments[0].Claim != "可见审查不是全部原因。" {
		t.Errorf("arguments = %+v", d.Arguments)
	}
	var preds []string
	for _, rel := range d.Relations {
		preds = append(preds, rel.Predicate+":"+rel.Other)
		if rel.Evidence == nil || rel.Evidence.Quote == "" {
			t.Errorf("relation %+v has no evidence", rel)
		}
	}
	if strings.Join(preds, " ") != "awardAt:奥斯卡金像奖 directedBy:李安" {
		t.Errorf("relations = %v", preds)
	}
}

func TestStatsCounts(t *testing.T) {
	st, err := New(fixture(t)).Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, c := range st.NodeTypes {
		got[c.Name] = c.Count
	}
	if got["fg:Work"] != 1 || got["fg:Document"] != 2 || got["fg:Claim"] != 1 || got["fg:Mention"] != 3 {
		t.Errorf("node types = %v", got)
	}
}

// A director only a document names, for a film whose directors the
// lexicon knows, is reported as disputed and kept out of "directors".
func TestDocumentAttributionKeptApartFromLexicon(t *testing.T) {
	s := fixture(t)
	ctx := context.Background()
	work, wu := schema.WorkIRI("卧虎藏龙"), schema.PersonIRI("吴京")
	b := ingest.NewBuilder()
	b.AddParagraph("text", "", "比如吴京的卧虎藏龙")
	d := b.Document()
	d.ID, d.Hash = "c", "h"
	batch := facts.NewBatch(d)
	batch.AddEntity(facts.Entity{IRI: wu, Type: schema.Person, Label: "吴京"})
	batch.Relations = append(batch.Relations, facts.Relation{Subject: work, Predicate: schema.DirectedBy, Object: wu, Span: facts.Evidence{Start: 6, End: len(d.Text)}, Cue: "的", Strength: 0.6})
	if _, err := s.ReplaceLabel(ctx, schema.DocIRI("c"), batch.Quads()); err != nil {
		t.Fatal(err)
	}
	films, err := New(s).Films(ctx, FilmFilter{})
	if err != nil {
		t.Fatal(err)
	}
	f := films[0]
	if strings.Join(f.Directors, ",") != "李安" {
		t.Errorf("directors = %v, want only the lexicon's 李安", f.Directors)
	}
	var disputed []string
	for _, ds := range f.DirectorSources {
		if ds.Disputed {
			disputed = append(disputed, ds.Name+":"+ds.Source+":"+strings.Join(ds.Documents, ","))
		}
	}
	if strings.Join(disputed, ";") != "吴京:document:c" {
		t.Errorf("disputed = %v", disputed)
	}
}

// A director whose every document statement was read from the film and
// the person named together (schema.CoMentionCue) is marked so; one a
// document states in its own words is not.
func TestDirectorNamedTogether(t *testing.T) {
	s := fixture(t)
	ctx := context.Background()
	// a second director the fixture does not state
	work, lee := schema.WorkIRI("卧虎藏龙"), schema.PersonIRI("王某")
	add := func(id, text, cue string, strength float64) {
		b := ingest.NewBuilder()
		b.AddParagraph("text", "", text)
		d := b.Document()
		d.ID, d.Hash = id, "h"+id
		batch := facts.NewBatch(d)
		batch.AddEntity(facts.Entity{IRI: lee, Type: schema.Person, Label: "王某"})
		batch.Relations = append(batch.Relations, facts.Relation{Subject: work, Predicate: schema.DirectedBy, Object: lee, Span: facts.Evidence{Start: 0, End: len(d.Text)}, Cue: cue, Strength: strength})
		if _, err := s.ReplaceLabel(ctx, schema.DocIRI(id), batch.Quads()); err != nil {
			t.Fatal(err)
		}
	}
	together := func() bool {
		films, err := New(s).Films(ctx, FilmFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, ds := range films[0].DirectorSources {
			if ds.Name == "王某" {
				return ds.NamedTogether
			}
		}
		t.Fatal("no 王某 among the director sources")
		return false
	}
	add("nt1", "说起卧虎藏龙，王某功不可没", schema.CoMentionCue, 0.5)
	if !together() {
		t.Errorf("a credit only named together is not marked named_together")
	}
	add("nt2", "王某执导的卧虎藏龙", "执导", 0.9)
	if together() {
		t.Errorf("a credit a document states is marked named_together")
	}
}
