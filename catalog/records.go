package catalog

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// Film is one work as `films --json` prints it. The field set is a
// contract other tools depend on: add fields, never rename or remove.
type Film struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Aliases []string `json:"aliases"`
	Kind    string   `json:"kind"`
	Year    int      `json:"year,omitempty"`
	TitleEn string   `json:"title_en,omitempty"`
	Country []string `json:"country,omitempty"`
	// Tags are the lexicon's tags of the work (main_melody, festival, …).
	Tags      []string `json:"tags,omitempty"`
	Directors []string `json:"directors"`
	// DirectorSources says, for each director, whether documents assert it
	// (and which) or only the reference lexicon knows it.
	DirectorSources []Sourced `json:"director_sources"`
	Actors          []string  `json:"actors"`
	Awards          []Award   `json:"awards"`
	Mentions        int       `json:"mentions"`
	Documents       []string  `json:"documents"`
}

// Sourced is a value with where it came from.
type Sourced struct {
	Name      string   `json:"name"`
	Source    string   `json:"source"` // "document", "lexicon", or "document+lexicon"
	Documents []string `json:"documents,omitempty"`
	// Disputed marks a director that documents assert but the reference
	// lexicon, which knows the film, does not list.
	Disputed bool `json:"disputed,omitempty"`
	// NamedTogether marks a director that documents only name together
	// with the film: every document statement of the credit was read from
	// the lexicon's credit (schema.CoMentionCue), none from words that
	// state it.
	NamedTogether bool `json:"named_together,omitempty"`
}

// Award is one festival relation of a work.
type Award struct {
	Festival string `json:"festival"`
	Award    string `json:"award"`
	Status   string `json:"status"`
	Year     int    `json:"year,omitempty"`
	Document string `json:"document,omitempty"`
}

// FilmFilter selects works.
type FilmFilter struct {
	// Kinds restricts fg:kind; empty means "film" only. "all" means every kind.
	Kinds []string
}

func (f FilmFilter) accepts(kinds []string) bool {
	want := f.Kinds
	if len(want) == 0 {
		want = []string{"film"}
	}
	for _, w := range want {
		if w == "all" {
			return true
		}
		for _, k := range kinds {
			if k == w {
				return true
			}
		}
	}
	return false
}

// Films lists works, most-mentioned first, then by title.
func (r *Reader) Films(ctx context.Context, f FilmFilter) ([]Film, error) {
	works, err := r.S.NodesOfType(ctx, schema.Work)
	if err != nil {
		return nil, err
	}
	var out []Film
	for _, w := range works {
		n, err := r.Node(ctx, w)
		if err != nil {
			return nil, err
		}
		if !n.FromDocuments() || !f.accepts(n.Strs(schema.Kind)) {
			continue
		}
		film, err := r.film(ctx, n)
		if err != nil {
			return nil, err
		}
		out = append(out, film)
	}
	byMentions(out, func(f Film) (int, string) { return f.Mentions, f.Title })
	return out, nil
}

func (r *Reader) film(ctx context.Context, n *Node) (Film, error) {
	f := Film{
		ID:      string(n.IRI),
		Title:   n.Str(schema.Label),
		Kind:    n.Str(schema.Kind),
		Year:    n.Int(schema.Year),
		TitleEn: n.Str(schema.TitleEn),
		Tags:    n.Strs(schema.Tag),
		Country: n.Strs(schema.Country),
	}
	if kinds := n.Strs(schema.Kind); len(kinds) > 1 {
		f.Kind = majorityKind(n)
	}
	f.Aliases = without(n.Strs(schema.Alias), f.Title)

	// Directors, with provenance from the quad labels.
	dsrc := map[quad.IRI]map[string]bool{}
	for _, q := range n.Out[schema.DirectedBy] {
		p := asIRI(q.Object)
		if dsrc[p] == nil {
			dsrc[p] = map[string]bool{}
		}
		dsrc[p][DocID(q.Label)] = true
	}
	// What a document asserts is kept apart from what the lexicon knows:
	// when the lexicon knows the film's directors, "directors" lists those,
	// and a director only some document names is reported in
	// director_sources as disputed (e.g. a false attribution in a text).
	lexKnows := false
	for _, labels := range dsrc {
		if labels["lexicon"] {
			lexKnows = true
		}
	}
	dirIRIs := sortedIRIs(dsrc)
	for _, p := range dirIRIs {
		name := r.Label(ctx, p)
		src := sourced(name, dsrc[p])
		if lexKnows && !dsrc[p]["lexicon"] {
			src.Disputed = true
		} else {
			f.Directors = append(f.Directors, name)
		}
		f.DirectorSources = append(f.DirectorSources, src)
	}

	in, err := r.S.QuadsWith(ctx, quad.Object, n.IRI)
	if err != nil {
		return f, err
	}
	docs := map[string]bool{}
	actors := map[string]bool{}
	var stmts []quad.IRI
	for _, q := range in {
		switch asIRI(q.Predicate) {
		case schema.RefersTo:
			f.Mentions++
			docs[DocID(q.Label)] = true
		case schema.ActedIn:
			actors[r.Label(ctx, q.Subject)] = true
		case schema.Subject:
			stmts = append(stmts, asIRI(q.Subject))
		}
	}
	f.Actors = sortedKeys(actors)
	f.Documents = sortedKeys(docs)
	stated, together := map[quad.IRI]bool{}, map[quad.IRI]bool{}
	for _, st := range stmts {
		sn, err := r.Node(ctx, st)
		if err != nil {
			return f, err
		}
		switch asIRI(firstObject(sn, schema.Predicate)) {
		case schema.DirectedBy:
			if p := asIRI(firstObject(sn, schema.Object)); sn.Str(schema.Cue) == schema.CoMentionCue {
				together[p] = true
			} else {
				stated[p] = true
			}
			continue
		case schema.AwardAt:
		default:
			continue
		}
		fest := firstObject(sn, schema.Object)
		a := Award{
			Festival: r.Label(ctx, fest),
			Award:    sn.Str(schema.Prize),
			Status:   sn.Str(schema.Status),
			Year:     sn.Int(schema.Year),
		}
		if qs := sn.Out[schema.Type]; len(qs) > 0 {
			a.Document = DocID(qs[0].Label)
		}
		f.Awards = append(f.Awards, a)
	}
	sort.Slice(f.Awards, func(i, j int) bool {
		a, b := f.Awards[i], f.Awards[j]
		if a.Festival != b.Festival {
			return a.Festival < b.Festival
		}
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Award != b.Award {
			return a.Award < b.Award
		}
		return a.Document < b.Document
	})
	f.Awards = dedupAwards(f.Awards)
	for i, p := range dirIRIs {
		f.DirectorSources[i].NamedTogether = together[p] && !stated[p]
	}
	nonNil(&f.Aliases, &f.Directors, &f.Actors, &f.Documents)
	if f.Awards == nil {
		f.Awards = []Award{}
	}
	if f.DirectorSources == nil {
		f.DirectorSources = []Sourced{}
	}
	return f, nil
}

// majorityKind picks the kind asserted by the most documents, so one
// document's odd typing does not flip a work's kind.
func majorityKind(n *Node) string {
	count := map[string]int{}
	for _, q := range n.Out[schema.Kind] {
		count[graph.Text(q.Object)]++
	}
	best, bestN := "", -1
	for k, c := range count {
		if c > bestN || (c == bestN && k < best) {
			best, bestN = k, c
		}
	}
	return best
}

func dedupAwards(in []Award) []Award {
	var out []Award
	for i, a := range in {
		if i > 0 && a == in[i-1] {
			continue
		}
		out = append(out, a)
	}
	return out
}

func sourced(name string, labels map[string]bool) Sourced {
	s := Sourced{Name: name}
	lex := labels["lexicon"]
	for l := range labels {
		if l != "lexicon" {
			s.Documents = append(s.Documents, l)
		}
	}
	sort.Strings(s.Documents)
	switch {
	case lex && len(s.Documents) > 0:
		s.Source = "document+lexicon"
	case lex:
		s.Source = "lexicon"
	default:
		s.Source = "document"
	}
	return s
}

// Person as `people --json` prints it.
type Person struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles"`
	Films   []string `json:"films"`
	// Directed and ActedIn split Films by relation.
	Directed []string `json:"directed"`
	ActedIn  []string `json:"acted_in"`
	Mentions int      `json:"mentions"`
}

// People lists persons, most-mentioned first.
func (r *Reader) People(ctx context.Context) ([]Person, error) {
	var out []Person
	err := r.eachEntity(ctx, schema.Person, func(n *Node, in []quad.Quad) {
		p := Person{ID: string(n.IRI), Name: n.Str(schema.Label), Roles: n.Strs(schema.Role)}
		p.Aliases = without(n.Strs(schema.Alias), p.Name)
		acted, directed := map[string]bool{}, map[string]bool{}
		for _, w := range n.IRIs(schema.ActedIn) {
			acted[r.Label(ctx, w)] = true
		}
		for _, q := range in {
			switch asIRI(q.Predicate) {
			case schema.DirectedBy:
				directed[r.Label(ctx, q.Subject)] = true
			case schema.RefersTo:
				p.Mentions++
			}
		}
		p.Directed, p.ActedIn = sortedKeys(directed), sortedKeys(acted)
		all := map[string]bool{}
		for _, t := range append(p.Directed, p.ActedIn...) {
			all[t] = true
		}
		p.Films = sortedKeys(all)
		nonNil(&p.Aliases, &p.Roles, &p.Films, &p.Directed, &p.ActedIn)
		out = append(out, p)
	})
	byMentions(out, func(p Person) (int, string) { return p.Mentions, p.Name })
	return out, err
}

// eachEntity calls fn for every node of type t that some document wrote,
// with the quads pointing at it.
func (r *Reader) eachEntity(ctx context.Context, t quad.IRI, fn func(n *Node, in []quad.Quad)) error {
	nodes, err := r.S.NodesOfType(ctx, t)
	if err != nil {
		return err
	}
	for _, iri := range nodes {
		n, err := r.Node(ctx, iri)
		if err != nil {
			return err
		}
		if !n.FromDocuments() {
			continue
		}
		in, err := r.S.QuadsWith(ctx, quad.Object, iri)
		if err != nil {
			return err
		}
		fn(n, in)
	}
	return nil
}

// byMentions sorts most-mentioned first, then by name.
func byMentions[T any](rows []T, key func(T) (int, string)) {
	sort.SliceStable(rows, func(i, j int) bool {
		mi, ni := key(rows[i])
		mj, nj := key(rows[j])
		if mi != mj {
			return mi > mj
		}
		return ni < nj
	})
}

// Festival as `festivals --json` prints it.
type Festival struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Films    []string `json:"films"`
	Mentions int      `json:"mentions"`
}

// Festivals lists festivals and awards, most-mentioned first.
func (r *Reader) Festivals(ctx context.Context) ([]Festival, error) {
	var out []Festival
	err := r.eachEntity(ctx, schema.Festival, func(n *Node, in []quad.Quad) {
		f := Festival{ID: string(n.IRI), Name: n.Str(schema.Label)}
		f.Aliases = without(n.Strs(schema.Alias), f.Name)
		films := map[string]bool{}
		for _, q := range in {
			switch asIRI(q.Predicate) {
			case schema.AwardAt:
				films[r.Label(ctx, q.Subject)] = true
			case schema.RefersTo:
				f.Mentions++
			}
		}
		f.Films = sortedKeys(films)
		nonNil(&f.Aliases, &f.Films)
		out = append(out, f)
	})
	byMentions(out, func(f Festival) (int, string) { return f.Mentions, f.Name })
	return out, err
}

// Cause as `causes --json` prints it.
type Cause struct {
	ID      string      `json:"id"`
	Label   string      `json:"label"`
	LabelEn string      `json:"label_en,omitempty"`
	Group   string      `json:"group,omitempty"`
	Kind    string      `json:"kind"`
	Claims  int         `json:"claims"`
	Films   []CauseFilm `json:"films"`
}

// CauseFilm is a film cited for a cause, with how many claims cite it.
type CauseFilm struct {
	Title  string `json:"title"`
	ID     string `json:"id"`
	Claims int    `json:"claims"`
}

// Causes lists the taxonomy's causes with their claims and cited films,
// most-argued first.
func (r *Reader) Causes(ctx context.Context) ([]Cause, error) {
	nodes, err := r.S.NodesOfType(ctx, schema.Cause)
	if err != nil {
		return nil, err
	}
	var out []Cause
	for _, iri := range nodes {
		n, err := r.Node(ctx, iri)
		if err != nil {
			return nil, err
		}
		c := Cause{
			ID:      strings.TrimPrefix(string(n.IRI), "fg:cause/"),
			Label:   n.Str(schema.Label),
			LabelEn: n.Str(schema.LabelEn),
			Group:   n.Str(schema.Group),
			Kind:    n.Str(schema.CauseKind),
		}
		claims, err := r.S.In(ctx, iri, schema.ClaimOf)
		if err != nil {
			return nil, err
		}
		c.Claims = len(claims)
		films := map[quad.IRI]int{}
		for _, cl := range claims {
			cited, err := r.S.Out(ctx, cl, schema.Cites)
			if err != nil {
				return nil, err
			}
			for _, e := range cited {
				if r.isFilm(ctx, e) {
					films[asIRI(e)]++
				}
			}
		}
		for w, k := range films {
			c.Films = append(c.Films, CauseFilm{Title: r.Label(ctx, w), ID: string(w), Claims: k})
		}
		sort.Slice(c.Films, func(i, j int) bool {
			if c.Films[i].Claims != c.Films[j].Claims {
				return c.Films[i].Claims > c.Films[j].Claims
			}
			return c.Films[i].Title < c.Films[j].Title
		})
		if c.Films == nil {
			c.Films = []CauseFilm{}
		}
		out = append(out, c)
	}
	byMentions(out, func(c Cause) (int, string) { return c.Claims, c.ID })
	return out, nil
}

// isFilm reports whether e is a Work (of any kind: a claim may cite a TV
// series as evidence too; the cause listing keeps every cited work).
func (r *Reader) isFilm(ctx context.Context, e quad.Value) bool {
	return strings.HasPrefix(string(asIRI(e)), "fg:work/")
}

// Document as `documents --json` prints it.
type Document struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Format   string   `json:"format"`
	Source   string   `json:"source"`
	Date     string   `json:"date,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Hash     string   `json:"hash"`
	Sections int      `json:"sections"`
	Quads    int      `json:"quads"`
}

// Documents lists the ingested documents by id.
func (r *Reader) Documents(ctx context.Context) ([]Document, error) {
	nodes, err := r.S.NodesOfType(ctx, schema.Document)
	if err != nil {
		return nil, err
	}
	var out []Document
	for _, iri := range nodes {
		n, err := r.Node(ctx, iri)
		if err != nil {
			return nil, err
		}
		d := Document{
			ID: DocID(iri), Title: n.Str(schema.Title), Format: n.Str(schema.Format),
			Source: n.Str(schema.SourcePath), Date: n.Str(schema.Date), Tags: n.Strs(schema.Tag),
			Hash: n.Str(schema.Hash), Sections: len(n.IRIs(schema.HasSection)),
		}
		if d.Quads, err = r.S.CountWith(ctx, quad.Label, iri); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

func firstObject(n *Node, p quad.IRI) quad.Value {
	if qs := n.Out[p]; len(qs) > 0 {
		return qs[0].Object
	}
	return nil
}

func sortedIRIs(m map[quad.IRI]map[string]bool) []quad.IRI {
	out := make([]quad.IRI, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func without(list []string, drop string) []string {
	out := list[:0:0]
	for _, s := range list {
		if s != drop {
			out = append(out, s)
		}
	}
	return out
}

// nonNil turns nil slices into empty ones so JSON prints [] not null.
func nonNil(ss ...*[]string) {
	for _, s := range ss {
		if *s == nil {
			*s = []string{}
		}
	}
}
