package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Filmography records with field bars (《W》｜导演：X｜主演：Y、Z), one per
// line or run together on one line: each record's people bind to its own
// work only. The lines are written for this test.
func TestCreditRecordsWithFieldBars(t *testing.T) {
	for _, tc := range []struct {
		paras           []string
		directed, acted []string
	}{
		{[]string{"《让子弹飞》｜导演：姜文｜主演：姜文、周润发"},
			[]string{"让子弹飞>姜文"}, []string{"周润发>让子弹飞", "姜文>让子弹飞"}},
		// two records joined on one line (a reader that merged wrapped
		// lines): the first record's cast is not the second work's
		{[]string{"《活着》｜导演：张艺谋｜主演：葛优、巩俐《花样年华》｜导演：王家卫｜主演：梁朝伟、张曼玉"},
			[]string{"活着>张艺谋", "花样年华>王家卫"},
			[]string{"巩俐>活着", "张曼玉>花样年华", "梁朝伟>花样年华", "葛优>活着"}},
		// a work that a bar precedes is a field of its record, not a new one
		{[]string{"最佳影片｜《霸王别姬》｜导演：陈凯歌"}, []string{"霸王别姬>陈凯歌"}, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// A role field with a colon (导演：X, 主演：X、Y、Z) names people the
// lexicon need not know, every item of its list. Names written for this
// test.
func TestRoleFieldNames(t *testing.T) {
	for _, tc := range []struct {
		para            string
		people          []string
		directed, acted []string
	}{
		{"《山路》｜导演：孙明远｜主演：周晓岚、韩立成、葛优", []string{"孙明远", "周晓岚", "韩立成", "葛优"},
			[]string{"山路>孙明远"}, []string{"周晓岚>山路", "葛优>山路", "韩立成>山路"}},
		{"导演：孙明远、林若水", []string{"孙明远", "林若水"}, nil, nil},
		// no name after the colon: nothing
		{"导演：这部片子拍得很好。", nil, nil, nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" people", mentioned(b, schema.Person), tc.people)
		eq(t, tc.para+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.para+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// Award-list lines whose label and winner an ideographic space (U+3000)
// separates, also when the winner's name is one no stage found. Lines
// written for this test.
func TestAwardLinesWithIdeographicSpaces(t *testing.T) {
	b := runDefault(t, "金马奖得奖名单", "最佳男主角\u3000\u3000\u3000葛优《活着》", "最佳音效\u3000\u3000\u3000\u3000某某甲、某某乙《霸王别姬》")
	eq(t, "awards", uniq(rels(b, schema.AwardAt)), []string{"活着>金马奖/won", "霸王别姬>金马奖/won"})
	eq(t, "acted", uniq(rels(b, schema.ActedIn)), []string{"葛优>活着"})
	// a label that is not just a prize's name is no label
	b = runDefault(t, "金马奖得奖名单", "他说\u3000《活着》")
	eq(t, "not a label", uniq(rels(b, schema.AwardAt)), nil)
}

// An apposition after an actor that names someone's relation to them
// ("stars Gong Li, Zhang's muse") is not a second cast member. Sentences
// written for this test.
func TestCastApposition(t *testing.T) {
	for _, tc := range []struct {
		para  string
		acted []string
	}{
		{"Raise the Red Lantern stars Gong Li, Zhang Yimou's muse of those years, as the fourth wife.", []string{"巩俐>大红灯笼高高挂"}},
		{"The cast of Raise the Red Lantern includes Gong Li, Zhang Yimou's muse.", []string{"巩俐>大红灯笼高高挂"}},
		// a plain list keeps every name
		{"Let the Bullets Fly stars Jiang Wen, Chow Yun-fat and Ge You.", []string{"周润发>让子弹飞", "姜文>让子弹飞", "葛优>让子弹飞"}},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// Counted screens (three screens in Venice, 4,000 screens) are a
// release's theatres, not a festival screening. Sentences written for
// this test.
func TestCountedScreensAreNoScreening(t *testing.T) {
	for _, tc := range []struct {
		para   string
		awards []string
	}{
		{"Raise the Red Lantern opened on three screens in Venice and Rome last weekend.", nil},
		{"To Live expanded to 2,000 more screens in Berlin and Munich.", nil},
		// the verb still counts
		{"Raise the Red Lantern screens at the Venice Film Festival this week.", []string{"大红灯笼高高挂>威尼斯国际电影节/screened"}},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
	}
}

// An English title quoted with its comma inside the closing quote
// ("Hero," the epic directed by P), and "A and B, the latter starring P".
// Sentences written for this test.
func TestQuotedTitleCommaApposition(t *testing.T) {
	for _, tc := range []struct {
		para            string
		directed, acted []string
	}{
		{`"Farewell My Concubine," the epic directed by Chen Kaige, opened in 1993.`, []string{"霸王别姬>陈凯歌"}, nil},
		{`"To Live" and "Let the Bullets Fly," the latter also starring Chow Yun-fat, were hits.`, nil, []string{"周润发>让子弹飞"}},
		{`"To Live" and "Let the Bullets Fly," the former starring Ge You, were hits.`, nil, nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.para+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// A transliterated name found by its role word ends where the
// transliteration characters do, not at the next punctuation (导演某·某的
// 《Y》, 演员某·某担任主席). Names written for this test.
func TestDottedCueNameEnds(t *testing.T) {
	b := runDefault(t, "金熊奖由以色列导演阿莫斯·吉塔伊的《凯德玛》夺得。", "今年由法国演员玛丽·安妮担任评审团主席。")
	eq(t, "people", mentioned(b, schema.Person), []string{"阿莫斯·吉塔伊", "玛丽·安妮"})
	eq(t, "directed", uniq(rels(b, schema.DirectedBy)), []string{"凯德玛>阿莫斯·吉塔伊"})
}
