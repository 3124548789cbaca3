package export

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
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
	return sortQuadsInto(make([]*sortedQuad, len(qs)), qs)
}

// sortQuadsInto is sortQuads using ps (len(qs) long) for the pointers.
func sortQuadsInto(ps []*sortedQuad, qs []sortedQuad) []*sortedQuad {
	for i := range qs {
		ps[i] = &qs[i]
	}
	slices.SortFunc(ps, (*sortedQuad).cmp)
	return slices.CompactFunc(ps, func(a, b *sortedQuad) bool { return a.cmp(b) == 0 })
}

// wholeBatchQuads bounds how many quads the whole-store export holds at
// once as value ids on bolt (32 bytes each: a million quads hold 32 MB).
// A store with more quads is read in several passes, each for a batch of
// labels; a label larger than this is read alone.
var wholeBatchQuads = 1_000_000

// runFormat turns a run of sorted quads into output bytes (appended to
// buf). It runs on worker goroutines, several runs at once; first is set
// for the first run of the export.
type runFormat func(run []*sortedQuad, first bool, buf []byte) ([]byte, error)

// labelRun is one label (document) of the whole-store export.
type labelRun struct {
	ref  cgraph.Ref // nil for unlabelled quads
	id   uint64     // on bolt: the label's value id (0 for unlabelled quads)
	name term
	n    int
	ids  [][4]uint64 // on bolt: the label's quads as value ids, once read
}

// eachRunWhole writes every quad of the store, label by label in sorted
// order, each label's quads sorted. Labels are read, sorted and formatted
// by parallel workers and written in order; at most a few labels are held
// at a time.
//
// A first pass counts the quads of each label from refs only. The memory
// store then reads each label through its label index. Bolt has no label
// index (a label lookup is a scan of the whole store) and resolving a
// value is a B-tree search, so the first pass also keeps each quad's four
// value ids (up to wholeBatchQuads quads; beyond that, one more pass per
// batch of labels collects them) and the values are resolved label by
// label in one batched lookup instead of four per quad. A pass is one
// sequential read of Cayley's log (graph.KVTx.EachQuad) and a label's
// values are read in one transaction, in id order.
func (g *Graph) eachRunWhole(ctx context.Context, format runFormat, emit func([]byte) error) error {
	var labels []*labelRun
	var held bool
	var err error
	if g.store.HasQuadIDs() {
		labels, held, err = g.countLabelIDs(ctx)
	} else {
		labels, err = g.countLabels(ctx)
	}
	if err != nil {
		return err
	}
	sort.Slice(labels, func(i, j int) bool { return labels[i].name.cmp(labels[j].name) < 0 })
	workers := min(runtime.GOMAXPROCS(0), 8)
	write := emit
	emit = func(b []byte) error {
		err := write(b)
		recycle(b)
		return err
	}
	if !g.store.HasQuadIDs() {
		return ordered(ctx, len(labels), workers, func(ctx context.Context, i int) ([]byte, error) {
			return g.memoryRun(ctx, labels[i], format, i == 0)
		}, emit)
	}
	idRun := func(lo int) func(ctx context.Context, i int) ([]byte, error) {
		return func(ctx context.Context, i int) ([]byte, error) {
			l := labels[lo+i]
			b, err := g.idRun(ctx, l, format, lo+i == 0)
			l.ids = nil // let the collector have it while the next label is written
			return b, err
		}
	}
	if held {
		return ordered(ctx, len(labels), workers, idRun(0), emit)
	}
	for start := 0; start < len(labels); {
		end, total := start, 0
		for end < len(labels) && (end == start || total+labels[end].n <= wholeBatchQuads) {
			total += labels[end].n
			end++
		}
		if err := g.collectIDs(ctx, labels[start:end]); err != nil {
			return err
		}
		if err := ordered(ctx, end-start, workers, idRun(start), emit); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// countLabels counts the quads of each label on a store without value
// ids in its quad refs (the memory store).
func (g *Graph) countLabels(ctx context.Context) ([]*labelRun, error) {
	if g.store.Backend == "memstore" {
		return g.countLabelsIndexed(ctx)
	}
	return g.countLabelsScan(ctx)
}

// countLabelsScan counts the quads of each label by reading every quad's
// label.
func (g *Graph) countLabelsScan(ctx context.Context) ([]*labelRun, error) {
	qs := g.store.QS
	byKey := map[interface{}]*labelRun{}
	var labels []*labelRun
	var prev *labelRun
	var prevKey interface{}
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := qs.QuadDirection(it.Result(), quad.Label)
		k := cgraph.ToKey(ref)
		if prev == nil || prevKey != k {
			prev, prevKey = byKey[k], k
			if prev == nil {
				prev = &labelRun{ref: ref}
				if ref != nil {
					prev.name = termOf(qs.NameOf(ref))
				}
				byKey[k] = prev
				labels = append(labels, prev)
			}
		}
		prev.n++
	}
	return labels, it.Err()
}

// countLabelsIndexed counts the quads of each label from the memory
// store's label index: the size of each value's index is exact and free,
// and a store has several times fewer values than quads (reading every
// quad's label boxed a ref per quad, 580,000 allocations in the
// benchmark, before any quad could be written). Unlabelled quads are
// what the labels leave of the store's quad count.
func (g *Graph) countLabelsIndexed(ctx context.Context) ([]*labelRun, error) {
	qs := g.store.QS
	stats, err := qs.Stats(ctx, true)
	if err != nil {
		return nil, err
	}
	var labels []*labelRun
	labelled := int64(0)
	it := qs.NodesAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		size, err := qs.QuadIteratorSize(ctx, quad.Label, ref)
		if err != nil {
			return nil, err
		}
		if size.Size == 0 {
			continue
		}
		labels = append(labels, &labelRun{ref: ref, name: termOf(qs.NameOf(ref)), n: int(size.Size)})
		labelled += size.Size
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if rest := stats.Quads.Size - labelled; rest > 0 {
		labels = append(labels, &labelRun{n: int(rest)})
	}
	return labels, nil
}

// countLabelIDs counts the quads of each label on bolt, keeping their
// value ids while there are at most wholeBatchQuads; held reports whether
// every quad's ids were kept.
func (g *Graph) countLabelIDs(ctx context.Context) (labels []*labelRun, held bool, err error) {
	qs := g.store.QS
	byID := map[uint64]*labelRun{}
	var prev *labelRun
	var prevID uint64
	kept := 0
	held = true
	err = g.eachQuadIDs(ctx, func(ids [4]uint64) {
		if prev == nil || prevID != ids[3] {
			prev, prevID = byID[ids[3]], ids[3]
			if prev == nil {
				prev = &labelRun{id: ids[3]}
				if ids[3] != 0 {
					prev.ref = graph.IDRef(ids[3])
				}
				byID[ids[3]] = prev
				labels = append(labels, prev)
			}
		}
		prev.n++
		if !held {
			return
		}
		if kept == wholeBatchQuads {
			held = false
			for _, l := range labels {
				l.ids = nil
			}
			return
		}
		prev.ids = append(prev.ids, ids)
		kept++
	})
	if err != nil {
		return nil, false, err
	}
	// The labels' names, once the scan is over (not a read transaction
	// per label inside the scan's).
	for _, l := range labels {
		if l.ref != nil {
			l.name = termOf(qs.NameOf(l.ref))
		}
	}
	return labels, held, nil
}

// eachQuadIDs calls fn with the value ids of every quad of a store whose
// quad refs carry them, in store order: on bolt through one sequential
// read of Cayley's log (graph.KVTx.EachQuad), otherwise through the quad
// store's iterator.
func (g *Graph) eachQuadIDs(ctx context.Context, fn func(ids [4]uint64)) error {
	ok, err := g.store.View(func(tx *graph.KVTx) error {
		return tx.EachQuad(ctx, func(p *proto.Primitive) error {
			fn([4]uint64{p.Subject, p.Predicate, p.Object, p.Label})
			return nil
		})
	})
	if ok {
		return err
	}
	it := g.store.QS.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		if ids, ok := graph.QuadIDs(it.Result()); ok {
			fn(ids)
		}
	}
	return it.Err()
}

// collectIDs reads the value ids of the quads of labels in one pass over
// the store.
func (g *Graph) collectIDs(ctx context.Context, labels []*labelRun) error {
	member := make(map[uint64]*labelRun, len(labels))
	for _, l := range labels {
		member[l.id] = l
		l.ids = make([][4]uint64, 0, l.n)
	}
	return g.eachQuadIDs(ctx, func(ids [4]uint64) {
		if l := member[ids[3]]; l != nil {
			l.ids = append(l.ids, ids)
		}
	})
}

// idRun resolves, sorts and formats one label's quads from their ids.
func (g *Graph) idRun(ctx context.Context, l *labelRun, format runFormat, first bool) ([]byte, error) {
	index := make(map[uint64]int, len(l.ids))
	var refs []cgraph.Ref
	for _, q := range l.ids {
		for _, id := range q {
			if _, ok := index[id]; !ok && id != 0 {
				index[id] = len(refs)
				refs = append(refs, graph.IDRef(id))
			}
		}
	}
	var vals []quad.Value
	ok, err := g.store.View(func(tx *graph.KVTx) error {
		var err error
		vals, err = tx.ValuesOf(refs)
		return err
	})
	if !ok {
		vals, err = g.store.ValuesOf(ctx, refs)
	}
	if err != nil {
		return nil, fmt.Errorf("read the values of label %s: %w", l.name.form(), err)
	}
	val := func(id uint64) quad.Value {
		if id == 0 {
			return nil
		}
		return vals[index[id]]
	}
	sc := getScratch(len(l.ids))
	defer putScratch(sc)
	for _, q := range l.ids {
		sc.run = append(sc.run, newSortedQuad(quad.Quad{Subject: val(q[0]), Predicate: val(q[1]), Object: val(q[2]), Label: val(q[3])}))
	}
	return format(sc.sorted(), first, runBuffer(len(sc.run)))
}

// runScratch holds a run's quads while they are sorted and formatted;
// recycled, as a label's quads are a megabyte or more.
type runScratch struct {
	run []sortedQuad
	ps  []*sortedQuad
}

var runScratches sync.Pool

func getScratch(n int) *runScratch {
	sc, _ := runScratches.Get().(*runScratch)
	if sc == nil {
		sc = &runScratch{}
	}
	if cap(sc.run) < n {
		sc.run = make([]sortedQuad, 0, n)
	}
	return sc
}

func (sc *runScratch) sorted() []*sortedQuad {
	if cap(sc.ps) < len(sc.run) {
		sc.ps = make([]*sortedQuad, len(sc.run))
	}
	return sortQuadsInto(sc.ps[:len(sc.run)], sc.run)
}

// putScratch recycles sc, dropping what it points to.
func putScratch(sc *runScratch) {
	clear(sc.run)
	clear(sc.ps[:cap(sc.ps)])
	sc.run, sc.ps = sc.run[:0], sc.ps[:0]
	runScratches.Put(sc)
}

// runBuffers recycles the output buffers of runs: a label's N-Quads are
// megabytes, and growing a fresh buffer for each was most of the
// allocation of a whole-store export.
var runBuffers sync.Pool

// runBuffer is an empty buffer for a run of n quads.
func runBuffer(n int) []byte {
	if b, ok := runBuffers.Get().(*[]byte); ok && cap(*b) >= n*128 {
		return (*b)[:0]
	}
	return make([]byte, 0, n*192)
}

// recycle returns a run's buffer once it is written.
func recycle(b []byte) {
	if cap(b) > 0 {
		b = b[:0]
		runBuffers.Put(&b)
	}
}

// memoryRun reads, sorts and formats one label's quads through the memory
// store's label index; unlabelled quads have no index entry and go
// through a scan.
func (g *Graph) memoryRun(ctx context.Context, l *labelRun, format runFormat, first bool) ([]byte, error) {
	qs := g.store.QS
	sc := getScratch(l.n)
	defer putScratch(sc)
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
		sc.run = append(sc.run, newSortedQuad(qs.Quad(r)))
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return nil, err
	}
	return format(sc.sorted(), first, runBuffer(len(sc.run)))
}

// ordered runs job(0) ... job(n-1) on up to workers goroutines and calls
// emit with their results in index order. At most 2*workers results wait
// to be emitted, so memory stays bounded whatever n is.
func ordered[T any](ctx context.Context, n, workers int, job func(context.Context, int) (T, error), emit func(T) error) error {
	if n == 0 {
		return nil
	}
	workers = max(1, min(workers, n))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		v   T
		err error
	}
	// Job i reports into slot i%len(slots): a job starts only with a
	// token, and a token is returned once its result is emitted, so a slot
	// is free again before the job that reuses it starts.
	tokens := make(chan struct{}, 2*workers)
	slots := make([]chan result, cap(tokens))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case tokens <- struct{}{}:
				case <-ctx.Done():
					return
				}
				i := int(next.Add(1)) - 1
				if i >= n {
					<-tokens
					return
				}
				v, err := job(ctx, i)
				slots[i%len(slots)] <- result{v, err}
			}
		}()
	}
	var err error
	for i := 0; i < n && err == nil; i++ {
		var r result
		select {
		case r = <-slots[i%len(slots)]:
		case <-ctx.Done():
			// The workers stop taking jobs once the context is done, so
			// job i may never report.
			err = ctx.Err()
			continue
		}
		<-tokens
		if err = r.err; err == nil {
			err = emit(r.v)
		}
	}
	cancel()
	wg.Wait()
	return err
}
