package export

import (
	"context"
	"slices"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// The RDF formats write quads sorted by label, subject, predicate and
// object, comparing the terms' N-Quads forms as stored (<fg:work/x>,
// "literal", "2019"^^<schema:Integer>). The order depends on the quads
// only, so two stores holding the same quads (memory and bolt, or a store
// rebuilt from the same inputs) export byte-identical files, whatever
// order their iterators return.

// term is one position of a quad prepared for comparison. IRIs keep their
// text without brackets so that comparing them allocates nothing; other
// values carry their full N-Quads form, computed once per quad.
type term struct {
	s   string
	iri bool
}

func termOf(v quad.Value) term {
	switch x := v.(type) {
	case nil:
		return term{}
	case quad.IRI:
		return term{s: string(x), iri: true}
	}
	return term{s: v.String()}
}

func (t term) form() string {
	if t.iri {
		return "<" + t.s + ">"
	}
	return t.s
}

// cmp orders terms as their forms would sort, without building the
// bracketed form of two IRIs.
func (t term) cmp(u term) int {
	switch {
	case t.iri && u.iri:
		n := min(len(t.s), len(u.s))
		if c := strings.Compare(t.s[:n], u.s[:n]); c != 0 {
			return c
		}
		switch {
		case len(t.s) == len(u.s):
			return 0
		case len(t.s) < len(u.s):
			return cmpByte('>', u.s[n])
		default:
			return cmpByte(t.s[n], '>')
		}
	case !t.iri && !u.iri:
		return strings.Compare(t.s, u.s)
	}
	return strings.Compare(t.form(), u.form())
}

func cmpByte(a, b byte) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// sortedQuad is a quad with its terms in sort order: label, subject,
// predicate, object.
type sortedQuad struct {
	q quad.Quad
	t [4]term
}

func newSortedQuad(q quad.Quad) sortedQuad {
	return sortedQuad{q: q, t: [4]term{termOf(q.Label), termOf(q.Subject), termOf(q.Predicate), termOf(q.Object)}}
}

func (a *sortedQuad) cmp(b *sortedQuad) int {
	for i := range a.t {
		if c := a.t[i].cmp(b.t[i]); c != 0 {
			return c
		}
	}
	return 0
}

// sortQuads sorts qs and drops duplicates. It sorts pointers into qs, so
// a swap moves a word and not a whole sortedQuad.
func sortQuads(qs []sortedQuad) []*sortedQuad {
	ps := make([]*sortedQuad, len(qs))
	for i := range qs {
		ps[i] = &qs[i]
	}
	slices.SortFunc(ps, (*sortedQuad).cmp)
	return slices.CompactFunc(ps, func(a, b *sortedQuad) bool { return a.cmp(b) == 0 })
}

// wholeBatchQuads bounds how many quads the whole-store export holds at
// once. Labels are documents, each of bounded size; a label larger than
// this is held alone.
var wholeBatchQuads = 200_000

// eachQuadWhole streams every quad of the store, sorted, holding at most
// wholeBatchQuads quads (or one label's) at a time. A first pass counts
// the quads of each label from refs only; the labels, sorted, are then
// packed into batches and each batch is read in one pass over the store,
// sorted and written. Cayley's kv stores (bolt) have no label index (a
// label lookup is a full scan anyway), so a pass per batch rather than per
// label keeps the cost at a few scans whatever the number of documents.
// The memory store does index labels and reads one label at a time.
func (g *Graph) eachQuadWhole(ctx context.Context, fn func(quad.Quad) error) error {
	qs := g.store.QS
	type label struct {
		key  interface{}
		ref  cgraph.Ref
		name term
		n    int
	}
	byKey := map[interface{}]*label{}
	var labels []*label
	var prev *label
	it := qs.QuadsAllIterator()
	for it.Next(ctx) {
		ref := qs.QuadDirection(it.Result(), quad.Label)
		k := cgraph.ToKey(ref)
		if prev == nil || prev.key != k {
			prev = byKey[k]
			if prev == nil {
				prev = &label{key: k, ref: ref}
				if ref != nil {
					prev.name = termOf(qs.NameOf(ref))
				}
				byKey[k] = prev
				labels = append(labels, prev)
			}
		}
		prev.n++
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return err
	}
	sort.Slice(labels, func(i, j int) bool { return labels[i].name.cmp(labels[j].name) < 0 })

	emit := func(b []sortedQuad) error {
		for _, sq := range sortQuads(b) {
			if err := fn(sq.q); err != nil {
				return err
			}
		}
		return nil
	}
	if g.store.Backend == "memstore" {
		// The memory store indexes quads by label: read each label alone,
		// through its index, instead of scanning the store per batch.
		// Unlabelled quads have no index entry and go through a scan.
		for _, l := range labels {
			b := make([]sortedQuad, 0, l.n)
			var it cgraph.Iterator
			if l.ref != nil {
				it = qs.QuadIterator(quad.Label, l.ref)
			} else {
				it = qs.QuadsAllIterator()
			}
			for it.Next(ctx) {
				r := it.Result()
				if l.ref == nil && qs.QuadDirection(r, quad.Label) != nil {
					continue
				}
				b = append(b, newSortedQuad(qs.Quad(r)))
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return err
			}
			if err := emit(b); err != nil {
				return err
			}
		}
		return nil
	}
	for start := 0; start < len(labels); {
		end, total := start, 0
		for end < len(labels) && (end == start || total+labels[end].n <= wholeBatchQuads) {
			total += labels[end].n
			end++
		}
		// One bucket per label, sorted on its own: a label's quads all
		// compare equal on the label, so sorting the batch as a whole
		// would spend a comparison on it every time.
		member := make(map[interface{}]int, end-start)
		buckets := make([][]sortedQuad, end-start)
		for i, l := range labels[start:end] {
			member[l.key] = i
			buckets[i] = make([]sortedQuad, 0, l.n)
		}
		it := qs.QuadsAllIterator()
		for it.Next(ctx) {
			r := it.Result()
			if i, ok := member[cgraph.ToKey(qs.QuadDirection(r, quad.Label))]; ok {
				buckets[i] = append(buckets[i], newSortedQuad(qs.Quad(r)))
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return err
		}
		for i, b := range buckets {
			if err := emit(b); err != nil {
				return err
			}
			buckets[i] = nil // let the collector have it while the next label is written
		}
		start = end
	}
	return nil
}
