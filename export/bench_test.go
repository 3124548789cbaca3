package export

import (
	"context"
	"io"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// The benchmark graph: 5,000 works and 5,000 people (10,000 nodes) and
// 50,000 edges (one director and nine actors per work), each edge backed
// by a statement and an evidence node the way facts.Batch writes them, so
// provenance folding is measured too. About 660,000 quads in memory.
const (
	benchWorks   = 5000
	benchPersons = 5000
	benchActors  = 9
)

var (
	benchOnce  sync.Once
	benchStore *graph.Store
	benchQuads int
)

func benchGraph(b *testing.B) *graph.Store {
	benchOnce.Do(func() {
		spec := graph.Memory
		if dir := os.Getenv("FILMGRAPH_BENCH_BOLT"); dir != "" {
			spec = dir
		}
		st, err := graph.Open(spec, graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		benchStore = st
		if benchFilled(st) {
			// A bolt store filled by an earlier run is reused: writing
			// 580,000 quads into bolt takes far longer than the export.
			if stats, err := st.QS.Stats(context.Background(), false); err == nil {
				benchQuads = int(stats.Quads.Size)
			}
			return
		}
		var batch []quad.Quad
		flush := func() {
			if err := st.QW.AddQuadSet(batch); err != nil {
				b.Fatal(err)
			}
			benchQuads += len(batch)
			batch = batch[:0]
		}
		for d := 0; d < benchWorks/50; d++ { // 100 documents of 50 works each
			doc := schema.DocIRI("bench-" + strconv.Itoa(d))
			add := func(s quad.Value, p quad.IRI, o quad.Value) {
				batch = append(batch, quad.Quad{Subject: s, Predicate: p, Object: o, Label: doc})
			}
			add(doc, schema.Type, schema.Document)
			add(doc, schema.Title, quad.String("第"+strconv.Itoa(d)+"篇影评"))
			for w := d * 50; w < (d+1)*50; w++ {
				work := schema.WorkIRI("电影" + strconv.Itoa(w))
				add(work, schema.Type, schema.Work)
				add(work, schema.Label, quad.String("电影"+strconv.Itoa(w)))
				add(work, schema.Kind, quad.String("film"))
				add(work, schema.Year, quad.Int(1950+w%70))
				edge := func(s, o quad.IRI, p quad.IRI, k int) {
					add(s, p, o)
					st := schema.StatementIRI("bench-"+strconv.Itoa(d), s, p, o, k)
					ev := schema.EvidenceIRI("bench-"+strconv.Itoa(d), k, k+10)
					add(st, schema.Type, schema.Statement)
					add(st, schema.Subject, s)
					add(st, schema.Predicate, p)
					add(st, schema.Object, o)
					add(st, schema.Cue, quad.String("主演"))
					add(st, schema.Strength, quad.Float(0.8))
					add(st, schema.HasEvid, ev)
					add(ev, schema.Type, schema.Evidence)
					add(ev, schema.Quote, quad.String("某人主演了电影"+strconv.Itoa(w)))
					add(ev, schema.InDocument, doc)
				}
				dir := schema.PersonIRI("影人" + strconv.Itoa(w%benchPersons))
				edge(work, dir, schema.DirectedBy, w*100)
				for a := 1; a <= benchActors; a++ {
					edge(schema.PersonIRI("影人"+strconv.Itoa((w*7+a*13)%benchPersons)), work, schema.ActedIn, w*100+a*10)
				}
			}
			for p := d * 50; p < (d+1)*50; p++ {
				person := schema.PersonIRI("影人" + strconv.Itoa(p))
				add(person, schema.Type, schema.Person)
				add(person, schema.Label, quad.String("影人"+strconv.Itoa(p)))
			}
			flush()
		}
	})
	return benchStore
}

// benchFilled reports whether st already holds the whole bench graph: the
// last person of the last document is written last.
func benchFilled(st *graph.Store) bool {
	last := schema.PersonIRI("影人" + strconv.Itoa(benchPersons-1))
	if st.QS.ValueOf(last) == nil {
		return false
	}
	vals, err := st.Values(context.Background(), last, schema.Label)
	return err == nil && len(vals) == 1
}

// cayleyNQuads dumps the store with Cayley's own N-Quads writer
// (graph.NewQuadStoreReader → nquads.Writer): the baseline.
func cayleyNQuads(st *graph.Store) error {
	w := nquads.NewWriter(io.Discard)
	r := cgraph.NewQuadStoreReader(st.QS)
	defer r.Close()
	if _, err := quad.Copy(w, r); err != nil {
		return err
	}
	return w.Close()
}

// baselineTime is the time Cayley's N-Quads writer takes to dump the
// store, median of 3 runs (1 on bolt, where a dump takes seconds). It is
// measured again next to every format, so that a ratio compares two runs
// made under the same load (the machine is shared).
func baselineTime(b *testing.B, st *graph.Store) time.Duration {
	runs := 3
	if st.Backend != "memstore" {
		runs = 1
	}
	var ds []time.Duration
	for i := 0; i < runs; i++ {
		t0 := time.Now()
		if err := cayleyNQuads(st); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t0))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}

func BenchmarkCayleyNQuadsBaseline(b *testing.B) {
	st := benchGraph(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := cayleyNQuads(st); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchQuads), "quads")
}

// BenchmarkExport exports the 10,000-node / 50,000-edge graph in every
// format, measuring what a user waits for: the selection (the whole
// graph) and the writing. ratio_vs_cayley_nq is the time per export
// divided by the time Cayley's N-Quads writer takes to dump all the
// store's quads, measured in the same process next to the format.
func BenchmarkExport(b *testing.B) {
	ctx := context.Background()
	st := benchGraph(b)
	for _, f := range []Format{NQuads, JSONLD, GraphML, GEXF, Cytoscape, CSV, DOT} {
		b.Run(string(f), func(b *testing.B) {
			base := baselineTime(b, st)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				g, err := Select(ctx, st, Selection{})
				if err != nil {
					b.Fatal(err)
				}
				if g.Len() != benchWorks+benchPersons+benchWorks/50 {
					b.Fatalf("selected %d nodes", g.Len())
				}
				if f == CSV {
					err = WriteCSV(ctx, g, discardFiles{})
				} else {
					err = Write(ctx, g, f, io.Discard)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			per := b.Elapsed() / time.Duration(b.N)
			b.ReportMetric(float64(per)/float64(base), "ratio_vs_cayley_nq")
			b.ReportMetric(float64(base.Milliseconds()), "cayley_nq_ms")
		})
	}
}

// BenchmarkSelectAroundGEXF measures a neighbourhood selection plus GEXF
// on the same graph: the interactive case.
func BenchmarkSelectAroundGEXF(b *testing.B) {
	ctx := context.Background()
	st := benchGraph(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, err := Select(ctx, st, Selection{Around: "fg:work/电影42", Depth: 2})
		if err != nil {
			b.Fatal(err)
		}
		if err := Write(ctx, g, GEXF, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

type discardFiles struct{}

func (discardFiles) Create(string) (io.Writer, error) { return io.Discard, nil }
func (discardFiles) Close() error                     { return nil }
