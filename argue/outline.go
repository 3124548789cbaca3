package argue

import (
	"strings"

	"github.com/filmgraph/filmgraph/ingest"
)

// Reports, policy briefs, course papers and long posts written as plain
// text carry their outline in numbered heading lines:
//
//	四、破局路径与对策建议
//	（三）深耕国际电影节与电影市场
//	电影节和电影市场是国际发行的网络枢纽。近年来，《白塔之光》入围…
//
// The reader cannot mark such lines as headings (nothing but their
// numbering and brevity sets them apart), so they reach the analyser as
// units. This file finds the chain of heading lines above a unit: a
// sub-heading under a heading that announces remedies names a remedy
// though it holds no prescriptive word (深耕…), and the paragraphs under a
// heading that announces causes (三、主要瓶颈) argue though their own
// sentences only describe.

// Outline ranks of numbered heading lines, from the top: 一、 (1), （一）
// (2), 1. or 1、 or 3️⃣ (3), （1） (4), ① (5). An unnumbered heading line
// ranks 0, above all of them.
const (
	rankNone    = -1 // not a heading line
	rankPlain   = 0
	rankBody    = 99 // a unit that is no heading: below every heading
	maxHeading  = 40 // runes (see unitLength) a numbered heading line may hold
	maxPlain    = 16 // runes an unnumbered heading line may hold
	maxOutlineK = 80 // units walked back to find a unit's headings
	titleBlock  = 3  // units at a section's start that may be its title block
)

// numbering is the ordinal that opens a line (一、 （一） 1. 1、 （1） ① 3️⃣),
// read once for both of its uses: outlineRank ranks it as a heading's
// number, startsWithNumber takes it as a list item's.
type numbering struct {
	circled bool // ① … ⑳
	paren   bool // opened by "(" (the folded text has no full-width one)
	cn      bool // written in Chinese numerals
	digits  int  // how many numerals, at most maxNumerals
	sep     rune // the rune after the numerals; 0 at the line's end
	next    rune // the rune after sep; 0 at the line's end
}

// maxNumerals is how many numerals an ordinal may have: a line opening
// with more (2024年, 1000万) opens with a number, not an ordinal.
const maxNumerals = 3

// readNumbering reads the numbering that opens t[lo:hi], after any blanks,
// markdown emphasis or heading marks and escapes.
func readNumbering(t []rune, lo, hi int) numbering {
	var n numbering
	i := lo
	for i < hi && (t[i] == ' ' || t[i] == '*' || t[i] == '#' || t[i] == '\\') {
		i++
	}
	if i >= hi {
		return n
	}
	if t[i] >= '①' && t[i] <= '⑳' {
		n.circled = true
		return n
	}
	if t[i] == '(' {
		n.paren = true
		i++
	}
	j := i
	for j < hi && j-i < maxNumerals && (t[j] >= '0' && t[j] <= '9' || strings.ContainsRune("一二三四五六七八九十", t[j])) {
		n.cn = n.cn || t[j] > '9'
		j++
	}
	n.digits = j - i
	if j < hi {
		n.sep = t[j]
	}
	if j+1 < hi {
		n.next = t[j+1]
	}
	return n
}

// keycap reports whether r follows a keycap digit (3️⃣: the digit, an
// optional variation selector, the enclosing keycap).
func keycap(r rune) bool { return r == 0xFE0F || r == 0x20E3 }

// outlineRank is the rank of the numbering that opens t[lo:hi], or 0 when
// it opens with none.
func outlineRank(t []rune, lo, hi int) int {
	n := readNumbering(t, lo, hi)
	if n.circled {
		return 5
	}
	if n.digits == 0 || n.sep == 0 {
		return rankPlain
	}
	switch {
	case n.paren && n.sep == ')':
		if n.cn {
			return 2
		}
		return 4
	case n.paren:
		return rankPlain
	case n.cn && n.sep == '、':
		return 1
	case !n.cn && (n.sep == '、' || keycap(n.sep)):
		return 3
	case !n.cn && n.sep == '.' && (n.next < '0' || n.next > '9'):
		return 3 // 3. but not 1.5亿
	}
	return rankPlain
}

// headingRank is the outline rank of unit ui when it is a heading line:
// alone in its paragraph, short, and not ending as a sentence does; else
// rankNone.
func headingRank(f folded, units []unit, ui int, article bool) int {
	u := &units[ui]
	if u.headPara {
		if r := outlineRank(f.text, u.lo, u.hi); r != rankPlain || unitLength(f.text, u.lo, u.hi) <= maxHeading {
			return r
		}
		return rankNone
	}
	if !aloneInPara(f, units, ui) || u.question {
		return rankNone
	}
	n := unitLength(f.text, u.lo, u.hi)
	if n == 0 || n > maxHeading {
		return rankNone
	}
	end := u.hi - 1
	for end > u.lo && (f.text[end] == ' ' || f.text[end] == '*') {
		end--
	}
	if strings.ContainsRune("。.!?;…", f.text[end]) {
		return rankNone
	}
	r := outlineRank(f.text, u.lo, u.hi)
	if r == rankPlain && (!article || n > maxPlain || strings.ContainsRune(string(f.text[u.lo:u.hi]), ':')) {
		// an answer's short line (方向错了) is a remark, not a heading; a
		// short line with a colon is a speaker's turn or a label
		return rankNone
	}
	return r
}

// outlineHeadings lists the heading lines above unit ui in its section,
// nearest first, each of a higher rank than the one before: for a body
// paragraph its sub-heading, then that sub-heading's heading.
func outlineHeadings(units []unit, ui int) []int {
	cur := units[ui].headRank
	if cur == rankNone {
		cur = rankBody
	}
	var out []int
	for k := ui - 1; k >= 0 && k >= ui-maxOutlineK && units[k].sec == units[ui].sec && cur > rankPlain; k-- {
		if r := units[k].headRank; r != rankNone && r < cur {
			out = append(out, k)
			cur = r
		}
	}
	return out
}

// markOutline sets each unit's headRank, and underRemedy and underCauses
// from the heading lines above it: a heading that prescribes (破局路径与对策
// 建议, Recommendations) or one that diagnoses or gives reasons (主要瓶颈,
// 原因, Why films do not travel).
func (a *Analyzer) markOutline(d *ingest.Document, f folded, units []unit) {
	first := 0 // the first unit of the current section
	for ui := range units {
		if ui > 0 && units[ui-1].sec != units[ui].sec {
			first = ui
		}
		units[ui].headRank = headingRank(f, units, ui, d.Sections[units[ui].sec].Kind != "answer")
		units[ui].secFirst = first
	}
	for ui := range units {
		u := &units[ui]
		for _, k := range outlineHeadings(units, ui) {
			h := &units[k]
			if h.headRank == rankPlain && k-h.secFirst < titleBlock {
				// an unnumbered line that opens the section is its title or
				// subtitle (——瓶颈、路径与破局建议): it names what the whole
				// text is about, not a part that prescribes or diagnoses
				continue
			}
			u.underRemedy = u.underRemedy || a.prescriptive.has(f.text, h.lo, h.hi) || a.remedyHeading.has(f.text, h.lo, h.hi)
			u.underCauses = u.underCauses || a.diagnostic.has(f.text, h.lo, h.hi) || a.causal.has(f.text, h.lo, h.hi)
		}
	}
}
