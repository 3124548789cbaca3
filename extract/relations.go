package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

func init() {
	Register("directors", func() Stage { return relStage{"directors", (*Context).directors} })
	Register("actors", func() Stage { return relStage{"actors", (*Context).actors} })
	Register("sources", func() Stage { return relStage{"sources", (*Context).sources} })
	Register("countries", func() Stage { return relStage{"countries", (*Context).countries} })
	Register("awards", func() Stage { return relStage{"awards", (*Context).awards} })
}

type relStage struct {
	name string
	run  func(*Context)
}

func (s relStage) Name() string         { return s.name }
func (s relStage) Run(c *Context) error { s.run(c); return nil }

func isDirector(f *Found) bool {
	if f.Person == nil {
		return false
	}
	for _, r := range f.Person.Roles {
		if r == "director" {
			return true
		}
	}
	return false
}

func isActor(f *Found) bool {
	if f.Person == nil {
		return false
	}
	for _, r := range f.Person.Roles {
		if r == "actor" {
			return true
		}
	}
	return false
}

// workList returns the works that follow index i in the sorted mentions as
// a list (《A》《B》、C和D), within the same paragraph.
func (c *Context) workList(ms []*Found, i int) []*Found {
	var out []*Found
	prevEnd := -1
	for j := i; j < len(ms); j++ {
		f := ms[j]
		if f.Type != schema.Work || f.Para != ms[i].Para {
			break
		}
		if prevEnd >= 0 && !onlySeparators(c.Doc.Text[prevEnd:f.QStart]) {
			break
		}
		out = append(out, f)
		prevEnd = f.QEnd
	}
	return out
}

func (c *Context) relate(subj, obj *Found, pred quad.IRI, cue string, strength float64, s, e int) {
	if subj.Kind != "" && !screenKind(subj.Kind) && pred != schema.ActedIn {
		return
	}
	c.Relate(facts.Relation{Subject: subj.Entity, Predicate: pred, Object: obj.Entity, Span: facts.Evidence{Start: s, End: e}, Cue: cue, Strength: strength})
}

// directors finds directed_by statements: 导演X的《Y》, X导演的《Y》, X执导的Y,
// X的《Y》 (X a known director), one possessor over a list, Name《Title》,
// 《Y》导演X, 由X执导, and parenthetical filmographies X（A，B）.
func (c *Context) directors() {
	c.filmographies()
	ms := c.sorted()
	for i, p := range ms {
		if p.Type != schema.Person {
			continue
		}
		// forward: X <cue> works
		if i+1 < len(ms) && ms[i+1].Type == schema.Work && ms[i+1].Para == p.Para {
			w := ms[i+1]
			gap := c.Doc.Text[p.QEnd:w.QStart]
			cue, strength := "", 0.0
			switch {
			case gap == "导演的" || gap == "执导的" || gap == "导演的电影" || gap == "执导的电影" || gap == "导演的新片" || gap == "执导的影片":
				cue, strength = strings.TrimSuffix(gap, "的"), 0.9
			case (gap == "的" || gap == "的电影" || gap == "的片子") && isDirector(p):
				cue, strength = "的", 0.6
			case gap == "" && w.Via == "bracket" && isDirector(p) && !(w.Film != nil && slices.Contains(w.Film.Actors, p.Person.Name) && !slices.Contains(w.Film.Directors, p.Person.Name)) &&
				prizeRole(c.Doc.Text[c.Paras[p.Para].Start:p.QStart]) != "actor":
				// (not on an acting prize's line: 最佳男演员：本·阿弗莱克《好莱坞庄园》)
				cue, strength = "Name《Title》", 0.5
			case (gap == "（" || gap == "(") && (isDirector(p) || strings.HasSuffix(lastRunes(c.Doc.Text[:p.QStart], 3), "导演")):
				cue, strength = "（filmography）", 0.6
			case strings.HasPrefix(gap, "携") && len([]rune(gap)) <= 4 && strings.HasSuffix(lastRunes(c.Doc.Text[:p.QStart], 3), "导演"):
				cue, strength = "导演X携", 0.7
			}
			if cue != "" {
				for _, w := range c.workList(ms, i+1) {
					c.relate(w, p, schema.DirectedBy, cue, strength, p.QStart, w.QEnd)
				}
			}
		}
		// backward: 《Y》导演X / 《Y》的导演X / 《Y》由X执导
		if i > 0 && ms[i-1].Type == schema.Work && ms[i-1].Para == p.Para {
			w := ms[i-1]
			gap := c.Doc.Text[w.QEnd:p.QStart]
			after := firstRunes(c.Doc.Text[p.QEnd:c.Paras[p.Para].End], 2)
			switch {
			case gap == "导演" || gap == "的导演" || gap == "导演是" || gap == "的导演是" || gap == "，导演":
				c.relate(w, p, schema.DirectedBy, "导演", 0.9, w.QStart, p.QEnd)
			case (gap == "由" || gap == "是由" || gap == "，由") && strings.HasPrefix(after, "执导") || strings.HasPrefix(after, "导演"):
				if gap == "由" || gap == "是由" || gap == "，由" {
					c.relate(w, p, schema.DirectedBy, "由X执导", 0.9, w.QStart, p.QEnd+len(after))
				}
			}
		}
	}
}

// filmographies reads a parenthesised list of works after a director's
// name, 郭帆（同桌的你，流浪地球 1，流浪地球 2）: the person must be a
// director in the lexicon or follow a 导演 cue, and each item of the list
// is a work even when no lexicon or 《》 knows it; each is directed by the
// person. An item that is a known title with a sequel number the lexicon
// does not know (战狼 3) is skipped, never folded into another film.
func (c *Context) filmographies() {
	for _, p := range c.sorted() {
		if p.Type != schema.Person {
			continue
		}
		para := c.Paras[p.Para]
		rest := c.Doc.Text[p.QEnd:para.End]
		trimmed := strings.TrimLeft(rest, " ")
		open := ""
		for _, o := range []string{"（", "("} {
			if strings.HasPrefix(trimmed, o) {
				open = o
			}
		}
		if open == "" {
			continue
		}
		before := lastRunes(c.Doc.Text[para.Start:p.QStart], 16)
		if !isDirector(p) && !strings.Contains(before, "导演") && !hasRole(c.Batch.Entities[p.Entity], "director") {
			continue
		}
		inner := trimmed[len(open):]
		end := strings.IndexAny(inner, "）)")
		if end <= 0 || utf8.RuneCountInString(inner[:end]) > 80 {
			continue
		}
		base := p.QEnd + (len(rest) - len(trimmed)) + len(open)
		var works []*Found
		for _, it := range splitItems(inner[:end]) {
			s, e := base+it[0], base+it[1]
			if f := c.workAt(s, e); f != nil {
				works = append(works, f)
				continue
			}
			if !c.Free(s, e) {
				continue
			}
			title := cleanTitle(strings.TrimSuffix(c.Doc.Text[s:e], "等"))
			if !filmographyItem(title) {
				continue
			}
			r := resolveTitle(c.Lex, title)
			if r.film == nil && c.unknownSequel(title) {
				continue
			}
			if f := c.addTitle(p.Para, s, e, s, e, title, "", "filmography"); f != nil {
				works = append(works, f)
			}
		}
		for _, w := range works {
			c.relate(w, p, schema.DirectedBy, "（filmography）", 0.6, p.QStart, w.QEnd)
		}
	}
}

// filmographyItem accepts an item of a filmography list as a title: two to
// fifteen characters with at least two Han characters or four Latin
// letters, and not a role, year or note (导演, 2019, 代表作).
func filmographyItem(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 15 {
		return false
	}
	han, lat := 0, 0
	for _, r := range t {
		switch {
		case isHan(r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			lat++
		}
	}
	if han < 2 && lat < 4 {
		return false
	}
	for _, w := range []string{"导演", "编剧", "主演", "代表作", "作品", "年", "饰", "监制", "出品", "等等"} {
		if strings.Contains(t, w) {
			return false
		}
	}
	return !placeNames[strings.ToLower(strings.TrimSpace(t))]
}

// placeNames are countries and regions a name in parentheses gives as the
// person's or film's origin (Diao Yinan (China / Hong Kong)), never a title
// of a filmography.
var placeNames = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"china", "mainland china", "hong kong", "taiwan", "macau", "usa", "us", "u.s.", "united states", "uk", "united kingdom",
		"france", "germany", "japan", "korea", "south korea", "india", "iran", "italy", "spain", "russia", "brazil", "mexico", "canada",
		"australia", "denmark", "sweden", "norway", "finland", "poland", "argentina", "turkey", "thailand", "vietnam", "singapore", "malaysia",
		"austria", "belgium", "netherlands", "switzerland", "ireland", "portugal", "greece", "israel", "lebanon", "egypt", "chile", "colombia",
		"philippines", "indonesia", "kazakhstan", "romania", "hungary", "czech republic", "ukraine", "senegal", "tunisia", "morocco",
		"中国大陆", "中国内地", "内地", "大陆", "中国香港", "中国台湾", "澳门", "新加坡", "马来西亚", "挪威", "芬兰", "奥地利", "比利时", "荷兰", "瑞士", "爱尔兰", "葡萄牙", "希腊", "以色列", "埃及", "智利", "菲律宾", "印尼", "印度尼西亚"} {
		m[p] = true
	}
	for p := range countries {
		m[p] = true
	}
	return m
}()

// unknownSequel reports a title that is a lexicon title plus a sequel
// number the lexicon does not know (战狼3 when only 战狼 and 战狼2 exist).
func (c *Context) unknownSequel(title string) bool {
	k := []rune(lexicon.Key(title))
	i := len(k)
	for i > 0 && strings.ContainsRune("0123456789一二三四五六七八九十ⅡⅢⅣ", k[i-1]) {
		i--
	}
	return i < len(k) && i > 0 && len(c.Lex.Film(string(k[:i]))) > 0
}

// workAt returns the work mention covering [s,e), if any.
func (c *Context) workAt(s, e int) *Found {
	for _, f := range c.Found {
		if f.Type == schema.Work && f.QStart <= s && e <= f.QEnd || f.Type == schema.Work && s <= f.QStart && f.QEnd <= e {
			return f
		}
	}
	return nil
}

// splitItems splits a list at ，,、；; and returns the byte spans of the
// non-empty items, white space trimmed.
func splitItems(s string) [][2]int {
	var out [][2]int
	st := 0
	flush := func(e int) {
		a, b := st, e
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && s[b-1] == ' ' {
			b--
		}
		if b > a {
			out = append(out, [2]int{a, b})
		}
	}
	for i, r := range s {
		if strings.ContainsRune("，,、；;/", r) {
			flush(i)
			st = i + utf8.RuneLen(r)
		}
	}
	flush(len(s))
	return out
}

func hasRole(e *facts.Entity, role string) bool {
	if e == nil {
		return false
	}
	for _, r := range e.Roles {
		if r == role {
			return true
		}
	}
	return false
}

// actors finds acted_in statements: X主演的（电影）《Y》, X演的Y, X饰演…《Y》,
// 《Y》主演X; coordinated names before the cue (吴京、易烊千玺主演的…) all count.
func (c *Context) actors() {
	ms := c.sorted()
	for i, p := range ms {
		if p.Type != schema.Person || i+1 >= len(ms) || ms[i+1].Para != p.Para {
			continue
		}
		w := ms[i+1]
		if w.Type != schema.Work {
			// a coordinated name: the cue follows the last one
			continue
		}
		gap := c.Doc.Text[p.QEnd:w.QStart]
		cue := ""
		for _, g := range []string{"主演的电影", "主演的影片", "领衔主演的", "主演的", "出演的", "演的", "饰演", "主演"} {
			if gap == g {
				cue = strings.TrimSuffix(g, "的")
			}
		}
		if cue == "" {
			continue
		}
		persons := []*Found{p}
		for k := i - 1; k >= 0; k-- {
			q := ms[k]
			if q.Type != schema.Person || q.Para != p.Para || !onlySeparators(c.Doc.Text[q.QEnd:persons[len(persons)-1].QStart]) {
				break
			}
			persons = append(persons, q)
		}
		for _, w := range c.workList(ms, i+1) {
			for _, q := range persons {
				c.Relate(facts.Relation{Subject: q.Entity, Predicate: schema.ActedIn, Object: w.Entity,
					Span: facts.Evidence{Start: persons[len(persons)-1].QStart, End: w.QEnd}, Cue: cue, Strength: 0.8})
			}
		}
	}
	// X的Y / XY里: a performer's film (阿米尔汗的摔跤吧爸爸, 周星驰唐伯虎点秋香里)
	// when X is an actor and not, for this film, its director
	for i, p := range ms {
		if p.Type != schema.Person || i+1 >= len(ms) || ms[i+1].Type != schema.Work || ms[i+1].Para != p.Para || !isActor(p) {
			continue
		}
		w := ms[i+1]
		gap := c.Doc.Text[p.QEnd:w.QStart]
		after := firstRunes(c.Doc.Text[w.QEnd:c.Paras[w.Para].End], 2)
		if !(gap == "的" || gap == "" && (strings.HasPrefix(after, "里") || strings.HasPrefix(after, "中"))) {
			continue
		}
		if isDirector(p) && (w.Film == nil || slices.Contains(w.Film.Directors, p.Person.Name) || !slices.Contains(w.Film.Actors, p.Person.Name)) {
			continue
		}
		c.Relate(facts.Relation{Subject: p.Entity, Predicate: schema.ActedIn, Object: w.Entity,
			Span: facts.Evidence{Start: p.QStart, End: w.QEnd}, Cue: "X的Y", Strength: 0.5})
	}
	// 《Y》主演X
	for i, w := range ms {
		if w.Type != schema.Work || i+1 >= len(ms) || ms[i+1].Type != schema.Person || ms[i+1].Para != w.Para {
			continue
		}
		p := ms[i+1]
		if gap := c.Doc.Text[w.QEnd:p.QStart]; gap == "主演" || gap == "的主演" || gap == "中饰演" || gap == "里的" && isActor(p) {
			c.Relate(facts.Relation{Subject: p.Entity, Predicate: schema.ActedIn, Object: w.Entity,
				Span: facts.Evidence{Start: w.QStart, End: p.QEnd}, Cue: "主演", Strength: 0.8})
		}
	}
}

var remakeContext = []string{"翻拍", "改编", "原版", "原作", "remake", "抄", "照搬", "版权"}

// sources finds remake_of and adapted_from: Y（X） with remake context in
// the paragraph, Y翻拍自X, Y改编自X.
func (c *Context) sources() {
	ms := c.sorted()
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Type != schema.Work || b.Type != schema.Work || a.Para != b.Para {
			continue
		}
		gap := strings.TrimSpace(c.Doc.Text[a.QEnd:b.QStart])
		para := c.Text(a.Para)
		switch {
		case gap == "（" || gap == "(":
			ctx := false
			for _, w := range remakeContext {
				if strings.Contains(para, w) {
					ctx = true
				}
			}
			if ctx && a.Entity != b.Entity {
				c.Relate(facts.Relation{Subject: a.Entity, Predicate: schema.RemakeOf, Object: b.Entity,
					Span: facts.Evidence{Start: a.QStart, End: b.QEnd}, Cue: "Y（X）", Strength: 0.5})
			}
		case strings.HasSuffix(gap, "翻拍自") || strings.HasSuffix(gap, "翻拍的是") || gap == "是翻拍":
			c.Relate(facts.Relation{Subject: a.Entity, Predicate: schema.RemakeOf, Object: b.Entity,
				Span: facts.Evidence{Start: a.QStart, End: b.QEnd}, Cue: "翻拍自", Strength: 0.9})
		case strings.HasSuffix(gap, "改编自"):
			c.Relate(facts.Relation{Subject: a.Entity, Predicate: schema.AdaptedOf, Object: b.Entity,
				Span: facts.Evidence{Start: a.QStart, End: b.QEnd}, Cue: "改编自", Strength: 0.9})
		}
	}
}

var countries = map[string]string{"中国": "CN", "国产": "CN", "香港": "HK", "港": "HK", "台湾": "TW", "美国": "US", "好莱坞": "US", "日本": "JP", "韩国": "KR", "印度": "IN", "伊朗": "IR", "法国": "FR", "英国": "GB", "德国": "DE", "意大利": "IT", "西班牙": "ES", "俄罗斯": "RU", "苏联": "SU", "巴西": "BR", "黎巴嫩": "LB", "泰国": "TH", "南斯拉夫": "YU", "瑞典": "SE", "墨西哥": "MX", "丹麦": "DK", "波兰": "PL", "阿根廷": "AR", "土耳其": "TR", "哈萨克斯坦": "KZ", "越南": "VN", "朝鲜": "KP", "澳大利亚": "AU", "加拿大": "CA"}

var countryRe = regexp.MustCompile(`(中国|国产|香港|台湾|美国|好莱坞|日本|韩国|印度|伊朗|法国|英国|德国|意大利|西班牙|俄罗斯|苏联|巴西|黎巴嫩|泰国|南斯拉夫|瑞典|墨西哥|丹麦|波兰|阿根廷|土耳其|哈萨克斯坦|越南|朝鲜|澳大利亚|加拿大)(电影|影片|动画片|动画电影|的电影|的|片|老片)$`)

// countries finds <国名>电影《X》 (distributed over a following list) and
// sets the work's country in this document.
func (c *Context) countries() {
	ms := c.sorted()
	for i, w := range ms {
		if w.Type != schema.Work || (i > 0 && ms[i-1].Type == schema.Work && ms[i-1].Para == w.Para && onlySeparators(c.Doc.Text[ms[i-1].QEnd:w.QStart])) {
			continue
		}
		before := lastRunes(c.Doc.Text[c.Paras[w.Para].Start:w.QStart], 7)
		m := countryRe.FindStringSubmatch(before)
		if m == nil {
			continue
		}
		code := countries[m[1]]
		start := w.QStart - len(m[0])
		for _, x := range c.workList(ms, i) {
			if e := c.Batch.Entities[x.Entity]; e != nil && e.Country == "" {
				e.Country = code
			}
			c.Relate(facts.Relation{Subject: x.Entity, Predicate: schema.Country, Object: quad.String(code),
				Span: facts.Evidence{Start: start, End: x.QEnd}, Cue: m[0], Strength: 0.8})
		}
	}
}

var (
	statusCues = []struct{ w, status string }{
		{"非竞赛", "screened"}, {"特别放映", "screened"}, {"展映单元", "screened"},
		{"提名", "nominated"}, {"入围", "competition"}, {"入选", "competition"}, {"角逐", "competition"}, {"参赛", "competition"}, {"主竞赛", "competition"}, {"竞赛单元", "competition"}, {"竞赛片", "competition"}, {"竞逐", "competition"},
		{"撤下", "withdrawn"}, {"撤档", "withdrawn"}, {"撤出", "withdrawn"}, {"撤映", "withdrawn"}, {"退出", "withdrawn"}, {"撤回", "withdrawn"}, {"取消放映", "withdrawn"}, {"取消展映", "withdrawn"}, {"被撤", "withdrawn"},
		{"获得", "won"}, {"荣获", "won"}, {"获", "won"}, {"拿了", "won"}, {"拿到", "won"}, {"拿下", "won"}, {"拿过", "won"}, {"得了", "won"}, {"得到", "won"}, {"摘得", "won"}, {"夺得", "won"}, {"赢得", "won"}, {"斩获", "won"}, {"捧得", "won"}, {"得奖", "won"}, {"拿奖", "won"}, {"捧回", "won"}, {"问鼎", "won"}, {"加冕", "won"}, {"摘下", "won"}, {"夺下", "won"}, {"花落", "won"}, {"颁给", "won"}, {"授予", "won"}, {"得主", "won"}, {"摘取", "won"}, {"折桂", "won"}, {"荣膺", "won"}, {"夺魁", "won"}, {"赢取", "won"}, {"包揽", "won"}, {"捧走", "won"}, {"抱走", "won"}, {"共享", "won"}, {"分享", "won"}, {"平分", "won"},
		// 成为威尼斯影后, 三届金马影帝: the best actress/actor title of a festival
		{"影后", "won"}, {"影帝", "won"},
		// the prize as a title before the work: 金熊奖得主《Y》, 金熊奖影片《Y》
		{"奖得主", "won"}, {"奖影片", "won"}, {"奖作品", "won"}, {"奖获奖影片", "won"},
		{"展映", "screened"}, {"亮相", "screened"}, {"首映", "screened"}, {"放映", "screened"}, {"参展", "screened"},
		// the festival's opening or closing film (开幕片是《Y》)
		{"开幕片", "screened"}, {"开幕影片", "screened"}, {"开幕电影", "screened"}, {"闭幕片", "screened"}, {"闭幕影片", "screened"}, {"闭幕电影", "screened"},
	}
	// English cues, checked after the Chinese ones, most specific first
	statusCuesEn = []struct {
		re     *regexp.Regexp
		status string
	}{
		{regexp.MustCompile(`\bnominat(?:ed|ion|ions)\b|\bnominees?\b|\bshortlisted\b`), "nominated"},
		{regexp.MustCompile(`\bwithdr(?:ew|awn)\b|\bpulled (?:from|out)\b`), "withdrawn"},
		{regexp.MustCompile(`\bout of competition\b|\bnon-competitive\b`), "screened"},
		{regexp.MustCompile(`\bin competition\b|\bcompet(?:ed|es|ing|e)\b|\bmain competition\b|\bthe [a-z' ]{0,20}competition\b|\bselected for\b|\bvie[sd]? for\b|\bcontend(?:er|ing)\b`), "competition"},
		// the prize as subject: the Golden Lion went to Y (a film that
		// "went to Venice" only travelled there)
		{regexp.MustCompile(`\b(?:lion|bear|palm|palme d'or|prize|award|awards|oscar|oscars|globe|horse|rooster|actor|actress|director|film|picture|screenplay)\s+(?:went|goes|go|was given|was presented|was awarded)(?:\s+[a-z]+){0,3}?\s+to\b`), "won"},
		// the prize as a title: Palme d'Or winner Y, Golden Lion-winning Y
		{regexp.MustCompile(`\b(?:lion|bear|palme d'or|palm|oscar|prize|award)[- ](?:winner|winning)\b`), "won"},
		// took the Golden Lion (not "took part in")
		{regexp.MustCompile(`\b(?:took|takes|taking|take) (?:home )?(?:the )?(?:top |main |grand |golden |silver |best |jury |special |(?:best )?(?:screenplay|director|directing|actor|actress|acting|cinematography|script|audience|critics'?|fipresci) )?(?:prize|award|lion|bear|palme|palm|oscar|horse|rooster|globe)`), "won"},
		{regexp.MustCompile(`\b(?:won|wins|win|winning|winner of|took home|takes home|scooped|claimed|was awarded|were awarded|received|collected|picked up|earned|bagged|shared|shares|landed|clinched|secured|garnered)\b`), "won"},
		{regexp.MustCompile(`\bscreen(?:ed|s|ing)\b|\bpremiere[ds]?\b|\bshowcased\b|\bshown at\b|\bopen(?:ed|s|ing) (?:the )?(?:festival|[a-z]+ film festival)\b|\bopening film\b|\bclosing film\b`), "screened"},
	}
	prizeRe   = regexp.MustCompile(`best (?:director|actor|actress|film|picture|screenplay|cinematography|foreign language film|international feature(?: film)?|supporting actor|supporting actress|documentary|animated feature)|最佳(外语片|国际影片|影片|导演|男主角|女主角|男演员|女演员|编剧|剧本|摄影|动画片|动画长片|纪录片|新人|女配角|男配角|原创音乐|视觉效果)(奖)?|评审团大奖|评委会大奖|最高奖|银熊奖|银狮奖|终身成就奖|影后|影帝`)
	editionRe = regexp.MustCompile(`第\s*([0-9]+|[一二三四五六七八九十百]+)\s*届`)
	yearRe    = regexp.MustCompile(`(19[0-9]{2}|20[0-9]{2})\s*年`)
	// conditionals scope over the sentence, negations over their clause
	conditionals = []string{"会不会", "有望", "如果", "假如", "试试", "要是", "能不能", "能否", "有没有", " if ", "could win", "would win", "would have", "might win", "hopes to", "whether"}
	negations    = []string{"没有获", "没获", "没拿", "未获", "没得", "未能", "无缘", "落选", "颗粒无收", "did not", "didn't", "never won", "failed to", "not nominated", "snubbed", "lost out"}
)

// awards finds work → festival statements with the prize, the status (won,
// nominated, competition, screened, withdrawn) and the edition's year. The
// statement is read clause by clause (a clause ends at ，：; a title list
// joined by 、 stays one clause): the status belongs to the works that are
// the subject of its cue — the works of the cue's clause before the cue,
// else those after it (获奖的是《Y》), else those of the nearest earlier
// clause of the sentence that names a work (《Y》在奥斯卡很惨淡，仅获提名).
// Titles elsewhere in the sentence are other topics, not winners. The
// festivals are those of the cue's clause (all of a list: 在戛纳、东京等
// 电影节亮相), else the nearest in the sentence; 此奖项/该奖 refers to the
// last festival of the section.
func (c *Context) awards() {
	ms := c.sorted()
	defer c.programmeScreenings(ms)
	var lastFest, docFest *Found
	var lastSection = -1
	list := c.titleHeader()
	docFest = list.fest
	var pend prizeLabel // a prize named on a line of its own, for the lines after it
	var field *Found    // the film of the prize line being read (Prizes: …)
	fieldNext := -1     // where the line's next item starts, when a semicolon cut it
	for pi := range c.Paras {
		sec := c.Paras[pi].Section.Index
		if sec != lastSection {
			lastFest, lastSection = nil, sec
		}
		list.update(c, pi, ms)
		for _, sp := range c.sentenceSpansOf(pi) {
			sent := strings.ToLower(c.st(sp[0], sp[1]))
			var works, fests, people []*Found
			for _, f := range within(ms, sp[0], sp[1]) {
				switch f.Type {
				case schema.Work:
					if screenKind(f.Kind) {
						works = append(works, f)
					}
				case schema.Festival:
					fests = append(fests, f)
				case schema.Person:
					people = append(people, f)
				}
			}
			c.noteAwards(sp, works, fests)
			c.isPrizeAwards(sp, works, fests)
			coref := (*Found)(nil)
			if len(fests) == 0 && lastFest != nil && (strings.Contains(sent, "此奖") || strings.Contains(sent, "该奖") || strings.Contains(sent, "这个奖")) {
				coref = lastFest
			}
			if len(fests) > 0 {
				lastFest = fests[len(fests)-1]
				docFest = lastFest
			}
			// A line that is nothing but a festival's prize (第51届柏林国际
			// 电影节评审团大奖) right under an entry's title line is that
			// film's, unless it labels a winners list's next line.
			bare := len(works) == 0 && len(fests) > 0 && !strings.HasSuffix(strings.TrimSpace(sent), ":") &&
				!strings.HasSuffix(strings.TrimSpace(sent), "：") && c.barePrizeLine(c.st(sp[0], sp[1]), sp, fests, people)
			var above *Found // the title line right above a bare prize line
			if bare {
				if above = c.titleLineAbove(pi, sp, ms); above != nil && !c.labelsBelow(pi, sp, sent, above, ms) {
					c.prizeField(above, sp, c.st(sp[0], sp[1]), 0, fests)
					pend = prizeLabel{}
					continue
				}
			}
			if len(works) == 0 && isPrizeLabelLine(sent) && (list.fest != nil || docFest != nil || len(fests) > 0) {
				pend = prizeLabel{text: strings.TrimRight(strings.TrimSpace(c.st(sp[0], sp[1])), ":：")}
				if len(fests) > 0 {
					pend.fest = fests[0]
				}
				continue
			}
			if len(works) == 0 && len(fests) > 0 {
				// Prizes: Golden Lion, Venice International Film Festival
				// 2006. under a catalogue entry's title line; the line's
				// items after a semicolon may be sentences of their own
				orig := c.st(sp[0], sp[1])
				n := prizeFieldLen(orig)
				if n > 0 {
					field = c.entryTitleFilm(sp[0], ms)
					if field == nil {
						field = c.antecedent(sp[0], ms)
					}
				}
				if field != nil && screenKind(field.Kind) && (n > 0 || fieldNext == sp[0]) {
					c.prizeField(field, sp, orig, n, fests)
					fieldNext = -1
					if strings.HasSuffix(strings.TrimSpace(orig), ";") || strings.HasSuffix(strings.TrimSpace(orig), "；") {
						fieldNext = c.nextSentenceStart(pi, sp)
					}
					pend = prizeLabel{}
					continue
				}
				// a bare prize line further down an entry (after its
				// synopsis): the entry's title line above
				if n == 0 && bare && above == nil {
					if a := c.entryTitleFilm(sp[0], ms); a != nil {
						c.prizeField(a, sp, orig, 0, fests)
						pend = prizeLabel{}
						continue
					}
				}
			}
			if fieldNext != sp[0] {
				field, fieldNext = nil, -1
			}
			if len(works) == 0 {
				works = c.anaphoricWorks(sp, sent, ms)
			} else {
				works = c.leadingAnaphor(sp, sent, works, ms)
			}
			if len(works) == 0 || hedgedSentence(sent) {
				pend = prizeLabel{}
				continue
			}
			if c.awardLine(sp, works, fests, people, ms, list, docFest, pend) {
				continue
			}
			pend = prizeLabel{}
			if own := internalFestival(sent); len(fests) == 0 && own != "" {
				// 《Y》获泰迪熊奖, 在全景单元展映: a section or prize of one
				// festival names it, whatever festival the sentence before
				// spoke of; without an earlier mention of it, no festival
				coref = c.priorFestival(own, sp[0], pi, ms)
			} else if len(fests) == 0 && coref == nil && lastFest != nil && festivalInternal(sent) && (lastFest.Para >= pi-2 || c.sectionSoleFestival(lastFest, sp[0], ms)) {
				// 《Y》入围主竞赛单元 after a paragraph about the festival, or
				// in a section that has named no other festival
				coref = lastFest
			}
			if len(fests) == 0 && coref == nil {
				continue
			}
			clauses := joinSpanned(clausesIn(c.simple(), sp[0], sp[1]), works)
			for ci, cl := range clauses {
				ctext := strings.ToLower(c.st(cl[0], cl[1]))
				status, at := clauseStatus(ctext)
				if status == "" && ci > 0 {
					// The Story of Qiu Ju, Golden Lion in 1992; 《秋菊打官司》，
					// 1992年金狮奖: a clause that is nothing but a prize
					// after a clause naming the work gives the win
					if k := c.barePrizeClause(cl, fests); k >= 0 {
						status, at = "won", k
					}
				}
				if status == "" || negatedClause(ctext) {
					continue
				}
				cue := cl[0] + at
				if status == "won" && !awardObject(ctext, fests, cue, cl[1]) && !prizeGivenTo(ctext[at:], fests, cl[0], cue) {
					continue // 获得好评, 拿到投资: not a prize
				}
				subj := byWorks(c, works, cl, cue)
				if n := prizeTitleCue(ctext[at:]); n > 0 {
					// 金熊奖影片《Y》: the prize titles the work right after
					// it and no other
					subj = nil
					for _, w := range works {
						if w.QStart >= cue+n && w.QStart <= cue+n+1 {
							subj = append(subj, w)
						}
					}
				} else if len(subj) == 0 {
					if ci > 0 && coordinatedPredicate(ctext) {
						// The film took the Palme d'Or, shared with W2, and
						// later won the Golden Globe: a predicate joined by
						// "and" has the sentence's subject, not the work
						// named last
						subj = subjectWorks(works, clauses, 0, clauses[0][1])
					}
					if len(subj) == 0 {
						subj = subjectWorks(works, clauses, ci, cue)
					}
				}
				if len(subj) == 0 {
					continue
				}
				var fs []*Found
				for _, f := range fests {
					if f.QStart >= cl[0] && f.QEnd <= cl[1] {
						fs = append(fs, f)
					}
				}
				if own := internalFestival(ctext); len(fs) == 0 && own != "" {
					// the clause names a section or prize of one festival
					// (获得新生代单元最佳影片, …东京电影节…): that festival,
					// not the sentence's nearest other one
					var mine []*Found
					for _, f := range fests {
						if f.Festival != nil && f.Festival.ID == own {
							mine = append(mine, f)
						}
					}
					if near := nearest(mine, cue); near != nil {
						fs = []*Found{near}
					} else if f := c.priorFestival(own, cue, pi, ms); f != nil {
						fs = []*Found{f}
					} else if coref != nil && coref.Festival != nil && coref.Festival.ID == own {
						fs = []*Found{coref}
					} else {
						continue
					}
				}
				if len(fs) == 0 {
					if near := nearest(fests, cue); near != nil {
						fs = []*Found{near}
					} else if coref != nil {
						fs = []*Found{coref}
					}
				}
				if len(fs) == 0 {
					continue
				}
				strength := 0.8
				if len(subj) > 1 || len(fs) > 1 {
					strength = 0.6
				}
				distinct := dedupeFestivals(fs)
				for _, fest := range distinct {
					status := status
					if len(distinct) > 1 {
						// 获得金棕榈奖和两项奥斯卡提名: each festival takes the
						// cue of its own stretch of the clause
						if st, _ := clauseStatus(festStretch(c, ctext, cl, fs, fest)); st != "" {
							status = st
						}
					}
					if status == "competition" && fest.Festival != nil && fest.Festival.Kind == "award" {
						// 入围奥斯卡最佳外语片, 入圍金馬獎: an award has
						// nominees, not a competition
						status = "nominated"
					}
					prize := fest.Prize
					if prize == "" {
						prize = prizeRe.FindString(ctext)
					}
					ownPrize := prize != ""
					if prize == "" {
						prize = prizeRe.FindString(sent)
					}
					c.award(subj, fest, status, prize, sent, sp, strength, cl[0])
					// A prize read from elsewhere in the sentence (…获得艺术贡献奖，
					// 主演某某获得最佳女演员) may be another clause's: it names
					// the award, but not a credit of this clause's people.
					if (status == "won" || status == "nominated") && ownPrize {
						// a nomination for Best Actress for Y names her part in Y too
						c.prizeCredits(subj, people, clauses, ci, cue, prize, sp)
					}
				}
			}
		}
	}
}

// award relates every work of subj to fest with the status, the prize and
// the edition's year when the sentence gives them.
//
// A sentence may state two statuses for one work and festival (获得六项
// 提名，最终拿下最佳导演); a relation is one statement per evidence start,
// so the later status quotes from its own clause (from) to the sentence end.
func (c *Context) award(subj []*Found, fest *Found, status, prize, sent string, sp [2]int, strength float64, from int) {
	extra := map[quad.IRI]quad.Value{schema.Status: quad.String(status)}
	if status == "screened" || status == "withdrawn" {
		prize = "" // a screening wins nothing: a prize named in the sentence is another statement's
	}
	if prize != "" {
		extra[schema.Prize] = quad.String(prize)
	}
	if m := c.editionOf(sent, fest, sp); m != nil && fest.Festival != nil {
		if y := fest.Festival.YearOfEdition(parseNum(m[1])); y > 0 {
			extra[schema.Year] = quad.Int(y)
		}
	} else if m := yearRe.FindStringSubmatch(sent); m != nil {
		y, _ := strconv.Atoi(m[1])
		extra[schema.Year] = quad.Int(y)
	} else if m := yearEnRe.FindStringSubmatch(sent); m != nil {
		y, _ := strconv.Atoi(m[1])
		extra[schema.Year] = quad.Int(y)
	}
	for _, w := range subj {
		c.tvByAward(w, fest)
		start := sp[0]
		if from > sp[0] && c.otherStatus(w.Entity, fest.Entity, sp[0], status) {
			start = from
		}
		c.Relate(facts.Relation{Subject: w.Entity, Predicate: schema.AwardAt, Object: fest.Entity,
			Span: facts.Evidence{Start: start, End: sp[1]}, Cue: status, Strength: strength, Extra: copyExtra(extra)})
	}
}

// barePrizeRe matches what may stand beside a prize in a clause that is
// nothing but the prize: a year (in 1992, 1992年, (1992)), a festival's
// "at"/"in", an article, punctuation.
var barePrizeRe = regexp.MustCompile(`(?i)^[\s,.;:，。；：、()（）]*(?:(?:in|at|the|a|an|of)\s+)*(?:(?:19|20)\d\d\s*年?)?[\s,.;:，。；：、()（）]*$`)

// barePrizeClause returns the offset in clause cl of the festival mention
// that names a prize (Golden Lion, 威尼斯金狮奖) when the clause holds
// nothing else but mentions of that festival, a year and punctuation, or
// -1.
func (c *Context) barePrizeClause(cl [2]int, fests []*Found) int {
	var prize *Found
	var in []*Found
	for _, f := range fests {
		if f.QStart >= cl[0] && f.QEnd <= cl[1] {
			if len(in) > 0 && in[0].Entity != f.Entity {
				return -1 // two festivals: not one prize
			}
			in = append(in, f)
			if f.Prize != "" {
				prize = f
			}
		}
	}
	if prize == nil {
		return -1
	}
	// the clause without its festival mentions (威尼斯 + 金狮奖)
	var rest strings.Builder
	at := cl[0]
	for _, f := range in {
		rest.WriteString(c.st(at, f.QStart) + " ")
		at = f.QEnd
	}
	rest.WriteString(c.st(at, cl[1]))
	if !barePrizeRe.MatchString(rest.String()) {
		return -1
	}
	return len(strings.ToLower(c.st(cl[0], prize.QStart)))
}

// prizeTitleCue returns the length of a cue that makes a prize the title
// of the work after it (奖得主, 奖影片 …), or 0.
func prizeTitleCue(rest string) int {
	for _, w := range []string{"奖获奖影片", "奖得主", "奖影片", "奖作品"} {
		if strings.HasPrefix(rest, w) {
			return len(w)
		}
	}
	return 0
}

// otherStatus reports an award relation of w at fest quoted from start
// with a status other than status.
func (c *Context) otherStatus(w, fest quad.IRI, start int, status string) bool {
	for i := len(c.Batch.Relations) - 1; i >= 0; i-- {
		r := c.Batch.Relations[i]
		if r.Predicate != schema.AwardAt || r.Subject != w || r.Object != fest || r.Span.Start != start {
			continue
		}
		if st, ok := r.Extra[schema.Status]; ok && quad.StringOf(st) != quad.StringOf(quad.String(status)) {
			return true
		}
	}
	return false
}

// festStretch is the part of clause cl (lower-cased text ctext) that
// belongs to fest: from the end of the festival mention before it to the
// start of the one after it.
func festStretch(c *Context, ctext string, cl [2]int, fs []*Found, fest *Found) string {
	lo, hi := cl[0], cl[1]
	for _, f := range fs {
		if f.Entity == fest.Entity {
			continue
		}
		if f.QEnd <= fest.QStart && f.QEnd > lo {
			lo = f.QEnd
		}
		if f.QStart >= fest.QEnd && f.QStart < hi {
			hi = f.QStart
		}
	}
	return ctext[lo-cl[0] : hi-cl[0]]
}

// editionOf returns the edition marker (第N届) of sent that is about fest.
// When the sentence names other festivals, a marker belongs to the first
// festival after it (第46届戛纳电影节金棕榈奖和两项奥斯卡提名: 46 is Cannes's),
// so a festival no marker precedes gets none.
func (c *Context) editionOf(sent string, fest *Found, sp [2]int) []string {
	m := editionRe.FindStringSubmatch(sent)
	if m == nil && fest.QStart >= sp[0] && fest.QEnd <= sp[1] {
		// the 63rd Venice Film Festival: an English ordinal counts only
		// right before the festival's name
		text := c.st(sp[0], sp[1])
		for _, ix := range editionEnRe.FindAllStringSubmatchIndex(text, -1) {
			for _, f := range c.Found {
				if f.Entity == fest.Entity && f.QStart == sp[0]+ix[1] {
					return []string{text[ix[0]:ix[1]], text[ix[2]:ix[3]]}
				}
			}
		}
		return nil
	}
	if m == nil || fest.QStart < sp[0] || fest.QEnd > sp[1] {
		return m
	}
	var others bool
	var fs []*Found
	for _, f := range c.Found {
		if f.Type == schema.Festival && f.QStart >= sp[0] && f.QEnd <= sp[1] {
			fs = append(fs, f)
			others = others || f.Entity != fest.Entity
		}
	}
	if !others {
		return m
	}
	text := c.st(sp[0], sp[1])
	for _, ix := range editionRe.FindAllStringSubmatchIndex(text, -1) {
		end := sp[0] + ix[1]
		var next *Found
		for _, f := range fs {
			if f.QStart >= end && (next == nil || f.QStart < next.QStart) {
				next = f
			}
		}
		if next != nil && next.Entity == fest.Entity {
			return []string{text[ix[0]:ix[1]], text[ix[2]:ix[3]]}
		}
	}
	return nil
}

// byWorks returns the works a clause names as what a prize was won for:
// 凭《Y》, 凭借《Y》, 以《Y》, 靠《Y》, "for Y" (the subject before the cue is
// then a person: 侯孝贤凭《刺客聂隐娘》获最佳导演).
func byWorks(c *Context, works []*Found, cl [2]int, cue int) []*Found {
	var out []*Found
	for _, w := range works {
		if w.QStart < cl[0] || w.QEnd > cl[1] {
			continue
		}
		before := strings.ToLower(lastRunes(c.st(cl[0], w.QStart), 4))
		before = strings.TrimSuffix(strings.TrimRight(before, " "), "在")
		if strings.HasSuffix(before, "凭") || strings.HasSuffix(before, "凭借") || strings.HasSuffix(before, "以") || strings.HasSuffix(before, "靠") || strings.HasSuffix(before, "靠着") || strings.HasSuffix(before, "因") || strings.HasSuffix(before, "for") && w.QStart > cue {
			out = append(out, w)
		}
	}
	return out
}

// prizeCredits gives the person who won a director's or an acting prize
// for a work the credit the prize implies: 最佳导演 → directed_by, 最佳男/女
// 主角 (or 演员, 配角), Best Actor/Actress → acted_in. The person is one
// named before the cue in its clause or in the sentence's first clause
// (侯孝贤凭《Y》获最佳导演; Tony Leung won Best Actor for Y).
func (c *Context) prizeCredits(works, people []*Found, clauses [][2]int, ci, cue int, prize string, sp [2]int) {
	role := prizeRole(prize)
	if role == "" {
		// 最佳男演员银熊奖, the Silver Bear for Best Actor: the festival's
		// own prize name says less than the category beside it
		role = prizeRole(prizeRe.FindString(strings.ToLower(c.st(clauses[ci][0], clauses[ci][1]))))
	}
	if role == "" || len(works) != 1 {
		return
	}
	var ps []*Found
	between := false
	for _, p := range people {
		if p.QEnd <= cue && (p.QStart >= clauses[ci][0] || p.QStart >= clauses[0][0] && p.QEnd <= clauses[0][1]) {
			ps = append(ps, p)
		} else if ci > 0 && p.QStart >= clauses[0][1] && p.QEnd <= clauses[ci][0] {
			between = true
		}
	}
	if len(ps) != 1 || between && ps[0].QEnd <= clauses[0][1] {
		// P执导的《W》成为赢家：A、B凭借…，分别摘得最佳男演员…: people
		// named after the first clause and before the prize's are nearer
		// winners than the first clause's subject
		return
	}
	w, p := works[0], ps[0]
	if role == "director" {
		c.relate(w, p, schema.DirectedBy, prize, 0.7, sp[0], sp[1])
	} else {
		c.Relate(facts.Relation{Subject: p.Entity, Predicate: schema.ActedIn, Object: w.Entity,
			Span: facts.Evidence{Start: sp[0], End: sp[1]}, Cue: prize, Strength: 0.7})
	}
}

// prizeRole is the credit a prize is for: director or actor, else "".
func prizeRole(prize string) string {
	p := strings.ToLower(prize)
	switch {
	case strings.Contains(p, "导演") || strings.Contains(p, "director"):
		return "director"
	case strings.Contains(p, "主角") || strings.Contains(p, "演员") || strings.Contains(p, "配角") || strings.Contains(p, "影帝") || strings.Contains(p, "影后") ||
		strings.Contains(p, "actor") || strings.Contains(p, "actress") || strings.Contains(p, "performance") || strings.Contains(p, "volpi") || strings.Contains(p, "沃尔皮"):
		return "actor"
	}
	return ""
}

// festivalInternal reports words that only make sense inside one festival
// (its sections, juries and prizes), so a sentence using them speaks of
// the festival the passage is about.
func festivalInternal(sent string) bool {
	for _, w := range []string{"单元", "竞赛", "评审团", "评委会", "闭幕", "开幕", "最佳", "大奖", "section", "competition", "jury", "best "} {
		if strings.Contains(sent, w) {
			return true
		}
	}
	return false
}

// internalNames are sections and prizes that belong to one festival and
// that the lexicon does not list as its prizes (those are matched as the
// festival itself): the festival's lexicon id for each.
var internalNames = []struct {
	re   *regexp.Regexp
	fest string
}{
	{regexp.MustCompile(`泰迪熊|全景单元|新生代(?:儿童|青少年|kplus|14plus)?(?:单元|竞赛)|新生代(?:kplus|14plus)|遭遇单元|论坛单元|\bteddy award|\bpanorama section|\bberlinale (?:panorama|forum|generation|encounters)|\bgeneration (?:kplus|14plus)`), "berlin"},
	{regexp.MustCompile(`导演双周|\bdirectors'? fortnight|\bquinzaine`), "cannes"},
	{regexp.MustCompile(`威尼斯日单元|\bgiornate degli autori|\bvenice days`), "venice"},
}

// internalFestival returns the lexicon id of the one festival whose own
// section or prize the lower-cased text names, or "".
func internalFestival(low string) string {
	own := ""
	for _, n := range internalNames {
		if n.re.MatchString(low) {
			if own != "" {
				return ""
			}
			own = n.fest
		}
	}
	return own
}

// priorFestival returns the last mention before off of the festival with
// lexicon id id, in the section of paragraph pi, or nil.
func (c *Context) priorFestival(id string, off, pi int, ms []*Found) *Found {
	var best *Found
	for _, f := range ms {
		if f.QEnd > off {
			break
		}
		if f.Type == schema.Festival && f.Festival != nil && f.Festival.ID == id && f.Para >= 0 && c.Paras[f.Para].Section == c.Paras[pi].Section {
			best = f
		}
	}
	return best
}

// anaphoricWorks returns, for a sentence that names no work but says 该片
// or the film, a stand-in mention of the antecedent film at the anaphor.
func (c *Context) anaphoricWorks(sp [2]int, low string, ms []*Found) []*Found {
	if strings.HasPrefix(strings.TrimSpace(low), "it ") {
		if a := c.antecedent(sp[0], ms); a != nil {
			proxy := *a
			proxy.QStart, proxy.QEnd, proxy.Start, proxy.End = sp[0], sp[0]+2, sp[0], sp[0]+2
			return []*Found{&proxy}
		}
	}
	if m := possFilmLeadRe.FindStringIndex(low); m != nil {
		// Zhang Yimou's movie was pulled …: a person's film opening the
		// sentence stands for the one film its paragraph has named
		if a := c.paraSoleFilm(sp[0], ms); a != nil {
			proxy := *a
			proxy.QStart, proxy.QEnd, proxy.Start, proxy.End = sp[0], sp[0]+m[1], sp[0], sp[0]+m[1]
			return []*Found{&proxy}
		}
	}
	for i := range low {
		n := anaphoraAt(low[i:])
		if n == 0 && (i == 0 || clauseBreakBefore(low[:i])) {
			n = clauseAnaphoraAt(low[i:]) // 影片后来拿下了金熊: the clause's subject
		}
		if n > 0 {
			a := c.antecedent(sp[0]+i, ms)
			if pi := c.ParaOf(sp[0]); i == 0 && pi >= 0 && c.Paras[pi].Start == sp[0] {
				// 影片入围了… opening a paragraph of a review: the film the
				// headline names, not the last one the paragraph before
				// compared it with
				if t := c.titleFilm(sp[0], ms); t != nil {
					a = t
				}
			}
			if a == nil {
				return nil
			}
			proxy := *a
			proxy.QStart, proxy.QEnd, proxy.Start, proxy.End = sp[0]+i, sp[0]+i+n, sp[0]+i, sp[0]+i+n
			return []*Found{&proxy}
		}
	}
	return nil
}

// tvByAward types a work the lexicon does not know as a TV series when
// the award it is stated for is a television award (…电视剧大赏, 艾美奖,
// Emmy), which films do not enter.
func (c *Context) tvByAward(w, fest *Found) {
	if w.Film != nil || w.Kind != "film" {
		return
	}
	name := fest.Surface
	if fest.Festival != nil {
		name += " " + fest.Festival.Name + " " + fest.Festival.NameEn
	}
	if !strings.Contains(name, "电视") && !strings.Contains(name, "剧") && !strings.Contains(name, "Emmy") && !strings.Contains(name, "Television") && !strings.Contains(name, "Drama") {
		return
	}
	w.Kind = "tv"
	if e := c.Batch.Entities[w.Entity]; e != nil {
		e.Kind = "tv"
	}
}

// hedgedSentence reports a conditional or a question about an award that
// was not given (如果…获奖, 会不会…).
func hedgedSentence(sent string) bool {
	for _, h := range conditionals {
		if strings.Contains(sent, h) {
			return true
		}
	}
	return false
}

// negatedClause reports a clause that denies its award cue (没有获奖, 未获).
func negatedClause(cl string) bool {
	for _, h := range negations {
		if strings.Contains(cl, h) {
			return true
		}
	}
	return false
}

// clauseStatus returns the status a clause states and the byte offset of
// its cue, the most specific cue first (获得…提名 is a nomination).
func clauseStatus(cl string) (string, int) {
	for _, s := range statusCues {
		if i := strings.Index(cl, s.w); i >= 0 {
			if s.w == "被撤" && strings.ContainsRune("换销职离", firstRune(cl[i+len(s.w):])) {
				continue // 被撤换, 被撤销, 被撤职: someone removed, no film withdrawn
			}
			return s.status, i
		}
	}
	if m := colloquialWinRe.FindStringIndex(cl); m != nil {
		return "won", m[0]
	}
	for _, s := range statusCuesEn {
		for _, m := range s.re.FindAllStringIndex(cl, -1) {
			if screenCount(cl, m) {
				continue
			}
			return s.status, m[0]
		}
	}
	return "", -1
}

// screenCountRe is a number or quantity word at the end of a text.
var screenCountRe = regexp.MustCompile(`(?:[0-9][0-9,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|dozens of|hundred|hundreds of|thousand|thousands of|several|a few|few|many|more|fewer|its|their|his|her|those|these|a handful of|handful of))$`)

// screenCount reports a match m of cl that is the noun "screens" counted
// (three screens, 4,000 screens, a handful of screens): the theatres of
// a release, not a festival screening.
func screenCount(cl string, m []int) bool {
	w := cl[m[0]:m[1]]
	if w != "screens" && w != "screen" {
		return false
	}
	before := strings.TrimRight(cl[:m[0]], " ")
	for _, adj := range []string{" more", " fewer", " additional", " extra", " total", " u.s.", " imax", " premium"} {
		if t := strings.TrimSuffix(before, adj); t != before && screenCountRe.MatchString(t) {
			return true
		}
	}
	return screenCountRe.MatchString(before)
}

// coordinatedPredicate reports a clause that opens with "and" and a verb,
// no subject of its own (and later won…, and was nominated…).
func coordinatedPredicate(clause string) bool {
	return coordPredRe.MatchString(strings.TrimLeft(clause, " ,"))
}

var coordPredRe = regexp.MustCompile(`^and (?:later |then |also |eventually |subsequently )?(?:won|took|received|earned|picked up|was|were|competed|screened|premiered|went on to)\b`)

// subjectWorks picks the works a status cue at offset cue (in clause ci)
// is about.
func subjectWorks(works []*Found, clauses [][2]int, ci, cue int) []*Found {
	in := func(cl [2]int, before bool) []*Found {
		var out []*Found
		for _, w := range works {
			if w.QStart < cl[0] || w.QEnd > cl[1] {
				continue
			}
			if cl[1] > cue && (before && w.QEnd > cue || !before && w.QStart < cue) {
				continue
			}
			out = append(out, w)
		}
		return out
	}
	cl := clauses[ci]
	if ws := in(cl, true); len(ws) > 0 {
		return ws
	}
	if ws := in(cl, false); len(ws) > 0 {
		return ws
	}
	for k := ci - 1; k >= 0; k-- {
		if ws := in(clauses[k], false); len(ws) > 0 {
			return ws
		}
	}
	return nil
}

// awardObject reports that a "won" cue has a prize for object: 奖, 冠,
// 最佳… in its clause (also fronted: 连金奖都拿了), or a festival or prize
// mention after the cue.
func awardObject(rest string, fests []*Found, cue, end int) bool {
	if strings.ContainsAny(rest, "奖獎冠") || strings.Contains(rest, "最佳") || strings.Contains(rest, "影后") || strings.Contains(rest, "影帝") || strings.Contains(rest, "最高") || awardWordEn.MatchString(rest) {
		return true
	}
	for _, f := range fests {
		if f.QStart >= cue && f.QEnd <= end {
			return true
		}
	}
	return false
}

// colloquialWinRe is 拿 with a prize for object (《Y》拿柏林金熊, 拿金棕榈,
// 拿威尼斯金狮): the bare verb wins when a festival's prize or an award
// word follows within a few characters, never 拿不到 or 拿…说事.
var colloquialWinRe = regexp.MustCompile(`拿(?:[^不没，,。；;！？!?、]{0,5}?)(?:金熊|金狮|金棕榈|金棕櫚|金马|金鸡|金像|金球|奥斯卡|小金人|最佳|大奖|奖)`)

// editionEnRe is an English edition ordinal before a festival name.
var editionEnRe = regexp.MustCompile(`\b([0-9]{1,3})(?:st|nd|rd|th) (?:annual |edition of the )?`)

// yearEnRe is an English year phrase (in 2006, at the 2006 festival).
var yearEnRe = regexp.MustCompile(`\b(?:in|at the|of) ((?:19|20)[0-9]{2})\b`)

var awardWordEn = regexp.MustCompile(`\b(?:award|awards|prize|best|lion|bear|palme|palm|oscar|oscars|globe|horse|rooster|jury|grand prix)\b`)

func nearest(fs []*Found, off int) *Found {
	var best *Found
	bd := 1 << 30
	for _, f := range fs {
		d := f.QStart - off
		if d < 0 {
			d = off - f.QEnd
		}
		if d < bd {
			best, bd = f, d
		}
	}
	return best
}

func dedupeFestivals(fs []*Found) []*Found {
	seen := map[quad.IRI]bool{}
	var out []*Found
	for _, f := range fs {
		if !seen[f.Entity] {
			seen[f.Entity] = true
			out = append(out, f)
		}
	}
	return out
}

// clausesIn splits [s,e) of text at clause punctuation (，,：:（）), not at
// the enumeration comma 、, which joins the items of one list.
func clausesIn(text string, s, e int) [][2]int {
	var out [][2]int
	st := s
	for i, r := range text[s:e] {
		if strings.ContainsRune("，,：:（）()—", r) {
			end := s + i
			if end > st {
				out = append(out, [2]int{st, end})
			}
			st = end + len(string(r))
		}
	}
	if st < e {
		out = append(out, [2]int{st, e})
	}
	return out
}

// joinSpanned merges the clauses a mention runs across: an English title
// with a comma in it (Black Coal, Thin Ice) is one subject, not the end of
// a clause.
func joinSpanned(cls [][2]int, ms []*Found) [][2]int {
	for _, m := range ms {
		for i := 0; i+1 < len(cls); i++ {
			if m.QStart >= cls[i][0] && m.QStart < cls[i][1] && m.QEnd > cls[i][1] {
				j := i + 1
				for j+1 < len(cls) && m.QEnd > cls[j][1] {
					j++
				}
				merged := append([][2]int{}, cls[:i]...)
				merged = append(merged, [2]int{cls[i][0], cls[j][1]})
				cls = append(merged, cls[j+1:]...)
				break
			}
		}
	}
	return cls
}

func copyExtra(m map[quad.IRI]quad.Value) map[quad.IRI]quad.Value {
	out := make(map[quad.IRI]quad.Value, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// parseNum reads an Arabic or Chinese number up to 999 (七十七, 77).
func parseNum(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	total, cur := 0, 0
	for _, r := range s {
		switch r {
		case '十':
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
		case '百':
			total += cur * 100
			cur = 0
		default:
			cur = digits[r]
		}
	}
	return total + cur
}

// clauseBreakBefore reports whether s ends with a comma or semicolon, so
// the text after it opens a clause. It decodes the last rune: a byte of a
// multi-byte comma (，；) is not itself a comma.
func clauseBreakBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(",，;；", r)
}
