package argue

import (
	"sort"
	"strings"
	"unicode"
)

// maxGap is how many characters a "…" in a trigger may skip; an English
// gap may skip maxGapLatin, about as many words as maxGap Chinese
// characters hold (not every … fails: "not every Chinese film fails").
const (
	maxGap      = 8
	maxGapLatin = 24
)

// phrase is one trigger or cue, folded, split at "…" gaps.
type phrase struct {
	tag        int // cause index, or a cue class
	weak       bool
	parts      [][]rune
	latinStart bool // Latin phrases match at word boundaries only
	latinEnd   bool
	// clauseEnd: written with a final "$", the phrase matches only where
	// its clause ends (主旋律大片不提。), not as the start of a longer
	// word (不提供, 我不认为)
	clauseEnd bool
	text      string
}

// phraseSet finds many phrases in folded text, indexed by first rune so a
// scan costs about one map lookup per character.
type phraseSet struct {
	byFirst map[rune][]*phrase
}

func newPhraseSet() *phraseSet { return &phraseSet{byFirst: map[rune][]*phrase{}} }

func (ps *phraseSet) add(s string, tag int) {
	weak := strings.HasPrefix(s, "~")
	s = strings.TrimPrefix(s, "~")
	clauseEnd := strings.HasSuffix(s, "$")
	s = strings.TrimSuffix(s, "$")
	var parts [][]rune
	for _, p := range strings.Split(s, "…") {
		if f := foldString(p); len(f) > 0 {
			parts = append(parts, f)
		}
	}
	if len(parts) == 0 {
		return
	}
	last := parts[len(parts)-1]
	ph := &phrase{tag: tag, weak: weak, parts: parts, text: s, clauseEnd: clauseEnd,
		latinStart: isLatinWord(parts[0][0]), latinEnd: isLatinWord(last[len(last)-1])}
	ps.byFirst[parts[0][0]] = append(ps.byFirst[parts[0][0]], ph)
}

func (ps *phraseSet) addAll(tag int, ss ...string) {
	for _, s := range ss {
		ps.add(s, tag)
	}
}

// hit is one phrase occurrence in rune offsets of the folded text.
type hit struct {
	p          *phrase
	start, end int
}

// find returns every occurrence within t[lo:hi], in order of start.
func (ps *phraseSet) find(t []rune, lo, hi int) []hit {
	var out []hit
	for i := lo; i < hi; i++ {
		cands := ps.byFirst[t[i]]
		if len(cands) == 0 {
			continue
		}
		if i > lo && isLatinWord(t[i-1]) && isLatinWord(t[i]) {
			// inside a Latin word: only non-Latin phrases can start here
			ok := false
			for _, c := range cands {
				if !c.latinStart {
					ok = true
				}
			}
			if !ok {
				continue
			}
		}
		for _, p := range cands {
			if p.latinStart && i > 0 && isLatinWord(t[i-1]) {
				continue
			}
			if p.latinStart && i > 1 && t[i-1] == '-' && isLatinWord(t[i-2]) && !afterPrefix(t, i-1) {
				continue // live-action films hold no "action films"; ultra-nationalist is nationalist
			}
			if e, ok := matchParts(t, i, hi, p.parts); ok {
				if p.clauseEnd && e < hi && !unicode.IsPunct(t[e]) && !unicode.IsSpace(t[e]) {
					continue
				}
				if p.latinEnd && e < len(t) && isLatinWord(t[e]) {
					if !pluralS(t, e) || t[e-1] == 's' {
						continue
					}
					e++ // an English plural: co-productions, streamers' scripts
				}
				out = append(out, hit{p, i, e})
			}
		}
	}
	return out
}

// pluralS reports an English plural ending at t[e]: an s that ends the
// word.
func pluralS(t []rune, e int) bool {
	return t[e] == 's' && (e+1 == len(t) || !isLatinWord(t[e+1]))
}

// has reports whether any phrase of the set occurs in t[lo:hi].
func (ps *phraseSet) has(t []rune, lo, hi int) bool { return len(ps.find(t, lo, hi)) > 0 }

// hasOutside reports an occurrence within t[lo:hi] that does not overlap
// hit h: a cue other than the trigger's own words.
func (ps *phraseSet) hasOutside(t []rune, lo, hi int, h hit) bool {
	for _, c := range ps.find(t, lo, hi) {
		if c.end <= h.start || c.start >= h.end {
			return true
		}
	}
	return false
}

func matchParts(t []rune, i, hi int, parts [][]rune) (int, bool) {
	e, ok := matchAt(t, i, hi, parts[0])
	if !ok {
		return 0, false
	}
	for _, p := range parts[1:] {
		found := false
		gap := maxGap
		if isLatinWord(p[0]) {
			gap = maxGapLatin
		}
		for j := e; j <= e+gap && j < hi; j++ {
			if isSentenceEnd(t[j]) {
				break
			}
			if e2, ok := matchAt(t, j, hi, p); ok {
				e, found = e2, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return e, true
}

func matchAt(t []rune, i, hi int, p []rune) (int, bool) {
	if i+len(p) > hi {
		return 0, false
	}
	for k, r := range p {
		if t[i+k] != r {
			return 0, false
		}
	}
	return i + len(p), true
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '!', '?', '\n', '…':
		return true
	}
	return false
}

// dropContained removes hits that lie inside a longer hit, so that a
// specific phrase (文化折扣, 迎合西方审美) wins over the general one it
// contains (文化, 审美), and a phrase that holds its own negation (不是借口)
// is not also read as the bare word negated (借口 after 不是). A hit that
// overlaps a longer hit of another cause yields to it too: in 科幻小说早就
// 走出去了 the other-media phrase 小说早就走出去 reads the words, not the
// 走出去了 of "our films already travel".
func dropContained(hs []hit) []hit {
	sort.SliceStable(hs, func(i, j int) bool {
		if hs[i].start != hs[j].start {
			return hs[i].start < hs[j].start
		}
		return hs[i].end > hs[j].end
	})
	out := hs[:0:0]
	for i, h := range hs {
		inside := false
		for j, o := range hs {
			if i != j && o.end-o.start > h.end-h.start && (o.start <= h.start && o.end >= h.end || o.p.tag != h.p.tag && o.start < h.end && h.start < o.end) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// latinPrefixes are the bound prefixes a hyphen joins to a word that keeps
// its meaning (ultra-nationalist, anti-American, over-censored): a trigger
// may start after them, though not after the first half of a compound
// (live-action).
var latinPrefixes = map[string]bool{
	"ultra": true, "hyper": true, "anti": true, "over": true, "under": true, "non": true, "pro": true, "post": true,
	"neo": true, "semi": true, "super": true, "pseudo": true, "self": true, "co": true, "re": true, "pre": true,
	"mid": true, "quasi": true, "mega": true, "sub": true, "inter": true, "multi": true, "un": true, "mis": true,
}

// afterPrefix reports whether the Latin word ending just before the hyphen
// at t[h] is a bound prefix.
func afterPrefix(t []rune, h int) bool {
	i := h
	for i > 0 && isLatinWord(t[i-1]) {
		i--
	}
	return latinPrefixes[string(t[i:h])]
}
