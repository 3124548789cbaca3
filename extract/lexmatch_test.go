package extract

import (
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// namesakeLex is a lexicon written for these tests: an English title that
// is an everyday word, a title that is a prefix of an English word, and two
// people who share a romanised name.
func namesakeLex() *lexicon.Lexicon {
	films := []lexicon.FilmRow{
		{Title: "飞屋环游记", Year: 2009, TitleEn: "Up", Directors: []string{"彼特·道格特"}, Flags: []string{"common_en"}},
		{Title: "出租车", Year: 2015, TitleEn: "Taxi", Directors: []string{"贾法·帕纳西"}, Flags: []string{"common_en"}},
		{Title: "英雄", Year: 2002, TitleEn: "Hero", Directors: []string{"张艺谋"}, Flags: []string{"common", "common_en"}},
		{Title: "暴雪将至", Year: 2017, TitleEn: "The Looming Storm", Directors: []string{"董越"}, Actors: []string{"段奕宏"}},
		{Title: "大象席地而坐", Year: 2018, TitleEn: "An Elephant Sitting Still", Directors: []string{"胡波"}},
		{Title: "阳光灿烂的日子", Year: 1994, TitleEn: "In the Heat of the Sun", Directors: []string{"姜文"}, Actors: []string{"宋洋"}},
		{Title: "猫鼠游戏", Year: 2016, Directors: []string{"宋阳"}},
		{Title: "花与剑", Year: 1994, TitleEn: "Swords and Flowers", Actors: []string{"宋洋", "宋阳"}},
		{Title: "花样年华", Year: 2000, TitleEn: "In the Mood for Love", Directors: []string{"王家卫"}, Flags: []string{"common", "common_en"}},
	}
	people := []lexicon.PersonRow{
		{Name: "宋洋", NameEn: "Song Yang", Roles: []string{"actor"}},
		{Name: "宋阳", NameEn: "Song Yang", Roles: []string{"director"}},
		{Name: "张艺谋", NameEn: "Zhang Yimou", Roles: []string{"director"}},
		{Name: "胡波", NameEn: "Hu Bo", Roles: []string{"director"}},
	}
	return lexicon.New(films, people, nil)
}

func runLex(t *testing.T, lex *lexicon.Lexicon, paras ...string) []string {
	t.Helper()
	x, err := New(Options{Lexicon: lex, NoSegmenter: true, Stages: []string{"brackets", "films", "people"}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(doc([][]string{paras}))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range b.Mentions {
		e := b.Entities[m.Entity]
		out = append(out, e.Label)
	}
	return out
}

func TestCommonEnglishTitleNeedsContext(t *testing.T) {
	lex := namesakeLex()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Prices went up again and we took a taxi home.", nil},
		{"We rewatched the film Up last night.", []string{"飞屋环游记"}},
		{"Jafar Panahi shot Taxi (2015) from a dashboard camera.", []string{"出租车"}},
		{"Zhang Yimou's Hero was a martial-arts epic.", []string{"张艺谋", "英雄"}},
		{"Nobody is a hero at the office.", nil},
		// a phrase title: written in title case it is the film, in lower case a phrase
		{"Nobody was in the mood for love that winter.", nil},
		{"Critics still rank In the Mood for Love first.", []string{"花样年华"}},
		{"In the mood for love songs? Try this.", nil},
		// an English title the data does not flag stays strong
		{"An Elephant Sitting Still runs almost four hours.", []string{"大象席地而坐"}},
	} {
		eq(t, tc.text, runLex(t, lex, tc.text), tc.want)
	}
}

func TestLatinTitlesKeepWordBoundaries(t *testing.T) {
	lex := namesakeLex()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The film's cup of tea scene and the upshot of it.", nil},
		{"Heroes of the film, the Taxis of Tehran.", nil},
		{"Hu Bo's An Elephant Sitting Still.", []string{"胡波", "大象席地而坐"}},
	} {
		eq(t, tc.text, runLex(t, lex, tc.text), tc.want)
	}
}

func TestSharedEnglishNameNeedsContext(t *testing.T) {
	lex := namesakeLex()
	eq(t, "no context", runLex(t, lex, "Song Yang was in town."), nil)
	eq(t, "film in paragraph", runLex(t, lex, "Song Yang grew up on screen in In the Heat of the Sun."), []string{"宋洋", "阳光灿烂的日子"})
	eq(t, "role cue", runLex(t, lex, "The thriller was directed by Song Yang."), []string{"宋阳"})
	eq(t, "Chinese name elsewhere", runLex(t, lex, "宋阳拍了新片。", "Song Yang said the shoot was long."), []string{"宋阳", "宋阳"})
	// both acted in one film the paragraph names; more of its films credit one
	eq(t, "films of the paragraph", runLex(t, lex, "Swords and Flowers gathered Song Yang and others; In the Heat of the Sun made his name."),
		[]string{"花与剑", "宋洋", "阳光灿烂的日子"})
	eq(t, "as many films each", runLex(t, lex, "Swords and Flowers gathered Song Yang and others."), []string{"花与剑"})
}

// A lexicon film's tags reach its entity, with "coproduction" derived
// from its countries, for the argument analyser (see argue's
// citeTaggedExamples); a film whose countries are all Chinese is no
// co-production.
func TestLexiconTagsReachTheEntity(t *testing.T) {
	lex := lexicon.New([]lexicon.FilmRow{
		{Title: "钢铁洪流", Year: 2021, Country: []string{"CN"}, Tags: []string{"main_melody", "domestic_hit"}},
		{Title: "长河之约", Year: 2016, Country: []string{"CN", "US"}},
		{Title: "港岛旧梦", Year: 1999, Country: []string{"HK", "CN"}},
	}, nil, nil)
	x, err := New(Options{Lexicon: lex, NoSegmenter: true, Stages: []string{"brackets", "films"}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(doc([][]string{{"《钢铁洪流》《长河之约》和《港岛旧梦》都在北美上映过。"}}))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range b.Entities {
		got[e.Label] = e.Tags
	}
	want := map[string][]string{"钢铁洪流": {"main_melody", "domestic_hit"}, "长河之约": {"coproduction"}, "港岛旧梦": nil}
	for label, tags := range want {
		if g, ok := got[label]; !ok || strings.Join(g, ",") != strings.Join(tags, ",") {
			t.Errorf("%s tags = %v (found %v), want %v", label, g, ok, tags)
		}
	}
	// and the lexicon's own facts carry them
	n := 0
	for _, q := range lex.Facts() {
		if q.Predicate == schema.Tag {
			n++
		}
	}
	if n != 3 {
		t.Errorf("lexicon facts hold %d fg:tag quads, want 3", n)
	}
}

// English trade papers quote titles with single quotes, which are also
// apostrophes; a title may drop its article ('Wandering Earth').
func TestSingleQuotedTitles(t *testing.T) {
	lex := lexicon.New([]lexicon.FilmRow{
		{Title: "英雄", Year: 2002, TitleEn: "Hero", Directors: []string{"张艺谋"}, Flags: []string{"common", "common_en"}},
		{Title: "流浪地球", Year: 2019, TitleEn: "The Wandering Earth"},
		{Title: "封神第一部：朝歌风云", Year: 2023, TitleEn: "Creation of the Gods I: Kingdom of Storms", Aliases: []string{"Creation of the Gods"}},
	}, []lexicon.PersonRow{{Name: "张艺谋", NameEn: "Zhang Yimou", Roles: []string{"director"}}}, nil)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Zhang Yimou's 'Hero' opened at number one in 2004.", []string{"张艺谋", "英雄"}},
		{"Netflix did something similar with the first 'Wandering Earth' in 2019.", []string{"流浪地球"}},
		{"'Creation of the Gods' Rules China, Stalls in North America", []string{"封神第一部：朝歌风云"}},
		{"Nobody in Ohio knows 'Creation of the Gods' exists.", []string{"封神第一部：朝歌风云"}},
		// apostrophes open and close nothing; a quoted phrase is no title
		{"The director's hero's journey isn't 'heroic' at all.", nil},
	} {
		x, err := New(Options{Lexicon: lex, NoSegmenter: true, Stages: []string{"brackets", "quotes", "films", "people"}})
		if err != nil {
			t.Fatal(err)
		}
		b, err := x.Extract(doc([][]string{{tc.text}}))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range b.Mentions {
			got = append(got, b.Entities[m.Entity].Label)
		}
		eq(t, tc.text, got, tc.want)
	}
	if got := singleQuoted("Yimou's 'Hero' and the Gods' 'Earth'"); len(got) != 2 {
		t.Errorf("singleQuoted found %v, want the spans of 'Hero' and 'Earth'", got)
	}
}

// A title that is an everyday word followed by the year of its release
// (英雄 2004 年在美国上映) is the film; a year without a release is not
// enough (英雄 2004 年的时候还很年轻).
func TestCommonTitleWithReleaseYear(t *testing.T) {
	lex := namesakeLex()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"英雄 2004 年在美国上映，连续两个周末票房第一。", []string{"英雄"}},
		{"那些英雄 2004 年的时候还很年轻。", nil},
	} {
		eq(t, tc.text, runLex(t, lex, tc.text), tc.want)
	}
}
