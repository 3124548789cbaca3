package extract

import "github.com/filmgraph/filmgraph/schema"

// paraSoleFilm is the film the paragraph has named before off when it
// has named no other work (说到这里，想谈谈《W》。宋佳演单亲妈妈…), though
// the paragraphs before named other films.
func (c *Context) paraSoleFilm(off int, ms []*Found) *Found {
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	var a *Found
	for _, f := range ms {
		if f.QEnd > off {
			break
		}
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
