package importcmd

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	exp "github.com/filmgraph/filmgraph/export"
	ft "github.com/filmgraph/filmgraph/export/exporttest"
	"github.com/filmgraph/filmgraph/graph"
)

// TestImportRoundTrip exports the fixture from one bolt store in N-Quads
// and JSON-LD and imports each file into a fresh bolt store: the quads
// must match one for one.
func TestImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := ft.Store(t, graph.Memory)
	want := ft.AllQuads(t, src)
	g, err := exp.Select(ctx, src, exp.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []exp.Format{exp.NQuads, exp.JSONLD} {
		dir := t.TempDir()
		file := filepath.Join(dir, "g."+map[exp.Format]string{exp.NQuads: "nq", exp.JSONLD: "jsonld"}[f])
		var b bytes.Buffer
		if err := exp.Write(ctx, g, f, &b); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(file, b.Bytes(), 0o644)
		db := filepath.Join(dir, "dst.db")
		ios, _, _, errOut := cmdutil.Test()
		o := &ImportOptions{IO: ios, File: file, Open: func() (*graph.Store, error) { return graph.Open(db, graph.Options{}) }}
		if err := importRun(o); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !bytes.Contains(errOut.Bytes(), []byte("imported")) {
			t.Errorf("%s: no summary: %q", f, errOut.String())
		}
		dst, err := graph.Open(db, graph.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		got := ft.AllQuads(t, dst)
		dst.Close()
		if len(got) != len(want) {
			t.Errorf("%s: %d quads after import, want %d", f, len(got), len(want))
		}
		for i := range want {
			if i < len(got) && got[i] != want[i] {
				t.Errorf("%s: quad %d = %s, want %s", f, i, got[i], want[i])
				break
			}
		}
	}
}

func TestImportRejectsGraphFormats(t *testing.T) {
	ios, _, _, _ := cmdutil.Test()
	o := &ImportOptions{IO: ios, File: "g.graphml", Open: func() (*graph.Store, error) { return graph.Open(graph.Memory, graph.Options{}) }}
	if err := importRun(o); err == nil {
		t.Error("graphml import accepted")
	}
}
