package lexicon

import (
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// Facts returns what the lexicon itself knows, labelled
// schema.LexiconLabel so that catalog listings can tell curated facts
// (directors, years, English titles) from what documents assert.
func (l *Lexicon) Facts() []quad.Quad {
	var out []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: schema.LexiconLabel})
	}
	people := map[string]quad.IRI{}
	for _, p := range l.People {
		people[p.Name] = p.IRI
		add(p.IRI, schema.Type, schema.Person)
		add(p.IRI, schema.Label, quad.String(p.Name))
		for _, r := range p.Roles {
			add(p.IRI, schema.Role, quad.String(r))
		}
	}
	person := func(name string) quad.IRI {
		if iri, ok := people[name]; ok {
			return iri
		}
		return schema.PersonIRI(name)
	}
	for _, f := range l.Films {
		add(f.IRI, schema.Type, schema.Work)
		add(f.IRI, schema.Label, quad.String(f.Title))
		add(f.IRI, schema.Kind, quad.String(f.Kind))
		if f.Year != 0 {
			add(f.IRI, schema.Year, quad.Int(f.Year))
		}
		if f.TitleEn != "" {
			add(f.IRI, schema.TitleEn, quad.String(f.TitleEn))
		}
		for _, t := range f.Tags {
			add(f.IRI, schema.Tag, quad.String(t))
		}
		for _, d := range f.Directors {
			add(f.IRI, schema.DirectedBy, person(d))
		}
		for _, a := range f.Actors {
			add(person(a), schema.ActedIn, f.IRI)
		}
		if kind, src, ok := cut(f.Source, ":"); ok {
			if fs := l.FilmStrong(Key(src)); len(fs) > 0 && kind == "remake" {
				add(f.IRI, schema.RemakeOf, fs[0].IRI)
			} else if kind == "adapted" {
				add(f.IRI, schema.AdaptedOf, schema.WorkIRI(src))
			}
		}
	}
	for _, f := range l.Festivals {
		add(f.IRI, schema.Type, schema.Festival)
		add(f.IRI, schema.Label, quad.String(f.Name))
		if f.NameEn != "" {
			add(f.IRI, schema.TitleEn, quad.String(f.NameEn))
		}
	}
	return out
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}
