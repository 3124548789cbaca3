package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/filmgraph/filmgraph/graph"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json and testdata/golden/corpus/*.json from the current output")

// fixtureCases are the parameter sets each shipped query is run with on
// the fixture graph. Names, aliases, ids and IRIs are mixed on purpose:
// they exercise entity resolution.
var fixtureCases = map[string][]map[string]string{
	"films-for-cause":             {{"cause": "censorship"}, {"cause": "剧本差"}},
	"causes-for-film":             {{"film": "山海远行"}, {"film": "Mountains Away"}, {"film": "fg:work/雾城"}},
	"evidence":                    {{"film": "山海远行", "cause": "censorship"}, {"film": "雾城", "cause": "审查"}},
	"top-causes":                  {{}},
	"co-cited-films":              {{"cause": "weak_scripts"}, {"cause": "censorship"}},
	"who-argues":                  {{"cause": "censorship"}},
	"counter-arguments-for-cause": {{"cause": "censorship"}, {"cause": "weak_scripts"}},
	"director-films":              {{"director": "林远"}},
	"festival-films":              {{"festival": "北海节"}},
	"film-neighbourhood":          {{"film": "雾城", "hops": "1"}, {"film": "雾城"}},
	"document-summary":            {{"document": "qa1"}, {"document": "北海电影节揭晓"}},
}

type goldenCase struct {
	Params map[string]string        `json:"params"`
	Rows   []map[string]interface{} `json:"rows"`
}

// TestGoldenFixture runs every shipped query on the fixture, in a memory
// store and in a bolt store, and compares the rows with
// testdata/golden/<query>.json (go test ./queries -run Golden -update
// rewrites them; review the diff before committing).
func TestGoldenFixture(t *testing.T) {
	lib, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range BuiltinNames() {
		if _, ok := fixtureCases[name]; !ok {
			t.Errorf("shipped query %s has no fixture case in fixtureCases", name)
		}
	}
	stores := fixtureStores(t)
	for name, cases := range fixtureCases {
		q, err := lib.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		var got []goldenCase
		for _, args := range cases {
			var byStore = map[string][]byte{}
			var rows []map[string]interface{}
			for _, kind := range []string{"memory", "bolt"} {
				res, err := Run(context.Background(), stores[kind], q, args, Options{})
				if err != nil {
					t.Fatalf("%s %v on %s: %v", name, args, kind, err)
				}
				rows = res.Objects()
				byStore[kind] = mustJSON(t, rows)
			}
			if !bytes.Equal(byStore["memory"], byStore["bolt"]) {
				t.Errorf("%s %v: memory and bolt stores disagree:\nmemory: %s\nbolt:   %s", name, args, byStore["memory"], byStore["bolt"])
			}
			if len(rows) == 0 {
				t.Errorf("%s %v: no rows; every fixture case should produce some", name, args)
			}
			got = append(got, goldenCase{Params: args, Rows: rows})
		}
		compareGolden(t, filepath.Join("testdata", "golden", name+".json"), got)
	}
}

func mustJSON(t testing.TB, v interface{}) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func compareGolden(t *testing.T, path string, got interface{}) {
	t.Helper()
	compareGoldenHint(t, path, got, "go test ./queries -run "+t.Name()+" -update")
}

// compareGoldenHint compares got with the golden file at path (or rewrites
// it under -update); on a difference it prints the command that updates it.
func compareGoldenHint(t *testing.T, path string, got interface{}, updateCmd string) {
	t.Helper()
	b := mustJSON(t, got)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v: to create it, run %s", err, updateCmd)
		return
	}
	if !bytes.Equal(want, b) {
		t.Errorf("%s differs from the output below. If the change is intended (extraction changed), review it and run %s\n%s", path, updateCmd, b)
	}
}

// openStore opens a store for tests that need a spec of their own.
func openStore(t testing.TB, spec string) *graph.Store {
	st, err := graph.Open(spec, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
