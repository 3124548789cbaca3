package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// openFixture returns a store function holding one invented news item in
// which the system found 英雄 but also a spurious 世界; claims are added
// to its batch.
func openFixture(t *testing.T, claims ...func(d *ingest.Document) facts.Claim) func() (*graph.Store, error) {
	return func() (*graph.Store, error) {
		b := ingest.NewBuilder()
		b.StartSection("article", "")
		b.AddParagraph("text", "", "张艺谋的《英雄》和《十面埋伏》走向了世界。")
		d := b.Document()
		d.ID, d.Format = "n01", "news"
		batch := facts.NewBatch(d)
		for _, w := range []string{"英雄", "世界"} {
			iri := schema.WorkIRI(w)
			batch.AddEntity(facts.Entity{IRI: iri, Type: schema.Work, Label: w, Kind: "film"})
			i := strings.Index(d.Text, w)
			batch.Mentions = append(batch.Mentions, facts.Mention{Entity: iri, Surface: w, Via: "test", Span: facts.Evidence{Start: i, End: i + len(w)}})
		}
		for _, c := range claims {
			batch.Claims = append(batch.Claims, c(d))
		}
		st, err := graph.Open(graph.Memory, graph.Options{})
		if err != nil {
			return nil, err
		}
		_, err = st.ReplaceLabel(context.Background(), schema.DocIRI(d.ID), batch.Quads())
		return st, err
	}
}

func writeGold(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "n01.json")
	body := `{"document":"n01","annotator":"test","guidelines":"docs/eval.md","units":[{"unit":"doc",
	  "works":[{"title":"英雄","kind":"film"},{"title":"十面埋伏","kind":"film"}],
	  "people":[{"name":"张艺谋","roles":["director"]}]}]}`
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalTable(t *testing.T) {
	ios, _, out, _ := cmdutil.Test()
	err := evalRun(&EvalOptions{IO: ios, OpenStore: openFixture(t), Gold: []string{writeGold(t)}, Errors: true})
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"works\t2\t2\t1\t1\t0.500\t0.500\t0.500\n",
		"people\t1\t0\t0\t0\t-\t0.000\t0.000\n",
		"merges\t0\n",
		"missed\tworks\tn01/doc: 十面埋伏\n",
		"spurious\tworks\tn01/doc: 世界\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestEvalJSON(t *testing.T) {
	ios, _, out, _ := cmdutil.Test()
	if err := evalRun(&EvalOptions{IO: ios, OpenStore: openFixture(t), Gold: []string{writeGold(t)}, JSON: true}); err != nil {
		t.Fatal(err)
	}
	var rep eval.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r := rep.Row("works"); r.F1 != 0.5 || len(rep.Documents) != 1 {
		t.Errorf("report = %+v", rep)
	}
}

func TestEvalErrors(t *testing.T) {
	ios, _, _, _ := cmdutil.Test()
	err := evalRun(&EvalOptions{IO: ios, OpenStore: openFixture(t), Gold: []string{filepath.Join(t.TempDir(), "missing.json")}})
	if err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing gold file: err = %v", err)
	}
	cmd := NewCmdEval(&cmdutil.Factory{IO: ios, DB: graph.Memory})
	cmd.SetArgs([]string{})
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "--gold is required") {
		t.Errorf("no --gold: err = %v", err)
	}
}

// --why counts where the errors come from: the gold's director credit is
// missed because the person was not found at all.
func TestEvalWhy(t *testing.T) {
	p := filepath.Join(t.TempDir(), "n01.json")
	body := `{"document":"n01","annotator":"test","guidelines":"docs/eval.md","units":[{"unit":"doc",
	  "works":[{"title":"英雄","kind":"film"}],
	  "people":[{"name":"张艺谋","roles":["director"]}],
	  "directed_by":[{"work":"英雄","person":"张艺谋"}],
	  "causes":["censorship_content_restrictions"],
	  "cause_films":[{"cause":"censorship_content_restrictions","work":"英雄"}]}]}`
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	ios, _, out, _ := cmdutil.Test()
	if err := evalRun(&EvalOptions{IO: ios, OpenStore: openFixture(t), Gold: []string{p}, Why: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"why\tcause_films missed\tcause not found 1, work not found 0, neither 0, both found but not paired 0\n",
		"why\tcauses by kind\tmissed cause 1; spurious none\n",
		"why\tdirected_by missed\tan end not found 1, both ends found but not related 0\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// --triggers lists each trigger with how often its cause was in the
// unit's gold.
func TestEvalTriggers(t *testing.T) {
	claim := func(d *ingest.Document) facts.Claim {
		i := strings.Index(d.Text, "走向了世界")
		ev := facts.Evidence{Start: i, End: i + len("走向了世界")}
		return facts.Claim{Span: ev, Stance: "asserts", Confidence: 0.5,
			Causes: []facts.CauseLink{{CauseID: "already_succeeded_abroad", Trigger: ev, Confidence: 0.5}}}
	}
	ios, _, out, _ := cmdutil.Test()
	if err := evalRun(&EvalOptions{IO: ios, OpenStore: openFixture(t, claim), Gold: []string{writeGold(t)}, Triggers: true}); err != nil {
		t.Fatal(err)
	}
	if want := "already_succeeded_abroad\t?\t走向了世界\t0\t1\n"; !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}

// --gold repeats: the sets are scored together, as one report.
func TestEvalSeveralGoldSets(t *testing.T) {
	ios, _, out, _ := cmdutil.Test()
	if err := evalRun(&EvalOptions{IO: ios, OpenStore: openFixture(t), Gold: []string{writeGold(t), writeGold(t)}}); err != nil {
		t.Fatal(err)
	}
	if want := "works\t4\t4\t2\t2\t0.500\t0.500\t0.500\n"; !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}
