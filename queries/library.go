package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed *.gizmo
var builtin embed.FS

//go:embed prelude.js
var prelude string

// Library is the set of saved queries a command can run: the built-in ones
// and, overriding them by name, those in the user's directory.
type Library struct {
	byName map[string]*Query
}

// Builtin returns the library of embedded queries only.
func Builtin() (*Library, error) { return Load("") }

// Load reads the embedded queries, then every *.gizmo file in dir (when dir
// is not "" and exists); a user query replaces a built-in one of the same
// name. A missing dir is not an error: it is the default location, created
// by nobody until the user wants their own queries.
func Load(dir string) (*Library, error) {
	lib := &Library{byName: map[string]*Query{}}
	names, err := fs.Glob(builtin, "*.gizmo")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		b, err := builtin.ReadFile(n)
		if err != nil {
			return nil, err
		}
		q, err := Parse("builtin:"+n, string(b))
		if err != nil {
			return nil, err
		}
		q.Source = "builtin"
		if err := lib.add(q, n); err != nil {
			return nil, err
		}
	}
	if dir == "" {
		return lib, nil
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return lib, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read saved-query directory %s: %w", dir, err)
	}
	user := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".gizmo") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read saved query %s: %w", path, err)
		}
		q, err := Parse(path, string(b))
		if err != nil {
			return nil, fmt.Errorf("%w (fix the header or move the file out of %s)", err, dir)
		}
		if prev, dup := user[q.Name]; dup {
			return nil, fmt.Errorf("saved queries %s and %s are both named %q; rename one", prev, path, q.Name)
		}
		user[q.Name] = path
		lib.byName[q.Name] = q
	}
	return lib, nil
}

func (l *Library) add(q *Query, file string) error {
	if want := strings.TrimSuffix(file, ".gizmo"); q.Name != want {
		return fmt.Errorf("builtin:%s: header name %q differs from the file name", file, q.Name)
	}
	l.byName[q.Name] = q
	return nil
}

// List returns every query, sorted by name.
func (l *Library) List() []*Query {
	out := make([]*Query, 0, len(l.byName))
	for _, q := range l.byName {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the query called name, or an error listing the known names.
func (l *Library) Get(name string) (*Query, error) {
	if q, ok := l.byName[name]; ok {
		return q, nil
	}
	names := make([]string, 0, len(l.byName))
	for n := range l.byName {
		names = append(names, n)
	}
	sort.Strings(names)
	return nil, fmt.Errorf("no saved query named %q; known: %s (see `filmgraph queries list`)", name, strings.Join(names, ", "))
}

// BuiltinNames lists the names of the embedded queries, sorted.
func BuiltinNames() []string {
	names, _ := fs.Glob(builtin, "*.gizmo")
	for i, n := range names {
		names[i] = strings.TrimSuffix(n, ".gizmo")
	}
	sort.Strings(names)
	return names
}

// Prelude is the JavaScript run before every saved query: small helpers
// that each start from one node (see prelude.js).
func Prelude() string { return prelude }
