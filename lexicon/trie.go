package lexicon

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
// Traditional text should be converted before scanning (ToSimplified keeps
// the rune count for character-level conversions; see extract).
func (l *Lexicon) Scan(text string) []Match {
	type fr struct {
		r     rune
		start int
		end   int
	}
	runes := make([]fr, 0, len(text)/3+1)
	for i, r := range text {
		n := len(string(r))
		if f, ok := FoldRune(r); ok {
			runes = append(runes, fr{f, i, i + n})
		}
	}
	var out []Match
	for i := 0; i < len(runes); {
		cur := l.trie
		bestJ := -1
		var best []Hit
		for j := i; j < len(runes); j++ {
			cur = cur.next[runes[j].r]
			if cur == nil {
				break
			}
			if len(cur.hits) > 0 {
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
