package argue

import "testing"

// report builds an article section from (kind, text) pairs.
func report(ps ...para) sec { return sec{kind: "article", paras: ps} }

// A report's sub-heading under a heading that prescribes names a remedy
// though it holds no prescriptive word, whether the reader marked it as a
// heading or left it a line of text; the same line under a heading that
// only describes names nothing.
func TestOutlineRemedyHeading(t *testing.T) {
	for _, kind := range []string{"heading", "text"} {
		cs, _ := claimsOf(t, "中国电影国际传播年度观察", report(
			para{"text", "编者按：本文节选自一份年度研究报告。"},
			para{"text", "国产影片的海外票房仍处于低位，观众以海外华人为主。"},
			para{kind, "四、破局路径与对策建议"},
			para{kind, "（一）从项目合拍走向生态共建"},
			para{"text", "合拍应从剧本开发阶段就实现深度协作。"},
			para{kind, "（三）深耕国际电影节与电影市场"},
			para{"text", "这些平台是国际发行的网络枢纽。"}))
		mustFind(t, cs, "rx_festivals_markets_presence", "asserts")

		cs, _ = claimsOf(t, "中国电影国际传播年度观察", report(
			para{"text", "编者按：本文节选自一份年度研究报告。"},
			para{"text", "国产影片的海外票房仍处于低位，观众以海外华人为主。"},
			para{kind, "二、总体态势"},
			para{kind, "（三）国际电影节与电影市场"},
			para{"text", "今年共有十二部国产影片入围各大电影节。"}))
		mustNotFind(t, cs, "rx_festivals_markets_presence", "asserts", "%s: a sub-heading under a descriptive heading read as a remedy", kind)
	}
}

// Under a heading that diagnoses (三、主要瓶颈), a report's paragraphs argue
// as a reason lead's do, though their own sentences only describe.
func TestOutlineCauseHeading(t *testing.T) {
	body := "国内市场体量巨大，出品方的海外发行主要面向华人观众。"
	cs, _ := claimsOf(t, "年度观察", report(
		para{"text", "本文讨论国产影片的海外传播。"},
		para{"heading", "三、主要瓶颈"},
		para{"heading", "（三）动力瓶颈"},
		para{"text", body}))
	mustFind(t, cs, "domestic_market_sufficient_no_incentive", "asserts")

	cs, _ = claimsOf(t, "年度观察", report(
		para{"text", "本文讨论国产影片的海外传播。"},
		para{"heading", "三、市场概况"},
		para{"heading", "（三）国内"},
		para{"text", body}))
	mustNotFind(t, cs, "domestic_market_sufficient_no_incentive", "asserts", "a report's description under a descriptive heading read as an argument")
}

// The title block of a report (its subtitle 瓶颈、路径与破局建议) names what
// the whole text is about: it does not make every paragraph a remedy.
func TestOutlineTitleBlockIsNoHeading(t *testing.T) {
	cs, _ := claimsOf(t, "年度电影行业观察", report(
		para{"text", "——瓶颈、路径与破局建议"},
		para{"text", "编者按：本文节选自一份年度研究报告。"},
		para{"heading", "二、总体态势"},
		para{"text", "今年共有十二部国产影片参展国内各大影展。"}))
	mustNotFind(t, cs, "rx_festivals_markets_presence", "asserts", "the subtitle made a descriptive paragraph a remedy")
}

func TestOutlineRank(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"四、破局路径", 1}, {"(三)深耕", 2}, {"3. Cultural discount", 3}, {"2、渠道", 3},
		{"3\ufe0f\u20e3 文化门槛", 3}, {"(1)合拍", 4}, {"①流媒体", 5},
		{"Recommendations", rankPlain}, {"1.5亿美元", rankPlain}, {"2023年", rankPlain},
	} {
		f := fold(tc.text, 0)
		if got := outlineRank(f.text, 0, len(f.text)); got != tc.want {
			t.Errorf("outlineRank(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// An article that names a remedy by its strong word where it speaks of
// films abroad offers the remedy, though no clause prescribes (不少国产影片
// 通过流媒体进入海外市场); the same
// word where the text is about the home market offers nothing.
func TestArticleOffersRemedyAbroad(t *testing.T) {
	cs, _ := claimsOf(t, "年度行业观察", report(
		para{"text", "今年的行业数据有升有降。"},
		para{"text", "不少国产影片通过流媒体进入海外市场。"}))
	mustFind(t, cs, "rx_streaming_platforms_microdrama", "asserts")
	cs, _ = claimsOf(t, "年度行业观察", report(
		para{"text", "今年的行业数据有升有降。"},
		para{"text", "流媒体平台的会员数今年继续增长。"}))
	mustNotFind(t, cs, "rx_streaming_platforms_microdrama", "asserts", "a remedy's word in a paragraph about the home market read as offered")
}

// Posts number their points with keycap digits (3️⃣ 文化门槛 + 字幕) and
// list their remedies with emoji bullets under a lead (所以我的建议：/ 👉 …):
// both are list items, which argue by their form.
func TestEmojiListItems(t *testing.T) {
	cs, _ := claimsOf(t, question, answer(
		"我总结了几个原因，写得比较长，大家将就着看。",
		"3️⃣ 故事",
		"所以我的建议：",
		"👉 把流媒体当主战场，像《鱿鱼游戏》那样全球同步上线。"))
	mustFind(t, cs, "weak_storytelling_script", "asserts")
	mustFind(t, cs, "rx_streaming_platforms_microdrama", "asserts")
}

func TestOpensItem(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"3\ufe0f\u20e3 文化门槛", true}, {"3\u20e3 文化门槛", true}, {"👉 把流媒体当主战场", true}, {"• 合拍", true}, {"✅ 剧集更不用说", false},
		{"一、能拍的太少", true}, {"- a definition", false}, {"2023年票房", false}, {"说到底", false},
	} {
		f := fold(tc.text, 0)
		if got := opensItem(f.text, 0, len(f.text)); got != tc.want {
			t.Errorf("opensItem(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
