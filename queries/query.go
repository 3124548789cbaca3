// Package queries holds filmgraph's saved Gizmo queries: the .gizmo files
// embedded in the binary, the parser for their headers, the library that
// merges them with a user's own directory, and the runner that checks
// parameters, resolves entity names to IRIs and returns ordered rows.
//
// A saved query is a Gizmo (JavaScript) script whose leading `//` lines are
// its header:
//
//	// name: evidence
//	// description: Quotes where a film is cited for a cause.
//	// param: film entity:Work required  The film: a title, an alias or its IRI.
//	// param: limit int default=50  At most this many rows.
//	// columns: document, section, author, quote
//	// order: document, section
//
// See docs/queries.md for the format and the single-node rule every script
// must follow on bolt.
package queries

import (
	"fmt"
	"strconv"
	"strings"
)

// Param types.
const (
	TypeString = "string"
	TypeInt    = "int"
	TypeIRI    = "iri"
	TypeEntity = "entity"
)

// Param is one declared parameter of a saved query.
type Param struct {
	Name string
	// Type is string, int, iri or entity.
	Type string
	// EntityType restricts an entity parameter to nodes of one rdf:type
	// (Work, Person, Festival, Cause, Document, Author); "" accepts any.
	EntityType  string
	Required    bool
	Default     string // "" with Required false means "not set"
	HasDefault  bool
	Description string
}

// TypeString renders the type as written in the header (entity:Work).
func (p Param) TypeName() string {
	if p.Type == TypeEntity && p.EntityType != "" {
		return p.Type + ":" + p.EntityType
	}
	return p.Type
}

// OrderKey is one sort key of a query's rows.
type OrderKey struct {
	Column string
	Desc   bool
}

// Query is a parsed saved query.
type Query struct {
	Name        string
	Description string
	Params      []Param
	Columns     []string
	Order       []OrderKey
	Script      string // the whole file, header included (comments are valid JS)
	// Source says where the query came from: "builtin" or the file path.
	Source string
}

// Param returns the declared parameter called name.
func (q *Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

var headerKeys = map[string]bool{"name": true, "description": true, "param": true, "columns": true, "order": true}

var entityTypes = map[string]bool{"Work": true, "Person": true, "Festival": true, "Cause": true, "Document": true, "Author": true, "Claim": true, "Section": true}

// Parse reads a saved query from its source. file names the source in
// errors (a path, or "builtin:<name>.gizmo").
func Parse(file, src string) (*Query, error) {
	q := &Query{Script: src, Source: file}
	lastKey := ""
lines:
	for i, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "//") {
			break lines // the header ends at the first line of code
		}
		t = strings.TrimSpace(strings.TrimPrefix(t, "//"))
		if t == "" {
			continue
		}
		key, val, ok := strings.Cut(t, ":")
		key = strings.TrimSpace(key)
		if !ok || !headerKeys[key] {
			// A continuation of the description or of a parameter's
			// description (a misspelt key lands here too, and then the
			// query lacks its columns, which is an error below).
			if lastKey == "description" {
				q.Description += " " + t
				continue
			}
			if lastKey == "param" && len(q.Params) > 0 {
				p := &q.Params[len(q.Params)-1]
				p.Description = strings.TrimSpace(p.Description + " " + t)
				continue
			}
			break lines // an ordinary comment after the header
		}
		val = strings.TrimSpace(val)
		lastKey = key
		switch key {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", file, i+1, err)
			}
			if _, dup := q.Param(p.Name); dup {
				return nil, fmt.Errorf("%s:%d: parameter %q declared twice", file, i+1, p.Name)
			}
			q.Params = append(q.Params, p)
		case "columns":
			q.Columns = splitList(val)
		case "order":
			for _, c := range splitList(val) {
				k := OrderKey{Column: strings.TrimPrefix(c, "-"), Desc: strings.HasPrefix(c, "-")}
				q.Order = append(q.Order, k)
			}
		}
	}
	switch {
	case q.Name == "":
		return nil, fmt.Errorf("%s: header has no `// name:` line", file)
	case !validName(q.Name):
		return nil, fmt.Errorf("%s: query name %q must be lower-case letters, digits and '-'", file, q.Name)
	case len(q.Columns) == 0:
		return nil, fmt.Errorf("%s: header has no `// columns:` line", file)
	}
	seen := map[string]bool{}
	for _, c := range q.Columns {
		if seen[c] {
			return nil, fmt.Errorf("%s: column %q listed twice", file, c)
		}
		seen[c] = true
	}
	for _, k := range q.Order {
		if !seen[k.Column] {
			return nil, fmt.Errorf("%s: order key %q is not one of the columns %v", file, k.Column, q.Columns)
		}
	}
	return q, nil
}

// parseParam reads `NAME TYPE (required|optional|default=VALUE) DESCRIPTION`.
func parseParam(s string) (Param, error) {
	f := strings.Fields(s)
	if len(f) < 3 {
		return Param{}, fmt.Errorf("param %q: want `NAME TYPE required|optional|default=VALUE description`", s)
	}
	p := Param{Name: f[0], Type: f[1]}
	if !validName(strings.ReplaceAll(p.Name, "_", "-")) {
		return Param{}, fmt.Errorf("param name %q must be lower-case letters, digits, '-' or '_'", p.Name)
	}
	if t, et, ok := strings.Cut(p.Type, ":"); ok {
		if t != TypeEntity || !entityTypes[et] {
			return Param{}, fmt.Errorf("param %s: type %q: only entity takes a node type (entity:Work, entity:Person, entity:Festival, entity:Cause, entity:Document, entity:Author)", p.Name, p.Type)
		}
		p.Type, p.EntityType = t, et
	}
	switch p.Type {
	case TypeString, TypeInt, TypeIRI, TypeEntity:
	default:
		return Param{}, fmt.Errorf("param %s: unknown type %q (string, int, iri, entity)", p.Name, p.Type)
	}
	switch mode := f[2]; {
	case mode == "required":
		p.Required = true
	case mode == "optional":
	case strings.HasPrefix(mode, "default="):
		p.Default, p.HasDefault = strings.TrimPrefix(mode, "default="), true
		if p.Type == TypeInt {
			if _, err := strconv.Atoi(p.Default); err != nil {
				return Param{}, fmt.Errorf("param %s: default %q is not an int", p.Name, p.Default)
			}
		}
	default:
		return Param{}, fmt.Errorf("param %s: %q must be required, optional or default=VALUE", p.Name, mode)
	}
	p.Description = strings.Join(f[3:], " ")
	return p, nil
}

func splitList(s string) []string {
	var out []string
	for _, c := range strings.Split(s, ",") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
