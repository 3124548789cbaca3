package lexicon

import "testing"

func TestYearOfEditionInterval(t *testing.T) {
	annual := &Festival{FestivalRow: FestivalRow{AnchorEdition: 77, AnchorYear: 2020}}
	biennial := &Festival{FestivalRow: FestivalRow{AnchorEdition: 37, AnchorYear: 2024, Interval: 2}}
	none := &Festival{}
	for _, tc := range []struct {
		f    *Festival
		ed   int
		want int
	}{
		{annual, 77, 2020}, {annual, 80, 2023}, {biennial, 37, 2024}, {biennial, 36, 2022}, {none, 5, 0}, {annual, 0, 0},
	} {
		if got := tc.f.YearOfEdition(tc.ed); got != tc.want {
			t.Errorf("YearOfEdition(%d) with anchor %d/%d interval %d = %d, want %d", tc.ed, tc.f.AnchorEdition, tc.f.AnchorYear, tc.f.Interval, got, tc.want)
		}
	}
}
