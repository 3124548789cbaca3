package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

var bracketsOnly = []string{"brackets"}

func TestBracketsKindsAndVariants(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"我看了《战狼 2》和《战狼》，还有《战狼2》。", []string{"战狼2/film", "战狼/film", "战狼2/film"}},
		{"《哪吒之魔童降世》与《哪吒之魔童闹海》不是一部。", []string{"哪吒之魔童降世/film", "哪吒之魔童闹海/film"}},
		{"《唐人街探案》和《唐探1900》", []string{"唐人街探案/film", "唐探1900/film"}},
		{"电视剧《潜伏》和小说《三体》，还有《人民日报》的报道、《电影产业促进法》。", []string{"潜伏/tv", "三体/book", "人民日报/periodical", "电影产业促进法/policy"}},
		{"《漫长的季节》剧很好看，游戏《黑神话：悟空》也火了，歌曲《黄河颂》。", []string{"漫长的季节/tv", "黑神话：悟空/game", "黄河颂/song"}},
		{"《音乐家》《白塔之光》《消失的她》六部影片在两地上映。", []string{"音乐家/film", "白塔之光/film", "消失的她/film"}},
		{"《在文艺工作座谈会上的讲话》和《中国网络视听发展研究报告（2024）》", []string{"在文艺工作座谈会上的讲话/speech", "中国网络视听发展研究报告（2024）/report"}},
		{"巜机器人之恋》是部好片", []string{"机器人之恋/film"}},
		{"《流量地球》《隐如烟尘》《平民窟的百万富翁》", []string{"流浪地球/film", "隐入尘烟/film", "贫民窟的百万富翁/film"}},
		{"《你好，，李，，》《战，二》《我不是，，》", []string{"你好，李焕英/film", "战狼2/film", "我不是药神/film"}},
		{"《藏龙卧虎》《臥虎藏龍》《Crouching Tiger, Hidden Dragon》", []string{"卧虎藏龙/film", "卧虎藏龙/film", "卧虎藏龙/film"}},
		{"小说《活着》和电影《活着》", []string{"活着/book", "活着/film"}},
		{"《中国电视剧都不嫌弃我们穷，我们居然嫌弃她不好看》", nil},
		{"网友恶搞的《战熊》笑死", nil},
		{"然后就是宫廷剧。譬如《雍正王朝》。还有动作片，比如《红海行动》。", []string{"雍正王朝/tv", "红海行动/film"}},
		{"某学者在《看不见的城市》中指出，报告在《中国电影产业研究报告》中指出。", []string{"看不见的城市/book", "中国电影产业研究报告/report"}},
		{"7 张三：《电影的边界》[M]，北京：某某出版社，2001。", []string{"电影的边界/book"}},
		{"两部门印发《关于促进电影消费的若干措施》。", []string{"关于促进电影消费的若干措施/policy"}},
	} {
		b := run(t, bracketsOnly, nil, tc.text)
		eq(t, tc.text, mentioned(b, schema.Work), tc.want)
	}
}

func TestBracketsNeverCrossParagraphOrAnswer(t *testing.T) {
	x, err := New(Options{Stages: bracketsOnly, Lexicon: testLex(), NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	d := doc([][]string{{"未闭合的《雪", "山飞狐》"}, {"另一个回答《英雄》"}})
	b, err := x.Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "works", mentioned(b, schema.Work), []string{"英雄/film"})
	for _, m := range b.Mentions {
		if d.SectionAt(m.Quote.Start) != d.SectionAt(m.Quote.End-1) {
			t.Errorf("mention %q spans two sections", m.Surface)
		}
		if got := d.Text[m.Span.Start:m.Span.End]; got != "英雄" {
			t.Errorf("span text %q", got)
		}
	}
}

func TestBracketAliasesKeepSurfaces(t *testing.T) {
	b := run(t, bracketsOnly, nil, "《战狼 2》《战狼Ⅱ》《战狼二》")
	e := b.Entities[schema.WorkIRI("战狼2")]
	if e == nil || len(e.Aliases) != 3 {
		t.Fatalf("战狼2 aliases: %+v", e)
	}
}

func TestBracketTitles(t *testing.T) {
	d := doc([][]string{{"《战狼 2》和《人民日报》，电视剧《潜伏》，《你好，，李，，》"}})
	eq(t, "titles", BracketTitles(d), []string{"战狼2"})
}

func TestUnknownStage(t *testing.T) {
	if _, err := New(Options{Stages: []string{"nope"}, Lexicon: testLex()}); err == nil {
		t.Fatal("unknown stage accepted")
	}
}

// A sequel number between head and subtitle (蜘蛛侠 3：英雄无归) is how
// people count the series when the lexicon knows the film by that head.
func TestNumberedHeadTitle(t *testing.T) {
	b := runDefault(t, "《蜘蛛侠 3：英雄无归》定档北美，《流浪地球 2：第二部》不知所云。")
	eq(t, "numbered head", mentioned(b, schema.Work), []string{"蜘蛛侠：英雄无归/film", "流浪地球2：第二部/film"})
}
