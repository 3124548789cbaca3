// Package extract finds works, people and festivals in one ingest.Document
// and the relations the document states between them, as a pipeline of
// named stages (in the manner of Bleve's analysis chains): each stage reads
// the document and what earlier stages found, and adds mentions and
// relations to a shared Context. The stages to run are configuration
// (Options.Stages), so a caller can drop or reorder them.
package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/segment"
)

// Stage is one step of extraction.
type Stage interface {
	Name() string
	Run(c *Context) error
}

var (
	regMu    sync.RWMutex
	registry = map[string]func() Stage{}
)

// Register makes a stage available by name. It panics on a duplicate, as
// a programming error.
func Register(name string, f func() Stage) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := registry[name]; dup {
		panic("extract: stage registered twice: " + name)
	}
	registry[name] = f
}

// StageNames lists the registered stages, sorted.
func StageNames() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	var out []string
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// DefaultStages is the order stages run in when Options.Stages is nil:
// titles in marks first (they are the most certain and teach the later
// stages), then bare titles, people and festivals, then relations over
// what was found, and last the credits of a film and its people named in
// one sentence (comentions), which yield to every other reading.
var DefaultStages = []string{"brackets", "quotes", "films", "learned", "people", "festivals", "directors", "actors", "credits", "sources", "countries", "awards", "comentions"}

// Options configures an Extractor.
type Options struct {
	Stages      []string         // stage names in order; nil = DefaultStages
	Lexicon     *lexicon.Lexicon // nil = lexicon.Default()
	Learned     []string         // titles seen in 《》 elsewhere (other documents of this run, and the store)
	NoSegmenter bool             // do not load gse; stages that need it fall back to stricter rules
}

// Extractor runs a configured list of stages. It holds no per-document
// state, so one Extractor may extract several documents concurrently.
type Extractor struct {
	stages  []Stage
	lex     *lexicon.Lexicon
	learned map[string]string // key -> title
	noSeg   bool
}

// New builds an Extractor. It fails on an unknown stage name, listing the
// known ones.
func New(opts Options) (*Extractor, error) {
	names := opts.Stages
	if names == nil {
		names = DefaultStages
	}
	x := &Extractor{lex: opts.Lexicon, noSeg: opts.NoSegmenter, learned: map[string]string{}}
	if x.lex == nil {
		x.lex = lexicon.Default()
	}
	regMu.RLock()
	for _, n := range names {
		f, ok := registry[n]
		if !ok {
			regMu.RUnlock()
			return nil, fmt.Errorf("extract: unknown stage %q (known stages: %s)", n, strings.Join(StageNames(), ", "))
		}
		x.stages = append(x.stages, f())
	}
	regMu.RUnlock()
	for _, t := range opts.Learned {
		t = cleanTitle(t)
		if k := lexicon.Key(t); k != "" {
			x.learned[k] = t
		}
	}
	return x, nil
}

// Extract runs the stages over doc and returns what they found.
func (x *Extractor) Extract(doc *ingest.Document) (*facts.Batch, error) {
	if doc == nil {
		return nil, fmt.Errorf("extract: nil document")
	}
	c := newContext(doc, x)
	for _, s := range x.stages {
		if err := s.Run(c); err != nil {
			return nil, fmt.Errorf("extract %s: stage %s: %w", doc.Source, s.Name(), err)
		}
	}
	c.finish()
	return c.Batch, nil
}

// segmenter returns the shared gse segmenter, loading it on first use, or
// nil when segmentation is off or failed to load.
func (x *Extractor) segmenter() *segment.Segmenter {
	if x.noSeg {
		return nil
	}
	s, err := segment.Shared(x.lex.Names)
	if err != nil {
		return nil
	}
	return s
}
