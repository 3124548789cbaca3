package argue

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// folded is a span of the document's text prepared for matching: width and
// case folded, traditional characters mapped to simplified, the spaces a
// formatter inserts between Chinese and Latin ("14 亿", "get 不到") dropped,
// other white space collapsed. off[i] is the byte offset in Document.Text
// of rune i of text, and off[len(text)] the end of the span, so a match
// maps back to evidence offsets.
type folded struct {
	text []rune
	off  []int
	src  string
	base int
}

// endOff is the byte offset just after folded rune i-1: the end of a
// match ending at i, not counting the white space after it.
func (f folded) endOff(i int) int {
	if i <= 0 {
		return f.off[0]
	}
	o := f.off[i-1]
	_, n := utf8.DecodeRuneInString(f.src[o-f.base:])
	return o + n
}

func fold(src string, base int) folded {
	type rb struct {
		r   rune
		off int
	}
	raw := make([]rb, 0, len(src)/2)
	for i, r := range src {
		raw = append(raw, rb{foldRune(r), base + i})
	}
	f := folded{text: make([]rune, 0, len(raw)), off: make([]int, 0, len(raw)+1), src: src, base: base}
	for i := 0; i < len(raw); i++ {
		r := raw[i]
		if unicode.IsSpace(r.r) {
			j := i
			for j < len(raw) && unicode.IsSpace(raw[j].r) {
				j++
			}
			prevLatin := len(f.text) > 0 && f.text[len(f.text)-1] < 0x2E80
			nextLatin := j < len(raw) && raw[j].r < 0x2E80
			if prevLatin && nextLatin {
				f.text = append(f.text, ' ')
				f.off = append(f.off, r.off)
			}
			i = j - 1
			continue
		}
		f.text = append(f.text, r.r)
		f.off = append(f.off, r.off)
	}
	f.off = append(f.off, base+len(src))
	return f
}

// foldString folds a trigger or cue the same way running text is folded.
func foldString(s string) []rune { return fold(s, 0).text }

func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	case r == '“' || r == '”' || r == '「' || r == '」':
		return '"'
	case r == '’' || r == '‘' || r == 'ʼ':
		// English set with typographic apostrophes (don’t, China’s)
		// matches cues written with the ASCII one.
		return '\''
	}
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if unicode.Is(unicode.Han, r) {
		return toSimplified(r)
	}
	return unicode.ToLower(r)
}

var (
	t2sOnce sync.Once
	t2s     *opencc.OpenCC
	t2sMu   sync.RWMutex
	t2sMemo = map[rune]rune{}
)

// toSimplified maps one traditional character to its simplified form
// (OpenCC t2s, character by character so offsets stay aligned), memoised.
// Without the converter, text is matched as written.
func toSimplified(r rune) rune {
	t2sMu.RLock()
	s, ok := t2sMemo[r]
	t2sMu.RUnlock()
	if ok {
		return s
	}
	t2sOnce.Do(func() {
		if cc, err := opencc.New("t2s"); err == nil {
			t2s = cc
		}
	})
	s = r
	if t2s != nil {
		if out, err := t2s.Convert(string(r)); err == nil {
			if c, n := utf8.DecodeRuneInString(out); n == len(out) && c != utf8.RuneError {
				s = c
			}
		}
	}
	t2sMu.Lock()
	t2sMemo[r] = s
	t2sMu.Unlock()
	return s
}

func isLatinWord(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
