package eval

import "github.com/filmgraph/filmgraph/schema"

// DefaultCauses returns the set of cause ids gold files may use: the ids
// of the shipped cause taxonomy (schema/causes.json). Only ids count, not
// the research notes' short codes (A1 …), so that a gold file reads the
// same as the store's fg:cause/<id> nodes.
func DefaultCauses() map[string]bool {
	return CauseSet(schema.DefaultTaxonomy())
}

// CauseSet returns the ids of a taxonomy (for example one extended with a
// user's own causes by schema.LoadTaxonomy).
func CauseSet(t *schema.Taxonomy) map[string]bool {
	m := make(map[string]bool, len(t.Causes))
	for _, c := range t.Causes {
		m[c.ID] = true
	}
	return m
}
