package catalog

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// Resolve finds the nodes a user means by name: an IRI (fg:… or <…>), an
// exact label, an exact alias, or failing those a label or alias equal
// after folding width, case, spaces and punctuation. Entity types (works,
// people, festivals, causes, documents) are searched.
func (r *Reader) Resolve(ctx context.Context, name string) ([]quad.IRI, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("empty name")
	}
	if strings.HasPrefix(name, "<") && strings.HasSuffix(name, ">") {
		name = name[1 : len(name)-1]
	}
	if strings.HasPrefix(name, "fg:") {
		if r.S.QS.ValueOf(quad.IRI(name)) != nil {
			return []quad.IRI{quad.IRI(name)}, nil
		}
	}
	// A cause id or a document id.
	for _, cand := range []quad.IRI{schema.CauseIRI(name), schema.DocIRI(name)} {
		if r.S.QS.ValueOf(cand) != nil {
			return []quad.IRI{cand}, nil
		}
	}
	for _, p := range []quad.IRI{schema.Label, schema.Alias} {
		// A single-value Has is the one index-backed start Cayley's kv
		// planner handles well.
		vals, err := path.StartPath(r.S.QS).Has(p, quad.String(name)).Iterate(ctx).AllValues(r.S.QS)
		if err != nil {
			return nil, err
		}
		if out := r.entities(ctx, vals); len(out) > 0 {
			return out, nil
		}
	}
	key := foldKey(name)
	var out []quad.IRI
	for _, t := range []quad.IRI{schema.Work, schema.Person, schema.Festival, schema.Cause} {
		nodes, err := r.S.NodesOfType(ctx, t)
		if err != nil {
			return nil, err
		}
		for _, iri := range nodes {
			n, err := r.Node(ctx, iri)
			if err != nil {
				return nil, err
			}
			for _, s := range append(n.Strs(schema.Label), n.Strs(schema.Alias)...) {
				if foldKey(s) == key {
					out = append(out, n.IRI)
					break
				}
			}
		}
	}
	return out, nil
}

// entities keeps the values that are typed entities (not mentions or
// evidence nodes that happen to carry the same string).
func (r *Reader) entities(ctx context.Context, vals []quad.Value) []quad.IRI {
	var out []quad.IRI
	seen := map[quad.IRI]bool{}
	for _, v := range vals {
		iri := asIRI(v)
		if seen[iri] {
			continue
		}
		seen[iri] = true
		n, err := r.Node(ctx, iri)
		if err != nil {
			continue
		}
		for _, t := range []quad.IRI{schema.Work, schema.Person, schema.Festival, schema.Cause, schema.Author} {
			if n.Has(t) {
				out = append(out, iri)
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// foldKey folds full-width forms, case, white space and punctuation, so
// "《战狼 2》" and "战狼2" compare equal.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Quote is a piece of evidence: where it is and what it says.
type Quote struct {
	Document string `json:"document"`
	Section  int    `json:"section"`
	Author   string `json:"author,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Quote    string `json:"quote"`
	Surface  string `json:"surface,omitempty"`
	Via      string `json:"via,omitempty"`
}

// Relation is a statement about the entity, with its evidence.
type Relation struct {
	Predicate string  `json:"predicate"`
	Direction string  `json:"direction"` // out: entity is the subject; in: the object
	Other     string  `json:"other"`
	OtherID   string  `json:"other_id"`
	Cue       string  `json:"cue,omitempty"`
	Strength  float64 `json:"strength,omitempty"`
	Prize     string  `json:"prize,omitempty"`
	Status    string  `json:"status,omitempty"`
	Year      int     `json:"year,omitempty"`
	Evidence  *Quote  `json:"evidence,omitempty"`
}

// Argument is a claim that cites the entity.
type Argument struct {
	Claim      string   `json:"claim"`
	Causes     []string `json:"causes"`
	Role       string   `json:"role,omitempty"`
	Stance     string   `json:"stance,omitempty"`
	Confidence float64  `json:"confidence"`
	Evidence   *Quote   `json:"evidence"`
}

// Detail is everything `show` prints about one node.
type Detail struct {
	ID      string   `json:"id"`
	Types   []string `json:"types"`
	Label   string   `json:"label"`
	Aliases []string `json:"aliases"`
	Kind    string   `json:"kind,omitempty"`
	Year    int      `json:"year,omitempty"`
	TitleEn string   `json:"title_en,omitempty"`
	// Tags are a work's lexicon tags (main_melody, festival, …), the kinds
	// of film the debate cites; a document's tags for a document.
	Tags      []string   `json:"tags,omitempty"`
	Film      *Film      `json:"film,omitempty"`
	Mentions  []Quote    `json:"mentions"`
	Relations []Relation `json:"relations"`
	Arguments []Argument `json:"arguments"`
	// Claims is filled for a cause: the claims that argue it.
	Claims []Argument `json:"claims,omitempty"`
	// Document is filled for a document: its metadata, authors, the
	// entities it mentions and its arguments.
	Document *DocumentInfo `json:"document,omitempty"`
}

// Show reads everything known about iri. maxQuotes bounds the mentions
// listed (0 = all); for a document it bounds each list of mentioned works,
// people and festivals.
func (r *Reader) Show(ctx context.Context, iri quad.IRI, maxQuotes int) (*Detail, error) {
	n, err := r.Node(ctx, iri)
	if err != nil {
		return nil, err
	}
	if len(n.Out) == 0 {
		return nil, fmt.Errorf("no node %s in the store", iri)
	}
	d := &Detail{ID: string(iri), Label: n.Str(schema.Label), Kind: n.Str(schema.Kind), Year: n.Int(schema.Year), TitleEn: n.Str(schema.TitleEn), Tags: n.Strs(schema.Tag)}
	if d.Label == "" {
		d.Label = n.Str(schema.Title)
	}
	for _, t := range n.IRIs(schema.Type) {
		d.Types = append(d.Types, strings.TrimPrefix(string(t), "fg:"))
	}
	d.Aliases = without(n.Strs(schema.Alias), d.Label)
	if n.Has(schema.Work) {
		f, err := r.film(ctx, n)
		if err != nil {
			return nil, err
		}
		d.Film = &f
	}
	if n.Has(schema.Document) {
		// A document is read from its own node outwards; the quads that
		// point at it (every evidence node's fg:inDocument) are not read.
		if d.Document, err = r.document(ctx, n, maxQuotes); err != nil {
			return nil, err
		}
		d.Mentions, d.Relations, d.Arguments = []Quote{}, []Relation{}, []Argument{}
		nonNil(&d.Aliases, &d.Types)
		return d, nil
	}
	in, err := r.S.QuadsWith(ctx, quad.Object, iri)
	if err != nil {
		return nil, err
	}
	var stmts []quad.IRI
	for _, q := range in {
		switch asIRI(q.Predicate) {
		case schema.RefersTo:
			if maxQuotes > 0 && len(d.Mentions) >= maxQuotes {
				continue
			}
			mn, err := r.Node(ctx, q.Subject)
			if err != nil {
				return nil, err
			}
			if ev := firstObject(mn, schema.HasEvid); ev != nil {
				qt, err := r.Quote(ctx, ev)
				if err != nil {
					return nil, err
				}
				qt.Surface, qt.Via = mn.Str(schema.Surface), mn.Str(schema.Via)
				d.Mentions = append(d.Mentions, *qt)
			}
		case schema.Subject, schema.Object:
			stmts = append(stmts, asIRI(q.Subject))
		case schema.ClaimOf:
			a, err := r.argument(ctx, asIRI(q.Subject), "")
			if err != nil {
				return nil, err
			}
			d.Claims = append(d.Claims, *a)
		}
	}
	for _, st := range stmts {
		sn, err := r.Node(ctx, st)
		if err != nil {
			return nil, err
		}
		if !sn.Has(schema.Statement) {
			continue
		}
		pred := asIRI(firstObject(sn, schema.Predicate))
		subj, obj := firstObject(sn, schema.Subject), firstObject(sn, schema.Object)
		if pred == schema.Cites {
			a, err := r.argument(ctx, asIRI(subj), sn.Str(schema.CiteRole))
			if err != nil {
				return nil, err
			}
			d.Arguments = append(d.Arguments, *a)
			continue
		}
		if pred == schema.ClaimOf {
			continue
		}
		rel := Relation{Predicate: strings.TrimPrefix(string(pred), "fg:"), Cue: sn.Str(schema.Cue), Strength: sn.Float(schema.Strength),
			Prize: sn.Str(schema.Prize), Status: sn.Str(schema.Status), Year: sn.Int(schema.Year)}
		other := obj
		rel.Direction = "out"
		if asIRI(obj) == iri {
			other, rel.Direction = subj, "in"
		}
		rel.OtherID = string(asIRI(other))
		rel.Other = r.Label(ctx, other)
		if ev := firstObject(sn, schema.HasEvid); ev != nil {
			if rel.Evidence, err = r.Quote(ctx, ev); err != nil {
				return nil, err
			}
		}
		d.Relations = append(d.Relations, rel)
	}
	sortQuotes(d.Mentions)
	sort.SliceStable(d.Relations, func(i, j int) bool {
		a, b := d.Relations[i], d.Relations[j]
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Other < b.Other
	})
	sortArgs(d.Arguments)
	sortArgs(d.Claims)
	if d.Mentions == nil {
		d.Mentions = []Quote{}
	}
	if d.Relations == nil {
		d.Relations = []Relation{}
	}
	if d.Arguments == nil {
		d.Arguments = []Argument{}
	}
	nonNil(&d.Aliases, &d.Types)
	return d, nil
}

func (r *Reader) argument(ctx context.Context, claim quad.IRI, role string) (*Argument, error) {
	cn, err := r.Node(ctx, claim)
	if err != nil {
		return nil, err
	}
	a := &Argument{Role: role, Stance: cn.Str(schema.Stance), Confidence: cn.Float(schema.Confidence)}
	for _, c := range cn.IRIs(schema.ClaimOf) {
		a.Causes = append(a.Causes, strings.TrimPrefix(string(c), "fg:cause/"))
	}
	if a.Causes == nil {
		a.Causes = []string{}
	}
	if ev := firstObject(cn, schema.HasEvid); ev != nil {
		if a.Evidence, err = r.Quote(ctx, ev); err != nil {
			return nil, err
		}
		a.Claim = a.Evidence.Quote
	}
	return a, nil
}

// Quote reads an evidence node, with its section's author.
func (r *Reader) Quote(ctx context.Context, ev quad.Value) (*Quote, error) {
	return r.sectionQuote(ctx, map[quad.IRI]*sectionInfo{}, ev)
}

func sortQuotes(qs []Quote) {
	sort.SliceStable(qs, func(i, j int) bool {
		if qs[i].Document != qs[j].Document {
			return qs[i].Document < qs[j].Document
		}
		return qs[i].Start < qs[j].Start
	})
}

func sortArgs(as []Argument) {
	sort.SliceStable(as, func(i, j int) bool {
		a, b := as[i].Evidence, as[j].Evidence
		if a == nil || b == nil {
			return a != nil
		}
		if a.Document != b.Document {
			return a.Document < b.Document
		}
		return a.Start < b.Start
	})
}
