package argue

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// Confidence levels. A strong trigger in an arguing unit is likely a
// claim; a weak trigger counts only inside one; sarcasm halves everything
// because the literal reading may be the opposite of what is meant.
const (
	confStrongArgued = 0.85
	confStrongBare   = 0.6
	confWeakArgued   = 0.55
	sarcasmFactor    = 0.5

	// A claim's own confidence: a bare statement, one whose sentence
	// argues by its form or a judgement, one with a causal connective.
	confBareClaim   = 0.5
	confArguedClaim = 0.75
	confCausalClaim = 0.85
	sarcasmCap      = 0.35
)

// signals are the cue classes found in one unit.
type signals struct {
	causal, neg, rhetorical, analogy, model, enum, diag, presc, bare, sarcasm, topic bool
}

func (s signals) argues() bool {
	return s.causal || s.neg || s.rhetorical || s.analogy || s.model || s.enum || s.diag || s.presc || s.bare || s.topic
}

// maxListLead bounds how many items back a list's lead line is looked for.
const maxListLead = 12

// underPrescription reports a list item whose list a prescribing lead
// line opens (What would actually help: / 建议如下：): each item is a
// remedy, even in the imperative (Go to the festivals…).
//
// The items may be paragraphs that open with an ordinal (第一，借流媒体出海。
// 《流浪地球》…), whose further sentences are skipped too; the lead may
// end with a full stop when it announces the list (我补几条建设性的。).
func (a *Analyzer) underPrescription(f folded, us []*unit, ui int) bool {
	sec := us[ui].sec
	for k := ui - 1; k >= 0 && k >= ui-maxListLead && us[k].sec == sec; k-- {
		u := us[k]
		if u.item || opensItem(f.text, u.lo, u.hi) || a.inListPara(f, us, k) {
			continue
		}
		return (endsWithColon(f, u) || a.listAnnounce.has(f.text, u.lo, u.hi)) && a.prescriptive.has(f.text, u.lo, u.hi)
	}
	return false
}

// paraStart is the index of the first unit of unit k's paragraph (see
// paraFirst, its twin over a slice of units).
func paraStart(us []*unit, k int) int {
	j := k
	for j > 0 && samePara(us[j-1], us[k]) {
		j--
	}
	return j
}

// inListPara reports whether unit k's paragraph opens with an ordinal or
// a listing cue (第二，合拍要…, 此外，…, 3.): the paragraph is an item of a
// list.
func (a *Analyzer) inListPara(f folded, us []*unit, k int) bool {
	j := paraStart(us, k)
	return a.startsWith(a.enum, f, us[j]) || opensItem(f.text, us[j].lo, us[j].hi)
}

func (a *Analyzer) signals(f folded, ctx secContext, us []*unit, ui int) signals {
	u := us[ui]
	t := f.text
	s := signals{
		causal:  a.causal.has(t, u.lo, u.hi),
		neg:     a.negEval.has(t, u.lo, u.hi) || a.hinder.has(t, u.lo, u.hi),
		analogy: a.analogy.has(t, u.lo, u.hi),
		model:   a.model.has(t, u.lo, u.hi) && a.foreign.has(t, u.lo, u.hi),
		diag:    a.diagnostic.has(t, u.lo, u.hi),
		presc:   a.prescriptive.has(t, u.lo, u.hi),
		bare:    ctx.bare,
		enum:    u.item || a.startsWith(a.enum, f, u) || opensItem(t, u.lo, u.hi),
		topic:   unitLength(t, u.lo, u.hi) <= shortUnit && a.topic.has(t, u.lo, u.hi),
	}
	if !s.presc && s.enum {
		s.presc = a.underPrescription(f, us, ui)
	}
	// under a report's heading that prescribes (四、破局路径与对策建议), its
	// sub-headings and their paragraphs name remedies (（三）深耕国际电影节)
	s.presc = s.presc || u.underRemedy
	s.rhetorical = u.question && a.rhetorical.has(t, u.lo, u.hi)
	// A rhetorical question right after a statement (… 还想走出国门？)
	// makes that statement an argument.
	if ui+1 < len(us) && samePara(us[ui+1], u) && us[ui+1].question &&
		a.rhetorical.has(t, us[ui+1].lo, us[ui+1].hi) {
		s.rhetorical = true
	}
	s.sarcasm = a.sarcasm.has(t, u.lo, u.hi) || (ctx.mockList && a.mockList.has(t, u.lo, u.hi))
	return s
}

// link is a cause found in a unit before it becomes a facts.CauseLink.
type link struct {
	cause      int
	start, end int // folded rune range of the trigger
	conf       float64
	denied     bool
}

// claimsOf returns the claims of unit ui: usually none or one; two when
// the unit denies some causes and asserts others (不是X，而是Y).
func (a *Analyzer) claimsOf(d *ingest.Document, f folded, ctx secContext, us []*unit, ui int) []facts.Claim {
	u := us[ui]
	hits := a.causeHits(f.text, u.lo, u.hi)
	if u.headPara && !u.underRemedy && !u.underCauses {
		a.droppedAll(f, hits, "heading")
		return nil // a heading outside a report's outline gives the effect only
	}
	if len(hits) == 0 {
		return nil
	}
	if sourceLine(f.text[u.lo:u.hi]) {
		a.droppedAll(f, hits, "source-line")
		return nil // 1. 网文相关报告 http://…: a source cited, not an argument
	}
	if a.notice(f, us, ui) {
		a.droppedAll(f, hits, "notice")
		return nil // 提醒：本吧禁止发布盗版资源…: a moderator's notice, not an argument
	}
	sig := a.signals(f, ctx, us, ui)
	if a.announce.has(f.text, u.lo, u.hi) && !sig.causal {
		// 做了几年字幕翻译，说个细节。: the detail comes next
		a.droppedAll(f, hits, "announces")
		return nil
	}
	argued := sig.argues()
	var links []link
	seen := map[[3]int]bool{}
	for _, h := range hits {
		def := a.tax.Causes[h.p.tag]
		if h.p.weak && !a.weakSupported(f, u, h, sig) {
			a.dropped(f, h, "weak-unsupported")
			continue
		}
		if ctx.insideWork(h.start, h.end) {
			a.dropped(f, h, "inside-title")
			continue
		}
		if inPrizeName(f.text, u, h) {
			a.dropped(f, h, "prize-name")
			continue // 最佳外语片, best screenplay: a prize, not a failing
		}
		if h.p.weak && inScareQuotes(f.text, u, h) {
			a.dropped(f, h, "scare-quotes")
			continue // 因“技术原因”撤出: a term quoted, not a judgement
		}
		if u.question && !sig.rhetorical && (a.openQuestion.has(f.text, u.lo, h.start) || a.askOpinion.has(f.text, h.end, u.hi)) {
			a.dropped(f, h, "open-question")
			continue // 西方对中国有没有偏见？, 审批的问题您怎么看？ ask; the answer comes after
		}
		var next *unit
		if ui+1 < len(us) && samePara(us[ui+1], u) {
			next = us[ui+1]
		}
		if a.reported(f, u, next, h, ctx.kindDoc) {
			a.dropped(f, h, "reported")
			continue
		}
		if a.granted(f, u, h) {
			a.dropped(f, h, "granted")
			continue
		}
		if a.aboutForeign(f, u, h) {
			a.dropped(f, h, "about-foreign")
			continue
		}
		if def.ID == catchAllCause && a.judgesOneWork(f, ctx, u, h) {
			a.dropped(f, h, "judges-one-work")
			continue
		}
		if def.ID == succeededAbroad && irrealisBefore(f.text, u.lo, h.start) {
			a.dropped(f, h, "irrealis")
			continue
		}
		if def.Kind != schema.KindPrescription && a.overcomeBefore(f, u, h) {
			a.dropped(f, h, "overcome")
			continue
		}
		switch def.Kind {
		case schema.KindCause, schema.KindCounter:
			// Reports and articles describe at length and argue by
			// diagnosis: a plain cause counts there only where its own
			// clause explains or judges (因为, 瓶颈, 不足 …).
			// A strong counter-argument trigger (借口, 除了好莱坞, found
			// audiences abroad) argues by itself: it answers the debate's
			// question, so it needs no cue of its own in the clause.
			selfArguing := def.Kind == schema.KindCounter && !h.p.weak
			if ctx.kindDoc {
				// an article that asks why in its title argues in every
				// sentence, as a thread's answer does; it still speaks of
				// films abroad only where its text does
				// under a heading that diagnoses (三、主要瓶颈), the
				// paragraphs argue as a reason lead's do; an
				// interviewee speaks their mind as an answer does
				lead := a.reasonLead(f, us, ui) || u.underCauses
				if !selfArguing && !lead && !ctx.asksWhy && !u.answerTurn && !a.clauseArgues(f, u, h) {
					a.dropped(f, h, "doc-clause-not-argued")
					continue
				}
				if !(a.paraAbroad(f, ctx, us, ui) || lead && a.prevParaAbroad(f, ctx, us, ui)) {
					a.dropped(f, h, "doc-not-abroad")
					continue
				}
			}
		case schema.KindDiagnosis:
			// A strong trigger names the diagnosis itself (文化折扣,
			// cultural discount); a weak one needs a diagnostic frame.
			if !sig.diag && !sig.causal && h.p.weak {
				a.dropped(f, h, "diagnosis-unframed")
				continue
			}
		case schema.KindPrescription:
			// A remedy is argued where the unit prescribes, or, in an
			// article, where its clause judges how the remedy fares
			// (co-productions have struggled to…).
			// An article that names a remedy by its strong word where it
			// speaks of films abroad (不少国产影片通过流媒体进入海外市场)
			// offers it, though no clause prescribes.
			offered := ctx.kindDoc && !h.p.weak && a.paraAbroad(f, ctx, us, ui)
			if !sig.presc && !(ctx.kindDoc && a.clauseArgues(f, u, h)) && !offered {
				a.dropped(f, h, "remedy-not-prescribed")
				continue
			}
		}
		l := link{cause: h.p.tag, start: h.start, end: h.end}
		switch {
		case h.p.weak:
			l.conf = confWeakArgued
		case argued:
			l.conf = confStrongArgued
		default:
			l.conf = confStrongBare
		}
		if sig.sarcasm {
			l.conf *= sarcasmFactor
		}
		l.denied = (!u.question && a.denied(f, ctx, u, h)) || whereIsIt(f, u, h)
		// A cause repeated in another clause is kept there too: each
		// clause may become its own claim with its own citations.
		clo, _ := clauseBounds(f, u, h.start)
		k := [3]int{h.p.tag, b2i(l.denied), clo}
		if seen[k] {
			continue
		}
		seen[k] = true
		links = append(links, l)
	}
	links = a.dropCatchAll(f, u, links)
	if len(links) == 0 {
		return nil
	}
	effect := a.effectOf(d, f, ctx, u, links)
	conf := confBareClaim
	if argued {
		conf = confArguedClaim
	}
	if sig.causal {
		conf = confCausalClaim
	}
	if sig.sarcasm && conf > sarcasmCap {
		conf = sarcasmCap
	}
	links = a.excuseOfOther(f, u, links)
	var asserted, denied []link
	for _, l := range links {
		if l.denied {
			denied = append(denied, l)
		} else {
			asserted = append(asserted, l)
		}
	}
	asserted = a.counterOfDenials(a.dropDeniedByCounter(f, u, asserted), denied)
	var out []facts.Claim
	mk := func(ls []link, stance string, span ingest.Span) facts.Claim {
		c := facts.Claim{Span: facts.Evidence{Start: span.Start, End: span.End}, Stance: stance, Confidence: conf, Effect: effect}
		for _, l := range ls {
			c.Causes = append(c.Causes, facts.CauseLink{
				CauseID:    a.tax.Causes[l.cause].ID,
				Trigger:    facts.Evidence{Start: f.off[l.start], End: f.endOff(l.end)},
				Confidence: round2(l.conf),
			})
		}
		return c
	}
	// clauseSpan is the span of the clauses holding links ls[0] … ls[n-1].
	clauseSpan := func(ls []link) ingest.Span {
		lo, _ := clauseBounds(f, u, ls[0].start)
		_, hi := clauseBounds(f, u, ls[len(ls)-1].end-1)
		return trimSpan(d, ingest.Span{Start: f.off[lo], End: f.endOff(hi)})
	}
	unitSpan := trimSpan(d, u.span)
	// Causes argued in different clauses become separate claims over their
	// clauses, so that a film cited next to one cause is not also cited for
	// the causes of the other clauses (the claim is the unit of citation).
	// Causes sharing a clause stay one claim; a unit with one such group
	// keeps the whole unit as its span.
	groups := groupByClause(f, u, asserted)
	var spans []ingest.Span
	if len(groups) == 1 {
		out = append(out, mk(groups[0], "asserts", unitSpan))
		spans = append(spans, unitSpan)
	} else {
		for _, g := range groups {
			sp := clauseSpan(g)
			out = append(out, mk(g, "asserts", sp))
			spans = append(spans, sp)
		}
	}
	if len(denied) > 0 {
		sp := unitSpan
		if len(asserted) > 0 {
			// The denied causes get their own claim over the clauses that
			// deny them; when an asserted cause shares that clause (不是X而是Y
			// without a comma), the denial ends at its last trigger so the
			// two claims keep distinct spans.
			sp = clauseSpan(denied)
			for _, o := range spans {
				if o == sp {
					sp.End = f.endOff(denied[len(denied)-1].end)
				}
			}
		}
		out = append(out, mk(denied, "denies", sp))
	}
	return out
}

// excuseOfOther reads a counter-argument word said of another cause than
// the ones the counter denies (字幕只是个借口: subtitles, not censorship,
// are called an excuse): the counter is not argued, and the cause named
// before it in the clause is denied.
func (a *Analyzer) excuseOfOther(f folded, u *unit, links []link) []link {
	drop := map[int]bool{}
	for i, l := range links {
		if len(a.tax.Causes[l.cause].Denies) == 0 || l.denied {
			continue
		}
		lo, _ := clauseBounds(f, u, l.start)
		other := -1
		for j, m := range links {
			if j == i || m.start < lo || m.start >= l.start || m.denied || a.tax.Causes[m.cause].Kind != schema.KindCause {
				continue
			}
			if a.counterOf(m.cause, l.cause) {
				other = -1
				break // 审查是借口: the counter's own cause
			}
			other = j
		}
		if other >= 0 {
			drop[i] = true
			links[other].denied = true
		}
	}
	out := links[:0:0]
	for i, l := range links {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// counterOf reports whether counter-argument counter is the denial of
// cause (the taxonomy's "denies").
func (a *Analyzer) counterOf(cause, counter int) bool {
	return slices.Contains(a.deniedBy[cause], counter)
}

// dropDeniedByCounter drops an asserted cause whose own clause asserts a
// counter-argument that denies it (审查是个很方便的借口: the clause argues
// that censorship is an excuse, not that it holds the films back).
func (a *Analyzer) dropDeniedByCounter(f folded, u *unit, asserted []link) []link {
	out := asserted[:0:0]
	for _, l := range asserted {
		lo, hi := clauseBounds(f, u, l.start)
		drop := false
		for _, c := range asserted {
			if c.start >= lo && c.start < hi && a.counterOf(l.cause, c.cause) {
				drop = true
			}
		}
		if !drop {
			out = append(out, l)
		}
	}
	return out
}

// counterOfDenials adds to the asserted links the counter-argument each
// denied cause amounts to (taxonomy "denies": 审查不是原因 argues that
// censorship is only an excuse), at the denial's trigger, unless the unit
// asserts it already.
func (a *Analyzer) counterOfDenials(asserted, denied []link) []link {
	for _, d := range denied {
		for _, ci := range a.deniedBy[d.cause] {
			if !hasCause(asserted, ci) {
				asserted = append(asserted, link{cause: ci, start: d.start, end: d.end, conf: d.conf})
			}
		}
	}
	return asserted
}

// catchAllCause is the taxonomy's catch-all judgement (the films are
// simply bad): its triggers (垃圾, 比不上, 烂) are the words writers use to
// judge whatever they name, so next to a more specific cause in the same
// clause (垃圾特效, 剧情比不上) they judge that cause rather than argue
// their own.
const catchAllCause = "poor_overall_quality"

// judgesOneWork reports whether catch-all trigger h (烂, 恶心, 垃圾)
// judges a work named in its own clause (最恶心的《长城》, 战狼2这种烂片)
// without a causal or abroad cue there: a verdict on that film, which the
// film's citation carries to the claim it illustrates, not the argument
// that Chinese films are simply bad.
func (a *Analyzer) judgesOneWork(f folded, ctx secContext, u *unit, h hit) bool {
	lo, hi := clauseBounds(f, u, h.start)
	if !ctx.namesWork(lo, hi) {
		return false
	}
	return !a.causal.has(f.text, lo, hi) && !a.abroad.has(f.text, lo, hi) && !a.intl.has(f.text, lo, hi)
}

// irrealisReach is how many runes before a trigger a modal or a word of
// difficulty governs it (很难走出国门了, 就能逐渐走出国门了).
const irrealisReach = 4

// irrealisBefore reports a modal, negator or difficulty word in the few
// runes before position at (from lo): "films have travelled" is a claim
// of fact, and 很难/就能/不会 走出国门了 turns it into a difficulty or a
// hope, not the counter-argument that they already travel.
func irrealisBefore(t []rune, lo, at int) bool {
	for i := max(lo, at-irrealisReach); i < at; i++ {
		if strings.ContainsRune("难能会要想才没未", t[i]) {
			return true
		}
	}
	return false
}

// dropCatchAll removes catch-all links whose clause holds a link to a
// specific cause of the same stance.
func (a *Analyzer) dropCatchAll(f folded, u *unit, ls []link) []link {
	out := ls[:0:0]
	for _, l := range ls {
		if a.tax.Causes[l.cause].ID == catchAllCause {
			lo, hi := clauseBounds(f, u, l.start)
			specific := false
			for _, o := range ls {
				if o.start >= lo && o.start < hi && o.denied == l.denied && a.tax.Causes[o.cause].ID != catchAllCause &&
					a.tax.Causes[o.cause].Kind == schema.KindCause {
					specific = true
				}
			}
			if specific {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// groupByClause splits links (in trigger order) into runs that share a
// clause; a clause that repeats the cause of the run before it joins that
// run (合拍……生态共建 is one prescription, not two).
func groupByClause(f folded, u *unit, ls []link) [][]link {
	var out [][]link
	prevHi := -1
	for _, l := range ls {
		lo, hi := clauseBounds(f, u, l.start)
		if len(out) > 0 && (lo < prevHi || hasCause(out[len(out)-1], l.cause)) {
			out[len(out)-1] = append(out[len(out)-1], l)
		} else {
			out = append(out, []link{l})
		}
		prevHi = max(prevHi, hi)
	}
	return out
}

// weakSupported reports whether a weak trigger (故事, 技术, 红色 …) is
// argued: the unit as a whole argues by its form (a bare answer, a list
// item, a rhetorical question, an analogy, a contrast with a model), or
// the trigger's own clause carries a causal or negative-evaluation cue.
// A cue elsewhere in a long sentence is not enough: weak words are
// common, and only a judgement about them makes them a cause.
func (a *Analyzer) weakSupported(f folded, u *unit, h hit, sig signals) bool {
	if sig.bare || sig.enum || sig.rhetorical || sig.analogy || sig.model {
		return true
	}
	lo, hi := clauseBounds(f, u, h.start)
	// the support must be words other than the trigger's own: 限制 is no
	// judgement of itself in 这在很大程度上限制了它进入合家欢市场
	return a.causal.hasOutside(f.text, lo, hi, h) || a.negEval.hasOutside(f.text, lo, hi, h) ||
		a.hinder.hasOutside(f.text, lo, hi, h) || a.catchAllIn(f.text, lo, hi)
}

// catchAllIn reports a strong trigger of the catch-all judgement in t[lo:hi]
// (剧情方面比不上国外): it judges the weak word of its clause, which
// dropCatchAll then keeps instead of it.
func (a *Analyzer) catchAllIn(t []rune, lo, hi int) bool {
	for _, h := range a.causeHits(t, lo, hi) {
		if !h.p.weak && a.tax.Causes[h.p.tag].ID == catchAllCause {
			return true
		}
	}
	return false
}

// reported reports whether trigger h sits in a view the writer reports
// rather than holds: a report cue (有人说, some say) before it in its
// sentence, or a quotation set aside as someone's view (quotedOpinion);
// and no agreement cue (赞同, 确实) in the unit. next is the following
// unit of the same paragraph, or nil.
func (a *Analyzer) reported(f folded, u, next *unit, h hit, article bool) bool {
	lo := h.start
	for lo > u.lo && !isSentenceEnd(f.text[lo-1]) {
		lo--
	}
	// The writer's own voice resumes after a contrast (有人说X，其实Y).
	for _, c := range a.turn.find(f.text, lo, h.start) {
		lo = c.end
	}
	if a.agree.has(f.text, u.lo, u.hi) {
		return false
	}
	return a.report.has(f.text, lo, h.start) || a.quotedOpinion(f, u, next, h, article)
}

// maxSpeechGap is how far (in runes) before an opening quotation mark a
// speech verb may end and still introduce the quotation (说过 “…”);
// maxCueLen bounds the length of a Chinese speech or praise cue, so a
// search for one ending near a position starts that far before it.
const (
	maxSpeechGap = 2
	maxCueLen    = 4
)

// quotedOpinion reports whether trigger h sits inside a quotation that the
// writer attributes or sets aside: a speech verb or 所谓 right before the
// opening mark (有个名人说过“没有垃圾产品”), or a word for such views in
// the sentence or the next one of its paragraph (“外国人就爱看悲惨的故事”
// …与这些言论相配的是…). Quotation marks are folded to '"'; the marks
// open and close in turn from the start of the sentence.
func (a *Analyzer) quotedOpinion(f folded, u, next *unit, h hit, article bool) bool {
	t := f.text
	open := -1
	for i := u.lo; i < h.start; i++ {
		if t[i] == '"' {
			if open < 0 {
				open = i
			} else {
				open = -1
			}
		}
	}
	if open < 0 {
		return false
	}
	if !article {
		// an answer that quotes someone (有个名人说过“…”) reports a view;
		// an article quoting its sources (分析称：“…”) argues through them
		for _, c := range a.speech.find(t, max(u.lo, open-maxSpeechGap-maxCueLen), open) {
			if open-c.end <= maxSpeechGap {
				return true
			}
		}
	}
	return a.opinion.has(t, u.lo, u.hi) || (next != nil && a.opinion.has(t, next.lo, next.hi))
}

// clauseArgues reports whether the clause of hit h carries a causal,
// diagnostic, negative-evaluation or hindrance cue; or, in a short
// sentence (a topic sentence: "Then there is the censor.", 其次是发行。),
// whether the sentence carries any of them or a topic or listing cue.
func (a *Analyzer) clauseArgues(f folded, u *unit, h hit) bool {
	lo, hi := clauseBounds(f, u, h.start)
	if h.p.latinStart {
		// An English comma sets off a phrase more often than a clause
		// (With its reliance on myth, the film was hard to follow):
		// the sentence is the English unit of judgement, as the clause
		// between Chinese commas is the Chinese one.
		lo, hi = u.lo, u.hi
	}
	// the foreign reception named outside the trigger itself argues too
	if a.judges(f.text, lo, hi) || a.abroad.hasOutside(f.text, lo, hi, h) {
		return true
	}
	if unitLength(f.text, u.lo, u.hi) > shortUnit {
		return false
	}
	return a.judges(f.text, u.lo, u.hi) || a.topic.has(f.text, u.lo, u.hi) || a.startsWith(a.enum, f, u)
}

// shortUnit is the length (see unitLength) up to which a sentence is a
// topic sentence whose cue anywhere speaks for its trigger.
const shortUnit = 40

// unitLength measures t[lo:hi] in Chinese characters, counting a Latin
// word as two: about what a Chinese sentence of the same content holds,
// so one threshold serves both languages.
func unitLength(t []rune, lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		switch {
		case isLatinWord(t[i]):
			if i == lo || !isLatinWord(t[i-1]) {
				n += 2
			}
		case t[i] >= 0x2E80:
			n++
		}
	}
	return n
}

// judges reports whether t[lo:hi] explains, diagnoses, judges lacking or
// presents an obstacle.
func (a *Analyzer) judges(t []rune, lo, hi int) bool {
	return a.causal.has(t, lo, hi) || a.diagnostic.has(t, lo, hi) || a.negEval.has(t, lo, hi) || a.hinder.has(t, lo, hi)
}

// denied reports whether trigger h is negated: a negator before it in its
// clause (绝对不是剧本, not because of censorship), or a dismissal after
// it in the unit (意识形态……最没影响). Rhetorical negation (还不是,
// 是不是, 难道不是) and hypotheticals (如果不是审查) assert instead.
func (a *Analyzer) denied(f folded, ctx secContext, u *unit, h hit) bool {
	t := f.text
	clo, _ := clauseBounds(f, u, h.start)
	if h.p.latinStart && notBecauseRe.MatchString(string(t[clo:h.start])) {
		return true // The film did not fail abroad because it was poorly made.
	}
	for _, n := range a.denyBefore.find(t, clo, h.start) {
		if ctx.insideWork(n.start, n.end) {
			continue // 《我不是药神》: a title's words negate nothing
		}
		// 12 runes is a few Chinese words; an English negator is bounded
		// by its bridge words below ("not the lack of talent": 13 runes).
		if gap := h.start - n.end; gap > 12 && !(n.p.latinStart && gap <= maxLatinDenyGap) {
			continue
		}
		if n.start > 0 && strings.ContainsRune("还是岂要若怕", t[n.start-1]) {
			continue
		}
		if rhetoricalNotQuestion(t, n, h, u) {
			continue // 《隐入尘烟》不是下架了吗: a question expecting yes asserts
		}
		if a.contrastBut.has(t, n.end, h.start) { // 不是X而是Y: Y is asserted
			continue
		}
		if a.hypo.has(t, clo, n.start) {
			continue
		}
		if n.p.latinStart && !negatesNoun(t, n.end, h.start) {
			continue
		}
		return true
	}
	if lesserInComparison(t, clo, h) {
		return true // 发行体系比文化差异更具解释力: the cause it is weighed against wins
	}
	for _, n := range a.denyAfter.find(t, h.end, u.hi) {
		if theoryWord(n) && !theoryOf(t, h, n) {
			continue // 评论都说剧情经不起推敲: 论 of 评论, not the cause's theory
		}
		if n.start-h.end <= 20 {
			return true
		}
	}
	return false
}

// theoryWord reports a denial cue that names the cause as a theory and
// dismisses it (卖惨论…听腻, 说法…站不住).
func theoryWord(n hit) bool {
	first := n.p.parts[0]
	return string(first) == "论" || string(first) == "说法" || string(first) == "解释"
}

// maxTheoryGap bounds (in runes) what may stand between a trigger and the
// theory word after it (审查的说法: 的).
const maxTheoryGap = 2

// theoryOf reports whether the theory word of cue n names trigger h's
// cause: 论 right after the trigger (卖惨论, not 评论), 说法 or 解释 at most
// maxTheoryGap runes after it (审查的说法).
func theoryOf(t []rune, h, n hit) bool {
	if t[n.start] == '论' {
		return n.start == h.end
	}
	return n.start-h.end <= maxTheoryGap
}

// maxScareQuote bounds, in runes, a quotation that only marks a term.
const maxScareQuote = 8

// inScareQuotes reports whether trigger h sits inside a short quotation
// (quotation marks are folded to '"') that is no one's speech: a term the
// writer holds at a distance (因“技术原因”撤出).
func inScareQuotes(t []rune, u *unit, h hit) bool {
	lo := h.start
	for lo > u.lo && h.start-lo <= maxScareQuote && t[lo-1] != '"' {
		lo--
	}
	if lo == u.lo || t[lo-1] != '"' || h.start-lo > maxScareQuote {
		return false
	}
	// the mark before must open: an even number of marks before it
	open := 0
	for i := u.lo; i < lo-1; i++ {
		if t[i] == '"' {
			open++
		}
	}
	if open%2 != 0 {
		return false
	}
	hi := h.end
	for hi < u.hi && hi-h.end <= maxScareQuote && t[hi] != '"' {
		hi++
	}
	return hi < u.hi && t[hi] == '"' && hi-lo <= maxScareQuote
}

// noticeRe opens a forum's notice (提醒：, 【公告】, 版规：, Mod note:,
// Moderator note:): the thread's rules, not a view in its debate.
var noticeRe = regexp.MustCompile(`^[\s【\[(*]*(?:提醒|公告|吧务|版务|版规|温馨提示|管理员提醒|版主提醒|mod note|moderator note|reminder)\s*(?:[】\])*]+\s*[:：]?|[:：])`)

// maxNoticeLabel bounds (in runes) the label that opens a notice.
const maxNoticeLabel = 20

// notice reports whether unit ui's paragraph is a forum's notice: it opens
// with a notice label and states a rule.
func (a *Analyzer) notice(f folded, us []*unit, ui int) bool {
	p := us[paraStart(us, ui)]
	if !noticeRe.MatchString(string(f.text[p.lo:min(us[ui].hi, p.lo+maxNoticeLabel)])) {
		return false
	}
	end := us[ui].hi
	for k := ui + 1; k < len(us) && samePara(us[k], p); k++ {
		end = us[k].hi
	}
	return a.noticeRule.has(f.text, p.lo, end)
}

// sourceLine reports a short unit that gives a web address: a source the
// writer points to (a reference line), whose words argue nothing.
func sourceLine(t []rune) bool {
	s := string(t)
	i := strings.Index(s, "http")
	if i < 0 {
		i = strings.Index(s, "www.")
	}
	if i < 0 {
		return false
	}
	rest := s[:i]
	if j := strings.IndexAny(s[i:], " \n"); j >= 0 {
		rest += s[i+j:]
	}
	return utf8.RuneCountInString(strings.TrimSpace(rest)) <= 30
}

// causeHits are the triggers in t[lo:hi] that stand as words of the text:
// not inside a longer trigger, an idiom, or across a crossing word.
func (a *Analyzer) causeHits(t []rune, lo, hi int) []hit {
	return uncrossed(outsideIdioms(dropContained(a.triggers.find(t, lo, hi)), a.idiom.find(t, lo, hi)), a.crossing.find(t, lo, hi))
}

// uncrossed drops the hits whose start falls inside a crossing word that
// begins before them (喜剧本来: 喜剧 crosses the start of 剧本).
func uncrossed(hs, words []hit) []hit {
	return dropHits(hs, words, func(h, w hit) bool { return w.start < h.start && h.start < w.end && w.end < h.end })
}

// outsideIdioms drops the hits that lie inside an idiom and are shorter
// than it (文化差异真实存在: 真实 is not the cause "avoids reality" there);
// a longer trigger holding the idiom (讲好中国故事) is read.
func outsideIdioms(hs, idioms []hit) []hit {
	return dropHits(hs, idioms, func(h, i hit) bool {
		return i.start <= h.start && h.end <= i.end && h.end-h.start < i.end-i.start
	})
}

// dropHits keeps the hits of hs that drop rejects against every hit of
// others.
func dropHits(hs, others []hit, drop func(h, o hit) bool) []hit {
	if len(others) == 0 {
		return hs
	}
	out := hs[:0:0]
	for _, h := range hs {
		if !slices.ContainsFunc(others, func(o hit) bool { return drop(h, o) }) {
			out = append(out, h)
		}
	}
	return out
}

// rhetoricalNotQuestion reports a 不是 that opens a question ending in 吗
// after trigger h in the same sentence (X不是下架了吗？): the question
// expects "yes" and asserts what it seems to deny.
func rhetoricalNotQuestion(t []rune, n, h hit, u *unit) bool {
	if string(t[n.start:n.end]) != "不是" {
		return false
	}
	for i := h.end; i < u.hi && i < h.end+20; i++ {
		switch t[i] {
		case '吗', '么':
			return true
		case '。', '!', '！', '\n':
			return false
		}
	}
	return false
}

// notBecauseRe is an English negated verb whose reason follows (did not
// fail abroad because …): the reason given is the one denied.
var notBecauseRe = regexp.MustCompile(`\b(?:not|n't|never)\b[a-z' ]{0,40}\bbecause (?:[a-z']+ ){0,4}$`)

// maxLatinDenyGap bounds, in runes, the bridge words between an English
// negator and the cause it denies.
const maxLatinDenyGap = 40

// negatorBridge holds the words that may stand between an English
// negator and the cause it denies ("not the censors", "not because of a
// lack of talent"). Any other word makes the negator negate a verb
// ("jokes do not survive translation"), which judges the cause lacking
// rather than denying it.
var negatorBridge = map[string]bool{
	"the": true, "a": true, "an": true, "because": true, "of": true, "due": true, "to": true, "about": true,
	"just": true, "only": true, "simply": true, "merely": true, "really": true, "so": true, "much": true,
	"its": true, "their": true, "our": true, "his": true, "her": true, "any": true, "that": true, "this": true,
	"these": true, "those": true, "by": true, "from": true, "with": true, "in": true, "for": true, "all": true,
	"lack": true, "lacking": true, "shortage": true, "absence": true, "poor": true, "bad": true, "weak": true,
	"chinese": true, "china's": true, "film": true, "films": true, "caused": true, "primarily": true,
	"mainly": true, "necessarily": true, "even": true, "some": true, "kind": true, "sort": true, "problem": true,
}

// negatesNoun reports whether the words in t[lo:hi] (between an English
// negator and a trigger) are all negatorBridge words.
func negatesNoun(t []rune, lo, hi int) bool {
	for _, w := range strings.FieldsFunc(string(t[lo:hi]), func(r rune) bool { return !isLatinWord(r) && r != '\'' }) {
		if !negatorBridge[w] {
			return false
		}
	}
	return true
}

// clauseBounds is the clause (between commas, semicolons, colons or the
// unit's ends) holding rune i.
func clauseBounds(f folded, u *unit, i int) (int, int) {
	lo, hi := i, i
	for lo > u.lo && !isClauseBreak(f.text[lo-1]) {
		lo--
	}
	for hi < u.hi && !isClauseBreak(f.text[hi]) {
		hi++
	}
	return lo, hi
}

func isClauseBreak(r rune) bool {
	switch r {
	case ',', ';', ':', '、', '。', '!', '?', '\n':
		return true
	}
	return false
}

// effectOf is the effect the unit explains: its own, when a connective
// after a trigger names one (审查…导致只能拍恋爱), else the heading above
// it in a report, else the document's title (the question).
func (a *Analyzer) effectOf(d *ingest.Document, f folded, ctx secContext, u *unit, links []link) string {
	first := links[0].start
	for _, l := range links {
		if l.start < first {
			first = l.start
		}
	}
	for _, e := range a.effect.find(f.text, first, u.hi) {
		_, hi := clauseBounds(f, u, e.end)
		if hi-e.end >= 2 {
			if hi-e.end > 40 {
				hi = e.end + 40
			}
			return strings.TrimSpace(d.Text[f.off[e.end]:f.endOff(hi)])
		}
	}
	if ctx.kindDoc && u.heading != "" {
		return u.heading
	}
	return ctx.effect
}

func (a *Analyzer) startsWith(ps *phraseSet, f folded, u *unit) bool {
	lo := u.lo
	for lo < u.hi && (unicode.IsPunct(f.text[lo]) || f.text[lo] == ' ' || f.text[lo] == '*') {
		lo++
	}
	for _, h := range ps.find(f.text, lo, min(u.hi, lo+6)) {
		if h.start == lo {
			return true
		}
	}
	return false
}

// startsWithNumber recognises "1.", "2、", "(3)", "3)", "1:", "①" and
// "3️⃣" openings of list items: any numbering of one or two numerals,
// whatever outline rank it would have as a heading.
func startsWithNumber(t []rune, lo, hi int) bool {
	n := readNumbering(t, lo, hi)
	if n.circled {
		return true
	}
	if n.digits == 0 || n.digits > 2 || n.sep == 0 {
		return false
	}
	return keycap(n.sep) || strings.ContainsRune(".、):\\", n.sep)
}

// bullets open a list item in posts written without list markup (👉
// 把流媒体当主战场；, • …, ▪ …). Stars (a rating: ★★★☆☆) and ○ (a zero)
// are no bullets. Check marks (✅) are left out too: posts tick
// off facts with them (✅ 《寄生虫》拿了金棕榈) as often as points; and so is
// a plain-text dash: notes dash their definitions as often as their points.
const bullets = "•·▪▸►▶➤➡→👉🔹🔸◆◇■□●"

// opensItem reports whether t[lo:hi] opens as a list item: with an ordinal
// number (1. 一、 （三） ① 3️⃣) or a bullet.
func opensItem(t []rune, lo, hi int) bool {
	if startsWithNumber(t, lo, hi) {
		return true
	}
	i := lo
	for i < hi && (t[i] == ' ' || t[i] == '*') {
		i++
	}
	return i+1 < hi && strings.ContainsRune(bullets, t[i])
}

// trimSpan trims white space off a span's ends, so the evidence quote
// starts and ends on text.
func trimSpan(d *ingest.Document, s ingest.Span) ingest.Span {
	for s.Start < s.End && isSpaceByte(d.Text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(d.Text[s.End-1]) {
		s.End--
	}
	return s
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func hasCause(ls []link, cause int) bool {
	for _, l := range ls {
		if l.cause == cause {
			return true
		}
	}
	return false
}

// praiseReach is how many runes before a trigger a praise cue (好的剧本)
// may end and still modify it.
const praiseReach = 3

// granted reports whether trigger h names something the writer grants or
// praises rather than finds lacking: a concessive cue before it in its
// clause (就算你有再好的情节), or a praise cue right before it (好的剧本,
// 成熟的电影工业) in a clause that neither judges nor hinders. A negator in
// the clause (没有好的剧本) keeps it a judgement.
func (a *Analyzer) granted(f folded, u *unit, h hit) bool {
	t := f.text
	lo, hi := clauseBounds(f, u, h.start)
	if a.concessive.has(t, lo, h.start) {
		return true
	}
	// What a unit prescribes (台词必须要优秀, 等到产出优质电影的时候) is
	// what it finds missing, so praise there does not grant.
	prescribes := a.prescriptive.has(t, u.lo, u.hi) || a.awaits.has(t, u.lo, u.hi)
	if !prescribes && a.praisedAfter(f, u, h) {
		return true
	}
	if !prescribes && a.praiseOver(t, h) && !a.negEval.has(t, lo, hi) && !a.hinder.has(t, lo, hi) {
		// A trigger that is itself praise (优质电影) counts only where
		// its clause finds it lacking (缺少优质电影); on its own it
		// praises a film (一部罕见的优质电影).
		return true
	}
	for _, p := range a.praise.find(t, max(lo, h.start-praiseReach-8), h.start) {
		if h.start-p.end > praiseReach {
			continue
		}
		if a.negEval.has(t, lo, hi) || a.hinder.has(t, lo, hi) || a.denyBefore.has(t, lo, h.start) {
			return false
		}
		return true
	}
	return false
}

// praiseOver reports a praise cue inside trigger h or overlapping it
// (优质电影; 高质量 over the trigger 质量 in 高质量发展).
func (a *Analyzer) praiseOver(t []rune, h hit) bool {
	for _, p := range a.praise.find(t, max(0, h.start-maxCueLen), h.end) {
		if p.start < h.end && p.end > h.start {
			return true
		}
	}
	return false
}

// praisedAfter reports whether a praising predicate follows trigger h in
// its clause, an enumeration (剧情、演技、题材) counting as one clause:
// 剧情、演技都很不错 and 特效水平上来了 describe what is good, not what is
// lacking. A negator right before the praise (不太好, 并不出色) or a
// negative evaluation between the trigger and the praise keeps it a
// judgement.
func (a *Analyzer) praisedAfter(f folded, u *unit, h hit) bool {
	t := f.text
	hi := h.end
	for hi < u.hi && !isExceptBreak(t[hi]) {
		hi++
	}
	for _, p := range a.praiseAfter.find(t, h.end, hi) {
		// 不太好, 并不出色 negate the praise; 还不错, 也还行 is faint praise
		// that concedes a failing rather than praises.
		if p.start > h.end && (strings.ContainsRune("不没未难并还", t[p.start-1]) || negatedBefore(t, h.end, p.start)) {
			continue
		}
		if a.negEval.has(t, h.end, p.start) || a.hinder.has(t, h.end, p.start) {
			continue
		}
		return true
	}
	return false
}

// homeSideGroups are the taxonomy groups whose causes are failings of
// Chinese films or their industry (regulation, the films, the industry):
// said of another country's films they describe that country.
var homeSideGroups = map[string]bool{"A": true, "B": true, "C": true}

// aboutForeign reports whether trigger h, a home-side failing, is said of
// another country's cinema: its clause names a foreign subject before it
// (欧美有成熟的电影工业, 好莱坞自己也是烂片成堆, Hollywood's scripts) and
// nothing Chinese (国产, 我们, Chinese), so the clause describes abroad
// rather than judging Chinese films.
func (a *Analyzer) aboutForeign(f folded, u *unit, h hit) bool {
	if !homeSideGroups[a.tax.Causes[h.p.tag].Group] {
		return false
	}
	// An English sentence names abroad as often as it judges China
	// (Unlike Hollywood, the censors …); a contrast with a model abroad
	// (看看人家, 人家敢拍) argues the failing at home by its absence.
	t := f.text
	if h.p.latinStart || a.model.has(t, u.lo, u.hi) {
		return false
	}
	lo, hi := clauseBounds(f, u, h.start)
	fs := a.foreign.find(t, lo, h.start)
	if len(fs) == 0 || a.home.has(t, lo, hi) {
		return false
	}
	// 没有英国发行商愿意…, 缺少海外发行商: the foreign party is missing, a
	// failing of the films' reach, not a description of the industry abroad
	return !negatedBefore(t, lo, fs[0].start) && !lackBefore(t, lo, fs[0].start)
}

// lackBefore reports a word of lacking (缺少, few, no) right before rune
// index at, after lo.
func lackBefore(t []rune, lo, at int) bool {
	return endsWithWord(t, lo, at, []string{"缺少", "缺乏", "缺", "找不到", "很少有", "少有", "no ", "few ", "any "})
}

// endsWithWord reports whether t[lo:at], lower-cased, ends with one of
// words (each at most maxWordBefore runes).
func endsWithWord(t []rune, lo, at int, words []string) bool {
	before := strings.ToLower(string(t[max(lo, at-maxWordBefore):at]))
	for _, w := range words {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// maxWordBefore bounds the words endsWithWord looks for.
const maxWordBefore = 8

// maxOvercomeGap is how far (in runes) an overcoming verb may stand before
// the trigger it governs (打破了外界对中国电影“单一叙事”的刻板印象).
const maxOvercomeGap = 20

// overcomeBefore reports whether a perfective overcoming verb (打破了,
// 扭转了) governs trigger h from earlier in its clause: the text reports
// the obstacle as overcome, it does not argue it as a cause.
func (a *Analyzer) overcomeBefore(f folded, u *unit, h hit) bool {
	lo, _ := clauseBounds(f, u, h.start)
	for _, c := range a.overcome.find(f.text, lo, h.start) {
		if h.start-c.end <= maxOvercomeGap && !negatedBefore(f.text, lo, c.start) {
			return true
		}
	}
	return false
}

// negatedBefore reports a negator right before rune index at, after lo
// (没能顺利过审, never successfully passed): the cue there is denied.
func negatedBefore(t []rune, lo, at int) bool {
	return endsWithWord(t, lo, at, []string{"没能", "未能", "没有", "不能", "无法", "没", "未", "不", "never ", "not ", "n't "})
}

// maxReasonLead bounds (in runes) the words before the colon of a
// paragraph's reason lead (原因说来简单：, 原因很简单：).
const maxReasonLead = 12

// reasonLead reports whether unit ui's paragraph opens by announcing the
// reason (原因说来简单：喜剧是最依赖语言的类型…): the paragraph explains
// what the one before it stated, so each of its sentences argues, though
// it repeats no causal word of its own.
func (a *Analyzer) reasonLead(f folded, us []*unit, ui int) bool {
	u := us[paraStart(us, ui)]
	if pointLead.MatchString(strings.ToLower(string(f.text[u.lo:min(u.hi, u.lo+maxPointLead)]))) {
		return true
	}
	for i := u.lo; i < u.hi && i-u.lo <= maxReasonLead; i++ {
		if f.text[i] == '：' || f.text[i] == ':' {
			return i-u.lo >= 2 && a.causal.has(f.text, u.lo, i)
		}
	}
	return false
}

// pointLead opens a paragraph that names one of the reasons an essay
// counts (The second obstacle is…, Another problem is…, 第二个障碍是…,
// 另一个原因是…): the paragraph argues that reason throughout.
var pointLead = regexp.MustCompile(`^(?:(?:the )?(?:first|second|third|fourth|fifth|final|last|other|biggest|main|real|deeper|bigger) |another )(?:obstacle|reason|problem|hurdle|barrier|factor|cause|difficulty|handicap)s? (?:is|was|lies)\b|^(?:第[一二三四五六七八九十]个?|另一个|还有一个|再一个|最大的|真正的|更深层的?)(?:障碍|原因|问题|因素|瓶颈|短板|难处)(?:是|在于|就是)`)

// maxPointLead bounds (in runes) the text pointLead reads.
const maxPointLead = 40

// prevParaAbroad reports whether the paragraph before unit ui's speaks of
// the films abroad (see paraAbroad).
func (a *Analyzer) prevParaAbroad(f folded, ctx secContext, us []*unit, ui int) bool {
	j := paraStart(us, ui) - 1
	return j >= 0 && us[j].sec == us[ui].sec && a.paraAbroad(f, ctx, us, j)
}

// ownParaAbroad reports whether the heading above unit ui or its own
// paragraph speaks of films abroad (海外, 走出去, international), whatever
// the rest of the document does.
func (a *Analyzer) ownParaAbroad(f folded, us []*unit, ui int) bool {
	u := us[ui]
	heading := foldString(u.heading)
	if a.intl.has(heading, 0, len(heading)) {
		return true
	}
	for j := paraStart(us, ui); j < len(us) && samePara(us[j], u); j++ {
		if a.intl.has(f.text, us[j].lo, us[j].hi) {
			return true
		}
	}
	return false
}

// paraAbroad reports whether the document's title, the heading above
// unit ui or its paragraph speaks of films abroad (海外, 走出去,
// international). A report on the industry at home names the same
// failings (人才, 技术, 叙事) as topics of its own; they argue why films
// do not travel only where the text is about travelling.
// A one-line turn of a chat or transcript also looks at the turns before
// it.
func (a *Analyzer) paraAbroad(f folded, ctx secContext, us []*unit, ui int) bool {
	u := us[ui]
	if ctx.docAbroad || a.ownParaAbroad(f, us, ui) {
		return true
	}
	// a turn of a chat or transcript (Kevin：别老拿审查当挡箭牌) is one line
	// of a conversation whose last few turns set its subject
	if p, n := a.paraLength(f, us, ui); n <= shortUnit && speakerOf(f, *us[p]) != "" {
		for j, k := p-1, 0; j >= 0 && us[j].sec == u.sec && k < maxTurnsBack; j-- {
			if j == 0 || us[j-1].para != us[j].para {
				k++
			}
			if a.intl.has(f.text, us[j].lo, us[j].hi) {
				return true
			}
		}
	}
	return false
}

// maxTurnsBack is how many paragraphs before a one-line turn are looked
// at for the subject of the conversation.
const maxTurnsBack = 6

// paraLength returns the first unit of unit ui's paragraph and the
// paragraph's length (see unitLength).
func (a *Analyzer) paraLength(f folded, us []*unit, ui int) (int, int) {
	p := paraStart(us, ui)
	n := 0
	for j := p; j < len(us) && samePara(us[j], us[ui]); j++ {
		n += unitLength(f.text, us[j].lo, us[j].hi)
	}
	return p, n
}

// whereIsItCues open a question that denies what follows (哪里是猎奇？,
// 哪有什么偏见？); 哪里 alone does so where the clause ends in 了？
// (哪里卖惨了？), since 问题出在哪里 and 哪里的审查最严 ask in earnest.
var whereIsItCues = []string{"哪里是", "哪儿是", "哪是", "哪有", "哪里有", "哪儿有", "哪来的", "哪里来的"}

// emphasisAfterWhere make a where-question emphatic (哪有那么容易): it
// asserts what it asks about.
var emphasisAfterWhere = []string{"那么", "这么", "这样", "那样"}

// maxWhereGap bounds, in runes, how far a 哪里 question cue may stand
// before the trigger it denies (哪有什么偏见: 什么).
const maxWhereGap = 3

// whereIsIt reports whether trigger h sits in a rhetorical where-question
// that denies it: 卖惨论我听腻了，《白日焰火》哪里卖惨了？ The writer
// rejects the cause; a question unit is otherwise never read as a denial.
func whereIsIt(f folded, u *unit, h hit) bool {
	t := f.text
	clo, end := clauseBounds(f, u, h.start)
	if end >= len(t) || t[end] != '?' { // the clause must end in a question mark
		return false
	}
	before := string(t[clo:h.start])
	for _, c := range whereIsItCues {
		if i := strings.LastIndex(before, c); i >= 0 && len([]rune(before[i+len(c):])) <= maxWhereGap {
			// 哪有那么容易, 哪来的这么深的偏见: emphasis, which asserts
			rest := before[i+len(c):]
			for _, e := range emphasisAfterWhere {
				if strings.HasPrefix(rest, e) {
					return false
				}
			}
			return true
		}
	}
	if i := strings.LastIndex(before, "哪里"); i >= 0 && len([]rune(before[i:])) <= maxWhereGap+2 {
		after := string(t[h.end:end])
		return strings.HasSuffix(after, "了")
	}
	return false
}

// Trace receives each trigger hit the analyser sets aside, with why: the
// cause, the byte span of the trigger in the document, and a short
// reason ("weak-unsupported", "doc-clause-not-argued", "reported" …). It
// is for studying which filter costs which causes on annotated text
// (eval/filterrecord); nil in normal use.
type Trace func(cause string, start, end int, reason string)

// dropped reports hit h to the analyser's trace, if it has one.
func (a *Analyzer) dropped(f folded, h hit, reason string) {
	if a.trace != nil {
		a.trace(a.tax.Causes[h.p.tag].ID, f.off[h.start], f.endOff(h.end), reason)
	}
}

// droppedAll reports every hit of hs.
func (a *Analyzer) droppedAll(f folded, hs []hit, reason string) {
	for _, h := range hs {
		a.dropped(f, h, reason)
	}
}

// greaterCues close a comparison that weighs another cause above the one
// after 比 (发行体系比文化差异更具解释力, 渠道比审查更关键).
var greaterCues = []string{"更具解释力", "更有解释力", "更有说服力", "更重要", "更关键", "更根本", "更致命", "影响更大"}

// maxCompareGap bounds (in runes) the words between 比 and the trigger,
// and between the trigger and the greater cue.
const maxCompareGap = 8

// lesserInComparison reports whether trigger h is what 比 weighs another
// cause against (A比X更具解释力): the writer ranks X below A.
func lesserInComparison(t []rune, clo int, h hit) bool {
	i := h.start - 1
	for i >= clo && h.start-i <= maxCompareGap && t[i] != '比' {
		i--
	}
	if i < clo || t[i] != '比' || h.start-i > maxCompareGap {
		return false
	}
	after := string(t[h.end:min(len(t), h.end+maxCompareGap+6)])
	for _, g := range greaterCues {
		if j := strings.Index(after, g); j >= 0 && len([]rune(after[:j])) <= maxCompareGap {
			return true
		}
	}
	return false
}

// inPrizeName reports whether trigger h names a prize category (最佳外语片,
// 最佳剧本奖, Best Visual Effects, best foreign-language film): the word
// that follows 最佳 or "best" there is a category, not a cause argued.
func inPrizeName(t []rune, u *unit, h hit) bool {
	if h.start-2 >= u.lo && string(t[h.start-2:h.start]) == "最佳" {
		return true
	}
	i := h.start
	for i > u.lo && t[i-1] == ' ' {
		i--
	}
	return i-4 >= u.lo && i < h.start && strings.EqualFold(string(t[i-4:i]), "best") && (i-4 == u.lo || !isLatinWord(t[i-5]))
}
