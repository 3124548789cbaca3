package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Credit shapes beyond the first grammar: descriptions between the cue and
// the title, crew roles that credit no one, English acting verbs, a
// sentence-initial "It". The sentences are written for this test.
func TestCreditsWithDescriptionsAndEnglishVerbs(t *testing.T) {
	for _, tc := range []struct {
		paras           []string
		directed, acted []string
	}{
		// X执导的<description>《Y》
		{[]string{"由张艺谋执导的武侠片《英雄》于2002年上映。"}, []string{"英雄>张艺谋"}, nil},
		{[]string{"陈凯歌执导的这部《霸王别姬》至今仍被讨论。"}, []string{"霸王别姬>陈凯歌"}, nil},
		// a crew role in the chain credits no one, the director still counts
		{[]string{"《一步之遥》由姜文监制、路阳执导。"}, []string{"一步之遥>路阳"}, nil},
		{[]string{"《一步之遥》由姜文监制。"}, nil, nil},
		// 导演X在《Y》中 — but a cameo (客串) is acting, not directing
		{[]string{"导演王家卫在《花样年华》中用了大量慢镜头。"}, []string{"花样年华>王家卫"}, nil},
		{[]string{"导演王家卫在《花样年华》中客串了一个路人。"}, nil, []string{"王家卫>花样年华"}},
		// English fronted credit and apposition
		{[]string{"Directed by Zhang Yimou, Hero was a box office hit."}, []string{"英雄>张艺谋"}, nil},
		{[]string{"Hero, Zhang Yimou's martial arts epic, opened in 2002."}, []string{"英雄>张艺谋"}, nil},
		{[]string{"Wong Kar-wai's 2000 film In the Mood for Love is often cited."}, []string{"花样年华>王家卫"}, nil},
		// It was directed by
		{[]string{"Black Coal, Thin Ice is a noir set in the north. It was directed by Diao Yinan."}, []string{"白日焰火>刁亦男"}, nil},
		// a chain goes on after "and" with a space: directed by P and stars P
		{[]string{"Black Coal, Thin Ice is a noir. It was directed by Diao Yinan and stars Liao Fan."}, []string{"白日焰火>刁亦男"}, []string{"廖凡>白日焰火"}},
		// a sentence that does not open with It does not borrow the film
		{[]string{"Black Coal, Thin Ice is a noir set in the north. Critics said it was directed by Diao Yinan with care."}, nil, nil},
		// acting: 了, lead-role nouns, 搭档, 演技
		{[]string{"巩俐主演了《大红灯笼高高挂》。"}, nil, []string{"巩俐>大红灯笼高高挂"}},
		{[]string{"《红高粱》的女主角是巩俐。"}, nil, []string{"巩俐>红高粱"}},
		{[]string{"《让子弹飞》的主角是姜文、葛优和周润发。"}, nil, []string{"周润发>让子弹飞", "姜文>让子弹飞", "葛优>让子弹飞"}},
		{[]string{"周星驰搭档吴孟达出演《大话西游之月光宝盒》。"}, nil, []string{"吴孟达>大话西游之月光宝盒", "周星驰>大话西游之月光宝盒"}},
		{[]string{"周迅在《李米的猜想》中的演技令人难忘。"}, nil, []string{"周迅>李米的猜想"}},
		// English acting
		{[]string{"Gong Li, who plays the concubine in Raise the Red Lantern, was 26."}, nil, []string{"巩俐>大红灯笼高高挂"}},
		{[]string{"Gong Li starred as Songlian in Raise the Red Lantern."}, nil, []string{"巩俐>大红灯笼高高挂"}},
		{[]string{"Maggie Cheung's performance in In the Mood for Love is restrained."}, nil, []string{"张曼玉>花样年华"}},
		{[]string{"Gong Li's role as Songlian in Raise the Red Lantern made her famous."}, nil, []string{"巩俐>大红灯笼高高挂"}},
		{[]string{"Maggie Cheung co-starred in In the Mood for Love."}, nil, []string{"张曼玉>花样年华"}},
		// W中P饰演, 凭借在W中的表演
		{[]string{"《霸王别姬》中张国荣饰演程蝶衣。"}, nil, []string{"张国荣>霸王别姬"}},
		{[]string{"巩俐凭借在《秋菊打官司》中的表演获奖。"}, nil, []string{"巩俐>秋菊打官司"}},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// Award-list lines with a dash between prize and winner.
func TestAwardLinesWithDashes(t *testing.T) {
	b := runDefault(t, "第70届戛纳电影节获奖名单", "最佳影片：《霸王别姬》", "最佳导演——张艺谋《英雄》")
	eq(t, "dash line awards", uniq(rels(b, schema.AwardAt)), []string{"英雄>戛纳国际电影节/won/2017", "霸王别姬>戛纳国际电影节/won/2017"})
	eq(t, "dash line directed", uniq(rels(b, schema.DirectedBy)), []string{"英雄>张艺谋"})
	b = runDefault(t, "Cannes Film Festival winners", "Best Director: Edward Yang (Yi Yi)", "Best Actor - Tony Leung, In the Mood for Love")
	eq(t, "spaced hyphen", uniq(rels(b, schema.AwardAt)), []string{"一一>戛纳国际电影节/won", "花样年华>戛纳国际电影节/won"})
	// a hyphenated name is not a separator
	b = runDefault(t, "Cannes Film Festival winners", "Wong Kar-wai was there.")
	eq(t, "hyphenated name", uniq(rels(b, schema.AwardAt)), nil)
}

// Director shapes of round 3 (own sentences): 拍 verbs and "made" for a
// known director, a year before the name in parentheses, 导演P凭借W, a year
// inside W是P的作品, "W, by P", "the director of W, P", "P's films include".
func TestDirectorShapesRound3(t *testing.T) {
	for _, tc := range []struct {
		para     string
		directed []string
	}{
		{"贾樟柯拍了《三峡好人》。", []string{"三峡好人>贾樟柯"}},
		{"贾樟柯拍摄的《三峡好人》很动人。", []string{"三峡好人>贾樟柯"}},
		{"《三峡好人》（2006，贾樟柯）", []string{"三峡好人>贾樟柯"}},
		{"导演贾樟柯凭借《三峡好人》获得金狮奖。", []string{"三峡好人>贾樟柯"}},
		{"《三峡好人》是贾樟柯2006年的作品。", []string{"三峡好人>贾樟柯"}},
		{"Jia Zhangke made Still Life in 2006.", []string{"三峡好人>贾樟柯"}},
		{"Still Life, by Jia Zhangke, is about Fengjie.", []string{"三峡好人>贾樟柯"}},
		{"the director of Still Life, Jia Zhangke, said", []string{"三峡好人>贾樟柯"}},
		{"Jia Zhangke's films include Still Life and Platform.", []string{"三峡好人>贾樟柯", "站台>贾樟柯"}},
		{"贾樟柯的作品有《小武》和《站台》。", []string{"小武>贾樟柯", "站台>贾樟柯"}},
		// an actor's 拍 is not directing
		{"巩俐拍了《红高粱》。", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(rels(b, schema.DirectedBy)), tc.directed)
	}
}

// Acting and directing with adverbs, adjacent titles, a part with the film
// named in the sentence before, and cast nouns (own sentences).
func TestCreditsRound3(t *testing.T) {
	for _, tc := range []struct {
		paras           []string
		directed, acted []string
	}{
		{[]string{"巩俐曾主演《红高粱》。"}, nil, []string{"巩俐>红高粱"}},
		{[]string{"巩俐先后主演了《红高粱》《活着》等影片。"}, nil, []string{"巩俐>活着", "巩俐>红高粱"}},
		{[]string{"张艺谋在1987年执导了《红高粱》。"}, []string{"红高粱>张艺谋"}, nil},
		{[]string{"Zhang Yimou went on to direct Hero."}, []string{"英雄>张艺谋"}, nil},
		{[]string{"Gong Li has starred in Red Sorghum and To Live."}, nil, []string{"巩俐>活着", "巩俐>红高粱"}},
		{[]string{"《红高粱》的演员阵容包括巩俐、姜文。"}, nil, []string{"姜文>红高粱", "巩俐>红高粱"}},
		{[]string{"Red Sorghum features Gong Li and Jiang Wen."}, nil, []string{"姜文>红高粱", "巩俐>红高粱"}},
		{[]string{"Gong Li made her debut in Red Sorghum."}, nil, []string{"巩俐>红高粱"}},
		{[]string{"巩俐在新片《红高粱》中的表现。"}, nil, []string{"巩俐>红高粱"}},
		{[]string{"《红高粱》中巩俐的表演。"}, nil, []string{"巩俐>红高粱"}},
		{[]string{"巩俐与姜文在《红高粱》中搭档。"}, nil, []string{"姜文>红高粱", "巩俐>红高粱"}},
		// a part with no film in its sentence takes the one film just named
		{[]string{"《红高粱》讲述了一个故事。巩俐饰演九儿，姜文饰演余占鳌。"}, nil, []string{"姜文>红高粱", "巩俐>红高粱"}},
		// two films named before: no guess
		{[]string{"《红高粱》和《活着》都改编自小说。巩俐饰演九儿。"}, nil, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// A whole credit chain in parentheses after the work; a parenthesis that
// is prose credits no one.
func TestParenChains(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"《红高粱》（张艺谋导演，巩俐、姜文主演）"}, []string{"红高粱>张艺谋"}, []string{"姜文>红高粱", "巩俐>红高粱"}},
		{[]string{"Red Sorghum (directed by Zhang Yimou, starring Gong Li)"}, []string{"红高粱>张艺谋"}, []string{"巩俐>红高粱"}},
		{[]string{"《红高粱》（张艺谋和巩俐都很年轻）"}, nil, nil},
	})
}

// A review's credits in the forms critics use: a known director's release
// with its year (P在2000年推出的W), and the verbs of a performance
// (诠释的, 演活了) naming parts of the section's only film.
func TestReviewCredits(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"李安在2000年推出的《卧虎藏龙》至今仍是经典。"}, []string{"卧虎藏龙>李安"}, nil},
		{[]string{"李安于2000年推出了《卧虎藏龙》。"}, []string{"卧虎藏龙>李安"}, nil},
		// a person the lexicon does not know as a director is not credited
		{[]string{"周润发在2000年推出的《卧虎藏龙》至今仍是经典。"}, nil, nil},
		{[]string{"重看《卧虎藏龙》。", "杨紫琼诠释的俞秀莲隐忍克制，张震则演活了罗小虎。"}, nil, []string{"张震>卧虎藏龙", "杨紫琼>卧虎藏龙"}},
	})
}

// English cast sentences of film journalism: a description of the actor
// between "starring" and the name, and a second part named after "while".
func TestEnglishCastDescriptions(t *testing.T) {
	for _, tc := range []struct {
		para  string
		acted []string
	}{
		{"He returns with Mountains May Depart, starring his wife and longtime muse Zhao Tao.", []string{"赵涛>山河故人"}},
		{"In A Touch of Sin, Wang Baoqiang played a drifter, while Jiang Wu took the role of a villager.", []string{"姜武>天注定", "王宝强>天注定"}},
		// a later clause with no part in it names no one of the work
		{"In A Touch of Sin, Wang Baoqiang played a drifter, while Jiang Wu watched from Beijing.", []string{"王宝强>天注定"}},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// A review names its cast in the forms critics write: 演一对…, 演得…, in a
// paragraph about the film its title names while other films of the
// director are discussed too; markdown emphasis around English titles.
func TestReviewCastAndEmphasis(t *testing.T) {
	x, err := New(Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	d := doc([][]string{{
		"刁亦男从《制服》起步，到《夜车》，再到《白日焰火》。",
		"胡歌饰演逃亡的小头目，桂纶镁饰演陪泳女，廖凡演一个刑警队长。",
	}})
	d.Title = "《南方车站的聚会》：一场夜行"
	b, err := x.Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	// the title's film is not among the paragraphs' films: no guess
	eq(t, "title film not mentioned", uniq(rels(b, schema.ActedIn)), nil)
	d = doc([][]string{{
		"看完《南方车站的聚会》，再回头看《制服》和《白日焰火》。",
		"胡歌饰演逃亡的小头目，桂纶镁饰演陪泳女，廖凡演一个刑警队长。",
	}})
	d.Title = "《南方车站的聚会》：一场夜行"
	if b, err = x.Extract(d); err != nil {
		t.Fatal(err)
	}
	eq(t, "title film", uniq(rels(b, schema.ActedIn)), []string{"廖凡>南方车站的聚会", "桂纶镁>南方车站的聚会", "胡歌>南方车站的聚会"})
	checkCredits(t, []creditCase{
		{[]string{"李睿珺拍了《隐入尘烟》。", "海清和武仁林演得太好了。"}, []string{"隐入尘烟>李睿珺"}, []string{"武仁林>隐入尘烟", "海清>隐入尘烟"}},
		{[]string{"Zhang Yimou's *Raise the Red Lantern* starred Gong Li."}, []string{"大红灯笼高高挂>张艺谋"}, []string{"巩俐>大红灯笼高高挂"}},
	})
}

// A director who also stars: the longer verb (执导并主演) must win over its
// prefix (执导), or the chain stops before the acting credit and the work.
func TestDirectsAndStars(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"周星驰执导并主演、吴孟达参演的《少林足球》当年很火。"}, []string{"少林足球>周星驰"}, []string{"吴孟达>少林足球", "周星驰>少林足球"}},
		{[]string{"吴京导演并主演的《战狼2》破了纪录。"}, []string{"战狼2>吴京"}, []string{"吴京>战狼2"}},
	})
}

// A person bringing a work described before its noun (携蒙古语新作《Y》):
// the person's role is the lexicon's. A word that is no work noun binds
// nothing.
func TestNewWorkOfPerson(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"贾樟柯携半自传体新作《山河故人》亮相。"}, []string{"山河故人>贾樟柯"}, nil},
		{[]string{"陈凯歌带着长片首作《黄土地》去了香港。"}, []string{"黄土地>陈凯歌"}, nil},
		{[]string{"贾樟柯携妻子看了《山河故人》。"}, nil, nil},
	})
}

// A person then a work noun with no 的 (P新作《Y》) reads as P的新作《Y》;
// a verb between them does not.
func TestPersonWorkNoun(t *testing.T) {
	for _, tc := range []struct {
		para     string
		directed []string
	}{
		{"贾樟柯新作《山河故人》入围主竞赛。", []string{"山河故人>贾樟柯"}},
		{"据说王家卫最新作品《繁花》口碑不错。", []string{"繁花>王家卫"}},
		{"贾樟柯今年看了《山河故人》。", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
	}
}

// A clause that opens with a role noun and a name right after the clause
// naming the sentence's only work gives the person that credit in it; a
// sentence with a second work, or a name without a role noun, does not.
func TestTitledSubjectAfterWork(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"《活着》当年拿了戛纳评审团大奖，主演葛优还拿了影帝。"}, nil, []string{"葛优>活着"}},
		{[]string{"《流浪地球》筹备的时候，导演郭帆去了好几趟美国。"}, []string{"流浪地球>郭帆"}, nil},
		{[]string{"《流浪地球》筹备的时候，导演郭帆还在拍《同桌的你》。"}, nil, nil},
		{[]string{"《活着》当年拿了戛纳评审团大奖，葛优还拿了影帝。"}, nil, nil},
	})
}

// English appositions: a few words describing the work before its credit
// (W, a wuxia epic directed by P), and "directed by and starring P". A
// description followed by no credit binds nothing.
func TestEnglishDescribedCredits(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"Operation Red Sea, a naval action film directed by Dante Lam, was a hit."}, []string{"红海行动>林超贤"}, nil},
		{[]string{"Farewell My Concubine, the 1993 epic co-directed by nobody else than Chen Kaige, is long."}, nil, nil},
		{[]string{"Wolf Warrior, directed by and starring Wu Jing, opened in 2015."}, []string{"战狼>吴京"}, []string{"吴京>战狼"}},
		{[]string{"Operation Red Sea, a film I saw with Dante Lam, was loud."}, nil, nil},
	})
}

// News credits with a time adverb before the verb (P此前执导的《W》) and a
// work that let its actors win (《W》曾让A、B三人共享…最佳男演员奖).
func TestAdverbCreditsAndLetWin(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"曹保平此前执导的《烈日灼心》口碑很好。"}, []string{"烈日灼心>曹保平"}, nil},
		{[]string{"巩俐当年主演的《红高粱》至今被人记得。"}, nil, []string{"巩俐>红高粱"}},
		{[]string{"《烈日灼心》曾让邓超、段奕宏、郭涛三人共享上海国际电影节最佳男演员奖。"}, nil, []string{"段奕宏>烈日灼心", "邓超>烈日灼心", "郭涛>烈日灼心"}},
		// letting someone do something else is no credit
		{[]string{"《烈日灼心》让邓超很受触动。"}, nil, nil},
	})
}

// A review names a part as the actor's own (周润发的李慕白, Chow Yun-fat's
// Li Mu Bai) or says who played it (章子怡演的玉娇龙): credits in the film
// of the passage, the first form only for an actor the lexicon casts in it.
func TestOwnPartCredits(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		acted []string
	}{
		{[]string{"重看《卧虎藏龙》。", "周润发的李慕白沉稳内敛，章子怡演的玉娇龙一身傲气。"}, []string{"周润发>卧虎藏龙", "章子怡>卧虎藏龙"}},
		{[]string{"I rewatched Crouching Tiger, Hidden Dragon.", "Chow Yun-fat's Li Mu Bai is restraint itself."}, []string{"周润发>卧虎藏龙"}},
		// someone the lexicon does not cast in the film: a possession, not a part
		{[]string{"重看《卧虎藏龙》。", "张艺谋的想法不一样。"}, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[1], uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// creditCase is a text and the credits it states (work>person directed,
// person>work acted).
type creditCase struct {
	paras           []string
	directed, acted []string
}

// checkCredits extracts each case's paragraphs and compares the credits.
func checkCredits(t *testing.T, cases []creditCase) {
	t.Helper()
	for _, tc := range cases {
		b := runDefault(t, tc.paras...)
		name := tc.paras[len(tc.paras)-1]
		eq(t, name+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, name+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// Reviews name the cast of the film they discuss part first (李慕白一角由P
// 饰演, 饰演玉娇龙的P), with the part in parentheses (P（饰李慕白）), or by
// the performance (P、Q等人的演出).
func TestReviewCastForms(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"重看《卧虎藏龙》。", "李慕白一角由周润发饰演，戏份很重。"}, nil, []string{"周润发>卧虎藏龙"}},
		{[]string{"重看《卧虎藏龙》。", "饰演玉娇龙的章子怡当年才二十岁。"}, nil, []string{"章子怡>卧虎藏龙"}},
		{[]string{"重看《卧虎藏龙》。", "我最喜欢周润发（饰李慕白）这个角色。"}, nil, []string{"周润发>卧虎藏龙"}},
		{[]string{"重看《卧虎藏龙》。", "张震、郑佩佩等人的演出也可圈可点。"}, nil, []string{"张震>卧虎藏龙", "郑佩佩>卧虎藏龙"}},
		// a performance of someone in another line of work is no part
		{[]string{"重看《卧虎藏龙》。", "那天晚上，谭盾的演出很精彩。"}, nil, nil},
	})
}

// English news credits: an apposition naming the maker (W, the family epic
// by P), a person whose work did something (P, whose W won …), and "its
// cast includes" for the film the story named a paragraph or two before.
func TestEnglishNewsCredits(t *testing.T) {
	checkCredits(t, []creditCase{
		{[]string{"So Long, My Son, the three-hour family epic by Wang Xiaoshuai, opened this week."}, []string{"地久天长>王小帅"}, nil},
		{[]string{"Wang Xiaoshuai, whose Beijing Bicycle won a prize in 2001, was there."}, []string{"十七岁的单车>王小帅"}, nil},
		{[]string{"So Long, My Son opened this week.", "The film follows a couple over three decades.", "Its cast also includes Wang Jingchun and Yong Mei."}, nil, []string{"咏梅>地久天长", "王景春>地久天长"}},
		// two films named there: no guess
		{[]string{"So Long, My Son and Beijing Bicycle open this week.", "The film follows a couple over three decades.", "Its cast also includes Wang Jingchun and Yong Mei."}, nil, nil},
	})
}
