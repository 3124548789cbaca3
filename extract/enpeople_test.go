package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// English prose names people the lexicon does not know after a role noun
// (producer …), before a verb of arguing (… have argued) and before their
// idea or book (…'s notion of, …'s *Title*); a clause opener is not part of
// the name, and capitalised titles are not people.
func TestEnglishNamedPeople(t *testing.T) {
	for _, tc := range []struct {
		para   string
		people []string
	}{
		{"The jury was presided over by producer Walter Brennan Smith.", []string{"Walter Brennan Smith"}},
		{"As Mark Jenkins and Susan Hollis have argued, the films travel.", []string{"Mark Jenkins", "Susan Hollis"}},
		{"The term borrows from Harold Lasswell's notion of propaganda.", []string{"Harold Lasswell"}},
		{"Critics leaned on Peter Brook's *The Empty Space* for years.", []string{"Peter Brook"}},
		// a title or a place before a verb is not a person
		{"The Grand Budapest Hotel argues nothing; North America noted the gap.", nil},
		// news style: a source said, said a source, according to a source
		{"\"The dub is the whole story,\" said Hanna Okafor, head of acquisitions at a German distributor.", []string{"Hanna Okafor"}},
		{"According to Peter Vance, buyers want thrillers; Lena Moritz told us the same.", []string{"Peter Vance", "Lena Moritz"}},
		{"The Film Bureau said it would cut imports, according to Beijing Daily.", nil},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(mentioned(b, schema.Person)), tc.people)
	}
}

// A surname in the possessive before a lexicon film (Hamaguchi's Drive My
// Car) names the film's director when it is a word of his English name;
// any other possessive name before the film stays unread.
func TestSurnamePossessiveNamesTheDirector(t *testing.T) {
	b := runDefault(t, "Hamaguchi's Drive My Car is three hours long, and it travelled anyway.")
	eq(t, "people", uniq(mentioned(b, schema.Person)), []string{"滨口龙介"})
	eq(t, "directed", uniq(allRels(b, schema.DirectedBy)), []string{"驾驶我的车>滨口龙介"})
	b = runDefault(t, "Tanaka's Drive My Car ticket cost twelve dollars.")
	eq(t, "no director of that name", uniq(mentioned(b, schema.Person)), nil)
}
