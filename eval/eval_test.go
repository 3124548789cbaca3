package eval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// The fixture is an invented two-answer thread with a question section in
// front, and a hand-built batch with known mistakes: 战狼2 carries the
// alias 战狼 (a merge of two films), 人民日报 is typed as a film, 功夫 is a
// spurious work, one director attribution is wrong, one award has the
// wrong status, one cause and one (cause, film) pair are missed, and the
// second answer gets a claim although it argues nothing.
const docID = "t01_thread"

func fixtureDoc() *ingest.Document {
	b := ingest.NewBuilder()
	b.Meta().Title = "为什么国产片走不出去？"
	b.StartSection("front", "")
	b.AddParagraph("text", "", "为什么国产片走不出去？")
	s := b.StartSection("answer", "")
	s.Author, s.AuthorKind = "甲", "zhihu-user"
	b.AddParagraph("text", "", "我看过《战狼2》和郭帆导演的《流浪地球》。审查太严，拍不了。")
	s = b.StartSection("answer", "")
	s.Author, s.AuthorKind = "乙", "zhihu-user"
	b.AddParagraph("text", "", "战狼和战狼2不是一部电影。张艺谋的《英雄》去了柏林，人民日报说过，功夫。")
	d := b.Document()
	d.ID, d.Format = docID, "zhihu"
	return d
}

// span finds the n-th section's first occurrence of surface.
func span(t *testing.T, d *ingest.Document, sec int, surface string) facts.Evidence {
	t.Helper()
	s := d.Sections[sec]
	i := strings.Index(d.Text[s.Start:s.End], surface)
	if i < 0 {
		t.Fatalf("fixture: %q not in section %d", surface, sec)
	}
	return facts.Evidence{Start: s.Start + i, End: s.Start + i + len(surface)}
}

func fixtureStore(t *testing.T) *graph.Store {
	t.Helper()
	return storeOf(t, fixtureBatch(t).Quads())
}

// fixtureBatch is the facts of the fixture document.
func fixtureBatch(t *testing.T) *facts.Batch {
	t.Helper()
	d := fixtureDoc()
	b := facts.NewBatch(d)
	work := func(label, kind string, aliases ...string) quad.IRI {
		iri := schema.WorkIRI(label)
		b.AddEntity(facts.Entity{IRI: iri, Type: schema.Work, Label: label, Kind: kind, Aliases: aliases})
		return iri
	}
	person := func(name string) quad.IRI {
		iri := schema.PersonIRI(name)
		b.AddEntity(facts.Entity{IRI: iri, Type: schema.Person, Label: name, Roles: []string{"director"}})
		return iri
	}
	zl2 := work("战狼2", "film", "战狼")
	earth := work("流浪地球", "film")
	hero := work("英雄", "film")
	paper := work("人民日报", "film")
	kungfu := work("功夫", "film")
	guo, zhang := person("郭帆"), person("张艺谋")
	berlin := schema.FestivalIRI("柏林国际电影节")
	b.AddEntity(facts.Entity{IRI: berlin, Type: schema.Festival, Label: "柏林国际电影节", Aliases: []string{"柏林"}})

	mention := func(e quad.IRI, sec int, surface string) {
		b.Mentions = append(b.Mentions, facts.Mention{Entity: e, Surface: surface, Via: "test", Span: span(t, d, sec, surface)})
	}
	mention(zl2, 1, "战狼2")
	mention(earth, 1, "流浪地球")
	mention(guo, 1, "郭帆")
	mention(zl2, 2, "战狼")
	mention(hero, 2, "英雄")
	mention(zhang, 2, "张艺谋")
	mention(berlin, 2, "柏林")
	mention(paper, 2, "人民日报")
	mention(kungfu, 2, "功夫")

	rel := func(s quad.IRI, p quad.IRI, o quad.IRI, sec int, words string, extra map[quad.IRI]quad.Value) {
		b.Relations = append(b.Relations, facts.Relation{Subject: s, Predicate: p, Object: o, Span: span(t, d, sec, words), Cue: "test", Strength: 1, Extra: extra})
	}
	rel(earth, schema.DirectedBy, guo, 1, "郭帆导演的《流浪地球》", nil)
	rel(hero, schema.DirectedBy, zhang, 2, "张艺谋的《英雄》", nil)
	rel(zl2, schema.DirectedBy, guo, 2, "战狼2", nil) // wrong: the text says no such thing
	rel(hero, schema.AwardAt, berlin, 2, "《英雄》去了柏林", map[quad.IRI]quad.Value{schema.Status: quad.String("nominated")})

	b.Claims = append(b.Claims,
		facts.Claim{Span: span(t, d, 1, "审查太严，拍不了。"), Stance: "asserts", Confidence: 0.9,
			Causes: []facts.CauseLink{{CauseID: "censorship_content_restrictions", Trigger: span(t, d, 1, "审查"), Confidence: 0.9}},
			Cites:  []facts.Citation{{Entity: earth, Role: "problem_example", Span: span(t, d, 1, "流浪地球")}}},
		facts.Claim{Span: span(t, d, 2, "战狼和战狼2不是一部电影。"), Stance: "asserts", Confidence: 0.3},
	)
	return b
}

// storeOf stores the quads as the fixture document in a memory store.
func storeOf(t *testing.T, qs []quad.Quad) *graph.Store {
	t.Helper()
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.ReplaceLabel(context.Background(), schema.DocIRI(docID), qs); err != nil {
		t.Fatal(err)
	}
	return st
}

func intp(i int) *int    { return &i }
func boolp(b bool) *bool { return &b }

func fixtureGold() Gold {
	return Gold{Document: docID, Annotator: "test", Units: []Unit{
		{Answer: intp(0), Author: "甲",
			Works:      []GoldWork{{Title: "战狼2", Kind: "film"}, {Title: "流浪地球", Kind: "film"}},
			People:     []GoldPerson{{Name: "郭帆", Roles: []string{"director"}}},
			DirectedBy: []GoldDirected{{Work: "流浪地球", Person: "郭帆"}},
			Causes:     []string{"censorship_content_restrictions", "poor_overall_quality"},
			CauseFilms: []GoldCauseRef{{Cause: "censorship_content_restrictions", Work: "流浪地球"}, {Cause: "poor_overall_quality", Work: "战狼2"}},
			Argues:     boolp(true)},
		{Answer: intp(1), Author: "乙",
			Works: []GoldWork{{Title: "战狼", Kind: "film"}, {Title: "战狼 2", Kind: "film"}, {Title: "英雄", Kind: "film"},
				{Title: "人民日报", Kind: "periodical"}},
			People:     []GoldPerson{{Name: "张艺谋", Roles: []string{"director"}}, {Name: "巩俐", Roles: []string{"actor"}}},
			Festivals:  []string{"柏林国际电影节"},
			DirectedBy: []GoldDirected{{Work: "英雄", Person: "张艺谋"}},
			Awards:     []GoldAward{{Work: "英雄", Festival: "柏林国际电影节", Status: "won"}},
			Argues:     boolp(false)},
	}}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkRow(t *testing.T, rep Report, name string, gold, sys, mg, ms int, p, r, f float64) {
	t.Helper()
	row := rep.Row(name)
	if row.Gold != gold || row.System != sys || row.MatchedGold != mg || row.MatchedSystem != ms {
		t.Errorf("%s: gold %d system %d matched %d/%d, want %d %d %d/%d (missed %v, spurious %v)",
			name, row.Gold, row.System, row.MatchedGold, row.MatchedSystem, gold, sys, mg, ms, row.Missed, row.Spurious)
	}
	if !near(row.Precision, p) || !near(row.Recall, r) || !near(row.F1, f) {
		t.Errorf("%s: P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f", name, row.Precision, row.Recall, row.F1, p, r, f)
	}
}

func TestScoreAnswers(t *testing.T) {
	st := fixtureStore(t)
	rep, err := Score(context.Background(), st, []Gold{fixtureGold()})
	if err != nil {
		t.Fatal(err)
	}
	// works: 6 gold, 6 system (战狼2 counted once per answer); 功夫 is spurious.
	checkRow(t, rep, "works", 6, 6, 6, 5, 5.0/6, 1, 10.0/11)
	// per kind: 人民日报 is a film to the system, a periodical in gold.
	checkRow(t, rep, "works:film", 5, 6, 5, 4, 4.0/6, 1, 0.8)
	checkRow(t, rep, "works:periodical", 1, 0, 0, 0, 0, 0, 0)
	checkRow(t, rep, "people", 3, 2, 2, 2, 1, 2.0/3, 0.8)
	checkRow(t, rep, "festivals", 1, 1, 1, 1, 1, 1, 1)
	checkRow(t, rep, "directed_by", 2, 3, 2, 2, 2.0/3, 1, 0.8)
	checkRow(t, rep, "awards", 1, 1, 0, 0, 0, 0, 0)
	checkRow(t, rep, "causes", 2, 1, 1, 1, 1, 0.5, 2.0/3)
	checkRow(t, rep, "cause_films", 2, 1, 1, 1, 1, 0.5, 2.0/3)
	checkRow(t, rep, "argues", 1, 2, 1, 1, 0.5, 1, 2.0/3)

	if len(rep.Merges) != 1 || rep.Merges[0].Label != "战狼2" || strings.Join(rep.Merges[0].Gold, ",") != "战狼,战狼 2" {
		t.Errorf("merges = %+v, want 战狼2 matched by 战狼 and 战狼 2", rep.Merges)
	}
	if got := rep.Row("awards").Missed; len(got) != 1 || !strings.Contains(got[0], "(won)") {
		t.Errorf("awards missed = %v, want the won award", got)
	}
	if len(rep.Documents) != 1 || rep.Units != 2 {
		t.Errorf("documents %d units %d, want 1 and 2", len(rep.Documents), rep.Units)
	}
}

// A "doc" unit covers every section: entities are counted once per
// document, and two gold works on one system node are still a merge.
func TestScoreDocUnit(t *testing.T) {
	st := fixtureStore(t)
	g := Gold{Document: docID, Units: []Unit{{Unit: UnitDoc,
		Works: []GoldWork{{Title: "战狼", Kind: "film"}, {Title: "战狼2", Kind: "film"}, {Title: "流浪地球", Kind: "film"},
			{Title: "英雄", Kind: "film"}, {Title: "人民日报", Kind: "periodical"}, {Title: "该片", Kind: "film", Implicit: true}}}}}
	rep, err := Score(context.Background(), st, []Gold{g})
	if err != nil {
		t.Fatal(err)
	}
	// 5 required gold works (the implicit one is not), 5 system works.
	checkRow(t, rep, "works", 5, 5, 5, 4, 0.8, 1, 8.0/9)
	if len(rep.Merges) != 1 {
		t.Errorf("merges = %+v, want one", rep.Merges)
	}
}

// A system without the merge (战狼 and 战狼2 apart) reports none, and the
// label match wins over an alias match.
func TestNoMergeWhenLabelsDiffer(t *testing.T) {
	zl := &entity{IRI: "fg:work/战狼", Type: schema.Work, Label: "战狼", Kind: "film", label: "战狼", keys: map[string]bool{"战狼": true}}
	zl2 := &entity{IRI: "fg:work/战狼2", Type: schema.Work, Label: "战狼2", Kind: "film", label: "战狼2", keys: map[string]bool{"战狼2": true, "战狼": true}}
	u := &Unit{Unit: UnitDoc, Works: []GoldWork{{Title: "战狼", Kind: "film"}, {Title: "战狼2", Kind: "film"}}}
	tl := newTally()
	var mf mergeFinder
	scoreUnit(tl, &mf, "x", u, &content{Entities: []*entity{zl, zl2}, Causes: map[string]bool{}})
	if m := mf.merges("x"); len(m) != 0 {
		t.Errorf("merges = %+v, want none", m)
	}
	rows := tl.rows()
	if r := findRow(rows, "works"); r.MatchedGold != 2 || r.MatchedSystem != 2 {
		t.Errorf("works = %+v", r)
	}
}

func TestScoreErrors(t *testing.T) {
	st := fixtureStore(t)
	ctx := context.Background()
	cases := []struct {
		name string
		gold Gold
		want string
	}{
		{"missing document", Gold{Document: "nope", Units: []Unit{{Unit: UnitDoc}}}, "not in store"},
		{"answer out of range", Gold{Document: docID, Units: []Unit{{Answer: intp(2)}}}, "has 2 answers"},
		{"author mismatch", Gold{Document: docID, Units: []Unit{{Answer: intp(1), Author: "甲"}}}, `the answer ordinal is off`},
	}
	for _, c := range cases {
		_, err := Score(ctx, st, []Gold{c.gold})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to mention %q", c.name, err, c.want)
		}
	}
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadGold(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.json", `{"document":"a","annotator":"me","guidelines":"docs/eval.md","units":[
		{"unit":"doc","works":[{"title":"流浪地球","kind":"film"}],"causes":["censorship_content_restrictions"],
		 "cause_films":[{"cause":"diag_cultural_discount","work":"流浪地球"}],"argues":true}]}`)
	writeFile(t, dir, "b.json", `{"document":"b","units":[{"answer":3,"author":"甲"}]}`)
	writeFile(t, dir, "notes.txt", "not gold")
	gold, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 || gold[0].Document != "a" || *gold[1].Units[0].Answer != 3 || !*gold[0].Units[0].Argues {
		t.Fatalf("gold = %+v", gold)
	}

	bad := []struct{ name, body, want string }{
		{"unknown cause", `{"document":"c","units":[{"unit":"doc","causes":["bad_acting"]}]}`, `units[0].causes[0]: unknown cause id "bad_acting"`},
		{"unknown cause in pair", `{"document":"c","units":[{"unit":"doc","cause_films":[{"cause":"x","work":"英雄"}]}]}`, `cause_films[0]: unknown cause id "x"`},
		{"typo field", `{"document":"c","units":[{"unit":"doc","direted_by":[]}]}`, `unknown field "direted_by"`},
		{"bad kind", `{"document":"c","units":[{"unit":"doc","works":[{"title":"英雄","kind":"movie"}]}]}`, `kind "movie" is not one of`},
		{"bad status", `{"document":"c","units":[{"unit":"doc","awards":[{"work":"英雄","festival":"柏林国际电影节","status":"win"}]}]}`, `status "win"`},
		{"no selector", `{"document":"c","units":[{}]}`, `missing "answer" or "unit"`},
		{"both selectors", `{"document":"c","units":[{"unit":"doc","answer":1}]}`, `not both`},
		{"twice", `{"document":"c","units":[{"answer":1},{"answer":1}]}`, `answer 1 is annotated twice`},
		{"no document", `{"units":[{"unit":"doc"}]}`, `"document" is empty`},
	}
	for _, c := range bad {
		p := writeFile(t, t.TempDir(), "c.json", c.body)
		_, err := LoadGold(p)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: err = %v, want the file and %q", c.name, err, c.want)
		}
	}
	writeFile(t, dir, "c.json", `{"document":"a","units":[{"unit":"doc"}]}`)
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "already annotated") {
		t.Errorf("duplicate document: err = %v", err)
	}
}

func TestKey(t *testing.T) {
	for _, c := range [][2]string{
		{"《流浪地球 2》", "流浪地球2"}, {"“流浪地球2”", "流浪地球2"}, {"流浪地球２", "流浪地球2"},
		{"浴血无名·奔袭", "浴血无名奔袭"}, {"Crouching Tiger, Hidden Dragon", "crouchingtigerhiddendragon"},
		{"妈妈!", "妈妈"}, {"妈妈！", "妈妈"},
	} {
		if got := Key(c[0]); got != c[1] {
			t.Errorf("Key(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	if Key("战狼") == Key("战狼2") {
		t.Error("Key must keep sequel numbers apart")
	}
}

// The gold files shipped in testdata must load: a typo in one would
// otherwise only surface when someone runs `filmgraph eval`.
func TestShippedGoldLoads(t *testing.T) {
	gold, err := LoadGold(filepath.Join("..", "testdata", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 5 {
		t.Errorf("loaded %d gold documents, want the corpus's 5", len(gold))
	}
}

// Each trigger of an asserting claim is judged against its unit's gold
// causes: kept when the gold has the cause, spurious when it lacks it.
func TestTriggerRecords(t *testing.T) {
	st := fixtureStore(t)
	g := fixtureGold()
	rep, err := Score(context.Background(), st, []Gold{g})
	if err != nil {
		t.Fatal(err)
	}
	want := []TriggerRecord{{Cause: "censorship_content_restrictions", Words: "审查", Kept: 1}}
	if len(rep.Triggers) != 1 || rep.Triggers[0] != want[0] {
		t.Errorf("triggers = %+v, want %+v", rep.Triggers, want)
	}
	g.Units[0].Causes = []string{"poor_overall_quality"}
	rep, err = Score(context.Background(), st, []Gold{g})
	if err != nil {
		t.Fatal(err)
	}
	want[0].Kept, want[0].Spurious = 0, 1
	if len(rep.Triggers) != 1 || rep.Triggers[0] != want[0] {
		t.Errorf("triggers against a gold without the cause = %+v, want %+v", rep.Triggers, want)
	}
}

// A claimOf statement that lost its evidence (or its cause) in a store
// written by another tool or an older filmgraph is skipped by the trigger
// record, not read out of range: the rest of the report still comes out.
func TestTriggerRecordsSkipStatementWithoutEvidence(t *testing.T) {
	qs := fixtureBatch(t).Quads()
	claimOf := map[quad.Value]bool{}
	for _, q := range qs {
		if q.Predicate == schema.Predicate && q.Object == schema.ClaimOf {
			claimOf[q.Subject] = true
		}
	}
	if len(claimOf) == 0 {
		t.Fatal("the fixture has no claimOf statement")
	}
	var kept []quad.Quad
	for _, q := range qs {
		if q.Predicate == schema.HasEvid && claimOf[q.Subject] {
			continue
		}
		kept = append(kept, q)
	}
	if len(kept) == len(qs) {
		t.Fatal("no evidence quad of a claimOf statement to drop")
	}
	rep, err := Score(context.Background(), storeOf(t, kept), []Gold{fixtureGold()})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Triggers) != 0 {
		t.Errorf("triggers = %+v, want none (the only trigger lost its evidence)", rep.Triggers)
	}
	// The claim still labels its unit: only the trigger record lacks it.
	checkRow(t, rep, RowCauses, 2, 1, 1, 1, 1, 0.5, 2.0/3)
}

// NameTriggers finds the trigger as the cause file writes it, so that a
// user can remove it: weak, with a gap, or owned by the cause a
// counter-argument denies.
func TestNameTriggers(t *testing.T) {
	tax := schema.DefaultTaxonomy()
	recs := []TriggerRecord{
		{Cause: "subtitles_viewing_habits", Words: "字幕"},
		{Cause: "censorship_is_an_excuse", Words: "审查"},
		{Cause: "weak_storytelling_script", Words: "没有这样的词"},
	}
	// a gap trigger of the shipped file, matched through its gap
	var gap, gapCause string
	for _, c := range tax.Causes {
		for _, tr := range c.Triggers {
			if strings.Contains(tr, "…") && !strings.HasPrefix(tr, "~") && gap == "" {
				gap, gapCause = tr, c.ID
			}
		}
	}
	parts := strings.Split(strings.ToLower(gap), "…")
	recs = append(recs, TriggerRecord{Cause: gapCause, Words: parts[0] + "之类的" + parts[len(parts)-1]})
	NameTriggers(recs, tax)
	if recs[0].Trigger != "字幕" && recs[0].Trigger != "~字幕" {
		t.Errorf("字幕: trigger %q", recs[0].Trigger)
	}
	if recs[1].Trigger == "" || recs[1].TriggerOf != "censorship_content_restrictions" {
		t.Errorf("a denied cause's words: trigger %q of %q", recs[1].Trigger, recs[1].TriggerOf)
	}
	if recs[2].Trigger != "" {
		t.Errorf("words no trigger spells named %q", recs[2].Trigger)
	}
	if recs[3].Trigger != gap {
		t.Errorf("gap trigger %q: named %q", gap, recs[3].Trigger)
	}
}
