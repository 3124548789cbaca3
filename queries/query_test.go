package queries

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseHeader(t *testing.T) {
	src := `// name: my-query
// description: First line
// continues here.
// param: film entity:Work required  The film.
// param: n int default=3  How many.
// param: note string optional
// columns: film, n
// order: -n
// an ordinary comment
g.emit({film: "x", n: 1});
`
	q, err := Parse("my.gizmo", src)
	if err != nil {
		t.Fatal(err)
	}
	if q.Name != "my-query" || q.Description != "First line continues here." {
		t.Errorf("name/description = %q / %q", q.Name, q.Description)
	}
	if len(q.Params) != 3 || q.Params[0].EntityType != "Work" || !q.Params[0].Required || q.Params[1].Default != "3" || q.Params[2].Required || q.Params[2].HasDefault {
		t.Errorf("params = %+v", q.Params)
	}
	if strings.Join(q.Columns, ",") != "film,n" || len(q.Order) != 1 || !q.Order[0].Desc {
		t.Errorf("columns/order = %v %v", q.Columns, q.Order)
	}
	for _, bad := range []string{
		"// description: no name\n// columns: a\n",
		"// name: x\n// description: no columns\n",
		"// name: Bad_Name\n// columns: a\n",
		"// name: x\n// param: a float required\n// columns: a\n",
		"// name: x\n// param: a entity:Film required\n// columns: a\n",
		"// name: x\n// param: a int default=many\n// columns: a\n",
		"// name: x\n// param: a int sometimes\n// columns: a\n",
		"// name: x\n// columns: a\n// order: b\n",
		"// name: x\n// columns: a, a\n",
	} {
		if _, err := Parse("bad.gizmo", bad); err == nil {
			t.Errorf("Parse accepted %q", bad)
		} else if !strings.Contains(err.Error(), "bad.gizmo") {
			t.Errorf("error does not name the file: %v", err)
		}
	}
}

func TestUserDirectoryOverridesAndAdds(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("top.gizmo", "// name: top-causes\n// description: mine\n// columns: cause\ng.emit({cause: \"mine\"});\n")
	write("extra.gizmo", "// name: extra\n// columns: n\ng.emit({n: params.n});\n// param: ignored\n")
	write("notes.txt", "not a query")
	lib, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	q, err := lib.Get("top-causes")
	if err != nil || q.Description != "mine" || !strings.HasSuffix(q.Source, "top.gizmo") {
		t.Fatalf("override: %+v %v", q, err)
	}
	if _, err := lib.Get("extra"); err != nil {
		t.Error(err)
	}
	if len(lib.List()) != len(BuiltinNames())+1 {
		t.Errorf("list has %d queries, want builtins + 1", len(lib.List()))
	}
	if _, err := lib.Get("nope"); err == nil || !strings.Contains(err.Error(), "films-for-cause") {
		t.Errorf("unknown query error should list known names: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err != nil {
		t.Errorf("a missing user directory is not an error: %v", err)
	}
	write("dup.gizmo", "// name: extra\n// columns: n\n")
	if _, err := Load(dir); err == nil {
		t.Error("two user queries with one name should be an error")
	}
}

func TestParamErrors(t *testing.T) {
	st := openFixture(t, "memory")
	lib, _ := Builtin()
	ctx := context.Background()
	q, _ := lib.Get("film-neighbourhood")
	for args, want := range map[*map[string]string]string{
		{"film": "雾城", "colour": "red"}: `no parameter "colour"`,
		{}:                              "needs --param film=VALUE",
		{"film": "雾城", "hops": "two"}:   "is not an integer",
		{"film": "不存在的电影"}:              `no Work named "不存在的电影"`,
		{"film": "林远"}:                  `no Work named "林远"`, // a person, not a work
		{"film": "雾城", "hops": "9"}:     "hops must be between 1 and 3",
	} {
		_, err := Run(ctx, st, q, *args, Options{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%v: err = %v, want %q", *args, err, want)
		}
	}
}

func TestParamsReachScriptAsValues(t *testing.T) {
	st := openFixture(t, "memory")
	evil := `"}); g.emit({v: "pwned"}); ({"`
	q, err := Parse("t.gizmo", "// name: t\n// param: s string required\n// param: n int default=7\n// columns: v, n\ng.emit({v: params.s, n: params.n});\n")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), st, q, map[string]string{"s": evil}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 || res.Rows[0][0] != evil || res.Rows[0][1] != int64(7) {
		t.Errorf("rows = %#v", res.Rows)
	}
}
