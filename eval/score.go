package eval

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// Row is one line of the report: how the system's items of one type
// compare with the gold items, micro-averaged over units.
//
// Precision is MatchedSystem/System and recall MatchedGold/Gold; they are
// counted separately because one system entity can match two gold items
// (a merge), and a gold item can be matched by two system entities (a
// split).
type Row struct {
	Name          string  `json:"name"`
	Gold          int     `json:"gold"`
	System        int     `json:"system"`
	MatchedGold   int     `json:"matched_gold"`
	MatchedSystem int     `json:"matched_system"`
	Precision     float64 `json:"precision"`
	Recall        float64 `json:"recall"`
	F1            float64 `json:"f1"`
	// Missed are gold items no system item matched, Spurious system items
	// no gold item matched, each prefixed with "document/unit: ".
	Missed   []string `json:"missed,omitempty"`
	Spurious []string `json:"spurious,omitempty"`
}

// Merge is one system entity that two different gold works matched in the
// same document: two films collapsed into one node.
type Merge struct {
	Document string   `json:"document"`
	Entity   string   `json:"entity"`
	Label    string   `json:"label"`
	Gold     []string `json:"gold"`
}

// DocReport holds the rows of one document.
type DocReport struct {
	Document string  `json:"document"`
	Units    int     `json:"units"`
	Rows     []Row   `json:"rows"`
	Merges   []Merge `json:"merges"`
}

// Report is the result of Score.
type Report struct {
	Documents []DocReport `json:"documents"`
	Units     int         `json:"units"`
	Rows      []Row       `json:"rows"`
	Merges    []Merge     `json:"merges"`
	// Triggers is every trigger that labelled an annotated unit, worst
	// first (see TriggerRecord).
	Triggers []TriggerRecord `json:"triggers"`
}

// Row names, in report order. Work rows per kind are named "works:KIND"
// and follow "works".
const (
	RowWorks      = "works"
	RowPeople     = "people"
	RowFestivals  = "festivals"
	RowDirectedBy = "directed_by"
	RowActedIn    = "acted_in"
	RowAwards     = "awards"
	RowCauses     = "causes"
	RowCauseFilms = "cause_films"
	RowArgues     = "argues"
)

// Row returns the row called name, or a zero row when there is none.
func (r *Report) Row(name string) Row { return findRow(r.Rows, name) }

// Row returns the document's row called name, or a zero row.
func (d *DocReport) Row(name string) Row { return findRow(d.Rows, name) }

func findRow(rows []Row, name string) Row {
	for _, r := range rows {
		if r.Name == name {
			return r
		}
	}
	return Row{Name: name}
}

// Score compares what store holds for each annotated document with its
// gold annotation. A gold document missing from the store, an answer
// ordinal beyond the document's answers, or an author that does not match
// the stored one is an error: the gold would otherwise be scored against
// the wrong text.
func Score(ctx context.Context, st *graph.Store, gold []Gold) (Report, error) {
	rep := Report{Merges: []Merge{}}
	total := newTally()
	triggers := triggerTally{}
	r := newReader(ctx, st)
	for i := range gold {
		g := &gold[i]
		where := g.File
		if where == "" {
			where = g.Document
		}
		secs, err := r.sections(g.Document)
		if err != nil {
			return rep, fmt.Errorf("gold %s: %w", where, err)
		}
		var answers []section
		for _, s := range secs {
			if s.Kind == "answer" {
				answers = append(answers, s)
			}
		}
		doc := newTally()
		var merges mergeFinder
		for j := range g.Units {
			u := &g.Units[j]
			scope := secs
			if u.Answer != nil {
				n := *u.Answer
				if n >= len(answers) {
					return rep, fmt.Errorf("gold %s: units[%d]: answer %d does not exist; the stored document has %d answers (counted from 0)", where, j, n, len(answers))
				}
				if u.Author != "" && Key(u.Author) != Key(answers[n].Author) {
					return rep, fmt.Errorf("gold %s: units[%d]: answer %d is by %q in the store, the gold says %q: the answer ordinal is off", where, j, n, answers[n].Author, u.Author)
				}
				scope = answers[n : n+1]
			}
			c, err := r.content(scope)
			if err != nil {
				return rep, fmt.Errorf("gold %s: read %s from the store: %w", where, u.Key(), err)
			}
			scoreUnit(doc, &merges, g.Document+"/"+u.Key(), u, c)
			triggers.count(c.Triggers, u.causeSet())
		}
		dr := DocReport{Document: g.Document, Units: len(g.Units), Rows: doc.rows(), Merges: merges.merges(g.Document)}
		if dr.Merges == nil {
			dr.Merges = []Merge{}
		}
		rep.Documents = append(rep.Documents, dr)
		rep.Units += len(g.Units)
		rep.Merges = append(rep.Merges, dr.Merges...)
		total.add(doc)
	}
	rep.Rows = total.rows()
	rep.Triggers = triggers.records()
	return rep, nil
}

// scoreUnit adds one unit's counts to t. where prefixes the error lists.
func scoreUnit(t *tally, merges *mergeFinder, where string, u *Unit, c *content) {
	var works, people, festivals []*entity
	for _, e := range c.Entities {
		switch e.Type {
		case schema.Work:
			works = append(works, e)
		case schema.Person:
			people = append(people, e)
		case schema.Festival:
			festivals = append(festivals, e)
		}
	}

	// Works, overall and per kind.
	var gw []goldItem
	for _, w := range u.Works {
		gw = append(gw, goldItem{name: w.Title, key: Key(w.Title), kind: w.Kind, optional: w.Implicit})
	}
	m := matchEntities(gw, works)
	t.count(RowWorks, where, gw, works, m, "")
	kinds := map[string]bool{}
	for _, w := range gw {
		kinds[w.kind] = true
	}
	for _, e := range works {
		kinds[e.Kind] = true
	}
	for k := range kinds {
		t.count(RowWorks+":"+k, where, gw, works, m, k)
	}
	for gi, e := range m.chosen {
		if e != nil {
			merges.add(e, gw[gi].key, gw[gi].name)
		}
	}

	// People and festivals.
	var gp []goldItem
	for _, p := range u.People {
		gp = append(gp, goldItem{name: p.Name, key: Key(p.Name)})
	}
	t.count(RowPeople, where, gp, people, matchEntities(gp, people), "")
	var gf []goldItem
	for _, f := range u.Festivals {
		gf = append(gf, goldItem{name: f, key: Key(f)})
	}
	t.count(RowFestivals, where, gf, festivals, matchEntities(gf, festivals), "")

	// Relations.
	var gd, ga, gaw []goldPair
	for _, d := range u.DirectedBy {
		gd = append(gd, goldPair{a: d.Work, b: d.Person})
	}
	for _, a := range u.ActedIn {
		ga = append(ga, goldPair{a: a.Person, b: a.Work})
	}
	for _, a := range u.Awards {
		gaw = append(gaw, goldPair{a: a.Work, b: a.Festival, status: a.Status})
	}
	var sd, sa, saw []relation
	for _, rel := range c.Relations {
		switch rel.Pred {
		case schema.DirectedBy:
			sd = append(sd, rel)
		case schema.ActedIn:
			sa = append(sa, rel)
		case schema.AwardAt:
			saw = append(saw, rel)
		}
	}
	t.pairs(RowDirectedBy, where, gd, sd, false)
	t.pairs(RowActedIn, where, ga, sa, false)
	t.pairs(RowAwards, where, gaw, saw, true)

	// Causes: answer-level labels, and (cause, film) pairs.
	goldCauses := u.causeSet()
	row := t.row(RowCauses)
	for _, id := range sortedKeys(goldCauses) {
		row.Gold++
		if c.Causes[id] {
			row.MatchedGold++
		} else {
			row.Missed = append(row.Missed, where+": "+id)
		}
	}
	for _, id := range sortedKeys(c.Causes) {
		row.System++
		if goldCauses[id] {
			row.MatchedSystem++
		} else {
			row.Spurious = append(row.Spurious, where+": "+id)
		}
	}
	var gc []goldPair
	seen := map[string]bool{}
	for _, cf := range u.CauseFilms {
		k := cf.Cause + "|" + Key(cf.Work)
		if !seen[k] {
			seen[k] = true
			gc = append(gc, goldPair{a: cf.Cause, b: cf.Work})
		}
	}
	var sc []relation
	for _, ref := range c.Cites {
		if ref.Entity.Type != schema.Work {
			continue
		}
		sc = append(sc, relation{Subject: &entity{Label: ref.Cause, keys: map[string]bool{Key(ref.Cause): true}}, Object: ref.Entity})
	}
	t.pairs(RowCauseFilms, where, gc, sc, false)

	// Does the unit argue at all?
	if u.Argues != nil {
		row := t.row(RowArgues)
		sys := c.Claims > 0
		if *u.Argues {
			row.Gold++
			if sys {
				row.MatchedGold++
			} else {
				row.Missed = append(row.Missed, where)
			}
		}
		if sys {
			row.System++
			if *u.Argues {
				row.MatchedSystem++
			} else {
				row.Spurious = append(row.Spurious, where)
			}
		}
	}
}

// goldItem is a gold work, person or festival reduced to its key.
type goldItem struct {
	name, key, kind string
	optional        bool // implicit works: not required, not penalised
}

// entityMatch records, for each gold item, the system entity chosen for
// it, and for each system entity whether some gold item could match it.
type entityMatch struct {
	chosen   []*entity
	matchers map[quad.IRI][]int // system entity -> gold items that match it
}

// matchEntities matches gold items to system entities by key: an entity
// whose canonical label has the key is preferred over one that only has it
// as an alias, and among equals an entity not yet chosen is preferred, so a
// merge is reported only when the system left no other choice.
func matchEntities(gold []goldItem, sys []*entity) entityMatch {
	m := entityMatch{chosen: make([]*entity, len(gold)), matchers: map[quad.IRI][]int{}}
	taken := map[quad.IRI]bool{}
	for gi, g := range gold {
		var byLabel, byAlias []*entity
		for _, e := range sys {
			switch {
			case e.label == g.key:
				byLabel = append(byLabel, e)
			case e.keys[g.key]:
				byAlias = append(byAlias, e)
			}
		}
		for _, e := range append(byLabel, byAlias...) {
			m.matchers[e.IRI] = append(m.matchers[e.IRI], gi)
		}
		cands := byLabel
		if len(cands) == 0 {
			cands = byAlias
		}
		for _, e := range cands {
			if m.chosen[gi] == nil || (taken[m.chosen[gi].IRI] && !taken[e.IRI]) {
				m.chosen[gi] = e
			}
		}
		if m.chosen[gi] != nil {
			taken[m.chosen[gi].IRI] = true
		}
	}
	return m
}

// goldPair is a gold relation (or (cause, film) pair) reduced to names.
type goldPair struct {
	a, b, status string
}

// tally accumulates rows.
type tally struct {
	order  []string
	byName map[string]*Row
}

func newTally() *tally { return &tally{byName: map[string]*Row{}} }

func (t *tally) row(name string) *Row {
	r, ok := t.byName[name]
	if !ok {
		r = &Row{Name: name}
		t.byName[name] = r
		t.order = append(t.order, name)
	}
	return r
}

// count adds an entity comparison; kind, when set, restricts both sides
// to works of that kind.
func (t *tally) count(name, where string, gold []goldItem, sys []*entity, m entityMatch, kind string) {
	r := t.row(name)
	for gi, g := range gold {
		if g.optional || (kind != "" && g.kind != kind) {
			continue
		}
		r.Gold++
		e := m.chosen[gi]
		if e != nil && (kind == "" || e.Kind == kind) {
			r.MatchedGold++
		} else {
			r.Missed = append(r.Missed, where+": "+g.name)
		}
	}
	for _, e := range sys {
		if kind != "" && e.Kind != kind {
			continue
		}
		r.System++
		ok := false
		for _, gi := range m.matchers[e.IRI] {
			if kind == "" || gold[gi].kind == kind {
				ok = true
				break
			}
		}
		if ok {
			r.MatchedSystem++
		} else {
			r.Spurious = append(r.Spurious, where+": "+e.Label)
		}
	}
}

// pairs adds a relation comparison. A gold pair matches a system relation
// when both names match the entities' labels or aliases (and, for awards,
// the status is the same).
func (t *tally) pairs(name, where string, gold []goldPair, sys []relation, withStatus bool) {
	r := t.row(name)
	matches := func(g goldPair, s relation) bool {
		return s.Subject.keys[Key(g.a)] && s.Object.keys[Key(g.b)] && (!withStatus || g.status == s.Status)
	}
	used := make([]bool, len(sys))
	for _, g := range gold {
		r.Gold++
		found := -1
		for si, s := range sys {
			if matches(g, s) && (found < 0 || used[found] && !used[si]) {
				found = si
			}
		}
		if found >= 0 {
			r.MatchedGold++
			used[found] = true
		} else {
			r.Missed = append(r.Missed, where+": "+describe(g.a, g.b, g.status))
		}
	}
	for _, s := range sys {
		r.System++
		ok := false
		for _, g := range gold {
			if matches(g, s) {
				ok = true
				break
			}
		}
		if ok {
			r.MatchedSystem++
		} else {
			r.Spurious = append(r.Spurious, where+": "+describe(s.Subject.Label, s.Object.Label, s.Status))
		}
	}
}

func describe(a, b, status string) string {
	if status != "" {
		return a + " → " + b + " (" + status + ")"
	}
	return a + " → " + b
}

// add sums another tally into t.
func (t *tally) add(o *tally) {
	for _, name := range o.order {
		src, dst := o.byName[name], t.row(name)
		dst.Gold += src.Gold
		dst.System += src.System
		dst.MatchedGold += src.MatchedGold
		dst.MatchedSystem += src.MatchedSystem
		dst.Missed = append(dst.Missed, src.Missed...)
		dst.Spurious = append(dst.Spurious, src.Spurious...)
	}
}

// rows returns the rows in report order with the ratios computed.
func (t *tally) rows() []Row {
	rank := map[string]int{RowWorks: 0, RowPeople: 2, RowFestivals: 3, RowDirectedBy: 4, RowActedIn: 5, RowAwards: 6, RowCauses: 7, RowCauseFilms: 8, RowArgues: 9}
	rankOf := func(n string) int {
		if r, ok := rank[n]; ok {
			return r
		}
		return 1 // works:KIND
	}
	names := append([]string(nil), t.order...)
	sort.SliceStable(names, func(i, j int) bool {
		ri, rj := rankOf(names[i]), rankOf(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	out := make([]Row, 0, len(names))
	for _, n := range names {
		r := *t.byName[n]
		r.Precision = ratio(r.MatchedSystem, r.System)
		r.Recall = ratio(r.MatchedGold, r.Gold)
		if r.Precision+r.Recall > 0 {
			r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
		}
		out = append(out, r)
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// mergeFinder collects, per system work, the distinct gold works it was
// chosen for within one document.
type mergeFinder struct {
	ents  map[quad.IRI]*entity
	gold  map[quad.IRI]map[string]string // entity -> gold key -> gold title
	order []quad.IRI
}

func (mf *mergeFinder) add(e *entity, key, name string) {
	if mf.gold == nil {
		mf.gold, mf.ents = map[quad.IRI]map[string]string{}, map[quad.IRI]*entity{}
	}
	if mf.gold[e.IRI] == nil {
		mf.gold[e.IRI] = map[string]string{}
		mf.ents[e.IRI] = e
		mf.order = append(mf.order, e.IRI)
	}
	mf.gold[e.IRI][key] = name
}

func (mf *mergeFinder) merges(doc string) []Merge {
	var out []Merge
	for _, iri := range mf.order {
		g := mf.gold[iri]
		if len(g) < 2 {
			continue
		}
		var names []string
		for _, k := range sortedKeys(g) {
			names = append(names, g[k])
		}
		out = append(out, Merge{Document: doc, Entity: string(iri), Label: mf.ents[iri].Label, Gold: names})
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
