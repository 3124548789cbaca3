package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/schema"
)

// English prose names a person in full once and by the family name after
// that (Zhao Tao … Zhao, who also led the cast of …; Cate Blanchett …
// Blanchett plays). shortNames finds those later family names, so that the
// credits stated with them are bound to the person. Only a person the
// document has already named in full in Latin letters is looked for, only
// after that first naming, and, where two people share the family name,
// only before the second is named, unless the family name alone has
// already stood for the first.

// romanSurnames are Chinese family names as English writing spells them
// (pinyin, Cantonese and Wade–Giles forms), so that the family name of
// Zhang Yimou is its first word and that of Tony Leung its last.
var romanSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`Zhang Wang Li Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo
		Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding
		Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao
		Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Yi Chang Qiao Lai Gong Wen Ning Diao Bi Guan Ge Geng Ji Lou
		Mo Ou Pang Rao Ruan Tao Teng Xing Yue Zhan Zhuang Ni Niu Nie Mei Hong Hua Jing Zuo Quan Lian Lang Bao
		Leung Cheung Chan Lau Wong Ho Chow Tsui Woo Kwan Yeung Lam Ng Tse Yip Lee Hui Ko Kwok Fung Mak Chiu Siu Yuen Lo
		Law Choi Poon Tsang Tong Sit Tam Chau Kam Koo Shaw Hsu Hsiao Tsai Hung Chu Chung Kuo Chiang Chao Yen Yeh
		Tsao Shih Hsieh Chien Teo Tay Goh Ong Lim`) {
		m[s] = true
	}
	return m
}()

// familyName returns the word of a Latin full name that English prose
// uses alone for the person, or "".
func familyName(surface, label string) string {
	words := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(surface))
	if len(words) < 2 {
		return ""
	}
	first, last := words[0], words[len(words)-1]
	chinese := label != "" && !strings.ContainsAny(label, "·・") && allHan([]rune(label))
	var fam string
	switch {
	case chinese && romanSurnames[first]:
		fam = first // Zhang Yimou, Zhao Tao (Chinese order first)
	case chinese && romanSurnames[last]:
		fam = last // Tony Leung
	case !chinese:
		fam = last // Cate Blanchett
	}
	if utf8.RuneCountInString(fam) < 2 || !unicode.IsUpper([]rune(fam)[0]) || strings.ContainsAny(fam, "-'’") {
		return ""
	}
	return fam
}

// shortNames adds a mention for each later family-name use of a person
// named in full in Latin letters. Where two people share the family name
// (Jia Zhangke, Jia Ling), the short name is the first one's until the
// second is named in full; after that it is the first one's if the text
// has already used it alone for them, else the one the lexicon credits
// with a work of its paragraph, else no one's.
func (c *Context) shortNames() {
	byFam := map[string][]*Found{} // the people of a family name, in order of first naming
	ms := c.sorted()
	for _, f := range ms {
		if f.Type != schema.Person || !isLatinOrDigit(firstRune(f.Surface)) {
			continue
		}
		label := ""
		if e, ok := c.Batch.Entities[f.Entity]; ok {
			label = e.Label
		}
		fam := familyName(f.Surface, label)
		if fam == "" {
			continue
		}
		seen := false
		for _, n := range byFam[fam] {
			seen = seen || n.Entity == f.Entity
		}
		if !seen {
			byFam[fam] = append(byFam[fam], f)
		}
	}
	fams := make([]string, 0, len(byFam))
	for fam := range byFam {
		fams = append(fams, fam)
	}
	sort.Strings(fams) // mentions in a stable order
	text := c.Doc.Text
	for _, fam := range fams {
		people := byFam[fam]
		n := people[0]
		until := len(text)
		if len(people) > 1 {
			until = people[1].Start
			if c.shortUsed(fam, n.End, until) {
				// Leslie Cheung … Cheung played …; Maggie Cheung …; Cheung's
				// Cheng Dieyi: a writer who has made the family name stand for
				// one person names the others in full instead
				until = len(text)
			}
		}
		for from := n.End; from < len(text); {
			i := strings.Index(text[from:], fam)
			if i < 0 {
				break
			}
			s := from + i
			e := s + len(fam)
			from = e
			if !c.standsAlone(s, e) {
				continue
			}
			pi := c.ParaOf(s)
			if pi < 0 {
				continue
			}
			who := n
			if s >= until {
				// Joey Wong …, Wong Kar-wai …; Ashes of Time, Wong's wuxia
				// film: the namesake the lexicon credits with a work of the
				// paragraph, or no one
				if who = c.shortByFilms(people, s, pi, ms); who == nil {
					continue
				}
			}
			c.Add(&Found{Start: s, End: e, QStart: s, QEnd: e, Entity: who.Entity, Type: schema.Person,
				Via: "short", Surface: fam, Person: who.Person, Para: pi})
		}
	}
}

// shortByFilms is, among the people of one family name named in full
// before s, the one person the lexicon credits with a work mentioned in
// paragraph pi, or nil.
func (c *Context) shortByFilms(people []*Found, s, pi int, ms []*Found) *Found {
	var who *Found
	for _, p := range people {
		if p.Start >= s {
			break
		}
		if p.Person == nil || !c.creditedInPara(p, pi, ms) {
			continue
		}
		if who != nil {
			return nil
		}
		who = p
	}
	return who
}

// creditedInPara reports whether the lexicon credits person p with a work
// found in paragraph pi; ms are the document's mentions in order.
func (c *Context) creditedInPara(p *Found, pi int, ms []*Found) bool {
	for _, w := range within(ms, c.Paras[pi].Start, c.Paras[pi].End) {
		if w.Type == schema.Work && lexCredit(w, p) != "" {
			return true
		}
	}
	return false
}

// shortUsed reports whether the family name fam stands alone (not inside
// a word or a longer name) somewhere in the text [from, to).
func (c *Context) shortUsed(fam string, from, to int) bool {
	text := c.Doc.Text
	for from < to {
		i := strings.Index(text[from:to], fam)
		if i < 0 {
			return false
		}
		s, e := from+i, from+i+len(fam)
		from = e
		if c.standsAlone(s, e) {
			return true
		}
	}
	return false
}

// standsAlone reports whether the family name at [s,e) stands alone: not
// inside a word, not named already, not the first word of another full
// name (Zhao Wei).
func (c *Context) standsAlone(s, e int) bool {
	return !isLatinOrDigit(c.runeBefore(s)) && !isLatinOrDigit(c.runeAfter(e)) && c.Free(s, e) && !capitalAfter(c.Doc.Text[e:])
}

// capitalAfter reports whether the text right after a word goes on with a
// capitalised word: the word is then part of another full name.
func capitalAfter(t string) bool {
	if !strings.HasPrefix(t, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[1:])
	return unicode.IsUpper(r)
}
