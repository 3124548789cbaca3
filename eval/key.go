package eval

import (
	"strings"
	"unicode"
)

// Key is the matching key of a title or name: full-width ASCII folded to
// half-width, letters lower-cased, and spaces, punctuation and symbols
// removed, so that 《流浪地球 2》, “流浪地球2” and 流浪地球２ all compare
// equal. It deliberately does nothing cleverer (no traditional→simplified,
// no numeral conversion): resolving those spellings to one canonical title
// is the system's job, and the scorer must not do it for it.
func Key(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		switch {
		case r == 0x3000 || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsControl(r):
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
