// Package segment wraps gse (Chinese word segmentation) for extraction.
//
// The gse dictionary costs 1–2 s and over 100 MB of heap to load, so it is
// loaded lazily, once per process, and only by code that actually cuts
// text: importing this package costs nothing. Segmentation is a helper for
// word boundaries (英雄 is not a film inside 英雄主义); entities themselves
// come from 《》, the lexicon and cue patterns, because gse splits titles and
// names it does not know.
package segment

import (
	"strings"
	"sync"

	"github.com/go-ego/gse"
)

// Span is a token's byte range [Start,End) in the string that was cut.
type Span struct{ Start, End int }

// Segmenter cuts Chinese text into words. It is safe for concurrent use
// once loaded (gse's Cut only reads the dictionary).
type Segmenter struct {
	seg    gse.Segmenter
	common map[string]bool // added words that gse's own dictionary already has as frequent common words
}

// commonFreq is the gse dictionary frequency from which a word counts as
// an everyday word (世界 34387, 功夫 4168, 艺术家 1025, 人工智能 151), as
// opposed to a title or name that happens to be listed (霸王别姬 27,
// 花样年华 3). Proper-noun and idiom tags (nr, nz, i) never count.
const commonFreq = 150

var (
	once   sync.Once
	shared *Segmenter
	errLd  error
)

// Shared returns the process-wide segmenter, loading the embedded
// simplified-Chinese dictionary on first use and adding words (film titles,
// person names) as tokens so that gse keeps them whole. Words passed on
// later calls are ignored: the dictionary is built once.
func Shared(words func() []string) (*Segmenter, error) {
	once.Do(func() {
		shared, errLd = load(words)
	})
	return shared, errLd
}

// New loads a private segmenter with the given extra words (tests,
// benchmarks). Prefer Shared: every New costs a full dictionary load.
func New(words []string) (*Segmenter, error) {
	return load(func() []string { return words })
}

func load(words func() []string) (*Segmenter, error) {
	// Keep Latin case as written: the offsets we compute must address the
	// original bytes, and case folding is the matcher's job.
	gse.ToLower = false
	s := &Segmenter{}
	s.seg.SkipLog = true
	if err := s.seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, err
	}
	s.common = map[string]bool{}
	if words != nil {
		added := 0
		for _, w := range words() {
			w = strings.TrimSpace(w)
			if len([]rune(w)) < 2 {
				continue
			}
			// A title that is an everyday word keeps its dictionary weight
			// (raising it would change how all other text is cut) and is
			// remembered, so matchers can ask for context before taking it
			// as a title.
			if f, pos, ok := s.seg.Find(w); ok && f >= commonFreq && pos != "nr" && pos != "nz" && pos != "i" {
				s.common[w] = true
				continue
			}
			// AddToken then one CalcToken: AddTokenForce recomputes the
			// whole dictionary on every call (about 0.5 s each).
			if err := s.seg.AddToken(w, 20000, "nz"); err == nil {
				added++
			}
		}
		if added > 0 {
			s.seg.CalcToken()
		}
	}
	return s, nil
}

// Cut segments s with gse's DAG+HMM mode and returns each token's byte
// span in s. Tokens that cannot be located in s (gse normalises some
// input) are skipped rather than guessed.
func (s *Segmenter) Cut(text string) []Span {
	toks := s.seg.Cut(text, true)
	out := make([]Span, 0, len(toks))
	pos := 0
	for _, t := range toks {
		if t == "" {
			continue
		}
		if strings.HasPrefix(text[pos:], t) {
			out = append(out, Span{pos, pos + len(t)})
			pos += len(t)
			continue
		}
		i := strings.Index(text[pos:], t)
		if i < 0 {
			continue
		}
		out = append(out, Span{pos + i, pos + i + len(t)})
		pos += i + len(t)
	}
	return out
}

// CommonWord reports whether w, one of the words the segmenter was loaded
// with, is also a frequent everyday word in gse's dictionary (世界, 功夫,
// 人工智能): as a title it needs context.
func (s *Segmenter) CommonWord(w string) bool { return s.common[w] }

// DictWord reports whether gse's dictionary lists w as a word that is not
// a personal name (POS other than nr*), with at least minFreq: 文章, 全靠
// and 和他 are words, 张琪 is not. Words added from the lexicon are tagged
// nz and count as listed.
func (s *Segmenter) DictWord(w string, minFreq float64) bool {
	f, pos, ok := s.seg.Find(w)
	return ok && f >= minFreq && !strings.HasPrefix(pos, "nr")
}

// Place reports whether gse's dictionary tags w as a place name (ns).
func (s *Segmenter) Place(w string) bool {
	_, pos, ok := s.seg.Find(w)
	return ok && pos == "ns"
}

// Words returns the tokens gse cuts text into, as strings (the raw gse
// baseline, used by benchmarks).
func (s *Segmenter) Words(text string) []string { return s.seg.Cut(text, true) }
