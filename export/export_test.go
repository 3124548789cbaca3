package export

import (
	"bytes"
	"context"
	"encoding/json"
	ft "github.com/filmgraph/filmgraph/export/exporttest"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/graph"
)

func selectAll(t *testing.T, st *graph.Store, sel Selection) *Graph {
	t.Helper()
	g, err := Select(context.Background(), st, sel)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func exportString(t *testing.T, g *Graph, f Format) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(context.Background(), g, f, &b); err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return b.String()
}

func TestNQuadsRoundTripWholeStore(t *testing.T) {
	ctx := context.Background()
	st := ft.Store(t, graph.Memory)
	out := exportString(t, selectAll(t, st, Selection{}), NQuads)
	if strings.Contains(out, "<fg:") {
		t.Errorf("short IRIs left in N-Quads output")
	}
	if !strings.Contains(out, `<https://filmgraph.org/ns/work/odd\u0020name\u003C\u0022\u007Bx\u007D\u0022\u003E\u005C>`) {
		t.Errorf("odd IRI not escaped:\n%s", grepLines(out, "odd"))
	}
	fresh, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	res, err := Import(ctx, fresh, strings.NewReader(out), NQuads)
	if err != nil {
		t.Fatal(err)
	}
	want, got := ft.AllQuads(t, st), ft.AllQuads(t, fresh)
	if res.Read != len(want) {
		t.Errorf("read %d quads, store has %d", res.Read, len(want))
	}
	diffQuads(t, want, got)
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func diffQuads(t *testing.T, want, got []string) {
	t.Helper()
	w, g := map[string]bool{}, map[string]bool{}
	for _, q := range want {
		w[q] = true
	}
	for _, q := range got {
		g[q] = true
	}
	n := 0
	for q := range w {
		if !g[q] && n < 10 {
			t.Errorf("missing after round trip: %s", q)
			n++
		}
	}
	for q := range g {
		if !w[q] && n < 20 {
			t.Errorf("extra after round trip: %s", q)
			n++
		}
	}
	if len(want) != len(got) {
		t.Errorf("round trip: %d quads, want %d", len(got), len(want))
	}
}

func TestJSONLDRoundTripWholeStore(t *testing.T) {
	ctx := context.Background()
	st := ft.Store(t, graph.Memory)
	out := exportString(t, selectAll(t, st, Selection{}), JSONLD)
	var doc struct {
		Context map[string]interface{}   `json:"@context"`
		Graph   []map[string]interface{} `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, out)
	}
	if doc.Context["schema"] != "http://schema.org/" || doc.Context["director"] != "schema:director" {
		t.Errorf("context lacks schema.org terms: %v", doc.Context)
	}
	graphs := map[string]int{}
	for _, g := range doc.Graph {
		id, _ := g["@id"].(string)
		nodes, _ := g["@graph"].([]interface{})
		graphs[id] += len(nodes)
	}
	for _, l := range ft.Labels {
		if graphs[string(l)] == 0 {
			t.Errorf("no named graph for %s: %v", l, graphs)
		}
	}
	if !strings.Contains(out, `"@type": ["Movie","fg:Work"]`) {
		t.Errorf("film not typed schema:Movie")
	}
	if !strings.Contains(out, `"director": [{"@id":"fg:person/李青"}]`) {
		t.Errorf("directedBy not written as schema.org director:\n%s", grepLines(out, "director"))
	}
	fresh, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	res, err := Import(ctx, fresh, strings.NewReader(out), JSONLD)
	if err != nil {
		t.Fatal(err)
	}
	if res.Skipped == 0 {
		t.Errorf("no derived schema.org types skipped: %+v", res)
	}
	diffQuads(t, ft.AllQuads(t, st), ft.AllQuads(t, fresh))
}
