package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	_ "github.com/filmgraph/filmgraph/ingest/bilingual"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// programmePage is a bilingual festival programme: entries of a title
// line, country and year, a director and a cast line whose labels and
// names are given in both scripts (导演 Director：林明远 Lin Mingyuan), and
// an English prize line. Its reader splits an entry's lines over sections.
const programmePage = `第二届港湾华语影展
2nd Harbour Chinese Film Showcase

策展人语 | Curator's Statement

今年的片单来自三个城市，我们希望观众看到一个不那么熟悉的中国，而不是明信片上的中国。

This year's films come from three cities. We hope audiences meet a less familiar China, not the China of postcards.

开幕影片 | Opening Film

雾港 Fog Harbour
中国 China | 2023 | 101分钟 min
导演 Director：林明远 Lin Mingyuan
主演 Cast：周雨桐 Zhou Yutong、陈长风 Chen Changfeng
荣誉 Awards：第十届海岸电影展最佳影片
10th Coastline Film Festival – Best Film

石榴井 Pomegranate Well
中国 China | 2022 | 95分钟 min
导演 Director：许晓禾 Xu Xiaohe
主演 Cast：罗青 Luo Qing、高立勇 Gao Liyong
荣誉 Awards：第五届山城电影展评审团奖
5th Hill Town Film Festival – Jury Prize

一座井边的村庄，一家人在拆迁前最后一个夏天。

A village around a well, and one family's last summer before the demolition.
`

// parseAndExtract reads text with the named reader ("" to detect one)
// and extracts it with lex, without the segmenter.
func parseAndExtract(t *testing.T, lex *lexicon.Lexicon, text, reader string) *facts.Batch {
	t.Helper()
	d, err := ingest.Parse(ingest.Source{Name: "programme.txt", Data: []byte(text)}, reader)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{Lexicon: lex, NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBilingualProgrammeCredits(t *testing.T) {
	lex := lexicon.New([]lexicon.FilmRow{
		{Title: "雾港", Year: 2023, TitleEn: "Fog Harbour", Country: []string{"CN"}},
		{Title: "石榴井", Year: 2022, TitleEn: "Pomegranate Well", Country: []string{"CN"}},
	}, nil, nil)
	b := parseAndExtract(t, lex, programmePage, "bilingual")
	var got []string
	for _, r := range b.Relations {
		if r.Predicate == schema.DirectedBy || r.Predicate == schema.ActedIn {
			got = append(got, strings.Trim(strings.TrimPrefix(fmt.Sprint(r.Subject), "<fg:"), ">")+" "+strings.Trim(strings.TrimPrefix(fmt.Sprint(r.Object), "<fg:"), ">"))
		}
	}
	for _, want := range []string{
		"work/雾港 person/林明远", "person/周雨桐 work/雾港", "person/陈长风 work/雾港",
		"work/石榴井 person/许晓禾", "person/罗青 work/石榴井", "person/高立勇 work/石榴井",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing credit %s; got %v", want, got)
		}
	}
	for _, r := range got {
		if strings.Contains(r, "雾港") && (strings.Contains(r, "许晓禾") || strings.Contains(r, "罗青")) {
			t.Errorf("the second entry's credit went to the first film: %s", r)
		}
	}
}

// A bilingual cast line names each person twice (廖凡 Liao Fan): a name
// the lexicon does not know is still read after a known one, past the
// English label and the romanisations.
func TestBilingualCastLineNames(t *testing.T) {
	lex := lexicon.New([]lexicon.FilmRow{{Title: "白日焰火", Year: 2014, Country: []string{"CN"}}},
		[]lexicon.PersonRow{{Name: "廖凡", NameEn: "Liao Fan", Roles: []string{"actor"}}}, nil)
	x, err := New(Options{Lexicon: lex, NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(doc([][]string{{"《白日焰火》", "主演 Cast：廖凡 Liao Fan、王学兵 Wang Xuebing、许晓禾 Xu Xiaohe"}}))
	if err != nil {
		t.Fatal(err)
	}
	var people []string
	for _, m := range b.Mentions {
		if e := b.Entities[m.Entity]; e.Type == schema.Person && !slices.Contains(people, e.Label) {
			people = append(people, e.Label)
		}
	}
	for _, want := range []string{"廖凡", "王学兵", "许晓禾"} {
		if !slices.Contains(people, want) {
			t.Errorf("%s not found; people %v", want, people)
		}
	}
}

// A festival's own programme shows each of its entries: screened there.
// A news story whose first line names a festival and says what happened
// there is no festival's programme.
func TestProgrammeEntriesScreenedAtHost(t *testing.T) {
	lex := lexicon.New([]lexicon.FilmRow{
		{Title: "雾港", Year: 2023, TitleEn: "Fog Harbour", Country: []string{"CN"}},
		{Title: "石榴井", Year: 2022, TitleEn: "Pomegranate Well", Country: []string{"CN"}},
	}, nil, nil)
	screened := func(text, reader string) []string {
		t.Helper()
		b := parseAndExtract(t, lex, text, reader)
		var out []string
		for _, r := range b.Relations {
			if r.Predicate == schema.AwardAt && fmt.Sprint(r.Extra[schema.Status]) == `"screened"` {
				out = append(out, fmt.Sprint(r.Subject, " ", r.Object))
			}
		}
		return out
	}
	got := screened(programmePage, "bilingual")
	for _, want := range []string{"<fg:work/雾港> <fg:festival/港湾华语影展>", "<fg:work/石榴井> <fg:festival/港湾华语影展>"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %s; screened %v", want, got)
		}
	}
	news := "第十届港湾华语影展昨日开幕，两部新片同场竞技\n\n1.《雾港》，导演：林明远\n\n2.《石榴井》，导演：许晓禾\n"
	if got := screened(news, ""); len(got) != 0 {
		t.Errorf("a news story's entries screened: %v", got)
	}
}

// An edition marker makes the name after it a festival's (第三届哥本哈根
// 华语电影周), and 本 or 多 inside a place name is no quantifier; a count
// of festivals (欧洲三大电影节) names none.
func TestEventNamesAfterEdition(t *testing.T) {
	x, err := New(Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"第三届哥本哈根华语电影周将于十月举行。", "哥本哈根华语电影周"},
		{"第四届里斯本华语电影节", "里斯本华语电影节"},
		{"他拿遍了欧洲三大电影节。", ""},
		{"上海两大国际电影节都在六月。", ""},
	} {
		b, err := x.Extract(doc([][]string{{tc.text}}))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range b.Mentions {
			if e := b.Entities[m.Entity]; e.Type == schema.Festival {
				got = append(got, e.Label)
			}
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%s: festivals %v, want %q", tc.text, got, tc.want)
		}
	}
}
