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

// A bare festival city needs festival context: a list of festival cities
// is its own context, and a city a preposition governs ends its word even
// before a Han character (在柏林因为…). A list whose other items are not
// festivals, or a city with no festival word near, stays a city.
func TestBareFestivalCities(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"这些年他一直往威尼斯、釜山、多伦多送片子。", []string{"威尼斯国际电影节", "釜山国际电影节", "多伦多国际电影节"}},
		{"我跑过柏林和鹿特丹的创投。", []string{"柏林国际电影节", "鹿特丹国际电影节"}},
		{"《十面埋伏》在戛纳因为片长问题被撤了下来。", []string{"戛纳国际电影节"}},
		{"暑假我们去了柏林、巴黎和罗马。", nil},
		{"他在柏林住了三年。", nil},
	} {
		b := runDefault(t, tc.text)
		eq(t, tc.text, mentioned(b, schema.Festival), tc.want)
	}
}

// A festival city in a hyphenated adjective (Munich-based, Beijing-set)
// names a place, not the festival, even in a sentence about prizes.
func TestCityAdjectiveIsNoFestival(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The film won a prize, said the head of acquisitions at Munich-based distributor Silberblick.", nil},
		{"It took the top prize at Venice last year.", []string{"威尼斯国际电影节"}},
	} {
		b := runDefault(t, tc.text)
		eq(t, tc.text, mentioned(b, schema.Festival), tc.want)
	}
}

// The American Film Market is a film market of the lexicon, named in
// Chinese, in English or by its initials.
func TestAmericanFilmMarket(t *testing.T) {
	for _, text := range []string{"她每年十一月都去美国电影市场卖片。", "Buyers at the American Film Market asked for animation.", "This week at AFM, buyers asked for animation."} {
		b := runDefault(t, text)
		eq(t, text, mentioned(b, schema.Festival), []string{"美国电影市场"})
	}
}
