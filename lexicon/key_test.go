package lexicon

import "testing"

func TestKey(t *testing.T) {
	same := [][2]string{
		{"战狼 2", "战狼2"}, {"战狼Ⅱ", "战狼2"}, {"战狼II", "战狼2"}, {"唐探三", "唐探3"}, {"ＡＢＣ", "abc"},
		{"臥虎藏龍", "卧虎藏龙"}, {"你好，李焕英", "你好李焕英"}, {"罗伯特 · 本顿", "罗伯特本顿"}, {"Rocky II", "rocky2"},
	}
	for _, p := range same {
		if Key(p[0]) != Key(p[1]) {
			t.Errorf("Key(%q)=%q != Key(%q)=%q", p[0], Key(p[0]), p[1], Key(p[1]))
		}
	}
	differ := [][2]string{{"战狼", "战狼2"}, {"一九四二", "一九四"}, {"唐人街探案", "唐探1900"}, {"8½", "8"}}
	for _, p := range differ {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) == Key(%q)", p[0], p[1])
		}
	}
}

func TestDefaultLexiconBuilds(t *testing.T) {
	l := Default()
	if len(l.Films) == 0 || len(l.People) == 0 || len(l.Festivals) == 0 {
		t.Fatalf("default lexicon empty: %d films %d people %d festivals", len(l.Films), len(l.People), len(l.Festivals))
	}
	if fs := l.Film(Key("战狼 2")); len(fs) != 1 || fs[0].Title == "战狼" {
		t.Errorf("战狼 2 -> %v", fs)
	}
	if f, _ := l.Festival(Key("金狮奖")); f == nil {
		t.Errorf("金狮奖 not resolved to a festival")
	}
}

// BenchmarkKey measures key building, including OpenCC (loaded once).
func BenchmarkKey(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Key("臥虎藏龍 II")
	}
}

func TestShortEnglishName(t *testing.T) {
	for in, want := range map[string]string{
		"Tony Leung Chiu-wai":   "Tony Leung",
		"Mark Lee Ping-bing":    "Mark Lee",
		"Francis Ford Coppola":  "",
		"Maggie Cheung":         "",
		"Jean-Luc Godard":       "",
		"Anne-Marie Duff Smith": "",
	} {
		if got := shortEnglishName(in); got != want {
			t.Errorf("shortEnglishName(%q) = %q, want %q", in, got, want)
		}
	}
}
