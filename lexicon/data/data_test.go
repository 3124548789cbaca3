package data

import (
	"slices"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Floors for the size of the shipped lexicon; raise them as rows are added.
const (
	minFilms     = 1100
	minPeople    = 1150
	minFestivals = 40
)

func TestEmbeddedDataIsValid(t *testing.T) {
	for _, err := range Validate() {
		t.Error(err)
	}
	if n := len(Films()); n < minFilms {
		t.Errorf("films.tsv has %d rows, want at least %d", n, minFilms)
	}
	if n := len(People()); n < minPeople {
		t.Errorf("people.tsv has %d rows, want at least %d", n, minPeople)
	}
	if n := len(Festivals()); n < minFestivals {
		t.Errorf("festivals.tsv has %d rows, want at least %d", n, minFestivals)
	}
	t.Logf("films %d, people %d, festivals %d", len(Films()), len(People()), len(Festivals()))
}

func TestFilmKindsMatchSchema(t *testing.T) {
	if !slices.Equal(FilmKinds, schema.WorkKinds) {
		t.Errorf("data.FilmKinds %v differ from schema.WorkKinds %v", FilmKinds, schema.WorkKinds)
	}
}

func TestFilmTagsMatchSchema(t *testing.T) {
	if want := append(slices.Clone(FilmTags), "coproduction"); !slices.Equal(want, schema.WorkTags) {
		t.Errorf("data.FilmTags + coproduction %v differ from schema.WorkTags %v", want, schema.WorkTags)
	}
}

// Facts the rest of the system leans on: sequels stay apart, nicknames
// resolve, anchors are right.
func TestKnownRows(t *testing.T) {
	film := func(title string, year int) Film {
		t.Helper()
		for _, f := range Films() {
			if f.Title == title && f.Year == year {
				return f
			}
		}
		t.Fatalf("no film %s (%d)", title, year)
		return Film{}
	}
	if f := film("战狼2", 2017); !slices.Contains(f.Directors, "吴京") || slices.Contains(f.Aliases, "战狼") {
		t.Errorf("战狼2 row wrong: %+v", f)
	}
	if f := film("复仇者联盟4：终局之战", 2019); !slices.Contains(f.Aliases, "复联4") {
		t.Errorf("复联4 is not an alias of Endgame: %+v", f)
	}
	if f := film("哪吒之魔童降世", 2019); !slices.Contains(f.Weak, "哪吒") || slices.Contains(f.Aliases, "哪吒") {
		t.Errorf("哪吒 must be a weak alias of 哪吒之魔童降世: %+v", f)
	}
	if f := film("英雄", 2002); !slices.Contains(f.Flags, "common") {
		t.Errorf("英雄 must be flagged common: %+v", f)
	}
	if f := film("误杀", 2019); f.Source != "remake:误杀瞒天记" {
		t.Errorf("误杀 source = %q", f.Source)
	}
	person := func(name string) Person {
		t.Helper()
		for _, p := range People() {
			if p.Name == name {
				return p
			}
		}
		t.Fatalf("no person %s", name)
		return Person{}
	}
	for name, alias := range map[string]string{"张艺谋": "国师", "周星驰": "星爷", "贾樟柯": "贾科长", "莱昂纳多·迪卡普里奥": "小李子"} {
		if !slices.Contains(person(name).Aliases, alias) {
			t.Errorf("%s lacks alias %s", name, alias)
		}
	}
	anchors := map[string][2]int{
		"venice": {77, 2020}, "cannes": {75, 2022}, "berlin": {73, 2023}, "oscars": {95, 2023},
		"golden_rooster": {38, 2025}, "golden_horse": {60, 2023}, "hk_film_awards": {42, 2024},
		"beijing_iff": {15, 2025}, "shanghai_iff": {27, 2025},
	}
	found := 0
	for _, f := range Festivals() {
		if want, ok := anchors[f.ID]; ok {
			found++
			if f.AnchorEdition != want[0] || f.AnchorYear != want[1] {
				t.Errorf("%s anchor = %d/%d, want %d/%d", f.ID, f.AnchorEdition, f.AnchorYear, want[0], want[1])
			}
		}
	}
	if found != len(anchors) {
		t.Errorf("found %d of %d anchored festivals", found, len(anchors))
	}
}

func TestParseFilmsReportsMalformedRows(t *testing.T) {
	src := strings.Join([]string{
		"# comment",
		strings.Join(filmColumns, "\t"),
		"战狼\t2015\tWolf Warrior\t吴京\tCN\tfilm\t戰狼; 战狼1 ;狼?\t吴京\t\t\tmain_melody",
		"坏年份\t二〇一五\tBad\t\tCN",
		"太多列\t2015\tX\t\tCN\tfilm\t\t\t\t\t\textra",
		"太少列\t2015",
		"",
		"短行\t2001\tShort\t\tHK",
	}, "\n")
	films, lines, errs := parseFilms("inline.tsv", []byte(src))
	if len(films) != 2 || films[0].Title != "战狼" || films[1].Title != "短行" {
		t.Fatalf("parsed %+v", films)
	}
	if lines[0] != 3 || lines[1] != 8 {
		t.Errorf("lines = %v, want [3 8]", lines)
	}
	f := films[0]
	if !slices.Equal(f.Aliases, []string{"戰狼", "战狼1"}) || !slices.Equal(f.Weak, []string{"狼"}) {
		t.Errorf("aliases %q weak %q", f.Aliases, f.Weak)
	}
	if !slices.Equal(f.Tags, []string{"main_melody"}) {
		t.Errorf("tags %q, want [main_melody]", f.Tags)
	}
	if films[1].Kind != "film" || films[1].Aliases != nil {
		t.Errorf("short row = %+v", films[1])
	}
	if len(errs) != 3 {
		t.Fatalf("errors = %v, want 3", errs)
	}
	for i, want := range []string{"inline.tsv:4:", "inline.tsv:5:", "inline.tsv:6:"} {
		if !strings.Contains(errs[i].Error(), want) {
			t.Errorf("error %d = %q, want it to locate %s", i, errs[i], want)
		}
	}
}

func TestParseRejectsWrongHeader(t *testing.T) {
	_, _, errs := parsePeople("p.tsv", []byte("name\tname_en\n张三\tZhang San\n"))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "p.tsv:1: header") {
		t.Errorf("errs = %v", errs)
	}
}

func TestValidateCatchesConflicts(t *testing.T) {
	people := []Person{
		{Name: "吴京", Roles: []string{"director"}, Aliases: []string{"吴战狼"}},
		{Name: "某人", Roles: []string{"actor", "directer"}, Aliases: []string{"吴京"}, Weak: []string{"导演?"}},
	}
	films := []Film{
		{Title: "战狼", Year: 2015, Country: []string{"CN"}, Kind: "film", Directors: []string{"吴京"}, Weak: []string{"狼"}},
		{Title: "战狼2", Year: 2017, Country: []string{"CN"}, Kind: "film", Directors: []string{"吴京"}, Aliases: []string{"战狼"}, Weak: []string{"狼"}},
		{Title: "战 狼2", Year: 2017, Country: []string{"cn"}, Kind: "movie", Directors: []string{"吴 京"}},
		{Title: "误杀", Year: 1880, Kind: "film", Source: "remake:不存在", Aliases: []string{"狼"}, Flags: []string{"rare"}},
	}
	var msgs []string
	for _, err := range validateFilms(films, []int{2, 3, 4, 5}, people) {
		msgs = append(msgs, err.Error())
	}
	for _, err := range validatePeople(people, []int{2, 3}) {
		msgs = append(msgs, err.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		"alias \"战狼\" is the title of another film",
		"战 狼2 (2017) duplicates line 3",
		"country \"cn\"",
		"kind \"movie\"",
		"吴 京 is not a name in people.tsv",
		"year 1880",
		"no country",
		"remake source \"不存在\"",
		"unknown flag \"rare\"",
		"alias \"狼\" names both",
		"unknown role \"directer\"",
		"alias \"吴京\" is the name of another person",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no error containing %q in:\n%s", want, all)
		}
	}
	// 狼 is weak in 战狼 and 战狼2; only the strong use in 误杀 conflicts.
	if n := strings.Count(all, "alias \"狼\" names both"); n != 2 {
		t.Errorf("狼 conflicts reported %d times, want 2:\n%s", n, all)
	}
}

// Screen works need a year; a classic novel may leave it empty, and
// common_en is a film flag, not a person flag.
func TestValidateYearsAndFlagsByKind(t *testing.T) {
	films := []Film{
		{Title: "红楼梦", Kind: "book", Country: []string{"CN"}},
		{Title: "三个火枪手", Year: 1844, Kind: "book", Country: []string{"FR"}},
		{Title: "无年份", Kind: "film", Country: []string{"CN"}},
		{Title: "旧剧", Year: 1850, Kind: "tv", Country: []string{"CN"}},
		{Title: "飞屋环游记", Year: 2009, TitleEn: "Up", Kind: "film", Country: []string{"US"}, Flags: []string{"common_en"}},
	}
	people := []Person{{Name: "某人", Roles: []string{"soldier"}, Flags: []string{"common_en"}}}
	var msgs []string
	for _, err := range validateFilms(films, []int{2, 3, 4, 5, 6}, nil) {
		msgs = append(msgs, err.Error())
	}
	for _, err := range validatePeople(people, []int{2}) {
		msgs = append(msgs, err.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"films.tsv:4: film 无年份: year 0", "films.tsv:5: film 旧剧: year 1850", "person 某人: unknown flag \"common_en\""} {
		if !strings.Contains(all, want) {
			t.Errorf("no error containing %q in:\n%s", want, all)
		}
	}
	if len(msgs) != 3 {
		t.Errorf("want exactly 3 errors (the book rows, common_en on a film and the soldier role are fine), got:\n%s", all)
	}
	parsed, _, errs := parseFilms("inline.tsv", []byte(strings.Join(filmColumns, "\t")+"\n红楼梦\t\tDream of the Red Chamber\t\tCN\tbook\n"))
	if len(errs) != 0 || len(parsed) != 1 || parsed[0].Year != 0 {
		t.Errorf("empty year: parsed %+v, errs %v", parsed, errs)
	}
}

func TestValidateFestivals(t *testing.T) {
	fs := []Festival{
		{ID: "venice", Name: "威尼斯国际电影节", Kind: "festival", Prizes: []string{"金狮奖"}, Interval: 1},
		{ID: "venice", Name: "别的", Kind: "party", Prizes: []string{"金 狮奖"}, AnchorEdition: 3, Interval: 3},
	}
	var msgs []string
	for _, err := range validateFestivals(fs, []int{2, 3}) {
		msgs = append(msgs, err.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"id venice duplicates", "kind \"party\"", "prize \"金 狮奖\" already names venice", "anchor_edition and anchor_year", "interval 3"} {
		if !strings.Contains(all, want) {
			t.Errorf("no error containing %q in:\n%s", want, all)
		}
	}
}

func TestFoldKey(t *testing.T) {
	for in, want := range map[string]string{
		"战狼 2":       "战狼2",
		"战狼２":        "战狼2",
		"摔跤吧！爸爸":     "摔跤吧!爸爸",
		"Star  Wars": "starwars",
		"詹姆斯•卡梅隆":    "詹姆斯·卡梅隆",
	} {
		if got := foldKey(in); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", in, got, want)
		}
	}
}
