package extract

import (
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Award statements of round 3, one sentence per class, written for this
// test: a comma inside an English title, the prize as subject (went to),
// 影后/影帝 after a festival, a year opening an English list header, the
// short English form of a Hong Kong name.
func TestAwardsRound3(t *testing.T) {
	for _, tc := range []struct {
		paras         []string
		awards, acted []string
	}{
		{[]string{"Black Coal, Thin Ice won the Golden Bear in 2014."}, []string{"白日焰火>柏林国际电影节/won/2014"}, nil},
		{[]string{"At Venice in 2006 the Golden Lion went to Still Life."}, []string{"三峡好人>威尼斯国际电影节/won/2006"}, nil},
		// travelling to a festival is not winning there
		{[]string{"In 2006 Still Life went to Venice."}, nil, nil},
		{[]string{"巩俐凭《秋菊打官司》成为威尼斯影后。"}, []string{"秋菊打官司>威尼斯国际电影节/won"}, []string{"巩俐>秋菊打官司"}},
		{[]string{"張曼玉憑藉《清洁》成為2004年戛納影后。"}, []string{"清洁>戛纳国际电影节/won/2004"}, []string{"张曼玉>清洁"}},
		// a hope is not a prize
		{[]string{"巩俐凭《秋菊打官司》有望成为威尼斯影后。"}, nil, nil},
		{[]string{"2000 Cannes Film Festival winners", "Best Actor: Tony Leung, In the Mood for Love"}, []string{"花样年华>戛纳国际电影节/won/2000"}, []string{"梁朝伟>花样年华"}},
		{[]string{"Tony Leung won Best Actor at Cannes for In the Mood for Love."}, []string{"花样年华>戛纳国际电影节/won"}, []string{"梁朝伟>花样年华"}},
		// each festival of a clause takes its own cue and its own edition
		{[]string{"《霸王别姬》获得第46届戛纳电影节金棕榈奖和两项奥斯卡提名。"}, []string{"霸王别姬>奥斯卡金像奖/nominated", "霸王别姬>戛纳国际电影节/won/1993"}, nil},
		// a nomination for an acting prize names the part
		{[]string{"Gong Li was nominated for Best Actress for Raise the Red Lantern at Venice."}, []string{"大红灯笼高高挂>威尼斯国际电影节/nominated"}, []string{"巩俐>大红灯笼高高挂"}},
		{[]string{"章子怡凭《卧虎藏龙》获得金马奖最佳女主角提名。"}, []string{"卧虎藏龙>金马奖/nominated"}, []string{"章子怡>卧虎藏龙"}},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[0]+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
		eq(t, tc.paras[0]+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
	}
	// two people share "Tony Leung": with no film of either, no guess
	b := runDefault(t, "Tony Leung was brilliant.")
	eq(t, "shared short name", mentioned(b, schema.Person), nil)
}

// Acting credits with the character between actor and work.
func TestActingWithCharacter(t *testing.T) {
	for _, tc := range []struct {
		para  string
		acted []string
	}{
		{"周润发饰演的李慕白是《卧虎藏龙》的灵魂。", []string{"周润发>卧虎藏龙"}},
		{"张国荣扮演的程蝶衣在《霸王别姬》中令人心碎。", []string{"张国荣>霸王别姬"}},
		{"Chow Yun-fat as Li Mu Bai in Crouching Tiger, Hidden Dragon is superb.", []string{"周润发>卧虎藏龙"}},
		// a crew role or a comparison is not a part
		{"Jiang Wen as a director in Let the Bullets Fly shows wit.", nil},
		{"Zhang Yimou, as in Hero, uses colour.", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}

// Two statuses in one sentence, nominees, the prize as a title of the work.
func TestAwardStatusesAndPrizeTitles(t *testing.T) {
	for _, tc := range []struct {
		para   string
		awards []string
	}{
		{"在第51届金马奖上，《白日焰火》获得六项提名，最终拿下最佳导演。", []string{"白日焰火>金马奖/nominated/2014", "白日焰火>金马奖/won/2014"}},
		{"Nominees for Best Picture at the Golden Horse Awards included Still Life and Black Coal, Thin Ice.", []string{"三峡好人>金马奖/nominated", "白日焰火>金马奖/nominated"}},
		{"The Golden Horse Awards went to Black Coal, Thin Ice.", []string{"白日焰火>金马奖/won"}},
		{"金熊奖影片《白日焰火》今日上映。", []string{"白日焰火>柏林国际电影节/won"}},
		{"金熊奖得主《白日焰火》今日上映。", []string{"白日焰火>柏林国际电影节/won"}},
		{"Golden Bear winner Black Coal, Thin Ice opens today.", []string{"白日焰火>柏林国际电影节/won"}},
		{"The Golden Lion-winning Still Life opens today.", []string{"三峡好人>威尼斯国际电影节/won"}},
		// the prize titles only the work right after it
		{"《白日焰火》不好看，百花奖影片也一般。", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(rels(b, schema.AwardAt)), tc.awards)
	}
}

// An award list that names each prize on a line of its own and the winner
// on the next line (金狮奖 / 《Y》 导演：X), as festival result pages do.
func TestAwardListLabelLines(t *testing.T) {
	for _, tc := range []struct {
		paras                  []string
		awards, acted, directs []string
	}{
		{[]string{"第49届威尼斯国际电影节获奖名单", "金狮奖", "《秋菊打官司》 导演：张艺谋", "最佳女演员（沃尔皮杯）", "巩俐 《秋菊打官司》"},
			[]string{"秋菊打官司>威尼斯国际电影节/won/1992"}, []string{"巩俐>秋菊打官司"}, []string{"秋菊打官司>张艺谋"}},
		{[]string{"第51届柏林国际电影节获奖名单：", "最佳导演：", "张艺谋《红高粱》"},
			[]string{"红高粱>柏林国际电影节/won/2001"}, nil, []string{"红高粱>张艺谋"}},
		{[]string{"1992 Venice Film Festival winners", "Best Actress", "Gong Li, The Story of Qiu Ju"},
			[]string{"秋菊打官司>威尼斯国际电影节/won/1992"}, []string{"巩俐>秋菊打官司"}, nil},
		// the label is the line just before: a prose line under it states
		// its own status
		{[]string{"第49届威尼斯国际电影节获奖名单", "金狮奖", "《秋菊打官司》入围了主竞赛单元"},
			[]string{"秋菊打官司>威尼斯国际电影节/competition"}, nil, nil},
	} {
		b := runDefault(t, tc.paras...)
		name := tc.paras[len(tc.paras)-1]
		eq(t, name+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
		eq(t, name+" acted", uniq(rels(b, schema.ActedIn)), tc.acted)
		eq(t, name+" directed", uniq(rels(b, schema.DirectedBy)), tc.directs)
	}
	for _, line := range []string{"金狮奖", "最佳导演（银狮奖）", "最佳女演员：", "Best Actress (Volpi Cup)", "评审团大奖"} {
		if !isPrizeLabelLine(strings.ToLower(line)) {
			t.Errorf("%q is a prize label line", line)
		}
	}
	for _, line := range []string{"他拿了最佳导演", "奖金一百万", "最佳导演，实至名归", "The Golden Lion went to a documentary this year"} {
		if isPrizeLabelLine(strings.ToLower(line)) {
			t.Errorf("%q is prose, not a prize label line", line)
		}
	}
}

// The bare verb 拿 with a prize for object is a win in threads (《Y》拿柏林
// 金熊); 拿 with no prize after it, or denied, is not. Sentences written
// for this test.
func TestColloquialWins(t *testing.T) {
	for _, tc := range []struct {
		para   string
		awards []string
	}{
		{"当年《活着》拿戛纳评审团大奖，国内却没上映。", []string{"活着>戛纳国际电影节/won"}},
		{"《红高粱》拿金熊，张艺谋一夜成名。", []string{"红高粱>柏林国际电影节/won"}},
		{"《霸王别姬》拿的是金棕榈。", []string{"霸王别姬>戛纳国际电影节/won"}},
		{"《无依之地》拿不到金狮也正常。", nil},
		{"别老拿《寄生虫》和戛纳说事。", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(rels(b, schema.AwardAt)), tc.awards)
	}
}

// Award news crowns actors without a prize verb (徐峥以《W》封帝) and puts
// a particle between a new name and its frame (谢某则凭《W》拿下最佳女主角);
// each clause's person goes with its own work.
func TestCrownedActors(t *testing.T) {
	b := runDefault(t, "徐峥以《我不是药神》封帝，谢盈萱则凭《谁先爱上他的》拿下最佳女主角。")
	eq(t, "crowned", uniq(rels(b, schema.ActedIn)), []string{"徐峥>我不是药神", "谢盈萱>谁先爱上他的"})
}

// A screening wins nothing: a prize named elsewhere in the sentence (拿了
// 奥斯卡最佳外语片) is not the screening's.
func TestScreeningHasNoPrize(t *testing.T) {
	b := runDefault(t, "《卧虎藏龙》是在戛纳首映的，最后拿了奥斯卡最佳外语片。")
	seen := false
	for _, r := range b.Relations {
		if r.Predicate != schema.AwardAt || r.Object != schema.FestivalIRI("cannes") {
			continue
		}
		seen = true
		if p, ok := r.Extra[schema.Prize]; ok {
			t.Errorf("the Cannes screening carries the prize %v", p)
		}
	}
	if !seen {
		t.Errorf("no Cannes screening; awards %v", rels(b, schema.AwardAt))
	}
}

// A prize shared by several winners (共享, 分享, 平分) is won.
func TestSharedPrize(t *testing.T) {
	b := runDefault(t, "《烈日灼心》曾让邓超、段奕宏、郭涛三人共享上海国际电影节最佳男演员奖。")
	eq(t, "shared", uniq(rels(b, schema.AwardAt)), []string{"烈日灼心>上海国际电影节/won"})
	b = runDefault(t, "《烈日灼心》的导演和观众共享了这份喜悦。")
	eq(t, "shared joy", uniq(rels(b, schema.AwardAt)), nil)
	b = runDefault(t, "《霸王别姬》与《钢琴课》分享了当年的金棕榈。")
	eq(t, "分享", uniq(rels(b, schema.AwardAt)), []string{"钢琴课>戛纳国际电影节/won", "霸王别姬>戛纳国际电影节/won"})
}

// An award line names its winners, the lexicon's or not: 杜某、吴某、陈某
// 《W》 and 《W》　廖某 are people.
func TestAwardLineWinnerNames(t *testing.T) {
	b := runDefault(t, "第60届金马奖得奖名单", "最佳音效：杜笃文、吴书华、陈冠明《五月雪》", "最佳剪辑：《石门》　廖庆华")
	eq(t, "winners", uniq(mentioned(b, schema.Person)), []string{"杜笃文", "吴书华", "陈冠明", "廖庆华"})
}

// A prize name after another festival's name is that festival's prize
// (金球奖最佳外语片 is no Oscar), and a nomination got (拿到了…提名) is a
// nomination; the prize as subject may take a time before "to".
func TestPrizeOfTheFestivalBefore(t *testing.T) {
	b := runDefault(t, "周星驰的《功夫》在北美卖了一千七百万美元，还拿到了金球奖最佳外语片提名。")
	eq(t, "golden globe", uniq(rels(b, schema.AwardAt)), []string{"功夫>金球奖/nominated"})
	b = runDefault(t, `The Palme d'Or went on Saturday to "Anora," directed by Sean Baker.`)
	eq(t, "went on Saturday to", uniq(rels(b, schema.AwardAt)), []string{"阿诺拉>戛纳国际电影节/won"})
}

// An award body has nominees, not a competition: 入围奥斯卡 is a
// nomination; 入围戛纳 stays a competition entry.
func TestShortlistedForAnAwardIsANomination(t *testing.T) {
	b := runDefault(t, "《霸王别姬》也入围了奥斯卡最佳外语片。")
	eq(t, "oscars", uniq(rels(b, schema.AwardAt)), []string{"霸王别姬>奥斯卡金像奖/nominated"})
	b = runDefault(t, "《霸王别姬》入围了戛纳电影节主竞赛单元。")
	eq(t, "cannes", uniq(rels(b, schema.AwardAt)), []string{"霸王别姬>戛纳国际电影节/competition"})
}

// A document in traditional characters is read simplified throughout,
// also in paragraphs without a common traditional character.
func TestTraditionalDocumentThroughout(t *testing.T) {
	b := runDefault(t, "陳凱歌執導的《霸王別姬》上映已經三十年，這部電影至今仍是經典。", "片中，葛優飾演的袁四爺雖然戲份不多。")
	eq(t, "acted", uniq(rels(b, schema.ActedIn)), []string{"葛优>霸王别姬"})
}

// A city after a festival's name is its venue (the Golden Horse Awards in
// Taipei), a city before Film Academy is a school, and an English sentence
// ends at its full stop: a prize in the next sentence makes no festival
// of a city in this one.
func TestEnglishCitiesThatAreNoFestival(t *testing.T) {
	for _, tc := range []struct {
		para string
		want []string
	}{
		{"Blind Massage later won best feature film at the Golden Horse Awards in Taipei.", []string{"金马奖"}},
		{"He trained at the Beijing Film Academy before he won a prize.", nil},
		{"He was born in Shanghai. Years later he won a prize.", nil},
		{"Go to Berlin, go to the market in Cannes and meet the buyers.", []string{"柏林国际电影节", "戛纳国际电影节"}},
	} {
		eq(t, tc.para, mentioned(runDefault(t, tc.para), schema.Festival), tc.want)
	}
}

// A film anaphor carries the award of its sentence: 影片 opening a clause,
// "the film" mid-sentence (the Cannes competition is a competition), and
// 影片 opening a review's paragraph is the film the headline names.
func TestAwardsThroughFilmAnaphora(t *testing.T) {
	b := runDefault(t, "Then came Summer Palace (2006). Lou took the film to the Cannes competition without approval.")
	eq(t, "the film", uniq(rels(b, schema.AwardAt)), []string{"颐和园>戛纳国际电影节/competition"})
	b = runDefault(t, "《白日焰火》上映后口碑很好，影片后来拿下了柏林金熊。")
	eq(t, "影片", uniq(rels(b, schema.AwardAt)), []string{"白日焰火>柏林国际电影节/won"})
	b = runDefault(t, "《南方车站的聚会》：湿漉漉的逃亡", "和《白日焰火》比，这部更冷。", "影片入围了戛纳国际电影节主竞赛单元。")
	eq(t, "review", uniq(rels(b, schema.AwardAt)), []string{"南方车站的聚会>戛纳国际电影节/competition"})
}

// The English short names of award bodies (the Golden Rooster, the Golden
// Horse) name them.
func TestShortEnglishAwardNames(t *testing.T) {
	b := runDefault(t, "Zhu Yilong won the Golden Rooster for best actor for Lighting Up the Stars.")
	eq(t, "rooster", mentioned(b, schema.Festival), []string{"中国电影金鸡奖"})
	b = runDefault(t, "Blind Massage later won best feature film at the Golden Horse in Taipei.")
	eq(t, "horse", mentioned(b, schema.Festival), []string{"金马奖"})
}

// English festival context is whole words: "marketable" is no market.
func TestMarketableIsNoMarket(t *testing.T) {
	b := runDefault(t, "The film's success in Hong Kong made all three of them marketable.")
	eq(t, "marketable", mentioned(b, schema.Festival), nil)
	b = runDefault(t, "Go to Berlin, go to the market in Cannes and meet the buyers.")
	eq(t, "market", mentioned(b, schema.Festival), []string{"柏林国际电影节", "戛纳国际电影节"})
}

// A predicate joined by "and" (…, and later won the Golden Globe) has the
// sentence's subject, not the work named last.
func TestCoordinatedPredicateKeepsItsSubject(t *testing.T) {
	b := runDefault(t, "Farewell My Concubine took the Palme d'Or at Cannes, shared that year with The Piano, and later won the Golden Globe.")
	got := uniq(rels(b, schema.AwardAt))
	for _, r := range got {
		if r == "钢琴课>金球奖/won" {
			t.Errorf("the Golden Globe went to the work named last: %v", got)
		}
	}
	want := "霸王别姬>金球奖/won"
	found := false
	for _, r := range got {
		found = found || r == want
	}
	if !found {
		t.Errorf("no %s in %v", want, got)
	}
}
