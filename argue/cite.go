package argue

import (
	"sort"
	"strings"

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

// maxItemWalk bounds how many list items after "比如：" still illustrate
// the claim that introduced them.
const maxItemWalk = 12

// cite links each mentioned film, person or festival to the claim whose
// scope holds it: the claim's own unit, or the sentence right before or
// after it in the same paragraph, or a list introduced by the claim (…比如：).
// A mention is cited by one claim only, so a film in a long answer is not
// spread over every claim of it.
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
		ui := unitAt(units, m.Span.Start)
		if ui < 0 {
			continue
		}
		ci := a.scopeClaim(f, units, claims, ui, m.Span.Start)
		if ci < 0 {
			continue
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
		claims[ci].Cites = append(claims[ci].Cites, facts.Citation{Entity: m.Entity, Role: role,
			Span: facts.Evidence{Start: m.Span.Start, End: m.Span.End}})
	}
}

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
	nextOK := ui+1 < len(units) && units[ui+1].sec == u.sec && units[ui+1].para == u.para
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
	if a.counterEx.has(t, u.lo, u.hi) || (c.Stance == "asserts" && allCauses(a, c, "already_succeeded_abroad")) {
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
