// Package evaltest holds what the corpus and held-out evaluation tests
// share: logging a report and holding it to F1 floors and a merge limit.
package evaltest

import (
	"sort"
	"strings"
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

// PairMisses sorts the missed (cause, work) pairs of a report by what the
// system lacked: the cause in that unit, the work in that unit, both, or
// neither (both found, not paired: a citation-scope miss). It reads only
// the report's item lists and returns counts, so the held-out test can
// say where its pair errors come from without showing any item.
func PairMisses(rep eval.Report) (causeOnly, workOnly, both, scope int) {
	return pairBreakdown(rep, func(r eval.Row) []string { return r.Missed })
}

// PairSpurious sorts the spurious pairs the same way: the cause is
// spurious in that unit, the work is, both, or neither (a right cause
// and a right work paired where the gold does not pair them).
func PairSpurious(rep eval.Report) (causeOnly, workOnly, both, scope int) {
	return pairBreakdown(rep, func(r eval.Row) []string { return r.Spurious })
}

// pairBreakdown counts the pair items side(cause_films) by whether their
// cause and their work are among side(causes) and side(works) of the
// same unit.
func pairBreakdown(rep eval.Report, side func(eval.Row) []string) (causeOnly, workOnly, both, scope int) {
	in := func(row string) map[string]bool {
		out := map[string]bool{}
		for _, m := range side(rep.Row(row)) {
			out[m] = true
		}
		return out
	}
	causes, works := in(eval.RowCauses), in(eval.RowWorks)
	for _, m := range side(rep.Row(eval.RowCauseFilms)) {
		unit, cause, work, ok := splitPair(m)
		if !ok {
			continue
		}
		badCause, badWork := causes[unit+": "+cause], works[unit+": "+work]
		switch {
		case badCause && badWork:
			both++
		case badCause:
			causeOnly++
		case badWork:
			workOnly++
		default:
			scope++
		}
	}
	return causeOnly, workOnly, both, scope
}

// CauseKinds counts the missed and the spurious cause labels of a report
// by the taxonomy kind of the cause (cause, counter, diagnosis,
// prescription): counts only, like PairMisses.
func CauseKinds(rep eval.Report) (missed, spurious map[string]int) {
	tax := schema.DefaultTaxonomy()
	count := func(items []string) map[string]int {
		out := map[string]int{}
		for _, m := range items {
			_, id, ok := strings.Cut(m, ": ")
			if !ok {
				continue
			}
			kind := "unknown"
			if def, ok := tax.Get(id); ok {
				kind = def.Kind
			}
			out[kind]++
		}
		return out
	}
	r := rep.Row(eval.RowCauses)
	return count(r.Missed), count(r.Spurious)
}

// RelationMisses sorts the missed items of a relation row (directed_by:
// work → person, acted_in: person → work) by whether the system found
// both ends in that unit (a binding miss), or missed an end (a discovery
// miss). Counts only.
func RelationMisses(rep eval.Report, row string) (endMissed, bothFound int) {
	missed := map[string]bool{}
	for _, r := range []string{eval.RowWorks, eval.RowPeople} {
		for _, m := range rep.Row(r).Missed {
			missed[m] = true
		}
	}
	for _, m := range rep.Row(row).Missed {
		unit, a, b, ok := splitPair(m)
		if !ok {
			continue
		}
		if missed[unit+": "+a] || missed[unit+": "+b] {
			endMissed++
		} else {
			bothFound++
		}
	}
	return endMissed, bothFound
}

// LogPairMisses writes PairMisses, PairSpurious, CauseKinds and the
// RelationMisses of the credit rows to the test log.
func LogPairMisses(t testing.TB, rep eval.Report) {
	t.Helper()
	missed, spurious := CauseKinds(rep)
	t.Logf("causes missed by kind %v, spurious by kind %v", missed, spurious)
	for _, row := range []string{eval.RowDirectedBy, eval.RowActedIn} {
		e, b := RelationMisses(rep, row)
		t.Logf("%s missed: an end not found %d, both ends found but not related %d", row, e, b)
	}
	c, w, b, s := PairMisses(rep)
	t.Logf("cause_films missed: cause not found %d, work not found %d, neither %d, both found but not paired %d", c, w, b, s)
	c, w, b, s = PairSpurious(rep)
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

// splitPair splits a pair item of a report, "unit: a → b" (a relation's
// status in brackets stays on b).
func splitPair(item string) (unit, a, b string, ok bool) {
	unit, rest, ok := strings.Cut(item, ": ")
	if !ok {
		return "", "", "", false
	}
	a, b, ok = strings.Cut(rest, " → ")
	return unit, a, b, ok
}
