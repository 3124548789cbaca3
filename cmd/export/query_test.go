package export

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	ft "github.com/filmgraph/filmgraph/export/exporttest"
)

// directedQuery is a user query written by the test, so the test does not
// depend on the shipped queries: the works a person directed, one row per
// work, with the person's IRI, the work's IRI and a literal column that
// export must ignore.
const directedQuery = `// name: test-directed
// description: Works a person directed (export test).
// param: director iri required  The director's IRI.
// columns: director, film, note
g.V(params.director).in("<fg:directedBy>").forEach(function (d) {
  g.emit({director: params.director, film: d.id, note: "not an IRI"});
});
`

// noIRIQuery returns rows without any node IRI.
const noIRIQuery = `// name: test-no-iri
// description: Rows without IRIs (export test).
// columns: n
g.emit({n: 1});
`

func TestExportSavedQuerySelection(t *testing.T) {
	db := boltFixture(t)
	qdir := t.TempDir()
	for name, src := range map[string]string{"test-directed.gizmo": directedQuery, "test-no-iri.gizmo": noIRIQuery} {
		if err := os.WriteFile(filepath.Join(qdir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o := opts(db)
	o.QueriesDir = qdir
	o.Query = "test-directed"
	o.Params = map[string]string{"director": string(ft.LiIRI)}
	o.Output = filepath.Join(t.TempDir(), "q.cyjs")
	if err := exportRun(o); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]interface{} } `json:"nodes"`
			Edges []struct{ Data map[string]interface{} } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("cyjs does not parse: %v", err)
	}
	var nodes, edges []string
	for _, n := range doc.Elements.Nodes {
		nodes = append(nodes, n.Data["id"].(string))
	}
	for _, e := range doc.Elements.Edges {
		edges = append(edges, e.Data["source"].(string)+" "+e.Data["interaction"].(string)+" "+e.Data["target"].(string))
	}
	sort.Strings(nodes)
	sort.Strings(edges)
	// Exactly the two nodes the query returned (the film's festival and
	// actor are neighbours but not results) and the edge between them.
	if want := []string{string(ft.LiIRI), string(ft.WorkIRI)}; strings.Join(nodes, ",") != strings.Join(want, ",") {
		t.Errorf("nodes = %v, want %v", nodes, want)
	}
	if want := string(ft.WorkIRI) + " directedBy " + string(ft.LiIRI); len(edges) != 1 || edges[0] != want {
		t.Errorf("edges = %v, want [%s]", edges, want)
	}

	// A missing required parameter, a query without IRI columns and an
	// unknown query are errors that say what is wrong.
	for _, c := range []struct {
		query  string
		params map[string]string
		want   string
	}{
		{"test-directed", nil, "director"},
		{"test-no-iri", nil, "no node IRIs"},
		{"no-such-query", nil, "no-such-query"},
	} {
		o := opts(db)
		o.QueriesDir, o.Query, o.Params = qdir, c.query, c.params
		o.Output = filepath.Join(t.TempDir(), "x.nq")
		err := exportRun(o)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("--query %s %v: err = %v, want it to mention %q", c.query, c.params, err, c.want)
		}
	}
}
