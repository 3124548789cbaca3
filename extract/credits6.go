package extract

import (
	"regexp"

	"github.com/filmgraph/filmgraph/schema"
)

// paraSoleFilm is the film the paragraph has named before off when it
// has named no other work (说到这里，想谈谈《W》。宋佳演单亲妈妈…), though
// the paragraphs before named other films.
func (c *Context) paraSoleFilm(off int, ms []*Found) *Found {
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	var a *Found
	for _, f := range within(ms, c.Paras[pi].Start, off) {
		if f.Type != schema.Work || f.Para != pi {
			continue
		}
		if a != nil && f.Entity != a.Entity {
			return nil
		}
		a = f
	}
	if a == nil || a.Kind != "film" {
		return nil
	}
	return a
}

// nextSubjectRe is a verb of a new clause right after a name (Chow
// proposed, Chow argues): the name is that clause's subject.
var nextSubjectRe = regexp.MustCompile(`^ ?(?:[a-z]+ed|says|argues|writes|notes|suggests|claims|observes|contends|insists|thinks|believes|recalls|adds|explains)\b`)

// dropNextSubject removes from a cast list the last name when a comma
// joins it to the list and a verb follows it (W and W, both starring P,
// Chow proposed that …): the comma ends the credit, the name opens a new
// clause. Every segment is kept otherwise.
func dropNextSubject(sh *shape, segs []credit, end int) []credit {
	if len(segs) == 0 || !nextSubjectRe.MatchString(sh.s[end:]) {
		return segs
	}
	last := &segs[len(segs)-1]
	if len(last.people) < 2 {
		return segs
	}
	p := last.people[len(last.people)-1]
	for i := end - 1; i >= 0; i-- {
		if sh.at[i] != p {
			continue
		}
		if i > 0 && sh.s[i-1] == ',' {
			last.people = last.people[:len(last.people)-1]
		}
		break
	}
	return segs
}
