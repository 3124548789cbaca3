// Package eval scores what filmgraph stored against hand-made annotations
// ("gold" files, one JSON file per document; the format and the
// annotation guidelines are in docs/eval.md). It is the logic behind
// `filmgraph eval --gold FILE`.
//
// The scorer reads the system's output from a store, the same way every
// other read model does: it starts at the document node and walks section
// by section, node by node, so it is as fast on bolt as in memory.
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/filmgraph/filmgraph/schema"
)

// Gold is the annotation of one document.
type Gold struct {
	Document   string `json:"document"` // document id: the source file's base name without extension
	Annotator  string `json:"annotator"`
	Guidelines string `json:"guidelines"`
	Units      []Unit `json:"units"`

	// File is where the annotation was read from, for error messages.
	File string `json:"-"`
}

// UnitDoc is the value of "unit" for a unit that covers the whole document.
const UnitDoc = "doc"

// Unit is one scored stretch of a document: the whole document, or one
// answer (the N-th section whose kind is "answer", counted from 0).
type Unit struct {
	Answer *int   `json:"answer,omitempty"`
	Unit   string `json:"unit,omitempty"`
	// Author, when set, must equal the stored author of the answer; it
	// catches gold that is aligned to the wrong answer.
	Author string `json:"author,omitempty"`

	Works      []GoldWork     `json:"works"`
	People     []GoldPerson   `json:"people"`
	Festivals  []string       `json:"festivals"`
	DirectedBy []GoldDirected `json:"directed_by"`
	ActedIn    []GoldActed    `json:"acted_in"`
	Awards     []GoldAward    `json:"awards"`
	Causes     []string       `json:"causes"`
	CauseFilms []GoldCauseRef `json:"cause_films"`
	// Argues is whether the unit argues a cause at all; nil leaves it unscored.
	Argues *bool `json:"argues,omitempty"`
}

// causeSet is the unit's gold cause ids as a set.
func (u *Unit) causeSet() map[string]bool {
	s := map[string]bool{}
	for _, id := range u.Causes {
		s[id] = true
	}
	return s
}

// GoldWork is a work the unit mentions, by its canonical title.
type GoldWork struct {
	Title string `json:"title"`
	Kind  string `json:"kind"`
	// Implicit marks a work the text refers to without naming it (该片,
	// "the film"). It is not required for recall, but a system that finds
	// it is not penalised either.
	Implicit bool `json:"implicit,omitempty"`
}

// GoldPerson is a real person the unit names (authors of answers are not
// persons).
type GoldPerson struct {
	Name  string   `json:"name"`
	Roles []string `json:"roles"`
}

// GoldDirected is a director attribution the text states.
type GoldDirected struct {
	Work   string `json:"work"`
	Person string `json:"person"`
	// False marks an attribution the text makes that is wrong in fact; the
	// system should still store it as the document's statement.
	False bool `json:"false,omitempty"`
}

// GoldActed is an acting credit the text states.
type GoldActed struct {
	Person string `json:"person"`
	Work   string `json:"work"`
}

// GoldAward is a festival or award relation the text states.
type GoldAward struct {
	Work     string `json:"work"`
	Festival string `json:"festival"`
	Status   string `json:"status"`
	Prize    string `json:"prize,omitempty"`
	Year     int    `json:"year,omitempty"`
}

// GoldCauseRef is a film cited as evidence for a cause.
type GoldCauseRef struct {
	Cause string `json:"cause"`
	Work  string `json:"work"`
}

// Statuses are the allowed values of an award's status.
var Statuses = []string{"won", "nominated", "competition", "screened", "withdrawn"}

// LoadGold reads a gold file, or every *.json file of a directory (sorted
// by name), and checks each against the format and the cause taxonomy.
func LoadGold(path string) ([]Gold, error) {
	return LoadGoldWith(path, DefaultCauses())
}

// LoadGoldWith is LoadGold with an explicit set of known cause ids.
func LoadGoldWith(path string, causes map[string]bool) ([]Gold, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	files := []string{path}
	if fi.IsDir() {
		files, err = filepath.Glob(filepath.Join(path, "*.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		if len(files) == 0 {
			return nil, fmt.Errorf("gold %s: no *.json annotation files in this directory", path)
		}
	}
	var out []Gold
	seen := map[string]string{}
	for _, f := range files {
		g, err := readGold(f, causes)
		if err != nil {
			return nil, err
		}
		if prev, dup := seen[g.Document]; dup {
			return nil, fmt.Errorf("gold %s: document %q is already annotated in %s; keep one file per document", f, g.Document, prev)
		}
		seen[g.Document] = f
		out = append(out, g)
	}
	return out, nil
}

func readGold(file string, causes map[string]bool) (Gold, error) {
	var g Gold
	data, err := os.ReadFile(file)
	if err != nil {
		return g, fmt.Errorf("gold %s: %w", file, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	// Unknown fields are typos ("direted_by") that would silently score
	// nothing; refuse them.
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return g, fmt.Errorf("gold %s: not a valid annotation: %w (see docs/eval.md for the format)", file, err)
	}
	g.File = file
	if err := g.Validate(causes); err != nil {
		return g, fmt.Errorf("gold %s: %w", file, err)
	}
	return g, nil
}

// Validate checks required fields, unit selectors, statuses, work kinds
// and cause ids (against causes, when it is non-nil).
func (g *Gold) Validate(causes map[string]bool) error {
	if strings.TrimSpace(g.Document) == "" {
		return errors.New(`field "document" is empty: give the document id (the source file name without extension)`)
	}
	if len(g.Units) == 0 {
		return errors.New(`field "units" is empty: add at least one unit ({"unit":"doc"} or {"answer":N})`)
	}
	kinds := map[string]bool{}
	for _, k := range schema.WorkKinds {
		kinds[k] = true
	}
	statuses := map[string]bool{}
	for _, s := range Statuses {
		statuses[s] = true
	}
	seenUnit := map[string]bool{}
	for i := range g.Units {
		u := &g.Units[i]
		where := fmt.Sprintf("units[%d]", i)
		switch {
		case u.Answer != nil && u.Unit != "":
			return fmt.Errorf(`%s: give either "answer" or "unit", not both`, where)
		case u.Answer != nil:
			if *u.Answer < 0 {
				return fmt.Errorf(`%s: "answer" is %d; answers are counted from 0`, where, *u.Answer)
			}
		case u.Unit == UnitDoc:
		case u.Unit != "":
			return fmt.Errorf(`%s: "unit" is %q; the only unit name is "doc" (use "answer": N for an answer)`, where, u.Unit)
		default:
			return fmt.Errorf(`%s: missing "answer" or "unit"`, where)
		}
		if seenUnit[u.Key()] {
			return fmt.Errorf("%s: %s is annotated twice", where, u.Key())
		}
		seenUnit[u.Key()] = true
		for j, w := range u.Works {
			if strings.TrimSpace(w.Title) == "" {
				return fmt.Errorf("%s.works[%d]: empty title", where, j)
			}
			if !kinds[w.Kind] {
				return fmt.Errorf("%s.works[%d] %q: kind %q is not one of %s", where, j, w.Title, w.Kind, strings.Join(schema.WorkKinds, ", "))
			}
		}
		for j, p := range u.People {
			if strings.TrimSpace(p.Name) == "" {
				return fmt.Errorf("%s.people[%d]: empty name", where, j)
			}
		}
		for j, f := range u.Festivals {
			if strings.TrimSpace(f) == "" {
				return fmt.Errorf("%s.festivals[%d]: empty name", where, j)
			}
		}
		for j, d := range u.DirectedBy {
			if d.Work == "" || d.Person == "" {
				return fmt.Errorf(`%s.directed_by[%d]: both "work" and "person" are required`, where, j)
			}
		}
		for j, a := range u.ActedIn {
			if a.Work == "" || a.Person == "" {
				return fmt.Errorf(`%s.acted_in[%d]: both "person" and "work" are required`, where, j)
			}
		}
		for j, a := range u.Awards {
			if a.Work == "" || a.Festival == "" {
				return fmt.Errorf(`%s.awards[%d]: both "work" and "festival" are required`, where, j)
			}
			if !statuses[a.Status] {
				return fmt.Errorf("%s.awards[%d] %s at %s: status %q is not one of %s", where, j, a.Work, a.Festival, a.Status, strings.Join(Statuses, ", "))
			}
		}
		checkCause := func(field, id string) error {
			if causes != nil && !causes[id] {
				return fmt.Errorf("%s.%s: unknown cause id %q; use an id of the cause taxonomy (`filmgraph causes` lists them)", where, field, id)
			}
			return nil
		}
		for j, c := range u.Causes {
			if err := checkCause(fmt.Sprintf("causes[%d]", j), c); err != nil {
				return err
			}
		}
		for j, c := range u.CauseFilms {
			if err := checkCause(fmt.Sprintf("cause_films[%d]", j), c.Cause); err != nil {
				return err
			}
			if c.Work == "" {
				return fmt.Errorf(`%s.cause_films[%d]: "work" is required`, where, j)
			}
		}
	}
	return nil
}

// Key names the unit in reports: "doc" or "answer 12".
func (u *Unit) Key() string {
	if u.Answer != nil {
		return fmt.Sprintf("answer %d", *u.Answer)
	}
	return UnitDoc
}
