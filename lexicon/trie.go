package lexicon

import (
	"unicode"
	"unicode/utf8"
)

// node is a rune trie over folded surface forms (Fold), used to find every
// lexicon name in running text in one pass.
type node struct {
	next map[rune]*node
	hits []Hit
}

func (n *node) add(surface string, h Hit) {
	f := Fold(toSimplified(surface))
	if f == "" {
		return
	}
	cur := n
	for _, r := range f {
		if cur.next == nil {
			cur.next = map[rune]*node{}
		}
		nx := cur.next[r]
		if nx == nil {
			nx = &node{}
			cur.next[r] = nx
		}
		cur = nx
	}
	for _, x := range cur.hits {
		if x == h {
			return
		}
	}
	cur.hits = append(cur.hits, h)
}

// Match is a lexicon surface found in text: [Start,End) are byte offsets in
// the scanned text.
type Match struct {
	Start, End int
	Hits       []Hit
}

// Scan finds lexicon surfaces in text, longest match first at each
// position, never overlapping. Text is folded rune by rune (width, case,
// spaces and middle dots dropped), so 《战狼 2》 and 战狼2 match alike.
// A surface that begins or ends with a Latin letter or digit must begin or
// end at a Latin word boundary of the text, so "Up" is not found in "cup"
// nor "Hero" in "Heroes"; a shorter surface ending at a boundary is taken
// instead when there is one. Traditional text should be converted before
// scanning (ToSimplified keeps the rune count for character-level
// conversions; see extract).
func (l *Lexicon) Scan(text string) []Match {
	type fr struct {
		r     rune
		start int
		end   int
		// glueBefore / glueAfter: this folded rune is a Latin letter or
		// digit and so is the text rune right before / after it
		glueBefore, glueAfter bool
	}
	runes := make([]fr, 0, len(text)/3+1)
	prevLatin := false // the previous text rune was kept and is Latin
	for i, r := range text {
		f, ok := FoldRune(r)
		if !ok {
			prevLatin = false // a dropped rune (space, dot) separates words
			continue
		}
		lat := latinWordRune(f)
		_, n := utf8.DecodeRuneInString(text[i:]) // byte width, also of an invalid byte
		runes = append(runes, fr{r: f, start: i, end: i + n, glueBefore: lat && prevLatin})
		if lat && prevLatin {
			runes[len(runes)-2].glueAfter = true
		}
		prevLatin = lat
	}
	var out []Match
	for i := 0; i < len(runes); {
		if runes[i].glueBefore {
			i++ // inside a Latin word: nothing may start here
			continue
		}
		cur := l.trie
		bestJ := -1
		var best []Hit
		for j := i; j < len(runes); j++ {
			cur = cur.next[runes[j].r]
			if cur == nil {
				break
			}
			if len(cur.hits) > 0 && !runes[j].glueAfter {
				bestJ, best = j, cur.hits
			}
		}
		if bestJ < 0 {
			i++
			continue
		}
		out = append(out, Match{Start: runes[i].start, End: runes[bestJ].end, Hits: best})
		i = bestJ + 1
	}
	return out
}

// latinWordRune reports a folded rune that belongs to a Latin-script word:
// a Latin letter or an ASCII digit.
func latinWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r < 0x250 && unicode.IsLetter(r) || unicode.Is(unicode.Latin, r)
}
