// Package evaltest holds what the corpus and held-out evaluation tests
// share: logging a report and holding it to F1 floors and a merge limit.
package evaltest

import (
	"context"
	"sort"
	"testing"

	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// Score loads the gold files of goldDir, scores the store against them and
// logs the rows and the error breakdown.
func Score(t testing.TB, ctx context.Context, st *graph.Store, goldDir string) eval.Report {
	t.Helper()
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Score(ctx, st, gold)
	if err != nil {
		t.Fatal(err)
	}
	Log(t, rep)
	LogBreakdown(t, rep)
	return rep
}

// Log writes every row of the report to the test log.
func Log(t testing.TB, rep eval.Report) {
	t.Helper()
	for _, r := range rep.Rows {
		t.Logf("%-22s gold %4d system %4d  P %.3f R %.3f F1 %.3f", r.Name, r.Gold, r.System, r.Precision, r.Recall, r.F1)
	}
	for _, m := range rep.Merges {
		t.Logf("merge in %s: %s (%s) matched by %v", m.Document, m.Label, m.Entity, m.Gold)
	}
}

// LogBreakdown writes eval's error breakdown (eval.Breakdown) to the
// test log.
func LogBreakdown(t testing.TB, rep eval.Report) {
	t.Helper()
	for _, l := range eval.Breakdown(rep, schema.DefaultTaxonomy()) {
		t.Logf("%s: %s", l.What, l.Counts)
	}
}

// CheckFloors fails the test for every row whose F1 is below its floor and
// when there are more merges than maxMerges. hint says how to see what was
// lost.
func CheckFloors(t testing.TB, rep eval.Report, floors map[string]float64, maxMerges int, hint string) {
	t.Helper()
	names := make([]string, 0, len(floors))
	for name := range floors {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if got := rep.Row(name).F1; got < floors[name] {
			t.Errorf("%s F1 = %.3f, below its floor %.3f (%s)", name, got, floors[name], hint)
		}
	}
	if len(rep.Merges) > maxMerges {
		t.Errorf("%d merges of different works, want at most %d", len(rep.Merges), maxMerges)
	}
}
