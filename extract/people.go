package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

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
	// the works are all found by now; sorted once, not per paragraph
	works := c.sorted()
	for pi := range c.Paras {
		for _, m := range c.scan(pi) {
			p, weak := c.personOfMatch(pi, m)
			if p == nil || !c.Free(m.Start, m.End) {
				continue
			}
			surface := c.Doc.Text[m.Start:m.End]
			if c.IsAuthor(surface) || c.runeBefore(m.Start) == '@' {
				continue
			}
			// a Latin name stops at a word boundary (Li not in Lin); a
			// Chinese one may touch digits (贾樟柯2006年的作品)
			first, _ := utf8.DecodeRuneInString(surface)
			last, _ := utf8.DecodeLastRuneInString(surface)
			if isLatinOrDigit(first) && isLatinOrDigit(c.runeBefore(m.Start)) || isLatinOrDigit(last) && isLatinOrDigit(c.runeAfter(m.End)) {
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
			if weak && !c.personContext(pi, m.Start, m.End) && !c.workNear(pi, m.End) && !c.listedAfterPerson(m.Start) && !c.creditNoteOf(p, m.Start) {
				continue
			}
			c.Add(&Found{Start: m.Start, End: m.End, QStart: m.Start, QEnd: m.End, Entity: p.IRI, Type: schema.Person,
				Via: "lexicon", Surface: surface, Person: p, Para: pi})
		}
		c.cuePeople(pi)
		c.creditNames(pi)
		c.englishCreditNames(pi)
		c.englishNamedPeople(pi)
		c.surnamePossessives(pi, works)
		c.dottedPeople(pi)
		c.listedPeople(pi)
	}
	c.shortNames()
	return nil
}

// translitChars are the characters Chinese transliterations of foreign
// names are written with (罗伯特, 斯蒂格勒, 阿帕杜莱, 吾拉扎力). A dotted
// name is grown only over these, so 哲学家贝尔纳·斯蒂格勒在 yields
// 贝尔纳·斯蒂格勒.
const translitChars = "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布查柴达大戴丹道德登邓迪蒂底蒂丁东杜顿多厄恩尔法凡范菲费芬丰弗伏福夫盖甘冈高戈格葛根古瓜圭哈海汉豪浩赫黑亨洪侯胡华怀惠霍基吉加贾杰捷金京居喀卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾黎里理丽莉利连廉良列林琳灵留柳隆卢鲁路伦罗洛律马玛迈麦曼芒梅门蒙孟米密明摩莫默姆穆纳娜乃奈南内尼妮涅宁牛纽努诺欧帕派潘庞佩彭皮珀普齐奇恰契乔切钦琴琼丘萨塞赛桑瑟森沙莎尚舍申什施史士斯松苏索塔泰坦汤唐陶特滕提田廷汀图托瓦万旺威韦维温文沃乌吾伍武西希锡席夏先肖谢辛欣休修许雅亚扬杨耶叶伊依义因英尤于宇约泽扎詹兹卓佐君力别克娃黛芙薇琪霞曦格汉歇辛龙茨瑞斐蒲朱茱芭蓓萝奈耐诗丝思珊茜娅露洛涅德弗罗贡铁璐黎"

func translit(r rune) bool { return strings.ContainsRune(translitChars, r) }

// dottedPeople finds transliterated foreign names anywhere in a paragraph:
// two or more runs of transliteration characters joined by a middle dot
// (马歇尔·麦克卢汉, 达斯汀 · 霍夫曼), each run at least two characters,
// the whole at most sixteen.
func (c *Context) dottedPeople(pi int) {
	p := c.Paras[pi]
	text := c.Text(pi)
	for off := 0; ; {
		i := strings.IndexAny(text[off:], "·・•")
		if i < 0 {
			return
		}
		i += off
		_, dl := utf8.DecodeRuneInString(text[i:])
		off = i + dl
		// grow back over the first part
		s := strings.TrimRight(text[:i], " ")
		st := len(s)
		for st > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:st])
			if !translit(r) || len(s)-(st-n) > 6*3 {
				break
			}
			st -= n
		}
		if utf8.RuneCountInString(s[st:]) < 2 {
			continue
		}
		// grow forward over one or more dotted parts
		en, parts, last := off, 1, off
		for {
			k := en
			for k < len(text) && text[k] == ' ' {
				k++
			}
			e := k
			for e < len(text) {
				r, n := utf8.DecodeRuneInString(text[e:])
				if !translit(r) || utf8.RuneCountInString(text[k:e]) >= 6 {
					break
				}
				e += n
			}
			if n := utf8.RuneCountInString(text[k:e]); n < 2 && !(n == 1 && parts == 1 && utf8.RuneCountInString(s[st:]) >= 3) {
				// a one-character surname ends a name whose given name
				// is long (约瑟夫·奈): no shorter part is a name's
				break
			}
			parts++
			en, last = e, k
			j := en
			for j < len(text) && text[j] == ' ' {
				j++
			}
			if r, n := utf8.DecodeRuneInString(text[j:]); r == '·' || r == '・' || r == '•' {
				en = j + n
				continue
			}
			break
		}
		if parts < 2 {
			continue
		}
		for en > 0 && strings.ContainsRune("·・• ", lastRune(text[:en])) {
			en -= len(string(lastRune(text[:en])))
		}
		off = en
		// a title or verb glued to the name (主席吾…, …贾维提出): trim to
		// the segmenter's word boundaries
		for st < i {
			if ok, have := c.Boundary(pi, p.Start+st); !have || ok {
				break
			}
			_, n := utf8.DecodeRuneInString(text[st:])
			st += n
		}
		for en > last {
			if ok, have := c.Boundary(pi, p.Start+en); !have || ok {
				break
			}
			_, n := utf8.DecodeLastRuneInString(text[:en])
			en -= n
		}
		// an everyday two-character word at either end is not part of the
		// name (麦克卢汉基于, 主席吾…) even when gse cut it into the name
		if seg := c.x.segmenter(); seg != nil {
			for en > last && utf8.RuneCountInString(text[last:en]) > 3 && seg.DictWord(lastRunes(text[last:en], 2), 1000) {
				en -= len(lastRunes(text[last:en], 2))
			}
			for utf8.RuneCountInString(text[st:i]) > 3 && seg.DictWord(firstRunes(text[st:i], 2), 1000) {
				st += len(firstRunes(text[st:i], 2))
			}
		}
		if utf8.RuneCountInString(text[st:i]) < 2 || strings.Count(text[st:en], "·")+strings.Count(text[st:en], "・")+strings.Count(text[st:en], "•") == 0 {
			continue
		}
		if r := lastRune(text[:en]); r == '·' || r == '・' || r == '•' || utf8.RuneCountInString(text[st:en]) > 16 {
			continue
		}
		c.addCuePerson(pi, p.Start+st, p.Start+en, "")
	}
}

// listedPeople finds the names of a list that a role noun closes:
// 王某、李某某、赵某等导演 / 张三、李四等知名演员. Each item must look like a
// Chinese name (a common surname and one or two more characters) or be a
// lexicon person.
func (c *Context) listedPeople(pi int) {
	p := c.Paras[pi]
	text := c.Text(pi)
	for _, cue := range []struct{ w, role string }{{"等导演", "director"}, {"等知名导演", "director"}, {"等演员", "actor"}, {"等知名演员", "actor"}, {"等明星", "actor"}, {"等影星", "actor"}, {"等编剧", "writer"}, {"等学者", "scholar"}} {
		for off := 0; ; {
			i := strings.Index(text[off:], cue.w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(cue.w)
			var items [][2]int
			end := i
			for {
				st := strings.LastIndexAny(text[:end], "、，,：:；;。（(")
				from := st
				if st < 0 {
					from = 0
				} else {
					_, n := utf8.DecodeRuneInString(text[st:])
					from = st + n
				}
				item := text[from:end]
				for _, m := range []string{"比如", "例如", "包括", "以及", "如", "像", "有", "和", "与", "及"} {
					// the first item follows a marker: 吸引了如王某、…
					if k := strings.LastIndex(item, m); k >= 0 && utf8.RuneCountInString(item[k+len(m):]) >= 2 && utf8.RuneCountInString(item[k+len(m):]) <= 3 {
						from += k + len(m)
						item = text[from:end]
						break
					}
				}
				rs := []rune(item)
				known := c.Lex.Person(lexicon.Key(item)) != nil
				if !known && (len(rs) < 2 || len(rs) > 3 || !allHan(rs) || !strings.ContainsRune(surnames, rs[0])) {
					break
				}
				items = append(items, [2]int{from, end})
				if st < 0 || !strings.HasPrefix(text[st:], "、") {
					break
				}
				end = st
			}
			if len(items) < 2 {
				continue // one name before 等导演 is too little evidence of a list
			}
			for _, it := range items {
				c.addCuePerson(pi, p.Start+it[0], p.Start+it[1], cue.role)
			}
		}
	}
}

// personContext is the evidence a name that is also an everyday word or
// a nickname needs (文章, 国师): a role word or film verb right next to it
// in the same clause (演员文章, 国师执导, 文章主演的), or a link on it. A
// film word elsewhere in the sentence is not enough: 看过文章的朋友.
func (c *Context) personContext(pi, s, e int) bool {
	if c.inLink(pi, s, e) {
		return true
	}
	cs, ce := c.clauseOf(pi, s, e)
	before := strings.TrimRight(lastRunes(c.Doc.Text[cs:s], 4), " ")
	after := strings.TrimLeft(firstRunes(c.Doc.Text[e:ce], 4), " ")
	for _, w := range []string{"导演", "演员", "主演", "影帝", "影后", "明星", "编剧", "监制", "大导", "名导"} {
		if strings.HasSuffix(before, w) || strings.HasPrefix(after, w) {
			return true
		}
	}
	for _, w := range []string{"执导", "拍的", "拍了", "拍过", "演的", "演了", "演过", "饰演", "出演", "的电影", "的新片", "的片子", "的作品"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// listedAfterPerson reports a name that a person found before it and a
// list mark lead up to (王景春、咏梅, 王景春和咏梅): an item of a list of
// people, so an everyday word that is also a name (咏梅) is the name.
func (c *Context) listedAfterPerson(s int) bool {
	before := c.Doc.Text[:s]
	for _, sep := range []string{"、", "和", "与"} {
		if !strings.HasSuffix(before, sep) {
			continue
		}
		for _, f := range c.Found {
			if f.Type == schema.Person && f.QEnd == s-len(sep) && f.Via == "lexicon" && f.Person != nil && !slices.Contains(f.Person.Flags, "common") {
				return true
			}
		}
	}
	return false
}

// personOfMatch returns the lexicon person a scan match names and whether
// the surface is a weak form. A surface several people share (宋洋 and 宋阳
// are both "Song Yang") names the one the context picks, or no one.
func (c *Context) personOfMatch(pi int, m lexicon.Match) (*lexicon.Person, bool) {
	var cands []*lexicon.Person
	weak := false
	for _, h := range m.Hits {
		if h.Person == nil {
			continue
		}
		if len(cands) == 0 {
			weak = h.Strength == lexicon.Weak
		}
		dup := false
		for _, p := range cands {
			dup = dup || p == h.Person
		}
		if !dup {
			cands = append(cands, h.Person)
		}
	}
	switch len(cands) {
	case 0:
		return nil, false
	case 1:
		return cands[0], weak
	}
	return c.chooseNamesake(pi, m.Start, m.End, cands), weak
}

// chooseNamesake picks among people who share a name the one the document
// points at: the one whose own (Chinese) name the document also writes, or
// whose lexicon films are mentioned in the same paragraph, or whose role a
// cue next to the name states (directed by, 导演, starring). It returns nil
// unless exactly one candidate has such evidence.
func (c *Context) chooseNamesake(pi, s, e int, cands []*lexicon.Person) *lexicon.Person {
	p := c.Paras[pi]
	para := lexicon.ToSimplified(c.Doc.Text[p.Start:p.End])
	low := strings.ToLower(para)
	before := strings.ToLower(lastRunes(c.Doc.Text[p.Start:s], 16))
	after := strings.ToLower(firstRunes(c.Doc.Text[e:p.End], 16))
	var chosen *lexicon.Person
	n := 0
	for _, cand := range cands {
		ev := false
		if surface := c.Doc.Text[s:e]; cand.Name != surface && strings.Contains(c.Doc.Text, cand.Name) {
			ev = true
		}
		if !ev {
			ev = lexFilmsIn(c.Lex.Films, para, low, cand) > 0
		}
		for _, r := range cand.Roles {
			if ev {
				break
			}
			switch r {
			case "director":
				ev = hasAnySuffix(strings.TrimRight(before, " "), "directed by", "director", "导演", "执导者") ||
					hasAnyPrefix(strings.TrimLeft(after, " "), "directed", "执导", "导演", "'s direct")
			case "actor":
				ev = hasAnySuffix(strings.TrimRight(before, " "), "starring", "actor", "actress", "主演", "演员") ||
					hasAnyPrefix(strings.TrimLeft(after, " "), "stars", "starred", "plays", "played", "饰演", "主演", "出演")
			}
		}
		if ev {
			chosen = cand
			n++
		}
	}
	if n > 1 {
		// Tony Leung beside Ashes of Time and Happy Together: both Tony
		// Leungs acted in the first, one in both; the one more of the
		// paragraph's films credit
		return namesakeByFilms(c.Lex.Films, para, low, cands)
	}
	if n != 1 {
		return nil
	}
	return chosen
}

// namesakeByFilms is the candidate whom strictly more of the lexicon films
// named in para (low: its lower case) credit than any other, or nil.
func namesakeByFilms(films []*lexicon.Film, para, low string, cands []*lexicon.Person) *lexicon.Person {
	var best *lexicon.Person
	most, tie := 0, false
	for _, cand := range cands {
		switch k := lexFilmsIn(films, para, low, cand); {
		case k > most:
			best, most, tie = cand, k, false
		case k == most:
			tie = true
		}
	}
	if tie || most == 0 {
		return nil
	}
	return best
}

// lexFilmsIn counts the lexicon films that credit cand (as director or
// cast) and whose title para names (low: para in lower case, for English
// titles).
func lexFilmsIn(films []*lexicon.Film, para, low string, cand *lexicon.Person) int {
	n := 0
	for _, f := range films {
		if (slices.Contains(f.Directors, cand.Name) || slices.Contains(f.Actors, cand.Name)) &&
			(strings.Contains(para, f.Title) || f.TitleEn != "" && strings.Contains(low, strings.ToLower(f.TitleEn))) {
			n++
		}
	}
	return n
}

func hasAnySuffix(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// creditNoteOf reports a name inside the note in parentheses right after
// a work whose lexicon film credits person p (《哪吒之魔童降世》（2019，饺子）):
// a list of films gives each one's year and maker there.
func (c *Context) creditNoteOf(p *lexicon.Person, s int) bool {
	open := strings.LastIndexAny(c.Doc.Text[max(0, s-24):s], "(（")
	if open < 0 {
		return false
	}
	open += max(0, s-24)
	if strings.ContainsAny(c.Doc.Text[open:s], ")）") {
		return false
	}
	for _, f := range c.Found {
		if f.Type != schema.Work || f.Film == nil || f.QEnd > open || strings.TrimSpace(c.Doc.Text[f.QEnd:open]) != "" {
			continue
		}
		return slices.Contains(f.Film.Directors, p.Name) || slices.Contains(f.Film.Actors, p.Name)
	}
	return false
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
			// 导演：王某 — a credit line's field puts a colon between the
			// role and the names, and lists them with 、
			colon := false
			if r, n := utf8.DecodeRuneInString(c.Doc.Text[s:]); r == '：' || r == ':' {
				s += n
				colon = true
			}
			e := c.nameEnd(pi, s)
			if colon {
				e = c.fieldName(pi, s)
			}
			if e > s {
				c.addCuePerson(pi, s, e, cue.role)
			}
			if colon && e > s {
				c.cueList(pi, e, cue.role)
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

// cueList finds the further names of a role field's list (主演：白某、
// 刘某、陈某) after the name ending at e: each item after a 、 is a lexicon
// person closed by a non-Han character, or a name nameEnd accepts.
func (c *Context) cueList(pi, e int, role string) {
	end := c.Paras[pi].End
	for e < end {
		r, n := utf8.DecodeRuneInString(c.Doc.Text[e:])
		if r != '、' {
			return
		}
		s := e + n
		next := c.fieldName(pi, s)
		if next == s {
			return
		}
		c.addCuePerson(pi, s, next, role)
		e = next
	}
}

// fieldName returns the end of a name opening a credit field's item at s:
// a lexicon person the field's punctuation closes (a non-Han character
// after it), else a name nameEnd accepts; s when there is none.
func (c *Context) fieldName(pi, s int) int {
	rs := []rune(firstRunes(c.Doc.Text[s:c.Paras[pi].End], 5))
	for k := min(4, len(rs)); k >= 2; k-- {
		if !allHan(rs[:k]) || (k < len(rs) && isHan(rs[k])) {
			continue
		}
		if c.Lex.Person(lexicon.Key(string(rs[:k]))) != nil {
			return s + len(string(rs[:k]))
		}
	}
	return c.nameEnd(pi, s)
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
		if n > len(rs) || !allHan(rs[:n]) || !c.plausibleCueName(string(rs[:n])) {
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
		if next == 0 || !isHan(next) || strings.ContainsRune(stopAfter+notNameChars+"执导主饰曾拍", next) {
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
		if len(rs) != n || !allHan(rs) || !strings.ContainsRune(surnames, rs[0]) || !c.plausibleCueName(head) {
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

// notNameChars are function words, pronouns and frequent verbs that a
// Chinese personal name found by a cue neither contains nor ends with:
// 和导演, 和他, 全靠, 张琪携, 导演称.
const notNameChars = "和与及跟同他她它们我你的了是在把被让给对向说讲称携表靠也都就还很太更最又才这那些个部等"

// roleWords inside a candidate make it a role, not a name (和演员).
var roleWords = []string{"导演", "演员", "编剧", "监制", "制片", "主演", "明星", "作者"}

// plausibleCueName reports whether a string a role cue points at can be a
// personal name: no role word, no function word or pronoun, and not an
// everyday word of gse's dictionary (文章).
func (c *Context) plausibleCueName(name string) bool {
	if strings.Contains(name, "·") || strings.Contains(name, "・") {
		return true
	}
	for _, w := range roleWords {
		if strings.Contains(name, w) {
			return false
		}
	}
	if strings.ContainsAny(name, notNameChars) {
		return false
	}
	if seg := c.x.segmenter(); seg != nil && seg.DictWord(name, 100) {
		return false
	}
	return true
}

func (c *Context) addCuePerson(pi, s, e int, role string) {
	name := c.Doc.Text[s:e]
	if !c.Free(s, e) || c.IsAuthor(name) {
		return
	}
	key := lexicon.Key(name)
	p := c.Lex.Person(key)
	if p == nil {
		if namesakes := c.Lex.PeopleNamed(key); len(namesakes) > 1 {
			if p = c.chooseNamesake(pi, s, e, namesakes); p == nil {
				return // a shared name context does not decide: no guess
			}
		}
	}
	if p == nil && !c.plausibleCueName(name) {
		return
	}
	if p != nil {
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
		if role != "" {
			e.Roles = appendRole(e.Roles, role)
		}
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
		if !dotAfter(t[j:]) {
			// the last part ends where transliteration characters do:
			// 纳达夫·拉皮德的《Y》, 朱丽叶·比诺什担任主席
			k := i
			for k < j {
				r, n := utf8.DecodeRuneInString(t[k:])
				if !translit(r) {
					break
				}
				k += n
			}
			if k == i {
				break
			}
			j = k
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

// dotAfter reports a middle dot (after optional spaces) then a Han
// character at the start of t: the name goes on.
func dotAfter(t string) bool {
	t = strings.TrimLeft(t, " ")
	if !strings.HasPrefix(t, "·") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[len("·"):], " "))
	return isHan(r)
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

// festivalEndsAt reports a mention of a festival other than except
// ending at off, spaces aside. An empty except accepts any festival.
func (c *Context) festivalEndsAt(off int, except quad.IRI) bool {
	for off > 0 && c.Doc.Text[off-1] == ' ' {
		off--
	}
	for _, f := range c.Found {
		if f.Type == schema.Festival && f.QEnd == off && (except == "" || f.Entity != except) {
			return true
		}
	}
	return false
}

type festivalStage struct{}

func (festivalStage) Name() string { return "festivals" }

// awardContext makes a bare city name (威尼斯, 柏林) a festival.
var awardContext = []string{"影后", "影帝", "电影节", "影展", "获奖", "得奖", "拿奖", "奖", "提名", "入围", "评委", "首映", "展映", "竞赛", "单元", "场刊", "金狮", "金熊", "金棕榈", "撤"}

// awardContextEn is awardContext in English, as whole words (marketable
// is no market).
var awardContextEn = regexp.MustCompile(`(?i)\b(?:competition|festivals?|awards?|prizes?|premiere[sd]?|jury|markets?)\b`)

func (festivalStage) Run(c *Context) error {
	for pi := range c.Paras {
		scan := c.scan(pi)
		for _, m := range scan {
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
			if h.Prize != "" && c.festivalEndsAt(m.Start, h.Festival.IRI) {
				// 金球奖最佳外语片: a prize name after another festival's
				// name is that festival's prize, not the festival the
				// prize name alone would stand for (the Oscars)
				continue
			}
			surface := c.Doc.Text[m.Start:m.End]
			if c.IsAuthor(surface) {
				continue
			}
			listed := c.festivalListed(scan, m)
			if utf8.RuneCountInString(surface) <= 2 {
				if ok, have := c.Boundary(pi, m.End); have && !ok {
					continue
				}
				// 百花齐放 is not 百花奖; but a place a preposition
				// governs (在柏林因为…, 拿戛纳评审团大奖) or an item of a list of
				// festivals (往戛纳、釜山送片) ends where its word does
				if next := c.runeAfter(m.End); isHan(next) && !strings.ContainsRune(stopAfter+"奖电影节金最", next) && !startsStatusCue(c.Doc.Text[m.End:c.Paras[pi].End]) && !startsActingTitle(c.Doc.Text[m.End:c.Paras[pi].End]) &&
					!listed && !strings.ContainsRune("在赴到去于拿", c.runeBefore(m.Start)) {
					continue
				}
			}
			if h.Strength == lexicon.Weak && !listed {
				ss, se := c.sentenceOf(pi, m.Start)
				sent := c.Doc.Text[ss:se]
				ok := awardContextEn.MatchString(sent)
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
		c.namedEvents(pi)
		c.englishFestivals(pi)
	}
	return nil
}

// festivalListed reports a festival match that is an item of a list of
// festival names joined by 、, 和 or 与 (跑过柏林、鹿特丹、釜山的创投,
// 往戛纳、多伦多送片子): each item is the other's context, so a bare city
// name needs no award word when it stands among festivals. A list whose
// other items are not festivals (柏林、巴黎、罗马) says nothing.
func (c *Context) festivalListed(scan []lexicon.Match, m lexicon.Match) bool {
	isFest := func(o lexicon.Match) bool {
		for _, h := range o.Hits {
			if h.Festival != nil {
				return true
			}
		}
		return false
	}
	for _, o := range scan {
		if o.Start == m.Start || !isFest(o) {
			continue
		}
		var between string
		switch {
		case o.End <= m.Start && m.Start-o.End <= 3:
			between = c.Doc.Text[o.End:m.Start]
		case m.End <= o.Start && o.Start-m.End <= 3:
			between = c.Doc.Text[m.End:o.Start]
		default:
			continue
		}
		if between == "、" || between == "和" || between == "与" {
			return true
		}
	}
	return false
}

// eventSuffixes end the names of festivals, film weeks, exhibitions and
// markets the lexicon does not list (中国网络电影周, 某某独立电影展,
// 世界内容市场交易展).
var eventSuffixes = []string{"国际电影节", "电影节", "电影周", "电影展", "影展", "电视节", "影视节", "交易展", "电影市场", "影视博览会"}

// placeLed reports a festival-name prefix that starts with a place and
// has more after it (中国网络…, 平遥国际…): a bare place (美国电影节) or
// no place (国外电影节, 全球电影市场) describes rather than names.
func (c *Context) placeLed(prefix string) bool {
	rs := []rune(prefix)
	seg := c.x.segmenter()
	for k := 2; k <= 4 && k < len(rs); k++ {
		head := string(rs[:k])
		if _, ok := countries[head]; ok || seg != nil && seg.Place(head) {
			return string(rs[k:]) != "国际"
		}
	}
	return false
}

// vaguePrefixes make a festival phrase a description, not a name:
// 多个国际电影节, 各大影展, 该电影节, 美国电影节. Opening the phrase they
// quantify or point; 个些各等诸每 count wherever they stand, while 本,
// 大, 多 inside a place name (里斯本, 多伦多) are no quantifiers.
const vagueChars = "个些各多等大该本此这那其每某诸"

func vaguePrefix(prefix string) bool {
	r, _ := utf8.DecodeRuneInString(prefix)
	return strings.ContainsRune(vagueChars, r) || strings.ContainsAny(prefix, "个些各等诸每") || countedBigRe.MatchString(prefix)
}

// countedBigRe is a count of festivals (欧洲三大电影节, 上海两大国际电影节).
var countedBigRe = regexp.MustCompile(`[一二两三四五六七八九十几数多]大`)

// editionMarkerRe ends text right before an edition's name: 第三届,
// 首届, 第 12 届.
var editionMarkerRe = regexp.MustCompile(`(?:第\s*[0-9一二三四五六七八九十百]+\s*|首)届\s*$`)

// namedEvents finds festival, market and exhibition names by their last
// word: the whole of a quoted name (“某某交易展”), a paragraph that is only
// the name (a page title), or the Han characters before the suffix back to
// a function word or edition marker (在首届中国网络电影周上), trimmed to a
// word boundary. A country or city alone before the suffix is too vague
// (美国电影节), as are quantifiers (多个电影节).
func (c *Context) namedEvents(pi int) {
	p := c.Paras[pi]
	text := c.Text(pi)
	for _, suf := range eventSuffixes {
		for off := 0; ; {
			i := strings.Index(text[off:], suf)
			if i < 0 {
				break
			}
			i += off
			end := i + len(suf)
			off = end
			if !c.Free(p.Start+i, p.Start+end) {
				continue
			}
			st := i
			for st > 0 && i-st < 12*3 {
				r, n := utf8.DecodeLastRuneInString(text[:st])
				if !isHan(r) || strings.ContainsRune("的在届于了和与及是把被对向从到赴为由将参亮出举办即", r) {
					break
				}
				st -= n
			}
			quoted := st > 0 && strings.ContainsRune("“「『\"", lastRune(text[:st])) && strings.ContainsRune("”」』\"", c.runeAfter(p.Start+end))
			whole := st == 0 && strings.TrimSpace(text[end:]) == ""
			// an edition marker precedes only a name: 第三届哥本哈根华语电影周
			edition := editionMarkerRe.MatchString(text[:st])
			if !quoted && !whole && !edition {
				for st < i {
					if ok, have := c.Boundary(pi, p.Start+st); !have || ok {
						break
					}
					_, n := utf8.DecodeRuneInString(text[st:])
					st += n
				}
			}
			prefix := text[st:i]
			if utf8.RuneCountInString(prefix) < 2 || vaguePrefix(prefix) {
				continue
			}
			if !quoted && !whole && !edition && !c.placeLed(prefix) {
				continue // 国外电影节, 区域性电影节, 主题网络电影展: descriptions
			}
			name := text[st:end]
			if f, _ := c.Lex.Festival(lexicon.Key(name)); f != nil {
				continue // the lexicon stage has seen it (or its context refused it)
			}
			if !c.Free(p.Start+st, p.Start+end) || c.IsAuthor(name) {
				continue
			}
			canon := lexicon.ToSimplified(name)
			c.Add(&Found{Start: p.Start + st, End: p.Start + end, QStart: p.Start + st, QEnd: p.Start + end,
				Entity: schema.FestivalIRI(canon), Type: schema.Festival, Kind: "festival", Via: "suffix", Surface: canon, Para: pi})
		}
	}
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

// startsActingTitle reports 影后/影帝 (the festival's best actress or
// actor) right after a festival name: 威尼斯影后, 金马影帝.
func startsActingTitle(rest string) bool {
	return strings.HasPrefix(rest, "影后") || strings.HasPrefix(rest, "影帝")
}
