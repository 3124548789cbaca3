package lexicon

import (
	"sync"

	"github.com/filmgraph/filmgraph/lexicon/data"
)

var (
	defOnce sync.Once
	def     *Lexicon
)

// Default returns the lexicon built from the shipped data files. It is
// built once per process; building it parses TSV rows and fills maps (no
// segmenter, no OpenCC dictionaries unless a traditional title needs them).
func Default() *Lexicon {
	defOnce.Do(func() {
		def = FromData(data.Films(), data.People(), data.Festivals())
	})
	return def
}

// FromData converts lexicon/data rows and builds a lexicon.
func FromData(films []data.Film, people []data.Person, festivals []data.Festival) *Lexicon {
	fr := make([]FilmRow, len(films))
	for i, f := range films {
		fr[i] = FilmRow{Title: f.Title, Year: f.Year, TitleEn: f.TitleEn, Directors: f.Directors, Country: f.Country,
			Kind: f.Kind, Aliases: f.Aliases, Weak: f.Weak, Actors: f.Actors, Source: f.Source, Flags: f.Flags, Tags: f.Tags}
	}
	pr := make([]PersonRow, len(people))
	for i, p := range people {
		pr[i] = PersonRow{Name: p.Name, NameEn: p.NameEn, Roles: p.Roles, Aliases: p.Aliases, Weak: p.Weak, Country: p.Country, Flags: p.Flags}
	}
	fe := make([]FestivalRow, len(festivals))
	for i, f := range festivals {
		fe[i] = FestivalRow{ID: f.ID, Name: f.Name, NameEn: f.NameEn, Aliases: f.Aliases, Weak: f.Weak, Prizes: f.Prizes,
			AnchorEdition: f.AnchorEdition, AnchorYear: f.AnchorYear, Interval: f.Interval, Kind: f.Kind}
	}
	return New(fr, pr, fe)
}
