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
