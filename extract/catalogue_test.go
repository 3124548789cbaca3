package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// A catalogue entry (a title line, then year and director, cast, a
// synopsis and a prize line) gives its film the prizes its prize line
// names without a verb: a named prize is a win, "In Competition" a
// selection, and the items after a semicolon, though the splitter makes
// them sentences of their own, belong to the same film.
func TestCataloguePrizeLine(t *testing.T) {
	b := runDefault(t,
		"KAILI BLUES (路边野餐)",
		"China, 2015. Director: Bi Gan",
		"A country doctor in Guizhou sets out to find his nephew.",
		"Prizes: Best Emerging Director, Locarno Film Festival 2015; Best New Director, Golden Horse Awards 2015.",
		"RETURN TO DUST (隐入尘烟)",
		"China, 2022. Director: Li Ruijun",
		"Two outcasts are married off to each other in a village in Gansu.",
		"Prizes: In Competition, Berlin International Film Festival 2022.")
	eq(t, "prize lines", uniq(rels(b, schema.AwardAt)), []string{
		"路边野餐>洛迦诺国际电影节/won", "路边野餐>金马奖/won", "隐入尘烟>柏林国际电影节/competition"})
}

// A cast line lists people: an actor whose name is also the English
// title of a film (Jinpa, 撞死了一只羊) is the actor there, not the film.
func TestCastLineNamesNoFilm(t *testing.T) {
	b := runDefault(t,
		"BALLOON (气球)",
		"China, 2019. Director: Pema Tseden",
		"Cast: Sonam Wangmo, Jinpa")
	eq(t, "works", mentioned(b, schema.Work), []string{"气球/film"})
	eq(t, "cast", uniq(rels(b, schema.ActedIn)), []string{"索朗旺姆>气球", "金巴>气球"})
}

// A cast line binds the names the lexicon knows though a name it does not
// know follows them (Wang Xuebing here): the rest of the line is names.
func TestCastLineWithUnknownName(t *testing.T) {
	b := runDefault(t,
		"BLACK COAL, THIN ICE (白日焰火)",
		"China, 2014. Director: Diao Yinan",
		"Cast: Liao Fan, Gwei Lun-mei, Wang Xuebing")
	eq(t, "cast", uniq(rels(b, schema.ActedIn)), []string{"廖凡>白日焰火", "桂纶镁>白日焰火"})
}

// An entry's title line is a line that ends in no sentence mark, full-width
// ones included: a review sentence naming another film (…比较。) between
// the title and the prize line does not take the prize. A sentence after
// the prize line that names a festival (the director later sat on the
// Cannes jury) is no prize item: only a semicolon continues the line.
func TestCataloguePrizeLineBounds(t *testing.T) {
	b := runDefault(t,
		"白日焰火",
		"中国，2014年。导演：刁亦男",
		"影评人常拿它和《烈日灼心》比较。",
		"获奖情况：柏林国际电影节金熊奖")
	eq(t, "title line", uniq(rels(b, schema.AwardAt)), []string{"白日焰火>柏林国际电影节/won"})
	b = runDefault(t,
		"KAILI BLUES (路边野餐)",
		"China, 2015. Director: Bi Gan",
		"Prizes: Best Emerging Director, Locarno Film Festival 2015. The director later sat on the Cannes Film Festival jury.")
	eq(t, "after the line", uniq(rels(b, schema.AwardAt)), []string{"路边野餐>洛迦诺国际电影节/won"})
}

// A possessive pronoun makes a capitalised everyday-word title someone's
// work (His Hero; his second, Platform) when a person the lexicon credits
// with it is named in the paragraph or the one before; the pronoun then
// credits them.
func TestPossessiveTitle(t *testing.T) {
	b := runDefault(t, "Zhang Yimou and Jia Zhangke took two roads.",
		"Then came the long turn toward spectacle. His Hero was finished in 2002.")
	eq(t, "His Hero", mentioned(b, schema.Work), []string{"英雄/film"})
	b = runDefault(t, "Jia Zhangke never had a blockbuster.",
		"His first feature played in Berlin in 1998; his second, Platform, went to Venice in 2000.")
	eq(t, "his second, Platform", mentioned(b, schema.Work), []string{"站台/film"})
	eq(t, "credit", uniq(allRels(b, schema.DirectedBy)), []string{"站台>贾樟柯"})
	// no one credited with it nearby: the word stays a word
	b = runDefault(t, "The critics went home.", "His Hero was a fireman, he told the jury.")
	eq(t, "no credit", mentioned(b, schema.Work), nil)
}

// A programme's entries put the prize on a line of its own under the
// title line, without a label (第51届柏林国际电影节评审团大奖（银熊奖）;
// 影评人周闭幕影片: a screening); a prize named in a sentence of prose
// stays prose.
func TestProgrammeBarePrizeLines(t *testing.T) {
	b := runDefault(t,
		"1.《十七岁的单车》（2001），导演：王小帅", "第51届柏林国际电影节评审团大奖（银熊奖）",
		"4.《春江水暖》（2019），导演：顾晓刚", "第72届戛纳国际电影节影评人周闭幕影片")
	eq(t, "bare lines", uniq(rels(b, schema.AwardAt)), []string{"十七岁的单车>柏林国际电影节/won/2001", "春江水暖>戛纳国际电影节/screened/2019"})
	b = runDefault(t, "《战狼2》北美票房两百七十多万美元。吴京还代表中国冲过奥斯卡最佳外语片呢，虽然连提名都没混上。")
	eq(t, "prose", uniq(rels(b, schema.AwardAt)), nil)
	// a winners list: the prize line labels the different work below it
	b = runDefault(t, "The 64th Berlin International Film Festival handed out its prizes.",
		"Golden Bear for Best Film", "- Black Coal, Thin Ice (Bai ri yan huo) - dir. Diao Yinan",
		"Silver Bear Grand Jury Prize", "- The Grand Budapest Hotel - dir. Wes Anderson")
	eq(t, "winners list", uniq(rels(b, schema.AwardAt)), []string{"布达佩斯大饭店>柏林国际电影节/won", "白日焰火>柏林国际电影节/won"})
}

// A transliterated name may end in a one-character surname after a long
// given name (约瑟夫·奈), and 义 writes names too (爱德华·萨义德); a
// publisher's dotted name of everyday words (生活·读书·新知) is no person.
func TestDottedNamesShortSurname(t *testing.T) {
	b := runDefault(t, "后殖民视角的讨论则可追溯至爱德华·萨义德对东方主义的批判。此外，约瑟夫·奈的软实力概念常被引用。生活·读书·新知三联书店出版。")
	eq(t, "dotted", mentioned(b, schema.Person), []string{"爱德华·萨义德", "约瑟夫·奈"})
}
