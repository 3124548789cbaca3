package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

func init() {
	Register("films", func() Stage { return filmStage{} })
	Register("learned", func() Stage { return learnedStage{} })
}

// filmContext are words that make a nearby common-word title a film.
var filmContext = []string{"电影", "影片", "片子", "票房", "上映", "导演", "这部", "那部", "主演", "院线", "拍的", "拍了", "执导", "看过", "豆瓣", "奥斯卡", "电影节", "获奖", "大片", "新片"}

// genreTails after a title turn it into a label for a kind of film or an
// attitude (战狼式电影, 功夫片, 战狼精神, 吴京宇宙), not a mention.
var genreTails = []string{"式", "类", "型", "精神", "体", "风", "片", "剧", "宇宙", "模式", "主义", "系", "迷", "们", "化", "般"}

// stopAfter are characters after which a short title may end even without
// segmentation: particles, conjunctions and punctuation.
const stopAfter = "的是和与及也都在这那了里中上吧呢啊嘛吗等就还被把让给从对比啥么有没不又才却、，。！？：；,.!?;:）)（(」』”’》 \n"

type filmStage struct{}

func (filmStage) Name() string { return "films" }

func (filmStage) Run(c *Context) error {
	for pi := range c.Paras {
		for _, m := range c.scan(pi) {
			var film *lexicon.Film
			weak := false
			for _, h := range m.Hits {
				if h.Film != nil {
					film, weak = h.Film, h.Strength == lexicon.Weak
					break
				}
			}
			if film == nil {
				continue
			}
			if !weak && (c.commonWord(c.Doc.Text[m.Start:m.End]) || acronym(c.Doc.Text[m.Start:m.End])) {
				weak = true // a title the dictionary knows as an everyday word (世界, 功夫), or AI, ET
			}
			if weak && titleCased(c.Doc.Text[m.Start:m.End]) {
				weak = false // In the Mood for Love written as a title is one, unlike "in the mood for love"
			}
			if weak && lowerLatin(c.Doc.Text[m.Start:m.End]) && c.inEnglishProse(m.Start, m.End) {
				// an everyday English word in lower case inside English
				// prose (a film nobody can find) is the word, not the
				// title Nobody; Chinese text often writes Latin titles in
				// lower case (斯皮尔伯格（et，大白鲨）)
				continue
			}
			if sf := c.Doc.Text[m.Start:m.End]; strings.Contains(sf, " ") && sf == strings.ToLower(sf) && lowerLatin(sf) && c.inEnglishProse(m.Start, m.End) {
				// English prose capitalises titles: "face off" in a
				// sentence is the phrase, not Face/Off
				continue
			}
			if castFieldAt(c.Doc.Text, m.Start) && !strings.ContainsAny(c.Doc.Text[m.Start:m.End], "《》") {
				// Cast: Sonam Wangmo, Jinpa: a cast line lists people; the
				// actor Jinpa is not the film Jinpa
				continue
			}
			c.bareTitle(pi, m.Start, m.End, film, weak, "lexicon")
		}
	}
	return nil
}

// adverbsBefore are one-character adverbs that modify a verb or an
// adjective: an everyday word right after one is used as that word.
const adverbsBefore = "还仍都也已就才正又再很太最更挺"

// bareTitle checks and records an unmarked title at [s,e).
func (c *Context) bareTitle(pi, s, e int, film *lexicon.Film, weak bool, via string) *Found {
	if !c.Free(s, e) {
		return nil
	}
	surface := c.Doc.Text[s:e]
	if c.IsAuthor(surface) || c.runeBefore(s) == '@' {
		return nil
	}
	// a sequel number the lexicon does not know (战狼3) is another film;
	// "流浪地球 1" is the first one
	sp := e
	for sp < len(c.Doc.Text) && c.Doc.Text[sp] == ' ' {
		sp++
	}
	if next := c.runeAfter(sp); (next >= '0' && next <= '9' || strings.ContainsRune("二三四五六七八九ⅡⅢⅣ", next)) && !figureAt(c.Doc.Text[sp:]) {
		if next != '1' || isLatinOrDigit(c.runeAfter(sp+1)) {
			return nil
		}
		e = sp + 1
	}
	next := c.runeAfter(e)
	if isLatinOrDigit(c.runeBefore(s)) && isLatinOrDigit(firstRune(surface)) || isLatinOrDigit(next) && isLatinOrDigit(lastRune(surface)) {
		return nil
	}
	if isLatinOrDigit(firstRune(surface)) && c.runeBefore(s) == '-' && s > 1 && isLatinOrDigit(c.runeBefore(s-1)) {
		return nil // the second half of a hyphened word (follow-up is no Up)
	}
	_, after := c.around(pi, s, e, 3)
	for _, g := range genreTails {
		if strings.HasPrefix(after, g) {
			return nil
		}
	}
	n := utf8.RuneCountInString(surface)
	short := n <= 3
	if weak || short {
		if ok, have := c.Boundary(pi, s); have && !ok {
			return nil
		}
		if ok, have := c.Boundary(pi, e); have && !ok {
			return nil
		}
	}
	if weak && strings.ContainsRune(adverbsBefore, c.runeBefore(s)) {
		return nil // 还活着, 都英雄: an adverb makes the everyday word a verb or adjective, not a title
	}
	if weak {
		if !strings.ContainsRune(stopAfter, next) && next != 0 && !awardAfter(c.Doc.Text[e:c.Paras[pi].End]) && !boxOfficeAfter(c.Doc.Text[e:c.Paras[pi].End]) {
			return nil
		}
		if !c.filmContextTight(pi, s, e, film) {
			return nil
		}
	}
	f := &Found{Start: s, End: e, QStart: s, QEnd: e, Entity: film.IRI, Type: schema.Work, Kind: film.Kind,
		Via: via, Surface: c.Doc.Text[s:e], Film: film, Para: pi}
	if c.inLink(pi, s, e) {
		f.Via = "link"
	}
	return c.Add(f)
}

// enFilmApposRe is an English apposition that calls what it follows a
// film (X, the most celebrated foreign-language film; X, a 2019 thriller).
var enFilmApposRe = regexp.MustCompile(`^,\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?:film|movie|feature|thriller|comedy|drama|documentary|blockbuster|epic|picture|cartoon)s?\b`)

// otherTitleInBrackets reports whether t opens with film's title in the
// other script in brackets (Parasite (寄生虫), 寄生虫（Parasite）).
func otherTitleInBrackets(t string, film *lexicon.Film) bool {
	var inner string
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasPrefix(t, br[0]) {
			if i := strings.Index(t, br[1]); i > 0 {
				inner = strings.TrimSpace(t[len(br[0]):i])
			}
		}
	}
	if inner == "" {
		return false
	}
	k := lexicon.Key(inner)
	if k == lexicon.Key(film.Title) || film.TitleEn != "" && k == lexicon.Key(film.TitleEn) {
		return true
	}
	for _, a := range film.Aliases {
		if k == lexicon.Key(strings.TrimSuffix(a, "?")) {
			return true
		}
	}
	return false
}

// capitalMidSentence reports a Latin word capitalised after other words
// of its clause (In Hero, …): English capitalises a title there, not a
// common noun.
func capitalMidSentence(surface, before string) bool {
	r, _ := utf8.DecodeRuneInString(surface)
	return r >= 'A' && r <= 'Z' && strings.TrimSpace(before) != ""
}

// creditNamed reports a person the lexicon credits with film (its
// director or one of its cast) named in the sentence of [s,e): an
// everyday word next to the film's own people is the film.
func (c *Context) creditNamed(pi, s, e int, film *lexicon.Film) bool {
	if len(film.Directors) == 0 && len(film.Actors) == 0 {
		return false
	}
	ss, se := c.sentenceOf(pi, s)
	for _, m := range c.scan(pi) {
		if m.Start < ss || m.End > se || (m.Start < e && m.End > s) {
			continue
		}
		for _, h := range m.Hits {
			if h.Person != nil && filmRole(film, h.Person.Name) != "" {
				return true
			}
		}
	}
	return false
}

// filmContextNear reports a link on the span, a film-context word in the
// same sentence, or another title right next to it in a list.
func (c *Context) filmContextNear(pi, s, e int) bool {
	if c.inLink(pi, s, e) {
		return true
	}
	ss, se := c.sentenceOf(pi, s)
	before := lastRunes(c.Doc.Text[ss:s], 14)
	after := firstRunes(c.Doc.Text[e:se], 14)
	for _, w := range filmContext {
		if strings.Contains(before, w) || strings.Contains(after, w) {
			return true
		}
	}
	// in a list with another work: "…，X，Y，…"
	return c.listNeighbour(pi, s, e)
}

// minorWords stay lower case inside English titles.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true, "in": true,
	"on": true, "at": true, "to": true, "by": true, "with": true, "from": true, "as": true, "is": true}

// titleCased reports an English surface of two or more words written in
// title case (In the Mood for Love, Moon Man): every word but the minor
// ones capitalised, and at least one capital past the first word, since a
// sentence start capitalises anything. Everyday phrases are not written so
// in running text; titles are.
func titleCased(surface string) bool {
	words := strings.FieldsFunc(surface, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == ':' })
	if len(words) < 2 {
		return false
	}
	capsAfterFirst := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case r >= 'A' && r <= 'Z':
			capsAfterFirst = capsAfterFirst || i > 0
		case r >= 'a' && r <= 'z':
			if i == 0 || !minorWords[w] {
				return false
			}
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return capsAfterFirst
}

// englishListGap reports the words between two titles of an English list
// (", ", " and ", ", and ", " or ").
func englishListGap(gap string) bool {
	g := strings.Trim(gap, " ,")
	return g == "and" || g == "or" || g == "&"
}

// awardVerbs and awardNouns: a clause right after a title saying it won a
// prize (拿了奥斯卡, 获得金棕榈, 斩获最佳影片).
var (
	awardVerbs = []string{"拿了", "拿下", "拿过", "拿的", "得的", "获得了", "获得", "获", "斩获", "夺得", "摘得", "荣获", "入围", "提名", "won", "wins", "took"}
	awardNouns = []string{"奥斯卡", "金棕榈", "金狮", "金熊", "金像", "金马", "金鸡", "百花奖", "戛纳", "柏林", "威尼斯", "最佳", "大奖", "Oscar", "Palme", "Golden", "Best"}
)

// maxAwardLead is how many Chinese characters may stand between a title
// and the award verb after it (是怎么拿的).
const maxAwardLead = 4

// awardAfter reports text that starts with an award verb, or a few
// Chinese words and then one, followed within a few runes by a prize or
// festival name.
func awardAfter(after string) bool {
	// a few words may come first (是怎么拿的奥斯卡, 后来拿了金熊)
	head := firstRunes(after, maxAwardLead+3)
	if i := strings.IndexAny(head, "，。；！？,;!?"); i >= 0 {
		head = head[:i]
	}
	for _, v := range awardVerbs {
		i := strings.Index(head, v)
		if i < 0 || utf8.RuneCountInString(head[:i]) > maxAwardLead || (i > 0 && !allHan([]rune(head[:i]))) {
			continue
		}
		rest := firstRunes(strings.TrimLeft(after[i+len(v):], " "), 8)
		for _, n := range awardNouns {
			if strings.Contains(rest, n) {
				return true
			}
		}
	}
	return false
}

// lowerLatin reports a surface that starts with a lower-case Latin
// letter: English prose capitalises titles.
func lowerLatin(surface string) bool {
	r, _ := utf8.DecodeRuneInString(surface)
	return r >= 'a' && r <= 'z'
}

// inEnglishProse reports a Latin word next to [s,e) (across spaces) on
// either side.
func (c *Context) inEnglishProse(s, e int) bool {
	i := s
	for i > 0 && c.Doc.Text[i-1] == ' ' {
		i--
	}
	j := e
	for j < len(c.Doc.Text) && c.Doc.Text[j] == ' ' {
		j++
	}
	isLetter := func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
	return (i < s && isLetter(c.runeBefore(i))) || (j > e && isLetter(c.runeAfter(j)))
}

// acronym reports a surface of at most three Latin letters and nothing
// else (AI, ET, ai): in running text such a string is far more often an
// abbreviation than the film whose dotted title (A.I., E.T.) folds to it.
func acronym(surface string) bool {
	n := 0
	for _, r := range surface {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
		n++
	}
	return n > 0 && n <= 3
}

// commonWord reports a surface that gse's dictionary holds as a frequent
// everyday word; without a segmenter nothing is.
func (c *Context) commonWord(surface string) bool {
	seg := c.x.segmenter()
	return seg != nil && seg.CommonWord(lexicon.ToSimplified(surface))
}

// Words right before or after a title that is also an everyday word which
// make it a film: a film noun or demonstrative (电影活着, 英雄这部电影),
// a viewing verb, or an attribute only films have (英雄的票房).
var (
	tightBefore = []string{"这部", "那部", "一部", "看了", "看过", "重看", "二刷", "观看", "上映的", "执导的", "导演的", "主演的",
		"film", "movie", "Film", "Movie", "watched", "rewatched", "directed", "starred in", "starring in", "remake of", "sequel to", "cast of", "star of", "stars of"}
	tightAfter = []string{"这部", "那部", "一片", "的票房", "票房", "上映", "的导演", "导演", "的主演", "主演", "剧组", "的预告", "预告片", "的结尾", "的剧情", "的海报", "续集", "片尾", "片头",
		"grossed", "premiered", "was directed", "is directed", "was released", "opened in"}
)

// releaseYearAfterRe is a year right after a title that the clause says
// it was released in (英雄 2004 年在美国上映, 活着1994年在戛纳首映).
var releaseYearAfterRe = regexp.MustCompile(`^(?:19|20)[0-9]{2}\s*年[^，,。；;]{0,10}?(?:上映|公映|首映|上线|引进|发行|登陆)`)

// filmContextTight is the evidence a title that is also an everyday word
// needs (英雄, 世界, 功夫): a link on it, another work next to it in a
// list, a film word right next to it in the same clause, or one of its own
// directors named in the same sentence (张艺谋的英雄). A film word
// somewhere in the sentence is not enough: 中国电影走向世界.
func (c *Context) filmContextTight(pi, s, e int, film *lexicon.Film) bool {
	if c.inLink(pi, s, e) || c.listNeighbour(pi, s, e) || c.lineInTitleList(pi, s, e) || c.titleRun(pi, s, e) >= 3 {
		return true
	}
	cs, ce := c.clauseOf(pi, s, e)
	before := strings.TrimRight(c.Doc.Text[cs:s], " ")
	after := strings.TrimLeft(c.Doc.Text[e:ce], " ")
	for _, w := range tightBefore {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, w := range tightAfter {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	if awardAfter(after) {
		return true // 寄生虫拿了奥斯卡, 英雄获得柏林…: people and words win prizes less often than films
	}
	if (titleCased(c.Doc.Text[s:e]) || capitalMidSentence(c.Doc.Text[s:e], before) || hasAnyPrefix(after, "里", "中", "当中")) && c.creditNamed(pi, s, e, film) {
		// In Hero, Jet Li plays Nameless; 英雄里李连杰演无名: not
		// 李连杰是英雄, where the word is no title
		return true
	}
	if c.possessiveOfCredit(pi, s, film) {
		// His Hero was finished in 2002; his second, Platform, went to
		// Venice: a pronoun's work, with the work's own people nearby
		return true
	}
	if yearInBrackets(strings.TrimLeft(c.Doc.Text[e:min(ce+12, c.Paras[pi].End)], " ")) {
		return true // a release year in brackets: Up (2009), 英雄（2002）
	}
	if releaseYearAfterRe.MatchString(after) {
		return true // a year and its release: 英雄 2004 年在美国上映
	}
	rest := c.Doc.Text[e:min(e+120, c.Paras[pi].End)]
	if otherTitleInBrackets(strings.TrimLeft(rest, " "), film) {
		return true // its title in the other language in brackets: Parasite (寄生虫)
	}
	if enFilmApposRe.MatchString(rest) {
		return true // Parasite, the most celebrated foreign-language film of the century
	}
	if boxOfficeAfter(strings.TrimLeft(c.Doc.Text[e:min(e+40, c.Paras[pi].End)], " ：:")) {
		return true // a gross right after it: 霍元甲 2463万, 英雄五千多万, Hero $53 million
	}
	// weaker cues (an example marker, a synopsis verb, a list with another
	// title the lexicon knows) count together with a film word in the
	// sentence
	p := c.Paras[pi]
	pre := strings.TrimRight(lastRunes(c.Doc.Text[p.Start:s], 6), " ")
	post := strings.TrimLeft(firstRunes(c.Doc.Text[e:p.End], 4), " ，,")
	list := c.listCandidate(pi, s, e)
	introduced, synopsis := false, false
	for _, w := range []string{"比如", "例如", "譬如", "比方说", "案例：", "案例:", "拍了", "拍了一个", "拍了一部", "拍的", "名为", "叫做"} {
		introduced = introduced || strings.HasSuffix(pre, w)
	}
	for _, w := range []string{"讲述", "讲的是", "讲了"} {
		synopsis = synopsis || strings.HasPrefix(post, w)
	}
	if (list || introduced || synopsis) && c.filmContextNear(pi, s, e) {
		return true
	}
	if introduced && synopsis {
		// Two weaker cues together (案例：寄生虫，讲述…): a word
		// introduced as an example and then given a plot is a title.
		return true
	}
	if film != nil && len(film.Directors) > 0 {
		// people are found after films, so look at the lexicon matches
		ss, se := c.sentenceOf(pi, s)
		for _, m := range c.scan(pi) {
			if m.Start < ss || m.End > se {
				continue
			}
			for _, h := range m.Hits {
				if h.Person == nil || h.Strength != lexicon.Strong {
					continue
				}
				for _, d := range film.Directors {
					if h.Person.Name == d {
						return true
					}
				}
			}
		}
	}
	return false
}

// titleRun counts the lexicon titles in the list holding [s,e): titles
// joined only by list separators (卧虎藏龙，英雄，霍元甲，功夫，十面埋伏).
// Three everyday words in a row that are all film titles are a list of
// films, though none of them would be alone.
func (c *Context) titleRun(pi, s, e int) int {
	type span struct{ s, e int }
	var cands []span
	for _, m := range c.scan(pi) {
		for _, h := range m.Hits {
			if h.Film != nil {
				cands = append(cands, span{m.Start, m.End})
				break
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].s < cands[j].s })
	at := -1
	for i, m := range cands {
		if m.s == s && m.e == e {
			at = i
		}
	}
	if at < 0 {
		return 0
	}
	joined := func(a, b span) bool {
		if b.s < a.e || b.s-a.e > 6 {
			return false
		}
		gap := c.Doc.Text[a.e:b.s]
		return gap != "" && onlySeparators(gap) || englishListGap(gap)
	}
	n := 1
	for i := at; i > 0 && joined(cands[i-1], cands[i]); i-- {
		n++
	}
	for i := at; i+1 < len(cands) && joined(cands[i], cands[i+1]); i++ {
		n++
	}
	return n
}

// figureAt reports a number at the start of t that is a figure, not a
// sequel's digit: more than one digit, or a digit or numeral followed by a
// decimal point, a unit or a per cent (霍元甲 2463万, 卧虎藏龙 1.28亿, 英雄
// 五千多万), unlike 战狼 2 or 流浪地球 1.
func figureAt(t string) bool {
	rs := []rune(firstRunes(t, 3))
	if len(rs) < 2 {
		return false
	}
	return rs[1] >= '0' && rs[1] <= '9' || strings.ContainsRune(".,万亿千百十%年多", rs[1])
}

// boxOfficeRe is a box-office figure: 2463万, 五千多万, 一亿两千多万美元,
// 1.2亿, $53 million; also where it was taken (在北美卖了一亿多美元).
var boxOfficeRe = regexp.MustCompile(`^(?:(?:在?(?:北美|全球|国内|海外|美国|日本|韩国|欧洲|全世界|内地|香港)的?)?(?:票房|(?:卖|拿|收|揽|狂揽|斩获|卖出)了?)?(?:票房)?(?:超过|达到|破|近|约)?(?:[0-9][0-9.,]*\s*(?:万|亿)|[一二两三四五六七八九十百千]+(?:多)?(?:万|亿))|\$\s?[0-9][0-9.,]*\s*(?:million|m\b|billion|bn\b))`)

// boxOfficeAfter reports text that starts with a box-office figure, as
// lists and essays give a film's gross right after its title.
func boxOfficeAfter(t string) bool { return boxOfficeRe.MatchString(t) }

// yearInBrackets reports text that starts with a bracketed year, as a film
// title is often followed by its release year: "(2009)", "（2002年）".
func yearInBrackets(t string) bool {
	for _, open := range []string{"(", "（"} {
		if !strings.HasPrefix(t, open) {
			continue
		}
		t = t[len(open):]
		if len(t) < 5 || !(strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) {
			return false
		}
		for i := 2; i < 4; i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return t[4] < '0' || t[4] > '9'
	}
	return false
}

// clauseOf returns the clause (between ，。；！？：and line ends) around
// [s,e) in paragraph pi.
func (c *Context) clauseOf(pi, s, e int) (int, int) {
	p := c.Paras[pi]
	cs, ce := p.Start, p.End
	const stops = "，,。；;！!？?：:\n（）()"
	if i := strings.LastIndexAny(c.Doc.Text[p.Start:s], stops); i >= 0 {
		_, n := utf8.DecodeRuneInString(c.Doc.Text[p.Start+i:])
		cs = p.Start + i + n
	}
	if i := strings.IndexAny(c.Doc.Text[e:p.End], stops); i >= 0 {
		ce = e + i
	}
	return cs, ce
}

// listCandidate reports another lexicon film title (found or not, strong
// or weak) right next to [s,e) in a list: 藏龙卧虎和英雄.
func (c *Context) listCandidate(pi, s, e int) bool {
	for _, m := range c.scan(pi) {
		film := false
		for _, h := range m.Hits {
			film = film || h.Film != nil
		}
		if !film || m.Start == s {
			continue
		}
		var gap string
		switch {
		case m.End <= s && s-m.End <= 6:
			gap = c.Doc.Text[m.End:s]
		case m.Start >= e && m.Start-e <= 6:
			gap = c.Doc.Text[e:m.Start]
		default:
			continue
		}
		if (onlySeparators(gap) && gap != "") || englishListGap(gap) {
			return true
		}
	}
	return false
}

// listNeighbour reports another work right next to [s,e) in a list
// (…，X，Y，… or X、Y).
func (c *Context) listNeighbour(pi, s, e int) bool {
	for _, f := range c.Found {
		if f.Type != schema.Work || f.Para != pi {
			continue
		}
		var gap string
		switch {
		case f.QEnd <= s && s-f.QEnd <= 6:
			gap = c.Doc.Text[f.QEnd:s]
		case f.QStart >= e && f.QStart-e <= 6:
			gap = c.Doc.Text[e:f.QStart]
		default:
			continue
		}
		if (onlySeparators(gap) && gap != "") || englishListGap(gap) {
			return true
		}
	}
	return false
}

// lineInTitleList reports a title that is a line of its own next to a
// line that is just another work (三峡好人 / 师父 / 一个人的武林): a list
// of titles written one per line, as answers often give them.
func (c *Context) lineInTitleList(pi, s, e int) bool {
	if !c.wholeLine(pi, s, e) {
		return false
	}
	for _, f := range c.Found {
		if f.Type == schema.Work && (f.Para == pi-1 || f.Para == pi+1) && f.Para >= 0 && f.Para < len(c.Paras) &&
			c.Paras[f.Para].Section == c.Paras[pi].Section && c.wholeLine(f.Para, f.QStart, f.QEnd) {
			return true
		}
	}
	return false
}

// wholeLine reports whether [s,e) is all of paragraph pi but for spaces,
// punctuation and title marks.
func (c *Context) wholeLine(pi, s, e int) bool {
	p := c.Paras[pi]
	return s >= p.Start && e <= p.End && onlyMarks(c.Doc.Text[p.Start:s]) && onlyMarks(c.Doc.Text[e:p.End])
}

// onlyMarks reports a string of white space, punctuation and list bullets
// (at most a few runes): what stands around a title on a line of its own.
func onlyMarks(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && !strings.ContainsRune("*-·•》《", r) {
			return false
		}
		n++
	}
	return n <= 4
}

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// learnedStage matches titles seen in 《》 (in this document or, through
// Options.Learned, in others) where they appear without marks.
type learnedStage struct{}

func (learnedStage) Name() string { return "learned" }

func (learnedStage) Run(c *Context) error {
	var rows []lexicon.FilmRow
	for k, t := range c.learned {
		if len(c.Lex.Film(k)) > 0 || utf8.RuneCountInString(k) < 2 || c.authors[k] {
			continue
		}
		if kindFromTitle(t) != "film" || strings.ContainsAny(t, "，,。") {
			continue
		}
		row := lexicon.FilmRow{Title: t}
		if utf8.RuneCountInString(k) <= 2 {
			row.Flags = []string{"common"} // two characters are too often an ordinary word
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil
	}
	mini := lexicon.New(rows, nil, nil)
	for pi := range c.Paras {
		text := c.Text(pi)
		for _, m := range mini.Scan(text) {
			h := m.Hits[0]
			// learned titles resolve to the same node as their bracketed form
			film := *h.Film
			film.IRI = schema.WorkIRI(film.Title)
			c.bareTitle(pi, m.Start+c.Paras[pi].Start, m.End+c.Paras[pi].Start, &film, h.Strength == lexicon.Weak, "learned")
		}
	}
	return nil
}

// possessiveTitleRe ends the text before a title that a possessive pronoun
// makes someone's work: his Hero, her latest film, Platform; their debut,
// X.
var possessiveTitleRe = regexp.MustCompile(`(?i)\b(?:his|her|their)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|newest|latest|last|debut)(?:\s+(?:feature|film|movie|picture))?,\s*)?$`)

// possessiveOfCredit reports an everyday-word title at s that a
// possessive pronoun right before it makes someone's work (His Hero, his
// second, Platform), when a person the lexicon credits with the film is
// named in its paragraph or the one before: the pronoun is theirs, and
// the capitalised word their film.
func (c *Context) possessiveOfCredit(pi, s int, film *lexicon.Film) bool {
	if film == nil || len(film.Directors) == 0 && len(film.Actors) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(c.Doc.Text[s:]); r < 'A' || r > 'Z' {
		return false
	}
	p := c.Paras[pi]
	if !possessiveTitleRe.MatchString(lastRunes(c.Doc.Text[p.Start:s], 40)) {
		return false
	}
	for pj := max(pi-1, 0); pj <= pi; pj++ {
		if c.Paras[pj].Section != p.Section {
			continue
		}
		for _, m := range c.scan(pj) {
			for _, h := range m.Hits {
				if h.Person != nil && filmRole(film, h.Person.Name) != "" {
					return true
				}
			}
		}
	}
	return false
}
