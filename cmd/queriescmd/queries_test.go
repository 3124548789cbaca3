package queriescmd

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// testStore holds two invented works directed by one invented person.
func testStore(t *testing.T) func() (*graph.Store, error) {
	path := filepath.Join(t.TempDir(), "t.db")
	st, err := graph.Open(path, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := schema.DocIRI("d1")
	p := schema.PersonIRI("林远")
	var qs []quad.Quad
	add := func(s quad.IRI, pr quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: pr, Object: o, Label: l})
	}
	add(p, schema.Type, schema.Person)
	add(p, schema.Label, quad.String("林远"))
	for i, title := range []string{"雾城", "山海, \"远行\""} {
		w := schema.WorkIRI(title)
		add(w, schema.Type, schema.Work)
		add(w, schema.Label, quad.String(title))
		add(w, schema.Year, quad.Int(2015+i))
		add(w, schema.DirectedBy, p)
	}
	if _, err := st.ReplaceLabel(context.Background(), l, qs); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return func() (*graph.Store, error) { return graph.Open(path, graph.Options{ReadOnly: true}) }
}

func TestRunFormats(t *testing.T) {
	open := testStore(t)
	run := func(format string, params ...string) (string, error) {
		ios, _, out, _ := cmdutil.Test()
		err := runRun(&RunOptions{IO: ios, Open: open, Name: "director-films", Params: params, Format: format})
		return out.String(), err
	}
	tsv, err := run("", "director=林远")
	if err != nil {
		t.Fatal(err)
	}
	if want := "fg:person/林远\tfg:work/雾城\t雾城\t2015\t\t0\n"; !strings.HasPrefix(tsv, want) {
		t.Errorf("TSV =\n%s\nwant first line %q", tsv, want)
	}
	js, err := run("json", "director=fg:person/林远")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(strings.TrimSpace(js), `[
  {
    "director": "fg:person/林远",
    "film": "fg:work/雾城",`) {
		t.Errorf("JSON keeps column order:\n%s", js)
	}
	var rows []map[string]interface{}
	if err := json.Unmarshal([]byte(js), &rows); err != nil || len(rows) != 2 || rows[1]["year"] != float64(2016) {
		t.Errorf("JSON rows = %v (%v)", rows, err)
	}
	csv, err := run("csv", "director=林远")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(csv, "director,film,title,year,kind,statements\n") || !strings.Contains(csv, `"山海, ""远行"""`) {
		t.Errorf("CSV =\n%s", csv)
	}
	table, err := run("table", "director=林远")
	if err != nil || !strings.HasPrefix(table, "DIRECTOR") {
		t.Errorf("table = %q, %v", table, err)
	}
	for _, c := range []struct {
		format string
		params []string
		want   string
	}{
		{"xml", []string{"director=林远"}, "use table, json or csv"},
		{"", nil, "needs --param director=VALUE"},
		{"", []string{"director"}, "write it as NAME=VALUE"},
		{"", []string{"director=林远", "film=x"}, `no parameter "film"`},
		{"", []string{"director=雾城"}, `no Person named "雾城"`},
	} {
		if _, err := run(c.format, c.params...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %v: err = %v, want %q", c.format, c.params, err, c.want)
		}
	}
}

func TestListAndShowWithUserDirectory(t *testing.T) {
	dir := t.TempDir()
	src := "// name: my-films\n// description: Mine.\n// param: year int default=2015  The year.\n// columns: film\ng.emit({film: params.year});\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.gizmo"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ios, _, out, _ := cmdutil.Test()
	if err := listRun(&ListOptions{IO: ios, QueriesDir: dir}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"films-for-cause\tcause [top]\tbuiltin", "my-films\t[year]\t" + filepath.Join(dir, "mine.gizmo") + "\tMine."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}
	ios, _, out, _ = cmdutil.Test()
	if err := showRun(&ShowOptions{IO: ios, QueriesDir: dir, Name: "my-films"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "--param year=INT  (default 2015) The year.") || !strings.Contains(out.String(), "g.emit({film: params.year});") {
		t.Errorf("show:\n%s", out)
	}
	ios, _, _, _ = cmdutil.Test()
	if err := showRun(&ShowOptions{IO: ios, Name: "nope"}); err == nil || !strings.Contains(err.Error(), "queries list") {
		t.Errorf("show of an unknown query: %v", err)
	}
}
