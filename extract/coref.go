package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// filmAnaphora are the words that point back at the film just named: 该片
// 由X执导, X在片中饰演, The film stars X. They stand for the last work the
// section named, at most two paragraphs back.
var filmAnaphora = []string{"该片", "此片", "本片", "该影片", "此影片", "本影片", "这部影片", "这部电影", "这部片子", "这部片", "该电影", "这片子", "那部电影", "那部片子", "片中", "the film", "the movie", "this film"}

// antecedent returns the last film-like work mentioned before off in the
// same section and at most two paragraphs back; failing that, the one
// film-like work the section has named before off, however far back (a
// news story about one film says 片中 paragraphs after its title); or nil.
func (c *Context) antecedent(off int, ms []*Found) *Found {
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	var best, only *Found
	several := false
	for _, f := range ms {
		if f.QEnd > off {
			break
		}
		if f.Type != schema.Work || !screenKind(f.Kind) {
			continue
		}
		if c.Paras[f.Para].Section != c.Paras[pi].Section && !(f.Para >= pi-maxEntryLines && c.oneText(f.Para, pi)) {
			// another section: only a work just above, in a text one
			// author wrote throughout (a programme whose reader split an
			// entry's title from its credit lines), never another answer
			continue
		}
		if only != nil && only.Entity != f.Entity {
			several = true
		}
		only = f
		if f.Para < pi-2 {
			continue
		}
		best = f
	}
	if best == nil && !several {
		return only
	}
	return best
}

// clauseAnaphora point back at the film just named only as the subject
// opening a clause (《Y》讲述了…。影片由P执导, 该剧由P执导, The drama
// stars P): elsewhere 影片 and 电影 are common nouns.
var clauseAnaphora = []string{"影片", "电影", "该剧", "此剧", "本剧", "这部剧", "the drama", "the picture", "the documentary", "the series"}

// clauseAnaphoraAt returns the length in bytes of a clause-opening
// anaphor at the start of low (simplified, lower-cased), or 0.
func clauseAnaphoraAt(low string) int {
	for _, w := range clauseAnaphora {
		if strings.HasPrefix(low, w) {
			return len(w)
		}
	}
	return 0
}

// anaphoraAt returns the length in bytes of a film anaphor starting at off
// of the simplified, lower-cased text, or 0.
func anaphoraAt(low string) int {
	for _, w := range filmAnaphora {
		if strings.HasPrefix(low, w) {
			if w == "片中" {
				return len("片")
			}
			return len(w)
		}
	}
	return 0
}

// englishPlaces maps the place word of a festival's English name (Cannes,
// Venice, Berlin, Busan) to the festival, for "at Cannes", "in Venice".
func englishPlaces(l *lexicon.Lexicon) map[string]*lexicon.Festival {
	placesMu.Lock()
	defer placesMu.Unlock()
	if places, ok := placesBy[l]; ok {
		return places
	}
	places := map[string]*lexicon.Festival{}
	{
		re := regexp.MustCompile(`^(?:Festival de )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: International)? Film Festival$`)
		for _, f := range l.Festivals {
			if m := re.FindStringSubmatch(f.NameEn); m != nil && m[1] != "The" {
				m[1] = strings.TrimSuffix(m[1], " International")
				if _, dup := places[m[1]]; dup {
					places[m[1]] = nil // two festivals in one city: ambiguous
					continue
				}
				places[m[1]] = f
			}
		}
	}
	placesBy[l] = places
	return places
}

var (
	placesMu sync.Mutex
	placesBy = map[*lexicon.Lexicon]map[string]*lexicon.Festival{}
)

var placeRe = regexp.MustCompile(`\b(?:at|in|to|from|of|for)(?: the)? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b`)

// institutionAfterRe is what turns a city into an institution's name.
var institutionAfterRe = regexp.MustCompile(`^ (?:Film )?(?:Academy|University|School|Institute|Studio|Studios|Film Studio|Film Group|Film Bureau|Normal University|Conservatory)\b`)

// englishFestivals finds a festival named by its city in English prose,
// "won the Palme d'Or at Cannes", when the sentence speaks of awards or
// festival sections.
func (c *Context) englishFestivals(pi int) {
	p := c.Paras[pi]
	text := c.Doc.Text[p.Start:p.End]
	if !strings.Contains(text, " ") {
		return
	}
	pl := englishPlaces(c.Lex)
	for _, m := range placeRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		f := pl[name]
		if f == nil {
			// "in Venice Film Festival" is matched by the lexicon itself;
			// try the first word alone (at Venice last year)
			if sp := strings.IndexByte(name, ' '); sp > 0 {
				if f = pl[name[:sp]]; f != nil {
					m[3] = m[2] + sp
				}
			}
		}
		if f == nil {
			continue
		}
		s, e := p.Start+m[2], p.Start+m[3]
		if !c.Free(s, e) {
			continue
		}
		if c.festivalEndsAt(p.Start+m[0], "") {
			continue // the Golden Horse Awards in Taipei: the city is where the festival named is held
		}
		if rest := text[m[3]:]; institutionAfterRe.MatchString(rest) {
			continue // the Beijing Film Academy, Shanghai University: a school, not a festival
		} else if strings.HasPrefix(rest, "-") {
			continue // at Munich-based distributor X, a Beijing-set drama: an adjective
		}
		ss, se := c.sentenceOf(pi, s)
		sent := strings.ToLower(c.Doc.Text[ss:se])
		st, _ := clauseStatus(sent)
		if st == "" && !awardWordEn.MatchString(sent) && !awardContextEn.MatchString(sent) {
			continue
		}
		c.Add(&Found{Start: s, End: e, QStart: s, QEnd: e, Entity: f.IRI, Type: schema.Festival,
			Via: "lexicon", Surface: text[m[2]:m[3]], Festival: f, Para: pi})
	}
}

// maxEntryLines is how many lines a catalogue entry's title line and its
// credit lines may stand apart (title, country and year, director, cast).
const maxEntryLines = 4

// sameAuthorSections reports whether paragraphs i and j lie in sections of
// one author's text: neither is an answer of a thread.
func (c *Context) sameAuthorSections(i, j int) bool {
	return c.Paras[i].Section.Kind != "answer" && c.Paras[j].Section.Kind != "answer"
}

// oneText reports whether paragraphs i and j may be read together: one
// section, or sections of one author's text (a reader may split a
// programme's entry over sections, never a thread's answers).
func (c *Context) oneText(i, j int) bool {
	return c.Paras[i].Section == c.Paras[j].Section || c.sameAuthorSections(i, j)
}
