package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// Names the lexicon does not know, found where a credit frames them: lists
// after a role noun (主演：李某、赵某某, 导演为王某), lists before a role verb
// (由王某执导，李某、赵某某主演), and a name opening an acting or prize frame
// (李某在《Y》中饰演, 李某凭借《Y》获得, 李某获最佳女演员). News about new
// films names mostly people no reference list holds, and the credit
// grammar can only bind the people it sees.
//
// Each item must be delimited on both sides (a list separator, the cue, a
// particle such as 由, the start of the clause) and be a common surname
// with one or two more characters, so the frame itself decides where a
// name starts and ends. The paragraph is read in the simplified view, so
// traditional credits (由王某執導) count too.

// creditNounCues open a list of names after them (导演：, 主演为).
var creditNounCues = []struct{ w, role string }{
	{"领衔主演", "actor"}, {"联合主演", "actor"}, {"主要演员", "actor"}, {"主演", "actor"}, {"演员", "actor"},
	{"女主角", "actor"}, {"男主角", "actor"}, {"导演", "director"}, {"编剧", "writer"}, {"监制", "producer"},
}

// creditVerbCues close a list of names before them (王某执导, 李某、赵某主演).
var creditVerbCues = []struct{ w, role string }{
	{"执导", "director"}, {"担任导演", "director"}, {"出任导演", "director"}, {"导演", "director"}, {"编导", "director"}, {"领衔主演", "actor"}, {"联合主演", "actor"},
	{"共同主演", "actor"}, {"联袂主演", "actor"}, {"主演", "actor"}, {"出演", "actor"}, {"饰演", "actor"}, {"扮演", "actor"}, {"诠释的", "actor"}, {"加盟", "actor"}, {"参演", "actor"}, {"客串", "actor"},
	{"等主演", "actor"}, {"编剧", "writer"}, {"监制", "producer"},
}

// frameAfterName is what follows a name that opens an acting or prize
// frame; the role is the one the frame implies ("" when it implies none).
var frameAfterName = []struct {
	re   *regexp.Regexp
	role string
}{
	{regexp.MustCompile(`^(?:在|于)《[^》]{1,40}》(?:中|里|当中)(?:饰演|扮演|出演|客串|的表演|的演技|演)`), "actor"},
	{regexp.MustCompile(`^(?:凭借|凭|以)《[^》]{1,40}》(?:中的表演|的表演)?(?:获|荣获|摘得|夺得|斩获|成为|问鼎|拿下|捧得|入围|提名)`), ""},
	{regexp.MustCompile(`^(?:凭借|凭|以)《[^》]{1,40}》(?:中的表演|的表演)?(?:封帝|封后|封影帝|封影后|称帝|称后)`), "actor"},
	{regexp.MustCompile(`^(?:获|获得|荣获|摘得|夺得|斩获|拿下|捧得)(?:了)?(?:本届|该届)?(?:最佳)(?:男|女)(?:主角|演员|配角)`), "actor"},
	{regexp.MustCompile(`^(?:获|获得|荣获|摘得|夺得|斩获|拿下|捧得)(?:了)?(?:本届|该届)?最佳导演`), "director"},
	// a filmmaker bringing or presenting a first or new feature: 白某带着
	// 长片首作《Y》, 王某的长片处女作《Y》
	{regexp.MustCompile(`^(?:携|带着)(?:其|她的|他的)?\p{Han}{0,6}?(?:长片首作|首部长片|处女作|新作|新片)《`), "director"},
	{regexp.MustCompile(`^的(?:长片|首部)?(?:处女作|首作|新作|新片)《`), "director"},
}

// listSeps join the names of one list.
var listSeps = []string{"、", "和", "与", "及", "，", ",", "/"}

// nameOpeners may stand right before the first name of a list.
const nameOpeners = "由是为有和与及：:，,。；;（(、 \n"

// cueStarts returns the byte offsets in text where each occurrence of w
// starts, searching on after each match.
func cueStarts(text, w string) []int {
	var out []int
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return out
		}
		out = append(out, off+i)
		off += i + len(w)
	}
}

// verbWorkNameRe ends where a name follows a credit verb and its work
// (执导该片的P, 主演《W》的P, 《W》中饰演女主角的P).
var verbWorkNameRe = regexp.MustCompile(`(执导|导演|主演|出演|领衔主演)(?:了)?(?:该片|此片|本片|这部电影|这部影片|《[^》]{1,40}》)的|(《[^》]{1,40}》(?:中|里)(?:饰演|扮演)[^，。；！？]{0,8}?的)`)

// prizeLabelNameRe ends where an award-list line names the person of an
// acting or directing prize (最佳男主角 陈某（《Y》）, 最佳导演：李某《Y》).
var prizeLabelNameRe = regexp.MustCompile(`最佳(?:新)?(男|女)?(主角|配角|演员|导演|新人|新演员)(?:奖)?(?:[:：]\s*|[ \t　]+)`)

func (c *Context) creditNames(pi int) {
	p := c.Paras[pi]
	text := c.st(p.Start, p.End)
	for _, m := range prizeLabelNameRe.FindAllStringSubmatchIndex(text, -1) {
		role := "actor"
		if text[m[4]:m[5]] == "导演" {
			role = "director"
		}
		c.namesForward(pi, text, m[1], role)
	}
	for _, m := range verbWorkNameRe.FindAllStringSubmatchIndex(text, -1) {
		role := "actor"
		if m[2] >= 0 && strings.Contains(text[m[2]:m[3]], "导") {
			role = "director"
		}
		c.namesForward(pi, text, m[1], role)
	}
	for _, cue := range creditNounCues {
		for _, i := range cueStarts(text, cue.w) {
			j := i + len(cue.w)
			if m := englishLabelRe.FindStringIndex(text[j:]); m != nil {
				j += m[1] // 导演 Director：, 主演 Cast：(a bilingual programme)
			}
			for _, lead := range []string{"：", ":", "为", "是", "有", "包括", " "} {
				if strings.HasPrefix(text[j:], lead) {
					j += len(lead)
					break
				}
			}
			c.namesForward(pi, text, j, cue.role)
		}
	}
	for _, cue := range creditVerbCues {
		for _, i := range cueStarts(text, cue.w) {
			c.namesBackward(pi, text, i, cue.role, true)
		}
	}
	for _, fr := range frameAfterName {
		for off := 0; off < len(text); {
			// a bounded window: the frames are short, and the matcher's
			// cost grows with its input
			w := text[off:]
			if len(w) > 200 {
				w = w[:200]
			}
			if fr.re.MatchString(w) {
				at := off
				if r, n := utf8.DecodeLastRuneInString(text[:off]); strings.ContainsRune("则也亦", r) {
					at -= n // 谢某则凭《Y》…: the particle stands between name and frame
				}
				c.namesBackward(pi, text, at, fr.role, false)
			}
			_, n := utf8.DecodeRuneInString(text[off:])
			off += n
			// only try the frames where one can start
			for off < len(text) && !strings.ContainsRune("在于凭以获荣摘夺斩拿捧携带的", firstRune(text[off:])) {
				_, n := utf8.DecodeRuneInString(text[off:])
				off += n
			}
		}
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// candidateName reports whether item (simplified) is a name a credit frame
// may introduce: a lexicon-free surname plus one or two Han characters.
func (c *Context) candidateName(item string) bool {
	rs := []rune(item)
	if len(rs) < 2 || len(rs) > 3 || !allHan(rs) || !strings.ContainsRune(surnames, rs[0]) {
		return false
	}
	return c.plausibleCueName(item)
}

// englishLabelRe is the English label a bilingual programme puts between
// a Chinese credit noun and its colon (导演 Director：, 主演 Cast：).
var englishLabelRe = regexp.MustCompile(`^ ?[A-Za-z][A-Za-z ]{0,24}[：:] ?`)

// romanisedNameRe is the romanised name a bilingual list writes after a
// Chinese one (廖凡 Liao Fan, 桂纶镁 Gwei Lun-mei).
var romanisedNameRe = regexp.MustCompile(`^ [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3}`)

// namesForward reads a list of names starting at byte j of text (the
// paragraph's simplified view): each item runs to the next separator and
// the list ends at anything else.
func (c *Context) namesForward(pi int, text string, j int, role string) {
	base := c.Paras[pi].Start
	for j < len(text) {
		k := j
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if !isHan(r) {
				break
			}
			k += n
			if k-j > 3*3 {
				break
			}
		}
		item := text[j:k]
		// the item ends at a separator, a clause mark, 等, or the end; a
		// bilingual list romanises each name after it (廖凡 Liao Fan、…)
		next := k // where the text after the item (and its romanisation) starts
		if m := romanisedNameRe.FindStringIndex(text[k:]); m != nil {
			next += m[1]
		}
		rest := text[next:]
		end := rest == "" || strings.ContainsRune("、，,。；;：:）) \n/（(《", firstRune(rest))
		if !end || !c.candidateName(item) {
			// 主演李某亮相, 执导该片的李某表示: an event or speech verb
			// right after the last name
			for _, n := range []int{3, 2} {
				cut := len(firstRunes(item, n))
				if utf8.RuneCountInString(item) >= n && c.candidateName(item[:cut]) && (eventVerbEnds(text, j+cut) || nameFollowerAt(text, j+cut)) {
					k = j + cut
					next = k
					item = item[:cut]
					rest = text[k:]
					end = true
					break
				}
			}
		}
		if !end {
			// 李某和赵某: a conjunction glued to the item
			for _, sep := range []string{"和", "与", "及", "等"} {
				if cut := strings.LastIndex(item, sep); cut > 0 && c.candidateName(item[:cut]) {
					k = j + cut
					next = k
					item = item[:cut]
					rest = text[k:]
					end = true
					break
				}
			}
		}
		if !end || !c.candidateName(item) {
			return
		}
		c.addCuePerson(pi, base+j, base+k, role)
		sep := ""
		for _, s := range listSeps {
			if strings.HasPrefix(rest, s) {
				sep = s
				break
			}
		}
		if sep == "" || sep == "，" || sep == "," {
			// a comma goes on only to another name closed by a
			// separator: 主演：李某，赵某 is rare, 主演李某，他说 common
			return
		}
		j = next + len(sep)
	}
}

// namesBackward reads the names that end at byte i of text (before a role
// verb or a frame): the item right before i, then, while a list separator
// precedes it, the items before that. With list false only one name is
// read (a frame names one person).
func (c *Context) namesBackward(pi int, text string, i int, role string, list bool) {
	base := c.Paras[pi].Start
	e := i
	for e > 0 {
		// at most three Han characters back from the cue
		s := e
		for n := 0; n < 3 && s > 0; n++ {
			r, w := utf8.DecodeLastRuneInString(text[:s])
			if !isHan(r) {
				break
			}
			s -= w
		}
		// the longest item that is a name with an opener before it
		found := -1
		for st := s; st < e; {
			prev, _ := utf8.DecodeLastRuneInString(text[:st])
			item := text[st:e]
			if (st == 0 || strings.ContainsRune(nameOpeners, prev) || !isHan(prev)) && c.candidateName(item) {
				found = st
				break
			}
			_, w := utf8.DecodeRuneInString(text[st:])
			st += w
		}
		if found < 0 {
			return
		}
		c.addCuePerson(pi, base+found, base+e, role)
		if !list || found == 0 {
			return
		}
		prev, w := utf8.DecodeLastRuneInString(text[:found])
		if !strings.ContainsRune("、和与及", prev) {
			return
		}
		e = found - w
	}
}

// English credits name people no list holds: "directed by Wang Xiaochuan",
// "starring Li Mei and Zhao Dahai", "co-starring …", "featuring …". A name
// is two or three capitalised words (hyphens inside: Chiu-wai), items
// joined by ", " and "and". Names already found (lexicon) are kept.
var (
	enCreditCueRe = regexp.MustCompile(`\b(?:[Dd]irected by|[Cc]o-directed by|[Ss]tarring|[Cc]o-starring|[Ff]eaturing|[Ff]ilmmaker|[Dd]irector|[Aa]ctor|[Aa]ctress)(?: (?:newcomer|veteran|first-time director|debut director))? `)
	enNameRe      = regexp.MustCompile(`^[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}\b`)
	enListSepRe   = regexp.MustCompile(`^(?:, and |, | and )`)
)

// enNameStop are capitalised words that begin phrases, not names.
var enNameStop = map[string]bool{"The": true, "A": true, "An": true, "In": true, "At": true, "On": true, "His": true, "Her": true, "Their": true, "This": true, "That": true, "It": true}

func (c *Context) englishCreditNames(pi int) {
	p := c.Paras[pi]
	text := c.Doc.Text[p.Start:p.End]
	for _, m := range enCreditCueRe.FindAllStringIndex(text, -1) {
		role := "actor"
		if cue := strings.ToLower(text[m[0]:m[1]]); strings.Contains(cue, "direct") || strings.Contains(cue, "filmmaker") {
			role = "director"
		}
		j := m[1]
		for n := 0; n < 6 && j < len(text); n++ {
			nm := enNameRe.FindString(text[j:])
			if nm == "" || enNameStop[strings.Fields(nm)[0]] {
				break
			}
			c.addEnglishPerson(pi, p.Start+j, p.Start+j+len(nm), role)
			j += len(nm)
			sep := enListSepRe.FindString(text[j:])
			if sep == "" {
				break
			}
			j += len(sep)
		}
	}
}

// addEnglishPerson adds an English name a credit cue introduced, keeping
// its spaces (addCuePerson's canonical form is for Chinese names).
func (c *Context) addEnglishPerson(pi, s, e int, role string) {
	name := c.Doc.Text[s:e]
	if !c.Free(s, e) || c.IsAuthor(name) {
		return
	}
	key := lexicon.Key(name)
	if c.Lex.Person(key) != nil || len(c.Lex.PeopleNamed(key)) > 0 || len(c.Lex.Film(key)) > 0 {
		return // the lexicon's own matching decides those
	}
	f := c.Add(&Found{Start: s, End: e, QStart: s, QEnd: e, Entity: schema.PersonIRI(name), Type: schema.Person, Via: "cue", Surface: name, Para: pi})
	if f != nil {
		ent := c.Batch.Entities[f.Entity]
		ent.Label = name
		ent.Roles = appendRole(ent.Roles, role)
	}
}

// nameFollowers are words that follow a person's name as its verb in
// news (李某表示, 李某坦言): after a credit frame they end the name.
var nameFollowers = []string{"表示", "说", "称", "坦言", "透露", "介绍", "回忆", "谈到", "认为", "感叹", "获得", "凭借"}

// nameFollowerAt reports a nameFollowers word at byte i of text.
func nameFollowerAt(text string, i int) bool {
	for _, w := range nameFollowers {
		if strings.HasPrefix(text[i:], w) {
			return true
		}
	}
	return false
}
