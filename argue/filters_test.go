package argue_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/argue"
	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
)

// TestFilterRecord weighs each of the analyser's filters on the annotated
// development sets and the corpus annotation (never the held-out set):
// for every trigger a filter set aside, whether the unit's gold has the
// cause and the analyser missed it (the filter cost a true cause) or the
// gold lacks it (the filter saved a spurious one). Counts are of distinct
// (unit, cause) pairs. It runs only with ARGUE_FILTERS=1 and prints a
// table; it asserts nothing, since which filter to relax is a judgement.
func TestFilterRecord(t *testing.T) {
	if os.Getenv("ARGUE_FILTERS") == "" {
		t.Skip("set ARGUE_FILTERS=1")
	}
	type key struct{ reason, side string }
	count := map[key]map[string]bool{}
	var golds []string
	for _, pat := range []string{"../testdata/gold/*.json", "../testdata/dev*/gold/*.json"} {
		ps, _ := filepath.Glob(pat)
		golds = append(golds, ps...)
	}
	for _, gp := range golds {
		if strings.Contains(gp, "heldout") {
			continue
		}
		data, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Document string `json:"document"`
			goldFile
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		src := textOf(t, gp, g.Document)
		if src == "" {
			continue
		}
		raw, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		b := extractedBatch(t, filepath.Base(src), raw)
		type drop struct {
			cause, reason string
			at            int
		}
		var drops []drop
		a, err := argue.New(argue.Options{Trace: func(cause string, start, _ int, reason string) {
			drops = append(drops, drop{cause, reason, start})
		}})
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Analyze(b); err != nil {
			t.Fatal(err)
		}
		var answers []ingest.Section
		for _, s := range b.Doc.Sections {
			if s.Kind == "answer" {
				answers = append(answers, s)
			}
		}
		for ui, u := range g.Units {
			lo, hi := 0, len(b.Doc.Text)
			if u.Answer != nil {
				if *u.Answer >= len(answers) {
					continue
				}
				lo, hi = answers[*u.Answer].Start, answers[*u.Answer].End
			}
			gold := map[string]bool{}
			for _, c := range u.Causes {
				gold[c] = true
			}
			found := foundCauses(b, lo, hi)
			for _, d := range drops {
				if d.at < lo || d.at >= hi || found[d.cause] {
					continue
				}
				side := "saved"
				if gold[d.cause] {
					side = "cost"
				}
				k := key{d.reason, side}
				if count[k] == nil {
					count[k] = map[string]bool{}
				}
				count[k][fmt.Sprintf("%s#%d|%s", gp, ui, d.cause)] = true
			}
		}
	}
	reasons := map[string]bool{}
	for k := range count {
		reasons[k.reason] = true
	}
	var rs []string
	for r := range reasons {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	fmt.Printf("%-26s %6s %6s\n", "filter", "cost", "saved")
	for _, r := range rs {
		fmt.Printf("%-26s %6d %6d\n", r, len(count[key{r, "cost"}]), len(count[key{r, "saved"}]))
	}
}

// textOf finds the text a gold file annotates: ../shared/corpus for the
// corpus annotation, the gold directory's parent for a development set.
func textOf(t *testing.T, gold, doc string) string {
	dir := filepath.Dir(filepath.Dir(gold))
	if filepath.Base(dir) == "testdata" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	ps, _ := filepath.Glob(filepath.Join(dir, doc+".*"))
	for _, p := range ps {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	return ""
}

// foundCauses is the set of causes asserted by the claims within [lo, hi).
func foundCauses(b *facts.Batch, lo, hi int) map[string]bool {
	out := map[string]bool{}
	for _, c := range b.Claims {
		if c.Span.Start < lo || c.Span.Start >= hi || c.Stance != "asserts" {
			continue
		}
		for _, l := range c.Causes {
			out[l.CauseID] = true
		}
	}
	return out
}
