// Package textclean holds the cleaning helpers the format readers share:
// splitting into lines, recognising blank and filler lines, deciding
// whether a line ends a sentence, joining lines broken by layout, undoing
// the spaces exporters insert between Chinese and Latin characters, and
// finding dates.
//
// The helpers know nothing about any one format; each reader decides when
// to call them.
package textclean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines splits text into lines, accepting \n, \r\n and \r endings.
func Lines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return strings.Split(text, "\n")
}

// IsSpace reports white space including the no-break space, the
// ideographic space and zero-width characters that editors and web pages
// leave on otherwise empty lines.
func IsSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// Trim removes IsSpace characters at both ends.
func Trim(s string) string { return strings.TrimFunc(s, IsSpace) }

// IsBlank reports a line holding nothing but white space (including NBSP
// filler lines and 4-space filler lines).
func IsBlank(s string) bool { return Trim(s) == "" }

// CollapseSpaces replaces every run of IsSpace characters by one ASCII
// space and trims the ends.
func CollapseSpaces(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// IsHan reports a CJK ideograph (including 〇).
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) || r == '〇' }

// IsWide reports characters that take two columns in CJK typesetting:
// ideographs, kana, hangul and full-width punctuation and forms.
func IsWide(r rune) bool {
	return IsHan(r) ||
		(r >= 0x3000 && r <= 0x30ff) || // CJK punctuation, kana
		(r >= 0xac00 && r <= 0xd7af) || // hangul
		(r >= 0xff00 && r <= 0xff60) || // full-width forms
		(r >= 0xffe0 && r <= 0xffe6) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·' || r == '■' || r == '◎'
}

// Width is the display width of s in columns: wide characters count two,
// others one. Column layouts are regular in this unit, not in bytes or
// runes, because Latin letters and digits take half a column.
func Width(s string) int {
	w := 0
	for _, r := range s {
		if IsWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// Terminal holds the punctuation that ends a sentence in Chinese or
// English text; a closing quote or bracket may follow it.
const Terminal = "。！？!?…；;."

// Closers may follow a terminator and still end the sentence.
const Closers = "”’」』）)】》\"'"

// EndsSentence reports whether s (trimmed) ends with terminal punctuation,
// possibly followed by closing quotes or brackets. An ASCII '.' only counts
// when it does not follow a digit (so "1." list numbers do not end lines).
func EndsSentence(s string) bool {
	s = Trim(s)
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if strings.ContainsRune(Closers, r) {
			s = s[:len(s)-n]
			continue
		}
		if r == '.' {
			prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
			return !unicode.IsDigit(prev)
		}
		return strings.ContainsRune(Terminal, r)
	}
	return false
}

// LastRune and FirstRune return the last and first non-space runes of s
// (utf8.RuneError when there is none).
func LastRune(s string) rune {
	s = Trim(s)
	if s == "" {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// FirstRune returns the first non-space rune of s.
func FirstRune(s string) rune {
	s = Trim(s)
	if s == "" {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isWordRune is a Latin letter or digit: two of them meeting at a line
// break belonged to different words, so the join needs a space.
func isWordRune(r rune) bool {
	return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(",.;:!?%)]", r))
}

// Join concatenates two pieces of one paragraph that layout split apart.
// Chinese needs no separator; a space is kept between Latin words, the
// way the line break read.
func Join(a, b string) string {
	a = strings.TrimRightFunc(a, IsSpace)
	b = strings.TrimLeftFunc(b, IsSpace)
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	la, _ := utf8.DecodeLastRuneInString(a)
	fb, _ := utf8.DecodeRuneInString(b)
	if isWordRune(la) && (unicode.IsLetter(fb) || unicode.IsDigit(fb)) && fb < 0x3000 {
		return a + " " + b
	}
	return a + b
}

// UndoPangu removes single spaces an exporter inserted between a CJK
// character and a Latin letter or digit ("第 77 届" → "第77届"), and the
// spaces around a middle dot ("特拉法尔加 · 罗" → "特拉法尔加·罗"). It is
// meant for keys and names, not for display text.
func UndoPangu(s string) string {
	rs := []rune(s)
	var out []rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == ' ' && i > 0 && i+1 < len(rs) {
			p, n := rs[i-1], rs[i+1]
			if (IsWide(p) && isAlnum(n)) || (isAlnum(p) && IsWide(n)) || p == '·' || n == '·' {
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

func isAlnum(r rune) bool { return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// HanShare returns the share of Han characters among the letters of s
// (0 when s has no letters). Readers use it to tell Chinese lines from
// English ones.
func HanShare(s string) float64 {
	han, letters := 0, 0
	for _, r := range s {
		switch {
		case IsHan(r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	// A Latin word has several letters per idea where Chinese has one
	// character; weigh Han characters up so mixed lines lean correctly.
	return float64(3*han) / float64(3*han+letters-han)
}

// Lang guesses "zh" or "en" for a line ("" when it has no letters).
func Lang(s string) string {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case IsHan(r):
			han++
		case unicode.IsLetter(r) && r < 0x250:
			latin++
		}
	}
	switch {
	case han == 0 && latin == 0:
		return ""
	case han*3 >= latin:
		return "zh"
	default:
		return "en"
	}
}

// superscript digits used as footnote markers.
const superDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// IsSuperDigit reports a superscript digit.
func IsSuperDigit(r rune) bool { return strings.ContainsRune(superDigits, r) }

// SuperValue converts a run of superscript digits to its number (-1 when s
// holds none).
func SuperValue(s string) int {
	n, seen := 0, false
	for _, r := range s {
		i := strings.IndexRune(superDigits, r)
		if i < 0 {
			break
		}
		seen = true
		n = n*10 + utf8.RuneCountInString(superDigits[:i])
	}
	if !seen {
		return -1
	}
	return n
}

// StripSuperscripts removes superscript-digit footnote markers from running
// text and returns the numbers it removed, in order.
func StripSuperscripts(s string) (string, []int) {
	if !strings.ContainsAny(s, superDigits) {
		return s, nil
	}
	var b strings.Builder
	var nums []int
	cur, in := 0, false
	for _, r := range s {
		if i := strings.IndexRune(superDigits, r); i >= 0 {
			cur = cur*10 + utf8.RuneCountInString(superDigits[:i])
			in = true
			continue
		}
		if in {
			nums = append(nums, cur)
			cur, in = 0, false
		}
		b.WriteRune(r)
	}
	if in {
		nums = append(nums, cur)
	}
	return b.String(), nums
}

var (
	dateCN  = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`)
	dateISO = regexp.MustCompile(`(?:^|[^\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$)`)
)

// FindDate returns the first date written as 2025年12月02日 or 2025-12-02
// in s, as YYYY-MM-DD, with its byte span in s; ok is false when none.
func FindDate(s string) (iso string, start, end int, ok bool) {
	best, cn := []int(nil), false
	for _, re := range []*regexp.Regexp{dateCN, dateISO} {
		if m := re.FindStringSubmatchIndex(s); m != nil && (best == nil || m[2] < best[2]) {
			best, cn = m, re == dateCN
		}
	}
	if best == nil {
		return "", 0, 0, false
	}
	y, mo, d := s[best[2]:best[3]], s[best[4]:best[5]], s[best[6]:best[7]]
	if !validDate(mo, d) {
		return "", 0, 0, false
	}
	end = best[7]
	if cn {
		end = best[1]
	}
	return y + "-" + pad2(mo) + "-" + pad2(d), best[2], end, true
}

// NormalizeDate turns "2022-10-05T15:35:16+00:00", "2022/10/5" or
// "2022年10月5日" into "2022-10-05"; it returns "" when s holds no date.
func NormalizeDate(s string) string {
	iso, _, _, ok := FindDate(s)
	if !ok {
		return ""
	}
	return iso
}

func validDate(mo, d string) bool {
	m, dd := atoi(mo), atoi(d)
	return m >= 1 && m <= 12 && dd >= 1 && dd <= 31
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// IsRule reports a line made only of rule characters (---, ***, * * *,
// ————, ＝＝＝, ___), which separates blocks and carries no text.
func IsRule(s string) bool {
	s = Trim(s)
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("-*_=—─━－＝~·•. ", r) {
			return false
		}
	}
	return true
}

// SpeakerLabel matches a line that a speaker's label opens: a short name
// and a colon before the words (林晓川：…, 问：…, Host A: …), as the turns of
// a chat log or a transcript begin. Both the plain-text reader (a turn is
// never a wrapped line's tail) and the argument analyser (a turn takes its
// subject from the turns before it) ask it.
var SpeakerLabel = regexp.MustCompile(`(?i)^[^\s，,。：:！？!?《“"]{1,12}(?: [a-z])?[：:]\s*[^\s\d]`)
