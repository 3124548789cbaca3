package eval

import (
	"testing"
)

func TestPairBreakdown(t *testing.T) {
	rep := Report{Rows: []Row{
		{Name: RowWorks, Missed: []string{"d/answer 1: 乙"}, Spurious: []string{"d/answer 2: 丁"}},
		{Name: RowCauses, Missed: []string{"d/answer 1: c1"}, Spurious: []string{"d/answer 2: c9"}},
		{Name: RowCauseFilms,
			Missed: []string{
				"d/answer 1: c1 → 甲", // cause not found
				"d/answer 1: c2 → 乙", // work not found
				"d/answer 1: c1 → 乙", // neither
				"d/answer 1: c2 → 甲", // both found, not paired
			},
			Spurious: []string{
				"d/answer 2: c9 → 丙", // cause spurious
				"d/answer 2: c3 → 丁", // work spurious
				"d/answer 2: c3 → 丙", // paired wrongly
			}},
	}}
	if c, w, b, s := PairMisses(rep); c != 1 || w != 1 || b != 1 || s != 1 {
		t.Errorf("PairMisses = %d %d %d %d, want 1 1 1 1", c, w, b, s)
	}
	if c, w, b, s := PairSpurious(rep); c != 1 || w != 1 || b != 0 || s != 1 {
		t.Errorf("PairSpurious = %d %d %d %d, want 1 1 0 1", c, w, b, s)
	}
}

func TestRelationMisses(t *testing.T) {
	rep := Report{Rows: []Row{
		{Name: RowPeople, Missed: []string{"d/doc: 乙"}},
		{Name: RowActedIn, Missed: []string{"d/doc: 甲 → 片", "d/doc: 乙 → 片"}},
	}}
	if e, b := RelationMisses(rep, RowActedIn); e != 1 || b != 1 {
		t.Errorf("RelationMisses = %d %d, want 1 1", e, b)
	}
}
