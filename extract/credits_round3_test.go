package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// A section or prize that belongs to one festival (泰迪熊奖, 全景单元,
// 新生代单元, the Directors' Fortnight) names that festival: a sentence or
// clause using it does not take another festival the passage named last.
// The sentences are written for this test.
func TestFestivalInternalNamesOwnFestival(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		want  []string
	}{
		// the sentence before speaks of Venice: the Teddy is Berlin's
		{[]string{"今年的柏林国际电影节二月开幕。《红高粱》去年在威尼斯国际电影节放映过。《黄土地》拿下泰迪熊奖。"},
			[]string{"红高粱>威尼斯国际电影节/screened", "黄土地>柏林国际电影节/won"}},
		{[]string{"柏林电影节公布了片单。《活着》曾入围威尼斯电影节竞赛单元；《霸王别姬》在全景单元展映。"},
			[]string{"活着>威尼斯国际电影节/competition", "霸王别姬>柏林国际电影节/screened"}},
		// one sentence: the first clause's prize is Berlin's, the second
		// clause's festival is its own
		{[]string{"柏林电影节闭幕。《红高粱》获得新生代单元最佳影片，去年已在威尼斯电影节获得最佳影片。"},
			[]string{"红高粱>威尼斯国际电影节/won", "红高粱>柏林国际电影节/won"}},
		// no mention of the festival the prize belongs to: no festival
		{[]string{"《红高粱》去年在威尼斯国际电影节放映过。《黄土地》拿下泰迪熊奖。"},
			[]string{"红高粱>威尼斯国际电影节/screened"}},
		// 新生代 in its everyday sense is no section: the passage's
		// festival stays the one the prize is read at
		{[]string{"柏林电影节二月开幕。《红高粱》在威尼斯国际电影节放映。《黄土地》的新生代演员获得了最佳新人奖。"},
			[]string{"红高粱>威尼斯国际电影节/screened", "黄土地>威尼斯国际电影节/won"}},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0], uniq(rels(b, schema.AwardAt)), tc.want)
	}
}

// A pronoun opening a credit or prize frame (他执导的《W》, 此前她曾凭《W》获…,
// 他在《W》中饰演, His 2000 epic W) stands for the one person the sentence,
// else the paragraph, else the sentence before names; two people there
// leave it alone, and a director credit needs a person known to direct.
// A prize won with a work (P凭W获…) is for the work a known director
// made. The sentences are written for this test.
func TestPronounCredits(t *testing.T) {
	for _, tc := range []struct {
		paras           []string
		directed, acted []string
	}{
		{[]string{"张艺谋今年又回到了威尼斯，这是他继1994年执导的《活着》之后再度参赛。"}, []string{"活着>张艺谋"}, nil},
		{[]string{"陈凯歌第三次来到戛纳。此前他曾凭《霸王别姬》获评审团大奖。"}, []string{"霸王别姬>陈凯歌"}, nil},
		// the person named in the paragraph before
		{[]string{"葛优是一位老戏骨。", "他在《霸王别姬》中饰演袁四爷。"}, nil, []string{"葛优>霸王别姬"}},
		{[]string{"Ang Lee grew up in Taiwan. Decades later, he was famous. His 2000 martial-arts epic Crouching Tiger, Hidden Dragon won four Oscars."},
			[]string{"卧虎藏龙>李安"}, nil},
		// two people before the pronoun: nothing
		{[]string{"张艺谋和陈凯歌都来了。他执导的《北方旧梦》入围了。"}, nil, nil},
		// …unless the lexicon credits one of them with the work
		{[]string{"张艺谋和陈凯歌都来了。他执导的《黄土地》入围了。"}, []string{"黄土地>陈凯歌"}, nil},
		// a person not known to direct directs nothing by a pronoun
		{[]string{"葛优很低调。他执导的《黄土地》入围了。"}, nil, nil},
		// his/her not before a work, and 他们, are no subjects
		{[]string{"Ang Lee met Gong Li and gave her a script.", "张艺谋来了，他们执导的《黄土地》入围了。"}, nil, nil},
		// the prize frame with a name; a crew prize or a film the lexicon
		// gives another director credits nothing
		{[]string{"陈凯歌曾凭《霸王别姬》获金棕榈奖。"}, []string{"霸王别姬>陈凯歌"}, nil},
		{[]string{"陈凯歌凭《霸王别姬》获最佳编剧。陈凯歌凭《红高粱》获评审团大奖。"}, nil, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// "played by P" names a part in the one film the sentence names (the
// film as an anaphor too); two films, or a part still to be played, give
// nothing. The sentences are written for this test.
func TestPlayedBy(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		acted []string
	}{
		{[]string{"Wolf Warrior 2 came out in 2017.", "The film follows a soldier, played by his longtime friend Ge You, across Africa."}, []string{"葛优>战狼2"}},
		{[]string{"In Wolf Warrior 2 the villain, played by Ge You, dies."}, []string{"葛优>战狼2"}},
		{[]string{"Wolf Warrior 2 and Hero both have a villain played by Ge You."}, nil},
		{[]string{"The villain of Wolf Warrior 2 was to be played by Ge You."}, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[len(tc.paras)-1]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}
