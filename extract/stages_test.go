package extract

import (
	"fmt"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/schema"
)

// rels lists the relations of one predicate the text states by a frame:
// credits read from a film and its people named together
// (coMentionCredits) are left to allRels, so each frame's test shows what
// the frame reads.
func rels(b *facts.Batch, pred quad.IRI) []string { return relsOf(b, pred, false) }

// allRels is rels with the co-mention credits.
func allRels(b *facts.Batch, pred quad.IRI) []string { return relsOf(b, pred, true) }

func relsOf(b *facts.Batch, pred quad.IRI, coMention bool) []string {
	var out []string
	for _, r := range b.Relations {
		if r.Predicate != pred || (!coMention && r.Cue == coMentionCue) {
			continue
		}
		s := b.Entities[r.Subject].Label
		o := fmt.Sprint(quad.NativeOf(r.Object))
		if iri, ok := r.Object.(quad.IRI); ok && b.Entities[iri] != nil {
			o = b.Entities[iri].Label
		}
		if st, ok := r.Extra[schema.Status]; ok {
			o += "/" + fmt.Sprint(quad.NativeOf(st))
		}
		if y, ok := r.Extra[schema.Year]; ok {
			o += "/" + fmt.Sprint(quad.NativeOf(y))
		}
		out = append(out, s+">"+o)
	}
	sort.Strings(out)
	return out
}

func TestBareFilms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"像长津湖，战狼 2，红海行动这些片都走不出去。", []string{"战狼2/film", "红海行动/film"}},
		{"战狼3根本不存在。", nil},
		{"这种战狼式电影和功夫片都不行，英雄主义泛滥。", nil},
		{"英雄这部电影票房很高。", []string{"英雄/film"}},
		{"他是个英雄。", nil},
		// an everyday-word title needs evidence next to it, not just a film word in the sentence
		{"中国电影的英雄形象打动了人。", nil},
		{"外语片票房最高的都是中国电影，活着和英雄。", []string{"活着/film", "英雄/film"}},
		{"这种风格的电影，比如英雄，比如活着。", []string{"英雄/film", "活着/film"}},
		{"张艺谋拍活着的时候很年轻。", []string{"活着/film"}},
		{"真正的电影英雄不多。", nil},
		// an example marker and a synopsis together make the title
		{"再看看最成功的一个案例：英雄，讲述刺客的故事。", []string{"英雄/film"}},
		{"再看看最成功的一个案例：英雄，很少见。", nil},
		{"药神和子弹都是好电影", []string{"我不是药神/film", "让子弹飞/film"}},
		{"唐探三和哪吒2", []string{"哪吒之魔童闹海/film"}},
		{"臥虎藏龍在北美票房第一", []string{"卧虎藏龙/film"}},
		{"Crouching Tiger, Hidden Dragon was a hit.", []string{"卧虎藏龙/film"}},
		// an everyday English word in lower case is the word, even after "film"
		{"A film hero can find no audience.", nil},
		{"The film Hero did well abroad.", []string{"英雄/film"}},
		{"The cast of Hero includes Jet Li.", []string{"英雄/film"}},
		// an English list, and a prize won right after the title
		{"Crouching Tiger, Hidden Dragon and Hero did well.", []string{"卧虎藏龙/film", "英雄/film"}},
		{"英雄拿了柏林的奖。", []string{"英雄/film"}},
		{"英雄拿了一个苹果。", nil},
	} {
		b := run(t, []string{"brackets", "films"}, nil, tc.text)
		eq(t, tc.text, mentioned(b, schema.Work), tc.want)
	}
}

// A title written on a line of its own next to a line that is another
// work is a list of titles, even when it is an everyday word; the same
// word next to an ordinary line is not.
func TestTitleListOnePerLine(t *testing.T) {
	b := run(t, []string{"brackets", "films"}, nil, "这些都拿过奖：", "红高粱", "英雄", "卧虎藏龙")
	eq(t, "list", mentioned(b, schema.Work), []string{"红高粱/film", "英雄/film", "卧虎藏龙/film"})
	b = run(t, []string{"brackets", "films"}, nil, "他说：", "英雄", "就是这样。")
	eq(t, "no list", mentioned(b, schema.Work), nil)
}

func TestLearnedTitles(t *testing.T) {
	b := run(t, []string{"brackets", "films", "learned"}, []string{"钢铁意志"}, "《悲兮魔兽》很好，悲兮魔兽拍得真好，钢铁意志上映了。")
	eq(t, "learned", mentioned(b, schema.Work), []string{"悲兮魔兽/film", "悲兮魔兽/film", "钢铁意志/film"})
}

func TestAuthorsNeverEntities(t *testing.T) {
	x, _ := New(Options{Lexicon: testLex(), NoSegmenter: true})
	d := doc([][]string{{"@让子弹飞 你说得不对。"}}, "让子弹飞")
	b, _ := x.Extract(d)
	eq(t, "works", mentioned(b, schema.Work), nil)
}

var all = []string{"brackets", "quotes", "films", "learned", "people", "festivals", "directors", "actors", "sources", "countries", "awards"}

func TestPeople(t *testing.T) {
	b := run(t, all, nil, "老谋子和星爷都拍过好片，导演张琪携新作《大风杀》亮相，由罗伯特·本顿执导。")
	eq(t, "people", mentioned(b, schema.Person), []string{"张艺谋", "周星驰", "张琪", "罗伯特·本顿"})
}

func TestPeopleCuesListsAndDots(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// a cue never takes a function word, pronoun, role or verb for a name
		{"我国演员和导演都学斯坦尼，全靠导演撑着，和他一起的演员和编剧也一样。", nil},
		{"导演张琪携新作亮相，导演李某称很满意。", []string{"张琪", "李某"}},
		// transliterated names anywhere, grown only over transliteration characters
		{"正如哲学家贝尔纳·斯蒂格勒在书中所说，达拉斯 · 斯迈斯（Dallas Smythe）也提出过。", []string{"贝尔纳·斯蒂格勒", "达拉斯·斯迈斯"}},
		// a list closed by a role noun
		{"吸引了如王小明、唐大礼、姚婷等导演，以及任大华、柳小岩等知名演员。", []string{"王小明", "唐大礼", "姚婷", "任大华", "柳小岩"}},
		{"只有张三等导演参加。", nil},
		// a nickname needs a role or film verb next to it, not a film word in the sentence
		{"国师执导的电影，国师说得对，这部电影我看过国师的采访。", []string{"张艺谋"}},
		// stray dots never make a name (and never panic)
		{"·", nil}, {"··阿·", nil}, {"阿 · · 贝", nil}, {"中·美合拍", nil}, {"罗伯特·", nil},
	} {
		b := run(t, all, nil, tc.text)
		got := mentioned(b, schema.Person)
		sort.Strings(got)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		eq(t, tc.text, got, want)
	}
}

func TestNamedEvents(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"同年10月，在首届中国短片电影周上，多家平台发出倡议。", []string{"中国短片电影周"}},
		{"代表团参加了当地的“丝路影视版权交易展”。", []string{"丝路影视版权交易展"}},
		{"影片在戛纳电影节、美国电影节等多个国际电影节亮相。", []string{"戛纳国际电影节"}},
		{"该电影节和各大影展都很重要。", nil},
		{"冲着国外电影节去拍，在区域性电影节和全球电影市场，主题网络电影展也有。", nil},
	} {
		b := run(t, all, nil, tc.text)
		eq(t, tc.text, mentioned(b, schema.Festival), tc.want)
	}
}

func TestDirectedBy(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"张艺谋的《红高粱》、《活着》，陈凯歌的《黄土地》、《霸王别姬》", []string{"活着>张艺谋", "红高粱>张艺谋", "霸王别姬>陈凯歌", "黄土地>陈凯歌"}},
		{"《流浪地球》导演郭帆说了三条经验", []string{"流浪地球>郭帆"}},
		{"真正的导演：郭帆（同桌的你，流浪地球 1，流浪地球 2）", []string{"同桌的你>郭帆", "流浪地球2>郭帆", "流浪地球>郭帆"}},
		{"比如吴战狼的流浪地球也不行", []string{"流浪地球>吴京"}},
		{"此前有张艺谋《红高粱》获奖", []string{"红高粱>张艺谋"}},
		{"导演张琪携新作《大风杀》亮相", []string{"大风杀>张琪"}},
		{"葛优的《活着》很好看", nil},
		// filmographies: items no lexicon knows are works too; an unknown sequel is skipped
		{"我心中的导演：郭帆（冰雪长城，流浪地球 1，流浪地球 2），吴京（战狼 1，战狼 2，战狼 3）", []string{"冰雪长城>郭帆", "战狼2>吴京", "战狼>吴京", "流浪地球2>郭帆", "流浪地球>郭帆"}},
		{"葛优（1957年生，演员）", nil},
	} {
		b := run(t, all, nil, tc.text)
		eq(t, tc.text, rels(b, schema.DirectedBy), tc.want)
	}
}

func TestActedInRemakeCountry(t *testing.T) {
	b := run(t, all, nil, "吴京、葛优主演的电影《战狼2》。翻拍的有误杀 (误杀瞒天记)。伊朗电影《小鞋子》")
	eq(t, "acted", rels(b, schema.ActedIn), []string{"吴京>战狼2", "葛优>战狼2"})
	eq(t, "remake", rels(b, schema.RemakeOf), []string{"误杀>误杀瞒天记"})

	eq(t, "country", rels(b, schema.Country), []string{"小鞋子>IR"})
	b = run(t, all, nil, "葛优的《活着》很感人，星爷战狼2里那段也好笑，张艺谋的《红高粱》。")
	eq(t, "acted X的Y", rels(b, schema.ActedIn), []string{"葛优>活着"})
}

func TestAwards(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"《无依之地》获得第77届威尼斯电影节金狮奖。", []string{"无依之地>威尼斯国际电影节/won/2020"}},
		{"《霸王别姬》虽然有奥斯卡提名。", []string{"霸王别姬>奥斯卡金像奖/nominated"}},
		{"赵婷拿了金狮。第三个获此奖项的是《红高粱》。", []string{"红高粱>威尼斯国际电影节/won"}},
		{"会不会在威尼斯电影节也被撤《红高粱》", nil},
		{"百花齐放的《红高粱》获得好评", nil},
		{"我在威尼斯看了《红高粱》", nil},
		// the status goes to the subject of its cue, not to every title of the sentence
		{"网络片方面，《红高粱》上线流媒体，《活着》获金棕榈奖，《霸王别姬》正在重映。", []string{"活着>戛纳国际电影节/won"}},
		{"金棕榈奖都拿过，但都不是最近拍的，比如《红高粱》、《活着》。", nil},
		{"《红高粱》在柏林获得好评。", nil},
		{"《霸王别姬》在戛纳电影节、威尼斯电影节等多个电影节亮相。", []string{"霸王别姬>威尼斯国际电影节/screened", "霸王别姬>戛纳国际电影节/screened"}},
		{"《红高粱》在奥斯卡很惨淡，仅仅获得最佳外语片提名，最终颗粒无收。", []string{"红高粱>奥斯卡金像奖/nominated"}},
		{"《红高粱》没有获得金熊奖，《活着》拿了金熊。", []string{"活着>柏林国际电影节/won"}},
		{"《活着》在戛纳获奖了。", []string{"活着>戛纳国际电影节/won"}},
		{"《山海情缘》获首尔国际电视剧大赏最佳电视剧奖。", []string{"山海情缘>首尔国际电视剧大赏/won"}},
		{"张艺谋的《活着》，连奥斯卡金奖都拿了。", []string{"活着>奥斯卡金像奖/won"}},
	} {
		b := run(t, all, nil, tc.text)
		eq(t, tc.text, rels(b, schema.AwardAt), tc.want)
		if tc.text == "《山海情缘》获首尔国际电视剧大赏最佳电视剧奖。" {
			eq(t, "kind by TV award", mentioned(b, schema.Work), []string{"山海情缘/tv"})
		}
	}
}
