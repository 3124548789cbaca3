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

func TestCommonPersonNameIsWeak(t *testing.T) {
	l := New(nil, []PersonRow{{Name: "文章", Roles: []string{"actor"}, Flags: []string{"common"}}, {Name: "张艺谋", Roles: []string{"director"}}}, nil)
	for _, tc := range []struct {
		text     string
		strength int
	}{{"这篇文章", Weak}, {"张艺谋说", Strong}} {
		ms := l.Scan(tc.text)
		if len(ms) != 1 || len(ms[0].Hits) != 1 || ms[0].Hits[0].Strength != tc.strength {
			t.Errorf("Scan(%q) = %+v, want one hit of strength %d", tc.text, ms, tc.strength)
		}
	}
}
