package export

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	ft "github.com/filmgraph/filmgraph/export/exporttest"
	"github.com/filmgraph/filmgraph/graph"
)

func boltFixture(t *testing.T) string {
	db := filepath.Join(t.TempDir(), "fixture.db")
	st := ft.Store(t, db)
	st.Close()
	return db
}

func opts(db string) *ExportOptions {
	ios, _, _, _ := cmdutil.Test()
	return &ExportOptions{IO: ios, Open: func() (*graph.Store, error) { return graph.Open(db, graph.Options{ReadOnly: true}) }, Depth: 1}
}

func TestExportFormatsByExtension(t *testing.T) {
	db := boltFixture(t)
	dir := t.TempDir()
	for ext, marker := range map[string]string{
		"g.nq":      "<https://filmgraph.org/ns/work/山河之歌>",
		"g.jsonld":  `"@context"`,
		"g.graphml": "<graphml",
		"g.gexf":    `<gexf xmlns="http://gexf.net/1.3"`,
		"g.cyjs":    `"elements"`,
		"g.dot":     "digraph filmgraph",
	} {
		o := opts(db)
		o.Output = filepath.Join(dir, ext)
		o.Cause = ft.Cause
		if err := exportRun(o); err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		b, _ := os.ReadFile(o.Output)
		if !strings.Contains(string(b), marker) {
			t.Errorf("%s lacks %q", ext, marker)
		}
	}
	o := opts(db)
	o.Output = filepath.Join(dir, "g.zip")
	if err := exportRun(o); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	zr.Close()
	o = opts(db)
	o.Format = "csv"
	if err := exportRun(o); err == nil || !strings.Contains(err.Error(), "-o DIR") {
		t.Errorf("csv to stdout: err = %v", err)
	}
}

func TestExportStdoutDefaultsToNQuads(t *testing.T) {
	db := boltFixture(t)
	ios, _, out, _ := cmdutil.Test()
	o := &ExportOptions{IO: ios, Open: func() (*graph.Store, error) { return graph.Open(db, graph.Options{ReadOnly: true}) }, Around: "李青", Depth: 1}
	if err := exportRun(o); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "<https://filmgraph.org/ns/person/李青>") || !strings.HasSuffix(out.String(), " .\n") {
		t.Errorf("stdout is not N-Quads around 李青:\n%s", out.String())
	}
	o.Around, o.Params = "", map[string]string{"x": "1"}
	if err := exportRun(o); err == nil {
		t.Error("--param without --query accepted")
	}
}
