// Package facts is the hand-off between extraction and the store: what a
// document says (entities, mentions, relations, claims), each with its
// evidence span, before it becomes quads. Extractors fill a Batch; Quads
// turns it into Cayley quads labelled with the document's IRI.
package facts

import (
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/ingest"
)

// Entity is a node an extractor resolved a mention to.
type Entity struct {
	IRI     quad.IRI
	Type    quad.IRI // schema.Work, schema.Person, schema.Festival, ...
	Label   string   // canonical label in the source language
	Aliases []string // surface forms seen in this document, other names
	Kind    string   // work kind (film, tv, ...), person role hints, ...
	Year    int      // 0 when unknown
	TitleEn string
	Country string
	Roles   []string // person roles seen in this document
	// Tags are the lexicon's tags of a work (schema.WorkTags), for the
	// argument analyser; the store gets them once, with the lexicon's
	// facts, not per document.
	Tags []string
}

// Evidence is a span of the document's normalised text, in byte offsets
// (converted to character offsets when written).
type Evidence struct {
	Start, End int
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Entity  quad.IRI
	Surface string // the text as written (may differ from the evidence quote when normalised)
	Via     string // bracket, lexicon, learned, link, cue
	Span    Evidence
	// Quote optionally widens the evidence beyond the surface (e.g. the
	// whole 《…》); zero means Span.
	Quote Evidence
}

// Relation is a typed edge a document asserts, e.g. work fg:directedBy person.
type Relation struct {
	Subject   quad.IRI
	Predicate quad.IRI
	Object    quad.Value
	Span      Evidence // the words that state it
	Cue       string   // the cue that triggered it (导演, 执导, 的《》, ...)
	Strength  float64  // cue strength in [0,1]
	// Extra holds relation details (fg:prize, fg:status, fg:year, fg:citeRole ...).
	Extra map[quad.IRI]quad.Value
}

// Claim is an argument unit and what it argues.
type Claim struct {
	Span       Evidence
	Stance     string  // asserts, denies
	Confidence float64 // overall confidence the unit argues something
	Effect     string  // the effect explained (often inherited from the title)
	Causes     []CauseLink
	Cites      []Citation
	LeadsTo    []int // indexes of claims this one leads to (causal chain)
}

// CauseLink ties a claim to a cause of the taxonomy.
type CauseLink struct {
	CauseID    string
	Trigger    Evidence // the words that triggered it
	Confidence float64
}

// Citation ties a claim to an entity it cites.
type Citation struct {
	Entity quad.IRI
	Role   string // problem_example, positive_model, counter_example, counterfactual, mention
	Span   Evidence
}

// Batch is everything extracted from one document.
type Batch struct {
	Doc       *ingest.Document
	Entities  map[quad.IRI]*Entity
	Mentions  []Mention
	Relations []Relation
	Claims    []Claim
}

// NewBatch starts an empty batch for doc.
func NewBatch(doc *ingest.Document) *Batch {
	return &Batch{Doc: doc, Entities: map[quad.IRI]*Entity{}}
}

// Entity returns the batch's entity for iri, adding e if it is new and
// merging aliases and roles otherwise.
func (b *Batch) AddEntity(e Entity) *Entity {
	if cur, ok := b.Entities[e.IRI]; ok {
		cur.Aliases = appendNew(cur.Aliases, e.Aliases...)
		cur.Roles = appendNew(cur.Roles, e.Roles...)
		cur.Tags = appendNew(cur.Tags, e.Tags...)
		if cur.Kind == "" {
			cur.Kind = e.Kind
		}
		if cur.Year == 0 {
			cur.Year = e.Year
		}
		if cur.TitleEn == "" {
			cur.TitleEn = e.TitleEn
		}
		if cur.Country == "" {
			cur.Country = e.Country
		}
		return cur
	}
	c := e
	c.Aliases = appendNew(nil, e.Aliases...)
	c.Roles = appendNew(nil, e.Roles...)
	c.Tags = appendNew(nil, e.Tags...)
	b.Entities[e.IRI] = &c
	return &c
}

func appendNew(dst []string, vals ...string) []string {
	for _, v := range vals {
		if v == "" {
			continue
		}
		dup := false
		for _, d := range dst {
			if d == v {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, v)
		}
	}
	return dst
}
