package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Names the lexicon does not hold, found by the credit frame around them.
// The names and the film 《远山》 are invented for this test.
func TestCreditNames(t *testing.T) {
	for _, tc := range []struct {
		para            string
		directed, acted []string
	}{
		{"由王小川执导，李梅、赵大海主演的电影《远山》定档五一。", []string{"远山>王小川"}, []string{"李梅>远山", "赵大海>远山"}},
		{"电影《远山》由王小川执导，李梅、赵大海、孙一鸣等主演。", []string{"远山>王小川"}, []string{"孙一鸣>远山", "李梅>远山", "赵大海>远山"}},
		{"《遠山》由王小川執導，李梅、趙大海主演。", []string{"遠山>王小川"}, []string{"李梅>遠山", "赵大海>遠山"}},
		{"李梅在《远山》中饰演一位乡村教师。", nil, []string{"李梅>远山"}},
		{"李梅凭借《远山》获得第20届上海国际电影节金爵奖最佳女演员。", nil, []string{"李梅>远山"}},
		{"第20届上海国际电影节金爵奖揭晓，《远山》获最佳影片，李梅获最佳女演员。", nil, []string{"李梅>远山"}},
		// pronouns, role nouns and adverbs before a cue are not names
		{"《远山》的导演们都说她饰演得好，他曾执导过广告。", nil, nil},
		{"该片导演表示，主演的表现超出预期。", nil, nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.para+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
	// a credit block under a title line
	b := runDefault(t, "《远山》", "导演：王小川 主演：李梅、赵大海")
	eq(t, "credit block", uniq(rels(b, schema.ActedIn)), []string{"李梅>远山", "赵大海>远山"})
	eq(t, "credit block people", mentioned(b, schema.Person), []string{"王小川", "李梅", "赵大海"})
}
