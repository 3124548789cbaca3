package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// Credit forms whose verb does not say the role by itself: a person hired
// for a work (《W》请了P), a pair teamed up in it (P、P搭档的《W》), and a
// demonstrative after the film just named (P导的这部, P演的那部). Each is
// credited only in the role the lexicon gives the person for the work.
var (
	// 《W》请了P, 《W》请来P: hired, an actor unless a crew task follows
	hiredRe   = regexp.MustCompile(`(` + reW + `)(?:还|也|则|更|又|特地|专门|特意)?(?:请了|请来了|请来|邀请了|邀请|找了|找来了|找来)(` + reL + `)`)
	hiredCrew = regexp.MustCompile(`^(?:来|去|当|做|担任|出任)?(?:导|执导|导演|编剧|作曲|配乐|作词|演唱|唱|监制|摄影|剪辑|设计|指导|美术|写|拍|操刀|助阵宣传|宣传|站台|剪)`)
	// P、P搭档的W: the pair the work teams up
	teamedRe = regexp.MustCompile(`(` + reL + `)(?:再度|再次|首度|首次|又一次)?搭档(?:主演|出演)?的` + reDesc + reNoun + `(` + reWL + `)`)
	// P继W、W之后的第五部长片: the earlier works are P's too
	afterWorksRe = regexp.MustCompile(`(^(?:这|这已|它|它已|此片|这部片|这部电影)?是)?(` + reP + `)(?:继|在)(` + reWL + `)(?:之后|以后|后)的?(?:第[一二三四五六七八九十0-9]+部|又一部|新一部)(?:\p{Han}{0,4}?)(?:长片|电影|影片|作品)`)
	// 阿和（P）, Ah-ho (P): a part, the actor in parentheses
	partActorRe = regexp.MustCompile(`(?:\p{Han}|[a-z])\((` + reP + `)\)`)
	// P导的这部, P演的那部: the film the passage has just named
	thisFilmRe = regexp.MustCompile(`(?:^|,|;|:)(` + reL + `)(?:(导的|导演的|执导的|拍的|拍摄的)|(演的|主演的|出演的))(?:这|那)(?:一)?部`)
)

func (c *Context) lexicalCredits(sh *shape, ms []*Found) {
	s := sh.s
	for _, m := range hiredRe.FindAllStringSubmatchIndex(s, -1) {
		if hiredCrew.MatchString(s[m[1]:]) {
			continue // 请了P作曲: crew
		}
		w := sh.at[m[2]]
		for _, p := range sh.mentions(m[4], m[5]) {
			if c.lexRole(w, p) == "actor" {
				c.bindCredits(sh, []credit{{people: []*Found{p}, cue: "W请了P"}}, []*Found{w}, m[0], m[1])
			}
		}
	}
	for _, m := range teamedRe.FindAllStringSubmatchIndex(s, -1) {
		people := sh.mentions(m[2], m[3])
		if len(people) < 2 {
			continue // a pair is two people
		}
		works := sh.mentions(m[4], m[5])
		for _, w := range works {
			for _, p := range people {
				if c.lexRole(w, p) == "actor" {
					c.bindCredits(sh, []credit{{people: []*Found{p}, cue: "P、P搭档的W"}}, []*Found{w}, m[0], m[1])
				}
			}
		}
	}
	for _, m := range afterWorksRe.FindAllStringSubmatchIndex(s, -1) {
		p := sh.at[m[4]]
		if p == nil {
			continue
		}
		works := sh.mentions(m[6], m[7])
		if m[2] >= 0 {
			// 这是P继W之后的第五部长片: the film the passage has just
			// named is P's newest
			if a := c.soleAntecedent(sh.off[0], ms); a != nil {
				works = append(works, a)
			}
		}
		for _, w := range works {
			if c.lexRole(w, p) == "director" {
				// an actor's fifth film is no credit of direction
				c.bindCredits(sh, []credit{{people: []*Found{p}, director: true, cue: "P继W之后的第N部长片"}}, []*Found{w}, m[0], m[1])
			}
		}
	}
	if !strings.ContainsRune(s, phWork) {
		// 小儿子阿和（P）: a part, then the actor in parentheses, in the
		// passage's film when the lexicon casts P in it
		var a *Found
		for k, m := range partActorRe.FindAllStringSubmatchIndex(s, -1) {
			if k == 0 {
				a = c.soleAntecedent(sh.off[0], ms)
				if a == nil {
					a = c.sectionSoleFilm(sh.off[0], ms)
				}
				if a == nil {
					a = c.titleFilm(sh.off[0], ms)
				}
			}
			if a == nil || a.Film == nil {
				break
			}
			p := sh.at[m[2]]
			if p != nil && p.Person != nil && slices.Contains(a.Film.Actors, p.Person.Name) {
				c.bindCredits(sh, []credit{{people: []*Found{p}, cue: "A（P）"}}, []*Found{a}, m[0], m[1])
			}
		}
	}
	if strings.ContainsRune(s, phWork) {
		return // a work in the sentence: 这部 may be that one
	}
	for _, m := range thisFilmRe.FindAllStringSubmatchIndex(s, -1) {
		a := c.soleAntecedent(sh.off[0], ms)
		if a == nil {
			return
		}
		director := m[4] >= 0
		for _, p := range sh.mentions(m[2], m[3]) {
			r := c.lexRole(a, p)
			if director && r == "director" || !director && r != "director" {
				c.bindCredits(sh, []credit{{people: []*Found{p}, director: director, cue: "P导的这部"}}, []*Found{a}, m[0], m[1])
			}
		}
	}
}

// coMentionStrength is the strength of a credit read from a sentence that
// names a person and a film the lexicon credits them with, without a
// credit phrase the grammar knows.
const coMentionStrength = 0.5

// coMentionCue is the cue of such a credit.
const coMentionCue = schema.CoMentionCue

// coMentionCredits relates a person and a work named in one sentence when
// the lexicon credits the person with the work (张艺谋2002年的旧作《英雄》,
// Diao Yinan's "Black Coal, Thin Ice", 他的《英雄》): writers state a
// credit in more ways than any list of frames holds, and a sentence that
// names a film and its own director or actor nearly always speaks of them
// in that capacity. The lexicon decides the capacity; a person it does not
// credit with the film is left to the frames, and the weaker strength and
// the cue say how the credit was read.
func (c *Context) coMentionCredits(sh *shape, ms []*Found) {
	var people, works []int
	for i, f := range sh.at {
		switch f.Type {
		case schema.Person:
			people = append(people, i)
		case schema.Work:
			works = append(works, i)
		}
	}
	sort.Ints(people)
	sort.Ints(works)
	if len(works) == 0 {
		// 《W》讲述了…。P把角色演得…: a sentence about people after a
		// sentence about one film speaks of them in that film
		c.coMentionPrevFilm(sh, people, ms)
		return
	}
	// people the sentence already credits with some work in its own words
	// (贾樟柯新作《风流一代》): the sentence speaks of them in that credit,
	// not of the other films it names
	stated := map[quad.IRI]bool{}
	from, to := sh.off[0], sh.off[len(sh.off)-1]
	for _, r := range c.Batch.Relations {
		if r.Cue == coMentionCue || r.Span.Start < from || r.Span.Start > to {
			continue
		}
		switch r.Predicate {
		case schema.DirectedBy:
			if iri, ok := r.Object.(quad.IRI); ok {
				stated[iri] = true
			}
		case schema.ActedIn:
			stated[r.Subject] = true
		}
	}
	c.coMentionPronouns(sh, works, stated, ms)
	c.coMentionRoleNoun(sh, works, ms)
	for _, pi := range people {
		p := sh.at[pi]
		if stated[p.Entity] {
			continue
		}
		for _, wi := range works {
			c.coMentionWith(sh, p, pi, sh.s[pi+len(string(phPerson)):], wi)
		}
	}
}

// coMentionWith credits person p, standing at byte at of the shape with
// after the text right after it, with the work at wi, in the capacity the
// lexicon gives p there; unless the lexicon gives none, the text credits
// them already in its own words, or the sentence relates them otherwise
// (姜文监制, watched, 看了).
func (c *Context) coMentionWith(sh *shape, p *Found, at int, after string, wi int) {
	w := sh.at[wi]
	r := lexCredit(w, p)
	if r == "" || c.credited(p, w) {
		return
	}
	lo, hi := min(at, wi), max(at, wi)
	if otherRoleRe.MatchString(sh.s[lo:hi]) || otherRoleAfterRe.MatchString(after) {
		return
	}
	_, n := utf8.DecodeRuneInString(sh.s[hi:])
	c.coMention(sh, p, w, r == "director", lo, hi+n)
}

// coMention binds p to w as a co-mention credit quoted from the shape's
// bytes [lo, hi).
func (c *Context) coMention(sh *shape, p, w *Found, director bool, lo, hi int) {
	c.bindCredits(sh, []credit{{people: []*Found{p}, director: director, cue: coMentionCue, strength: coMentionStrength}}, []*Found{w}, lo, hi)
}

// pronounWordRe is a third-person pronoun the shape left as text (A year
// later he was the tax collector of W, paired him with, 让她在《W》里).
var pronounWordRe = regexp.MustCompile(`(?i)\b(?:he|him|his|she|her)\b|[他她](?:[^` + zhPronounAfter + `]|$)`)

// coMentionPronouns credits the person a pronoun of the sentence stands
// for with the sentence's works, as coMentionCredits does a name: in a
// profile the subject is named once and is "he" after that.
func (c *Context) coMentionPronouns(sh *shape, works []int, stated map[quad.IRI]bool, ms []*Found) {
	for _, m := range pronounWordRe.FindAllStringIndex(sh.s, -1) {
		i := m[0]
		if prev, _ := utf8.DecodeLastRuneInString(sh.s[:i]); sh.s[i] >= 0x80 && strings.ContainsRune(notPronounBefore, prev) {
			continue // 其他导演: no pronoun
		}
		off := sh.off[i]
		p := c.pronounAntecedent(off, ms)
		if p == nil {
			// several people before it: the one the lexicon credits with
			// the sentence's next work
			mi := sort.Search(len(ms), func(k int) bool { return ms[k].QStart >= off })
			p = c.pronounByLexicon(off, sh.off[len(sh.off)-1]+1, ms, ms, mi)
		}
		if p == nil || stated[p.Entity] {
			continue
		}
		n := m[1] - i
		if sh.s[i] >= 0x80 {
			n = len("他")
		}
		proxy := *p
		proxy.Via = "pronoun"
		for _, wi := range works {
			c.coMentionWith(sh, &proxy, i, strings.TrimLeft(sh.s[i+n:], " "), wi)
		}
	}
}

// directorNounRe is a role noun that stands for a director named before
// (Days of Being Wild was the director's second feature; 该导演).
var directorNounRe = regexp.MustCompile(`(?i)\b(?:the|its|this|that|the film's)\s+(?:director|film-?maker|auteur)\b|该导演|这位导演|导演本人`)

// coMentionRoleNoun credits the director a role noun of the sentence
// stands for with the sentence's works: the one person named in its
// paragraph or the one before whom the lexicon gives as the work's
// director.
func (c *Context) coMentionRoleNoun(sh *shape, works []int, ms []*Found) {
	loc := directorNounRe.FindStringIndex(sh.s)
	if loc == nil || strings.HasPrefix(strings.TrimLeft(sh.s[loc[1]:], " "), string(phPerson)) {
		return // the director Patrick Tam: the noun introduces a name, it stands for no one
	}
	off := sh.off[loc[0]]
	pi := c.ParaOf(off)
	if pi < 0 {
		return
	}
	for _, wi := range works {
		w := sh.at[wi]
		var who *Found
		several := false
		for _, f := range within(ms, c.Paras[max(pi-1, 0)].Start, off) {
			if f.Type != schema.Person || c.Paras[f.Para].Section != c.Paras[pi].Section || lexCredit(w, f) != "director" {
				continue
			}
			several = several || who != nil && who.Entity != f.Entity
			who = f
		}
		if who == nil || several || c.credited(who, w) {
			continue
		}
		proxy := *who
		proxy.Via = "role noun"
		lo, hi := min(loc[0], wi), loc[1]
		if wi >= hi {
			_, k := utf8.DecodeRuneInString(sh.s[wi:])
			hi = wi + k
		}
		c.coMention(sh, &proxy, w, true, lo, hi)
	}
}

// otherRoleRe is a verb between a person and a work that relates them
// otherwise than by credit (看了《W》, watched W, praised W).
var otherRoleRe = regexp.MustCompile(`看了|看过|观看|重看|称赞|评价|批评|推荐|点评|谈到|谈起|提到|\bwatch(?:ed|es|ing)?\b|\bsaw\b|\bpraised?\b|\breviewed?\b|\badmired?\b|\bcalled\b|\bcriticised\b|\bcriticized\b`)

// otherRoleAfterRe is a crew role right after the person (姜文监制,
// P wrote): a role the lexicon's credit does not describe.
var otherRoleAfterRe = regexp.MustCompile(`^(?:担任|出任|则|也|还)?(?:监制|出品|制片|编剧|作曲|配乐|摄影|剪辑|美术|看了|看过|produced|wrote|scored|shot|edited|watched|saw|praised)`)

// credited reports whether the document already relates person p and
// work w by a credit.
func (c *Context) credited(p, w *Found) bool {
	for _, r := range c.Batch.Relations {
		if (r.Predicate == schema.DirectedBy && r.Subject == w.Entity && r.Object == p.Entity) ||
			(r.Predicate == schema.ActedIn && r.Subject == p.Entity && r.Object == w.Entity) {
			return true
		}
	}
	return false
}

// coMentionPrevFilm credits the people of a sentence that names no work
// with the one film the sentence before it names (or, when that sentence
// names none, the one film the paragraph has named so far), in the
// capacity the lexicon gives them there.
func (c *Context) coMentionPrevFilm(sh *shape, people []int, ms []*Found) {
	if len(people) == 0 {
		return
	}
	w := c.prevSentenceFilm(sh.off[0], ms)
	if w == nil {
		// the sentence before names no work: the one film its paragraph
		// has named (W was his second feature. He is Y. P and Q surround him.)
		w = c.paraSoleFilm(sh.off[0], ms)
	}
	if w == nil {
		return
	}
	for _, pi := range people {
		p := sh.at[pi]
		r := lexCredit(w, p)
		if r == "" || c.credited(p, w) || otherRoleAfterRe.MatchString(sh.s[pi+len(string(phPerson)):]) {
			continue
		}
		_, n := utf8.DecodeRuneInString(sh.s[pi:])
		c.coMention(sh, p, w, r == "director", pi, pi+n)
	}
}

// prevSentenceFilm is the one screen work the sentence before off (in
// off's paragraph) names, or nil when it names none or several; ms are
// the document's mentions in order.
func (c *Context) prevSentenceFilm(off int, ms []*Found) *Found {
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	ss, _ := c.sentenceOf(pi, off)
	var prev [2]int
	found := false
	for _, sp := range c.sentenceSpansOf(pi) {
		if sp[1] <= ss {
			prev, found = sp, true
		}
	}
	if !found {
		return nil
	}
	return soleScreenWork(ms, prev[0], prev[1])
}
