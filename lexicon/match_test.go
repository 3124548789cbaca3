package lexicon

import (
	"testing"
)

// testLex is a small lexicon written for these tests.
func testLex() *Lexicon {
	films := []FilmRow{
		{Title: "飞屋环游记", Year: 2009, TitleEn: "Up", Flags: []string{"common_en"}},
		{Title: "英雄", Year: 2002, TitleEn: "Hero", Flags: []string{"common", "common_en"}},
		{Title: "卧虎藏龙", Year: 2000, TitleEn: "Crouching Tiger, Hidden Dragon"},
		{Title: "英雄本色", Year: 1986, TitleEn: "A Better Tomorrow"},
		{Title: "战狼2", Year: 2017, TitleEn: "Wolf Warrior 2"},
		{Title: "Heroes", Year: 1999, Kind: "tv"},
	}
	people := []PersonRow{
		{Name: "宋洋", NameEn: "Song Yang", Roles: []string{"actor"}},
		{Name: "宋阳", NameEn: "Song Yang", Roles: []string{"director"}},
		{Name: "张艺谋", NameEn: "Zhang Yimou", Roles: []string{"director"}},
	}
	return New(films, people, nil)
}

func TestCommonEnglishTitleIsWeak(t *testing.T) {
	l := testLex()
	if fs := l.FilmStrong(Key("Up")); len(fs) != 0 {
		t.Errorf("Up (common_en) is a strong name of %v", fs[0].Title)
	}
	if fs := l.Film(Key("Up")); len(fs) != 1 || fs[0].Title != "飞屋环游记" {
		t.Errorf("Up should still resolve weakly to 飞屋环游记, got %v", fs)
	}
	if fs := l.FilmStrong(Key("Crouching Tiger, Hidden Dragon")); len(fs) != 1 {
		t.Errorf("an English title without common_en must stay strong, got %v", fs)
	}
	// the trie carries the same strength as the maps
	for _, m := range l.Scan("We watched Up last night.") {
		for _, h := range m.Hits {
			if h.Film != nil && h.Strength != Weak {
				t.Errorf("scan hit for Up is strong")
			}
		}
	}
}

// scanned lists the surfaces Scan finds.
func scanned(l *Lexicon, text string) []string {
	var out []string
	for _, m := range l.Scan(text) {
		out = append(out, text[m.Start:m.End])
	}
	return out
}

func TestScanLatinWordBoundaries(t *testing.T) {
	l := testLex()
	cases := []struct {
		text string
		want []string
	}{
		{"a cup of tea", nil},                                          // "up" inside "cup"
		{"UPDATE the cupboard", nil},                                   // nor at the start of a longer word, any case
		{"Pixar's Up opened Cannes", []string{"Up"}},                   // a whole word
		{"the film UP, then", []string{"UP"}},                          // any case
		{"Superheroes are everywhere", nil},                            // "hero" inside a word
		{"the Heroes finale", []string{"Heroes"}},                      // the longer entry itself
		{"Zhang Yimou's Hero (2002)", []string{"Zhang Yimou", "Hero"}}, // possessive: apostrophe is a boundary
		{"Crouching Tiger, Hidden Dragon won", []string{"Crouching Tiger, Hidden Dragon"}},
		{"看了ＵＰ吗", []string{"ＵＰ"}},                                          // full width folds; Han is a boundary
		{"英雄本色和英雄", []string{"英雄本色", "英雄"}},                                // Chinese is not affected
		{"Wolf Warrior 2 and Wolf Warrior 20", []string{"Wolf Warrior 2"}}, // a digit continues a Latin word
	}
	for _, c := range cases {
		got := scanned(l, c.text)
		if len(got) != len(c.want) {
			t.Errorf("Scan(%q) = %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Scan(%q) = %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

func TestSharedEnglishNameIsAmbiguous(t *testing.T) {
	l := testLex()
	if p := l.Person(Key("Song Yang")); p != nil {
		t.Errorf("Song Yang is shared by 宋洋 and 宋阳 but resolved to %s", p.Name)
	}
	ps := l.PeopleNamed(Key("Song Yang"))
	if len(ps) != 2 || ps[0].Name == ps[1].Name {
		t.Fatalf("PeopleNamed(Song Yang) = %v, want both namesakes", ps)
	}
	for _, name := range []string{"宋洋", "宋阳"} {
		if p := l.Person(Key(name)); p == nil || p.Name != name {
			t.Errorf("Person(%s) = %v", name, p)
		}
	}
	if p := l.Person(Key("Zhang Yimou")); p == nil || p.Name != "张艺谋" {
		t.Errorf("an unshared English name must resolve, got %v", p)
	}
	// the trie keeps both so a caller can choose by context
	ms := l.Scan("Song Yang directed it")
	n := 0
	for _, m := range ms {
		for _, h := range m.Hits {
			if h.Person != nil {
				n++
			}
		}
	}
	if n != 2 {
		t.Errorf("scan of a shared English name carries %d people, want 2", n)
	}
}

// A title written only in digits (1942, 8½ once folded) is a year or a
// number in running text: strong in no map and no scan hit, while a
// vulgar fraction keeps 8½ apart from a bare 8.
func TestDigitTitlesAreWeak(t *testing.T) {
	l := New([]FilmRow{
		{Title: "一九四二", Year: 2012, TitleEn: "1942"},
		{Title: "八部半", Year: 1963, TitleEn: "8½"},
	}, nil, nil)
	if fs := l.FilmStrong(Key("1942")); len(fs) != 0 {
		t.Errorf("1942 is a strong name of %v", fs[0].Title)
	}
	if fs := l.FilmStrong(Key("8½")); len(fs) != 1 {
		t.Errorf("8½ should stay a strong name of 八部半, got %v", fs)
	}
	for _, text := range []string{"The famine of 1942 killed millions.", "November 14, 2023 8:05am PT"} {
		for _, m := range l.Scan(text) {
			for _, h := range m.Hits {
				if h.Film != nil && h.Strength != Weak {
					t.Errorf("%q: strong hit %q for %s", text, text[m.Start:m.End], h.Film.Title)
				}
			}
		}
	}
}
