package argue

import "github.com/filmgraph/filmgraph/facts"

// chains links claim → claim where a unit opens with a consequence
// connective (所以, 于是, 导致, 结果 …): the asserted claims of the
// previous arguing unit of the same section (at most two units back, so
// the link stays local) lead to this unit's claims. base is the index in
// the batch of claims[0].
func (a *Analyzer) chains(f folded, us []*unit, claims []facts.Claim, base int) {
	for j := 1; j < len(us); j++ {
		u := us[j]
		if len(u.claims) == 0 || !a.startsWith(a.chain, f, u) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			if len(us[k].claims) == 0 {
				continue
			}
			for _, from := range us[k].claims {
				if claims[from].Stance != "asserts" {
					continue
				}
				for _, to := range u.claims {
					if claims[to].Stance == "asserts" {
						claims[from].LeadsTo = append(claims[from].LeadsTo, base+to)
					}
				}
			}
			break
		}
	}
}
