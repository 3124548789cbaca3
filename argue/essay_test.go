package argue

import (
	"strings"
	"testing"
)

// essay builds a one-section article (the news reader's shape: one
// paragraph a line) from text written for these tests.
func essay(t *testing.T, title, text string, films map[string]string) ([]string, []string, []string) {
	t.Helper()
	var ps []para
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		ps = append(ps, para{"text", l})
	}
	d := buildDoc(title, sec{kind: "article", paras: ps})
	cs := analyze(t, withMentions(d, films))
	var asserted, denied, pairs []string
	for _, c := range cs {
		for _, l := range c.Causes {
			if c.Stance == "asserts" {
				asserted = append(asserted, l.CauseID)
			} else {
				denied = append(denied, l.CauseID)
			}
			for _, ct := range c.Cites {
				if c.Stance == "asserts" {
					pairs = append(pairs, l.CauseID+"|"+string(ct.Entity))
				}
			}
		}
	}
	return asserted, denied, pairs
}

func TestEnglishEssayArguesInDeclarativeProse(t *testing.T) {
	e := essayFixtures[0]
	asserted, denied, pairs := essay(t, e.title, e.text, e.films)
	for _, want := range []string{
		"distribution_marketing_gap",              // Part of the explanation is distribution.
		"subtitles_viewing_habits",                // audiences abroad find subtitled films hard to follow
		"cultural_difference_untranslatable",      // jokes built on wordplay do not survive translation
		"censorship_content_restrictions",         // Then there is the censor.
		"propaganda_main_melody",                  // chest-thumping nationalism struck foreign critics as propaganda
		"domestic_market_sufficient_no_incentive", // little reason to court foreign viewers
		"already_succeeded_abroad",                // Not every Chinese film fails abroad (a gap of words)
	} {
		if !has(asserted, want) {
			t.Errorf("%s not asserted; asserted %v", want, asserted)
		}
	}
	if has(denied, "cultural_difference_untranslatable") {
		t.Error("'do not survive translation' read as denying the translation problem")
	}
	if has(asserted, "western_bias_geopolitics") {
		t.Error("a view the writer reports (Some say …prejudiced) asserted")
	}
	if !hasPrefixSuffix(pairs, "already_succeeded_abroad|", "crouching") {
		t.Errorf("the film after 'Not every Chinese film fails abroad.' is not cited for it: %v", pairs)
	}
}

func TestChineseOpEdArguesInDeclarativeProse(t *testing.T) {
	e := essayFixtures[1]
	asserted, _, pairs := essay(t, e.title, e.text, e.films)
	for _, want := range []string{
		"cultural_difference_untranslatable",      // 依赖方言……外国观众很难产生共鸣
		"distribution_marketing_gap",              // 海外发行一直是国产电影的短板
		"censorship_content_restrictions",         // 题材上的限制同样制约了创作
		"traffic_stars_casting_acting",            // 再加上流量明星当道
		"domestic_market_sufficient_no_incentive", // 缺少走出去的动力
	} {
		if !has(asserted, want) {
			t.Errorf("%s not asserted; asserted %v", want, asserted)
		}
	}
	if has(asserted, "western_bias_geopolitics") {
		t.Error("有人说……偏见, rebutted by the writer, asserted")
	}
	if !hasPrefixSuffix(pairs, "cultural_difference_untranslatable|", "李焕英") {
		t.Errorf("the film illustrating the dialect point is not cited for it: %v", pairs)
	}
}

func TestEssayCueClasses(t *testing.T) {
	// One sentence each: an essay's ways of arguing without 因为.
	for text, want := range map[string]string{
		"Chinese cinema abroad is hampered by weak distribution.":          "distribution_marketing_gap",
		"Audiences abroad find the dialect-heavy comedies hard to follow.": "cultural_difference_untranslatable",
		"Strict script approval limits what directors can attempt.":        "censorship_content_restrictions",
		"The trouble is that studios chase pop idols over actors.":         "traffic_stars_casting_acting",
		"题材审查限制了创作者的想象。":                                                   "censorship_content_restrictions",
		"宣发投入不足，影片在北美鲜有人知。":                                                "distribution_marketing_gap",
		"问题在于文化语境的隔阂。":                                                     "cultural_difference_untranslatable",
		"再加上字幕翻译粗糙。":                                                       "subtitles_viewing_habits",
	} {
		long := []para{{"text", text}}
		for i := 0; i < 3; i++ {
			long = append(long, para{"text", "影展期间共放映了二十部影片。"})
		}
		cs, _ := claimsOf(t, "电影出海观察", sec{kind: "article", paras: long})
		if _, ok := find(cs, want, "asserts"); !ok {
			t.Errorf("%q: %s not asserted in %v", text, want, cs)
		}
	}
	// Description is not argument, in either language.
	for _, text := range []string{
		"The film was released by a German distributor on 40 screens in March.",
		"影片由北美发行公司于三月在四十块银幕上映。",
	} {
		cs, _ := claimsOf(t, "电影出海观察", sec{kind: "article", paras: []para{{"text", text}}})
		mustNotFind(t, cs, "distribution_marketing_gap", "asserts", "%q: a description read as arguing distribution", text)
	}
}

func hasPrefixSuffix(ss []string, prefix, contains string) bool {
	for _, s := range ss {
		if strings.HasPrefix(s, prefix) && strings.Contains(s, contains) {
			return true
		}
	}
	return false
}

func TestColloquialParaphrases(t *testing.T) {
	// Answers written for this test in a voice unlike the corpus's, each
	// naming its cause in words of its own.
	for text, want := range map[string]string{
		"你拍个鬼片都要在结尾说是做梦，谁还有兴趣看？":   "censorship_content_restrictions",
		"宣传做得太差了，国外影院根本排不上片。":      "distribution_marketing_gap",
		"好莱坞占着全球院线，哪有我们的位置。":       "hollywood_dominance",
		"主要还是题材太窄，不让碰的东西太多。":       "censorship_content_restrictions",
		"我觉得是语言问题，中文电影在海外天然就是小众。":  "cultural_difference_untranslatable",
		"西方评论戴着有色眼镜看中国，拍得再好也会被挑刺。": "western_bias_geopolitics",
	} {
		cs, _ := claimsOf(t, question, answer(text))
		if _, ok := find(cs, want, "asserts"); !ok {
			t.Errorf("%s: %s not found in %v", text, want, cs)
		}
	}
	// 宣传 as publicity is not propaganda.
	cs, _ := claimsOf(t, question, answer("宣传做得太差了，国外影院根本排不上片。"))
	mustNotFind(t, cs, "propaganda_main_melody", "asserts", "宣传做得太差 (publicity) read as propaganda")
}

func TestCatchAllJudgementYieldsToSpecificCause(t *testing.T) {
	// 垃圾/比不上 judge the effects or the plot named next to them; the
	// films as a whole are not called bad.
	for _, text := range []string{"垃圾特效，五毛钱都不值。", "剧情方面比不上国外的电影。"} {
		cs, _ := claimsOf(t, question, answer(text))
		mustNotFind(t, cs, "poor_overall_quality", "asserts", "%s: catch-all poor quality asserted next to a specific cause: %v", text, cs)
		if len(cs) == 0 {
			t.Errorf("%s: the specific cause was lost too", text)
		}
	}
	// On its own the judgement is the claim.
	cs, _ := claimsOf(t, question, answer("国产片大多是垃圾，谁会花钱看？"))
	mustFind(t, cs, "poor_overall_quality", "asserts")
}

func TestEnglishNegatorDeniesOnlyTheNounItGoverns(t *testing.T) {
	cs, _ := claimsOf(t, "Why Chinese films struggle abroad", answer("It is not the censors that keep Chinese films at home."))
	mustFind(t, cs, "censorship_content_restrictions", "denies")
	cs, _ = claimsOf(t, "Why Chinese films struggle abroad", answer("Its jokes simply do not survive translation."))
	mustFind(t, cs, "cultural_difference_untranslatable", "asserts")
}

// English essays judge by scarcity (almost no presence, hardly any
// screens) without a connective.
func TestEnglishScarcityJudges(t *testing.T) {
	text := "Chinese films rarely travel.\nChinese distributors have almost no presence in foreign markets."
	asserted, _, _ := essay(t, "Why Chinese films stay at home", text, nil)
	for _, want := range []string{"distribution_marketing_gap"} {
		if !has(asserted, want) {
			t.Errorf("%s not asserted; asserted %v", want, asserted)
		}
	}
}

// Counter-arguments in article prose argue by their own words (借口,
// 除了好莱坞, found audiences abroad) without a causal cue; a phrase that
// holds its negation (审查不是借口) asserts the counter, it is not also
// read as denying it.
func TestEssayCountersArgueByThemselves(t *testing.T) {
	text := "其实中国电影在海外并非毫无建树。\n审查不是借口，伊朗电影同样受到严格限制。\n除了好莱坞，哪个国家的电影真正走向了世界？"
	asserted, denied, _ := essay(t, "中国电影真的走不出去吗", text, nil)
	for _, want := range []string{"already_succeeded_abroad", "censorship_is_an_excuse", "only_hollywood_travels"} {
		if !has(asserted, want) {
			t.Errorf("%s not asserted; asserted %v", want, asserted)
		}
	}
	if has(denied, "censorship_is_an_excuse") {
		t.Errorf("审查不是借口 read as denying the excuse counter: denied %v", denied)
	}
	en := "Chinese films rarely travel.\nYet several Chinese films have found audiences abroad.\nHollywood aside, hardly any country's films travel well."
	asserted, _, _ = essay(t, "Do Chinese films fail abroad?", en, nil)
	for _, want := range []string{"already_succeeded_abroad", "only_hollywood_travels"} {
		if !has(asserted, want) {
			t.Errorf("%s not asserted in English; asserted %v", want, asserted)
		}
	}
}
