package argue

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// para is one paragraph of a hand-written fixture.
type para struct{ kind, text string }

type sec struct {
	kind  string
	paras []para
}

func buildDoc(title string, secs ...sec) *ingest.Document {
	b := ingest.NewBuilder()
	b.Meta().ID = "fixture"
	b.Meta().Title = title
	for _, s := range secs {
		b.StartSection(s.kind, "")
		for _, p := range s.paras {
			b.AddParagraph(p.kind, "", p.text)
		}
	}
	return b.Document()
}

// article is a section of an article's prose (report-like, kindDoc).
func article(texts ...string) sec {
	s := answer(texts...)
	s.kind = "article"
	return s
}

func answer(texts ...string) sec {
	s := sec{kind: "answer"}
	for _, t := range texts {
		s.paras = append(s.paras, para{"text", t})
	}
	return s
}

// withMentions makes a batch and marks every occurrence of each title as a
// film mention (the extractor's job in the pipeline).
func withMentions(d *ingest.Document, films map[string]string) *facts.Batch {
	b := facts.NewBatch(d)
	for surface, country := range films {
		iri := schema.WorkIRI(surface)
		b.AddEntity(facts.Entity{IRI: iri, Type: schema.Work, Label: surface, Kind: "film", Country: country})
		for off := 0; ; {
			i := strings.Index(d.Text[off:], surface)
			if i < 0 {
				break
			}
			s := off + i
			b.Mentions = append(b.Mentions, facts.Mention{Entity: iri, Surface: surface, Via: "bracket", Span: facts.Evidence{Start: s, End: s + len(surface)}})
			off = s + len(surface)
		}
	}
	return b
}

func analyze(t *testing.T, b *facts.Batch) []facts.Claim {
	t.Helper()
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Analyze(b); err != nil {
		t.Fatal(err)
	}
	return b.Claims
}

func claimsOf(t *testing.T, title string, secs ...sec) ([]facts.Claim, *ingest.Document) {
	t.Helper()
	d := buildDoc(title, secs...)
	return analyze(t, facts.NewBatch(d)), d
}

func causeIDs(c facts.Claim) []string {
	var out []string
	for _, l := range c.Causes {
		out = append(out, l.CauseID)
	}
	return out
}

func has(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// find returns the first claim with this cause and stance.
func find(cs []facts.Claim, cause, stance string) (facts.Claim, bool) {
	for _, c := range cs {
		if c.Stance == stance && has(causeIDs(c), cause) {
			return c, true
		}
	}
	return facts.Claim{}, false
}

// mustNotFind reports, with the message format and args, a claim of cs
// that has cause with the stance.
func mustNotFind(t *testing.T, cs []facts.Claim, cause, stance, format string, args ...any) {
	t.Helper()
	if _, ok := find(cs, cause, stance); ok {
		t.Errorf(format, args...)
	}
}

func mustFind(t *testing.T, cs []facts.Claim, cause, stance string) facts.Claim {
	t.Helper()
	c, ok := find(cs, cause, stance)
	if !ok {
		var got []string
		for _, c := range cs {
			got = append(got, c.Stance+":"+strings.Join(causeIDs(c), "+"))
		}
		t.Fatalf("no %s claim of %s; got %v", stance, cause, got)
	}
	return c
}

func trigger(d *ingest.Document, c facts.Claim, cause string) string {
	for _, l := range c.Causes {
		if l.CauseID == cause {
			return d.Text[l.Trigger.Start:l.Trigger.End]
		}
	}
	return ""
}

const question = "为什么国产电影很难在海外市场成功？"

func TestCueClaimWithTriggerEvidence(t *testing.T) {
	cs, d := claimsOf(t, question, answer("我觉得主要是因为审查太严，很多题材根本不能碰。"))
	c := mustFind(t, cs, "censorship_content_restrictions", "asserts")
	if got := trigger(d, c, "censorship_content_restrictions"); got != "审查" {
		t.Errorf("trigger %q, want 审查", got)
	}
	if c.Effect != question {
		t.Errorf("effect %q, want the question", c.Effect)
	}
	if c.Confidence < 0.7 {
		t.Errorf("cue-marked claim has confidence %.2f", c.Confidence)
	}
}

func TestCuelessClaimTypes(t *testing.T) {
	cases := []struct {
		name  string
		text  []string
		cause string
	}{
		{"rhetorical question", []string{"连自己人都不爱看，还想让外国观众买账？"}, "domestic_audience_rejection"},
		{"bare noun phrase", []string{"宣发问题。"}, "distribution_marketing_gap"},
		{"metaphor", []string{"戴着镣铐跳舞，能跳出什么好舞？"}, "censorship_content_restrictions"},
		{"template", []string{"国人都不爱看的片子，老外凭什么看。"}, "domestic_audience_rejection"},
		{"contrast with a model", []string{"人家韩国导演敢拍底层的苦，我们呢。"}, "avoids_reality_no_social_critique"},
		{"english", []string{"The main reason is censorship: scripts are rewritten until nothing is left."}, "censorship_content_restrictions"},
		{"traditional script", []string{"因為審查太嚴，很多題材都不能拍。"}, "censorship_content_restrictions"},
		{"pangu spacing", []string{"国内 14 亿人的市场，躺着就能赚钱，何必出去。"}, "domestic_market_sufficient_no_incentive"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs, _ := claimsOf(t, question, answer(tc.text...))
			mustFind(t, cs, tc.cause, "asserts")
		})
	}
}

func TestEnumerationItemsAreUnits(t *testing.T) {
	s := sec{kind: "answer", paras: []para{{"text", "我说几点："}, {"item", "1. 剧本太弱"}, {"item", "2. 特效还是五毛"}, {"item", "3. 演员只看流量"}}}
	cs, _ := claimsOf(t, question, s)
	for _, id := range []string{"weak_storytelling_script", "vfx_technical_gap", "traffic_stars_casting_acting"} {
		mustFind(t, cs, id, "asserts")
	}
	if len(cs) != 3 {
		t.Errorf("%d claims, want one per item", len(cs))
	}
}

func TestWeakTriggerNeedsAnArguingUnit(t *testing.T) {
	// 故事 is a weak trigger: plain narration is not a claim about scripts.
	cs, _ := claimsOf(t, question, answer("昨天和朋友去看了一部电影，讲的是一个关于家庭的故事，我们看完去吃了火锅，然后各自回家休息了。"))
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "narrative use of 故事 read as a claim")
	cs, _ = claimsOf(t, question, answer("国产片的故事太弱了，逻辑经不起推敲。"))
	mustFind(t, cs, "weak_storytelling_script", "asserts")
}

func TestStanceDenies(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("让国产片卖不出去的，绝对不是剧本。"))
	mustFind(t, cs, "weak_storytelling_script", "denies")
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "denied cause also asserted")
	cs, _ = claimsOf(t, question, answer("问题不是审查，而是资本太浮躁，只想赚快钱。"))
	mustFind(t, cs, "censorship_content_restrictions", "denies")
	mustFind(t, cs, "capital_speculation_money", "asserts")
	cs, _ = claimsOf(t, question, answer("Censorship is not the problem; the films are simply bad."))
	mustFind(t, cs, "censorship_content_restrictions", "denies")
	mustFind(t, cs, "poor_overall_quality", "asserts")
	// Rhetorical and hypothetical negation asserts.
	cs, _ = claimsOf(t, question, answer("还不是因为审查？"))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
	cs, _ = claimsOf(t, question, answer("如果不是审查，好多片子早拍出来了。"))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
}

func TestSarcasmLowersConfidence(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("感恩，我们的主旋律大片早就称霸全球了。"))
	c := mustFind(t, cs, "propaganda_main_melody", "asserts")
	if c.Confidence >= 0.5 || c.Causes[0].Confidence >= 0.5 {
		t.Errorf("sarcastic claim confidence %.2f / %.2f, want < 0.5", c.Confidence, c.Causes[0].Confidence)
	}
	// A mock list of 虚假的/真正的 marks its lines as sarcasm.
	cs, _ = claimsOf(t, question, answer("虚假的战争片：有剧本有逻辑。", "真正的战争片：全靠特效和口号。"))
	for _, c := range cs {
		if c.Confidence >= 0.5 {
			t.Errorf("mock-list claim %v confidence %.2f", causeIDs(c), c.Confidence)
		}
	}
	cs, _ = claimsOf(t, question, answer("我认为根本原因是审查。"))
	if c := mustFind(t, cs, "censorship_content_restrictions", "asserts"); c.Confidence < 0.5 {
		t.Errorf("plain claim confidence %.2f", c.Confidence)
	}
}

func TestChainLeadsTo(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("审查标准不透明，谁也不知道哪部片子会被卡。所以大家只能拍谈恋爱。"))
	a := mustFind(t, cs, "censorship_content_restrictions", "asserts")
	var ai, bi int = -1, -1
	for i, c := range cs {
		if has(causeIDs(c), "censorship_content_restrictions") {
			ai = i
		}
		if has(causeIDs(c), "forced_romance_genre_impurity") {
			bi = i
		}
	}
	if bi < 0 {
		t.Fatal("no romance claim")
	}
	if len(cs[ai].LeadsTo) != 1 || cs[ai].LeadsTo[0] != bi {
		t.Errorf("LeadsTo %v, want [%d]", a.LeadsTo, bi)
	}
	// No connective, no chain.
	cs, _ = claimsOf(t, question, answer("审查标准不透明。大家只拍谈恋爱。"))
	for _, c := range cs {
		if len(c.LeadsTo) != 0 {
			t.Errorf("chain without a connective: %v", causeIDs(c))
		}
	}
}

func TestOwnEffectOverridesTitle(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("资本只想赚快钱，导致制作投入严重不足。"))
	c := mustFind(t, cs, "capital_speculation_money", "asserts")
	if c.Effect != "制作投入严重不足" {
		t.Errorf("effect %q", c.Effect)
	}
}

func TestReportDiagnosesAndPrescriptions(t *testing.T) {
	s := sec{kind: "chapter", paras: []para{
		{"heading", "三、国产电影国际传播的困境"},
		{"text", "当前，国产电影出海仍面临内容同质化的突出瓶颈。"},
		{"text", "破局之道在于推动合拍，从零散合作升级为生态共建。"},
		{"text", "本章介绍了研究方法和数据来源。"},
	}}
	cs, _ := claimsOf(t, "国产电影发展报告", s)
	diag := mustFind(t, cs, "diag_three_bottlenecks", "asserts")
	if diag.Effect != "三、国产电影国际传播的困境" {
		t.Errorf("diagnosis effect %q, want the heading", diag.Effect)
	}
	mustFind(t, cs, "rx_coproduction_ecosystem", "asserts")
	if len(cs) != 2 {
		t.Errorf("%d claims, want 2 (the methods sentence argues nothing)", len(cs))
	}
	// A prescription trigger without a prescriptive cue is not a prescription.
	cs, _ = claimsOf(t, "报告", sec{kind: "chapter", paras: []para{{"text", "该片是中法合拍片。"}}})
	mustNotFind(t, cs, "rx_coproduction_ecosystem", "asserts", "bare mention of 合拍 read as a prescription")
}

// citeRole is the role with which any claim of the cause cites the film.
func citeRole(cs []facts.Claim, cause, film string) string {
	for _, c := range cs {
		if !has(causeIDs(c), cause) {
			continue
		}
		for _, ct := range c.Cites {
			if ct.Entity == schema.WorkIRI(film) {
				return ct.Role
			}
		}
	}
	return ""
}

func TestCitationRoles(t *testing.T) {
	d := buildDoc(question,
		answer("主旋律片太多了，比如《烽火少年》这种，满屏口号。"),
		answer("人家韩国拍《雨夜来客》那样批判现实的片子，我们敢吗？"),
		answer("审查太严了。如果国内导演拍《雨夜来客》那样的题材，会过审吗？"),
		answer("谁说走不出去？《竹林剑影》至今还是北美外语片票房第一。"),
	)
	b := withMentions(d, map[string]string{"烽火少年": "中国", "雨夜来客": "韩国", "竹林剑影": ""})
	cs := analyze(t, b)
	if r := citeRole(cs, "propaganda_main_melody", "烽火少年"); r != RoleProblem {
		t.Errorf("problem example role %q", r)
	}
	if r := citeRole(cs, "avoids_reality_no_social_critique", "雨夜来客"); r != RoleModel {
		t.Errorf("positive model role %q", r)
	}
	if r := citeRole(cs, "censorship_content_restrictions", "雨夜来客"); r != RoleCounterfactual {
		t.Errorf("counterfactual role %q", r)
	}
	if r := citeRole(cs, "already_succeeded_abroad", "竹林剑影"); r != RoleCounter {
		t.Errorf("counter-example role %q", r)
	}
}

func TestCitationScope(t *testing.T) {
	d := buildDoc(question, answer(
		"上周末我重温了《烽火少年》，画面很怀旧。",
		"天气不错，吃了顿好的。",
		"说回正题，根本原因是审查太严。",
		"其他的我也不多说了。",
	), answer("《烽火少年》是我小时候看的。"))
	b := withMentions(d, map[string]string{"烽火少年": "中国"})
	cs := analyze(t, b)
	c := mustFind(t, cs, "censorship_content_restrictions", "asserts")
	if len(c.Cites) != 0 {
		t.Errorf("film two paragraphs away cited: %+v", c.Cites)
	}
	// A list introduced by the claim is in scope.
	d = buildDoc(question, sec{kind: "answer", paras: []para{
		{"text", "主旋律太多，比如："}, {"item", "《烽火少年》"}, {"item", "《竹林剑影》"},
	}})
	b = withMentions(d, map[string]string{"烽火少年": "中国", "竹林剑影": "中国"})
	cs = analyze(t, b)
	c = mustFind(t, cs, "propaganda_main_melody", "asserts")
	if len(c.Cites) != 2 {
		t.Errorf("list items after 比如： not cited: %+v", c.Cites)
	}
}

func TestClaimsBecomeQuads(t *testing.T) {
	d := buildDoc(question, answer("主旋律片太多了，比如《烽火少年》这种，满屏口号。所以外国观众不买账。"))
	b := withMentions(d, map[string]string{"烽火少年": "中国"})
	analyze(t, b)
	var claimOf, cites int
	for _, q := range b.Quads() {
		switch q.Predicate {
		case schema.ClaimOf:
			if q.Object == quad.IRI(schema.CauseIRI("propaganda_main_melody")) {
				claimOf++
			}
		case schema.Cites:
			cites++
		}
	}
	if claimOf == 0 || cites == 0 {
		t.Errorf("quads: %d claimOf, %d cites", claimOf, cites)
	}
}

func TestUserTaxonomyTriggers(t *testing.T) {
	tax, err := schema.LoadTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	tax.Causes = append(tax.Causes, schema.CauseDef{ID: "piracy", Group: "C", Kind: schema.KindCause, Triggers: []string{"盗版"}})
	a, err := New(Options{Taxonomy: tax})
	if err != nil {
		t.Fatal(err)
	}
	b := facts.NewBatch(buildDoc(question, answer("因为盗版太多。")))
	if err := a.Analyze(b); err != nil {
		t.Fatal(err)
	}
	mustFind(t, b.Claims, "piracy", "asserts")
}

// citedFor lists the causes of the asserting claims that cite film.
func citedFor(cs []facts.Claim, film string) []string {
	var out []string
	for _, c := range cs {
		if c.Stance != "asserts" {
			continue
		}
		for _, ct := range c.Cites {
			if ct.Entity == schema.WorkIRI(film) {
				out = append(out, causeIDs(c)...)
			}
		}
	}
	return out
}

func TestCitationPairsWithItsOwnClause(t *testing.T) {
	// Two causes in different clauses: each film goes with the cause of
	// its own clause, not with both.
	d := buildDoc(question, answer("主旋律片太多，比如《烽火少年》，而且特效也很粗糙，像《竹林剑影》那样。"))
	b := withMentions(d, map[string]string{"烽火少年": "中国", "竹林剑影": "中国"})
	cs := analyze(t, b)
	if got := citedFor(cs, "烽火少年"); len(got) != 1 || got[0] != "propaganda_main_melody" {
		t.Errorf("烽火少年 cited for %v, want only propaganda_main_melody", got)
	}
	if got := citedFor(cs, "竹林剑影"); len(got) != 1 || got[0] != "vfx_technical_gap" {
		t.Errorf("竹林剑影 cited for %v, want only vfx_technical_gap", got)
	}
	// A film in a clause without a trigger illustrates the sentence's
	// first (main) cause.
	d = buildDoc(question, answer("根本问题是审查太严，拿《烽火少年》来说，剧本也被改得乱七八糟。"))
	b = withMentions(d, map[string]string{"烽火少年": "中国"})
	cs = analyze(t, b)
	if got := citedFor(cs, "烽火少年"); len(got) != 1 || got[0] != "censorship_content_restrictions" {
		t.Errorf("烽火少年 cited for %v, want only censorship_content_restrictions", got)
	}
	// Two clauses of one cause stay one claim.
	cs, _ = claimsOf(t, question, answer("说白了就是审查太严，什么都要过审。"))
	if len(cs) != 1 {
		t.Errorf("%d claims for one cause in two clauses, want 1", len(cs))
	}
}

func TestListItemTopicSentenceLeads(t *testing.T) {
	// In a multi-sentence list item, the films of later sentences
	// illustrate the item's opening claim.
	d := buildDoc(question, sec{kind: "answer", paras: []para{
		{"item", "1. 缺乏原创，全是模仿。这几年的《烽火少年》，剧本也一般。"},
	}})
	b := withMentions(d, map[string]string{"烽火少年": "中国"})
	cs := analyze(t, b)
	got := citedFor(cs, "烽火少年")
	if !has(got, "lack_of_distinctiveness_imitation") {
		t.Errorf("烽火少年 cited for %v, want the item's topic lack_of_distinctiveness_imitation", got)
	}
}

func TestReportProseNeedsAnArguingClause(t *testing.T) {
	// A report that describes distribution does not argue the
	// distribution gap; one that names it a shortfall does.
	s := sec{kind: "chapter", paras: []para{{"text", "该片由一家德国公司负责海外发行，首映礼在柏林举行。"}}}
	cs, _ := claimsOf(t, "年度报告", s)
	mustNotFind(t, cs, "distribution_marketing_gap", "asserts", "descriptive mention of 发行 in a report read as a cause")
	s = sec{kind: "chapter", paras: []para{{"text", "海外发行渠道不足，是国产影片出海的主要障碍。"}}}
	cs, _ = claimsOf(t, "年度报告", s)
	mustFind(t, cs, "distribution_marketing_gap", "asserts")
}

func TestLongArticleKeepsCausesArguedOnce(t *testing.T) {
	// An essay argues each cause once, in its own paragraph; a long
	// article keeps every cause whose sentence judges it, and still
	// ignores one it only describes.
	ps := []para{
		{"text", "国产影片出海的根本原因在于海外发行渠道不足。"},
		{"text", "该片由一家德国公司负责宣发，首映礼在柏林举行。"},
	}
	for i := 0; i < 12; i++ {
		ps = append(ps, para{"text", "本节记录了第" + string(rune('一'+i%3)) + "批影片的上映日期和场次。"})
	}
	ps = append(ps, para{"text", "此外，字幕质量不足也让海外观众望而却步。"})
	cs, d := claimsOf(t, "年度报告", sec{kind: "article", paras: ps})
	mustFind(t, cs, "distribution_marketing_gap", "asserts")
	mustFind(t, cs, "subtitles_viewing_habits", "asserts")
	for _, c := range cs {
		if strings.Contains(d.Text[c.Span.Start:c.Span.End], "首映礼") {
			t.Errorf("a descriptive sentence of a long article became a claim: %+v", c)
		}
	}
}

func TestNotLackingIsNotACause(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("我们不缺想象力，也不乏好演员，问题在于审查太严。"))
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "不缺想象力 asserted as weak storytelling")
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
}

func TestParaphrasedTriggers(t *testing.T) {
	for text, want := range map[string]string{
		"免费放都没人看。":                              "domestic_audience_rejection",
		"国内随便拍拍都赚得盆满钵满，何苦出去。":                   "domestic_market_sufficient_no_incentive",
		"得奖的都是迎合西方口味的片子。":                       "orientalist_self_othering",
		"拍出来也被捂嘴，还谈什么走出去？":                      "censorship_content_restrictions",
		"满屏都是洗脑式的说辞，谁爱看。":                       "propaganda_main_melody",
		"說到底就是審查太嚴。":                            "censorship_content_restrictions",
		"The real problem is state propaganda.": "propaganda_main_melody",
	} {
		cs, _ := claimsOf(t, question, answer(text))
		if _, ok := find(cs, want, "asserts"); !ok {
			t.Errorf("%s: %s not found in %v", text, want, cs)
		}
	}
}

func TestReportedViewIsNotAsserted(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("有人说是因为审查，其实根本原因是剧本太烂。"))
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "a view the writer reports (有人说) asserted")
	mustFind(t, cs, "weak_storytelling_script", "asserts")
	// A view the writer rejects (坚决反对有人据此认定…) is not asserted.
	cs, _ = claimsOf(t, question, answer("但我坚决反对有人据此就认定国产电影走不出国门是因为编剧不行导演不行。"))
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "a view the writer rejects (反对有人…认定) asserted")
	// With an agreement cue the reported view is the writer's too.
	cs, _ = claimsOf(t, question, answer("有人说是因为审查太严，我赞同。"))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
}

// A quotation the writer attributes (说过“…”) or dismisses as someone's
// view (…这些言论) is not the writer's claim; a cause after the closing
// mark, or a quotation the writer makes their own, still is.
func TestQuotedOpinionIsNotAsserted(t *testing.T) {
	checkAsserted(t, question, []assertedCase{
		{"有个名人说过“没有垃圾产品，只有垃圾用户”，所以别怪观众。", "poor_overall_quality", false},
		{"“外国人就爱看悲惨的故事”“导演都为了拿奖”，与这些言论相配的是电影被下架。", "weak_storytelling_script", false},
		{"“外国人就爱看悲惨的故事”“导演都为了拿奖”，与这些言论相配的是电影被下架。", "censorship_content_restrictions", true},
		{"有个名人说过“要耐心”，所以观众欣赏水平低也不怪谁。", "low_domestic_audience_taste", true},
		{"一大堆说国产片是垃圾的，其实并没有那么差。", "poor_overall_quality", false},
		{"说到底就是“剧本太烂”。", "weak_storytelling_script", true},
	})
}

// An obstacle reported as overcome (打破了…的刻板印象) is an achievement,
// not a cause argued; the same obstacle named as one still is, and so is
// the prescription to overcome it (要打破).
func TestOvercomeObstacleIsNotACause(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("这几部片子有效打破了外界对中国电影的刻板印象。"))
	mustNotFind(t, cs, "western_bias_geopolitics", "asserts", "overcome stereotype read as a cause: %+v", cs)
	cs, _ = claimsOf(t, question, answer("外国观众对中国电影有很深的刻板印象，所以不愿意看。"))
	mustFind(t, cs, "western_bias_geopolitics", "asserts")
}

// English: a negator a few bridge words before the cause denies it ("not
// the lack of talent"); "critics argue" reports a view, it does not
// prescribe criticism; a plain "bottleneck" is not the report's
// three-bottleneck diagnosis.
func TestEnglishDenialAndReportingWords(t *testing.T) {
	cs, _ := claimsOf(t, "Why Chinese films struggle abroad", answer("It is not the lack of talent, one producer said, but the lack of a marketing network."))
	mustFind(t, cs, "talent_education_generation_gap", "denies")
	mustNotFind(t, cs, "talent_education_generation_gap", "asserts", "denied talent also asserted: %+v", cs)
	cs, _ = claimsOf(t, "Why Chinese films struggle abroad", answer("Many critics argue that censorship is the main reason. Distribution is another bottleneck."))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
	for _, id := range []string{"rx_discourse_power_criticism", "diag_three_bottlenecks"} {
		mustNotFind(t, cs, id, "asserts", "%s read from a reporting verb or a plain bottleneck: %+v", id, cs)
	}
}

// Article prose argues with evidence markers and result clauses, not
// only with "because": "proof that Chinese films did travel" is the
// counter-argument, "so large that … little incentive" the home-market
// cause.
func TestEnglishEvidenceAndResultClauses(t *testing.T) {
	cs, _ := claimsOf(t, "Can Chinese cinema win foreign audiences again?", sec{kind: "article", paras: []para{
		{"text", "The martial-arts epic grossed 53 million dollars in North America, proof that Chinese films did travel."},
		{"text", "The domestic market is so large that studios have little incentive to court audiences overseas."},
	}})
	mustFind(t, cs, "already_succeeded_abroad", "asserts")
	mustFind(t, cs, "domestic_market_sufficient_no_incentive", "asserts")
}

// English essays doubt a cause in the first person, refute it by
// supposition, or set it up as the usual view before knocking it down.
func TestEnglishDoubtSuppositionAndSetUpViews(t *testing.T) {
	const q = "Why don't Chinese films travel?"
	cs, _ := claimsOf(t, q, answer("I don't think censorship is the real problem here."))
	mustFind(t, cs, "censorship_content_restrictions", "denies")
	cs, _ = claimsOf(t, q, answer("If censorship were the obstacle, this is the film that should have broken through."))
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "a refuted supposition asserted")
	cs, _ = claimsOf(t, q, answer("It is tempting to stop there and blame the censors for everything."))
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "a view set up to be knocked down asserted")
	// the writer's own view still asserts
	cs, _ = claimsOf(t, q, answer("The censors are to blame: scripts are cut until nothing is left."))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
}

// Denying censorship as the obstacle is the counter-argument that it is
// only an excuse (the taxonomy's "denies"), said without the word excuse.
func TestDeniedCauseArguesItsCounter(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("问题不是审查，而是资本太浮躁，只想赚快钱。"))
	mustFind(t, cs, "censorship_content_restrictions", "denies")
	mustFind(t, cs, "censorship_is_an_excuse", "asserts")
	// asserting censorship argues no counter
	cs, _ = claimsOf(t, question, answer("根本原因是审查太严。"))
	mustNotFind(t, cs, "censorship_is_an_excuse", "asserts", "an asserted cause argued its counter")
}

// 不是…吗 asks a question that expects "yes": it asserts what it seems to
// deny, and so argues no counter-argument either.
func TestRhetoricalNotQuestionAsserts(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("那部获奖的片子不是下架了吗 还有一部也不给播了"))
	mustNotFind(t, cs, "banned_at_home_acclaimed_abroad", "denies", "a rhetorical question read as a denial")
	mustNotFind(t, cs, "censorship_is_an_excuse", "asserts", "a rhetorical question argued the counter")
	cs, _ = claimsOf(t, question, answer("问题不是审查。"))
	mustFind(t, cs, "censorship_content_restrictions", "denies")
	// 怕不是 (I'd bet) asserts
	cs, _ = claimsOf(t, question, answer("怕不是大片都过不了审......"))
	mustNotFind(t, cs, "censorship_content_restrictions", "denies", "怕不是 read as a denial")
}

// Ways a thread sets a cause aside without 不是: blame shifted onto it
// (把一切都推给审查), a concession before the real point (审查当然存在，
// 但…), a cause that cannot stop a good film (偏见挡不住), a clause that
// calls the cause an excuse. An announcement (说个细节) argues nothing, and
// a weak word in scare quotes (因“技术原因”撤出) is a term, not a judgement.
func TestCausesSetAside(t *testing.T) {
	for _, tc := range []struct {
		text, absent, present string
	}{
		{"把一切都推给审查就太省事了。", "censorship_content_restrictions", "censorship_is_an_excuse"},
		{"审查当然存在，但真正的问题在别处。", "censorship_content_restrictions", ""},
		{"好片子，偏见挡不住。", "western_bias_geopolitics", ""},
		{"审查是个很方便的借口。", "censorship_content_restrictions", "censorship_is_an_excuse"},
		{"该片因为“技术问题”撤出了影展。", "vfx_technical_gap", ""},
		{"高赞说是审查的锅，我不太同意。", "censorship_content_restrictions", "censorship_is_an_excuse"},
		{"所以说出不了海是因为特效差，我不认。", "vfx_technical_gap", ""},
		{"特效早就不是瓶颈了。", "vfx_technical_gap", ""},
		{"还有人提议干脆做英语配音。", "subtitles_viewing_habits", ""},
		{"很多人以为特效不行，其实不然。", "vfx_technical_gap", ""},
		{"宣发当然有问题，但再好的宣发也救不了烂片。", "distribution_marketing_gap", ""},
		// an excuse said of another cause denies that cause, not censorship
		{"字幕只是个借口，好看的片子大家照样看。", "censorship_is_an_excuse", ""},
		{"字幕只是个借口，好看的片子大家照样看。", "subtitles_viewing_habits", ""},
		{"前几天看到一位导演在论坛上说，走不出去是因为西方对中国有偏见。", "western_bias_geopolitics", ""},
		{"西方对中国有没有偏见？", "western_bias_geopolitics", ""},
		{"那时候中国的国力远不如现在，它照样在北美卖了一亿多美元。", "weak_soft_power_discourse", ""},
		// the writer's own judgement still asserts
		{"根本原因是审查太严，技术问题也很严重。", "", "censorship_content_restrictions"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			cs, _ := claimsOf(t, question, answer(tc.text))
			if _, ok := find(cs, tc.absent, "asserts"); ok && tc.absent != "" {
				t.Errorf("%s asserted", tc.absent)
			}
			if tc.present != "" {
				mustFind(t, cs, tc.present, "asserts")
			}
		})
	}
	cs, _ := claimsOf(t, question, answer("做了几年字幕翻译，说个细节。"))
	if len(cs) != 0 {
		t.Errorf("an announcement argued %v", cs)
	}
}

// A set-aside or rejecting cue is a whole phrase (先不提了, 我不认。), not
// the first characters of a longer word: 不提供 (does not provide), 不提高
// (does not raise), 我不认为 (I don't think) and 我不认识 (I don't know)
// set nothing aside, and the cause before them is still asserted.
func TestSetAsideNotInsideLongerWord(t *testing.T) {
	for _, tc := range []struct{ text, cause string }{
		{"审查太严，又不提高艺术水平，自然走不出去。", "censorship_content_restrictions"},
		{"字幕翻译太差，平台也不提供英文字幕，外国观众根本看不懂。", "subtitles_viewing_habits"},
		{"审查太严了，我不认为这种环境能拍出好片。", "censorship_content_restrictions"},
		{"特效太差，我不认识几个做特效的。", "vfx_technical_gap"},
		{"片方很少把片子推到海外发行，宣发太弱了。", "distribution_marketing_gap"},
	} {
		cs, _ := claimsOf(t, question, answer(tc.text))
		mustFind(t, cs, tc.cause, "asserts")
		mustNotFind(t, cs, tc.cause, "denies", "%q denies %s", tc.text, tc.cause)
	}
	for _, text := range []string{"审查太严这一点，这里先不提了。", "审查那一套不提，先说发行。", "说是审查的锅，我不认。", "把失败都推到审查上，未免太省事。"} {
		cs, _ := claimsOf(t, question, answer(text))
		mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "%q: a cause set aside asserted", text)
	}
}

// A trigger word inside an idiom (真实存在, the real story) names no cause,
// and a unit in which the writer presents themself (利益相关, 在一家…干了
// 七八年) argues nothing.
func TestIdiomsAndCredentials(t *testing.T) {
	for _, tc := range []struct{ text, absent string }{
		{"文化差异真实存在，这没什么可争的。", "avoids_reality_no_social_critique"},
		{"That is not the whole story, and the films are not bad.", "weak_storytelling_script"},
		{"第四，要讲好具有人类共通价值的中国故事。", "weak_storytelling_script"},
		{"它在网飞上一度冲进非英语片榜前列。", "subtitles_viewing_habits"},
		{"只有这两件事都做扎实了，走出去才不会只是一句口号。", "propaganda_main_melody"},
		{"第三，海外发行和宣传几乎是空白。", "propaganda_main_melody"},
		{"不过这类片子没法上映，所以不赚钱。", "capital_speculation_money"},
		{"国产主旋律大片除外，这里不谈。", "propaganda_main_melody"},
		{"1. 网文相关报告 http://example.com/report", "tv_games_webnovels_do_travel"},
		{"The film was pulled from Berlin for \"technical reasons\" and came out later.", "vfx_technical_gap"},
		{"利益相关：在一家做海外发行的公司干了七八年，北美的片子基本都经手过。", "distribution_marketing_gap"},
	} {
		cs, _ := claimsOf(t, question, answer(tc.text))
		mustNotFind(t, cs, tc.absent, "asserts", "%q asserted %s", tc.text, tc.absent)
	}
	// a trigger longer than an idiom it holds is still read
	cs0, _ := claimsOf(t, question, answer("我们应该讲好中国故事。"))
	mustFind(t, cs0, "rx_shared_values_narrative", "asserts")
	// a credential with a causal word still argues
	cs, _ := claimsOf(t, question, answer("利益相关，做发行的：卖不动就是因为发行渠道太窄。"))
	mustFind(t, cs, "distribution_marketing_gap", "asserts")
}

// Advice as threads and op-eds give it (建议片方…合拍, 不如…, 真该学学,
// what China needs is…) prescribes; "the film market" is not the film
// markets a festival holds.
func TestAdviceAsPrescription(t *testing.T) {
	for _, tc := range []struct{ text, cause string }{
		{"建议片方与海外伙伴合拍。", "rx_coproduction_ecosystem"},
		{"所以我觉得真该学学人家，直接上流媒体平台。", "rx_streaming_platforms_microdrama"},
		{"What China needs is its own co-production model.", "rx_coproduction_ecosystem"},
	} {
		cs, _ := claimsOf(t, question, answer(tc.text))
		mustFind(t, cs, tc.cause, "asserts")
	}
	cs, _ := claimsOf(t, question, answer("这几年国内的票房一年比一年高，院线也越开越多，大家都看在眼里。", "与其说中国是最赚钱的电影市场，不如说是最卷的电影市场。", "每个档期都有几十部片子在抢排片。"))
	mustNotFind(t, cs, "rx_festivals_markets_presence", "asserts", "the film market read as festivals and markets")
}

// Scholarly prose: a reason denied after a negated verb (did not fail
// because it was poorly made), a view attributed to commentators, an
// argument left aside, and a reference list, which argues nothing.
func TestScholarlyProse(t *testing.T) {
	const q = "Why don't Chinese films travel?"
	for _, tc := range []struct{ text, absent string }{
		{"The film did not fail abroad because it was poorly made.", "poor_overall_quality"},
		{"Some commentators attribute the problem to China's weak international discourse power.", "weak_soft_power_discourse"},
		{"Others point to weak discourse power, but I leave that argument aside here.", "weak_soft_power_discourse"},
	} {
		cs, _ := claimsOf(t, q, answer(tc.text))
		mustNotFind(t, cs, tc.absent, "asserts", "%q asserted %s", tc.text, tc.absent)
	}
	cs, _ := claimsOf(t, q, answer("The films are simply bad, and censorship makes them worse.", "References", "Smith, J. 1990. *Why Censorship Fails*. Boston: Beacon."))
	for _, c := range cs {
		if c.Span.Start > 60 {
			t.Errorf("a reference list item argued %v", causeIDs(c))
		}
	}
	mustFind(t, cs, "poor_overall_quality", "asserts")
}

// A catch-all judgement judges the weak word of its clause (剧情方面比不上
// 国外: the story, not "just bad").
func TestCatchAllJudgesItsClause(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("这几年我看了不少国产片，有好有坏，整体来说进步很大，特效方面已经追上来了，但是动作设计还差一点。",
		"剧情方面比不上国外那些以剧情为主的电影。", "当然这只是我个人的看法，大家随便听听就好。"))
	mustFind(t, cs, "weak_storytelling_script", "asserts")
	mustNotFind(t, cs, "poor_overall_quality", "asserts", "the catch-all argued beside the cause it judges")
}

// An article paragraph that opens by announcing the reason (原因说来简单：)
// explains what the paragraph before it stated: its sentences argue, and
// speak of the films abroad, without a causal word or a foreign market of
// their own. Without the lead, the same sentence only describes.
func TestReasonLeadParagraphArgues(t *testing.T) {
	before := para{"text", "喜剧总是春节档最赚钱的片种。可同样的片子拿到海外去，几乎没有人笑。"}
	cs, _ := claimsOf(t, "专栏", sec{kind: "chapter", paras: []para{before,
		{"text", "原因说来简单：喜剧靠台词。那些笑点大半藏在谐音里，翻成英文就只剩字面意思。"},
	}})
	mustFind(t, cs, "cultural_difference_untranslatable", "asserts")
	cs, _ = claimsOf(t, "专栏", sec{kind: "chapter", paras: []para{before,
		{"text", "说来简单，喜剧靠台词。那些笑点大半藏在谐音里，翻成英文就只剩字面意思。"},
	}})
	mustNotFind(t, cs, "cultural_difference_untranslatable", "asserts", "a paragraph without a reason lead read as an argument")
}

// 宣传 is promotion where nobody does it (没人宣传), not propaganda; a
// trigger judged as good as the yardstick (特效不输好莱坞) is praise.
func TestPromotionAndNotBehind(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("说到底就是没人推。好片子没人宣传，等于白拍。"))
	mustFind(t, cs, "distribution_marketing_gap", "asserts")
	mustNotFind(t, cs, "propaganda_main_melody", "asserts", "没人宣传 read as propaganda")
	cs, _ = claimsOf(t, question, answer("海外发行基本就是把版权打包卖给销售公司，没人管宣传，上映一周就下了。"))
	mustNotFind(t, cs, "propaganda_main_melody", "asserts", "没人管宣传 read as propaganda")
	cs, _ = claimsOf(t, question, answer("我室友说特效不输好莱坞，但全程都在问为什么所有人都抢着去牺牲。"))
	mustNotFind(t, cs, "vfx_technical_gap", "asserts", "特效不输好莱坞 read as a gap in effects")
}

// Paragraphs that open with an ordinal under a lead that announces
// remedies (我补几条建设性的。) are remedies, the sentences after each
// ordinal included; 中美合拍 is a co-production, not geopolitics.
func TestOrdinalParagraphsUnderRemedyLead(t *testing.T) {
	cs, _ := claimsOf(t, question, answer(
		"诊断的多，开药方的少，我补几条建设性的。",
		"第一，借流媒体出海。《烽火少年》把海外版权卖给了平台，看的人比上映时多。",
		"第二，多去电影节和电影市场。",
	))
	mustFind(t, cs, "rx_streaming_platforms_microdrama", "asserts")
	mustFind(t, cs, "rx_festivals_markets_presence", "asserts")
	cs, _ = claimsOf(t, question, answer("《烽火少年》是中美合拍的，最后两个市场都认。"))
	mustNotFind(t, cs, "western_bias_geopolitics", "asserts", "中美合拍 read as geopolitics")
}

// A question that hands the floor to someone (…您怎么看？) asks about its
// topic; a film that came through the cause (顺利过审) argues nothing of it.
func TestAskedAndCameThrough(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("主持人：刚才提到审批周期太长的问题，柯老师怎么看？"))
	if len(cs) != 0 {
		t.Errorf("a question to a panelist read as %d claims: %+v", len(cs), cs)
	}
	cs, _ = claimsOf(t, question, answer("这两部片子都顺利过审上映了。"))
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "顺利过审 read as censorship")
}

// English idiom for the causes: films that can cross over have travelled;
// a film that disappeared from every streaming platform at home was
// banned there; no room on screens the majors book is Hollywood's hold.
func TestEnglishCrossOverAndMajors(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("So Chinese films absolutely can cross over."))
	mustFind(t, cs, "already_succeeded_abroad", "asserts")
	cs, _ = claimsOf(t, question, answer("It won prizes in Berlin and then disappeared from every Chinese streaming platform."))
	mustFind(t, cs, "banned_at_home_acclaimed_abroad", "asserts")
	cs, _ = claimsOf(t, question, answer("There's simply no room: the majors book the summer a year in advance."))
	mustFind(t, cs, "hollywood_dominance", "asserts")
}

// 问题不在X denies X; 天花板, 一线水准 praise the trigger before them.
func TestProblemNotInAndCeiling(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("看过的外国观众打分都不低，所以问题真不在质量本身。"))
	mustNotFind(t, cs, "poor_overall_quality", "asserts", "问题真不在质量 read as asserting poor quality")
	cs, _ = claimsOf(t, question, answer("这片子的特效我愿称之为国产天花板，放到好莱坞也是一线水准。"))
	mustNotFind(t, cs, "vfx_technical_gap", "asserts", "特效…天花板 read as a gap in effects")
}

// Logic and competition in other senses (传播逻辑, 国际竞争力, the Cannes
// competition) are not a story's logic or the industry's weakness.
func TestLogicAndCompetitionIdioms(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("传播效果不佳，根源在于传播逻辑本身。"))
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "传播逻辑 read as a weak script")
	cs, _ = claimsOf(t, question, answer("渠道的缺位，使得一些具备国际竞争力的作品未能触达观众。"))
	mustNotFind(t, cs, "immature_industrial_system", "asserts", "国际竞争力 read as an immature industry")
}

// 做全产业链的IP is the film-plus remedy, not IP-chasing imitation; a
// story that can be understood without its local background is the
// shared-values remedy, not a weak script.
func TestIPChainAndUnderstoodStory(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("建议如下：", "第三，做全产业链的IP。"))
	mustFind(t, cs, "rx_ip_film_plus", "asserts")
	mustNotFind(t, cs, "lack_of_distinctiveness_imitation", "asserts", "全产业链的IP read as imitation")
	cs, _ = claimsOf(t, question, answer("建议如下：", "第四，讲不依赖本土背景也能看懂的故事。"))
	mustFind(t, cs, "rx_shared_values_narrative", "asserts")
}

// A cause downplayed (explains less than it seems to, 被夸大) is denied,
// which argues that it is an excuse.
func TestCauseDownplayed(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("And yet censorship explains less than it seems to."))
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "censorship explains less read as asserting censorship")
	mustFind(t, cs, "censorship_is_an_excuse", "asserts")
}

// 下功夫 is effort, not kung fu; 最现实的 is practical, not realism.
func TestEffortAndPracticalIdioms(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("其一，在讲好中国故事上下功夫。"))
	mustNotFind(t, cs, "kung_fu_wuxia_decline", "asserts", "下功夫 read as kung fu")
	cs, _ = claimsOf(t, question, answer("第三，也是最现实的：没有人去卖它。"))
	mustNotFind(t, cs, "avoids_reality_no_social_critique", "asserts", "最现实的 read as avoiding reality")
}

// 没在国内公映 after a prize abroad is banned at home; a prize name (最佳编剧)
// is no judgement of scripts; 谁说出不去 and 最卖座的外语片 answer that films
// did travel.
func TestBannedAtHomeAndPrizeNames(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("《烽火少年》2013年拿了戛纳最佳编剧，到今天也没在国内公映过。"))
	mustFind(t, cs, "banned_at_home_acclaimed_abroad", "asserts")
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "最佳编剧 read as a weak script")
	cs, _ = claimsOf(t, question, answer("谁说出不去？《烽火少年》到现在还是北美最卖座的外语片。"))
	mustFind(t, cs, "already_succeeded_abroad", "asserts")
}

// An essay that answers its own why (The third answer is language) argues
// in that sentence.
func TestEssayAnswerIsCausal(t *testing.T) {
	s := sec{kind: "chapter", paras: []para{
		{"text", "Why do Chinese films struggle abroad?"},
		{"text", "The third answer is the wordplay of its comedies, which sell the most tickets at home."},
	}}
	cs, _ := claimsOf(t, "Why Chinese films do not travel abroad", s)
	mustFind(t, cs, "cultural_difference_untranslatable", "asserts")
}

// A one-line turn of a chat takes its subject from the turns before it:
// the conversation is about films abroad though the turn does not say so.
func TestChatTurnTakesSubjectFromTurnsBefore(t *testing.T) {
	s := sec{kind: "article", paras: []para{
		{"text", "林晓川：醒着的都起来！颁奖结束了"},
		{"text", "周周：啊啊啊啊我就知道"},
		{"text", "阿May：你酸了"},
		{"text", "小鹿：刚下班，错过了什么"},
		{"text", "大熊：国产片在海外总是卖不动，说了多少年了"},
		{"text", "周周：我也想知道"},
		{"text", "Kevin：拍不好就是拍不好，别老拿审查当挡箭牌"},
		{"text", "阿May：睡了睡了"},
		{"text", "小鹿：晚安"},
		{"text", "周周：明天见"},
	}}
	cs, _ := claimsOf(t, "群聊记录", s)
	mustFind(t, cs, "censorship_is_an_excuse", "asserts")
}

// An article that asks why in its title argues throughout: a sentence
// naming a cause counts without a causal word of its own in its clause,
// as it would in a thread's answer; a report does not.
func TestWhyTitledEssayArgues(t *testing.T) {
	body := sec{kind: "article", paras: []para{
		{"text", "Every Chinese release needs the approval of the China Film Administration, first as a script and again as a finished cut. Few of these films reach foreign audiences."},
	}}
	cs, _ := claimsOf(t, "Why China's blockbusters don't travel", body)
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
	cs, _ = claimsOf(t, "China's blockbusters in 2024", body)
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "a report's description read as an argument")
}

// English for a film kept from screens at home and for approval withheld.
func TestNeverReleasedAndApprovalWithheld(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("A Touch of Sin won best screenplay at Cannes and was never released in Chinese cinemas."))
	mustFind(t, cs, "banned_at_home_acclaimed_abroad", "asserts")
	cs, _ = claimsOf(t, question, answer("Everyone understood that the approval hadn't come through, so the film was pulled."))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
}

// A view the writer reports (还有一种声音认为…) is not the writer's claim.
func TestReportedVoice(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("还有一种声音认为，国内市场体量足够大，没必要出海。"))
	mustNotFind(t, cs, "domestic_market_sufficient_no_incentive", "asserts", "a reported voice read as the writer's claim")
}

// 楼上说审查的 reports an earlier answer; 贫富差距 is no gap in quality;
// 电视剧倒是出去了 argues that TV travels.
func TestThreadReplyIdioms(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("楼上说审查的，那《烽火少年》是怎么过的？"))
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "楼上说审查的 read as asserting censorship")
	cs, _ = claimsOf(t, question, answer("奉俊昊敢把贫富差距直接怼到观众脸上。"))
	mustNotFind(t, cs, "poor_overall_quality", "asserts", "贫富差距 read as poor quality")
	cs, _ = claimsOf(t, question, answer("电影出不去，电视剧倒是出去了。"))
	mustFind(t, cs, "tv_games_webnovels_do_travel", "asserts")
}

// No poster to be seen is no promotion.
func TestNoPoster(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("宣传？不存在的，连张海报都没看到。"))
	mustFind(t, cs, "distribution_marketing_gap", "asserts")
}

// Review guards: a negated "came through" (没能顺利过审) or praise (not on
// par with Hollywood) leaves the cause asserted; the chat-turn look-back
// is for speaker turns only; an article asking why about something other
// than films abroad still needs its paragraph to speak of them.
func TestNegatedOvercomeAndPraise(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("这部片子没能顺利过审，只好撤档。"))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
	cs, _ = claimsOf(t, question, answer("Its visual effects are still not on par with Hollywood."))
	mustFind(t, cs, "vfx_technical_gap", "asserts")
	report := []para{{"text", "海外发行收入同比下降。"}}
	for i := 0; i < 8; i++ {
		report = append(report, para{"text", "国内院线的排片继续向头部集中。"})
	}
	report = append(report[:2], append([]para{{"text", "剧本质量参差不齐。"}}, report[2:]...)...)
	cs, _ = claimsOf(t, "年度电影产业报告", sec{kind: "chapter", paras: report})
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "a short report paragraph took a subject from the paragraphs before it")
	cs, _ = claimsOf(t, "为什么今年春节档这么火", sec{kind: "article", paras: []para{{"text", "今年的剧本明显比往年扎实，审查也宽松了些。"}}})
	if len(cs) != 0 {
		t.Errorf("a why-titled article about the box office at home argued %d causes", len(cs))
	}
}

// Triggers pruned by their record across every annotated set (corpus and
// dev to dev6): 短板 names no cause of its own (真正的短板是编剧), 不是走不出
// opens "but unwilling" more often than "already abroad", and 台词 needs a
// judgement of its own to argue a weak script.
func TestPrunedTriggers(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("真正的短板是编剧。"))
	mustNotFind(t, cs, "immature_industrial_system", "asserts", "短板 read as an immature industry")
	cs, _ = claimsOf(t, question, answer("所以不是走不出去，是压根没想走。"))
	mustNotFind(t, cs, "already_succeeded_abroad", "asserts", "不是走不出去 read as films already abroad")
	cs, _ = claimsOf(t, question, answer("上周末陪我妈去看了一部老电影，影院里人不多。", "这部片子的台词大多是上海话，我妈全听懂了。", "散场以后我们去吃了生煎。"))
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "台词 described, not judged, read as a weak script")
}

// 戴着 makes a metaphor only as 戴着镣铐跳舞 and its kin: a director
// wearing glasses is no analogy, so a weak word beside it (故事) argues
// nothing.
func TestWearingIsNoAnalogy(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("我上周去看了首映，放映厅坐满了人。", "映后交流的时候，那位导演戴着眼镜在台上讲了拍摄期间的一个故事，大家都笑了。", "散场以后我们又去吃了宵夜。"))
	mustNotFind(t, cs, "weak_storytelling_script", "asserts", "戴着眼镜 read as an analogy that argues 故事")
	cs, _ = claimsOf(t, question, answer("戴着镣铐跳舞，故事能讲好吗"))
	mustFind(t, cs, "weak_storytelling_script", "asserts")
}

// A where-question denies the cause it asks about (哪里是猎奇？, 哪里卖惨了？);
// a question that asks where in earnest (问题出在哪里？) denies nothing.
func TestWhereIsItDenies(t *testing.T) {
	for _, text := range []string{
		"《白日焰火》是黑色犯罪片，哪里卖惨了？评委看的是手艺。",
		"它讲的是草原上的一户牧民，哪里是猎奇？",
	} {
		cs, _ := claimsOf(t, question, answer(text))
		mustNotFind(t, cs, "orientalist_self_othering", "asserts", "%s: the cause it denies asserted", text)
	}
	cs, _ := claimsOf(t, question, answer("审查太严了，你说问题出在哪里？"))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
}

// A Latin trigger starts a word: "live-action films" holds no "action
// films" (kung-fu's decline).
func TestHyphenatedWordHoldsNoTrigger(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("Outside Hollywood, basically nobody's live-action films travel to a mass Western audience."))
	mustNotFind(t, cs, "kung_fu_wuxia_decline", "asserts", "live-action read as action films")
}

// "X is the real answer" prescribes X; Hollywood owning the world's
// distribution is its dominance.
func TestIsTheAnswerPrescribes(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("Streaming is the real answer and China has been weirdly slow on it. Put the films where people already watch things."))
	mustFind(t, cs, "rx_streaming_platforms_microdrama", "asserts")
	cs, _ = claimsOf(t, question, answer("People are missing the structural point. Hollywood has owned worldwide distribution for a century."))
	mustFind(t, cs, "hollywood_dominance", "asserts")
}

// A cause named as a theory and dismissed is denied (卖惨论我真的听腻了,
// the censorship theory doesn't hold water); a plot that 经不起推敲 is
// still a weak script.
func TestTheoryDismissed(t *testing.T) {
	for _, tc := range []struct{ text, cause string }{
		{"卖惨论我真的听腻了，评委看的是手艺。", "orientalist_self_othering"},
		{"审查的说法根本站不住脚，问题出在发行。", "censorship_content_restrictions"},
		{"The censorship theory doesn't hold water: plenty of approved films never travel.", "censorship_content_restrictions"},
	} {
		cs, _ := claimsOf(t, question, answer(tc.text))
		mustNotFind(t, cs, tc.cause, "asserts", "%s: %s asserted", tc.text, tc.cause)
	}
	cs, _ := claimsOf(t, question, answer("剧情经不起推敲，外国观众看不下去。"))
	mustFind(t, cs, "weak_storytelling_script", "asserts")
}

// A forum notice (提醒：本吧禁止…, 【公告】) states the thread's rules, not a
// view in its debate; 提醒一句 opening a view is no notice.
func TestNoticeArguesNothing(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("提醒：本吧禁止发布盗版资源链接，求资源的请私信解决，违者删帖。"))
	if len(cs) > 0 {
		t.Errorf("a moderator's notice made claims: %v", cs)
	}
	cs, _ = claimsOf(t, question, answer("提醒一句，审查才是国产片出不去的根本原因。"))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
}

// 也该, 早该, 就该 prescribe as 应该 does: 我们的好片子也该早点上流媒体.
func TestShouldModalsPrescribe(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("看看隔壁。我们的好片子也该早点上流媒体，别等热度凉透了才想起来卖海外。"))
	mustFind(t, cs, "rx_streaming_platforms_microdrama", "asserts")
}

// An article whose title asks why films do not travel (走不出去 is a cue of
// films abroad, though it holds no word for abroad) argues about travelling
// throughout, as a thread's answer under that question does.
func TestArticleTitledWithAbroadQuestionArgues(t *testing.T) {
	cs, _ := claimsOf(t, "国产电影为什么走不出去？", article("根本原因是审查太严，很多题材不能拍。"))
	mustFind(t, cs, "censorship_content_restrictions", "asserts")
	// the same body under a title about something else stays a description
	cs, _ = claimsOf(t, "国产电影为什么越拍越长？", article("根本原因是审查太严，很多题材不能拍。"))
	mustNotFind(t, cs, "censorship_content_restrictions", "asserts", "title not about travelling")
}

// In an interview the interviewee's turns argue as a thread's answers do:
// a clause without an explaining cue counts there (喜剧最吃文化背景), and in
// the paragraphs that continue the turn; the interviewer's questions and
// the same sentence in an article's own prose do not.
func TestIntervieweeTurnsArgue(t *testing.T) {
	const said = "喜剧最吃文化背景，欧洲片商看完只记得几句方言。"
	const more = "院线排片只给首周末，海外发行基本靠华人影院。"
	cs, _ := claimsOf(t, "对话一位制片人", article(
		"记者：中国喜剧在海外好卖吗？",
		"王立：很难。"+said,
		more,
		"记者：那动作片呢？",
		"王立：好一些。",
	))
	mustFind(t, cs, "cultural_difference_untranslatable", "asserts")
	mustFind(t, cs, "distribution_marketing_gap", "asserts")
	cs, _ = claimsOf(t, "一位制片人的海外见闻", article("他去年带着三部喜剧跑了欧洲的几个市场。"+said, more))
	mustNotFind(t, cs, "cultural_difference_untranslatable", "asserts", "an article's description is not an interviewee's view")
	// one question alone does not make an interview
	cs, _ = claimsOf(t, "一位制片人的海外见闻", article("记者：中国喜剧在海外好卖吗？", "王立："+said))
	mustNotFind(t, cs, "cultural_difference_untranslatable", "asserts", "one question is not an interview")
}

// A foreign film is no example of the catch-all "our films are bad"
// (落后的东西); when that is the nearest claim, the film goes to another
// claim of its sentence that it does illustrate.
func TestForeignFilmSkipsCatchAllForOtherClaimOfItsUnit(t *testing.T) {
	d := buildDoc(question, answer("国外各大电影节更希望中国人拍表现中国没人权、落后的东西，正如伊朗《小鞋子》。"))
	cs := analyze(t, withMentions(d, map[string]string{"小鞋子": "IR"}))
	c := mustFind(t, cs, "orientalist_self_othering", "asserts")
	if len(c.Cites) != 1 || c.Cites[0].Entity != schema.WorkIRI("小鞋子") {
		t.Errorf("orientalism claim cites %v, want 小鞋子", c.Cites)
	}
	for _, c := range cs {
		for _, l := range c.Causes {
			if l.CauseID == "poor_overall_quality" && len(c.Cites) > 0 {
				t.Errorf("catch-all claim cites the foreign film: %v", c.Cites)
			}
		}
	}
}

// "American" and "outside China" say a sentence speaks of films abroad, as
// 北美 does: an article's distribution complaint counts where they stand.
func TestAmericanAndOutsideChinaSpeakOfAbroad(t *testing.T) {
	for _, abroad := range []string{"The American distributor", "Outside China, the distributor"} {
		cs, _ := claimsOf(t, "Notes on a space epic", article(abroad+" gave the film almost no marketing, which is why it vanished."))
		mustFind(t, cs, "distribution_marketing_gap", "asserts")
	}
	cs, _ := claimsOf(t, "Notes on a space epic", article("The distributor gave the film almost no marketing, which is why it vanished."))
	mustNotFind(t, cs, "distribution_marketing_gap", "asserts", "nothing abroad")
}

// A trigger word that names a prize category (最佳外语片, best screenplay)
// is not the cause it spells: the film won or was nominated.
func TestPrizeCategoryIsNoCause(t *testing.T) {
	for _, text := range []string{
		"在海外最成功的还是《卧虎藏龙》，北美票房一亿多美元，还拿了奥斯卡最佳外语片。",
		"Even a Best Visual Effects award could not sell it overseas.",
	} {
		cs, _ := claimsOf(t, question, answer(text))
		for _, c := range cs {
			for _, id := range causeIDs(c) {
				if id == "subtitles_viewing_habits" || id == "vfx_technical_gap" {
					t.Errorf("%q: prize category read as %s", text, id)
				}
			}
		}
	}
	// the same words outside a prize name still argue
	cs, _ := claimsOf(t, question, answer("问题在于剧本太弱，外语片在北美本来就难卖。"))
	mustFind(t, cs, "weak_storytelling_script", "asserts")
}

// 该片 / the film points back at the one film just named, in the paragraph
// before when its own names none: the claim cites that film.
func TestSingularAnaphorCitesTheFilmJustNamed(t *testing.T) {
	for _, paras := range [][]string{
		{"上个月在巴黎看了《雨夜来客》和《烽火少年》，场子坐了七八成。", "该片在国内被各个平台下架了，审查太严。"},
		{"Last month I finally saw 烽火少年 in a small Paris cinema.", "The film was pulled from every platform at home because the censors objected."},
	} {
		d := buildDoc(question, answer(paras...))
		cs := analyze(t, withMentions(d, map[string]string{"烽火少年": "中国", "雨夜来客": "中国"}))
		found := false
		for _, c := range cs {
			for _, ct := range c.Cites {
				if ct.Entity == schema.WorkIRI("雨夜来客") {
					t.Errorf("%q: cites the film named before the last one", paras[1])
				}
				if ct.Entity == schema.WorkIRI("烽火少年") && c.Stance == "asserts" {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: the anaphor's film is not cited: %v", paras[1], cs)
		}
	}
}

// 被…拖垮 (dragged down by) says what holds films back, as 拖累 does: the
// weak triggers of its clause argue.
func TestDraggedDownArgues(t *testing.T) {
	cs, _ := claimsOf(t, "《封神》短评", article("国产大片在海外卖不动，一半是被流量和替身拖垮的。"))
	mustFind(t, cs, "traffic_stars_casting_acting", "asserts")
}

// A reply under a post (名字：回复 @名字：…) argues as an answer does, though
// the page is read as one article.
func TestRepliesArgueAsAnswers(t *testing.T) {
	const reply = "主演全是顶流，片酬吃掉一半预算，剩下的钱拍出来能好看吗？"
	cs, _ := claimsOf(t, "国产电影出海观察", article("春节档又刷新了纪录，海外票房却只有零头。", "小周：回复 @老周："+reply))
	mustFind(t, cs, "traffic_stars_casting_acting", "asserts")
	cs, _ = claimsOf(t, "国产电影出海观察", article("春节档又刷新了纪录，海外票房却只有零头。", "据报道，"+reply))
	mustNotFind(t, cs, "traffic_stars_casting_acting", "asserts", "not a reply")
}

// A timed transcript's turns ([00:12:40] MAYA: …) are turns like untimed
// ones: the guest's answers argue.
func TestTimedTranscriptTurns(t *testing.T) {
	cs, _ := claimsOf(t, "Second Reel, episode 112", article(
		"[00:00:04] MAYA: So what happened when it opened in America?",
		"[00:00:09] TOM: Subtitles. A three-hour subtitled film in a suburban multiplex.",
		"[00:00:15] MAYA: And the festivals?",
		"[00:00:18] TOM: They liked it fine.",
	))
	mustFind(t, cs, "subtitles_viewing_habits", "asserts")
}

// 别扯什么X / 别拿X说事 dismiss X: the writer denies it.
func TestDismissalDenies(t *testing.T) {
	for _, text := range []string{"别扯什么文化差异，先把片子拍好再说。", "别拿文化差异说事，人家韩国片照样卖得动。"} {
		cs, _ := claimsOf(t, question, answer(text))
		mustNotFind(t, cs, "cultural_difference_untranslatable", "asserts", "dismissed: %s", text)
		mustFind(t, cs, "cultural_difference_untranslatable", "denies")
	}
}

// A paragraph that names one of an essay's counted reasons (The second
// obstacle is…, 第二个障碍是…) argues it in every sentence.
func TestPointLeadParagraphArgues(t *testing.T) {
	for _, paras := range [][]string{
		{"The second obstacle is money. The domestic market is large enough that going abroad looks optional."},
		{"第二个障碍是钱。国内市场足够大，出海看起来可有可无。"},
	} {
		cs, _ := claimsOf(t, "Notes on a river noir", article(paras...))
		mustFind(t, cs, "domestic_market_sufficient_no_incentive", "asserts")
	}
}

// A news story's sentence that reports a source's view in indirect speech
// (他介绍，…) argues, as an answer does, without a cue of its own.
func TestAttributedSentenceArgues(t *testing.T) {
	const view = "西班牙有深厚的配音传统，绝大多数进口影片以配音版本在海外院线上映。"
	cs, _ := claimsOf(t, "中国电影周在马德里开幕", article("开幕式上放映了三部新片。", "莫雷诺介绍，"+view))
	mustFind(t, cs, "subtitles_viewing_habits", "asserts")
	cs, _ = claimsOf(t, "中国电影周在马德里开幕", article("开幕式上放映了三部新片。", "据了解，"+view))
	mustNotFind(t, cs, "subtitles_viewing_habits", "asserts", "no source")
}

// A short answer that brings up one film and argues after it cites that
// film for its claims, even from the paragraph before (举个反例：《X》。/
// 这片子…只有字幕的片子天然吃亏); an answer naming two films does not.
func TestShortAnswerCitesItsOneFilm(t *testing.T) {
	films := map[string]string{"烽火少年": "中国", "雨夜来客": "中国"}
	cites := func(cs []facts.Claim, cause, film string) bool {
		for _, c := range cs {
			for _, ct := range c.Cites {
				if hasCauseID(&c, cause) && ct.Entity == schema.WorkIRI(film) {
					return true
				}
			}
		}
		return false
	}
	const argued = "日本观众习惯看配音版，只有字幕的片子天然吃亏。"
	d := buildDoc(question, answer("举个反例：《烽火少年》。", "这片子在国内偏小众。"+argued))
	if cs := analyze(t, withMentions(d, films)); !cites(cs, "subtitles_viewing_habits", "烽火少年") {
		t.Errorf("the answer's one film is not cited: %v", cs)
	}
	d = buildDoc(question, answer("举个反例：《烽火少年》和《雨夜来客》。", "这两部在国内偏小众。"+argued))
	if cs := analyze(t, withMentions(d, films)); cites(cs, "subtitles_viewing_habits", "烽火少年") {
		t.Errorf("two films: one of them cited for the later claim")
	}
}

// A missing foreign party (没有英国发行商愿意…) is a failing of the films'
// reach; a description of the industry abroad (英国发行商习惯…) is not.
func TestMissingForeignPartyArgues(t *testing.T) {
	cs, _ := claimsOf(t, question, answer("影评界一片好评，然后便销声匿迹：没有英国发行商愿意为它们冒险。"))
	mustFind(t, cs, "distribution_marketing_gap", "asserts")
	cs, _ = claimsOf(t, question, answer("英国发行商一向只做好莱坞的片子，这是他们的生意。"))
	mustNotFind(t, cs, "distribution_marketing_gap", "asserts", "the industry abroad described")
}
