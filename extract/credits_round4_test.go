package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// A cast sentence with no work named binds to the passage's film: a bare
// 演 before a part (P演单亲妈妈), an English cast line after a descriptor
// (Hong Kong star P plays a …, P co-stars), and a review whose headline
// (《W》：…) a plain-text reader left as its first paragraph names the film
// when the review discusses other films too. The sentences are written
// for this test.
func TestCastSentencesRound4(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		acted []string
	}{
		{[]string{"去年看了《霸王别姬》。张国荣演程蝶衣，葛优演一个戏迷。"}, []string{"张国荣>霸王别姬", "葛优>霸王别姬"}},
		// 演 opening another word states no part
		{[]string{"去年看了《霸王别姬》。张国荣演技很好，葛优演出也不错。"}, nil},
		{[]string{"Farewell My Concubine opened in 1993.", "The film is set in Beijing. Hong Kong star Leslie Cheung plays a Peking opera singer, and Gong Li co-stars as his rival's wife."},
			[]string{"巩俐>霸王别姬", "张国荣>霸王别姬"}},
		// a person who plays something other than a part gives nothing
		{[]string{"Farewell My Concubine opened in 1993.", "Leslie Cheung liked music."}, nil},
		{[]string{"《霸王别姬》：一部电影的回望", "看完陈凯歌的《霸王别姬》，又想起《活着》。", "故事很长。张国荣饰演程蝶衣，巩俐饰演菊仙。"},
			[]string{"巩俐>霸王别姬", "张国荣>霸王别姬"}},
		// a first paragraph that is a sentence is no headline
		{[]string{"《霸王别姬》很好看。", "看完陈凯歌的《霸王别姬》，又想起《活着》。", "故事很长。张国荣饰演程蝶衣，巩俐饰演菊仙。"}, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0], uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}
