package extract

import (
	"slices"
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Titles that are also everyday words, found by how lists and essays write
// films: three or more in a comma list, or a box-office figure right after
// the title; a figure after a title is not a sequel number.
func TestTitleListsAndGrosses(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		works []string
	}{
		{[]string{"北美卖得好的就是这些：卧虎藏龙，英雄，霍元甲，功夫，十面埋伏。"}, []string{"卧虎藏龙/film", "英雄/film", "霍元甲/film", "功夫/film", "十面埋伏/film"}},
		{[]string{"北美票房：", "- 英雄 5371万", "- 功夫 1711万"}, []string{"英雄/film", "功夫/film"}},
		{[]string{"英雄五千多万，功夫一千七百万左右。"}, []string{"英雄/film", "功夫/film"}},
		{[]string{"卧虎藏龙北美一亿两千多万美元。"}, []string{"卧虎藏龙/film"}},
		// a sequel digit still makes the sequel
		{[]string{"战狼 2 的票房很高。"}, []string{"战狼2/film"}},
		// two everyday words in a list are not enough, nor a price
		{[]string{"英雄，功夫，都是中国人爱说的词。"}, nil},
		{[]string{"学功夫 5000元一个月。"}, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[len(tc.paras)-1], uniq(mentioned(b, schema.Work)), tc.works)
	}
}

// A title the lexicon does not know, written in traditional characters, is
// named by its simplified form (the canonical mainland title); the
// surface stays an alias.
func TestUnknownTraditionalTitleLabel(t *testing.T) {
	b := runDefault(t, "鍾孟宏的前作《第四張畫》也值得一看。")
	var labels []string
	for _, e := range b.Entities {
		if e.Type == schema.Work {
			labels = append(labels, e.Label)
			if !slices.Contains(e.Aliases, "第四張畫") {
				t.Errorf("aliases %v lack the surface 第四張畫", e.Aliases)
			}
		}
	}
	eq(t, "labels", labels, []string{"第四张画"})
}

// A country or region in parentheses after a director's name is the
// origin, not a filmography title.
func TestPlaceAfterDirectorIsNoTitle(t *testing.T) {
	b := runDefault(t, "Golden Bear: Black Coal, Thin Ice - dir. Diao Yinan (China / Hong Kong)")
	eq(t, "works", uniq(mentioned(b, schema.Work)), []string{"白日焰火/film"})
	b = runDefault(t, "导演刁亦男（夜车、白日焰火）")
	eq(t, "filmography", uniq(rels(b, schema.DirectedBy)), []string{"夜车>刁亦男", "白日焰火>刁亦男"})
}
