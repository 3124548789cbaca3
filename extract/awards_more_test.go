package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Award statements of round 3, one sentence per class, written for this
// test: a comma inside an English title, the prize as subject (went to),
// 影后/影帝 after a festival, a year opening an English list header, the
// short English form of a Hong Kong name.
func TestAwardsRound3(t *testing.T) {
	for _, tc := range []struct {
		paras         []string
		awards, acted []string
	}{
		{[]string{"Black Coal, Thin Ice won the Golden Bear in 2014."}, []string{"白日焰火>柏林国际电影节/won/2014"}, nil},
		{[]string{"At Venice in 2006 the Golden Lion went to Still Life."}, []string{"三峡好人>威尼斯国际电影节/won/2006"}, nil},
		// travelling to a festival is not winning there
		{[]string{"In 2006 Still Life went to Venice."}, nil, nil},
		{[]string{"巩俐凭《秋菊打官司》成为威尼斯影后。"}, []string{"秋菊打官司>威尼斯国际电影节/won"}, []string{"巩俐>秋菊打官司"}},
		{[]string{"張曼玉憑藉《清洁》成為2004年戛納影后。"}, []string{"清洁>戛纳国际电影节/won/2004"}, []string{"张曼玉>清洁"}},
		// a hope is not a prize
		{[]string{"巩俐凭《秋菊打官司》有望成为威尼斯影后。"}, nil, nil},
		{[]string{"2000 Cannes Film Festival winners", "Best Actor: Tony Leung, In the Mood for Love"}, []string{"花样年华>戛纳国际电影节/won/2000"}, []string{"梁朝伟>花样年华"}},
		{[]string{"Tony Leung won Best Actor at Cannes for In the Mood for Love."}, []string{"花样年华>戛纳国际电影节/won"}, []string{"梁朝伟>花样年华"}},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
	// two people share "Tony Leung": with no film of either, no guess
	b := runDefault(t, "Tony Leung was brilliant.")
	eq(t, "shared short name", mentioned(b, schema.Person), nil)
}
