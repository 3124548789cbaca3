package extract

import (
	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/lexicon"
)

// LexiconFacts returns the default lexicon's own facts (directors, years,
// English titles, remakes) labelled schema.LexiconLabel, kept apart from
// what documents state.
func LexiconFacts() []quad.Quad { return lexicon.Default().Facts() }
