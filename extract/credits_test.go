package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/schema"
)

// runDefault extracts paragraphs (one document section) with the shipped
// lexicon, without gse, so the test sees what the credit grammar adds.
func runDefault(t *testing.T, paras ...string) *facts.Batch {
	t.Helper()
	x, err := New(Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(doc([][]string{paras}))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The sentences below are written for this test: one per pattern class of
// issue 3 (credits, award lines, statuses), in simplified and traditional
// Chinese and in English.
func TestCredits(t *testing.T) {
	for _, tc := range []struct {
		paras                []string
		directed, acted, awd []string
	}{
		// 由X执导、Y主演的《Z》
		{[]string{"由贾樟柯执导、赵涛主演的《三峡好人》讲的是移民。"}, []string{"三峡好人>贾樟柯"}, []string{"赵涛>三峡好人"}, nil},
		// 《Y》由X执导，A、B主演
		{[]string{"《三峡好人》由贾樟柯执导，赵涛、韩三明主演。"}, []string{"三峡好人>贾樟柯"}, []string{"赵涛>三峡好人", "韩三明>三峡好人"}, nil},
		// 《Y》的导演是X，主演为A、B和C
		{[]string{"《让子弹飞》的导演是姜文，主演为姜文、葛优和周润发。"}, []string{"让子弹飞>姜文"}, []string{"周润发>让子弹飞", "姜文>让子弹飞", "葛优>让子弹飞"}, nil},
		// X导演的新作《Y》
		{[]string{"贾樟柯导演的新作《三峡好人》上映了。"}, []string{"三峡好人>贾樟柯"}, nil, nil},
		// 《Y》导演X
		{[]string{"《南方车站的聚会》导演刁亦男接受了采访。"}, []string{"南方车站的聚会>刁亦男"}, nil, nil},
		// X、Y主演的《Z》
		{[]string{"梁朝伟、张曼玉主演的《花样年华》很美。"}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		// traditional: 執導, 主演, 飾演
		{[]string{"《三峽好人》由賈樟柯執導，趙濤主演。"}, []string{"三峡好人>贾樟柯"}, []string{"赵涛>三峡好人"}, nil},
		{[]string{"梁朝偉在《花樣年華》中飾演周慕雲。"}, nil, []string{"梁朝伟>花样年华"}, nil},
		// 《Y》是X導演的作品
		{[]string{"《悲情城市》是侯孝賢導演的作品。"}, []string{"悲情城市>侯孝贤"}, nil, nil},
		// English
		{[]string{"Crouching Tiger, Hidden Dragon, directed by Ang Lee, was a hit."}, []string{"卧虎藏龙>李安"}, nil, nil},
		{[]string{"Jia Zhangke's Still Life is about the Three Gorges."}, []string{"三峡好人>贾樟柯"}, nil, nil},
		{[]string{"In the Mood for Love, starring Tony Leung Chiu-wai and Maggie Cheung, is slow."}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		{[]string{"The cast of In the Mood for Love includes Tony Leung Chiu-wai and Maggie Cheung."}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		{[]string{"A City of Sadness (Hou Hsiao-hsien, 1989) is long."}, []string{"悲情城市>侯孝贤"}, nil, nil},
		// list lines
		{[]string{"2006 三峡好人 导演：贾樟柯"}, []string{"三峡好人>贾樟柯"}, nil, nil},
		// anaphora: 该片, 片中
		{[]string{"《三峡好人》讲两个山西人的故事。该片由贾樟柯编剧并执导，赵涛在片中饰演沈红。"}, []string{"三峡好人>贾樟柯"}, []string{"赵涛>三峡好人"}, nil},
		// an anaphor after the work, in the next clause: not a second work of a list
		{[]string{"王宝强出演《一出好戏》，该片由黄渤执导。"}, []string{"一出好戏>黄渤"}, []string{"王宝强>一出好戏"}, nil},
		// the cast in the clause after a work its own credits introduced
		{[]string{"由申奥编剧并执导的《孤注一掷》，张艺兴、金晨主演，在暑期档取得佳绩。"}, []string{"孤注一掷>申奥"}, []string{"张艺兴>孤注一掷", "金晨>孤注一掷"}, nil},
		// the cast in a clause of its own, after a clause about the one work named
		{[]string{"《草木人间》入围主竞赛单元，吴磊、蒋勤勤领衔主演。"}, nil, []string{"吴磊>草木人间", "蒋勤勤>草木人间"}, nil},
		// two works named: a cast clause of its own binds to neither
		{[]string{"《草木人间》和《孤注一掷》都入围了，吴磊、蒋勤勤领衔主演。"}, nil, nil, nil},
		// the names after a comma that have their own role verb are not
		// the role noun's list (导演为P，P、P主演)
		{[]string{"《花样年华》的导演为王家卫，梁朝伟、张曼玉主演。"}, []string{"花样年华>王家卫"}, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		// a title between 由 and the name, 担任导演, and 则 before the verb
		{[]string{"新片《山海之间》由青年导演林若溪执导。"}, []string{"山海之间>林若溪"}, nil, nil},
		{[]string{"《山海之间》由何晓东担任导演，孙梦瑶、赵天宇领衔主演。"}, []string{"山海之间>何晓东"}, []string{"孙梦瑶>山海之间", "赵天宇>山海之间"}, nil},
		// a cast gathered after the work, and 领衔/加盟 as acting verbs
		{[]string{"《长津湖》集结了吴京、易烊千玺、段奕宏等实力派演员。"}, nil, []string{"吴京>长津湖", "易烊千玺>长津湖", "段奕宏>长津湖"}, nil},
		{[]string{"《长津湖》集结了吴京、段奕宏。"}, nil, []string{"吴京>长津湖", "段奕宏>长津湖"}, nil},
		// names gathered that do not end the clause are not a cast
		{[]string{"《长津湖》集结了吴京的粉丝来看。"}, nil, nil, nil},
		{[]string{"《悬崖之上》张译、于和伟领衔，秦海璐、朱亚文加盟。"}, nil, []string{"于和伟>悬崖之上", "张译>悬崖之上", "朱亚文>悬崖之上", "秦海璐>悬崖之上"}, nil},
		// credits of people at an event: 导演P携主演P、P亮相 (the last name before the event verb)
		{[]string{"《雾中列车》的首映礼，导演李明远携主演王思琪、赵天磊亮相。"}, []string{"雾中列车>李明远"}, []string{"王思琪>雾中列车", "赵天磊>雾中列车"}, nil},
		// a credit chain in parentheses with semicolons or slashes between its segments
		{[]string{"《花样年华》（导演：王家卫；主演：梁朝伟、张曼玉）很美。"}, []string{"花样年华>王家卫"}, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		{[]string{"《花样年华》（王家卫执导/梁朝伟、张曼玉主演）很美。"}, []string{"花样年华>王家卫"}, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		// 影片/电影/该剧 opening a clause stand for the work just named
		{[]string{"《花样年华》讲述了一段情事。影片由王家卫执导，梁朝伟、张曼玉主演。"}, []string{"花样年华>王家卫"}, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		{[]string{"In the Mood for Love follows two neighbours. The picture stars Tony Leung Chiu-wai."}, nil, []string{"梁朝伟>花样年华"}, nil},
		// but not inside a clause: 中国电影由… is not the film just named
		{[]string{"《花样年华》讲述了一段情事。很多中国电影由王家卫这样的导演拍出来。"}, nil, nil, nil},
		// a credit verb, its work, then the person (执导该片的P表示, 《W》中饰演…的P)
		{[]string{"《雾中列车》上映首周票房过亿。执导该片的李明远表示很满意。"}, []string{"雾中列车>李明远"}, nil, nil},
		{[]string{"《南山之南》昨日首映，主演该片的周子墨说，拍摄很辛苦。"}, nil, []string{"周子墨>南山之南"}, nil},
		{[]string{"《北岸人家》中饰演女主角的徐若琳获得好评。"}, nil, []string{"徐若琳>北岸人家"}, nil},
		// 自导自演 and 执导并主演: the director also acts
		{[]string{"姜文自导自演的《让子弹飞》票房大卖。"}, []string{"让子弹飞>姜文"}, []string{"姜文>让子弹飞"}, nil},
		// W, P作品; W是P继W之后的又一部作品
		{[]string{"《让子弹飞》，姜文作品，2010年上映。"}, []string{"让子弹飞>姜文"}, nil, nil},
		// (the earlier work is the director's too)
		{[]string{"《江湖儿女》是贾樟柯继《山河故人》之后的又一部作品。"}, []string{"山河故人>贾樟柯", "江湖儿女>贾樟柯"}, nil, nil},
		// English credits hung on a work, and fronted before it
		{[]string{"In the Mood for Love, in which Tony Leung Chiu-wai plays a journalist, is slow."}, nil, []string{"梁朝伟>花样年华"}, nil},
		{[]string{"In the Mood for Love's star Maggie Cheung attended."}, nil, []string{"张曼玉>花样年华"}, nil},
		{[]string{"Written and directed by Wong Kar-wai, In the Mood for Love is slow."}, []string{"花样年华>王家卫"}, nil, nil},
		{[]string{"In the Mood for Love, the latest film from Wong Kar-wai, premiered at Cannes."}, []string{"花样年华>王家卫"}, nil, nil},
		{[]string{"王家卫首部执导的长片《花样年华》很美。"}, []string{"花样年华>王家卫"}, nil, nil},
		// 分别: the i-th person goes with the i-th work
		{[]string{"《三峡好人》《白日焰火》分别由贾樟柯、刁亦男执导。"}, []string{"三峡好人>贾樟柯", "白日焰火>刁亦男"}, nil, nil},
		{[]string{"王景春和张译分别凭借《地久天长》获得最佳男演员和最佳男配角。"}, nil, []string{"张译>地久天长", "王景春>地久天长"}, nil},
		// a person bringing a work to an event (the lexicon's role), and a
		// cast line after it that ends in an event verb
		{[]string{"刁亦男携《南方车站的聚会》亮相戛纳。主演胡歌、桂纶镁也一同亮相。"}, []string{"南方车站的聚会>刁亦男"}, []string{"桂纶镁>南方车站的聚会", "胡歌>南方车站的聚会"}, nil},
		// cast lists: 《W》中，P饰A，P饰B; 演员表：P（饰A）、P（饰B）; English
		{[]string{"《花样年华》中，梁朝伟饰周慕云，张曼玉饰苏丽珍。"}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		{[]string{"《花样年华》演员表：梁朝伟（饰周慕云）、张曼玉（饰苏丽珍）。"}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		{[]string{"The cast of In the Mood for Love — Tony Leung Chiu-wai and Maggie Cheung — is superb."}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		{[]string{"In the Mood for Love features Tony Leung Chiu-wai as Chow and Maggie Cheung as Su."}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		// co-stars: both acted in the work
		{[]string{"Maggie Cheung co-starred with Tony Leung Chiu-wai in In the Mood for Love."}, nil, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		// colloquial: P导的W, W是P拍的, P这几年拍了W
		{[]string{"冯小刚导的《芳华》其实不错。"}, []string{"芳华>冯小刚"}, nil, nil},
		{[]string{"《英雄》是张艺谋拍的，当年在北美卖得很好。"}, []string{"英雄>张艺谋"}, nil, nil},
		{[]string{"宁浩这几年拍了《疯狂的外星人》。"}, []string{"疯狂的外星人>宁浩"}, nil, nil},
		// a credit line under a title line
		{[]string{"《花样年华》", "导演：王家卫", "主演：梁朝伟、张曼玉"}, []string{"花样年华>王家卫"}, []string{"张曼玉>花样年华", "梁朝伟>花样年华"}, nil},
		// not credits: a director named after a film is not its director
		{[]string{"《三峡好人》上映以后，贾樟柯导演说他很满意。"}, nil, nil, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

func TestAwardPatterns(t *testing.T) {
	for _, tc := range []struct {
		paras            []string
		awards, directed []string
		acted            []string
	}{
		// a directing prize won for a work names its director
		{[]string{"张艺谋凭借《英雄》获得最佳导演。"}, nil, []string{"英雄>张艺谋"}, nil},
		// 凭《Y》获得 + prize: the work wins, the person is credited by the prize
		{[]string{"侯孝贤凭《刺客聂隐娘》获得戛纳最佳导演奖。"}, []string{"刺客聂隐娘>戛纳国际电影节/won"}, []string{"刺客聂隐娘>侯孝贤"}, nil},
		{[]string{"梁朝伟凭《花样年华》获得戛纳电影节最佳男演员奖。"}, []string{"花样年华>戛纳国际电影节/won"}, nil, []string{"梁朝伟>花样年华"}},
		// the prize is for the work after 凭, not the work the person directed before
		{[]string{"《南方车站的聚会》导演刁亦男此前凭《白日焰火》获得柏林金熊奖。"}, []string{"白日焰火>柏林国际电影节/won"}, []string{"南方车站的聚会>刁亦男"}, nil},
		// traditional
		{[]string{"侯孝賢憑《刺客聶隱娘》獲得坎城影展最佳導演獎。"}, []string{"刺客聂隐娘>戛纳国际电影节/won"}, []string{"刺客聂隐娘>侯孝贤"}, nil},
		{[]string{"《三峽好人》奪得威尼斯影展金獅獎。"}, []string{"三峡好人>威尼斯国际电影节/won"}, nil, nil},
		// statuses
		{[]string{"《刺客聂隐娘》入选戛纳主竞赛单元。"}, []string{"刺客聂隐娘>戛纳国际电影节/competition"}, nil, nil},
		{[]string{"《白日焰火》提名金马奖最佳影片。"}, []string{"白日焰火>金马奖/nominated"}, nil, nil},
		{[]string{"第64届柏林电影节的开幕片是《白日焰火》。"}, []string{"白日焰火>柏林国际电影节/screened/2014"}, nil, nil},
		// English
		{[]string{"Tony Leung Chiu-wai won Best Actor at Cannes for In the Mood for Love."}, []string{"花样年华>戛纳国际电影节/won"}, nil, []string{"梁朝伟>花样年华"}},
		{[]string{"In the Mood for Love competed at Cannes in 2000."}, []string{"花样年华>戛纳国际电影节/competition/2000"}, nil, nil},
		{[]string{"Farewell My Concubine shared the Palme d'Or at Cannes in 1993."}, []string{"霸王别姬>戛纳国际电影节/won/1993"}, nil, nil},
		{[]string{"Still Life did not win anything at Venice."}, nil, nil, nil},
		// an award list: header, then prize：work lines
		{[]string{"第63届威尼斯国际电影节获奖名单", "金狮奖：《三峡好人》（导演：贾樟柯）", "最佳男演员：梁朝伟《花样年华》"},
			[]string{"三峡好人>威尼斯国际电影节/won/2006", "花样年华>威尼斯国际电影节/won/2006"}, []string{"三峡好人>贾樟柯"}, []string{"梁朝伟>花样年华"}},
		// a passage about a festival, then a section cue without its name
		{[]string{"第72届戛纳电影节今天开幕。", "《南方车站的聚会》入围主竞赛单元。"}, []string{"南方车站的聚会>戛纳国际电影节/competition"}, nil, nil},
		// not a list: a remark about a prize, then bare titles
		{[]string{"除了奥斯卡奖，其他的奖我们都拿过了。", "三峡好人"}, nil, nil, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
		eq(t, tc.paras[0]+" directed", uniq(rels(b, schema.DirectedBy)), tc.directed)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

func TestSimpleViewKeepsOffsets(t *testing.T) {
	b := runDefault(t, "《三峽好人》由賈樟柯執導。")
	for _, r := range b.Relations {
		if r.Predicate == schema.DirectedBy {
			if got := b.Doc.Text[r.Span.Start:r.Span.End]; got != "《三峽好人》由賈樟柯執導" {
				t.Errorf("evidence %q, want the traditional original", got)
			}
		}
	}
}

func uniq(xs []string) []string {
	var out []string
	for i, x := range xs {
		if i == 0 || xs[i-1] != x {
			out = append(out, x)
		}
	}
	return out
}

// An acting prize won for a work says the winner acted in it; a prize
// that is not for acting says nothing about acting.
func TestActingPrizeCredits(t *testing.T) {
	for _, tc := range []struct {
		para  string
		acted []string
	}{
		{"易烊千玺凭借《少年的你》获得金像奖最佳新演员。", []string{"易烊千玺>少年的你"}},
		{"巩俐凭《秋菊打官司》中的表演摘得威尼斯影后。", []string{"巩俐>秋菊打官司"}},
		{"周冬雨凭借电影《少年的你》拿下了金马奖最佳女主角。", []string{"周冬雨>少年的你"}},
		{"张艺谋凭借《红高粱》获得金熊奖。", nil},
		{"贾樟柯凭借《三峡好人》获得威尼斯金狮奖。", nil},
		// the acting prize of the second clause is not the director's
		{"东京国际电影节落下帷幕。王小帅执导的新片《当我们长大》获得最佳艺术贡献奖，主演咏梅凭借该片获得最佳女演员。", []string{"咏梅>当我们长大"}},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// An award list whose festival is named only in the document's title (第56
// 届金马奖得奖名单), with a space between each prize label and its winner;
// the person of an acting prize is found after the label.
func TestAwardListUnderTitle(t *testing.T) {
	x, err := New(Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	d := doc([][]string{{"最佳剧情片 《阳光普照》", "最佳导演 钟孟宏《阳光普照》", "最佳男配角 刘冠廷《阳光普照》"}})
	d.Title = "第56届金马奖得奖名单"
	b, err := x.Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "awards", uniq(rels(b, schema.AwardAt)), []string{"阳光普照>金马奖/won/2019"})
	eq(t, "directed", uniq(rels(b, schema.DirectedBy)), []string{"阳光普照>钟孟宏"})
	eq(t, "acted", uniq(rels(b, schema.ActedIn)), []string{"刘冠廷>阳光普照"})
	// without the title's festival the lines name no festival: no award
	d.Title = "得奖名单"
	b, _ = x.Extract(d)
	eq(t, "no festival", uniq(rels(b, schema.AwardAt)), nil)
	// a space after prose that merely mentions prizes is not a list label
	d = doc([][]string{{"《霸王别姬》获得奥斯卡最佳外语片提名。", "自己去查一查在国外拿过奖项的电影 活着"}})
	b, _ = x.Extract(d)
	eq(t, "prose", uniq(rels(b, schema.AwardAt)), []string{"霸王别姬>奥斯卡金像奖/nominated"})
}

// On an acting prize's line a director-actor named before a title is the
// actor of it, not its director.
func TestActingPrizeLineIsNotDirecting(t *testing.T) {
	x, err := New(Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	d := doc([][]string{{"沃尔皮杯最佳男演员：本·阿弗莱克《好莱坞庄园》"}})
	d.Title = "第63届威尼斯国际电影节获奖名单"
	b, err := x.Extract(d)
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "directed", uniq(rels(b, schema.DirectedBy)), nil)
	eq(t, "acted", uniq(rels(b, schema.ActedIn)), []string{"本·阿弗莱克>好莱坞庄园"})
}

// A review of one film names its cast paragraphs after the title: the
// section's only film is the one the cast plays in (则 before the verb too).
func TestReviewCastBindsToTheOneFilm(t *testing.T) {
	b := runDefault(t, "重看李安的《卧虎藏龙》，依然震撼。", "故事发生在清朝。", "章子怡饰演玉娇龙，张震则饰演罗小虎。")
	eq(t, "acted", uniq(rels(b, schema.ActedIn)), []string{"张震>卧虎藏龙", "章子怡>卧虎藏龙"})
	// with two films in the section, a distant cast sentence binds to neither
	b = runDefault(t, "《卧虎藏龙》和《英雄》都是武侠片。", "故事发生在清朝。", "章子怡饰演玉娇龙。")
	eq(t, "two films", uniq(rels(b, schema.ActedIn)), nil)
}
