package lexicon

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// FilmRow, PersonRow and FestivalRow are the curated rows the lexicon is
// built from. They mirror lexicon/data's types field for field so that
// tests can build a small lexicon without the shipped data.
type FilmRow struct {
	Title     string
	Year      int
	TitleEn   string
	Directors []string
	Country   []string
	Kind      string
	Aliases   []string // other names and nicknames, matched anywhere
	Weak      []string // names that are also common words: need context
	Actors    []string
	Source    string   // "remake:<title>" | "adapted:<work>"
	Flags     []string // "common": the title itself is a common word
	Tags      []string // main_melody, festival, … (schema.WorkTags); New adds "coproduction"
}

type PersonRow struct {
	Name, NameEn string
	Roles        []string
	Aliases      []string
	Weak         []string
	Country      []string
	Flags        []string // "common": the name itself is an everyday word (文章, 黎明): match only with context
}

type FestivalRow struct {
	ID, Name, NameEn string
	Aliases          []string
	Weak             []string // bare city names: need film or award context
	Prizes           []string
	AnchorEdition    int
	AnchorYear       int
	Interval         int // years between editions around the anchor; 0 or 1 = annual, 2 = biennial
	Kind             string
}

// Film is a lexicon film with its graph identity.
type Film struct {
	FilmRow
	IRI    quad.IRI
	Common bool // the canonical title is a common word
}

// Person is a lexicon person.
type Person struct {
	PersonRow
	IRI quad.IRI
}

// Festival is a lexicon festival or award.
type Festival struct {
	FestivalRow
	IRI quad.IRI
}

// YearOfEdition converts an edition number (第77届) to a year using the
// festival's anchor edition; 0 when the festival has no anchor.
func (f *Festival) YearOfEdition(ed int) int {
	if f.AnchorEdition == 0 || f.AnchorYear == 0 || ed <= 0 {
		return 0
	}
	step := f.Interval
	if step <= 0 {
		step = 1
	}
	return f.AnchorYear + (ed-f.AnchorEdition)*step
}

// Strength of a lexicon surface form.
const (
	Strong = iota // canonical names and aliases: match anywhere (boundaries permitting)
	Weak          // common words and nicknames: match only with context
)

// Hit is one thing a surface form can denote.
type Hit struct {
	Film     *Film
	Person   *Person
	Festival *Festival
	Prize    string // set when the surface is a prize of Festival
	Strength int
}

// Lexicon indexes films, people and festivals by key and holds a trie of
// folded surface forms for scanning running text.
type Lexicon struct {
	Films     []*Film
	People    []*Person
	Festivals []*Festival

	films     map[string][]*Film
	filmWeak  map[string][]*Film
	people    map[string][]*Person // several people may share a key (宋洋 and 宋阳 are both "Song Yang")
	peopleWk  map[string][]*Person
	festivals map[string]*Festival
	prizes    map[string]*Festival
	fests     map[string]*Festival // by id

	trie *node
	// maxCJK is the length in runes of the longest CJK film key (for
	// fuzzy matching).
	filmKeys []filmKey
}

type filmKey struct {
	key  []rune
	film *Film
}

// New builds a lexicon from rows.
func New(films []FilmRow, people []PersonRow, festivals []FestivalRow) *Lexicon {
	l := &Lexicon{
		films: map[string][]*Film{}, filmWeak: map[string][]*Film{},
		people: map[string][]*Person{}, peopleWk: map[string][]*Person{},
		festivals: map[string]*Festival{}, prizes: map[string]*Festival{}, fests: map[string]*Festival{},
		trie: &node{},
	}
	titleCount := map[string]int{}
	for _, f := range films {
		titleCount[Key(f.Title)]++
	}
	for _, row := range films {
		f := &Film{FilmRow: row}
		iriKey := row.Title
		if titleCount[Key(row.Title)] > 1 && row.Year != 0 {
			iriKey = fmt.Sprintf("%s (%d)", row.Title, row.Year)
		}
		f.IRI = schema.WorkIRI(iriKey)
		f.Common = slices.Contains(row.Flags, "common")
		f.Tags = slices.Clone(row.Tags)
		if coproduction(row.Country) {
			f.Tags = append(f.Tags, "coproduction")
		}
		if f.Kind == "" {
			f.Kind = "film"
		}
		l.Films = append(l.Films, f)
		strength := Strong
		if f.Common {
			strength = Weak
		}
		l.addFilm(row.Title, f, strength)
		for _, a := range row.Aliases {
			l.addFilm(a, f, Strong)
		}
		if row.TitleEn != "" {
			// an English title that is an everyday English word (Up, Hero,
			// Taxi, 1917) needs the same context as a common Chinese title
			enStrength := Strong
			if slices.Contains(row.Flags, "common_en") {
				enStrength = Weak
			}
			l.addFilm(row.TitleEn, f, enStrength)
		}
		for _, a := range row.Weak {
			l.addFilm(a, f, Weak)
		}
		if k := []rune(Key(row.Title)); len(k) >= 4 && allHan(k) {
			l.filmKeys = append(l.filmKeys, filmKey{k, f})
		}
	}
	for _, row := range people {
		p := &Person{PersonRow: row, IRI: schema.PersonIRI(row.Name)}
		l.People = append(l.People, p)
		nameStrength := Strong
		if slices.Contains(row.Flags, "common") {
			nameStrength = Weak
		}
		l.addPerson(row.Name, p, nameStrength)
		if row.NameEn != "" {
			l.addPerson(row.NameEn, p, Strong)
			if short := shortEnglishName(row.NameEn); short != "" {
				l.addPerson(short, p, Strong)
			}
		}
		for _, a := range row.Aliases {
			l.addPerson(a, p, Strong)
		}
		for _, a := range row.Weak {
			l.addPerson(a, p, Weak)
		}
	}
	for _, row := range festivals {
		f := &Festival{FestivalRow: row, IRI: schema.FestivalIRI(row.ID)}
		l.Festivals = append(l.Festivals, f)
		l.fests[row.ID] = f
		for _, s := range append([]string{row.Name, row.NameEn}, row.Aliases...) {
			if s == "" {
				continue
			}
			l.festivals[Key(s)] = f
			l.trie.add(s, Hit{Festival: f, Strength: Strong})
		}
		for _, s := range row.Weak {
			l.trie.add(s, Hit{Festival: f, Strength: Weak})
		}
		for _, p := range row.Prizes {
			l.prizes[Key(p)] = f
			l.trie.add(p, Hit{Festival: f, Prize: p, Strength: Strong})
		}
	}
	return l
}

func (l *Lexicon) addFilm(surface string, f *Film, strength int) {
	k := Key(surface)
	if k == "" {
		return
	}
	if allDigits(k) {
		// a title written only in digits (1942, 2046) is a year or a
		// number in running text: it names the film only with context
		strength = Weak
	}
	m := l.films
	if strength == Weak {
		m = l.filmWeak
	}
	if !slices.Contains(m[k], f) {
		m[k] = append(m[k], f)
	}
	for _, v := range surfaceVariants(surface) {
		l.trie.add(v, Hit{Film: f, Strength: strength})
	}
}

func (l *Lexicon) addPerson(surface string, p *Person, strength int) {
	k := Key(surface)
	if k == "" {
		return
	}
	m := l.people
	if strength == Weak {
		m = l.peopleWk
	}
	if !slices.Contains(m[k], p) {
		m[k] = append(m[k], p)
	}
	l.trie.add(surface, Hit{Person: p, Strength: strength})
	if strings.ContainsAny(surface, "·・•") { // 罗伯特·本顿 is often written 罗伯特本顿
		l.trie.add(strings.NewReplacer("·", "", "・", "", "•", "").Replace(surface), Hit{Person: p, Strength: strength})
	}
}

// surfaceVariants lists the spellings of a title to put in the trie: as
// written, without punctuation, and with a trailing sequel digit also as a
// Chinese and a Roman numeral.
func surfaceVariants(s string) []string {
	out := []string{s}
	var b strings.Builder
	for _, r := range s {
		if keep(r) || unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	if p := b.String(); p != s {
		out = append(out, p)
	}
	last, n := utf8.DecodeLastRuneInString(s)
	if last >= '2' && last <= '9' && len(s) > n {
		prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if !unicode.IsDigit(prev) {
			head := s[:len(s)-n]
			zh := []string{"", "", "二", "三", "四", "五", "六", "七", "八", "九"}[last-'0']
			roman := []string{"", "", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ"}[last-'0']
			out = append(out, head+zh, head+roman)
			if last <= '4' {
				out = append(out, head+strings.Repeat("I", int(last-'0')))
			}
		}
	}
	return out
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// Film returns the films whose title or alias has this key (strong forms
// first, then weak ones). More than one result means the key is ambiguous.
func (l *Lexicon) Film(key string) []*Film {
	if fs := l.films[key]; len(fs) > 0 {
		return fs
	}
	return l.filmWeak[key]
}

// FilmStrong returns films whose non-weak name has this key.
func (l *Lexicon) FilmStrong(key string) []*Film { return l.films[key] }

// Person returns the one person with this name, alias or nickname key
// (strong forms first, then weak ones), or nil when no one or more than one
// person has it: a romanisation two people share (宋洋 and 宋阳, both
// "Song Yang") names neither until context decides (see PeopleNamed).
func (l *Lexicon) Person(key string) *Person {
	ps := l.people[key]
	if len(ps) == 0 {
		ps = l.peopleWk[key]
	}
	if len(ps) != 1 {
		return nil
	}
	return ps[0]
}

// PeopleNamed returns every person with this name, alias or nickname key,
// strong forms first, so a caller can choose between namesakes by context.
func (l *Lexicon) PeopleNamed(key string) []*Person {
	out := append([]*Person(nil), l.people[key]...)
	for _, p := range l.peopleWk[key] {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// Festival returns the festival named, aliased or awarding a prize with
// this key; prize is the prize's name when the key is a prize.
func (l *Lexicon) Festival(key string) (f *Festival, prize string) {
	if f := l.festivals[key]; f != nil {
		return f, ""
	}
	if f := l.prizes[key]; f != nil {
		for _, p := range f.Prizes {
			if Key(p) == key {
				return f, p
			}
		}
		return f, ""
	}
	return nil, ""
}

// FestivalByID returns the festival with this id.
func (l *Lexicon) FestivalByID(id string) *Festival { return l.fests[id] }

// Fuzzy returns the single lexicon film whose CJK title key is at edit
// distance 1 from key (substitution, insertion or deletion), for typos
// such as 流量地球. Keys shorter than four runes, and keys within distance 1
// of more than one film, return nil: a guess between two films is worse
// than no answer.
func (l *Lexicon) Fuzzy(key string) *Film {
	k := []rune(key)
	if len(k) < 4 || !allHan(k) {
		return nil
	}
	var found *Film
	for _, fk := range l.filmKeys {
		d := len(fk.key) - len(k)
		if d < -1 || d > 1 {
			continue
		}
		if editDistance1(k, fk.key) || oneCharAndOrder(k, fk.key) {
			if found != nil && found != fk.film {
				return nil
			}
			found = fk.film
		}
	}
	return found
}

// oneCharAndOrder reports titles of equal length with the same first
// character whose characters differ in one place as multisets, allowing
// the rest to be reordered: 隐如烟尘 for 隐入尘烟 (one wrong character and
// two swapped).
func oneCharAndOrder(a, b []rune) bool {
	if len(a) != len(b) || len(a) < 4 || a[0] != b[0] {
		return false
	}
	count := map[rune]int{}
	for _, r := range a {
		count[r]++
	}
	for _, r := range b {
		count[r]--
	}
	extra := 0
	for _, n := range count {
		if n > 0 {
			extra += n
		}
	}
	return extra == 1
}

// editDistance1 reports whether a and b differ by exactly one edit.
func editDistance1(a, b []rune) bool {
	if len(a) == len(b) {
		diff := 0
		for i := range a {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) != 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return string(a[i:]) == string(b[i+1:])
}

// Subsequence returns the single lexicon film whose key contains the
// pieces in order (a censored title: 《你好，，李，，》 → 你好 … 李). Pieces
// must cover at least two characters in total; nil when no film or more
// than one film fits.
func (l *Lexicon) Subsequence(pieces []string) *Film {
	total := 0
	for _, p := range pieces {
		total += utf8.RuneCountInString(p)
	}
	if total < 2 || len(pieces) == 0 {
		return nil
	}
	var found *Film
	seen := map[*Film]bool{}
	check := func(key string, f *Film) bool {
		if seen[f] {
			return true
		}
		pos := 0
		for _, p := range pieces {
			i := strings.Index(key[pos:], p)
			if i < 0 {
				return true
			}
			pos += i + len(p)
		}
		// the visible pieces must be a proper part of the title and begin it
		if !strings.HasPrefix(key, pieces[0]) {
			return true
		}
		seen[f] = true
		if found != nil && found != f {
			return false
		}
		found = f
		return true
	}
	keys := make([]string, 0, len(l.films))
	for k := range l.films {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, f := range l.films[k] {
			if !check(k, f) {
				return nil
			}
		}
	}
	return found
}

// Names lists every film title, alias and person name, for segmenter
// dictionaries.
func (l *Lexicon) Names() []string {
	var out []string
	for _, f := range l.Films {
		out = append(out, f.Title)
		out = append(out, f.Aliases...)
	}
	for _, p := range l.People {
		out = append(out, p.Name)
		out = append(out, p.Aliases...)
	}
	for _, f := range l.Festivals {
		out = append(out, f.Name)
		out = append(out, f.Aliases...)
		out = append(out, f.Prizes...)
	}
	return out
}

// shortEnglishName is the form English writing uses for a Hong Kong or
// Taiwan name that carries a Western given name before the romanised
// Chinese one: "Tony Leung" for "Tony Leung Chiu-wai", "Mark Lee" for
// "Mark Lee Ping-bing". Only a three-word name whose last word is a
// hyphenated romanised given name qualifies, so Western names
// (Francis Ford Coppola) are left whole. Two people who share the short
// form (Tony Leung Chiu-wai, Tony Leung Ka-fai) are both kept under it and
// the extractor resolves it only where the context picks one.
func shortEnglishName(en string) string {
	w := strings.Fields(en)
	if len(w) != 3 {
		return ""
	}
	given := w[2]
	h := strings.IndexByte(given, '-')
	if h <= 0 || h == len(given)-1 || strings.Count(given, "-") != 1 {
		return ""
	}
	for _, r := range given[h+1:] {
		if r < 'a' || r > 'z' {
			return "" // Chiu-wai, not Jean-Luc
		}
	}
	for _, x := range w[:2] {
		if r := x[0]; r < 'A' || r > 'Z' {
			return ""
		}
	}
	return w[0] + " " + w[1]
}

// chineseCodes are the country codes of Chinese-language production.
var chineseCodes = []string{"CN", "HK", "TW", "MO"}

// coproduction reports whether a film's countries join a Chinese one with
// a foreign one (长城: CN, US), the films a debate about co-production
// cites.
func coproduction(countries []string) bool {
	home, foreign := false, false
	for _, c := range countries {
		if slices.Contains(chineseCodes, c) {
			home = true
		} else {
			foreign = true
		}
	}
	return home && foreign
}

func allDigits(k string) bool {
	for _, r := range k {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
