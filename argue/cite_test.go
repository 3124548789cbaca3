package argue

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/filmgraph/filmgraph/facts"

	"github.com/filmgraph/filmgraph/schema"
)

// A bare list of titles, one per line, backs the claim above it even when
// a short line without a claim stands between them.
func TestCiteBareTitleList(t *testing.T) {
	d := buildDoc(question, answer(
		"根本原因是审查太严。",
		"没办法。",
		"《烽火少年》",
		"《竹林剑影》、《雨夜来客》",
	))
	b := withMentions(d, map[string]string{"烽火少年": "中国", "竹林剑影": "中国", "雨夜来客": "中国"})
	cs := analyze(t, b)
	for _, film := range []string{"烽火少年", "竹林剑影", "雨夜来客"} {
		if got := citedFor(cs, film); !slices.Contains(got, "censorship_content_restrictions") {
			t.Errorf("%s in the list under the claim cited for %v", film, got)
		}
	}
	// A full sentence of chat between claim and list: the list is not its
	// evidence.
	d = buildDoc(question, answer(
		"根本原因是审查太严。",
		"我在家里看了一下午的书，晚上又去楼下的小店吃了一碗面，面很好吃。",
		"《烽火少年》",
	))
	b = withMentions(d, map[string]string{"烽火少年": "中国"})
	if got := citedFor(analyze(t, b), "烽火少年"); len(got) != 0 {
		t.Errorf("title after unrelated lines cited for %v", got)
	}
}

// A foreign film named next to "Chinese films already travel" is a
// comparison, not evidence that Chinese films travel.
func TestCiteSucceededAbroadNeedsChineseFilm(t *testing.T) {
	d := buildDoc(question, answer("谁说走不出去？《竹林剑影》和《雨夜来客》都是北美外语片票房第一。"))
	b := withMentions(d, map[string]string{"竹林剑影": "CN", "雨夜来客": "KR"})
	cs := analyze(t, b)
	if got := citedFor(cs, "竹林剑影"); !slices.Contains(got, "already_succeeded_abroad") {
		t.Errorf("Chinese film cited for %v", got)
	}
	if got := citedFor(cs, "雨夜来客"); slices.Contains(got, "already_succeeded_abroad") {
		t.Errorf("Korean film cited as a Chinese film that travelled: %v", got)
	}
}

// A film whose own clause names a cause the section argues elsewhere is
// cited for that cause, not for the unrelated claim of the sentence before
// (report prose: a plain sentence naming a cause does not argue it).
func TestCiteClauseNamesArguedCause(t *testing.T) {
	d := buildDoc("报告", sec{kind: "chapter", paras: []para{
		{"text", "国产影片在海外的最大瓶颈在于发行渠道薄弱。"},
		{"text", "其次，同质化严重导致影片缺乏辨识度。"},
		{"text", "今年的《烽火少年》通过新的发行渠道在三个国家上映。"},
	}})
	b := withMentions(d, map[string]string{"烽火少年": "中国"})
	cs := analyze(t, b)
	if len(cs) != 2 {
		t.Fatalf("want the claims of the first two sentences only, got %d: %+v", len(cs), cs)
	}
	got := citedFor(cs, "烽火少年")
	if !slices.Contains(got, "distribution_marketing_gap") || slices.Contains(got, "lack_of_distinctiveness_imitation") {
		t.Errorf("film in a clause naming 发行渠道 cited for %v", got)
	}
}

// A foreign film beside the catch-all judgement is the yardstick the
// writer measures by, not an example of the problem; a Chinese one is.
func TestCiteCatchAllNotForForeignYardstick(t *testing.T) {
	d := buildDoc(question, answer("说到底就是质量太差，《烽火少年》这种和《雨夜来客》比差远了。"))
	b := withMentions(d, map[string]string{"烽火少年": "CN", "雨夜来客": "US"})
	cs := analyze(t, b)
	if got := citedFor(cs, "烽火少年"); !slices.Contains(got, "poor_overall_quality") {
		t.Errorf("Chinese film cited for %v, want poor_overall_quality: %+v", got, cs)
	}
	if got := citedFor(cs, "雨夜来客"); slices.Contains(got, "poor_overall_quality") {
		t.Errorf("foreign yardstick cited as an example of poor quality: %v", got)
	}
}

// Works set aside with 排除 / 除了 / 除外 are exceptions to the claim, not
// examples of it, also when listed in parentheses after the exception cue;
// a work named after the exception clause still is an example.
func TestCiteSkipsExceptions(t *testing.T) {
	for _, text := range []string{
		"排除少数文艺片（如：《竹林剑影》、《雨夜来客》等等），其他的都是剧本太烂，比如《烽火少年》。",
		"除了《竹林剑影》和《雨夜来客》以外，国产片的剧本太烂，比如《烽火少年》。",
		"《竹林剑影》《雨夜来客》除外，国产片的剧本太烂，比如《烽火少年》。",
	} {
		d := buildDoc(question, answer(text))
		b := withMentions(d, map[string]string{"竹林剑影": "中国", "雨夜来客": "中国", "烽火少年": "中国"})
		cs := analyze(t, b)
		for _, film := range []string{"竹林剑影", "雨夜来客"} {
			if got := citedFor(cs, film); len(got) != 0 {
				t.Errorf("%s: excepted %s cited for %v", text, film, got)
			}
		}
		if got := citedFor(cs, "烽火少年"); !slices.Contains(got, "weak_storytelling_script") {
			t.Errorf("%s: example after the exception cited for %v, want weak_storytelling_script", text, got)
		}
	}
}

// A weak cause word in a work's own clause counts when the clause judges
// it (《A》等故事讲得好的): the work is held up on the cause the answer
// argues elsewhere, not cited for the other claim of its sentence.
func TestCiteJudgedWeakWordInClause(t *testing.T) {
	d := buildDoc(question, answer(
		"国产片最大的问题是不会讲故事，剧本太假。",
		"就算当年，《竹林剑影》、《雨夜来客》等故事讲得好的进来也卖不动，因为国内市场太大了。",
	))
	b := withMentions(d, map[string]string{"竹林剑影": "意大利", "雨夜来客": "意大利"})
	cs := analyze(t, b)
	for _, film := range []string{"竹林剑影", "雨夜来客"} {
		got := citedFor(cs, film)
		if !slices.Contains(got, "weak_storytelling_script") || slices.Contains(got, "domestic_market_sufficient_no_incentive") {
			t.Errorf("%s cited for %v, want weak_storytelling_script only: %+v", film, got, cs)
		}
	}
}

// A policy or report named in a claim is its source or instrument, not a
// work cited as an example; a film in the same sentence still is.
func TestCiteSkipsSourceDocuments(t *testing.T) {
	d := buildDoc(question, answer("根据《影视出海若干措施》，出海最大的瓶颈在于发行渠道薄弱，比如《烽火少年》。"))
	b := withMentions(d, map[string]string{"影视出海若干措施": "中国", "烽火少年": "中国"})
	b.Entities[schema.WorkIRI("影视出海若干措施")].Kind = "policy"
	cs := analyze(t, b)
	if got := citedFor(cs, "影视出海若干措施"); len(got) != 0 {
		t.Errorf("policy cited for %v", got)
	}
	if got := citedFor(cs, "烽火少年"); !slices.Contains(got, "distribution_marketing_gap") {
		t.Errorf("film cited for %v, want distribution_marketing_gap: %+v", got, cs)
	}
}

// A catch-all verdict on one named film (最恶心的《长城》) judges that film;
// the film illustrates the claim of its sentence (迎合), and the verdict
// is not the argument that Chinese films are simply bad. With an abroad
// cue in its clause the verdict argues again.
func TestCiteVerdictOnOneFilm(t *testing.T) {
	d := buildDoc(question, answer("因为你只是在迎合人家的口味，最恶心的《烽火少年》，找两个外国人就想冲奥。"))
	b := withMentions(d, map[string]string{"烽火少年": "CN"})
	cs := analyze(t, b)
	got := citedFor(cs, "烽火少年")
	if !slices.Contains(got, "orientalist_self_othering") || slices.Contains(got, "poor_overall_quality") {
		t.Errorf("film judged in its own clause cited for %v, want orientalist_self_othering only: %+v", got, cs)
	}
	d = buildDoc(question, answer("《烽火少年》这种烂片在海外没人看。"))
	b = withMentions(d, map[string]string{"烽火少年": "CN"})
	if got := citedFor(analyze(t, b), "烽火少年"); !slices.Contains(got, "poor_overall_quality") {
		t.Errorf("verdict with an abroad cue not argued: %v", got)
	}
}

// A Chinese film praised in its own clause (都是很优秀的作品) is the
// writer's exception to the failing argued in another clause, not an
// example of it; a film judged badly there still is.
func TestCitePraisedFilmIsNotAnExample(t *testing.T) {
	d := buildDoc(question, answer("烽火少年，雨夜来客都是很优秀的作品，主要是主演的演技太差拉低了分数。"))
	b := withMentions(d, map[string]string{"烽火少年": "CN", "雨夜来客": "CN"})
	cs := analyze(t, b)
	for _, film := range []string{"烽火少年", "雨夜来客"} {
		if got := citedFor(cs, film); len(got) > 0 {
			t.Errorf("praised film %s cited for %v: %+v", film, got, cs)
		}
	}
	d = buildDoc(question, answer("烽火少年拍得很烂，主要是主演的演技太差。"))
	b = withMentions(d, map[string]string{"烽火少年": "CN"})
	if got := citedFor(analyze(t, b), "烽火少年"); !slices.Contains(got, "traffic_stars_casting_acting") {
		t.Errorf("film judged badly not cited: %v", got)
	}
}

// A trigger inside a work's title (《乡村爱情故事》) names the work; it
// argues nothing. The same words outside the title still do.
func TestTriggerInsideTitleIsNotACause(t *testing.T) {
	d := buildDoc(question, answer("国产片为什么走不出去？你看看《烽火爱情故事》这种，收视率一直很高，观众也都爱看。"))
	b := withMentions(d, map[string]string{"烽火爱情故事": "CN"})
	if _, ok := find(analyze(t, b), "forced_romance_genre_impurity", "asserts"); ok {
		t.Error("a trigger inside a title read as a cause")
	}
	d = buildDoc(question, answer("国产片为什么走不出去？什么题材都硬加爱情故事，观众看了都出戏。"))
	b = withMentions(d, nil)
	mustFind(t, analyze(t, b), "forced_romance_genre_impurity", "asserts")
}

// A title list that runs to the end of its unit with a trailing comma
// (文化折扣，《长城》，) has no clause after it: the citation ends there. It
// used to loop for ever looking for the next clause.
func TestCiteTrailingListBreakEnds(t *testing.T) {
	done := make(chan []facts.Claim)
	go func() {
		d := buildDoc(question, answer("文化折扣，《长城》，"))
		b := withMentions(d, map[string]string{"长城": "中国"})
		a, err := New(Options{})
		if err == nil {
			err = a.Analyze(b)
		}
		if err != nil {
			t.Error(err)
		}
		done <- b.Claims
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("Analyze did not return within a minute on 文化折扣，《长城》，")
	}
}

// A paragraph about one film offers it for every cause the paragraph
// argues, not only for the claim next to its title; a paragraph naming
// two films keeps each with its own claim.
func TestCiteParagraphAboutOneFilm(t *testing.T) {
	d := buildDoc(question, answer(
		"第二，我们缺的是工业。《烽火少年》拍的时候，剧组连道具都得从零开始做。好莱坞是一条成熟的流水线，我们还是手工作坊。说到底还是剧本太弱。",
	))
	b := withMentions(d, map[string]string{"烽火少年": "中国"})
	got := citedFor(analyze(t, b), "烽火少年")
	if !slices.Contains(got, "immature_industrial_system") || !slices.Contains(got, "weak_storytelling_script") {
		t.Errorf("film of a one-film paragraph cited for %v, want the industry and the script", got)
	}
	d = buildDoc(question, answer(
		"《烽火少年》特效太差。后来的《雨夜来客》也一样，说到底还是剧本太弱。",
	))
	b = withMentions(d, map[string]string{"烽火少年": "中国", "雨夜来客": "中国"})
	if got := citedFor(analyze(t, b), "烽火少年"); slices.Contains(got, "weak_storytelling_script") {
		t.Errorf("first of two films cited for the second one's claim: %v", got)
	}
}

// A claim that points back with a plural anaphor (这些片子) cites the works
// the sentences before it listed, or the paragraph before.
func TestCitePluralAnaphor(t *testing.T) {
	d := buildDoc(question, answer(
		"《烽火少年》和《竹林剑影》都拿过大奖。",
		"这些片子其实都是拍给外国人看的，满屏都是猎奇。",
	))
	b := withMentions(d, map[string]string{"烽火少年": "中国", "竹林剑影": "中国"})
	cs := analyze(t, b)
	for _, film := range []string{"烽火少年", "竹林剑影"} {
		if got := citedFor(cs, film); !slices.Contains(got, "orientalist_self_othering") {
			t.Errorf("%s not cited for the claim about 这些片子: %v", film, got)
		}
	}
	// no anaphor: the claim of the next paragraph cites nothing back
	d = buildDoc(question, answer(
		"《烽火少年》和《竹林剑影》都拿过大奖。",
		"很多国产片其实都是拍给外国人看的，满屏都是猎奇。",
	))
	b = withMentions(d, map[string]string{"烽火少年": "中国", "竹林剑影": "中国"})
	if got := citedFor(analyze(t, b), "烽火少年"); slices.Contains(got, "orientalist_self_othering") {
		t.Errorf("cited without an anaphor: %v", got)
	}
}

// A short numbered lead (其次是文化折扣。, 一、…) is the point its paragraph argues:
// the examples after it are its evidence, even when their own sentence
// carries a narrower cue or stands two sentences away. A full sentence
// that opens with 其次 is a point of its own, not a lead.
func TestCiteLeadScope(t *testing.T) {
	d := buildDoc(question, answer(
		"其次是文化折扣。《竹林剑影》的笑点全在台词的双关上，字幕很难传达。我身边的朋友都这么说。《雨夜来客》也一样。",
		"《烽火少年》是另一回事。",
	))
	b := withMentions(d, map[string]string{"竹林剑影": "中国", "雨夜来客": "中国", "烽火少年": "中国"})
	cs := analyze(t, b)
	for _, film := range []string{"竹林剑影", "雨夜来客"} {
		if got := citedFor(cs, film); !slices.Contains(got, "diag_cultural_discount") {
			t.Errorf("%s under the lead cited for %v", film, got)
		}
	}
	if got := citedFor(cs, "烽火少年"); slices.Contains(got, "diag_cultural_discount") {
		t.Errorf("film of the next paragraph cited for the lead of this one: %v", got)
	}
	// a numbered lead (一、能拍的东西太少。) leads as 其次 does
	d = buildDoc(question, answer("**一、能拍的东西太少。**", "你看《竹林剑影》，跟风翻拍外国片，结尾却整个改掉了。"))
	b = withMentions(d, map[string]string{"竹林剑影": "中国"})
	if got := citedFor(analyze(t, b), "竹林剑影"); !slices.Contains(got, "censorship_content_restrictions") {
		t.Errorf("film under a numbered lead cited for %v", got)
	}
	// A lead alone on its line leads the paragraph after it.
	d = buildDoc(question, answer("其次是文化折扣。", "《竹林剑影》的笑点全在台词的双关上，字幕很难传达。我身边的朋友都这么说。《雨夜来客》也一样。"))
	b = withMentions(d, map[string]string{"竹林剑影": "中国", "雨夜来客": "中国"})
	if got := citedFor(analyze(t, b), "雨夜来客"); !slices.Contains(got, "diag_cultural_discount") {
		t.Errorf("film in the paragraph under a lead line cited for %v", got)
	}
	d = buildDoc(question, answer(
		"其次，我觉得文化折扣这个东西在商业片里被很多人说得太重了，其实没有那么夸张。《竹林剑影》的笑点全在台词的双关上，字幕很难传达。我身边的朋友都这么说。《雨夜来客》也一样。",
	))
	b = withMentions(d, map[string]string{"竹林剑影": "中国", "雨夜来客": "中国"})
	if got := citedFor(analyze(t, b), "雨夜来客"); slices.Contains(got, "diag_cultural_discount") {
		t.Errorf("a long sentence opening with 其次 led the paragraph: %v", got)
	}
}

// A claim that TV series and games travel cites the series and games of
// its paragraph, or of the next one when its own names none, whatever
// their own sentences say; films there are not its examples.
func TestCiteOtherMedia(t *testing.T) {
	d := buildDoc(question, answer(
		"别只盯着电影院，电视剧和游戏早就出去了。",
		"《竹林剑影》还没在国内开播，海外发行权就被买走了；《雨夜来客》在网上有一大批外国观众追。《烽火少年》就没人看。",
	))
	b := withMentions(d, map[string]string{"竹林剑影": "中国", "雨夜来客": "中国", "烽火少年": "中国"})
	b.Entities[schema.WorkIRI("竹林剑影")].Kind = "tv"
	b.Entities[schema.WorkIRI("雨夜来客")].Kind = "game"
	cs := analyze(t, b)
	for _, w := range []string{"竹林剑影", "雨夜来客"} {
		if got := citedFor(cs, w); !slices.Contains(got, "tv_games_webnovels_do_travel") {
			t.Errorf("%s cited for %v", w, got)
		}
	}
	if got := citedFor(cs, "烽火少年"); slices.Contains(got, "tv_games_webnovels_do_travel") {
		t.Errorf("a film cited as a series or game that travelled: %v", got)
	}
}

// A sentence that names its point by ordinal (瓶颈之一，在于…; A fourth
// reason is…) leads the paragraph after it when it stands alone.
func TestCiteOrdinalLead(t *testing.T) {
	d := buildDoc(question, answer(
		"瓶颈之一，在于内容的跨文化表达。",
		"《竹林剑影》以两位诗人的半生交谊串起盛唐，片中大段诗句的字幕很难传达，海外观众看得一头雾水。",
	))
	b := withMentions(d, map[string]string{"竹林剑影": "中国"})
	if got := citedFor(analyze(t, b), "竹林剑影"); !slices.Contains(got, "diag_cultural_discount") {
		t.Errorf("film under an ordinal lead cited for %v", got)
	}
}

// A claim alone on a line as short as a title (也有走出国门的) heads the
// few paragraphs after it: the examples that follow are its evidence.
func TestCiteShortLineLead(t *testing.T) {
	d := buildDoc(question, answer(
		"也有走出国门的",
		"早几年成龙的电影在日本上映时，电影院布展也挺漂亮的。",
		"我也听日本朋友提起过，他们觉得《竹林剑影》超好看。",
	))
	b := withMentions(d, map[string]string{"竹林剑影": "中国"})
	if got := citedFor(analyze(t, b), "竹林剑影"); !slices.Contains(got, "already_succeeded_abroad") {
		t.Errorf("film under a short lead line cited for %v", got)
	}
}

// A film the lexicon tags as the kind of film a cause draws on (a
// main-melody film for propaganda) is the example of that cause's claim
// wherever its paragraph names it; an untagged film there, or a tagged one
// in another paragraph, is not.
func TestCiteTaggedExamplesInParagraph(t *testing.T) {
	d := buildDoc(question, answer(
		"主旋律电影说教味太重，外国观众根本不买账。我去年在伦敦待了半年，周末常去电影院。那边影院排过《钢铁洪流》和《山城旧事》，场场都空。",
		"另外《远航号》也上映过。",
	))
	b := facts.NewBatch(d)
	work := func(title string, tags ...string) {
		iri := schema.WorkIRI(title)
		b.AddEntity(facts.Entity{IRI: iri, Type: schema.Work, Label: title, Kind: "film", Country: "中国", Tags: tags})
		i := strings.Index(d.Text, title)
		b.Mentions = append(b.Mentions, facts.Mention{Entity: iri, Surface: title, Via: "bracket", Span: facts.Evidence{Start: i, End: i + len(title)}})
	}
	work("钢铁洪流", "main_melody")
	work("山城旧事")
	work("远航号", "main_melody")
	cs := analyze(t, b)
	if got := citedFor(cs, "钢铁洪流"); !slices.Contains(got, "propaganda_main_melody") {
		t.Errorf("main-melody film two sentences after the claim cited for %v, want propaganda_main_melody", got)
	}
	if got := citedFor(cs, "山城旧事"); slices.Contains(got, "propaganda_main_melody") {
		t.Errorf("untagged film cited for %v", got)
	}
	if got := citedFor(cs, "远航号"); slices.Contains(got, "propaganda_main_melody") {
		t.Errorf("main-melody film of the next paragraph cited for %v", got)
	}
}
