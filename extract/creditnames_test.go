package extract

import (
	"strings"
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
		{"《遠山》由王小川執導，李梅、趙大海主演。", []string{"远山>王小川"}, []string{"李梅>远山", "赵大海>远山"}},
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

// English credit cues introduce names the lexicon lacks; capitalised
// phrase openers are not names.
func TestEnglishCreditNames(t *testing.T) {
	b := runDefault(t, "Black Coal, Thin Ice, directed by Diao Yinan and starring Liao Fan, Gwei Lun-mei and Wang Xuebing, won the Golden Bear.")
	eq(t, "English list", uniq(rels(b, schema.ActedIn)), []string{"Wang Xuebing>白日焰火", "廖凡>白日焰火", "桂纶镁>白日焰火"})
	b = runDefault(t, "Directed by The Daniels, it was a hit.")
	eq(t, "article opener", mentioned(b, schema.Person), nil)
}

// English award and acting shapes of round 3 (own sentences).
func TestEnglishRound3(t *testing.T) {
	for _, tc := range []struct {
		para          string
		awards, acted []string
	}{
		{"Still Life won the Golden Lion at the 63rd Venice Film Festival.", []string{"三峡好人>威尼斯国际电影节/won/2006"}, nil},
		{"Jia Zhangke's Still Life took the Golden Lion in 2006.", []string{"三峡好人>威尼斯国际电影节/won/2006"}, nil},
		{"In the 20th century Still Life would have won at Venice.", nil, nil},
		{"Liao Fan won the Silver Bear for Best Actor for Black Coal, Thin Ice.", []string{"白日焰火>柏林国际电影节/won"}, []string{"廖凡>白日焰火"}},
		{"In Crouching Tiger, Hidden Dragon, Zhang Ziyi plays Jen.", nil, []string{"章子怡>卧虎藏龙"}},
		{"The cast of Crouching Tiger, Hidden Dragon includes Chow Yun-fat and Michelle Yeoh.", nil, []string{"周润发>卧虎藏龙", "杨紫琼>卧虎藏龙"}},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
		eq(t, tc.para+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// Cue positions are offsets into the whole paragraph, also for the second
// and later occurrences (the list before a later 主演 is read there, not
// at an offset relative to the previous cue).
func TestCueStartsAreAbsolute(t *testing.T) {
	text := "李梅主演的《远山》口碑很好，赵青禾主演的《近水》也不错。"
	got := cueStarts(text, "主演")
	want := []int{strings.Index(text, "主演"), strings.LastIndex(text, "主演")}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("cueStarts = %v, want %v", got, want)
	}
}

// Names the lexicon lacks, introduced by a new feature they bring or
// present (王某的长片处女作《Y》, 李某携新作《Y》) or by the verb of a
// performance (柯某诠释的母亲).
func TestCreditNamesOfNewFeatures(t *testing.T) {
	for _, tc := range []struct {
		para   string
		people []string
	}{
		{"今年入围的还有王晓娜的长片处女作《第一次》。", []string{"王晓娜"}},
		{"导演们陆续抵达，李海生携新作《远方》亮相。", []string{"李海生"}},
		{"柯淑青诠释的母亲让人心疼。", []string{"柯淑青"}},
		// an everyday subject before 的 is not a name
		{"今年的长片处女作《第一次》也来了。", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(mentioned(b, schema.Person)), tc.people)
	}
}
