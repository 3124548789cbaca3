package schema

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"
)

// causesJSON is the shipped cause taxonomy (research notes, seeds.md §4).
//
//go:embed causes.json
var causesJSON []byte

// Cause kinds (values of fg:causeKind).
const (
	KindCause        = "cause"
	KindCounter      = "counter"
	KindDiagnosis    = "diagnosis"
	KindPrescription = "prescription"
)

// CauseDef is one entry of the taxonomy: a claimed cause, a
// counter-argument, a diagnosis or a prescription.
//
// Triggers are the words that signal the cause in running text. Syntax:
// Chinese is matched as a substring, Latin at word boundaries, both case
// insensitively; "…" inside a trigger allows a short gap within one
// sentence; a leading "~" marks a weak trigger that only counts in a
// sentence that argues something (see package argue); a final "$" makes
// the trigger match only where its clause ends (不提$ is not 不提供).
type CauseDef struct {
	ID        string   `json:"id"`
	Code      string   `json:"code,omitempty"` // short code of the research notes (A1 … E3); "" for counters, diagnoses, prescriptions
	LabelZh   string   `json:"label_zh"`
	LabelEn   string   `json:"label_en"`
	Group     string   `json:"group"` // A–E, X (counter-arguments), DIAG, RX
	Kind      string   `json:"kind"`  // cause, counter, diagnosis, prescription
	Triggers  []string `json:"triggers"`
	Addresses []string `json:"addresses,omitempty"` // cause ids (or codes) a diagnosis or prescription addresses
	// Denies lists, for a counter-argument, the causes whose denial is
	// this argument: a writer who says censorship is not what holds the
	// films back argues censorship_is_an_excuse without saying "excuse".
	Denies []string `json:"denies,omitempty"`
	// EvidenceTags are the work tags (WorkTags) of the films a claim of
	// this cause draws on: a film so tagged that the claim's paragraph
	// names is its evidence, whichever sentence of the paragraph names it
	// (a main-melody film beside "主旋律说教" two sentences before).
	EvidenceTags []string `json:"evidence_tags,omitempty"`
}

// Taxonomy is the set of causes claims are classified into.
type Taxonomy struct {
	Causes []CauseDef // sorted by ID
	index  map[string]int
	byCode map[string]int
}

type taxonomyFile struct {
	Causes []CauseDef `json:"causes"`
}

var (
	defaultOnce sync.Once
	defaultTax  *Taxonomy
)

// DefaultTaxonomy returns the embedded taxonomy, parsed once. Callers must
// not modify it; LoadTaxonomy returns a private copy.
func DefaultTaxonomy() *Taxonomy {
	defaultOnce.Do(func() {
		t, err := parseTaxonomy(causesJSON, "schema/causes.json")
		if err != nil {
			// The file is embedded and checked by the tests; a parse error
			// here is a build defect, not a user error.
			panic(err)
		}
		defaultTax = t
	})
	return defaultTax
}

// LoadTaxonomy returns the default taxonomy extended by user files of the
// same JSON shape ({"causes": [...]}). A row with a new id adds a cause; a
// row whose id (or code) already exists adds its triggers and addresses to
// that cause and fills labels left empty, so a user can tune matching
// without rebuilding. A trigger written with a leading "-" removes that
// trigger from the cause, strong or weak ("-剧本" drops 剧本; "-剧本" with
// "~剧本" makes it weak), so what `eval --triggers` shows misfiring on a user's own texts
// can be pruned without editing the shipped file.
func LoadTaxonomy(paths ...string) (*Taxonomy, error) {
	base := DefaultTaxonomy()
	t := &Taxonomy{}
	for _, c := range base.Causes {
		c.Triggers = append([]string(nil), c.Triggers...)
		c.Addresses = append([]string(nil), c.Addresses...)
		c.Denies = append([]string(nil), c.Denies...)
		c.EvidenceTags = append([]string(nil), c.EvidenceTags...)
		t.Causes = append(t.Causes, c)
	}
	t.reindex()
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("cause taxonomy %s: %w", p, err)
		}
		var f taxonomyFile
		if err := json.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("cause taxonomy %s: not valid JSON of the form {\"causes\": [{\"id\": ..., \"triggers\": [...]}]}: %w", p, err)
		}
		for i, c := range f.Causes {
			if strings.TrimSpace(c.ID) == "" {
				return nil, fmt.Errorf("cause taxonomy %s: row %d has no \"id\"; give every cause an id", p, i+1)
			}
			if j, ok := t.lookup(c.ID); ok {
				cur := &t.Causes[j]
				add, err := removeTriggers(cur, c.Triggers)
				if err != nil {
					return nil, fmt.Errorf("cause taxonomy %s: %w", p, err)
				}
				cur.Triggers = appendUnique(cur.Triggers, add...)
				cur.Addresses = appendUnique(cur.Addresses, c.Addresses...)
				cur.Denies = appendUnique(cur.Denies, c.Denies...)
				if err := checkEvidenceTags(c); err != nil {
					return nil, fmt.Errorf("cause taxonomy %s: %w", p, err)
				}
				cur.EvidenceTags = appendUnique(cur.EvidenceTags, c.EvidenceTags...)
				if cur.LabelZh == "" {
					cur.LabelZh = c.LabelZh
				}
				if cur.LabelEn == "" {
					cur.LabelEn = c.LabelEn
				}
				continue
			}
			if c.Kind == "" {
				c.Kind = KindCause
			}
			if err := checkCause(c); err != nil {
				return nil, fmt.Errorf("cause taxonomy %s: %w", p, err)
			}
			for _, tr := range c.Triggers {
				if strings.HasPrefix(strings.TrimSpace(tr), "-") {
					return nil, fmt.Errorf("cause taxonomy %s: cause %q is new, so its trigger %q has nothing to remove; drop the \"-\"", p, c.ID, tr)
				}
			}
			c.Triggers = appendUnique(nil, c.Triggers...)
			t.Causes = append(t.Causes, c)
			t.reindex()
		}
	}
	if err := t.checkAddresses(); err != nil {
		return nil, err
	}
	return t, nil
}

func parseTaxonomy(data []byte, name string) (*Taxonomy, error) {
	var f taxonomyFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("cause taxonomy %s: %w", name, err)
	}
	t := &Taxonomy{Causes: f.Causes}
	seen := map[string]bool{}
	for _, c := range t.Causes {
		if err := checkCause(c); err != nil {
			return nil, fmt.Errorf("cause taxonomy %s: %w", name, err)
		}
		if seen[c.ID] {
			return nil, fmt.Errorf("cause taxonomy %s: duplicate id %q", name, c.ID)
		}
		seen[c.ID] = true
	}
	t.reindex()
	if err := t.checkAddresses(); err != nil {
		return nil, err
	}
	return t, nil
}

func checkCause(c CauseDef) error {
	switch c.Kind {
	case KindCause, KindCounter, KindDiagnosis, KindPrescription:
	default:
		return fmt.Errorf("cause %q: kind %q is not one of cause, counter, diagnosis, prescription", c.ID, c.Kind)
	}
	if c.ID != Slug(c.ID) {
		return fmt.Errorf("cause %q: ids must be lower-case without spaces or slashes (e.g. %q)", c.ID, Slug(c.ID))
	}
	return checkEvidenceTags(c)
}

// checkEvidenceTags rejects an evidence tag no work can carry.
func checkEvidenceTags(c CauseDef) error {
	for _, tag := range c.EvidenceTags {
		if !slices.Contains(WorkTags, tag) {
			return fmt.Errorf("cause %q: evidence tag %q is not one of %s", c.ID, tag, strings.Join(WorkTags, ", "))
		}
	}
	return nil
}

func (t *Taxonomy) checkAddresses() error {
	for i, c := range t.Causes {
		for k, a := range c.Addresses {
			j, ok := t.lookup(a)
			if !ok {
				return fmt.Errorf("cause taxonomy: %q addresses unknown cause %q; use an id or code of the taxonomy", c.ID, a)
			}
			t.Causes[i].Addresses[k] = t.Causes[j].ID
		}
		for k, d := range c.Denies {
			j, ok := t.lookup(d)
			if !ok {
				return fmt.Errorf("cause taxonomy: %q denies unknown cause %q; use an id or code of the taxonomy", c.ID, d)
			}
			if c.Kind != KindCounter {
				return fmt.Errorf("cause taxonomy: %q has \"denies\" but is a %s; only a counter-argument is the denial of a cause", c.ID, c.Kind)
			}
			t.Causes[i].Denies[k] = t.Causes[j].ID
		}
	}
	return nil
}

func (t *Taxonomy) reindex() {
	sort.SliceStable(t.Causes, func(i, j int) bool { return t.Causes[i].ID < t.Causes[j].ID })
	t.index = make(map[string]int, len(t.Causes))
	t.byCode = map[string]int{}
	for i, c := range t.Causes {
		t.index[c.ID] = i
		if c.Code != "" {
			t.byCode[strings.ToUpper(c.Code)] = i
		}
	}
}

func (t *Taxonomy) lookup(idOrCode string) (int, bool) {
	if i, ok := t.index[idOrCode]; ok {
		return i, true
	}
	i, ok := t.byCode[strings.ToUpper(idOrCode)]
	return i, ok
}

// Get returns the cause with this id, or with this research-notes code
// (A1 … E3).
func (t *Taxonomy) Get(id string) (CauseDef, bool) {
	i, ok := t.lookup(id)
	if !ok {
		return CauseDef{}, false
	}
	return t.Causes[i], true
}

// Quads describes every cause node: type, labels, group, kind and the
// causes a diagnosis or prescription addresses. They are labelled
// LexiconLabel: the taxonomy is reference data, not a document's claim.
func (t *Taxonomy) Quads() []quad.Quad {
	var out []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: LexiconLabel})
	}
	for _, c := range t.Causes {
		n := CauseIRI(c.ID)
		add(n, Type, Cause)
		if c.LabelZh != "" {
			add(n, Label, quad.String(c.LabelZh))
		}
		if c.LabelEn != "" {
			add(n, LabelEn, quad.String(c.LabelEn))
		}
		if c.Group != "" {
			add(n, Group, quad.String(c.Group))
		}
		add(n, CauseKind, quad.String(c.Kind))
		for _, a := range c.Addresses {
			add(n, Addresses, CauseIRI(a))
		}
	}
	return out
}

// removeTriggers deletes from c the triggers written "-x" in user and
// returns the others, to be added. Removing a trigger the cause does not
// have is an error: a typo would otherwise leave the trigger firing.
func removeTriggers(c *CauseDef, user []string) (add []string, err error) {
	for _, tr := range user {
		tr = strings.TrimSpace(tr)
		drop, ok := strings.CutPrefix(tr, "-")
		if !ok {
			add = append(add, tr)
			continue
		}
		drop = strings.TrimSpace(drop)
		// "-x" removes x whether it is written strong or weak ("~x").
		n := len(c.Triggers)
		c.Triggers = slices.DeleteFunc(c.Triggers, func(t string) bool {
			return t == drop || t == "~"+drop
		})
		if len(c.Triggers) == n {
			return nil, fmt.Errorf("cause %q has no trigger %q to remove (\"-%s\"); `filmgraph schema --causes` lists every cause's triggers", c.ID, drop, drop)
		}
	}
	return add, nil
}

func appendUnique(dst []string, vals ...string) []string {
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		dup := false
		for _, d := range dst {
			if d == v {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, v)
		}
	}
	return dst
}
