package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Round 7 credit forms. The sentences are written for this test.
func TestCreditsRound7(t *testing.T) {
	checkCredits(t, []creditCase{
		// an adverb between the work and the verb of winning
		{[]string{"2014年，刁亦男凭借《白日焰火》一举拿下柏林电影节金熊奖。"}, []string{"白日焰火>刁亦男"}, nil},
		// a time word after the pronoun subject
		{[]string{"贾樟柯又来到了戛纳，他此前凭《天注定》获得评审团大奖。"}, []string{"天注定>贾樟柯"}, nil},
		// a crew prize says nothing of direction
		{[]string{"贾樟柯又来到了戛纳，他此前凭《天注定》获得最佳编剧奖。"}, nil, nil},
		// P + year + 的旧作 W
		{[]string{"电影节改为重映张艺谋2002年的旧作《英雄》。"}, []string{"英雄>张艺谋"}, nil},
		{[]string{"电影节改为重映张艺谋的旧作《英雄》。"}, []string{"英雄>张艺谋"}, nil},
		// acting verbs after 在W里/中: 把X演得, 飙戏, 塑造
		{[]string{"在《活着》里，葛优把福贵演得入木三分。"}, nil, []string{"葛优>活着"}},
		{[]string{"在《无间道》中，刘德华与梁朝伟飙戏。"}, nil, []string{"刘德华>无间道", "梁朝伟>无间道"}},
		{[]string{"王宝强在《天下无贼》里塑造了一个农村青年。"}, nil, []string{"王宝强>天下无贼"}},
		// a cast gathered as 影帝
		{[]string{"《让子弹飞》集结了姜文、葛优、周润发三大影帝。"}, nil, []string{"周润发>让子弹飞", "姜文>让子弹飞", "葛优>让子弹飞"}},
		// 出演过W的P和Q
		{[]string{"同样出演过《地久天长》的王景春和咏梅双双获奖。"}, nil, []string{"咏梅>地久天长", "王景春>地久天长"}},
		// W的两位主角P和Q
		{[]string{"《三峡好人》的两位主角韩三明和赵涛都是非职业演员出身。"}, nil, []string{"赵涛>三峡好人", "韩三明>三峡好人"}},
		// an end mark inside the title ends no sentence
		{[]string{"《Hello！树先生》由王宝强主演。"}, nil, []string{"王宝强>Hello！树先生"}},
		// 作为W的主演,P; a second credit clause keeps its subject; 其中
		{[]string{"作为《流浪地球》的主演，吴京还参与了投资。"}, nil, []string{"吴京>流浪地球"}},
		{[]string{"周迅主演过《苏州河》，也出演过《如果·爱》。"}, nil, []string{"周迅>如果·爱", "周迅>苏州河"}},
		{[]string{"《疯狂的石头》是宁浩的成名作，黄渤在其中饰演黑皮。"}, nil, []string{"黄渤>疯狂的石头"}},
		// English: rose to fame with, a relative clause with two works,
		// directed and starred in, directed by P who also plays,
		// a performance in, face off in
		{[]string{"Gong Li rose to fame with Red Sorghum."}, nil, []string{"巩俐>红高粱"}},
		{[]string{"Huang Bo, best known for Crazy Stone, has since turned to directing."}, nil, []string{"黄渤>疯狂的石头"}},
		{[]string{"Zhang Ziyi, who starred in Crouching Tiger, Hidden Dragon, later headlined The Grandmaster."}, nil, []string{"章子怡>一代宗师", "章子怡>卧虎藏龙"}},
		{[]string{"Wu Jing directed and starred in Wolf Warrior 2."}, []string{"战狼2>吴京"}, []string{"吴京>战狼2"}},
		{[]string{"Let the Bullets Fly was directed by Jiang Wen, who also plays the bandit Zhang."}, []string{"让子弹飞>姜文"}, []string{"姜文>让子弹飞"}},
		{[]string{"Zhao Tao gives a luminous performance in Still Life."}, nil, []string{"赵涛>三峡好人"}},
		{[]string{"Andy Lau and Tony Leung face off in Infernal Affairs."}, nil, []string{"刘德华>无间道", "梁朝伟>无间道"}},
		// trade-press verbs: toplines, leads, was cast in, reprises her
		// role in, returns in; alongside; Joining P in W is Q; P (W, W)
		{[]string{"Gong Li toplines Farewell My Concubine."}, nil, []string{"巩俐>霸王别姬"}},
		{[]string{"Wu Jing leads The Wandering Earth as a veteran astronaut."}, nil, []string{"吴京>流浪地球"}},
		{[]string{"Wu Jing was cast in Wolf Warrior 2."}, nil, []string{"吴京>战狼2"}},
		{[]string{"Zhang Ziyi reprises her role in The Grandmaster."}, nil, []string{"章子怡>一代宗师"}},
		{[]string{"Chow Yun-fat returns in Let the Bullets Fly as a local tyrant."}, nil, []string{"周润发>让子弹飞"}},
		{[]string{"Andy Lau headlines Infernal Affairs alongside Tony Leung."}, nil, []string{"刘德华>无间道", "梁朝伟>无间道"}},
		{[]string{"Joining Gong Li in To Live is Ge You."}, nil, []string{"巩俐>活着", "葛优>活着"}},
		{[]string{"Ge You (To Live, Let the Bullets Fly) plays a merchant."}, nil, []string{"葛优>活着", "葛优>让子弹飞"}},
		// alongside with no credit before it credits nothing
		{[]string{"Infernal Affairs screened alongside Tony Leung's new film."}, nil, nil},
		// English trade forms of direction
		{[]string{"Still Life helmer Jia Zhangke returns to Cannes."}, []string{"三峡好人>贾樟柯"}, nil},
		{[]string{"The Zhang Yimou-directed Hero opened in 2004."}, []string{"英雄>张艺谋"}, nil},
		{[]string{"Red Sorghum marked Zhang Yimou's directorial debut."}, []string{"红高粱>张艺谋"}, nil},
		{[]string{"Jiang Wen wrote and directed Let the Bullets Fly."}, []string{"让子弹飞>姜文"}, nil},
		{[]string{"Hou Hsiao-hsien took Best Director for The Assassin."}, []string{"刺客聂隐娘>侯孝贤"}, nil},
		{[]string{"Frant Gwo, who made The Wandering Earth, is back."}, []string{"流浪地球>郭帆"}, nil},
		// made by someone the lexicon does not give as its director
		{[]string{"Gong Li, who made Red Sorghum a hit, is back."}, nil, nil},
		// 影片《W》 is the film named, not an anaphor of the film before
		{[]string{"张译凭借在《一秒钟》中的出色表演获得提名。", "影片《我不是药神》，徐峥饰演药贩子程勇。"}, nil, []string{"张译>一秒钟", "徐峥>我不是药神"}},
		// a performance the work rests on; the production's people
		{[]string{"巩俐和葛优的表演撑起了《活着》。"}, nil, []string{"巩俐>活着", "葛优>活着"}},
		{[]string{"《满江红》剧组沈腾、易烊千玺等亮相首映礼。"}, nil, []string{"易烊千玺>满江红", "沈腾>满江红"}},
		// a director's performance (谭盾的演出) is no acting credit
		{[]string{"张艺谋的演讲之后，《满江红》开始放映。"}, nil, nil},
		// 在W中身兼导演和主演
		{[]string{"黄渤在新片《一出好戏》中身兼导演和主演。"}, []string{"一出好戏>黄渤"}, []string{"黄渤>一出好戏"}},
		// a stretch of a filmography; a note in parentheses after a film
		// naming its maker by a nickname
		{[]string{"田晓鹏从《西游记之大圣归来》到《深海》，中间八年。"}, []string{"深海>田晓鹏", "西游记之大圣归来>田晓鹏"}, nil},
		{[]string{"《哪吒之魔童降世》（2019，饺子）"}, []string{"哪吒之魔童降世>杨宇"}, nil},
		// English prose with quoted titles: no space is kept next to a title
		{[]string{`Chen Kaige, whose period drama "Farewell My Concubine" won in 1993, is back.`}, []string{"霸王别姬>陈凯歌"}, nil},
		{[]string{`Zhang Yimou unveiled "Hero" in Berlin.`}, []string{"英雄>张艺谋"}, nil},
		{[]string{`They chose "To Live" (1994), which also starred Ge You, opposite Gong Li.`}, nil, []string{"巩俐>活着", "葛优>活着"}},
		{[]string{`"Still Life" won in Venice, with its lead Zhao Tao praised by the jury.`}, nil, []string{"赵涛>三峡好人"}},
		{[]string{`"Ne Zha," the Jiaozi-directed hit, broke records.`}, []string{"哪吒之魔童降世>杨宇"}, nil},
		{[]string{`"Let the Bullets Fly," in which Jiang Wen plays a bandit and Ge You joins the cast, was a hit.`}, nil, []string{"姜文>让子弹飞", "葛优>让子弹飞"}},
		{[]string{`"Farewell My Concubine" -- which won in 1993, and whose cast includes Leslie Cheung and Gong Li -- still sells.`}, nil, []string{"巩俐>霸王别姬", "张国荣>霸王别姬"}},
		{[]string{`Gong Li, a veteran of "Red Sorghum," is on the jury.`}, nil, []string{"巩俐>红高粱"}},
		{[]string{`Tony Leung, who won best actor in 2000 for "In the Mood for Love," is on the jury.`}, nil, []string{"梁朝伟>花样年华"}},
		{[]string{`Zhang Yimou's own "Hero," an epic toplined by Jet Li, opened the season.`}, []string{"英雄>张艺谋"}, []string{"李连杰>英雄"}},
		{[]string{`Jiang Wen, who wrote, directed and starred in "Let the Bullets Fly," is back.`}, []string{"让子弹飞>姜文"}, []string{"姜文>让子弹飞"}},
		{[]string{`Hu Ge has since starred in "Blossoms Shanghai."`}, nil, []string{"胡歌>繁花"}},
		// object relatives, appositions with more genre nouns, the P film
		{[]string{`"Hero," the martial-arts epic that Zhang Yimou directed, opened in 2002.`}, []string{"英雄>张艺谋"}, nil},
		{[]string{`"Let the Bullets Fly," which Jiang Wen directed and in which he also plays a bandit, was a hit.`}, []string{"让子弹飞>姜文"}, []string{"姜文>让子弹飞"}},
		{[]string{`"Hero," Zhang Yimou's wuxia fantasy, opened in 2002.`}, []string{"英雄>张艺谋"}, nil},
		{[]string{`"To Live," the Zhang Yimou film starring Ge You, was banned.`}, []string{"活着>张艺谋"}, []string{"葛优>活着"}},
		{[]string{`"To Live," a family saga set over four decades, with Ge You in the lead, was banned.`}, nil, []string{"葛优>活着"}},
		// a hyphened word's second half is no title (follow-up ≠ Up)
		{[]string{`The director's follow-up, "Hero," toplined by Jet Li, opened.`}, nil, []string{"李连杰>英雄"}},
		// 在W里演过X的P
		{[]string{"同样在《活着》里演过福贵的葛优，这回演一个商人。"}, nil, []string{"葛优>活着"}},
		// a person unveiling a film the lexicon does not credit them with
		{[]string{`Gong Li unveiled "Hero" in Berlin.`}, nil, nil},
		// 因W而走红 makes a name; 因W alone is a reason
		{[]string{"黄渤因《疯狂的石头》而走红。"}, nil, []string{"黄渤>疯狂的石头"}},
		{[]string{"黄渤因《疯狂的石头》接受了采访。"}, nil, nil},
		// 把 with no acting verb after it is no part
		{[]string{"在《活着》里，葛优把钱都输光了。"}, nil, nil},
	})
}

// An everyday-word title is the film beside the people the lexicon
// credits with it, where it stands as a title (capitalised in English
// prose, 英雄里 in Chinese); an English title written in lower case in
// English prose is the phrase.
func TestTitleBesideItsPeople(t *testing.T) {
	for _, tc := range []struct {
		para string
		want []string
	}{
		{"In Hero, Jet Li plays Nameless.", []string{"英雄/film"}},
		{"我一直觉得李连杰是我心中的英雄。", nil},
		{"Hero is what Jet Li wanted to be.", nil},
		{"Andy Lau and Tony Leung face off in the final scene.", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, mentioned(b, schema.Work), tc.want)
	}
}

// An everyday-word title with a prize after it, a few words between
// (是怎么拿的, 后来拿了), is the film; a clause break between is not.
func TestTitleBeforeAPrizeWithWordsBetween(t *testing.T) {
	for _, tc := range []struct {
		para string
		want []string
	}{
		{"那寄生虫是怎么拿的奥斯卡？", []string{"寄生虫/film"}},
		{"寄生虫后来拿了奥斯卡。", []string{"寄生虫/film"}},
		{"寄生虫，是我最怕的东西，拿了奥斯卡也没用。", nil},
	} {
		eq(t, tc.para, mentioned(runDefault(t, tc.para), schema.Work), tc.want)
	}
}

// A nickname that is an everyday word (饺子) is a person in the note after
// one of the person's films, not in a note after anything else.
func TestNicknameInFilmNote(t *testing.T) {
	eq(t, "note", mentioned(runDefault(t, "《哪吒之魔童降世》（2019，饺子）"), schema.Person), []string{"杨宇"})
	eq(t, "food", mentioned(runDefault(t, "我爱吃饺子（很好吃）。"), schema.Person), nil)
	eq(t, "other film", mentioned(runDefault(t, "《深海》（2023，饺子）"), schema.Person), nil)
}

// A sentence that opens with a cast clause and names other works only
// after it reads the opening as the passage film's cast.
func TestCastOpeningBeforeOtherWorks(t *testing.T) {
	b := runDefault(t, "重看《卧虎藏龙》。", "饰演李慕白的周润发，是观众从《英雄本色》里认识的大哥。")
	eq(t, "opening", uniq(rels(b, schema.ActedIn)), []string{"周润发>卧虎藏龙"})
	// a work before the cast clause: the opening is not read alone
	b = runDefault(t, "重看《卧虎藏龙》。", "在《英雄本色》里饰演小马哥的周润发，也很好。")
	eq(t, "work first", uniq(rels(b, schema.ActedIn)), []string{"周润发>英雄本色"})
}

// 片中 in a story about one film points back at it however many paragraphs
// ago it was named; P在W饰演 needs no 中.
func TestOneFilmStoryAnaphor(t *testing.T) {
	b := runDefault(t, "电影《满江红》今日发布海报。", "据悉，主演们为此苦练武术。", "档期也已确定。", "首映礼将在北京举行。", "雷佳音在片中饰演宰相秦桧。")
	eq(t, "far anaphor", uniq(rels(b, schema.ActedIn)), []string{"雷佳音>满江红"})
	b = runDefault(t, "电影《满江红》和《英雄》都上映了。", "据悉，主演们为此苦练武术。", "档期也已确定。", "首映礼将在北京举行。", "雷佳音在片中饰演宰相秦桧。")
	eq(t, "two films far back", uniq(rels(b, schema.ActedIn)), nil)
	b = runDefault(t, "雷佳音在《满江红》饰演宰相秦桧。")
	eq(t, "no 中", uniq(rels(b, schema.ActedIn)), []string{"雷佳音>满江红"})
}

// Names the lexicon lacks before 加盟/参演/客串 are people, and W还有P、Q加盟
// casts them.
func TestJoiningCast(t *testing.T) {
	b := runDefault(t, "电影《满江红》今日发布海报。", "影片还有潘斌龙、余皑磊加盟。")
	eq(t, "joined", uniq(rels(b, schema.ActedIn)), []string{"余皑磊>满江红", "潘斌龙>满江红"})
	b = runDefault(t, "潘斌龙、余皑磊客串《满江红》。")
	eq(t, "cameo", uniq(rels(b, schema.ActedIn)), []string{"余皑磊>满江红", "潘斌龙>满江红"})
}

// A film and a person the lexicon credits with it, named in one sentence
// without a frame the grammar knows, are credited as a weak co-mention
// (strength 0.5, its own cue); another relation the sentence states, a
// watcher, and a person the lexicon does not credit are not.
func TestCoMentionCredits(t *testing.T) {
	for _, tc := range []struct {
		paras           []string
		directed, acted []string
	}{
		{[]string{"Zhang Yimou's career turned on Red Sorghum, with Gong Li at its centre."}, []string{"红高粱>张艺谋"}, []string{"巩俐>红高粱"}},
		{[]string{"说起《卧虎藏龙》，李安和周润发都功不可没。"}, []string{"卧虎藏龙>李安"}, []string{"周润发>卧虎藏龙"}},
		// watching, producing: another relation
		{[]string{"张艺谋今年又看了一遍《英雄》。"}, nil, nil},
		{[]string{"In A Touch of Sin, Jiang Wu watched from Beijing."}, nil, nil},
		// not the lexicon's credit
		{[]string{"巩俐说起《卧虎藏龙》时很激动。"}, nil, nil},
		// a sentence about people after a sentence about one film
		{[]string{"《卧虎藏龙》讲的是江湖恩怨。周润发和杨紫琼的分寸感至今难得。"}, nil, []string{"周润发>卧虎藏龙", "杨紫琼>卧虎藏龙"}},
		// two sentences on: the one film of the paragraph
		{[]string{"《卧虎藏龙》讲的是江湖恩怨。故事从一把剑说起。杨紫琼和周润发都没有用替身。"}, nil, []string{"周润发>卧虎藏龙", "杨紫琼>卧虎藏龙"}},
		// the sentence before names two films: no one to credit
		{[]string{"《卧虎藏龙》和《英雄》都拍了江湖。周润发的分寸感至今难得。"}, nil, nil},
		// a person the sentence credits with another work in its own
		// words is spoken of in that credit
		{[]string{"管虎执导、彭于晏主演的《狗阵》拿下大奖，贾樟柯新作《风流一代》入围主竞赛。"}, []string{"狗阵>管虎", "风流一代>贾樟柯"}, []string{"彭于晏>狗阵"}},
		// a pronoun for the one person named before, anywhere in its sentence
		{[]string{"李安生于台湾。多年以后，人们因为《卧虎藏龙》记住了他。"}, []string{"卧虎藏龙>李安"}, nil},
		// several people before it: the one the lexicon credits with the work
		{[]string{"Leslie Cheung began as a singer; Chow Yun-fat and Ti Lung were already stars.", "A year later he was the tax collector of A Chinese Ghost Story."}, nil, []string{"张国荣>倩女幽魂"}},
		// a role noun for the director named before
		{[]string{"Then came Wong Kar-wai.", "Days of Being Wild was the director's second feature."}, []string{"阿飞正传>王家卫"}, nil},
		{[]string{"王家卫来了。", "《阿飞正传》是这位导演的第二部长片。"}, []string{"阿飞正传>王家卫"}, nil},
		// a role noun that introduces a name stands for no one before it
		{[]string{"Then came Wong Kar-wai.", "Days of Being Wild was edited by the director Jeffrey Lau's team."}, nil, nil},
		// the director named before is not the work's: no one
		{[]string{"Then came Zhang Yimou.", "Days of Being Wild was the director's favourite film."}, nil, nil},
		// a pronoun with no one before it in its paragraphs: the person the
		// title or lede names, whom the lexicon credits with the work;
		// 其他 is no pronoun
		{[]string{"王家卫的三十年", "九十年代的香港很热闹。", "后来有人说起香港电影就叹气。", "其他导演后来也拍了《一代宗师》的同题材。"}, nil, nil},
		{[]string{"王家卫的三十年", "王家卫是最难复制的导演。", "九十年代的香港很热闹。", "后来有人说起香港电影就叹气。", "2013年，他的《一代宗师》让人看到了回归。"}, []string{"一代宗师>王家卫"}, nil},
		// but not someone named only further down the document
		{[]string{"说起春节档。", "九十年代的香港很热闹。", "《热辣滚烫》之后，雷佳音又接了新戏。", "后来有人说起香港电影就叹气。", "她以《满江红》为例。"}, nil, []string{"雷佳音>热辣滚烫"}},
		// the person the lede names, not only the title
		{[]string{"三十年", "王家卫是最难复制的导演。", "九十年代的香港很热闹。", "后来有人说起香港电影就叹气。", "2013年，他的《一代宗师》让人看到了回归。"}, []string{"一代宗师>王家卫"}, nil},
		// a pronoun for someone the lexicon does not credit
		{[]string{"巩俐生于沈阳。多年以后，人们因为《卧虎藏龙》记住了她。"}, nil, nil},
	} {
		b := runDefault(t, tc.paras...)
		name := tc.paras[len(tc.paras)-1]
		eq(t, name+" directed", uniq(allRels(b, schema.DirectedBy)), tc.directed)
		eq(t, name+" acted", uniq(allRels(b, schema.ActedIn)), tc.acted)
		for _, r := range b.Relations {
			if r.Cue == coMentionCue && r.Strength != coMentionStrength {
				t.Errorf("%s: co-mention credit of strength %v", name, r.Strength)
			}
		}
	}
}

// An everyday-word title after a one-character adverb is the word (还活着
// is "still alive"), and credits nobody.
func TestAdverbBeforeEverydayTitle(t *testing.T) {
	b := runDefault(t, "尤其是张艺谋，好像是还活着的获奖最多的亚洲导演。")
	eq(t, "still alive", mentioned(b, schema.Work), nil)
	eq(t, "no credit", uniq(allRels(b, schema.DirectedBy)), nil)
}

// An everyday English word that is a film's title is the film where its
// title in the other script follows in brackets, or an apposition calls
// it a film; not where the apposition calls it something else.
func TestEverydayEnglishTitleInContext(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Korea has given the world Parasite (寄生虫) and much else.", []string{"寄生虫/film"}},
		{"Then there is Parasite, the most celebrated foreign-language film of the century.", []string{"寄生虫/film"}},
		{"Then there is Parasite, the most talked-about pest of the summer.", nil},
	} {
		eq(t, tc.text, mentioned(runDefault(t, tc.text), schema.Work), tc.want)
	}
}

// A review's cast paragraph after a passing comparison with another film
// is about the film the review is of, when the lexicon casts the people
// there and not in the film compared.
func TestCastAfterPassingComparison(t *testing.T) {
	b := runDefault(t, "《爱情神话》：一部上海电影", "徐峥演得松弛，身上没有一丝《人再囧途之泰囧》时候的用力。", "马伊琍饰演的单亲妈妈李小姐，克制、体面。")
	got := rels(b, schema.ActedIn)
	if !slices.Contains(got, "马伊琍>爱情神话") || slices.Contains(got, "马伊琍>人再囧途之泰囧") {
		t.Errorf("cast after a comparison: %v", got)
	}
	// no lexicon casting decides: the film just named, as before
	b = runDefault(t, "《爱情神话》：一部上海电影", "徐峥演得松弛，身上没有一丝《人再囧途之泰囧》时候的用力。", "王大明饰演的单亲爸爸，克制、体面。")
	for _, r := range rels(b, schema.ActedIn) {
		if strings.HasPrefix(r, "王大明>") && strings.HasSuffix(r, ">爱情神话") {
			t.Errorf("a person the lexicon does not cast moved to the title film: %s", r)
		}
	}
}

// An idiom that is a film's title is the film where a gross taken
// somewhere follows it (卧虎藏龙在北美卖了一亿多美元), not where the idiom
// describes people.
func TestIdiomTitleBeforeGrossAbroad(t *testing.T) {
	eq(t, "gross abroad", mentioned(runDefault(t, "谁说出不去？卧虎藏龙在北美卖了一亿两千多万美元。"), schema.Work), []string{"卧虎藏龙/film"})
	eq(t, "idiom", mentioned(runDefault(t, "这个班真是卧虎藏龙，人人都有绝活。"), schema.Work), nil)
}
