package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Film markets are festivals of the gold (docs/eval.md): the market held
// beside a festival is its own entity, not the festival. The sentences are
// written for this test.
func TestFilmMarkets(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"片方带着样片去了戛纳电影市场。", []string{"戛纳电影市场"}},
		{"二月的欧洲电影市场上买家不多。", []string{"欧洲电影市场"}},
		{"这部片子在香港国际影视展卖出了东南亚版权。", []string{"香港国际影视展"}},
		{"We met the buyer at the European Film Market.", []string{"欧洲电影市场"}},
	} {
		b := runDefault(t, tc.text)
		eq(t, tc.text, mentioned(b, schema.Festival), tc.want)
	}
}
