package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

func init() {
	Register("people", func() Stage { return peopleStage{} })
	Register("festivals", func() Stage { return festivalStage{} })
}

type peopleStage struct{}

func (peopleStage) Name() string { return "people" }

// personCues introduce a person's name (导演张琪) or follow it (郭帆执导).
var (
	cueBeforeName = []struct{ w, role string }{{"导演", "director"}, {"主演", "actor"}, {"演员", "actor"}, {"编剧", "writer"}, {"监制", "producer"}, {"制片人", "producer"}}
	cueAfterName  = []struct{ w, role string }{{"导演的", "director"}, {"执导", "director"}, {"导演", "director"}, {"饰演", "actor"}, {"主演", "actor"}, {"领衔主演", "actor"}}
)

// surnames are the common Chinese family names a cue-found name must start
// with, so that 导演说 or 导演这个 are not taken for names.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封"

func (peopleStage) Run(c *Context) error {
	for pi := range c.Paras {
		for _, m := range c.scan(pi) {
			var p *lexicon.Person
			weak := false
			for _, h := range m.Hits {
				if h.Person != nil {
					p, weak = h.Person, h.Strength == lexicon.Weak
					break
				}
			}
			if p == nil || !c.Free(m.Start, m.End) {
				continue
			}
			surface := c.Doc.Text[m.Start:m.End]
			if c.IsAuthor(surface) || c.runeBefore(m.Start) == '@' {
				continue
			}
			if isLatinOrDigit(c.runeBefore(m.Start)) || isLatinOrDigit(c.runeAfter(m.End)) {
				continue
			}
			if utf8.RuneCountInString(surface) <= 2 || weak {
				if ok, have := c.Boundary(pi, m.Start); have && !ok {
					continue
				}
				if ok, have := c.Boundary(pi, m.End); have && !ok {
					continue
				}
			}
			if weak && !c.filmContextNear(pi, m.Start, m.End) && !c.workNear(pi, m.End) {
				continue
			}
			c.Add(&Found{Start: m.Start, End: m.End, QStart: m.Start, QEnd: m.End, Entity: p.IRI, Type: schema.Person,
				Via: "lexicon", Surface: surface, Person: p, Para: pi})
		}
		c.cuePeople(pi)
	}
	return nil
}

// workNear reports a work mention starting within a few characters after off.
func (c *Context) workNear(pi, off int) bool {
	for _, f := range c.Found {
		if f.Type == schema.Work && f.Para == pi && f.QStart >= off && f.QStart-off <= 9 {
			return true
		}
	}
	return false
}

// cuePeople finds people the lexicon does not know from role cues:
// 导演张琪, 演员王某某, 郭某执导, and transliterated names with a middle dot.
func (c *Context) cuePeople(pi int) {
	text := c.Text(pi)
	base := c.Paras[pi].Start
	for _, cue := range cueBeforeName {
		off := 0
		for {
			i := strings.Index(text[off:], cue.w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(cue.w)
			s := base + off
			if e := c.nameEnd(pi, s); e > s {
				c.addCuePerson(pi, s, e, cue.role)
			}
		}
	}
	for _, cue := range cueAfterName {
		off := 0
		for {
			i := strings.Index(text[off:], cue.w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(cue.w)
			e := base + i
			if s := c.nameStart(pi, e); s < e {
				c.addCuePerson(pi, s, e, cue.role)
			}
		}
	}
}

// nameEnd returns the end of a name starting at s: a transliterated name
// (Han runs joined by ·), or a surname plus one or two characters ending
// at a gse boundary or before a particle. s itself when there is none.
func (c *Context) nameEnd(pi, s int) int {
	end := c.Paras[pi].End
	t := c.Doc.Text[s:end]
	if e := dottedName(t); e > 0 {
		return s + e
	}
	rs := []rune(firstRunes(t, 4))
	if len(rs) < 2 || !strings.ContainsRune(surnames, rs[0]) {
		return s
	}
	for n := 3; n >= 2; n-- {
		if n > len(rs) || !allHan(rs[:n]) {
			continue
		}
		e := s + len(string(rs[:n]))
		next := c.runeAfter(e)
		if ok, have := c.Boundary(pi, e); have {
			if ok && (n == 2 || !strings.ContainsRune(stopAfter, rs[n-1])) {
				return e
			}
			continue
		}
		if next == 0 || !isHan(next) || strings.ContainsRune(stopAfter+"携说执导主饰曾拍表", next) {
			return e
		}
	}
	return s
}

// nameStart is nameEnd's mirror for cues that follow the name.
func (c *Context) nameStart(pi, e int) int {
	start := c.Paras[pi].Start
	t := c.Doc.Text[start:e]
	if s := dottedNameBack(t); s >= 0 {
		// a particle glued to the first part: 由罗伯特·本顿
		if r, n := utf8.DecodeRuneInString(t[s:]); strings.ContainsRune("由是被和与及的为让请给", r) {
			s += n
		}
		return start + s
	}
	for n := 3; n >= 2; n-- {
		head := lastRunes(t, n)
		rs := []rune(head)
		if len(rs) != n || !allHan(rs) || !strings.ContainsRune(surnames, rs[0]) {
			continue
		}
		s := e - len(head)
		prev := c.runeBefore(s)
		if ok, have := c.Boundary(pi, s); have {
			if ok {
				return s
			}
			continue
		}
		if prev == 0 || !isHan(prev) || strings.ContainsRune(stopAfter+"由是位名", prev) {
			return s
		}
	}
	return e
}

func (c *Context) addCuePerson(pi, s, e int, role string) {
	name := c.Doc.Text[s:e]
	if !c.Free(s, e) || c.IsAuthor(name) {
		return
	}
	if p := c.Lex.Person(lexicon.Key(name)); p != nil {
		c.Add(&Found{Start: s, End: e, QStart: s, QEnd: e, Entity: p.IRI, Type: schema.Person, Via: "cue", Surface: name, Person: p, Para: pi})
		return
	}
	if len(c.Lex.Film(lexicon.Key(name))) > 0 {
		return
	}
	canon := strings.NewReplacer("・", "·", "•", "·", " · ", "·", " ", "").Replace(lexicon.ToSimplified(name))
	f := c.Add(&Found{Start: s, End: e, QStart: s, QEnd: e, Entity: schema.PersonIRI(canon), Type: schema.Person, Via: "cue", Surface: name, Para: pi})
	if f != nil {
		e := c.Batch.Entities[f.Entity]
		e.Label = canon
		e.Roles = appendRole(e.Roles, role)
	}
}

func appendRole(rs []string, r string) []string {
	for _, x := range rs {
		if x == r {
			return rs
		}
	}
	return append(rs, r)
}

// dottedName returns the byte length of a transliterated name at the start
// of t (罗伯特·本顿, 达斯汀 · 霍夫曼), or 0.
func dottedName(t string) int {
	i, parts := 0, 0
	for {
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if !isHan(r) {
				break
			}
			j += n
		}
		if j == i {
			break
		}
		parts++
		i = j
		k := i
		for k < len(t) && t[k] == ' ' {
			k++
		}
		if strings.HasPrefix(t[k:], "·") {
			k += len("·")
			for k < len(t) && t[k] == ' ' {
				k++
			}
			if r, _ := utf8.DecodeRuneInString(t[k:]); isHan(r) {
				i = k
				continue
			}
		}
		break
	}
	if parts >= 2 && utf8.RuneCountInString(t[:i]) <= 16 {
		return i
	}
	return 0
}

func dottedNameBack(t string) int {
	// walk back over Han runs joined by ·
	i, parts := len(t), 0
	for {
		j := i
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(t[:j])
			if !isHan(r) || j-n >= 0 && i-j >= 12 {
				break
			}
			j -= n
		}
		if j == i {
			break
		}
		parts++
		i = j
		k := i
		for k > 0 && t[k-1] == ' ' {
			k--
		}
		if strings.HasSuffix(t[:k], "·") {
			k -= len("·")
			for k > 0 && t[k-1] == ' ' {
				k--
			}
			if r, _ := utf8.DecodeLastRuneInString(t[:k]); isHan(r) {
				i = k
				continue
			}
		}
		break
	}
	if parts >= 2 {
		return i
	}
	return -1
}

type festivalStage struct{}

func (festivalStage) Name() string { return "festivals" }

// awardContext makes a bare city name (威尼斯, 柏林) a festival.
var awardContext = []string{"电影节", "影展", "获奖", "得奖", "拿奖", "奖", "提名", "入围", "评委", "首映", "展映", "竞赛", "单元", "场刊", "金狮", "金熊", "金棕榈", "撤"}

func (festivalStage) Run(c *Context) error {
	for pi := range c.Paras {
		for _, m := range c.scan(pi) {
			var h *lexicon.Hit
			for i := range m.Hits {
				if m.Hits[i].Festival != nil {
					h = &m.Hits[i]
					break
				}
			}
			if h == nil || !c.Free(m.Start, m.End) {
				continue
			}
			surface := c.Doc.Text[m.Start:m.End]
			if c.IsAuthor(surface) {
				continue
			}
			if utf8.RuneCountInString(surface) <= 2 {
				if ok, have := c.Boundary(pi, m.End); have && !ok {
					continue
				}
				// 百花齐放 is not 百花奖
				if next := c.runeAfter(m.End); isHan(next) && !strings.ContainsRune(stopAfter+"奖电影节金最", next) && !startsStatusCue(c.Doc.Text[m.End:c.Paras[pi].End]) {
					continue
				}
			}
			if h.Strength == lexicon.Weak {
				ss, se := c.sentenceOf(pi, m.Start)
				sent := c.Doc.Text[ss:se]
				ok := false
				for _, w := range awardContext {
					if strings.Contains(sent, w) {
						ok = true
						break
					}
				}
				if !ok {
					continue
				}
			}
			c.Add(&Found{Start: m.Start, End: m.End, QStart: m.Start, QEnd: m.End, Entity: h.Festival.IRI, Type: schema.Festival,
				Via: "lexicon", Surface: surface, Festival: h.Festival, Prize: h.Prize, Para: pi})
		}
	}
	return nil
}

// startsStatusCue reports text that begins with an award status cue
// (获奖, 拿了, 提名, 亮相…): a short festival name right before one is
// the place of the award (在戛纳获奖).
func startsStatusCue(t string) bool {
	for _, s := range statusCues {
		if strings.HasPrefix(t, s.w) {
			return true
		}
	}
	return false
}
