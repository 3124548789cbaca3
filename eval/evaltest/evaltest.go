// Package evaltest holds what the corpus and held-out evaluation tests
// share: logging a report and holding it to F1 floors and a merge limit.
package evaltest

import (
	"sort"
	"testing"

	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/schema"
)

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

// LogBreakdown writes eval's error breakdown (PairMisses, PairSpurious,
// CauseKinds, RelationMisses of the credit rows) to the test log.
func LogBreakdown(t testing.TB, rep eval.Report) {
	t.Helper()
	missed, spurious := eval.CauseKinds(rep, schema.DefaultTaxonomy())
	t.Logf("causes missed by kind %v, spurious by kind %v", missed, spurious)
	for _, row := range []string{eval.RowDirectedBy, eval.RowActedIn} {
		e, b := eval.RelationMisses(rep, row)
		t.Logf("%s missed: an end not found %d, both ends found but not related %d", row, e, b)
	}
	c, w, b, s := eval.PairMisses(rep)
	t.Logf("cause_films missed: cause not found %d, work not found %d, neither %d, both found but not paired %d", c, w, b, s)
	c, w, b, s = eval.PairSpurious(rep)
	t.Logf("cause_films spurious: cause spurious %d, work spurious %d, both %d, both right but paired wrongly %d", c, w, b, s)
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
