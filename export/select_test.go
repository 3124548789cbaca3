package export

import (
	"bytes"
	"context"
	ft "github.com/filmgraph/filmgraph/export/exporttest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

func nodeSet(g *Graph) map[quad.IRI]bool {
	m := map[quad.IRI]bool{}
	for _, n := range g.NodeIDs() {
		m[n] = true
	}
	return m
}

func wantNodes(t *testing.T, name string, g *Graph, in []quad.IRI, out []quad.IRI) {
	t.Helper()
	got := nodeSet(g)
	for _, n := range in {
		if !got[n] {
			t.Errorf("%s: %s missing from %v", name, n, g.NodeIDs())
		}
	}
	for _, n := range out {
		if got[n] {
			t.Errorf("%s: %s should not be selected", name, n)
		}
	}
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	st := ft.Store(t, graph.Memory)
	for ref, want := range map[string]quad.IRI{
		"山河之歌":                               ft.WorkIRI,
		"《山河之歌》":                             ft.WorkIRI,
		"山河":                                 ft.WorkIRI, // alias
		"fg:person/李青":                       ft.LiIRI,
		"https://filmgraph.org/ns/person/李青": ft.LiIRI,
		"<fg:festival/金鹿电影节>":                ft.FestIRI,
	} {
		got, err := Resolve(ctx, st, ref)
		if err != nil || got != want {
			t.Errorf("Resolve(%q) = %v, %v; want %v", ref, got, err, want)
		}
	}
	if _, err := Resolve(ctx, st, "没有这部片"); err == nil || !strings.Contains(err.Error(), "没有这部片") {
		t.Errorf("unknown name: err = %v", err)
	}
	// Two works sharing a label are ambiguous.
	l := schema.LexiconLabel
	st.QW.AddQuadSet([]quad.Quad{
		{Subject: quad.IRI("fg:work/x1"), Predicate: schema.Type, Object: schema.Work, Label: l},
		{Subject: quad.IRI("fg:work/x1"), Predicate: schema.Label, Object: quad.String("同名"), Label: l},
		{Subject: quad.IRI("fg:work/x2"), Predicate: schema.Type, Object: schema.Work, Label: l},
		{Subject: quad.IRI("fg:work/x2"), Predicate: schema.Label, Object: quad.String("同名"), Label: l},
	})
	if _, err := Resolve(ctx, st, "同名"); err == nil || !strings.Contains(err.Error(), "fg:work/x1") {
		t.Errorf("ambiguous name: err = %v", err)
	}
}

func TestSelectAround(t *testing.T) {
	st := ft.Store(t, graph.Memory)
	claim := schema.ClaimIRI("fixture-a", 46, 66)
	g := selectAll(t, st, Selection{Around: "山河之歌", Depth: 1})
	wantNodes(t, "around depth 1", g,
		[]quad.IRI{ft.WorkIRI, ft.LiIRI, ft.ZhangIRI, ft.FestIRI, ft.OddIRI, claim, schema.SectionIRI("fixture-a", 0)},
		[]quad.IRI{ft.CauseIRI, ft.DocAIRI})
	g = selectAll(t, st, Selection{Around: "山河之歌", Depth: 2})
	wantNodes(t, "around depth 2", g, []quad.IRI{ft.CauseIRI, ft.DocAIRI, ft.DocBIRI}, nil)
	g = selectAll(t, st, Selection{Around: "山河之歌", Depth: 1, Types: []string{"work", "Person"}})
	wantNodes(t, "around, types", g, []quad.IRI{ft.WorkIRI, ft.LiIRI, ft.ZhangIRI, ft.OddIRI}, []quad.IRI{ft.FestIRI, claim})
	g = selectAll(t, st, Selection{Around: "山河之歌", Depth: 1, Reified: true})
	if !nodeSet(g)[schema.MentionIRI("fixture-a", 1, 5, ft.WorkIRI)] {
		t.Errorf("reified selection lacks the film's mention node: %v", g.NodeIDs())
	}
}

func TestSelectCause(t *testing.T) {
	ctx := context.Background()
	st := ft.Store(t, graph.Memory)
	claim := schema.ClaimIRI("fixture-a", 46, 66)
	g := selectAll(t, st, Selection{Cause: ft.Cause})
	wantNodes(t, "cause", g,
		[]quad.IRI{ft.CauseIRI, claim, ft.WorkIRI, ft.DocAIRI, schema.AuthorIRI("zhihu", "影迷甲", "")},
		[]quad.IRI{ft.DocBIRI, ft.ZhangIRI, ft.LiIRI, ft.FestIRI})
	var kinds []string
	g.EachEdge(ctx, func(e *Edge) error { kinds = append(kinds, e.Kind); return nil })
	for _, k := range []string{"claimOf", "cites", "arguedBy"} {
		if !contains(kinds, k) {
			t.Errorf("cause export lacks %s edges: %v", k, kinds)
		}
	}
	// The RDF view carries the statements and evidence backing the edges.
	var b bytes.Buffer
	if err := WriteNQuads(ctx, g, &b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "problem_example") || !strings.Contains(b.String(), "/ev/55-59") {
		t.Errorf("cause N-Quads lack the citation statement:\n%s", b.String())
	}
	if _, err := Select(ctx, st, Selection{Cause: "no_such_cause"}); err == nil {
		t.Error("unknown cause accepted")
	}
}

func TestSelectDocumentKeepsOnlyItsFacts(t *testing.T) {
	ctx := context.Background()
	st := ft.Store(t, graph.Memory)
	g := selectAll(t, st, Selection{Document: "fixture-b"})
	wantNodes(t, "document", g, []quad.IRI{ft.DocBIRI, ft.WorkIRI, ft.LiIRI}, []quad.IRI{ft.DocAIRI, ft.ZhangIRI, ft.FestIRI})
	g.EachEdge(ctx, func(e *Edge) error {
		if d := e.Vals[edgeDocsIdx]; len(d) != 1 || d[0] != string(ft.DocBIRI) {
			t.Errorf("edge %s -%s-> %s documents = %v, want only fixture-b", e.Source, e.Kind, e.Target, d)
		}
		return nil
	})
	g.EachNode(ctx, func(n *Node) error {
		if n.ID == string(ft.WorkIRI) && len(n.Vals[nodeYearIdx]) > 0 {
			t.Errorf("the year comes from fixture-a, not fixture-b")
		}
		return nil
	})
}

func TestSelectSeedsAndPredicates(t *testing.T) {
	ctx := context.Background()
	st := ft.Store(t, graph.Memory)
	g := selectAll(t, st, Selection{Seeds: []quad.IRI{ft.WorkIRI, ft.LiIRI, ft.ZhangIRI}, Predicates: []string{"directedBy"}})
	n := 0
	g.EachEdge(ctx, func(e *Edge) error {
		n++
		if e.Kind != "directedBy" {
			t.Errorf("predicate filter let %s through", e.Kind)
		}
		return nil
	})
	if n != 1 || g.Len() != 3 {
		t.Errorf("%d nodes, %d edges; want 3 nodes, 1 edge", g.Len(), n)
	}
	if _, err := Select(ctx, st, Selection{Types: []string{"Film"}}); err == nil {
		t.Error("unknown type accepted")
	}
}

// TestDeterministicAcrossBackends: a selection exports byte-identically
// from a memory store and a bolt store holding the same quads, and twice
// in a row.
func TestDeterministicAcrossBackends(t *testing.T) {
	mem := ft.Store(t, graph.Memory)
	bolt := ft.Store(t, filepath.Join(t.TempDir(), "f.db"))
	for _, sel := range []Selection{{Around: "山河之歌", Depth: 2}, {Cause: ft.Cause}} {
		for _, f := range []Format{NQuads, JSONLD, GraphML, GEXF, Cytoscape, DOT} {
			a := exportString(t, selectAll(t, mem, sel), f)
			b := exportString(t, selectAll(t, bolt, sel), f)
			c := exportString(t, selectAll(t, bolt, sel), f)
			if a != b || b != c {
				t.Errorf("%s %+v: output differs between runs or backends", f, sel)
			}
		}
	}
}

// TestWholeSelectionKeepsBestType checks that a node typed twice is
// selected by its best-ranked type, whether the types that are not
// selected are read through their index or checked node by node.
func TestWholeSelectionKeepsBestType(t *testing.T) {
	for _, spec := range []string{graph.Memory, filepath.Join(t.TempDir(), "types.db")} {
		st, err := graph.Open(spec, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		lbl := schema.DocIRI("types")
		typed := func(n quad.IRI, ts ...quad.IRI) (qs []quad.Quad) {
			for _, ty := range ts {
				qs = append(qs, quad.Quad{Subject: n, Predicate: schema.Type, Object: ty, Label: lbl})
			}
			return qs
		}
		var qs []quad.Quad
		qs = append(qs, typed("fg:work/a", schema.Work, schema.Evidence)...)      // Work ranks first: kept
		qs = append(qs, typed("fg:source/b", schema.Source, schema.Statement)...) // Statement ranks first: dropped
		qs = append(qs, typed("fg:source/c", schema.Source)...)                   // kept
		qs = append(qs, typed("fg:evidence/d", schema.Evidence)...)               // not selected
		qs = append(qs, typed("fg:person/e", schema.Person, schema.Work)...)      // kept (as a Work)
		if err := st.QW.AddQuadSet(qs); err != nil {
			t.Fatal(err)
		}
		saved := typeCheckMax
		for _, limit := range []int{0, 1000} {
			typeCheckMax = limit
			g := selectAll(t, st, Selection{})
			wantNodes(t, spec, g, []quad.IRI{"fg:work/a", "fg:source/c", "fg:person/e"}, []quad.IRI{"fg:source/b", "fg:evidence/d"})
			if g.Len() != 3 {
				t.Errorf("%s, check limit %d: selected %v", spec, limit, g.NodeIDs())
			}
		}
		typeCheckMax = saved
	}
}
