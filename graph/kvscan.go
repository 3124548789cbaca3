package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// Bulk reads of Cayley's kv layout on bolt, through the store's own bolt
// handle (Store.bolt), for passes over much of the store. Cayley reads a
// value or a quad with a read transaction per call, finds the bucket
// again for every key and decodes into a fresh primitive; a pass over
// the 580,000 quads of the export benchmark spent most of its time there.
// A KVTx reads the same buckets in one read transaction.
//
// The layout (cayley v0.7.7, graph/kv): bucket "log" maps an id (8 bytes,
// big endian) to a proto.Primitive: a node (Value set) or a quad (the ids
// of its subject, predicate, object and label). Ids are given out in
// increasing order up to meta/horizon. Deleting a quad rewrites its log
// entry with Deleted set (the index entries stay; readers skip it); a
// node whose reference count drops to zero loses its log entry.
// Re-adding a deleted quad gives it a new id. The quad indexes are
// buckets named after their directions ("sp", "ops" by default; the list
// is in meta/indexes, with the legacy "s" and "o" when it is missing),
// mapping the concatenated ids of those directions to the ids of the
// quads having them, as uvarints in insertion order.
//
// Everything here mirrors what Cayley's readers return: Quads yields the
// quads Cayley's index iterator (QuadIterator, kv.NewQuadIterator)
// yields, in the same order; EachQuad yields what QuadsAllIterator
// yields, in the same order; Value is NameOf.

var (
	logBucket  = []byte("log")
	metaBucket = []byte("meta")
)

// KVTx is a read transaction over a bolt store's kv layout. It is used
// by one goroutine; the primitive a callback receives is reused for the
// next quad.
type KVTx struct {
	tx      *boltdb.Tx
	log     *boltdb.Bucket
	horizon uint64
	indexes []kv.QuadIndex
	buckets map[string]*boltdb.Bucket
	prim    proto.Primitive
	key     [8]byte
	ikey    []byte

	// cur is a cursor over the log left at the entry last read (curID;
	// 0 when it is not positioned), see get.
	cur   *boltdb.Cursor
	curID uint64
}

// nearSteps is how far get walks the log from the entry it last read
// before it searches the B-tree again: a node's or a statement's quads
// were mostly written together, so their ids are close, and a step to
// the next entry of a leaf page costs far less than a search from the
// root.
const nearSteps = 16

// get returns the log entry of id (nil when there is none). It walks
// from the last entry read when id is a few entries away, and seeks
// otherwise.
func (tx *KVTx) get(id uint64) []byte {
	if tx.cur == nil {
		tx.cur = tx.log.Cursor()
	}
	c := tx.cur
	var k, v []byte
	switch {
	case tx.curID != 0 && id > tx.curID && id-tx.curID <= nearSteps:
		for k, v = c.Next(); k != nil; k, v = c.Next() {
			if len(k) == 8 && binary.BigEndian.Uint64(k) >= id {
				break
			}
		}
	case tx.curID != 0 && id < tx.curID && tx.curID-id <= nearSteps:
		for k, v = c.Prev(); k != nil; k, v = c.Prev() {
			if len(k) == 8 && binary.BigEndian.Uint64(k) <= id {
				break
			}
		}
	default:
		binary.BigEndian.PutUint64(tx.key[:], id)
		k, v = c.Seek(tx.key[:])
	}
	if k == nil || len(k) != 8 {
		tx.curID = 0
		return nil
	}
	tx.curID = binary.BigEndian.Uint64(k)
	if tx.curID != id {
		return nil
	}
	return v
}

// HasKV reports whether the store is a bolt store whose kv layout View
// can read.
func (s *Store) HasKV() bool { return s.bolt != nil }

// View runs fn with a read transaction over the store's kv layout. ok is
// false (and fn is not called) on a store without one, the memory store:
// callers then read through QS.
//
// fn must not write to the store nor wait on a writer of the same
// process: while a bolt read transaction is open, a write that grows the
// file waits for it to end. For the same reason it should not call the
// quad store (each call opens a read transaction of its own, which a
// waiting writer would block): resolve what it needs first.
func (s *Store) View(fn func(tx *KVTx) error) (ok bool, err error) {
	if s.bolt == nil {
		return false, nil
	}
	btx, err := s.bolt.Begin(false)
	if err != nil {
		return true, err
	}
	defer btx.Rollback()
	tx := &KVTx{tx: btx, buckets: map[string]*boltdb.Bucket{}}
	if err := tx.init(); err != nil {
		return true, err
	}
	return true, fn(tx)
}

func (tx *KVTx) init() error {
	tx.log = tx.tx.Bucket(logBucket)
	meta := tx.tx.Bucket(metaBucket)
	if tx.log == nil || meta == nil {
		return errors.New("kv store: no log or meta bucket")
	}
	if h := meta.Get([]byte("horizon")); len(h) == 8 {
		tx.horizon = binary.LittleEndian.Uint64(h)
	}
	// As kv.readIndexesMeta: the legacy subject and object indexes when
	// the list is missing or empty.
	tx.indexes = []kv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}
	if data := meta.Get([]byte("indexes")); data != nil {
		var list []kv.QuadIndex
		if err := json.Unmarshal(data, &list); err != nil {
			return fmt.Errorf("cannot decode indexes: %v", err)
		}
		if len(list) > 0 {
			tx.indexes = list
		}
	}
	return nil
}

// getPrim reads the log entry of id into p; ok is false when there is
// none.
func (tx *KVTx) getPrim(id uint64, p *proto.Primitive) (ok bool, err error) {
	v := tx.get(id)
	if v == nil {
		return false, nil
	}
	p.Reset()
	if err := p.Unmarshal(v); err != nil {
		return false, err
	}
	return true, nil
}

// Value returns the value of node id, as the quad store's NameOf: nil for
// id 0, a missing node or a quad.
func (tx *KVTx) Value(id uint64) (quad.Value, error) {
	if id == 0 {
		return nil, nil
	}
	v := tx.get(id)
	if v == nil {
		return nil, nil
	}
	val, ok, err := nodeValue(v)
	if err != nil || !ok {
		return nil, err
	}
	return pquads.UnmarshalValue(val)
}

// ValuesOf resolves refs as the quad store's ValuesOf does (nil for a nil
// ref, id 0, a missing node or a quad; the last decoding error is
// returned with the other values), in this transaction. The ids are read
// in increasing order, so the values of one document, created together,
// are mostly a step apart in the log.
func (tx *KVTx) ValuesOf(refs []cgraph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(refs))
	type want struct {
		id uint64
		i  int
	}
	ws := make([]want, 0, len(refs))
	for i, r := range refs {
		switch r := r.(type) {
		case nil:
		case cgraph.PreFetchedValue:
			out[i] = r.NameOf()
		case kv.Int64Value:
			if r != 0 {
				ws = append(ws, want{uint64(r), i})
			}
		default:
			return out, fmt.Errorf("unknown type of graph.Ref; not meant for this quadstore. apparently a %#v", r)
		}
	}
	slices.SortFunc(ws, func(a, b want) int { return cmp.Compare(a.id, b.id) })
	var last error
	for j, w := range ws {
		if j > 0 && ws[j-1].id == w.id {
			out[w.i] = out[ws[j-1].i]
			continue
		}
		v, err := tx.Value(w.id)
		if err != nil {
			last = err
		}
		out[w.i] = v
	}
	return out, last
}

// nodeValue finds the Value field (8, bytes) of an encoded primitive
// without decoding the rest: ok is false for a quad (no value). The
// returned slice points into data.
func nodeValue(data []byte) (val []byte, ok bool, err error) {
	for i := 0; i < len(data); {
		tag, n := binary.Uvarint(data[i:])
		if n <= 0 {
			return nil, false, errors.New("kv log: bad primitive tag")
		}
		i += n
		switch tag & 7 {
		case 0: // varint
			_, n := binary.Uvarint(data[i:])
			if n <= 0 {
				return nil, false, errors.New("kv log: bad primitive varint")
			}
			i += n
		case 2: // bytes
			l, n := binary.Uvarint(data[i:])
			if n <= 0 || uint64(len(data)-i-n) < l {
				return nil, false, errors.New("kv log: bad primitive length")
			}
			i += n
			if tag>>3 == 8 {
				return data[i : i+int(l)], l > 0, nil
			}
			i += int(l)
		case 1:
			i += 8
		case 5:
			i += 4
		default:
			return nil, false, fmt.Errorf("kv log: bad primitive wire type %d", tag&7)
		}
	}
	return nil, false, nil
}

// EachQuad calls fn with every live quad of the store, in id order, as
// QuadsAllIterator yields them: the quads with an id up to the horizon
// that are not deleted. The primitive is reused after fn returns.
func (tx *KVTx) EachQuad(ctx context.Context, fn func(p *proto.Primitive) error) error {
	c := tx.log.Cursor()
	p := &tx.prim
	n := 0
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if n++; n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if len(k) != 8 {
			continue
		}
		if binary.BigEndian.Uint64(k) > tx.horizon {
			break
		}
		if v == nil {
			continue
		}
		// Nodes are skipped before decoding: Unmarshal copies a node's
		// value.
		if _, isNode, err := nodeValue(v); err != nil {
			return err
		} else if isNode {
			continue
		}
		p.Reset()
		if err := p.Unmarshal(v); err != nil {
			return err
		}
		if p.Deleted || p.IsNode() {
			continue
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}

// EachNode calls fn with the id and encoded value (pquads) of every node
// of the store, in id order. val points into the transaction's pages: it
// is valid until View returns.
func (tx *KVTx) EachNode(ctx context.Context, fn func(id uint64, val []byte) error) error {
	c := tx.log.Cursor()
	n := 0
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if n++; n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if len(k) != 8 || v == nil {
			continue
		}
		id := binary.BigEndian.Uint64(k)
		if id > tx.horizon {
			break
		}
		val, ok, err := nodeValue(v)
		if err != nil {
			return err
		}
		if ok {
			if err := fn(id, val); err != nil {
				return err
			}
		}
	}
	return nil
}

// index finds the index whose directions start with d1, then d2 if it
// can (d2 == quad.Any: any); n is how many of them the index gives.
func (tx *KVTx) index(d1, d2 quad.Direction) (ind kv.QuadIndex, n int) {
	for _, in := range tx.indexes {
		if len(in.Dirs) == 0 || in.Dirs[0] != d1 {
			continue
		}
		m := 1
		if d2 != quad.Any && len(in.Dirs) > 1 && in.Dirs[1] == d2 {
			m = 2
		}
		if m > n {
			ind, n = in, m
		}
	}
	return ind, n
}

func (tx *KVTx) bucket(ind kv.QuadIndex) *boltdb.Bucket {
	name := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		name[i] = d.Prefix()
	}
	if b, ok := tx.buckets[string(name)]; ok {
		return b
	}
	b := tx.tx.Bucket(name)
	tx.buckets[string(name)] = b
	return b
}

// Quads calls fn with the live quads whose d1 is v1, reading the index
// whose key starts with d1; when that index continues with d2 (and d2 is
// not quad.Any), only those whose d2 is v2 (callers still check d2, as
// without such an index every quad of v1 comes). The order is Cayley's
// index iterator's: index keys in order, each key's quads in insertion
// order; without an index starting with d1 (the label, the predicate),
// Cayley's fallback: every quad in id order. The primitive is reused
// after fn returns.
func (tx *KVTx) Quads(ctx context.Context, d1 quad.Direction, v1 uint64, d2 quad.Direction, v2 uint64, fn func(p *proto.Primitive) error) error {
	ind, n := tx.index(d1, d2)
	if n == 0 {
		// As Cayley's QuadIterator without an index for d1: every quad,
		// in id order, whose d1 is v1.
		return tx.EachQuad(ctx, func(p *proto.Primitive) error {
			if p.GetDirection(d1) != v1 {
				return nil
			}
			return fn(p)
		})
	}
	b := tx.bucket(ind)
	if b == nil {
		return nil
	}
	pref := tx.ikey[:0]
	pref = binary.BigEndian.AppendUint64(pref, v1)
	if n == 2 {
		pref = binary.BigEndian.AppendUint64(pref, v2)
	}
	tx.ikey = pref
	c := b.Cursor()
	p := &tx.prim
	for k, v := c.Seek(pref); k != nil && bytes.HasPrefix(k, pref); k, v = c.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		for len(v) > 0 {
			id, m := binary.Uvarint(v)
			if m == 0 {
				return errors.New("kv index: unexpected end of list")
			} else if m < 0 {
				return errors.New("kv index: varint overflow")
			}
			v = v[m:]
			ok, err := tx.getPrim(id, p)
			if err != nil {
				return err
			}
			if !ok || p.Deleted {
				continue
			}
			if err := fn(p); err != nil {
				return err
			}
		}
	}
	return nil
}

// QuadValues resolves the four values of quad p (nil for an unlabelled
// quad's label), as the quad store's Quad does.
func (tx *KVTx) QuadValues(p *proto.Primitive) (quad.Quad, error) {
	var q quad.Quad
	for _, d := range quad.Directions {
		v, err := tx.Value(p.GetDirection(d))
		if err != nil {
			return q, err
		}
		q.Set(d, v)
	}
	return q, nil
}
