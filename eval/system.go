package eval

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// This file reads what the system stored for one document. Every lookup
// starts from one node (the document, a section, a statement, an entity):
// hops from several nodes at once are ~1000× slower on bolt.

// entity is a stored work, person or festival as the scorer sees it.
type entity struct {
	IRI   quad.IRI
	Type  quad.IRI
	Label string
	Kind  string // work kind; "unknown" when the store gives none
	label string // Key(Label)
	keys  map[string]bool
}

// section is one stored section of the document under evaluation.
type section struct {
	IRI    quad.IRI
	Index  int
	Kind   string
	Author string
}

// relation is a document statement between two entities.
type relation struct {
	Pred            quad.IRI
	Subject, Object *entity
	Status, Prize   string
	Year            int
}

// causeRef is one (cause, cited entity) pair of a claim.
type causeRef struct {
	Cause  string
	Entity *entity
}

// content is what the system stored for one unit.
type content struct {
	Entities  []*entity // deduplicated, sorted by IRI
	Relations []relation
	Causes    map[string]bool
	Cites     []causeRef
	Claims    int
	Triggers  []trigger // of the asserting claims
}

type reader struct {
	ctx      context.Context
	st       *graph.Store
	entities map[quad.IRI]*entity
}

func newReader(ctx context.Context, st *graph.Store) *reader {
	return &reader{ctx: ctx, st: st, entities: map[quad.IRI]*entity{}}
}

// sections returns the document's sections sorted by index, or an error
// saying how to get the document into the store.
func (r *reader) sections(docID string) ([]section, error) {
	doc := schema.DocIRI(docID)
	types, err := r.st.Out(r.ctx, doc, schema.Type)
	if err != nil {
		return nil, err
	}
	if !hasIRI(types, schema.Document) {
		return nil, fmt.Errorf("document %q is not in store %s: ingest its source file first (`filmgraph ingest PATH`)", docID, r.st.Spec)
	}
	secs, err := r.st.Out(r.ctx, doc, schema.HasSection)
	if err != nil {
		return nil, err
	}
	var out []section
	for _, v := range secs {
		iri, ok := v.(quad.IRI)
		if !ok {
			continue
		}
		s := section{IRI: iri, Index: -1}
		if vals, err := r.st.Values(r.ctx, iri, schema.Index); err != nil {
			return nil, err
		} else if len(vals) > 0 {
			s.Index = toInt(vals[0])
		}
		if s.Kind, err = r.str(iri, schema.SectionKind); err != nil {
			return nil, err
		}
		authors, err := r.st.Out(r.ctx, iri, schema.WrittenBy)
		if err != nil {
			return nil, err
		}
		if len(authors) > 0 {
			if s.Author, err = r.str(authors[0], schema.Label); err != nil {
				return nil, err
			}
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}

// content collects what the system stored in the given sections.
func (r *reader) content(secs []section) (*content, error) {
	c := &content{Causes: map[string]bool{}}
	seenEnt := map[quad.IRI]bool{}
	seenRel := map[string]bool{}
	seenCite := map[string]bool{}
	addEntity := func(e *entity) {
		if e != nil && !seenEnt[e.IRI] {
			seenEnt[e.IRI] = true
			c.Entities = append(c.Entities, e)
		}
	}
	for _, s := range secs {
		ents, err := r.st.Out(r.ctx, s.IRI, schema.Mentions)
		if err != nil {
			return nil, err
		}
		for _, v := range ents {
			e, err := r.entity(v)
			if err != nil {
				return nil, err
			}
			addEntity(e)
		}
		nodes, err := r.st.In(r.ctx, s.IRI, schema.InSection)
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			types, err := r.st.Out(r.ctx, n, schema.Type)
			if err != nil {
				return nil, err
			}
			switch {
			case hasIRI(types, schema.Statement):
				rel, ok, err := r.relation(n)
				if err != nil {
					return nil, err
				}
				if !ok {
					continue
				}
				k := fmt.Sprint(rel.Pred, rel.Subject.IRI, rel.Object.IRI, rel.Status)
				if !seenRel[k] {
					seenRel[k] = true
					c.Relations = append(c.Relations, rel)
				}
			case hasIRI(types, schema.Claim):
				c.Claims++
				// A claim that denies a cause ("it is not the script")
				// argues that the cause does not hold: it does not label
				// its unit with that cause.
				stance, err := r.st.Out(r.ctx, n, schema.Stance)
				if err != nil {
					return nil, err
				}
				if len(stance) == 1 && quad.ToString(stance[0]) == "denies" {
					continue
				}
				causes, err := r.st.Out(r.ctx, n, schema.ClaimOf)
				if err != nil {
					return nil, err
				}
				ts, err := r.claimTriggers(n)
				if err != nil {
					return nil, err
				}
				c.Triggers = append(c.Triggers, ts...)
				cites, err := r.st.Out(r.ctx, n, schema.Cites)
				if err != nil {
					return nil, err
				}
				var cited []*entity
				for _, v := range cites {
					e, err := r.entity(v)
					if err != nil {
						return nil, err
					}
					// The gold pairs causes with works only.
					if e != nil && e.Type == schema.Work {
						cited = append(cited, e)
					}
				}
				for _, cv := range causes {
					id := causeID(cv)
					c.Causes[id] = true
					for _, e := range cited {
						k := id + "|" + string(e.IRI)
						if !seenCite[k] {
							seenCite[k] = true
							c.Cites = append(c.Cites, causeRef{Cause: id, Entity: e})
						}
					}
				}
			}
		}
	}
	sort.Slice(c.Entities, func(i, j int) bool { return c.Entities[i].IRI < c.Entities[j].IRI })
	return c, nil
}

// relation reads a statement node; ok is false for statements the scorer
// does not score (claimOf, cites, remakes, ...).
func (r *reader) relation(st quad.Value) (relation, bool, error) {
	var rel relation
	preds, err := r.st.Out(r.ctx, st, schema.Predicate)
	if err != nil || len(preds) == 0 {
		return rel, false, err
	}
	p, _ := preds[0].(quad.IRI)
	if p != schema.DirectedBy && p != schema.ActedIn && p != schema.AwardAt {
		return rel, false, nil
	}
	rel.Pred = p
	subj, err := r.st.Out(r.ctx, st, schema.Subject)
	if err != nil || len(subj) == 0 {
		return rel, false, err
	}
	obj, err := r.st.Out(r.ctx, st, schema.Object)
	if err != nil || len(obj) == 0 {
		return rel, false, err
	}
	if rel.Subject, err = r.entity(subj[0]); err != nil || rel.Subject == nil {
		return rel, false, err
	}
	if rel.Object, err = r.entity(obj[0]); err != nil || rel.Object == nil {
		return rel, false, err
	}
	if rel.Status, err = r.str(st, schema.Status); err != nil {
		return rel, false, err
	}
	if rel.Prize, err = r.str(st, schema.Prize); err != nil {
		return rel, false, err
	}
	if vals, err := r.st.Values(r.ctx, st, schema.Year); err != nil {
		return rel, false, err
	} else if len(vals) > 0 {
		rel.Year = toInt(vals[0])
	}
	return rel, true, nil
}

// entity reads (once) a work, person or festival node; other nodes give nil.
func (r *reader) entity(v quad.Value) (*entity, error) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return nil, nil
	}
	if e, ok := r.entities[iri]; ok {
		return e, nil
	}
	types, err := r.st.Out(r.ctx, iri, schema.Type)
	if err != nil {
		return nil, err
	}
	var t quad.IRI
	for _, want := range []quad.IRI{schema.Work, schema.Person, schema.Festival} {
		if hasIRI(types, want) {
			t = want
			break
		}
	}
	if t == "" {
		r.entities[iri] = nil
		return nil, nil
	}
	e := &entity{IRI: iri, Type: t, keys: map[string]bool{}}
	if e.Label, err = r.str(iri, schema.Label); err != nil {
		return nil, err
	}
	e.label = Key(e.Label)
	e.keys[e.label] = true
	for _, p := range []quad.IRI{schema.Alias, schema.TitleEn} {
		vals, err := r.st.Out(r.ctx, iri, p)
		if err != nil {
			return nil, err
		}
		for _, a := range vals {
			if k := Key(graph.Text(a)); k != "" {
				e.keys[k] = true
			}
		}
	}
	if t == schema.Work {
		if e.Kind, err = r.str(iri, schema.Kind); err != nil {
			return nil, err
		}
		if e.Kind == "" {
			e.Kind = "unknown"
		}
	}
	delete(e.keys, "")
	r.entities[iri] = e
	return e, nil
}

// str returns the first string value of (node, pred), or "".
func (r *reader) str(node quad.Value, pred quad.IRI) (string, error) {
	vals, err := r.st.Values(r.ctx, node, pred)
	if err != nil || len(vals) == 0 {
		return "", err
	}
	return graph.Text(vals[0]), nil
}

func hasIRI(vals []quad.Value, want quad.IRI) bool {
	for _, v := range vals {
		if iri, ok := v.(quad.IRI); ok && iri == want {
			return true
		}
	}
	return false
}

func toInt(v quad.Value) int {
	switch n := quad.NativeOf(v).(type) {
	case int:
		return n
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return -1
}

// causeID turns fg:cause/<id> back into the taxonomy id.
func causeID(v quad.Value) string {
	iri, _ := v.(quad.IRI)
	return strings.TrimPrefix(string(iri), "fg:cause/")
}
