package extract

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// testLex is a small lexicon written for these tests (not the shipped data).
func testLex() *lexicon.Lexicon {
	films := []lexicon.FilmRow{
		{Title: "战狼", Year: 2015, Directors: []string{"吴京"}, Country: []string{"CN"}},
		{Title: "战狼2", Year: 2017, Directors: []string{"吴京"}, Country: []string{"CN"}, Actors: []string{"吴京"}},
		{Title: "流浪地球", Year: 2019, TitleEn: "The Wandering Earth", Directors: []string{"郭帆"}, Country: []string{"CN"}},
		{Title: "流浪地球2", Year: 2023, Directors: []string{"郭帆"}, Country: []string{"CN"}},
		{Title: "哪吒之魔童降世", Year: 2019, Directors: []string{"饺子"}, Aliases: []string{"哪吒1"}},
		{Title: "哪吒之魔童闹海", Year: 2025, Directors: []string{"饺子"}, Aliases: []string{"哪吒2"}},
		{Title: "唐人街探案", Year: 2015, Directors: []string{"陈思诚"}, Aliases: []string{"唐探"}},
		{Title: "唐探1900", Year: 2025, Directors: []string{"陈思诚"}},
		{Title: "你好，李焕英", Year: 2021, Directors: []string{"贾玲"}, Aliases: []string{"李焕英"}},
		{Title: "我不是药神", Year: 2018, Directors: []string{"文牧野"}, Aliases: []string{"药神"}},
		{Title: "隐入尘烟", Year: 2022, Directors: []string{"李睿珺"}},
		{Title: "贫民窟的百万富翁", Year: 2008, TitleEn: "Slumdog Millionaire", Directors: []string{"丹尼·博伊尔"}, Country: []string{"GB"}},
		{Title: "卧虎藏龙", Year: 2000, TitleEn: "Crouching Tiger, Hidden Dragon", Directors: []string{"李安"}, Country: []string{"TW", "CN"}},
		{Title: "英雄", Year: 2002, TitleEn: "Hero", Directors: []string{"张艺谋"}, Flags: []string{"common", "common_en"}},
		{Title: "活着", Year: 1994, Directors: []string{"张艺谋"}, Flags: []string{"common"}, Actors: []string{"葛优"}},
		{Title: "红海行动", Year: 2018, Directors: []string{"林超贤"}},
		{Title: "让子弹飞", Year: 2010, Directors: []string{"姜文"}, Weak: []string{"子弹"}},
		{Title: "误杀", Year: 2019, Directors: []string{"柯汶利"}, Source: "remake:误杀瞒天记"},
		{Title: "误杀瞒天记", Year: 2015, Directors: []string{"尼西卡特·卡马特"}, Country: []string{"IN"}},
		{Title: "小鞋子", Year: 1997, Directors: []string{"马基德·马基迪"}, Country: []string{"IR"}},
		{Title: "无依之地", Year: 2020, Directors: []string{"赵婷"}, Country: []string{"US"}},
		{Title: "红高粱", Year: 1988, Directors: []string{"张艺谋"}},
		{Title: "霸王别姬", Year: 1993, Directors: []string{"陈凯歌"}},
		{Title: "黄土地", Year: 1984, Directors: []string{"陈凯歌"}},
		{Title: "同桌的你", Year: 2014, Directors: []string{"郭帆"}},
	}
	people := []lexicon.PersonRow{
		{Name: "吴京", Roles: []string{"director", "actor"}, Weak: []string{"吴战狼"}},
		{Name: "郭帆", Roles: []string{"director"}},
		{Name: "张艺谋", Roles: []string{"director"}, Aliases: []string{"老谋子"}, Weak: []string{"国师"}},
		{Name: "陈凯歌", Roles: []string{"director"}},
		{Name: "李安", NameEn: "Ang Lee", Roles: []string{"director"}},
		{Name: "饺子", Roles: []string{"director"}},
		{Name: "贾樟柯", Roles: []string{"director"}, Aliases: []string{"贾科长"}},
		{Name: "周星驰", Roles: []string{"director", "actor"}, Aliases: []string{"星爷"}},
		{Name: "葛优", Roles: []string{"actor"}},
		{Name: "赵婷", Roles: []string{"director"}},
		{Name: "陈思诚", Roles: []string{"director"}},
	}
	fests := []lexicon.FestivalRow{
		{ID: "venice", Name: "威尼斯国际电影节", NameEn: "Venice Film Festival", Aliases: []string{"威尼斯电影节"}, Weak: []string{"威尼斯"}, Prizes: []string{"金狮奖", "金狮"}, AnchorEdition: 77, AnchorYear: 2020, Kind: "festival"},
		{ID: "oscars", Name: "奥斯卡金像奖", NameEn: "Academy Awards", Aliases: []string{"奥斯卡"}, AnchorEdition: 92, AnchorYear: 2020, Kind: "award"},
		{ID: "cannes", Name: "戛纳国际电影节", Aliases: []string{"戛纳电影节", "戛纳"}, Prizes: []string{"金棕榈", "金棕榈奖"}, Kind: "festival"},
		{ID: "berlin", Name: "柏林国际电影节", Aliases: []string{"柏林电影节"}, Weak: []string{"柏林"}, Prizes: []string{"金熊奖", "金熊"}, Kind: "festival"},
		{ID: "hundred-flowers", Name: "大众电影百花奖", Aliases: []string{"百花奖"}, Kind: "award"},
		{ID: "seoul-drama", Name: "首尔国际电视剧大赏", NameEn: "Seoul International Drama Awards", Kind: "award"},
	}
	return lexicon.New(films, people, fests)
}

// doc builds a document with one answer per element of answers (each a
// list of paragraphs), the i-th answer written by authors[i].
func doc(answers [][]string, authors ...string) *ingest.Document {
	b := ingest.NewBuilder()
	for i, paras := range answers {
		s := b.StartSection("answer", "")
		if i < len(authors) {
			s.Author = authors[i]
		}
		for _, p := range paras {
			b.AddParagraph("text", "", p)
		}
	}
	d := b.Document()
	d.ID = "test"
	return d
}

func run(t *testing.T, stages []string, learned []string, paras ...string) *facts.Batch {
	t.Helper()
	x, err := New(Options{Stages: stages, Lexicon: testLex(), Learned: learned, NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(doc([][]string{paras}))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// works lists "label/kind" for every work mentioned, in mention order.
func mentioned(b *facts.Batch, typ quad.IRI) []string {
	var out []string
	for _, m := range b.Mentions {
		e := b.Entities[m.Entity]
		if e.Type != typ {
			continue
		}
		s := e.Label
		if typ == schema.Work {
			s += "/" + e.Kind
		}
		out = append(out, s)
	}
	return out
}

func eq(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s:\n got  %q\n want %q", what, got, want)
	}
}
