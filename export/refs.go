package export

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// refReader reads the store through quad refs: it looks at the predicate,
// object and label of a quad with QuadDirection and compares their keys
// with the vocabulary's, and only resolves a value (NameOf) when it is
// written out. Materialising every quad (QuadStore.Quad) resolves four
// values per quad, and on bolt each NameOf is a transaction; provenance
// folding reads every statement and evidence quad, so this is where the
// graph formats spend their time.
type refReader struct {
	qs cgraph.QuadStore
	// names caches NameOf for the small sets that repeat on every node:
	// predicates, types and labels.
	names map[interface{}]quad.Value

	kType, kSubject, kPredicate, kObject, kRefersTo, kHasEvid, kQuote interface{}
	kInSection, kMentions, kClaimOf, kArguedBy                        interface{}
	kStatement, kMention, kSection                                    interface{}

	// nodeAttr and edgeAttr map a literal predicate's key to its
	// attribute index in NodeAttrs / EdgeAttrs.
	nodeAttr map[interface{}]int
	edgeAttr map[interface{}]int

	// refIsKey is set when the store's refs are their own keys (memstore's
	// ids and the kv stores' Int64Value are): ToKey would then box the
	// same integer a second time, once per quad read.
	refIsKey bool

	lastLabelKey interface{}
	lastLabel    string

	// tx, while set, is the read transaction names are read in (bolt),
	// instead of a transaction of the quad store's per name.
	tx *graph.KVTx
}

// absentKey stands for a vocabulary IRI the store does not hold: it never
// equals a key the store returns.
type absentKey struct{ iri quad.IRI }

func newRefReader(qs cgraph.QuadStore) *refReader {
	r := &refReader{qs: qs, names: map[interface{}]quad.Value{}}
	if ref := qs.ValueOf(schema.Type); ref != nil {
		r.refIsKey = isOwnKey(ref)
	}
	k := r.keyOf
	r.kType, r.kSubject, r.kPredicate, r.kObject = k(schema.Type), k(schema.Subject), k(schema.Predicate), k(schema.Object)
	r.kRefersTo, r.kHasEvid, r.kQuote = k(schema.RefersTo), k(schema.HasEvid), k(schema.Quote)
	r.kInSection, r.kMentions, r.kClaimOf, r.kArguedBy = k(schema.InSection), k(schema.Mentions), k(schema.ClaimOf), k(schema.ArguedBy)
	r.kStatement, r.kMention, r.kSection = k(schema.Statement), k(schema.Mention), k(schema.Section)
	r.nodeAttr = map[interface{}]int{}
	for p, i := range nodeAttrByPred {
		if ref := qs.ValueOf(p); ref != nil {
			r.nodeAttr[cgraph.ToKey(ref)] = i
		}
	}
	r.edgeAttr = map[interface{}]int{}
	for p, i := range edgeAttrByPred {
		if ref := qs.ValueOf(p); ref != nil {
			r.edgeAttr[cgraph.ToKey(ref)] = i
		}
	}
	return r
}

// keyOf is the key of v's ref, or an absentKey when the store lacks v.
func (r *refReader) keyOf(v quad.IRI) interface{} {
	if ref := r.qs.ValueOf(v); ref != nil {
		return cgraph.ToKey(ref)
	}
	return absentKey{v}
}

// cachedName resolves a ref of a small, repeating set (predicates, types,
// labels) once.
func (r *refReader) cachedName(ref cgraph.Ref) quad.Value {
	if ref == nil {
		return nil
	}
	k := cgraph.ToKey(ref)
	if v, ok := r.names[k]; ok {
		return v
	}
	var v quad.Value
	if id, ok := ref.(kv.Int64Value); ok && r.tx != nil {
		// As NameOf: nil when the value cannot be read.
		v, _ = r.tx.Value(uint64(id))
	} else {
		v = r.qs.NameOf(ref)
	}
	r.names[k] = v
	return v
}

// labelName is the label of quad ref q as a string ("" when unlabelled).
// A node's quads mostly share one label, so the last one is kept aside.
func (r *refReader) labelName(q cgraph.Ref) string {
	l := r.qs.QuadDirection(q, quad.Label)
	if l == nil {
		return ""
	}
	var k interface{} = l
	if !r.refIsKey {
		k = cgraph.ToKey(l)
	}
	if r.lastLabelKey != nil && k == r.lastLabelKey {
		return r.lastLabel
	}
	name := labelString(r.cachedName(l))
	r.lastLabelKey, r.lastLabel = k, name
	return name
}

// dirKey is the key of direction d of quad ref q (nil when empty).
func (r *refReader) dirKey(q cgraph.Ref, d quad.Direction) interface{} {
	ref := r.qs.QuadDirection(q, d)
	if r.refIsKey || ref == nil {
		return ref
	}
	return ref.Key()
}

// isOwnKey reports whether ref's key is ref itself (same type and value).
func isOwnKey(ref cgraph.Ref) (own bool) {
	defer func() {
		// A ref of an uncomparable type cannot be its own key.
		if recover() != nil {
			own = false
		}
	}()
	return ref.Key() == interface{}(ref)
}
