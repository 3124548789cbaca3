// Package lexicon is the reference lexicon of films, people and festivals
// (the curated rows live in lexicon/data) and the normalisation key used to
// match what writers type against it.
package lexicon

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2s     *opencc.OpenCC
)

// toSimplified converts traditional Chinese to simplified with OpenCC. The
// converter's dictionaries are parsed on first use only, so commands that
// never match text never pay for them. On a converter error the input is
// returned unchanged: matching degrades, it does not fail.
func toSimplified(s string) string {
	if !hasHan(s) {
		return s
	}
	t2sOnce.Do(func() {
		cc, err := opencc.New("t2s")
		if err == nil {
			t2s = cc
		}
	})
	if t2s == nil {
		return s
	}
	out, err := t2s.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// ToSimplified converts traditional Chinese to simplified (OpenCC t2s).
func ToSimplified(s string) string { return toSimplified(s) }

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Key is the matching key of a title or name: traditional → simplified,
// full-width → half-width, white space, middle dots and punctuation
// removed, Latin lower-cased, and sequel numerals (Ⅱ, II, 二) written as
// Arabic digits. Two spellings of one work share a key; 战狼 and 战狼2
// never do.
func Key(s string) string {
	s = toSimplified(s)
	s = Fold(romanToArabic(strings.ToLower(strings.TrimSpace(s))))
	var b strings.Builder
	for _, r := range s {
		if keep(r) {
			b.WriteRune(r)
		}
	}
	return chineseSequel(b.String())
}

// Fold folds width and case and removes the characters writers insert
// freely inside titles (spaces, middle dots), keeping punctuation. It maps
// rune for rune except for the removed runes, so matchers can use it on
// running text.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r2, ok := FoldRune(r); ok {
			b.WriteRune(r2)
		}
	}
	return b.String()
}

// FoldRune folds one rune; ok is false when the rune is dropped.
func FoldRune(r rune) (rune, bool) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		r = ' '
	}
	if unicode.IsSpace(r) || isDot(r) {
		return 0, false
	}
	if r < 0x80 {
		return unicode.ToLower(r), true
	}
	if r >= 0x2160 && r <= 0x216F { // Roman numeral code points Ⅰ..Ⅿ
		return r, true
	}
	return unicode.ToLower(r), true
}

func isDot(r rune) bool {
	switch r {
	case '·', '•', '・', '‧', '∙', '⋅', '．':
		return true
	}
	return false
}

// keep reports whether a folded rune is part of a key: letters, digits and
// CJK ideographs; punctuation and symbols are dropped.
func keep(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || vulgarFraction(r)
}

// vulgarFraction reports ½, ⅓ and the like: part of a title (8½), not
// punctuation, or 8½ would share the key of a bare 8.
func vulgarFraction(r rune) bool {
	return r >= '¼' && r <= '¾' || r >= '⅐' && r <= '⅞'
}

var romanRunes = map[rune]string{
	'Ⅰ': "1", 'Ⅱ': "2", 'Ⅲ': "3", 'Ⅳ': "4", 'Ⅴ': "5", 'Ⅵ': "6", 'Ⅶ': "7", 'Ⅷ': "8", 'Ⅸ': "9", 'Ⅹ': "10",
	'ⅰ': "1", 'ⅱ': "2", 'ⅲ': "3", 'ⅳ': "4", 'ⅴ': "5", 'ⅵ': "6", 'ⅶ': "7", 'ⅷ': "8", 'ⅸ': "9", 'ⅹ': "10",
}

var romanWords = map[string]string{"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}

// romanToArabic rewrites Roman numeral code points anywhere and a trailing
// Latin Roman numeral ("rocky ii", "战狼ii") when it follows a space or a
// non-Latin character, so that words such as "vii" inside English words
// are left alone.
func romanToArabic(s string) string {
	var b strings.Builder
	changed := false
	for _, r := range s {
		if d, ok := romanRunes[r]; ok {
			b.WriteString(d)
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	if changed {
		s = b.String()
	}
	// trailing latin roman numeral
	end := len(s)
	i := end
	for i > 0 && (s[i-1] == 'i' || s[i-1] == 'v' || s[i-1] == 'x') {
		i--
	}
	if i < end && i > 0 {
		if d, ok := romanWords[s[i:end]]; ok {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if !(prev < 0x80 && unicode.IsLetter(prev)) {
				return s[:i] + d
			}
		}
	}
	return s
}

var cjkDigits = map[rune]string{'一': "1", '二': "2", '三': "3", '四': "4", '五': "5", '六': "6", '七': "7", '八': "8", '九': "9"}

// chineseSequel rewrites a trailing Chinese numeral that numbers a sequel
// (唐探三 → 唐探3) when at least two non-numeral characters precede it.
// Numbers that are the title itself (一九四二) are left alone.
func chineseSequel(k string) string {
	last, n := utf8.DecodeLastRuneInString(k)
	d, ok := cjkDigits[last]
	if !ok {
		return k
	}
	head := k[:len(k)-n]
	if utf8.RuneCountInString(head) < 2 {
		return k
	}
	prev, _ := utf8.DecodeLastRuneInString(head)
	if _, num := cjkDigits[prev]; num || prev == '十' || prev == '第' || prev == '零' || prev == '〇' {
		return k
	}
	return head + d
}
