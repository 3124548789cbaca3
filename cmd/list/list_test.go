package list

import (
	"context"
	"encoding/json"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/demo"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/pipeline"
)

// demoStore ingests the bundled demo corpus into a bolt store and returns
// its path (closed, so commands can open it read-only).
func demoStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	s, err := graph.Open(path, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pipeline.Run(context.Background(), s, pipeline.Options{Sources: demo.Sources(), NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func opts(t *testing.T, path string) (*Options, *strings.Builder) {
	ios, _, _, _ := cmdutil.Test()
	o := &Options{IO: ios, JSON: true, Open: func() (*graph.Store, error) { return graph.Open(path, graph.Options{ReadOnly: true}) }}
	var sb strings.Builder
	ios.Out = &sb
	return o, &sb
}

// The films --json contract: other tools depend on these fields.
func TestFilmsJSONContract(t *testing.T) {
	path := demoStore(t)
	o, out := opts(t, path)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := filmsRun(o); err != nil {
		t.Fatal(err)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	// A read-only command must not load the segmentation dictionary
	// (about 200 MB of allocations).
	if d := after.TotalAlloc - before.TotalAlloc; d > 60<<20 {
		t.Errorf("films allocated %d MB: is the gse dictionary being loaded?", d>>20)
	}
	var films []map[string]interface{}
	if err := json.Unmarshal([]byte(out.String()), &films); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if len(films) < 5 {
		t.Fatalf("only %d films from the demo corpus", len(films))
	}
	byTitle := map[string]map[string]interface{}{}
	for _, f := range films {
		for _, k := range []string{"id", "title", "aliases", "kind", "directors", "actors", "awards", "mentions", "documents"} {
			if _, ok := f[k]; !ok {
				t.Errorf("film %v lacks field %q", f["title"], k)
			}
		}
		if f["kind"] != "film" {
			t.Errorf("films lists kind %v", f["kind"])
		}
		byTitle[f["title"].(string)] = f
	}
	wohu := byTitle["卧虎藏龙"]
	if wohu == nil {
		t.Fatalf("卧虎藏龙 not listed; got %v", keys(byTitle))
	}
	if ds := wohu["directors"].([]interface{}); len(ds) == 0 || ds[0] != "李安" {
		t.Errorf("卧虎藏龙 directors = %v", ds)
	}
	if wohu["mentions"].(float64) < 1 || len(wohu["documents"].([]interface{})) < 1 {
		t.Errorf("卧虎藏龙 mentions/documents = %v %v", wohu["mentions"], wohu["documents"])
	}
}

func TestListingsJSONShapes(t *testing.T) {
	path := demoStore(t)
	for _, c := range []struct {
		name   string
		newCmd func(*cmdutil.Factory) *cobra.Command
		fields []string
		min    int
	}{
		{"people", NewCmdPeople, []string{"id", "name", "aliases", "roles", "films"}, 3},
		{"festivals", NewCmdFestivals, []string{"id", "name", "aliases", "films"}, 1},
		{"causes", NewCmdCauses, []string{"id", "label", "kind", "claims", "films"}, 5},
		{"documents", NewCmdDocuments, []string{"id", "title", "format", "sections"}, 3},
	} {
		ios, _, _, _ := cmdutil.Test()
		var sb strings.Builder
		ios.Out = &sb
		cmd := c.newCmd(&cmdutil.Factory{IO: ios, DB: path})
		cmd.SetArgs([]string{"--json"})
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var rows []map[string]interface{}
		if err := json.Unmarshal([]byte(sb.String()), &rows); err != nil {
			t.Fatalf("%s: not JSON: %v", c.name, err)
		}
		if len(rows) < c.min {
			t.Errorf("%s: %d rows, want at least %d", c.name, len(rows), c.min)
		}
		for _, r := range rows {
			for _, k := range c.fields {
				if _, ok := r[k]; !ok {
					t.Errorf("%s row %v lacks %q", c.name, r["id"], k)
				}
			}
		}
	}
}

// Without --json and not on a terminal, rows are tab-separated.
func TestFilmsPlainIsTabSeparated(t *testing.T) {
	path := demoStore(t)
	o, out := opts(t, path)
	o.JSON = false
	if err := filmsRun(o); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 5 || strings.Count(lines[0], "\t") != 6 {
		t.Fatalf("plain output:\n%s", out.String())
	}
}

func keys(m map[string]map[string]interface{}) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
