package export

import (
	"context"
	"errors"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// table is the property-graph view of a selection: every node with its
// attributes and every edge leaving it with its provenance. It is built
// once per Graph, before the first node is written, and holds what is
// written (memory proportional to the selection, not to the store).
//
// Building reads each selected node once (its quads through the subject
// index, which gives both its attributes and its edges), the statements
// and mentions backing its edges (found through the object-predicate
// index where the store has one), and the evidence quotes, and resolves
// the values it needs in batches: on bolt each lookup of a value is a
// B-tree search, and a chunk is read in one read transaction of Cayley's
// kv layout (graph.KVTx) rather than through the quad store, which opens
// one per call and searches the B-tree twice per quad. Chunks of
// nodes are built by parallel workers; each writes its own slots of the
// table, so the output order does not depend on the scheduling.
type table struct {
	nodes []tableNode
	edges [][]*pendingEdge // per node, sorted by predicate then target
}

// tableNode is a node's type and attribute values (in attribute order,
// each attribute's values as written).
type tableNode struct {
	typ  string
	vals []attrVal
}

// tableChunk is the number of nodes a worker reads before resolving the
// values they need in one batch (a variable so tests can make many
// chunks of a small graph).
var tableChunk = 128

// tableCacheMax bounds the values a worker keeps between chunks (cues,
// strengths, quotes and labels repeat across nodes).
const tableCacheMax = 50_000

func (g *Graph) table(ctx context.Context) (*table, error) {
	if g.tab != nil {
		return g.tab, nil
	}
	t := &table{nodes: make([]tableNode, len(g.nodes)), edges: make([][]*pendingEdge, len(g.nodes))}
	chunks := (len(g.nodes) + tableChunk - 1) / tableChunk
	workers := min(runtime.GOMAXPROCS(0), chunks, 8)
	quotes, err := g.bulkQuotes(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		errOnce  sync.Once
		firstErr error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tw := newTableWorker(g, workers)
			tw.quotes = quotes
			for {
				c := int(next.Add(1)) - 1
				if c >= chunks {
					return
				}
				err := ctx.Err()
				if err == nil {
					err = tw.chunk(ctx, t, c*tableChunk, min((c+1)*tableChunk, len(g.nodes)))
				}
				if err != nil {
					errOnce.Do(func() { firstErr = err })
					cancel()
					return
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	g.tab = t
	return t, nil
}

// tableWorker builds chunks of the table. Each worker has its own
// reader (its name caches are not shared) and value cache.
type tableWorker struct {
	g       *Graph
	rd      *refReader
	qs      cgraph.QuadStore
	reverse func(obj, pred cgraph.Ref) cgraph.Iterator
	forward func(subj, pred cgraph.Ref) cgraph.Iterator
	// refs of predicates the worker counts or follows backwards (nil
	// when the store does not hold the predicate).
	pSubject, pInSection, pRefersTo, pClaimOf, pArguedBy, pQuote cgraph.Ref

	vals map[interface{}]quad.Value // resolved values; nil entries are pending
	want []cgraph.Ref
	work []nodeWork
	seen map[interface{}]bool
	node Node // scratch for a node's values before they are compacted

	// Allocation: a whole-graph table has some 50,000 edges, each with a
	// provenance and a few backing quads, and the memory store's heap is
	// large and pointer-heavy, so every small allocation brings the next
	// (costly) garbage collection closer. Edges and provenances are cut
	// from slabs (they live as long as the table); a backer's quads and
	// the refs found for a node are cut from arenas reset every chunk
	// (they are only read while the chunk is built).
	edgeSlab []pendingEdge
	provSlab []provenance
	litArena []backingQuad
	evArena  []cgraph.Ref
	refs     []cgraph.Ref
	// Slabs the small per-edge slices are cut from (see cut): an edge's
	// documents, provenance values and backing nodes.
	docSlab    []string
	attrSlab   []attrVal
	auxSlab    []cgraph.Ref
	backerSlab []backer

	// quotes, when set, holds every evidence node's quotes (read in one
	// pass, see bulkQuotes); shared by the workers, read only.
	quotes *quoteIndex

	// tx is the read transaction over the kv layout (bolt) a chunk is
	// read in; nil on the memory store, which is read through iterators.
	tx *graph.KVTx
}

// errStop ends a quads callback loop early without an error.
var errStop = errors.New("stop")

// quads calls fn with the quads whose d1 is v1 (and, where the store has
// an index for the pair, whose d2 is v2; d2 quad.Any: any), in the store's
// index order. On bolt they are read in the chunk's transaction (one
// B-tree search per quad); elsewhere through the store's iterators.
// Callers check d2 themselves. fn returning errStop ends the loop.
func (w *tableWorker) quads(ctx context.Context, d1 quad.Direction, v1 cgraph.Ref, d2 quad.Direction, v2 cgraph.Ref, fn func(r cgraph.Ref) error) error {
	if v1 == nil {
		return nil
	}
	var err error
	if w.tx != nil {
		a, ok1 := v1.(kv.Int64Value)
		b, ok2 := v2.(kv.Int64Value)
		if ok1 && (ok2 || d2 == quad.Any) {
			err = w.tx.Quads(ctx, d1, uint64(a), d2, uint64(b), func(p *proto.Primitive) error { return fn(p) })
			if err == errStop {
				err = nil
			}
			return err
		}
	}
	var it cgraph.Iterator
	switch {
	case d2 == quad.Any:
		it = w.qs.QuadIterator(d1, v1)
	case d1 == quad.Object && d2 == quad.Predicate:
		it = w.reverse(v1, v2)
	case d1 == quad.Subject && d2 == quad.Predicate:
		it = w.forward(v1, v2)
	default:
		it = w.qs.QuadIterator(d1, v1)
	}
	defer it.Close()
	for it.Next(ctx) {
		if err = fn(it.Result()); err != nil {
			break
		}
	}
	if err == errStop {
		err = nil
	}
	if err != nil {
		return err
	}
	return it.Err()
}

// quoteIndex is the objects of the store's fg:quote quads by their
// subject's key, in store order: the first in one map, the rare others in
// a second.
type quoteIndex struct {
	first map[interface{}]cgraph.Ref
	more  map[interface{}][]cgraph.Ref
}

// bulkQuotesPerNode decides when the evidence quotes are read in one
// pass over the fg:quote quads instead of one lookup per evidence node:
// when the store holds at most this many quotes per selected node (the
// selection is a large share of the store). A variable so tests can take
// both paths.
var bulkQuotesPerNode = 16

// bulkQuotes reads every fg:quote quad of a memory store through its
// predicate index when the selection is large enough for that to beat a
// lookup per evidence node (50,000 iterators for the benchmark graph,
// each allocating); nil otherwise. Bolt keeps the per-node lookups: its
// subject-predicate index already reads only the quote, and a pass over
// the predicate would resolve every quad's values.
func (g *Graph) bulkQuotes(ctx context.Context) (*quoteIndex, error) {
	qs := g.store.QS
	if g.store.Backend != "memstore" || len(g.nodes) == 0 {
		return nil, nil
	}
	pQuote := qs.ValueOf(schema.Quote)
	if pQuote == nil {
		return nil, nil
	}
	size, err := qs.QuadIteratorSize(ctx, quad.Predicate, pQuote)
	if err != nil || !size.Exact || size.Size > int64(bulkQuotesPerNode)*int64(len(g.nodes)) {
		return nil, err
	}
	rd := g.rd
	idx := &quoteIndex{first: make(map[interface{}]cgraph.Ref, size.Size), more: map[interface{}][]cgraph.Ref{}}
	it := qs.QuadIterator(quad.Predicate, pQuote)
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		if rd.dirKey(r, quad.Predicate) != rd.kQuote {
			continue
		}
		s := rd.dirKey(r, quad.Subject)
		o := qs.QuadDirection(r, quad.Object)
		if _, ok := idx.first[s]; !ok {
			idx.first[s] = o
		} else {
			idx.more[s] = append(idx.more[s], o)
		}
	}
	return idx, it.Err()
}

// slabSize is how many edges or provenances one slab allocation holds.
const slabSize = 256

func (w *tableWorker) newEdge() *pendingEdge {
	if len(w.edgeSlab) == cap(w.edgeSlab) {
		w.edgeSlab = make([]pendingEdge, 0, slabSize)
	}
	w.edgeSlab = w.edgeSlab[:len(w.edgeSlab)+1]
	return &w.edgeSlab[len(w.edgeSlab)-1]
}

// cut returns an empty slice with room for n elements, cut from *slab
// (a new slab is allocated when it has no room left). Appending beyond n
// reallocates as usual, so a cut slice never writes into its neighbour.
func cut[T any](slab *[]T, n int) []T {
	if cap(*slab)-len(*slab) < n {
		*slab = make([]T, 0, max(4*slabSize, n))
	}
	s := *slab
	l := len(s)
	*slab = s[:l+n]
	return s[l : l : l+n]
}

func (w *tableWorker) newProvenance() *provenance {
	if len(w.provSlab) == cap(w.provSlab) {
		w.provSlab = make([]provenance, 0, slabSize)
	}
	w.provSlab = w.provSlab[:len(w.provSlab)+1]
	return &w.provSlab[len(w.provSlab)-1]
}

// nodeWork is what the first pass over a node found, before its values
// are resolved.
type nodeWork struct {
	best      quad.IRI
	docs      []string
	lits      []backingQuad
	evidence  []cgraph.Ref
	quoteFrom cgraph.Ref // the evidence whose quote the node shows
	quotes    []cgraph.Ref
	count     int // mentions or claims, when countIdx >= 0
	countIdx  int
	edges     []*pendingEdge
}

// backer is a statement or mention node backing an edge.
type backer struct {
	ref  cgraph.Ref
	lits []backingQuad
	evs  []cgraph.Ref
}

func newTableWorker(g *Graph, workers int) *tableWorker {
	qs := g.store.QS
	// The value cache grows to a few values per node (evidence names,
	// quotes, labels) up to tableCacheMax; sizing it once saves the
	// rehashing on the way there.
	hint := min(tableCacheMax, 8*len(g.nodes)/max(workers, 1))
	return &tableWorker{
		g: g, rd: newRefReader(qs), qs: qs,
		reverse: g.store.ReverseScanner(), forward: g.store.PairScanner(quad.Subject, quad.Predicate),
		pSubject: qs.ValueOf(schema.Subject), pInSection: qs.ValueOf(schema.InSection),
		pRefersTo: qs.ValueOf(schema.RefersTo), pClaimOf: qs.ValueOf(schema.ClaimOf), pArguedBy: qs.ValueOf(schema.ArguedBy),
		pQuote: qs.ValueOf(schema.Quote),
		vals:   make(map[interface{}]quad.Value, hint), seen: map[interface{}]bool{},
	}
}

func (w *tableWorker) key(ref cgraph.Ref) interface{} {
	if w.rd.refIsKey {
		return ref
	}
	return ref.Key()
}

// need asks for ref's value in the next resolve.
func (w *tableWorker) need(ref cgraph.Ref) {
	if ref == nil {
		return
	}
	k := w.key(ref)
	if _, ok := w.vals[k]; ok {
		return
	}
	w.vals[k] = nil
	w.want = append(w.want, ref)
}

// resolve looks up every value asked for since the last call, in one
// batch.
func (w *tableWorker) resolve(ctx context.Context) error {
	if len(w.want) == 0 {
		return nil
	}
	var vs []quad.Value
	var err error
	if w.tx != nil {
		vs, err = w.tx.ValuesOf(w.want)
	} else {
		vs, err = w.g.store.ValuesOf(ctx, w.want)
	}
	if err != nil {
		return err
	}
	for i, r := range w.want {
		w.vals[w.key(r)] = vs[i]
	}
	w.want = w.want[:0]
	return nil
}

func (w *tableWorker) val(ref cgraph.Ref) quad.Value {
	if ref == nil {
		return nil
	}
	return w.vals[w.key(ref)]
}

// chunk builds nodes [lo, hi) of t, in one read transaction on bolt.
func (w *tableWorker) chunk(ctx context.Context, t *table, lo, hi int) error {
	ok, err := w.g.store.View(func(tx *graph.KVTx) error {
		w.tx, w.rd.tx = tx, tx
		defer func() { w.tx, w.rd.tx = nil, nil }()
		return w.buildChunk(ctx, t, lo, hi)
	})
	if ok {
		return err
	}
	return w.buildChunk(ctx, t, lo, hi)
}

func (w *tableWorker) buildChunk(ctx context.Context, t *table, lo, hi int) error {
	if len(w.vals) > tableCacheMax {
		clear(w.vals)
	}
	if cap(w.work) < hi-lo {
		w.work = make([]nodeWork, hi-lo)
	}
	work := w.work[:hi-lo]
	w.litArena, w.evArena = w.litArena[:0], w.evArena[:0]
	for i := range work {
		work[i] = nodeWork{docs: work[i].docs[:0], lits: work[i].lits[:0], evidence: work[i].evidence[:0], quotes: work[i].quotes[:0], countIdx: -1}
	}
	for i := lo; i < hi; i++ {
		if err := w.scan(ctx, i, &work[i-lo]); err != nil {
			return err
		}
	}
	if err := w.resolve(ctx); err != nil {
		return err
	}
	// Provenance: evidence names are known now; the first evidence of
	// every edge and of every node gives the quote.
	for i := range work {
		nw := &work[i]
		if len(nw.evidence) > 0 {
			var first quad.IRI
			for _, ev := range nw.evidence {
				if name, ok := w.val(ev).(quad.IRI); ok && (nw.quoteFrom == nil || name < first) {
					first, nw.quoteFrom = name, ev
				}
			}
		}
		if nw.quoteFrom != nil {
			if err := w.quoteRefs(ctx, nw.quoteFrom, &nw.quotes); err != nil {
				return err
			}
		}
		for _, pe := range nw.edges {
			pv := pe.prov
			if pv == nil {
				continue
			}
			nLits, nAux := 0, 0
			for _, b := range pe.backers {
				nLits += len(b.lits)
				nAux += 1 + len(b.evs)
			}
			pv.lits = cut(&w.attrSlab, nLits)
			pv.aux = cut(&w.auxSlab, nAux)
			for _, b := range pe.backers {
				for _, lq := range b.lits {
					if s, ok := literalString(w.val(lq.obj)); ok {
						pv.lits = append(pv.lits, attrVal{lq.attr, s})
					}
				}
				pv.aux = append(pv.aux, b.ref)
				for _, ev := range b.evs {
					if name, ok := w.val(ev).(quad.IRI); ok {
						pv.evidence = appendUnique(pv.evidence, string(name))
					}
					pv.aux = append(pv.aux, ev)
				}
			}
			if len(pv.evidence) == 0 {
				continue
			}
			sort.Strings(pv.evidence)
			for _, b := range pe.backers {
				for _, ev := range b.evs {
					if pe.quoteFrom == nil && w.val(ev) == quad.IRI(pv.evidence[0]) {
						pe.quoteFrom = ev
					}
				}
			}
			if err := w.quoteRefs(ctx, pe.quoteFrom, &pe.quotes); err != nil {
				return err
			}
		}
	}
	if err := w.resolve(ctx); err != nil {
		return err
	}
	if w.node.Vals == nil {
		w.node.Vals = make([][]string, len(NodeAttrs))
	}
	n := &w.node
	for i := range work {
		nw := &work[i]
		for j := range n.Vals {
			n.Vals[j] = n.Vals[j][:0]
		}
		n.Type = ""
		for _, lq := range nw.lits {
			if s, ok := literalString(w.val(lq.obj)); ok {
				n.Vals[lq.attr] = appendUnique(n.Vals[lq.attr], s)
			}
		}
		if nw.best != "" {
			n.Type = localName(nw.best)
			n.Vals[nodeTypeIdx] = append(n.Vals[nodeTypeIdx], n.Type)
		}
		n.Vals[nodeDocsIdx] = append(n.Vals[nodeDocsIdx], nw.docs...)
		if nw.countIdx >= 0 {
			n.Vals[nw.countIdx] = append(n.Vals[nw.countIdx], strconv.Itoa(nw.count))
		}
		if q := w.firstLiteral(nw.quotes); q != "" {
			n.Vals[nodeQuoteIdx] = append(n.Vals[nodeQuoteIdx], q)
		}
		total := 0
		for j := range n.Vals {
			if len(n.Vals[j]) > 1 {
				n.Vals[j] = oneOrMany(NodeAttrs[j], n.Vals[j])
			}
			total += len(n.Vals[j])
		}
		tn := tableNode{typ: n.Type, vals: make([]attrVal, 0, total)}
		for j, vs := range n.Vals {
			for _, v := range vs {
				tn.vals = append(tn.vals, attrVal{j, v})
			}
		}
		t.nodes[lo+i] = tn
		for _, pe := range nw.edges {
			if pe.prov != nil {
				pe.prov.quote = w.firstLiteral(pe.quotes)
			}
			pe.backers, pe.quotes, pe.quoteFrom = nil, nil, nil
		}
		sort.Slice(nw.edges, func(a, b int) bool {
			if nw.edges[a].pred != nw.edges[b].pred {
				return nw.edges[a].pred < nw.edges[b].pred
			}
			return nw.edges[a].target < nw.edges[b].target
		})
		t.edges[lo+i] = nw.edges
		nw.edges = nil
	}
	return nil
}

// firstLiteral is the first of refs whose value is a literal, as text.
func (w *tableWorker) firstLiteral(refs []cgraph.Ref) string {
	for _, r := range refs {
		if s, ok := literalString(w.val(r)); ok {
			return s
		}
	}
	return ""
}

// quoteRefs appends the objects of ev's fg:quote quads to dst, in store
// order, and asks for their values.
func (w *tableWorker) quoteRefs(ctx context.Context, ev cgraph.Ref, dst *[]cgraph.Ref) error {
	rd, qs := w.rd, w.qs
	if w.pQuote == nil || ev == nil {
		return nil
	}
	if w.quotes != nil {
		k := w.key(ev)
		if o, ok := w.quotes.first[k]; ok {
			*dst = append(*dst, o)
			w.need(o)
			for _, o := range w.quotes.more[k] {
				*dst = append(*dst, o)
				w.need(o)
			}
		}
		return nil
	}
	return w.quads(ctx, quad.Subject, ev, quad.Predicate, w.pQuote, func(r cgraph.Ref) error {
		if rd.dirKey(r, quad.Predicate) == rd.kQuote {
			o := qs.QuadDirection(r, quad.Object)
			*dst = append(*dst, o)
			w.need(o)
		}
		return nil
	})
}

// scan reads node idx: its own quads (attributes and edges), its count of
// mentions or claims, and the backing nodes of its edges.
func (w *tableWorker) scan(ctx context.Context, idx int, nw *nodeWork) error {
	g, rd, qs := w.g, w.rd, w.qs
	ref := g.nodeRefs[idx]
	if ref == nil {
		return nil
	}
	var byKey map[edgeKey]*pendingEdge
	isSection := false
	err := w.quads(ctx, quad.Subject, ref, quad.Any, nil, func(r cgraph.Ref) error {
		pk := rd.dirKey(r, quad.Predicate)
		l := rd.labelName(r)
		labelOK := g.labels == nil || g.labels[l]
		if labelOK {
			if l != "" {
				nw.docs = appendUnique(nw.docs, l)
			}
			switch pk {
			case rd.kType:
				if t, ok := rd.cachedName(qs.QuadDirection(r, quad.Object)).(quad.IRI); ok {
					if nw.best == "" || typeRank(t) < typeRank(nw.best) {
						nw.best = t
					}
				}
			case rd.kHasEvid:
				ev := qs.QuadDirection(r, quad.Object)
				nw.evidence = append(nw.evidence, ev)
				w.need(ev)
			default:
				if i, ok := rd.nodeAttr[pk]; ok {
					o := qs.QuadDirection(r, quad.Object)
					nw.lits = append(nw.lits, backingQuad{i, o})
					w.need(o)
				}
			}
		}
		// Edges: quads towards selected nodes, as in the RDF formats.
		ok := rd.dirKey(r, quad.Object)
		if pk == rd.kType {
			if ok == rd.kSection {
				isSection = true
			}
			return nil
		}
		ti, sel := g.nodeKeys[ok]
		if !sel || !labelOK || (g.predKeys != nil && !g.predKeys[pk]) {
			return nil
		}
		k := edgeKey{pk, ok}
		pe := findEdge(nw.edges, byKey, k)
		if pe == nil {
			p, _ := rd.cachedName(qs.QuadDirection(r, quad.Predicate)).(quad.IRI)
			pe = w.newEdge()
			pe.key, pe.pred, pe.target = k, p, g.nodes[ti]
			nw.edges = append(nw.edges, pe)
			switch {
			case byKey != nil:
				byKey[k] = pe
			case len(nw.edges) > edgeScanMax:
				byKey = make(map[edgeKey]*pendingEdge, len(nw.edges))
				for _, e := range nw.edges {
					byKey[e.key] = e
				}
			}
		}
		if l != "" {
			if len(pe.docs) == 0 {
				pe.docs = append(cut(&w.docSlab, 1), l)
			} else {
				pe.docs = appendUnique(pe.docs, l)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	var countPred cgraph.Ref
	var countKey interface{}
	switch localName(nw.best) {
	case "Work", "Person", "Festival":
		nw.countIdx, countPred, countKey = nodeMentIdx, w.pRefersTo, rd.kRefersTo
	case "Cause":
		nw.countIdx, countPred, countKey = nodeClaimIdx, w.pClaimOf, rd.kClaimOf
	case "Author":
		nw.countIdx, countPred, countKey = nodeClaimIdx, w.pArguedBy, rd.kArguedBy
	}
	if nw.countIdx >= 0 && countPred != nil {
		n, err := w.countIn(ctx, ref, countPred, countKey)
		if err != nil {
			return err
		}
		nw.count = n
	}
	if len(nw.edges) == 0 {
		return nil
	}
	return w.backers(ctx, ref, isSection, nw.edges, byKey)
}

// edgeScanMax is how many edges of a node are searched one by one before
// they are indexed in a map: most nodes have a few, and a map per node
// cost more than the search. A variable so tests can take both paths.
var edgeScanMax = 32

// findEdge is the edge with key k among edges (indexed by byKey once
// there are many), or nil.
func findEdge(edges []*pendingEdge, byKey map[edgeKey]*pendingEdge, k edgeKey) *pendingEdge {
	if byKey != nil {
		return byKey[k]
	}
	for _, e := range edges {
		if e.key == k {
			return e
		}
	}
	return nil
}

// countIn counts the distinct subjects of the quads (*, pred, ref).
func (w *tableWorker) countIn(ctx context.Context, ref, pred cgraph.Ref, predKey interface{}) (int, error) {
	rd := w.rd
	n := 0
	clear(w.seen)
	err := w.quads(ctx, quad.Object, ref, quad.Predicate, pred, func(r cgraph.Ref) error {
		if rd.dirKey(r, quad.Predicate) != predKey {
			return nil
		}
		if k := rd.dirKey(r, quad.Subject); !w.seen[k] {
			w.seen[k] = true
			n++
		}
		return nil
	})
	return n, err
}

// backers finds what backs the edges leaving subject (edges, indexed by
// byKey when there are many):
// statement nodes (fg:subject = subject) and, for a section's
// fg:mentions edges, the mention nodes in the section.
func (w *tableWorker) backers(ctx context.Context, subject cgraph.Ref, isSection bool, edges []*pendingEdge, byKey map[edgeKey]*pendingEdge) error {
	g, rd, qs := w.g, w.rd, w.qs
	withMentions := isSection && (g.predKeys == nil || g.predKeys[rd.kMentions])
	refs := w.refs[:0]
	defer func() { w.refs = refs[:0] }()
	clear(w.seen)
	collect := func(pred cgraph.Ref) error {
		if pred == nil {
			return nil
		}
		return w.quads(ctx, quad.Object, subject, quad.Predicate, pred, func(r cgraph.Ref) error {
			pk := rd.dirKey(r, quad.Predicate)
			if pk != rd.kSubject && !(withMentions && pk == rd.kInSection) {
				return nil
			}
			s := qs.QuadDirection(r, quad.Subject)
			if k := w.key(s); !w.seen[k] {
				w.seen[k] = true
				refs = append(refs, s)
			}
			return nil
		})
	}
	if err := collect(w.pSubject); err != nil {
		return err
	}
	if withMentions {
		if err := collect(w.pInSection); err != nil {
			return err
		}
	}
	for _, b := range refs {
		litStart, evStart := len(w.litArena), len(w.evArena)
		var typ, pred, obj interface{}
		ok := true
		err := w.quads(ctx, quad.Subject, b, quad.Any, nil, func(r cgraph.Ref) error {
			if g.labels != nil && !g.labels[rd.labelName(r)] {
				ok = false
				return errStop
			}
			switch pk := rd.dirKey(r, quad.Predicate); pk {
			case rd.kType:
				typ = rd.dirKey(r, quad.Object)
			case rd.kPredicate:
				pred = rd.dirKey(r, quad.Object)
			case rd.kObject, rd.kRefersTo:
				obj = rd.dirKey(r, quad.Object)
			case rd.kHasEvid:
				w.evArena = append(w.evArena, qs.QuadDirection(r, quad.Object))
			default:
				if i, isAttr := rd.edgeAttr[pk]; isAttr {
					w.litArena = append(w.litArena, backingQuad{i, qs.QuadDirection(r, quad.Object)})
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		// Full slice expressions: a later append to the arena must not
		// write into this backer's quads.
		lits := w.litArena[litStart:len(w.litArena):len(w.litArena)]
		evs := w.evArena[evStart:len(w.evArena):len(w.evArena)]
		if !ok {
			continue
		}
		switch typ {
		case rd.kStatement:
		case rd.kMention:
			pred = rd.kMentions
		default:
			continue
		}
		pe := findEdge(edges, byKey, edgeKey{pred, obj})
		if pe == nil {
			continue
		}
		if pe.prov == nil {
			pe.prov = w.newProvenance()
		}
		for _, lq := range lits {
			w.need(lq.obj)
		}
		for _, ev := range evs {
			w.need(ev)
		}
		if pe.backers == nil {
			pe.backers = cut(&w.backerSlab, 1)
		}
		pe.backers = append(pe.backers, backer{ref: b, lits: lits, evs: evs})
	}
	return nil
}
