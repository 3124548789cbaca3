package export

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/pipeline"
)

// TestCorpusCauseExport ingests the five corpus files and exports the
// censorship cause: the export must hold the films the Zhihu answers cite
// as examples of it (research notes, seeds.md §A1), each reached through a
// claim, with the document the claim came from.
func TestCorpusCauseExport(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the whole corpus")
	}
	dir := testcorpus.Dir(t)
	ctx := context.Background()
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := pipeline.Run(ctx, st, pipeline.Options{Paths: []string{dir}}); err != nil {
		t.Fatalf("ingest %s: %v", dir, err)
	}
	g, err := Select(ctx, st, Selection{Cause: "censorship_content_restrictions"})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	if err := Write(ctx, g, Cytoscape, &sb); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]interface{} } `json:"nodes"`
			Edges []struct{ Data map[string]interface{} } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(sb.String()), &doc); err != nil {
		t.Fatal(err)
	}
	works := map[string]string{} // label -> id
	types := map[string]int{}
	for _, n := range doc.Elements.Nodes {
		typ, _ := n.Data["type"].(string)
		types[typ]++
		if typ == "Work" {
			works[n.Data["label"].(string)] = n.Data["id"].(string)
		}
	}
	cited := map[string]bool{}
	for _, e := range doc.Elements.Edges {
		if e.Data["interaction"] == "cites" {
			cited[e.Data["target"].(string)] = true
			if d, _ := e.Data["documents"].([]interface{}); len(d) == 0 {
				t.Errorf("cites edge %v without a document", e.Data["id"])
			}
		}
	}
	for _, film := range []string{"误杀", "无人区", "霸王别姬"} {
		id, ok := works[film]
		if !ok {
			t.Errorf("censorship export lacks %s (works: %d, node types: %v)", film, len(works), types)
			continue
		}
		if !cited[id] {
			t.Errorf("%s is in the export but no claim cites it", film)
		}
	}
	t.Logf("censorship export: node types %v, %d edges, %d works cited", types, len(doc.Elements.Edges), len(cited))
	if types["Claim"] == 0 || types["Document"] == 0 || types["Cause"] != 1 {
		t.Errorf("node types = %v, want claims, documents and the cause", types)
	}
}
