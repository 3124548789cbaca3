package export

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// Selection says which part of the store to export. At most one of
// Around, Cause, Document and Seeds is set; none means the whole graph.
type Selection struct {
	// Around is an entity (name, alias or IRI); Depth hops are taken from
	// it in both directions (default 1).
	Around string
	Depth  int
	// Cause is a cause id of the taxonomy (or its IRI): the cause, its
	// claims, the entities they cite, their sections, documents and authors.
	Cause string
	// Document is a document id (or IRI): the nodes its quads mention,
	// with only the facts that document asserts.
	Document string
	// Seeds are explicit nodes, e.g. those a saved query returned; the
	// edges among them are exported.
	Seeds []quad.IRI

	// Types keeps only nodes of these types (Work, fg:Work, person, ...).
	Types []string
	// Predicates keeps only edges with these predicates (directedBy,
	// fg:cites, ...). The RDF formats keep literal-valued quads regardless.
	Predicates []string
	// Reified adds mention, evidence and statement nodes to the node set,
	// instead of folding them into edge provenance only.
	Reified bool
}

// DefaultTypes are the node types of the property-graph view.
var DefaultTypes = []quad.IRI{schema.Document, schema.Section, schema.Author, schema.Work, schema.Person, schema.Festival, schema.Claim, schema.Cause, schema.Source}

// ReifiedTypes are added to DefaultTypes by Selection.Reified.
var ReifiedTypes = []quad.IRI{schema.Mention, schema.Evidence, schema.Statement}

// Select resolves sel against the store.
func Select(ctx context.Context, st *graph.Store, sel Selection) (*Graph, error) {
	types, err := typeSet(sel)
	if err != nil {
		return nil, err
	}
	g := &Graph{store: st, set: map[quad.IRI]bool{}}
	if len(sel.Predicates) > 0 {
		g.preds = map[quad.IRI]bool{}
		for _, p := range sel.Predicates {
			g.preds[predicateIRI(p)] = true
		}
	}
	sc := &selector{g: g, types: types, typeCache: map[quad.IRI]quad.IRI{}}
	n := 0
	for _, set := range []bool{sel.Around != "", sel.Cause != "", sel.Document != "", sel.Seeds != nil} {
		if set {
			n++
		}
	}
	if n > 1 {
		return nil, fmt.Errorf("choose one selection: --around, --cause, --document or --query")
	}
	switch {
	case sel.Around != "":
		err = sc.around(ctx, sel.Around, sel.Depth)
	case sel.Cause != "":
		err = sc.cause(ctx, sel.Cause)
	case sel.Document != "":
		err = sc.document(ctx, sel.Document)
	case sel.Seeds != nil:
		for _, s := range sel.Seeds {
			if err = sc.add(ctx, s); err != nil {
				break
			}
		}
	default:
		err = sc.whole(ctx)
		g.whole = len(sel.Types) == 0 && len(sel.Predicates) == 0
	}
	if err != nil {
		return nil, err
	}
	g.nodes = make([]quad.IRI, 0, len(g.set))
	for iri := range g.set {
		g.nodes = append(g.nodes, iri)
	}
	sortIRIs(g.nodes)
	g.prepare()
	return g, nil
}

func typeSet(sel Selection) (map[quad.IRI]bool, error) {
	all := append(append([]quad.IRI{}, DefaultTypes...), ReifiedTypes...)
	types := map[quad.IRI]bool{}
	if len(sel.Types) == 0 {
		for _, t := range DefaultTypes {
			types[t] = true
		}
		if sel.Reified {
			for _, t := range ReifiedTypes {
				types[t] = true
			}
		}
		return types, nil
	}
	for _, name := range sel.Types {
		found := false
		for _, t := range all {
			if strings.EqualFold(name, localName(t)) || quad.IRI(name) == t || quad.IRI(name).Short() == t {
				types[t] = true
				found = true
			}
		}
		if !found {
			var names []string
			for _, t := range all {
				names = append(names, localName(t))
			}
			return nil, fmt.Errorf("unknown node type %q: use one of %s", name, strings.Join(names, ", "))
		}
	}
	return types, nil
}

// predicateIRI turns "directedBy", "fg:directedBy" or a full IRI into the
// stored short IRI.
func predicateIRI(p string) quad.IRI {
	p = strings.Trim(p, "<>")
	if strings.Contains(p, ":") {
		return quad.IRI(p).Short()
	}
	if p == "label" {
		return schema.Label
	}
	if p == "type" {
		return schema.Type
	}
	return quad.IRI(schema.Prefix + p)
}

type selector struct {
	g         *Graph
	types     map[quad.IRI]bool
	typeCache map[quad.IRI]quad.IRI
}

// typeOf returns the node's best-ranked rdf:type ("" when it has none
// under the allowed labels).
func (sc *selector) typeOf(ctx context.Context, iri quad.IRI) (quad.IRI, error) {
	if t, ok := sc.typeCache[iri]; ok {
		return t, nil
	}
	qs, err := sc.g.out(ctx, iri)
	if err != nil {
		return "", err
	}
	var best quad.IRI
	for _, q := range qs {
		if q.Predicate != schema.Type || !sc.g.labelOK(q.Label) {
			continue
		}
		if t, ok := q.Object.(quad.IRI); ok && (best == "" || typeRank(t) < typeRank(best)) {
			best = t
		}
	}
	sc.typeCache[iri] = best
	return best, nil
}

// add puts iri in the node set when its type is selected; it reports
// whether it did through the set itself.
func (sc *selector) add(ctx context.Context, iri quad.IRI) error {
	if sc.g.set[iri] {
		return nil
	}
	t, err := sc.typeOf(ctx, iri)
	if err != nil {
		return err
	}
	if sc.types[t] {
		sc.g.set[iri] = true
	}
	return nil
}

// typeCheckMax is how many nodes whole checks one by one for a type that
// is not selected (rather than reading every node of that type); a
// variable so tests can take both paths.
var typeCheckMax = 1000

// whole selects every node whose best-ranked type is selected. It reads
// the nodes of each selected type through the type's reverse index (refs
// only) and resolves the selected nodes' IRIs in one batch: reading every
// node's quads to find its type cost more than the rest of a whole-graph
// export.
//
// A node typed twice keeps its best-ranked type, so a node of a selected
// type is dropped when it also has a better-ranked type that is not
// selected. Those types are read through their index too, unless only a
// few candidates rank after them (by default mention, evidence and
// statement nodes, a large share of the store, rank before fg:Source
// only): then those candidates' own types are read instead.
func (sc *selector) whole(ctx context.Context) error {
	// On bolt the type index and the names are read in one read
	// transaction (graph.KVTx) instead of one per iterator and batch.
	// The vocabulary's refs are looked up first: the quad store's calls
	// are transactions of their own, not opened inside that one.
	qs := sc.g.store.QS
	typeRef := qs.ValueOf(schema.Type)
	if typeRef == nil {
		return nil
	}
	trefs := make([]cgraph.Ref, len(schema.NodeTypes))
	for rank, t := range schema.NodeTypes {
		trefs[rank] = qs.ValueOf(t)
	}
	ok, err := sc.g.store.View(func(tx *graph.KVTx) error { return sc.wholeIn(ctx, tx, typeRef, trefs) })
	if ok {
		return err
	}
	return sc.wholeIn(ctx, nil, typeRef, trefs)
}

// wholeIn is whole, reading through tx when it is not nil; typeRef is
// rdf:type's ref and trefs the refs of schema.NodeTypes (nil for those
// the store lacks).
func (sc *selector) wholeIn(ctx context.Context, tx *graph.KVTx, typeRef cgraph.Ref, trefs []cgraph.Ref) error {
	st := sc.g.store
	qs := st.QS
	typeKey := cgraph.ToKey(typeRef)
	reverse := st.ReverseScanner()
	type ranked struct {
		ref  cgraph.Ref
		rank int
	}
	best := map[interface{}]*ranked{}
	var order []*ranked
	// scanType reads the nodes of type NodeTypes[rank]; only selected
	// types add candidates.
	scanType := func(rank int) error {
		t := schema.NodeTypes[rank]
		tref := trefs[rank]
		if tref == nil {
			return nil
		}
		add := func(r cgraph.Ref) error {
			if cgraph.ToKey(qs.QuadDirection(r, quad.Predicate)) != typeKey {
				return nil
			}
			s := qs.QuadDirection(r, quad.Subject)
			k := cgraph.ToKey(s)
			if b := best[k]; b != nil {
				b.rank = min(b.rank, rank)
			} else if sc.types[t] {
				b = &ranked{ref: s, rank: rank}
				best[k] = b
				order = append(order, b)
			}
			return nil
		}
		o, ok1 := tref.(kv.Int64Value)
		p, ok2 := typeRef.(kv.Int64Value)
		if tx != nil && ok1 && ok2 {
			if err := tx.Quads(ctx, quad.Object, uint64(o), quad.Predicate, uint64(p), func(q *proto.Primitive) error { return add(q) }); err != nil {
				return fmt.Errorf("list nodes of type %s: %w", t, err)
			}
			return nil
		}
		it := reverse(tref, typeRef)
		defer it.Close()
		for it.Next(ctx) {
			add(it.Result())
		}
		if err := it.Err(); err != nil {
			return fmt.Errorf("list nodes of type %s: %w", t, err)
		}
		return nil
	}
	var other []int // ranks of types not selected
	for rank, t := range schema.NodeTypes {
		if !sc.types[t] {
			other = append(other, rank)
			continue
		}
		if err := scanType(rank); err != nil {
			return err
		}
	}
	unscanned := len(schema.NodeTypes) // the best rank of a type not selected and not read
	for _, rank := range other {
		after := 0
		for _, b := range order {
			if b.rank > rank {
				after++
			}
		}
		switch {
		case after == 0:
		case after > typeCheckMax:
			if err := scanType(rank); err != nil {
				return err
			}
		default:
			unscanned = min(unscanned, rank)
		}
	}
	if unscanned < len(schema.NodeTypes) {
		rankOf := map[interface{}]int{}
		for rank, ref := range trefs {
			if ref != nil {
				rankOf[cgraph.ToKey(ref)] = rank
			}
		}
		for _, b := range order {
			if b.rank <= unscanned {
				continue
			}
			check := func(r cgraph.Ref) error {
				if cgraph.ToKey(qs.QuadDirection(r, quad.Predicate)) != typeKey {
					return nil
				}
				if rank, ok := rankOf[cgraph.ToKey(qs.QuadDirection(r, quad.Object))]; ok {
					b.rank = min(b.rank, rank)
				}
				return nil
			}
			if id, ok := b.ref.(kv.Int64Value); ok && tx != nil {
				if err := tx.Quads(ctx, quad.Subject, uint64(id), quad.Any, 0, func(q *proto.Primitive) error { return check(q) }); err != nil {
					return err
				}
				continue
			}
			it := qs.QuadIterator(quad.Subject, b.ref)
			for it.Next(ctx) {
				check(it.Result())
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return err
			}
		}
	}
	var refs []cgraph.Ref
	for _, b := range order {
		if sc.types[schema.NodeTypes[b.rank]] {
			refs = append(refs, b.ref)
		}
	}
	var names []quad.Value
	var err error
	if tx != nil {
		names, err = tx.ValuesOf(refs)
	} else {
		names, err = st.ValuesOf(ctx, refs)
	}
	if err != nil {
		return fmt.Errorf("read node names: %w", err)
	}
	sc.g.refs = make(map[quad.IRI]cgraph.Ref, len(refs))
	for i, v := range names {
		if iri, ok := v.(quad.IRI); ok {
			sc.g.set[iri] = true
			sc.g.refs[iri] = refs[i]
		}
	}
	return nil
}

// around walks depth hops from the entity, node by node, in both
// directions. Only selected types are entered; the walk does not pass
// through nodes of other types (so a film's mentions do not pull in every
// evidence span unless Reified is set).
func (sc *selector) around(ctx context.Context, ref string, depth int) error {
	start, err := Resolve(ctx, sc.g.store, ref)
	if err != nil {
		return err
	}
	if depth <= 0 {
		depth = 1
	}
	sc.g.set[start] = true
	frontier := []quad.IRI{start}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []quad.IRI
		for _, n := range frontier {
			nb, err := sc.neighbours(ctx, n)
			if err != nil {
				return err
			}
			for _, m := range nb {
				if sc.g.set[m] {
					continue
				}
				if err := sc.add(ctx, m); err != nil {
					return err
				}
				if sc.g.set[m] {
					next = append(next, m)
				}
			}
		}
		sortIRIs(next)
		frontier = next
	}
	return nil
}

func (sc *selector) neighbours(ctx context.Context, n quad.IRI) ([]quad.IRI, error) {
	var out []quad.IRI
	outQ, err := sc.g.out(ctx, n)
	if err != nil {
		return nil, err
	}
	for _, q := range outQ {
		if q.Predicate == schema.Type || !sc.edgePredOK(q.Predicate) {
			continue
		}
		if o, ok := q.Object.(quad.IRI); ok {
			out = append(out, o)
		}
	}
	inQ, err := quadsDir(ctx, sc.g.store.QS, quad.Object, n)
	if err != nil {
		return nil, err
	}
	for _, q := range inQ {
		if q.Predicate == schema.Type || !sc.edgePredOK(q.Predicate) {
			continue
		}
		if s, ok := q.Subject.(quad.IRI); ok {
			out = append(out, s)
		}
	}
	return out, nil
}

func (sc *selector) edgePredOK(p quad.Value) bool {
	if sc.g.preds == nil {
		return true
	}
	iri, _ := p.(quad.IRI)
	return sc.g.preds[iri]
}

func (sc *selector) cause(ctx context.Context, ref string) error {
	cause := schema.CauseIRI(ref)
	if strings.Contains(ref, ":") {
		cause = quad.IRI(strings.Trim(ref, "<>")).Short()
	}
	if t, err := sc.typeOf(ctx, cause); err != nil {
		return err
	} else if t != schema.Cause {
		return fmt.Errorf("no cause %q in the store: list them with `filmgraph causes`", ref)
	}
	sc.g.set[cause] = true // the cause is the point of the selection, whatever --types says
	claims, err := sc.g.in(ctx, cause, schema.ClaimOf)
	if err != nil {
		return err
	}
	for _, c := range claims {
		if err := sc.add(ctx, c); err != nil {
			return err
		}
		qs, err := sc.g.out(ctx, c)
		if err != nil {
			return err
		}
		for _, q := range qs {
			o, ok := q.Object.(quad.IRI)
			if !ok {
				continue
			}
			switch q.Predicate {
			case schema.Cites, schema.ArguedBy:
				if err := sc.add(ctx, o); err != nil {
					return err
				}
			case schema.InSection:
				if err := sc.add(ctx, o); err != nil {
					return err
				}
				for _, p := range []quad.IRI{schema.InDocument, schema.WrittenBy} {
					vals, err := sc.g.store.Out(ctx, o, p)
					if err != nil {
						return err
					}
					for _, v := range vals {
						if iri, ok := v.(quad.IRI); ok {
							if err := sc.add(ctx, iri); err != nil {
								return err
							}
						}
					}
				}
			}
		}
	}
	return nil
}

func (sc *selector) document(ctx context.Context, ref string) error {
	doc := schema.DocIRI(ref)
	if strings.Contains(ref, ":") {
		doc = quad.IRI(strings.Trim(ref, "<>")).Short()
	}
	qs, err := sc.g.store.LabelQuads(ctx, doc)
	if err != nil {
		return err
	}
	if len(qs) == 0 {
		return fmt.Errorf("no document %q in the store: list them with `filmgraph documents`", ref)
	}
	sc.g.labels = map[string]bool{string(doc): true}
	var cands []quad.IRI
	for _, q := range qs {
		if s, ok := q.Subject.(quad.IRI); ok {
			cands = append(cands, s)
		}
		if o, ok := q.Object.(quad.IRI); ok && q.Predicate != schema.Type {
			cands = append(cands, o)
		}
	}
	for _, c := range cands {
		if err := sc.add(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// Resolve finds the node an argument names: an IRI (short, full or in
// angle brackets) that is in the store, else the node whose rdfs:label,
// else whose fg:alias, is exactly ref (《》 stripped). When several nodes
// match, an entity type (work, then person, festival, ...) wins; a tie is
// an error listing the candidates.
func Resolve(ctx context.Context, st *graph.Store, ref string) (quad.IRI, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", fmt.Errorf("empty entity name: pass a name, an alias or an IRI")
	}
	if strings.Contains(ref, ":") && !strings.ContainsAny(ref, " \t") {
		iri := quad.IRI(strings.Trim(ref, "<>")).Short()
		if st.QS.ValueOf(iri) != nil {
			return iri, nil
		}
	}
	name := strings.TrimSuffix(strings.TrimPrefix(ref, "《"), "》")
	for _, pred := range []quad.IRI{schema.Label, schema.Alias} {
		// A Has with a single value is the index-backed start that is
		// fast on bolt.
		vals, err := path.StartPath(st.QS).Has(pred, quad.String(name)).Iterate(ctx).AllValues(st.QS)
		if err != nil {
			return "", fmt.Errorf("look up %q: %w", ref, err)
		}
		var cands []quad.IRI
		seen := map[quad.IRI]bool{}
		for _, v := range vals {
			if iri, ok := v.(quad.IRI); ok && !seen[iri] {
				seen[iri] = true
				cands = append(cands, iri)
			}
		}
		if len(cands) == 0 {
			continue
		}
		ranks := map[quad.IRI]int{}
		for _, c := range cands {
			ts, err := st.Out(ctx, c, schema.Type)
			if err != nil {
				return "", err
			}
			r := len(schema.NodeTypes) + 1
			for _, t := range ts {
				if tr := entityRank(t); tr < r {
					r = tr
				}
			}
			ranks[c] = r
		}
		sort.Slice(cands, func(i, j int) bool {
			if ranks[cands[i]] != ranks[cands[j]] {
				return ranks[cands[i]] < ranks[cands[j]]
			}
			return cands[i] < cands[j]
		})
		if len(cands) > 1 && ranks[cands[0]] == ranks[cands[1]] {
			var names []string
			for _, c := range cands {
				names = append(names, string(c))
			}
			return "", fmt.Errorf("%q names several nodes (%s): pass one IRI instead", ref, strings.Join(names, ", "))
		}
		return cands[0], nil
	}
	return "", fmt.Errorf("no node named %q (by label, alias or IRI): check the spelling with `filmgraph films` or `filmgraph people`", ref)
}

// entityRank prefers the things people ask about when a name is shared.
func entityRank(t quad.Value) int {
	order := []quad.IRI{schema.Work, schema.Person, schema.Festival, schema.Cause, schema.Author, schema.Document, schema.Section, schema.Claim}
	for i, o := range order {
		if t == o {
			return i
		}
	}
	return len(order)
}
