// Package argue finds the arguments in a document: claim units (answer →
// paragraph → sentence, list items whole), the causes of the taxonomy they
// argue with the words that triggered each, their stance (asserts or
// denies), the effect they explain (inherited from the question or heading
// when the unit names none), causal chains between units, and the films,
// people and festivals each claim cites, with the role they play.
//
// An article's own prose argues only where a clause explains or judges;
// a thread's answers, an interviewee's or a transcript speaker's turns and
// replies under a post (turns.go) argue as opinion does. A report's outline
// (outline.go) makes its diagnoses and remedies argue. Citations (cite.go)
// go to the claim whose scope holds the film, then to what the text's
// structure points at (a paragraph's one film, 这些片子, 该片, a numbered
// lead, films of the kind a cause draws on).
//
// The rules read only the taxonomy's triggers and closed classes of
// function words (cues.go); nothing is keyed to a particular text.
package argue

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// Options configures an Analyzer.
type Options struct {
	Taxonomy *schema.Taxonomy // nil = schema.DefaultTaxonomy()
	// Trace, when set, is called for each trigger the analyser finds and
	// sets aside, with the reason (see Trace). An Analyzer with a Trace
	// is for one goroutine: the calls are not serialised.
	Trace Trace
}

// Analyzer holds the compiled triggers and cues; it is safe for concurrent
// use.
type Analyzer struct {
	tax      *schema.Taxonomy
	triggers *phraseSet
	// deniedBy maps a cause (index) to the counter-arguments (indexes)
	// its denial amounts to (the taxonomy's "denies").
	deniedBy map[int][]int

	causal, negEval, rhetorical, analogy, model, foreign  *phraseSet
	concessive, praise, praiseAfter, awaits, home, intl   *phraseSet
	speech, opinion, filmPraise                           *phraseSet
	diagnostic, prescriptive, enum, denyBefore, denyAfter *phraseSet
	hypo, hypoModal, sarcasm, mockList, chain, effect     *phraseSet
	example, counterEx, contrastBut, report, agree, turn  *phraseSet
	exception, exceptAfter, overcome                      *phraseSet
	hinder, topic, abroad, announce, idiom, openQuestion  *phraseSet
	crossing, pluralAnaphor, listAnnounce, askOpinion     *phraseSet
	singularAnaphor                                       *phraseSet
	remedyHeading, noticeRule                             *phraseSet
	trace                                                 Trace
	// evidenceTags are the work tags each cause draws its examples from
	// (schema.CauseDef.EvidenceTags), by cause id.
	evidenceTags map[string][]string
}

// New compiles the taxonomy's triggers and the cue classes.
func New(opts Options) (*Analyzer, error) {
	tax := opts.Taxonomy
	if tax == nil {
		tax = schema.DefaultTaxonomy()
	}
	if len(tax.Causes) == 0 {
		return nil, fmt.Errorf("argue: the cause taxonomy is empty; pass nil for the default or a taxonomy from schema.LoadTaxonomy")
	}
	a := &Analyzer{tax: tax, triggers: newPhraseSet(), deniedBy: map[int][]int{}, trace: opts.Trace, evidenceTags: map[string][]string{}}
	index := map[string]int{}
	for i, c := range tax.Causes {
		index[c.ID] = i
		if len(c.EvidenceTags) > 0 {
			a.evidenceTags[c.ID] = c.EvidenceTags
		}
	}
	for i, c := range tax.Causes {
		for _, t := range c.Triggers {
			a.triggers.add(t, i)
		}
		for _, d := range c.Denies {
			if j, ok := index[d]; ok {
				a.deniedBy[j] = append(a.deniedBy[j], i)
			}
		}
	}
	set := func(ss []string) *phraseSet { ps := newPhraseSet(); ps.addAll(0, ss...); return ps }
	a.causal, a.negEval, a.rhetorical = set(causalCues), set(negEvalCues), set(rhetoricalCues)
	a.analogy, a.model, a.foreign = set(analogyCues), set(modelCues), set(foreignCues)
	a.diagnostic, a.prescriptive, a.enum = set(diagnosticCues), set(prescriptiveCues), set(enumCues)
	a.denyBefore, a.denyAfter = set(denyBeforeCues), set(denyAfterCues)
	a.hypo, a.hypoModal, a.sarcasm, a.mockList = set(hypoCues), set(hypoModalCues), set(sarcasmCues), set(mockListCues)
	a.chain, a.effect, a.example, a.counterEx = set(chainCues), set(effectCues), set(exampleCues), set(counterExampleCues)
	a.report, a.agree, a.turn = set(reportCues), set(agreeCues), set(turnCues)
	a.hinder, a.topic, a.abroad = set(hinderCues), set(topicCues), set(abroadCues)
	a.announce = set(append(append([]string(nil), announceCues...), credentialCues...))
	a.idiom = set(idiomCues)
	a.crossing = set(crossingWords)
	a.pluralAnaphor, a.singularAnaphor = set(pluralAnaphora), set(singularAnaphora)
	a.listAnnounce = set(listAnnounceCues)
	a.remedyHeading, a.noticeRule = set(remedyHeadingCues), set(noticeRuleCues)
	a.askOpinion = set(askOpinionCues)
	a.openQuestion = set(openQuestionCues)
	a.concessive, a.praise, a.home, a.intl = set(concessiveCues), set(praiseCues), set(homeCues), set(intlCues)
	a.contrastBut = set([]string{"而是", "而在于", "but", "rather"})
	a.exception, a.exceptAfter = set(exceptionCues), set([]string{"除外"})
	a.overcome = set(overcomeCues)
	a.praiseAfter, a.awaits = set(praiseAfterCues), set(awaitCues)
	a.speech, a.opinion = set(speechCues), set(opinionCues)
	a.filmPraise = set(filmPraiseCues)
	return a, nil
}

// unit is a candidate claim: a sentence, or a whole list item.
type unit struct {
	span     ingest.Span
	lo, hi   int // rune range in the folded document
	sec      int
	para     int
	item     bool
	heading  string // nearest heading above it in its section
	claims   []int  // indexes into the batch's new claims
	question bool
	// headRank is the unit's outline rank when it is a heading line of a
	// plain-text report (see outline.go), else rankNone; underRemedy and
	// underCauses say whether a heading line above it prescribes or
	// diagnoses.
	headRank                 int
	underRemedy, underCauses bool
	headPara                 bool // a paragraph the reader marked as a heading
	secFirst                 int  // index of the first unit of its section
	// answerTurn: the unit speaks someone's opinion inside an article:
	// an interviewee's or a transcript speaker's turn, a reply under a
	// post, a source's view in indirect speech (see turns.go).
	answerTurn bool
}

// Analyze appends the document's claims to b.Claims.
func (a *Analyzer) Analyze(b *facts.Batch) error {
	if b == nil || b.Doc == nil {
		return fmt.Errorf("argue: batch has no document; build it with facts.NewBatch(doc)")
	}
	d := b.Doc
	if len(d.Text) == 0 {
		return nil
	}
	f := fold(d.Text, 0)
	units := a.units(d, f)
	a.markOutline(d, f, units)
	a.markTurns(f, units)
	base := len(b.Claims)
	docAbroad := a.docAbroad(d, f, units)
	works := screenWorks(b, f)
	var claims []facts.Claim
	for si := range d.Sections {
		s := &d.Sections[si]
		var secUnits []*unit
		for i := range units {
			if units[i].sec == si {
				secUnits = append(secUnits, &units[i])
			}
		}
		if len(secUnits) == 0 {
			continue
		}
		ctx := a.sectionContext(d, s, f, secUnits)
		ctx.docAbroad = ctx.docAbroad || docAbroad
		ctx.works = works
		perUnit := make([][]facts.Claim, len(secUnits))
		for ui := range secUnits {
			perUnit[ui] = a.claimsOf(d, f, ctx, secUnits, ui)
		}
		for ui, u := range secUnits {
			for _, c := range perUnit[ui] {
				u.claims = append(u.claims, len(claims))
				claims = append(claims, c)
			}
		}
		a.chains(f, secUnits, claims, base)
	}
	a.cite(b, f, units, claims)
	b.Claims = append(b.Claims, claims...)
	return nil
}

// referencesHeading reports the heading of a reference list or of notes
// (References, 参考文献): what follows it in the section is sources.
func referencesHeading(line string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(line), "#*:： ")) {
	case "references", "bibliography", "works cited", "sources", "notes", "参考文献", "参考资料", "注释", "资料来源":
		return true
	}
	return false
}

// units splits the document into claim units. A heading is a unit that
// argues only inside a report's outline (markOutline); it also gives the
// effect of the units under it. Captions and footnotes are skipped; an English
// paragraph aligned with a Chinese one is skipped so a bilingual page's
// claim is counted once.
func (a *Analyzer) units(d *ingest.Document, f folded) []unit {
	var out []unit
	for si := range d.Sections {
		s := &d.Sections[si]
		heading := s.Title
		for pi := range s.Paragraphs {
			p := &s.Paragraphs[pi]
			if referencesHeading(d.Text[p.Start:p.End]) {
				break // a reference list cites sources; it argues nothing
			}
			switch p.Kind {
			case "heading":
				heading = strings.TrimSpace(d.Text[p.Start:p.End])
				// a heading is a unit of the outline (see outline.go): it
				// argues only as a sub-heading under a heading that
				// prescribes or diagnoses (（三）深耕国际电影节与电影市场)
				if lo, hi := runeIndex(f, p.Start), runeIndex(f, p.End); lo < hi {
					out = append(out, unit{span: ingest.Span{Start: p.Start, End: p.End}, lo: lo, hi: hi, sec: si, para: pi,
						heading: heading, headPara: true})
				}
				continue
			case "caption", "footnote":
				continue
			}
			if p.Lang == "en" && p.Align >= 0 && p.Align < len(s.Paragraphs) && s.Paragraphs[p.Align].Lang == "zh" {
				continue
			}
			spans := p.Sentences
			if p.Kind == "item" || len(spans) == 0 {
				spans = []ingest.Span{{Start: p.Start, End: p.End}}
			}
			for _, sp := range spans {
				lo, hi := runeIndex(f, sp.Start), runeIndex(f, sp.End)
				if lo >= hi {
					continue
				}
				q := f.text[hi-1]
				out = append(out, unit{span: sp, lo: lo, hi: hi, sec: si, para: pi, item: p.Kind == "item",
					heading: heading, question: q == '?' || (hi-2 >= lo && f.text[hi-2] == '?')})
			}
		}
	}
	return out
}

// runeIndex is the index of the first folded rune at or after byte offset off.
func runeIndex(f folded, off int) int {
	return sort.Search(len(f.text), func(i int) bool { return f.off[i] >= off })
}

// secContext holds what a whole section tells about its units.
type secContext struct {
	bare     bool // a one- or two-sentence answer: a bare noun phrase argues
	mockList bool // 虚假的…真正的 lists: sarcasm
	effect   string
	kindDoc  bool // report-like prose (chapters, articles)
	// asksWhy: the article asks why in its title (Why China's
	// blockbusters don't travel): it answers its question throughout, as
	// a thread's answer does, where a report describes at length.
	asksWhy bool
	// docAbroad: the document's title, or a good share of its
	// paragraphs, speaks of films abroad, so all of it argues about
	// travelling (see paraAbroad).
	docAbroad bool
	// works are the folded rune ranges of the screen works the document
	// mentions, in text order.
	works [][2]int
}

func (a *Analyzer) sectionContext(d *ingest.Document, s *ingest.Section, f folded, all []*unit) secContext {
	c := secContext{effect: strings.TrimSpace(d.Title), kindDoc: s.Kind != "answer"}
	// what the section says is in its units other than headings
	var us []*unit
	for _, u := range all {
		if !u.headPara {
			us = append(us, u)
		}
	}
	if len(us) == 0 {
		return c
	}
	lo, hi := us[0].lo, us[len(us)-1].hi
	if hi-lo <= 40 && len(us) <= 2 {
		c.bare = true
	}
	hs := a.mockList.find(f.text, lo, hi)
	seen := map[string]bool{}
	for _, h := range hs {
		seen[h.p.text] = true
	}
	c.mockList = len(seen) == 2
	c.asksWhy = c.kindDoc && a.asksWhy(d, f, us)
	title := foldString(d.Title)
	// 走不出去 in a title is about travelling though it names no place abroad
	c.docAbroad = a.intl.has(title, 0, len(title)) || a.abroad.has(title, 0, len(title))
	return c
}

// whyCues open a question about causes.
var whyCues = []string{"why", "为什么", "为何", "为啥", "何以"}

// asksWhy reports whether the document's title, or its first paragraph
// when that is a headline-length line, asks why.
func (a *Analyzer) asksWhy(d *ingest.Document, f folded, us []*unit) bool {
	lines := []string{d.Title}
	if len(us) > 0 && us[0].sec == 0 {
		first := us[0]
		var b strings.Builder
		for _, u := range us {
			if u.sec != first.sec || u.para != first.para {
				break
			}
			b.WriteString(string(f.text[u.lo:u.hi]))
		}
		if t := b.String(); utf8.RuneCountInString(t) <= 60 {
			lines = append(lines, t)
		}
	}
	for _, l := range lines {
		low := strings.ToLower(l)
		for _, w := range whyCues {
			if strings.Contains(low, w) {
				return true
			}
		}
	}
	return false
}

// abroadShare is the share of a document's paragraphs that must speak of
// films abroad (海外, international) for the whole document to be about
// travelling.
const abroadShare = 0.25

// docAbroad reports whether at least abroadShare of the document's
// paragraphs hold an international cue: an essay on why films do not
// travel says so throughout, a report on the industry at home only in
// passing.
func (a *Analyzer) docAbroad(d *ingest.Document, f folded, us []unit) bool {
	type key struct{ sec, para int }
	paras, abroad := map[key]bool{}, map[key]bool{}
	for i := range us {
		if us[i].headPara {
			continue // the share is of the paragraphs that say something
		}
		k := key{us[i].sec, us[i].para}
		paras[k] = true
		if a.intl.has(f.text, us[i].lo, us[i].hi) {
			abroad[k] = true
		}
	}
	return len(paras) > 0 && float64(len(abroad)) >= abroadShare*float64(len(paras))
}

// screenWorks lists the folded rune ranges of the batch's mentions of
// works of the screen (not the policies, reports and books a text cites).
func screenWorks(b *facts.Batch, f folded) [][2]int {
	var out [][2]int
	for _, m := range b.Mentions {
		e := b.Entities[m.Entity]
		if e == nil || e.Type != schema.Work || sourceKinds[e.Kind] || e.Kind == "book" {
			continue
		}
		out = append(out, [2]int{runeIndex(f, m.Span.Start), runeIndex(f, m.Span.End)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// insideWork reports whether t[lo:hi] lies within a mention of a screen
// work: a trigger in a title (《乡村爱情故事》, 《红色》) names the work,
// it argues nothing. The mentions of a batch do not overlap (extraction
// claims each span once), so the last one starting at or before lo is
// the only one that can hold the range.
func (c secContext) insideWork(lo, hi int) bool {
	i := sort.Search(len(c.works), func(i int) bool { return c.works[i][0] > lo }) - 1
	return i >= 0 && hi <= c.works[i][1]
}

// namesWork reports whether a screen work is mentioned within t[lo:hi].
func (c secContext) namesWork(lo, hi int) bool {
	i := sort.Search(len(c.works), func(i int) bool { return c.works[i][0] >= lo })
	return i < len(c.works) && c.works[i][1] <= hi
}
