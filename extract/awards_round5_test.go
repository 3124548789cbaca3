package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Round 5 award statuses. The sentences are written for this test.
func TestAwardsRound5(t *testing.T) {
	for _, tc := range []struct {
		paras  []string
		awards []string
	}{
		// 被撤: withdrawn, but 被撤换/被撤销 are not
		{[]string{"陈凯歌的《霸王别姬》当年在戛纳电影节开幕前被撤。"}, []string{"霸王别姬>戛纳国际电影节/withdrawn"}},
		{[]string{"《霸王别姬》在戛纳电影节的评委被撤换了。"}, nil},
		// 这片子 points back at the film just named
		{[]string{"上个月又看了《霸王别姬》。", "这片子当年入围了戛纳主竞赛。"}, []string{"霸王别姬>戛纳国际电影节/competition"}},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
	}
}
