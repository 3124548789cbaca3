package eval

import (
	"fmt"
	"strings"

	"github.com/filmgraph/filmgraph/schema"
)

// Where a report's errors come from, as counts only: the held-out test
// logs these without showing any item, and `filmgraph eval --why` prints
// them for an annotation of one's own.

// PairMisses sorts the missed (cause, work) pairs of a report by what the
// system lacked: the cause in that unit, the work in that unit, both, or
// neither (both found, not paired: a citation-scope miss). It reads only
// the report's item lists and returns counts, so the held-out test can
// say where its pair errors come from without showing any item.
func PairMisses(rep Report) (causeOnly, workOnly, both, scope int) {
	return pairBreakdown(rep, func(r Row) []string { return r.Missed })
}

// PairSpurious sorts the spurious pairs the same way: the cause is
// spurious in that unit, the work is, both, or neither (a right cause
// and a right work paired where the gold does not pair them).
func PairSpurious(rep Report) (causeOnly, workOnly, both, scope int) {
	return pairBreakdown(rep, func(r Row) []string { return r.Spurious })
}

// pairBreakdown counts the pair items side(cause_films) by whether their
// cause and their work are among side(causes) and side(works) of the
// same unit.
func pairBreakdown(rep Report, side func(Row) []string) (causeOnly, workOnly, both, scope int) {
	in := func(row string) map[string]bool {
		out := map[string]bool{}
		for _, m := range side(rep.Row(row)) {
			out[m] = true
		}
		return out
	}
	causes, works := in(RowCauses), in(RowWorks)
	for _, m := range side(rep.Row(RowCauseFilms)) {
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
func CauseKinds(rep Report, tax *schema.Taxonomy) (missed, spurious map[string]int) {
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
	r := rep.Row(RowCauses)
	return count(r.Missed), count(r.Spurious)
}

// RelationMisses sorts the missed items of a relation row (directed_by:
// work → person, acted_in: person → work) by whether the system found
// both ends in that unit (a binding miss), or missed an end (a discovery
// miss). Counts only.
func RelationMisses(rep Report, row string) (endMissed, bothFound int) {
	missed := map[string]bool{}
	for _, r := range []string{RowWorks, RowPeople} {
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

// BreakdownLine is one line of the error breakdown: what it counts, and
// the counts in words.
type BreakdownLine struct{ What, Counts string }

// Breakdown is the whole error breakdown of a report, in the order
// `filmgraph eval --why` prints it; tax gives the causes' kinds.
func Breakdown(rep Report, tax *schema.Taxonomy) []BreakdownLine {
	c, w, b, s := PairMisses(rep)
	out := []BreakdownLine{{"cause_films missed", fmt.Sprintf("cause not found %d, work not found %d, neither %d, both found but not paired %d", c, w, b, s)}}
	c, w, b, s = PairSpurious(rep)
	out = append(out, BreakdownLine{"cause_films spurious", fmt.Sprintf("cause spurious %d, work spurious %d, both %d, both right but paired wrongly %d", c, w, b, s)})
	missed, spurious := CauseKinds(rep, tax)
	out = append(out, BreakdownLine{"causes by kind", fmt.Sprintf("missed %s; spurious %s", kindCounts(missed), kindCounts(spurious))})
	for _, row := range []string{RowDirectedBy, RowActedIn} {
		e, bf := RelationMisses(rep, row)
		out = append(out, BreakdownLine{row + " missed", fmt.Sprintf("an end not found %d, both ends found but not related %d", e, bf)})
	}
	return out
}

// kindCounts prints counts per taxonomy kind in a fixed order.
func kindCounts(n map[string]int) string {
	var parts []string
	for _, k := range []string{schema.KindCause, schema.KindCounter, schema.KindDiagnosis, schema.KindPrescription, "unknown"} {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}
