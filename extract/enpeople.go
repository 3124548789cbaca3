package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// enFullNamePat captures a name of two or three capitalised words
// (hyphens inside: Chiu-wai).
const enFullNamePat = `((?:[A-Z][a-z]+(?:-[a-z]+)? ){1,2}[A-Z][a-z]+(?:-[a-z]+)?)`

// English prose names people the lexicon does not know in two more ways
// than credits: after a role noun (producer James Schamus, the critic
// Rey Chow, cinematographer Zeng Jian) and before a verb of saying or
// arguing (Joseph Nye has argued, As Chris Berry and Mary Farquhar have
// argued, Colin Hoskins and Rolf Mirus called it). A name is two or three
// capitalised words, as in englishCreditNames.
var (
	enRoleCueRe = regexp.MustCompile(`\b(?:[Pp]roducer|[Cc]ritic|[Ss]cholar|[Tt]heorist|[Pp]rofessor|[Hh]istorian|[Cc]inematographer|[Cc]omposer|[Ee]ditor|[Ss]creenwriter|[Nn]ovelist|[Ss]ociologist|[Pp]olitical scientist|[Jj]ury president|[Pp]resident of the jury) `)
	// Joseph Nye's notion of, Edward Said's *Orientalism*, Colin Hoskins and
	// Rolf Mirus's concept: a scholar's idea or book
	enIdeaOfRe  = regexp.MustCompile(enFullNamePat + `(?:'s|’s) (?:notion|concept|term|account|argument|critique|book|study|idea|theory|analysis|phrase|formulation|essay|\*)`)
	enSpeakerRe = regexp.MustCompile(enFullNamePat + `(?:(?:, | and |, and )` + enFullNamePat + `)? (?:has |have |had )?(?:argued|argues|wrote|writes|proposed|proposes|noted|notes|observed|observes|suggested|suggests|contended|contends|insisted|insists|coined|warned|warns|said|says|told|added|explained|recalled|admitted)\b`)
	// a source quoted in news style: "…," said Matthias Kern, head of …;
	// according to Grace Liu.
	enSaidNameRe = regexp.MustCompile(`(?:\b[Ss]aid|\b[Ss]ays|\b[Aa]ccording to) ` + enFullNamePat + `[,.;]`)
)

// englishNamedPeople adds the people of paragraph pi named after a role
// noun or before a verb of arguing.
func (c *Context) englishNamedPeople(pi int) {
	p := c.Paras[pi]
	text := c.Doc.Text[p.Start:p.End]
	for _, m := range enRoleCueRe.FindAllStringIndex(text, -1) {
		if nm := enNameRe.FindString(text[m[1]:]); nm != "" && !enNameStop[strings.Fields(nm)[0]] {
			c.addEnglishPerson(pi, p.Start+m[1], p.Start+m[1]+len(nm), "other")
		}
	}
	var spans [][2]int
	for _, re := range []*regexp.Regexp{enSpeakerRe, enIdeaOfRe, enSaidNameRe} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			for g := 1; 2*g+1 < len(m); g++ {
				if m[2*g] >= 0 {
					spans = append(spans, [2]int{m[2*g], m[2*g+1]})
				}
			}
		}
	}
	for _, sp := range spans {
		s, e := sp[0], sp[1]
		words := strings.Fields(text[s:e])
		if enNameStop[words[0]] || enClauseOpeners[words[0]] {
			// As Chris Berry and …: the opener is not part of the name
			if len(words) < 3 {
				continue
			}
			s += len(words[0]) + 1
		}
		if s > 0 && isLatinOrDigit(rune(text[s-1])) {
			continue // inside a longer capitalised run
		}
		if notPersonName(strings.Fields(text[s:e])) {
			continue
		}
		c.addEnglishPerson(pi, p.Start+s, p.Start+e, "other")
	}
}

// notPersonName reports capitalised words that name a place or a body
// (North America, the Beijing Film Academy), not a person.
func notPersonName(words []string) bool {
	first, last := words[0], words[len(words)-1]
	switch first {
	case "North", "South", "East", "West", "New", "Hong", "United", "Los", "San", "Latin", "Central", "Southeast", "Saudi", "Great":
		return true
	}
	switch last {
	case "America", "Kingdom", "States", "Kong", "Asia", "Europe", "Africa", "Korea", "Union", "Republic", "Times", "Post", "Journal",
		"Film", "Films", "Festival", "Pictures", "Studios", "Academy", "University", "Institute", "Bureau", "Administration", "Ministry",
		"Association", "Council", "Group", "Media", "Entertainment", "Committee", "Office", "Department", "Review", "Reporter", "Variety",
		"Daily", "News", "Weekly", "Tribune", "Herald", "Press", "Agency", "Magazine", "Network", "Channel", "Radio", "Television":
		return true
	}
	return false
}

// enClauseOpeners are capitalised words that open a clause before a name.
var enClauseOpeners = map[string]bool{"As": true, "When": true, "While": true, "But": true, "And": true, "If": true, "Since": true, "Both": true, "Even": true, "Though": true, "Although": true, "For": true, "Like": true, "Unlike": true}

// surnamePossessiveRe is a capitalised word in the possessive right before
// a title: Hamaguchi's Drive My Car, Kore-eda's "Shoplifters".
var surnamePossessiveRe = regexp.MustCompile(`\b([A-Z][a-z]+(?:-[a-z]+)?)(?:'s|’s) $`)

// surnamePossessives names the director of a lexicon film that English
// prose refers to by surname in the possessive (Hamaguchi's Drive My
// Car): the surname is a person only when it is a word of the English
// name of a director the lexicon credits with that very film. found is
// c.sorted() taken when the works were all found.
func (c *Context) surnamePossessives(pi int, found []*Found) {
	p := c.Paras[pi]
	for _, w := range within(found, p.Start, p.End) {
		if w.Type != schema.Work || w.Film == nil {
			continue
		}
		m := surnamePossessiveRe.FindStringSubmatchIndex(c.Doc.Text[p.Start:w.QStart])
		if m == nil {
			continue
		}
		s, e := p.Start+m[2], p.Start+m[3]
		surname := c.Doc.Text[s:e]
		for _, d := range w.Film.Directors {
			person := c.Lex.Person(lexicon.Key(d))
			if person == nil || !slices.Contains(strings.Fields(person.NameEn), surname) {
				continue
			}
			c.Add(&Found{Start: s, End: e, QStart: s, QEnd: e, Entity: person.IRI, Type: schema.Person,
				Via: "lexicon", Surface: surname, Person: person, Para: pi})
			break
		}
	}
}
