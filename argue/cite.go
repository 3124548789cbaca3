package argue

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/schema"
)

// Citation roles (values of fg:citeRole).
const (
	RoleProblem        = "problem_example"
	RoleModel          = "positive_model"
	RoleCounter        = "counter_example"
	RoleCounterfactual = "counterfactual"
	RoleMention        = "mention"
)

// succeededAbroad is the counter-argument that Chinese films already
// travel: foreign films are not cited for it.
const succeededAbroad = "already_succeeded_abroad"

// maxListGap is how many short units (up to shortUnit/2) without a claim
// (没用啊, a lead-in line) may stand between a bare list of titles and the claim it backs.
const maxListGap = 2

// maxItemWalk bounds how many list items after "比如：" still illustrate
// the claim that introduced them.
const maxItemWalk = 12

// cite links each mentioned film, person or festival to the claim whose
// scope holds it: the claim's own unit, or the sentence right before or
// after it in the same paragraph, or a list introduced by the claim (…比如：).
// A mention is cited by one claim of its own sentence or neighbours, so a
// film in a long answer is not spread over every claim of it; the passes
// after that add the claims a text's structure makes it evidence for (the
// paragraph's one film, a plural anaphor, a numbered lead, the series and
// games a claim about them rests on).
func (a *Analyzer) cite(b *facts.Batch, f folded, units []unit, claims []facts.Claim) {
	if len(claims) == 0 || len(b.Mentions) == 0 {
		return
	}
	type key struct {
		claim  int
		entity quad.IRI
	}
	cited := map[key]int{} // index into claims[c].Cites
	ms := append([]facts.Mention(nil), b.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
	for _, m := range ms {
		e := b.Entities[m.Entity]
		if e == nil || (e.Type != schema.Work && e.Type != schema.Person && e.Type != schema.Festival) {
			continue
		}
		if e.Type == schema.Work && sourceKinds[e.Kind] {
			// A policy, report, speech or periodical named in a claim is
			// where the claim comes from or the instrument it calls for
			// (依据《通知》, 《报告》显示), not a work cited as an example.
			continue
		}
		ui := unitAt(units, m.Span.Start)
		if ui < 0 {
			continue
		}
		ci := a.scopeClaim(f, units, claims, ui, m.Span.Start)
		if ci < 0 && a.bareTitles(f, &units[ui], ms) {
			ci = listClaim(units, claims, ui, m.Span.Start, f, ms, a)
		}
		if c := a.clauseCauseClaim(f, units, claims, ui, m, ms, ci); c >= 0 {
			ci = c
		}
		if ci < 0 {
			continue
		}
		if a.notEvidence(f, units, ui, &claims[ci], e, m) {
			// not evidence for the nearest claim (a foreign film beside
			// 落后的东西) may still be for another of its unit (…更希望
			// 中国人拍落后的东西，正如伊朗《小鞋子》)
			if ci = a.otherUnitClaim(f, units, claims, ui, ci, e, m); ci < 0 {
				continue
			}
		}
		role := a.role(f, &units[ui], &claims[ci], e, ui, units)
		k := key{ci, m.Entity}
		if j, ok := cited[k]; ok {
			if rolePriority(role) > rolePriority(claims[ci].Cites[j].Role) {
				claims[ci].Cites[j].Role = role
			}
			continue
		}
		cited[k] = len(claims[ci].Cites)
		claims[ci].Cites = append(claims[ci].Cites, citationAt(m, role))
	}
	a.citeParagraphTopic(b, f, units, claims, ms)
	a.citePluralAnaphor(b, f, units, claims, ms)
	a.citeSingularAnaphor(b, f, units, claims, ms)
	a.citeAnswerFilm(b, f, units, claims, ms)
	a.citeLeadScope(b, f, units, claims, ms)
	a.citeOtherMedia(b, units, claims, ms)
	a.citeTaggedExamples(b, f, units, claims, ms)
}

// citeTaggedExamples gives an asserting claim the works of its paragraph
// that the lexicon tags as the kind of film its cause draws on (the
// cause's evidence tags: a main-melody film for propaganda, a festival
// winner for "our films already travel", a banned film for censorship).
// Writers state the cause in one sentence and name the films in the next
// (主旋律的说教味太重。《战狼2》在北美只卖了两百多万美元。), and a film of
// that kind beside the claim is its example whichever sentence names it.
// The film must still pass notEvidence (not a foreign film for "ours
// already travel", not the subject of a denial).
func (a *Analyzer) citeTaggedExamples(b *facts.Batch, f folded, units []unit, claims []facts.Claim, ms []facts.Mention) {
	for ui := range units {
		if ui != paraFirst(units, ui) {
			continue // once per paragraph
		}
		last := paraLast(units, ui)
		paraMentions := mentionsIn(ms, units[ui].span.Start, units[last].span.End)
		for uc := ui; uc <= last && len(paraMentions) > 0; uc++ {
			for _, ci := range units[uc].claims {
				if c := &claims[ci]; c.Stance == "asserts" {
					a.citeTagged(b, f, units, c, paraMentions)
				}
			}
		}
	}
}

// citeTagged cites for claim c the works of ms whose tags meet the
// evidence tags of c's causes.
func (a *Analyzer) citeTagged(b *facts.Batch, f folded, units []unit, c *facts.Claim, ms []facts.Mention) {
	var tags []string
	for _, l := range c.Causes {
		tags = append(tags, a.evidenceTags[l.CauseID]...)
	}
	if len(tags) == 0 {
		return
	}
	for _, m := range ms {
		e := b.Entities[m.Entity]
		if e == nil || e.Type != schema.Work || !sharesTag(e.Tags, tags) {
			continue
		}
		mu := unitAt(units, m.Span.Start)
		if mu < 0 || a.notEvidence(f, units, mu, c, e, m) {
			continue
		}
		addCite(c, facts.Citation{Entity: m.Entity, Role: a.role(f, &units[mu], c, e, mu, units),
			Span: facts.Evidence{Start: m.Span.Start, End: m.Span.End}})
	}
}

// sharesTag reports whether a work's tags and a claim's evidence tags
// meet.
func sharesTag(workTags, evidence []string) bool {
	for _, t := range workTags {
		if slices.Contains(evidence, t) {
			return true
		}
	}
	return false
}

// otherMediaCause is the counter-argument that TV series, games and web
// novels travel where films do not: its evidence is works of those kinds.
const otherMediaCause = "tv_games_webnovels_do_travel"

// otherMediaKinds are the work kinds that argument cites.
var otherMediaKinds = map[string]bool{"tv": true, "game": true, "book": true}

// citeOtherMedia gives a claim that TV series and games travel (电视剧和
// 游戏早就出去了) the series and games its paragraph names (or, when it
// names none, the next paragraph), whichever sentence names them
// (《人世间》还没开播，海外发行权就被买走了): they are the examples the claim
// rests on, whatever else their own sentence says.
func (a *Analyzer) citeOtherMedia(b *facts.Batch, units []unit, claims []facts.Claim, ms []facts.Mention) {
	for ui := range units {
		for _, ci := range units[ui].claims {
			c := &claims[ci]
			if c.Stance != "asserts" || !hasCauseID(c, otherMediaCause) {
				continue
			}
			// its paragraph's examples; none there: the next paragraph's
			// (电视剧和游戏早就出去了。/《人世间》…《狂飙》…)
			var ex []facts.Mention
			for p := paraFirst(units, ui); p < len(units) && units[p].sec == units[ui].sec && units[p].para <= units[ui].para+1; {
				q := paraLast(units, p) + 1
				for _, m := range mentionsIn(ms, units[p].span.Start, units[q-1].span.End) {
					if e := b.Entities[m.Entity]; e != nil && e.Type == schema.Work && otherMediaKinds[e.Kind] {
						ex = append(ex, m)
					}
				}
				if len(ex) > 0 {
					break
				}
				p = q
			}
			for _, m := range ex {
				addCite(c, citationAt(m, RoleMention))
			}
		}
	}
}

// maxLeadLen is the length (see unitLength) up to which a sentence that
// opens with an enumeration cue is the lead of the sentences after it
// (其次是文化折扣。/ Second, distribution.) rather than a point of its own.
const maxLeadLen = 16

// maxOrdinalLead is the length up to which a sentence that names its
// point by ordinal (瓶颈之一，在于…; A fourth reason is…) leads.
const maxOrdinalLead = 24

// ordinalLeadRe opens a sentence that counts the writer's points: 瓶颈之二，
// 原因之三在于, The first answer, A fourth reason, Another problem.
var ordinalLeadRe = regexp.MustCompile(`^(?:(?:原因|瓶颈|问题|难点|短板|症结|障碍|因素|困境|挑战|教训|路径|对策|建议|出路)之[一二三四五六七八九十]|(?:the |a )?(?:first|second|third|fourth|fifth|sixth|final|last|another|other) (?:answer|reason|problem|factor|obstacle|explanation|cause|barrier)s?\b)`)

// ordinalLead reports whether unit u opens by counting the writer's
// points.
func ordinalLead(f folded, u *unit) bool {
	lo := u.lo
	for lo < u.hi && (unicode.IsPunct(f.text[lo]) || f.text[lo] == ' ' || f.text[lo] == '*') {
		lo++
	}
	return ordinalLeadRe.MatchString(strings.ToLower(string(f.text[lo:min(u.hi, lo+40)])))
}

// maxShortLead is the length up to which a claim alone on its line leads
// the paragraph after it.
const maxShortLead = 8

// maxShortLeadParas is how many paragraphs such a line heads.
const maxShortLeadParas = 3

// aloneInPara reports whether unit ui is the only unit of its paragraph
// with any text (**一、能拍的东西太少。** leaves the markup as a unit).
func aloneInPara(f folded, units []unit, ui int) bool {
	for uj := paraFirst(units, ui); uj <= paraLast(units, ui); uj++ {
		if uj != ui && unitLength(f.text, units[uj].lo, units[uj].hi) > 0 {
			return false
		}
	}
	return true
}

// citeLeadScope gives a lead sentence's claim (其次是文化折扣。) the works
// of the sentences that develop it: the rest of its paragraph, or, when
// the lead stands alone as a paragraph, the paragraph after it, up to the
// next lead. Writers who number their points name the point, then argue
// it with examples (《满江红》的双关…字幕很难传达); those examples are the
// lead's evidence whatever narrower cue their own sentence carries.
func (a *Analyzer) citeLeadScope(b *facts.Batch, f folded, units []unit, claims []facts.Claim, ms []facts.Mention) {
	lead := func(ui int) int {
		u := &units[ui]
		if len(u.claims) == 0 {
			return -1
		}
		n := unitLength(f.text, u.lo, u.hi)
		numbered := n <= maxLeadLen && (a.startsWith(a.enum, f, u) || opensItem(f.text, u.lo, u.hi))
		ordinal := n <= maxOrdinalLead && ordinalLead(f, u)
		// a line of its own as short as a title (也有走出国门的) is the
		// point the paragraph after it illustrates, whatever it argues
		short := n <= maxShortLead && aloneInPara(f, units, ui)
		if !numbered && !ordinal && !short {
			return -1
		}
		for _, ci := range u.claims {
			if claims[ci].Stance == "asserts" && (a.arguesCause(&claims[ci]) || short) {
				return ci
			}
		}
		return -1
	}
	for li := range units {
		ci := lead(li)
		if ci < 0 {
			continue
		}
		c := &claims[ci]
		// alone on its line (markup aside: **一、能拍的东西太少。**), a lead
		// heads the paragraph after it; a line as short as a title, the
		// few after it
		alone := aloneInPara(f, units, li)
		reach := 1
		if alone && unitLength(f.text, units[li].lo, units[li].hi) <= maxShortLead {
			reach = maxShortLeadParas
		}
		paras := 0
		for uj := li + 1; uj < len(units) && units[uj].sec == units[li].sec; uj++ {
			if units[uj].para != units[uj-1].para {
				if paras++; !alone || paras > reach {
					break
				}
			}
			if lead(uj) >= 0 {
				break
			}
			u := &units[uj]
			for _, m := range mentionsIn(ms, u.span.Start, u.span.End) {
				e := b.Entities[m.Entity]
				if !screenWork(e) || a.notEvidence(f, units, uj, c, e, m) {
					continue
				}
				addCite(c, citationAt(m, a.role(f, u, c, e, uj, units)))
			}
		}
	}
}

// addCite adds citation ct to claim c unless c already cites its entity;
// then a stronger role (rolePriority) replaces the one it has.
func addCite(c *facts.Claim, ct facts.Citation) {
	for j := range c.Cites {
		if c.Cites[j].Entity == ct.Entity {
			if rolePriority(ct.Role) > rolePriority(c.Cites[j].Role) {
				c.Cites[j].Role = ct.Role
			}
			return
		}
	}
	c.Cites = append(c.Cites, ct)
}

// mentionsIn returns the mentions of ms (sorted by start) that start in
// the byte range [lo, hi).
func mentionsIn(ms []facts.Mention, lo, hi int) []facts.Mention {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].Span.Start >= lo })
	j := i
	for j < len(ms) && ms[j].Span.Start < hi {
		j++
	}
	return ms[i:j]
}

// mentionsInRunes returns the mentions of ms (sorted by start) whose start
// falls in the folded runes [lo, hi): runeIndex(f, start) in [lo, hi).
func mentionsInRunes(f folded, ms []facts.Mention, lo, hi int) []facts.Mention {
	if hi <= lo {
		return nil
	}
	from := 0
	if lo > 0 {
		from = f.off[lo-1] + 1
	}
	return mentionsIn(ms, from, f.off[hi-1]+1)
}

// pluralAnaphora point back at the films just listed (这些片子靠电影节打开了
// 欧洲的艺术院线; these films offered Western juries…).
var pluralAnaphora = []string{"这些电影", "这些片子", "这些影片", "这些作品", "这几部", "这些片", "these films", "these movies", "those films", "those movies", "such films"}

// samePara reports whether units u and v lie in one paragraph.
func samePara(u, v *unit) bool { return u.sec == v.sec && u.para == v.para }

// paraFirst is the index of the first unit of unit k's paragraph.
func paraFirst(units []unit, k int) int {
	for k > 0 && samePara(&units[k-1], &units[k]) {
		k--
	}
	return k
}

// paraLast is the index of the last unit of unit k's paragraph.
func paraLast(units []unit, k int) int {
	for k+1 < len(units) && samePara(&units[k+1], &units[k]) {
		k++
	}
	return k
}

// maxAnaphorWorks bounds how many works a plural anaphor stands for.
const maxAnaphorWorks = 6

// citePluralAnaphor gives a claim that names no work but points back with
// a plural anaphor the works of the sentences before it in its paragraph,
// or of the paragraph before when its own names none.
func (a *Analyzer) citePluralAnaphor(b *facts.Batch, f folded, units []unit, claims []facts.Claim, ms []facts.Mention) {
	for ui := range units {
		u := &units[ui]
		if len(u.claims) == 0 || !a.pluralAnaphor.has(f.text, u.lo, u.hi) {
			continue
		}
		var cites []facts.Citation
		seen := map[quad.IRI]bool{}
		collect := func(lo, hi int) {
			for _, m := range mentionsInRunes(f, ms, lo, hi) {
				if !screenWork(b.Entities[m.Entity]) || seen[m.Entity] {
					continue
				}
				seen[m.Entity] = true
				cites = append(cites, citationAt(m, RoleMention))
			}
		}
		first := paraFirst(units, ui)
		if first < ui {
			collect(units[first].lo, u.lo)
		}
		if len(cites) == 0 && first > 0 && units[first-1].sec == u.sec {
			prev := first - 1
			collect(units[paraFirst(units, prev)].lo, units[prev].hi)
		}
		if len(cites) == 0 || len(cites) > maxAnaphorWorks {
			continue
		}
		for _, ci := range u.claims {
			c := &claims[ci]
			if c.Stance != "asserts" || hasWorkCite(b, c) {
				continue
			}
			c.Cites = append(c.Cites, cites...)
		}
	}
}

// singularAnaphora point back at the one film just named (该片在北美只上了
// 几十块银幕; The film's jokes did not survive subtitling).
var singularAnaphora = []string{"该片", "此片", "本片", "这部电影", "这部片", "这部影片", "这部作品", "这片子", "这部戏", "这电影",
	"the film", "the movie", "this film", "this movie", "that film", "that movie", "the picture", "the sequel"}

// citeSingularAnaphor gives a claim that names no work but points back
// with a singular anaphor (该片, the film) the last screen work named
// before it: earlier in its paragraph, or in the paragraph before.
func (a *Analyzer) citeSingularAnaphor(b *facts.Batch, f folded, units []unit, claims []facts.Claim, ms []facts.Mention) {
	for ui := range units {
		u := &units[ui]
		if len(u.claims) == 0 || !a.singularAnaphor.has(f.text, u.lo, u.hi) {
			continue
		}
		last := func(lo, hi int) (facts.Mention, bool) {
			in := mentionsInRunes(f, ms, lo, hi)
			for i := len(in) - 1; i >= 0; i-- {
				if screenWork(b.Entities[in[i].Entity]) {
					return in[i], true
				}
			}
			return facts.Mention{}, false
		}
		first := paraFirst(units, ui)
		m, ok := last(units[first].lo, u.lo)
		if !ok && first > 0 && units[first-1].sec == u.sec {
			prev := first - 1
			m, ok = last(units[paraFirst(units, prev)].lo, units[prev].hi)
		}
		if !ok {
			continue
		}
		e := b.Entities[m.Entity]
		mu := unitAt(units, m.Span.Start)
		for _, ci := range u.claims {
			c := &claims[ci]
			if c.Stance != "asserts" || hasWorkCite(b, c) || mu < 0 || a.notEvidence(f, units, mu, c, e, m) {
				continue
			}
			addCite(c, citationAt(m, a.role(f, u, c, e, ui, units)))
		}
	}
}

// hasWorkCite reports whether claim c cites a work.
func hasWorkCite(b *facts.Batch, c *facts.Claim) bool {
	for _, ct := range c.Cites {
		if e := b.Entities[ct.Entity]; e != nil && e.Type == schema.Work {
			return true
		}
	}
	return false
}

// notEvidence reports whether work or person e, mentioned at m in unit
// ui, is not evidence for claim c although the claim's scope holds it.
func (a *Analyzer) notEvidence(f folded, units []unit, ui int, c *facts.Claim, e *facts.Entity, m facts.Mention) bool {
	if e.Type == schema.Work && isForeignCountry(e.Country) && (allCauses(a, c, succeededAbroad) || allCauses(a, c, catchAllCause)) {
		// "Chinese films have travelled" is shown by Chinese films; a
		// foreign one named beside it (India's films travel too) is a
		// comparison, not evidence for it. Likewise a foreign film next
		// to the catch-all "our films are just bad" (比不上《复仇者联盟》)
		// is the yardstick, not an example of the problem.
		return true
	}
	if a.excepted(f, &units[ui], runeIndex(f, m.Span.Start)) && !allCauses(a, c, succeededAbroad) {
		// 排除《A》《B》，其他的都…: the work is set aside from the
		// claim, not an example of it.
		return true
	}
	// 飞驰人生，流浪地球都是很优秀的作品，…主要是主演水平太差: a Chinese
	// film praised in its own clause is the writer's exception to a
	// failing argued in another clause, not an example of it.
	return e.Type == schema.Work && !isForeignCountry(e.Country) && a.praisedApart(f, &units[ui], c, m)
}

// otherUnitClaim returns the claim of unit ui nearest to mention m, other
// than claim not, that m is evidence for, or -1.
func (a *Analyzer) otherUnitClaim(f folded, units []unit, claims []facts.Claim, ui, not int, e *facts.Entity, m facts.Mention) int {
	best, bestDist := -1, 0
	for _, ci := range units[ui].claims {
		if ci == not || a.notEvidence(f, units, ui, &claims[ci], e, m) {
			continue
		}
		d := max(claims[ci].Span.Start-m.Span.Start, m.Span.Start-claims[ci].Span.End, 0)
		if best < 0 || d < bestDist {
			best, bestDist = ci, d
		}
	}
	return best
}

// citeParagraphTopic gives every asserting claim of a paragraph the one
// screen work the paragraph names, once some claim of the paragraph cites
// it: a paragraph about one film (《流浪地球》拍的时候…我们缺的是工业…
// 还是手工作坊) offers it as evidence for each cause it argues, not only
// for the claim next to the title. Paragraphs naming several works keep
// the nearest-claim citations, since which film backs which cause is
// what their sentences say.
func (a *Analyzer) citeParagraphTopic(b *facts.Batch, f folded, units []unit, claims []facts.Claim, ms []facts.Mention) {
	type para struct{ sec, para int }
	type topic struct {
		work    quad.IRI
		m       facts.Mention
		ui      int
		several bool
		cite    *facts.Citation
		in      map[int]bool // the units naming it
	}
	topics := map[para]*topic{}
	for _, m := range ms {
		if !screenWork(b.Entities[m.Entity]) {
			continue
		}
		ui := unitAt(units, m.Span.Start)
		if ui < 0 {
			continue
		}
		k := para{units[ui].sec, units[ui].para}
		t := topics[k]
		if t == nil {
			t = &topic{work: m.Entity, m: m, ui: ui, in: map[int]bool{}}
			topics[k] = t
		} else if t.work != m.Entity {
			t.several = true
		}
		t.in[ui] = true
	}
	for ui := range units {
		t := topics[para{units[ui].sec, units[ui].para}]
		if t == nil || t.several {
			continue
		}
		for _, ci := range units[ui].claims {
			for j := range claims[ci].Cites {
				if claims[ci].Cites[j].Entity == t.work {
					t.cite = &claims[ci].Cites[j]
				}
			}
		}
	}
	for ui := range units {
		t := topics[para{units[ui].sec, units[ui].para}]
		if t != nil && !t.several && t.cite == nil && !t.in[ui] && units[ui].lo > units[t.ui].lo {
			// the paragraph opens on its one film and argues after it
			// (《长安三万里》。翻成英文，平仄没了): the film is its subject
			c := facts.Citation{Entity: t.work, Role: RoleMention, Span: facts.Evidence{Start: t.m.Span.Start, End: t.m.Span.End}}
			t.cite = &c
		}
		if t == nil || t.several || t.cite == nil || t.in[ui] {
			// in the sentence naming the film, the film's own clause has
			// already chosen among the sentence's claims
			continue
		}
		cite := *t.cite
		for _, ci := range units[ui].claims {
			c := &claims[ci]
			if c.Stance != "asserts" || a.notEvidence(f, units, t.ui, c, b.Entities[t.work], t.m) {
				continue
			}
			addCite(c, cite)
		}
	}
}

// screenWork reports whether e is a work of the screen, not a document
// (sourceKinds) nor a person or festival.
func screenWork(e *facts.Entity) bool {
	return e != nil && e.Type == schema.Work && !sourceKinds[e.Kind]
}

// citationAt cites the entity of mention m, with the mention as its span.
func citationAt(m facts.Mention, role string) facts.Citation {
	return facts.Citation{Entity: m.Entity, Role: role, Span: facts.Evidence{Start: m.Span.Start, End: m.Span.End}}
}

// sourceKinds are the work kinds that are documents rather than works of
// the screen (schema.WorkKinds).
var sourceKinds = map[string]bool{"policy": true, "report": true, "speech": true, "periodical": true}

// maxExceptScan bounds how far (in runes) a mention looks back for the
// parenthesis it sits in.
const maxExceptScan = 120

// excepted reports whether the mention at rune at sits in an exception
// clause: one that an exception cue opens before it (排除…, 除了…), or
// that 除外 closes after it. A parenthesised list (排除X（如：《A》、《B》）)
// belongs to the clause of its opening parenthesis; the list's own colon
// and enumeration commas do not end the clause.
func (a *Analyzer) excepted(f folded, u *unit, at int) bool {
	t := f.text
	if at < u.lo || at >= u.hi {
		return false
	}
	start := at
	depth := 0
open:
	for i := at - 1; i >= u.lo && i >= at-maxExceptScan; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			if depth == 0 {
				start = i // the mention is inside this parenthesis
				break open
			}
			depth--
		}
	}
	lo := start
	for lo > u.lo && !isExceptBreak(t[lo-1]) {
		lo--
	}
	if a.exception.has(t, lo, at) {
		return true
	}
	hi := at
	depth = 0
	for hi < u.hi {
		r := t[hi]
		if r == '(' {
			depth++
		} else if r == ')' && depth > 0 {
			depth--
		} else if depth == 0 && isExceptBreak(r) {
			break
		}
		hi++
	}
	return a.exceptAfter.has(t, at, hi)
}

// isExceptBreak ends an exception clause: an enumeration comma (、) does
// not, since the excepted works are listed with it.
func isExceptBreak(r rune) bool { return r != '、' && isClauseBreak(r) }

func unitAt(units []unit, off int) int {
	i := sort.Search(len(units), func(i int) bool { return units[i].span.End > off })
	if i < len(units) && units[i].span.Start <= off {
		return i
	}
	return -1
}

// scopeClaim picks the claim whose scope holds a mention in unit ui, or -1.
func (a *Analyzer) scopeClaim(f folded, units []unit, claims []facts.Claim, ui, off int) int {
	u := &units[ui]
	if len(u.claims) > 0 {
		return a.ownClaim(u, claims, off)
	}
	prevOK := ui > 0 && units[ui-1].sec == u.sec
	nextOK := ui+1 < len(units) && samePara(&units[ui+1], u)
	exampleHere := a.startsWith(a.example, f, u)
	// A list introduced by "比如：" or "原因如下：": walk back over the items.
	if u.item || exampleHere {
		for k := ui - 1; k >= 0 && k >= ui-maxItemWalk && units[k].sec == u.sec; k-- {
			if len(units[k].claims) > 0 && (units[k].para == u.para || endsWithColon(f, &units[k]) || exampleHere) {
				return nearestClaim(units[k].claims, claims, off)
			}
			if !units[k].item {
				break
			}
		}
	}
	// The sentence right before, even across a paragraph break: writers
	// often put the example on its own line after the claim.
	if prevOK && len(units[ui-1].claims) > 0 {
		return nearestClaim(units[ui-1].claims, claims, off)
	}
	if nextOK && len(units[ui+1].claims) > 0 {
		return nearestClaim(units[ui+1].claims, claims, off)
	}
	return -1
}

// ownClaim picks, among the claims of the mention's own unit, the one the
// mention illustrates: the claim over the mention's own clause when the
// unit's causes sit in different clauses, else the unit's main claim (its
// first asserted cause: writers state the cause, then illustrate it).
func (a *Analyzer) ownClaim(u *unit, claims []facts.Claim, off int) int {
	cs := u.claims
	var holding []int
	for _, c := range cs {
		sp := claims[c].Span
		if off >= sp.Start && off < sp.End {
			holding = append(holding, c)
		}
	}
	if len(holding) == 1 || (len(holding) > 1 && len(holding) < len(cs)) {
		return mainClaim(holding, claims)
	}
	if c := precedingClaim(cs, claims, off); c >= 0 {
		return c
	}
	return mainClaim(cs, claims)
}

// precedingClaim is the asserting claim of cs whose last trigger ends
// nearest before off, or -1: an example follows the claim it illustrates.
func precedingClaim(cs []int, claims []facts.Claim, off int) int {
	best, bestEnd := -1, -1
	for _, c := range cs {
		if claims[c].Stance != "asserts" {
			continue
		}
		for _, l := range claims[c].Causes {
			if l.Trigger.End <= off && l.Trigger.End > bestEnd {
				best, bestEnd = c, l.Trigger.End
			}
		}
	}
	return best
}

// mainClaim is the first asserting claim of cs (claims are made in text
// order), else the first.
func mainClaim(cs []int, claims []facts.Claim) int {
	for _, c := range cs {
		if claims[c].Stance == "asserts" {
			return c
		}
	}
	return cs[0]
}

// nearestClaim is the claim (asserting ones first) with a trigger nearest
// to byte offset off.
func nearestClaim(cs []int, claims []facts.Claim, off int) int {
	best, bestD, bestAssert := -1, 0, false
	for _, c := range cs {
		as := claims[c].Stance == "asserts"
		for _, l := range claims[c].Causes {
			d := l.Trigger.Start - off
			if d < 0 {
				d = off - l.Trigger.End
			}
			if d < 0 {
				d = 0
			}
			if best < 0 || (as && !bestAssert) || (as == bestAssert && d < bestD) {
				best, bestD, bestAssert = c, d, as
			}
		}
	}
	if best < 0 && len(cs) > 0 {
		return cs[0]
	}
	return best
}

func endsWithColon(f folded, u *unit) bool {
	for i := u.hi - 1; i >= u.lo; i-- {
		switch f.text[i] {
		case ' ', '\n', '*':
			continue
		case ':':
			return true
		}
		return false
	}
	return false
}

// role decides how the sentence holding the mention uses the entity.
func (a *Analyzer) role(f folded, u *unit, c *facts.Claim, e *facts.Entity, ui int, units []unit) string {
	t := f.text
	if a.hypo.has(t, u.lo, u.hi) && a.hypoModal.has(t, u.lo, u.hi) {
		return RoleCounterfactual
	}
	if a.counterEx.has(t, u.lo, u.hi) || (c.Stance == "asserts" && allCauses(a, c, succeededAbroad)) {
		return RoleCounter
	}
	if a.model.has(t, u.lo, u.hi) && !isChineseCountry(e.Country) &&
		(isForeignCountry(e.Country) || a.foreign.has(t, u.lo, u.hi)) {
		return RoleModel
	}
	if c.Stance == "asserts" && e.Type == schema.Work && a.arguesCause(c) &&
		(a.example.has(t, u.lo, u.hi) || a.negEval.has(t, u.lo, u.hi)) {
		return RoleProblem
	}
	return RoleMention
}

// arguesCause reports whether the claim names a cause or diagnosis (not
// only counter-arguments or prescriptions).
func (a *Analyzer) arguesCause(c *facts.Claim) bool {
	for _, l := range c.Causes {
		if d, ok := a.tax.Get(l.CauseID); ok && (d.Kind == schema.KindCause || d.Kind == schema.KindDiagnosis) {
			return true
		}
	}
	return false
}

func allCauses(a *Analyzer, c *facts.Claim, id string) bool {
	if len(c.Causes) == 0 {
		return false
	}
	for _, l := range c.Causes {
		if l.CauseID != id {
			return false
		}
	}
	return true
}

func rolePriority(r string) int {
	switch r {
	case RoleCounterfactual:
		return 4
	case RoleCounter:
		return 3
	case RoleModel:
		return 2
	case RoleProblem:
		return 1
	}
	return 0
}

var chineseCountries = []string{"中国", "大陆", "内地", "香港", "台湾", "china", "hong kong", "taiwan", "cn", "hk", "tw", "prc"}

func isChineseCountry(c string) bool {
	c = strings.ToLower(strings.TrimSpace(c))
	if c == "" {
		return false
	}
	for _, x := range chineseCountries {
		if strings.Contains(c, x) {
			return true
		}
	}
	return false
}

func isForeignCountry(c string) bool { return strings.TrimSpace(c) != "" && !isChineseCountry(c) }

// bareTitles reports whether unit u is nothing but titles (a list line
// such as "三峡好人" or "《A》、《B》等").
func (a *Analyzer) bareTitles(f folded, u *unit, ms []facts.Mention) bool {
	return bareRange(f, u.lo, u.hi, ms, 2)
}

// bareRange reports whether folded runes [lo, hi) hold titles and nothing
// else: what remains once the mentions, separators and brackets are
// removed is at most slack runes (a list line may say 还有).
func bareRange(f folded, lo, hi int, ms []facts.Mention, slack int) bool {
	if lo >= hi {
		return false
	}
	covered := make([]bool, hi-lo)
	any := false
	for _, m := range ms {
		if hi < len(f.off) && m.Span.Start >= f.off[hi] {
			break // ms are in text order: none further starts before hi
		}
		if m.Span.End <= f.off[lo] {
			continue
		}
		mlo, mhi := runeIndex(f, m.Span.Start), runeIndex(f, m.Span.End)
		for i := max(mlo, lo); i < min(mhi, hi); i++ {
			covered[i-lo] = true
			any = true
		}
	}
	if !any {
		return false
	}
	rest := 0
	for i := lo; i < hi; i++ {
		r := f.text[i]
		if covered[i-lo] || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || r == '等' || r == '和' || r == '与' {
			continue
		}
		rest++
	}
	return rest <= slack
}

// listClaim walks back from a bare list of titles over the list's other
// lines and at most maxListGap short lines without a claim to the claim
// the list backs (…其他的奖我们都拿过了 / 没用啊 / 三峡好人 / 白日焰火), or -1.
func listClaim(units []unit, claims []facts.Claim, ui, off int, f folded, ms []facts.Mention, a *Analyzer) int {
	gap := 0
	for k := ui - 1; k >= 0 && k >= ui-maxItemWalk && units[k].sec == units[ui].sec; k-- {
		if len(units[k].claims) > 0 {
			return nearestClaim(units[k].claims, claims, off)
		}
		if a.bareTitles(f, &units[k], ms) {
			continue
		}
		if gap++; gap > maxListGap || unitLength(f.text, units[k].lo, units[k].hi) > shortUnit/2 {
			return -1
		}
	}
	return -1
}

// clauseCauseClaim handles a film whose own clause names a cause without
// arguing it there (《桥》等故事讲得好的, 人家的特效): the clause judges or
// holds the film up as a model on that cause, so the film is cited for the
// claim of the section that argues the cause, the one nearest the mention.
// It returns that claim, or -1 when the clause names no such cause or the
// chosen claim ci already argues it. An enumerated title's clause runs on
// to the first clause that is not just titles (桥，天堂电影院等故事讲得好的).
func (a *Analyzer) clauseCauseClaim(f folded, units []unit, claims []facts.Claim, ui int, m facts.Mention, ms []facts.Mention, ci int) int {
	u := &units[ui]
	at := runeIndex(f, m.Span.Start)
	if at >= u.hi {
		return -1
	}
	lo, hi := clauseBounds(f, u, at)
	// A clause that is only titles (桥，天堂电影院等…) runs on to the next
	// one; a clause with words of its own (比如《A》, 这几年的《A》) does not.
	for hi < u.hi && isListBreak(f.text[hi]) && bareRange(f, lo, hi, ms, 0) {
		_, next := clauseBounds(f, u, min(hi+1, u.hi-1))
		if next <= hi {
			break // a list break that ends the unit: no clause after it
		}
		hi = next
	}
	best, bestD := -1, 0
	judged := a.praise.has(f.text, lo, hi) || a.negEval.has(f.text, lo, hi)
	for _, h := range a.causeHits(f.text, lo, hi) {
		if (h.p.weak && !judged) || h.p.latinStart {
			// Weak words (故事, 技术) name a cause only when the clause
			// judges them (故事讲得好的, 技术太差); an English comma sets
			// off a phrase, not a clause, so an English sentence's films
			// stay with the sentence's own claims.
			continue
		}
		d := h.start - at
		if d < 0 {
			d = at - h.end
		}
		if best < 0 || d < bestD {
			best, bestD = h.p.tag, d
		}
	}
	if best < 0 {
		return -1
	}
	id := a.tax.Causes[best].ID
	if ci >= 0 && hasCauseID(&claims[ci], id) {
		return -1
	}
	// The claim of the same section arguing that cause, nearest first.
	bestC, bestDist := -1, 0
	for k := range units {
		if units[k].sec != u.sec {
			continue
		}
		for _, c := range units[k].claims {
			if claims[c].Stance != "asserts" || !hasCauseID(&claims[c], id) {
				continue
			}
			d := k - ui
			if d < 0 {
				d = -d
			}
			if bestC < 0 || d < bestDist {
				bestC, bestDist = c, d
			}
		}
	}
	return bestC
}

func isListBreak(r rune) bool { return r == ',' || r == '、' }

func hasCauseID(c *facts.Claim, id string) bool {
	for _, l := range c.Causes {
		if l.CauseID == id {
			return true
		}
	}
	return false
}

// praisedApart reports whether mention m's own clause praises it (都是很
// 优秀的作品, 是国产神作, 拍的不错) while claim c's triggers lie in other
// clauses. An enumeration (A，B都是好电影) counts as the clause of its
// last item.
func (a *Analyzer) praisedApart(f folded, u *unit, c *facts.Claim, m facts.Mention) bool {
	at := runeIndex(f, m.Span.Start)
	end := runeIndex(f, m.Span.End)
	if at < u.lo || end > u.hi {
		return false
	}
	lo, _ := clauseBounds(f, u, at)
	hi := end
	for hi < u.hi && !isSentenceEnd(f.text[hi]) && !a.filmPraise.has(f.text, end, hi) {
		if f.text[hi] == ',' || f.text[hi] == ';' {
			// the praise may follow a list of titles: 飞驰人生，流浪地球都是…
			if !a.titlesOnly(f, hi+1, u) {
				break
			}
		}
		hi++
	}
	if !a.filmPraise.has(f.text, end, hi) || a.negEval.has(f.text, lo, hi) {
		return false
	}
	for _, l := range c.Causes {
		t := runeIndex(f, l.Trigger.Start)
		if t >= lo && t < hi {
			return false
		}
	}
	return true
}

// titlesOnly reports whether the clause starting at rune i is short enough
// to be just another title of a list (流浪地球都是…): at most 8 runes before
// the next comma or the praise.
func (a *Analyzer) titlesOnly(f folded, i int, u *unit) bool {
	n := 0
	for j := i; j < u.hi && f.text[j] != ',' && !isSentenceEnd(f.text[j]); j++ {
		if a.filmPraise.has(f.text, j, min(j+6, u.hi)) {
			return true
		}
		if n++; n > 8 {
			return false
		}
	}
	return n <= 8
}

// citeAnswerFilm gives an answer's asserting claims that cite no work the
// one screen work the answer names, when it names it before them in their
// paragraph or the one before: a short answer that brings up one film
// (举个反例：《罗小黑战记》。/ 这片子…只有字幕的片子天然吃亏) argues about it.
func (a *Analyzer) citeAnswerFilm(b *facts.Batch, f folded, units []unit, claims []facts.Claim, ms []facts.Mention) {
	for _, sec := range sectionRuns(units) {
		if b.Doc.Sections[sec[0].sec].Kind != "answer" || unitLength(f.text, sec[0].lo, sec[len(sec)-1].hi) > maxAnswerFilmLen {
			continue
		}
		var one *facts.Mention
		several := false
		for _, m := range mentionsInRunes(f, ms, sec[0].lo, sec[len(sec)-1].hi) {
			switch {
			case !screenWork(b.Entities[m.Entity]):
			case one == nil:
				one = &m
			case one.Entity != m.Entity:
				several = true
			}
		}
		if one == nil || several {
			continue
		}
		fu := unitAt(units, one.Span.Start)
		if fu < 0 {
			continue
		}
		for i := range sec {
			// after the film, in its paragraph or the next: scope is the
			// claim and what supports it, not the whole answer (a film
			// named in an aside two paragraphs up is not its evidence)
			if sec[i].span.Start < one.Span.End || sec[i].para > units[fu].para+1 {
				continue
			}
			for _, ci := range sec[i].claims {
				c := &claims[ci]
				if c.Stance != "asserts" || hasWorkCite(b, c) {
					continue
				}
				addCite(c, citationAt(*one, RoleMention))
			}
		}
	}
}

// maxAnswerFilmLen bounds (see unitLength) the answers citeAnswerFilm
// reads: a short answer argues about the film it brings up, a long one
// surveys several points and names a film in passing. 400 was chosen as
// the bound that left the corpus's long answers as they were (200 lost
// half the gains on the dev sets, no bound cost the corpus 0.010).
const maxAnswerFilmLen = 400
