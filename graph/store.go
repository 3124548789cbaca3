// Package graph opens filmgraph's Cayley store and writes documents into it.
//
// A store is named by a spec: "memory" for an in-memory store, anything
// else is the path of a bolt file. Bolt is opened without Cayley's bloom
// filter (its start-up scan costs seconds on a large store and buys nothing
// for our write pattern), so read-only commands start fast.
package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // registers "bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/path"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" writer
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/filmgraph/filmgraph/schema"
)

// Memory is the spec of an in-memory store.
const Memory = "memory"

// DefaultPath is the bolt file used when neither --db nor FILMGRAPH_DB is set.
const DefaultPath = "filmgraph.db"

// Store is an open filmgraph store.
type Store struct {
	Spec    string
	Backend string // "bolt" or "memstore"
	QS      cgraph.QuadStore
	QW      cgraph.QuadWriter

	// bolt is the bolt handle under QS on a bolt store (nil on the
	// memory store): the bulk readers of kvscan.go read Cayley's buckets
	// through it, in the same process, instead of a value at a time
	// through the quad store.
	bolt *boltdb.DB

	// reverse is ReverseScanner's scanner, found once per store: every
	// Subjects call (a saved query's ins) needs it.
	reverseOnce sync.Once
	reverse     func(obj, pred cgraph.Ref) cgraph.Iterator
}

// Options for Open.
type Options struct {
	// ReadOnly opens an existing store and refuses writes; a missing bolt
	// file is an error rather than being created.
	ReadOnly bool
}

// ErrNoStore is returned when a read-only open finds no store file.
var ErrNoStore = errors.New("no store")

// Open opens (creating if needed, unless ReadOnly) the store named by spec.
func Open(spec string, opt Options) (*Store, error) {
	if spec == "" {
		spec = DefaultPath
	}
	backend, addr := "bolt", spec
	if spec == Memory {
		backend, addr = "memstore", ""
	}
	if !cgraph.IsRegistered(backend) {
		return nil, fmt.Errorf("store backend %q is not registered in this build", backend)
	}
	opts := cgraph.Options{"no_bloom": true}
	var (
		qs  cgraph.QuadStore
		bdb *boltdb.DB
		err error
	)
	if backend == "bolt" {
		if opt.ReadOnly {
			opts["read_only"] = true
		}
		qs, bdb, err = openBolt(addr, opt.ReadOnly, opts)
		if err != nil {
			return nil, err
		}
	} else {
		qs, err = cgraph.NewQuadStore(backend, addr, opts)
		if err != nil {
			return nil, fmt.Errorf("open %s store %s: %w (is another filmgraph process using it?)", backend, spec, err)
		}
	}
	s := &Store{Spec: spec, Backend: backend, QS: qs, bolt: bdb}
	if !opt.ReadOnly {
		qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
		if err != nil {
			qs.Close()
			return nil, err
		}
		s.QW = qw
	}
	return s, nil
}

// openBolt opens (creating it if needed, unless readOnly) the bolt store
// at dir the way Cayley's registered "bolt" backend does (the file
// dir/indexes.bolt, opened with bolt's default options, nosync off, then
// kv.Init for a new store and kv.New), but keeps the bolt handle, so the
// bulk readers can use it: a second open of the file from the same
// process would block on bolt's file lock.
func openBolt(dir string, readOnly bool, opts cgraph.Options) (cgraph.QuadStore, *boltdb.DB, error) {
	file := filepath.Join(dir, "indexes.bolt")
	create := false
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		if readOnly {
			return nil, nil, fmt.Errorf("%w at %s: run `filmgraph ingest PATH` or `filmgraph demo` first, or pass --db", ErrNoStore, dir)
		}
		if parent := filepath.Dir(dir); parent != "" {
			if err := os.MkdirAll(parent, 0o755); err != nil {
				return nil, nil, fmt.Errorf("create store directory: %w", err)
			}
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, nil, fmt.Errorf("create bolt store %s: %w", dir, err)
		}
		create = true
	}
	db, err := hbolt.Open(file, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("open bolt store %s: %w (is another filmgraph process using it?)", dir, err)
	}
	if create {
		if err := cayleykv.Init(db, opts); err != nil {
			db.Close()
			return nil, nil, fmt.Errorf("create bolt store %s: %w", dir, err)
		}
	}
	qs, err := cayleykv.New(db, opts)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("open bolt store %s: %w (is another filmgraph process using it?)", dir, err)
	}
	return qs, db.DB(), nil
}

// Close flushes and closes the store.
func (s *Store) Close() error {
	var err error
	if s.QW != nil {
		err = s.QW.Close()
	}
	if cerr := s.QS.Close(); err == nil {
		err = cerr
	}
	return err
}

// DocumentHash returns the stored content hash of a document, or "" when
// the document is not in the store.
func (s *Store) DocumentHash(ctx context.Context, doc quad.IRI) (string, error) {
	vals, err := s.Values(ctx, doc, schema.Hash)
	if err != nil || len(vals) == 0 {
		return "", err
	}
	return quad.ToString(vals[0]), nil
}

// Values returns the objects of (node, pred, *), in store order. It starts
// from a single node, the fast path on every backend.
func (s *Store) Values(ctx context.Context, node quad.Value, pred quad.IRI) ([]quad.Value, error) {
	return path.StartPath(s.QS, node).Out(pred).Iterate(ctx).AllValues(s.QS)
}

// LabelQuads returns every quad labelled with label.
func (s *Store) LabelQuads(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	ref := s.QS.ValueOf(label)
	if ref == nil {
		return nil, nil
	}
	it := s.QS.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.QS.Quad(it.Result()))
	}
	return out, it.Err()
}

// ReplaceResult says what ReplaceLabel changed.
type ReplaceResult struct {
	Added, Removed, Kept int
}

// TxQuads bounds the quads written in one transaction. Bolt keeps a
// transaction's inserts in unsplit in-memory pages, so one transaction of
// ~100k quads costs quadratic copying (measured: most of a corpus ingest);
// chunks of a few thousand keep writes linear.
var TxQuads = 4000

// ReplaceLabel makes the quads labelled with label exactly quads: quads no
// longer produced are removed, new ones added, unchanged ones left alone.
// Every quad in quads must carry label.
//
// Large changes are written in several transactions, ordered so that an
// interruption never loses facts: first the additions, then the removals,
// and last the document's content hash and extraction stamp (schema.Hash,
// schema.ExtractedWith), which are the commit marker. Until the marker is
// written the stored ones are the old ones, so the next ingest of the file
// sees it as changed and finishes the job
// (the diff is computed from what is actually stored). Other labels are
// never touched.
func (s *Store) ReplaceLabel(ctx context.Context, label quad.Value, quads []quad.Quad) (ReplaceResult, error) {
	var res ReplaceResult
	if s.QW == nil {
		return res, errors.New("store is open read-only")
	}
	old, err := s.LabelQuads(ctx, label)
	if err != nil {
		return res, fmt.Errorf("read stored quads of %v: %w", label, err)
	}
	have := make(map[string]bool, len(old))
	for _, q := range old {
		have[QuadKey(q)] = true
	}
	want := make(map[string]bool, len(quads))
	var adds, removes, marker []quad.Quad
	isMarker := func(q quad.Quad) bool { return q.Predicate == schema.Hash || q.Predicate == schema.ExtractedWith }
	for _, q := range quads {
		if q.Label == nil || q.Label != label {
			return res, fmt.Errorf("quad %s is not labelled %v", q.NQuad(), label)
		}
		k := QuadKey(q)
		if want[k] {
			continue
		}
		want[k] = true
		if have[k] {
			res.Kept++
			continue
		}
		res.Added++
		if isMarker(q) {
			marker = append(marker, q)
		} else {
			adds = append(adds, q)
		}
	}
	var oldMarker []quad.Quad
	for _, q := range old {
		if !want[QuadKey(q)] {
			res.Removed++
			if isMarker(q) {
				oldMarker = append(oldMarker, q)
			} else {
				removes = append(removes, q)
			}
		}
	}
	if res.Added == 0 && res.Removed == 0 {
		return res, nil
	}
	apply := func(add, del []quad.Quad) error {
		for len(add)+len(del) > 0 {
			tx := cgraph.NewTransaction()
			n := 0
			for ; len(add) > 0 && n < TxQuads; n++ {
				tx.AddQuad(add[0])
				add = add[1:]
			}
			for ; len(del) > 0 && n < TxQuads; n++ {
				tx.RemoveQuad(del[0])
				del = del[1:]
			}
			if err := s.QW.ApplyTransaction(tx); err != nil {
				return fmt.Errorf("write %v: %w", label, err)
			}
		}
		return nil
	}
	if err := apply(adds, nil); err != nil {
		return ReplaceResult{}, err
	}
	if err := apply(nil, removes); err != nil {
		return ReplaceResult{}, err
	}
	if err := apply(marker, oldMarker); err != nil {
		return ReplaceResult{}, err
	}
	return res, nil
}

// RemoveLabel deletes every quad labelled with label.
func (s *Store) RemoveLabel(ctx context.Context, label quad.Value) (int, error) {
	r, err := s.ReplaceLabel(ctx, label, nil)
	return r.Removed, err
}

// NodesOfType returns every node with rdf:type t, sorted by IRI. A single
// Has with one value is the one index-backed start Cayley's kv planner
// optimises, so this is fast on bolt too.
func (s *Store) NodesOfType(ctx context.Context, t quad.IRI) ([]quad.Value, error) {
	vals, err := path.StartPath(s.QS).Has(schema.Type, t).Iterate(ctx).AllValues(s.QS)
	if err != nil {
		return nil, err
	}
	vals = uniqueValues(vals)
	sort.Slice(vals, func(i, j int) bool { return quad.ToString(vals[i]) < quad.ToString(vals[j]) })
	return vals, nil
}

// In returns the subjects of (*, pred, node), starting from the single node.
func (s *Store) In(ctx context.Context, node quad.Value, pred quad.IRI) ([]quad.Value, error) {
	return s.Subjects(ctx, node, pred)
}

// Out is Values without duplicates.
// Each distinct value is resolved once (Unique before the values are
// read): an entity's label is stored once per document that mentions it.
func (s *Store) Out(ctx context.Context, node quad.Value, pred quad.IRI) ([]quad.Value, error) {
	return path.StartPath(s.QS, node).Out(pred).Unique().Iterate(ctx).AllValues(s.QS)
}

func uniqueValues(vals []quad.Value) []quad.Value {
	seen := make(map[string]bool, len(vals))
	out := vals[:0]
	for _, v := range vals {
		k := quad.StringOf(v)
		if v == nil || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}
