package zhihu

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

// Private-use placeholders protect escaped characters and link boundaries
// while emphasis markers are removed; none of them survive into Text.
const (
	phStar      = '\ue000' // an escaped \*
	phUnder     = '\ue001' // an escaped \_
	phLinkOpen  = '\ue010' // start of a link's anchor text
	phLinkClose = '\ue011' // end of a link's anchor text
)

// inlineLink is a link found while cleaning one paragraph, before its
// offsets are known.
type inlineLink struct {
	text, target string
}

// cleaned is one paragraph after inline markdown was reduced to text.
type cleaned struct {
	Text  string
	Links []ingest.Link // offsets relative to Text
	IDs   []string      // Zhihu answer ids carried by the links
}

// markdownEscapable lists the characters a backslash may escape.
const markdownEscapable = "\\`*_{}[]()#+-.!|<>~=\"'"

// cleanInline reduces one paragraph of markdown to plain text: escapes
// resolved, images dropped, links reduced to their anchor text (recorded
// as Links), emphasis markers removed.
func cleanInline(s string) cleaned {
	var links []inlineLink
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(markdownEscapable, s[i+1]) >= 0:
			switch s[i+1] {
			case '*':
				b.WriteRune(phStar)
			case '_':
				b.WriteRune(phUnder)
			default:
				b.WriteByte(s[i+1])
			}
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if _, _, end, ok := parseLink(s, i+1); ok {
				i = end // images carry no text worth keeping
				continue
			}
		case c == '[':
			if text, target, end, ok := parseLink(s, i); ok {
				anchor := cleanInline(text).Text
				if junkAnchor(anchor) {
					i = end
					continue
				}
				b.WriteRune(phLinkOpen)
				b.WriteString(anchorSafe(anchor))
				b.WriteRune(phLinkClose)
				links = append(links, inlineLink{text: anchor, target: target})
				i = end
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\u00a0' {
			r = ' '
		}
		b.WriteRune(r)
		i += n
	}
	text := stripEmphasis(b.String())

	// Resolve link markers into offsets, then restore escaped characters.
	var out cleaned
	var tb strings.Builder
	li, open := 0, -1
	space := true // collapse runs of spaces left by removed markup
	for _, r := range text {
		if r == ' ' || r == '\t' {
			if space {
				continue
			}
			space = true
			tb.WriteByte(' ')
			continue
		}
		if r != phLinkOpen && r != phLinkClose {
			space = false
		}
		switch r {
		case phLinkOpen:
			open = tb.Len()
		case phLinkClose:
			if open >= 0 && li < len(links) {
				out.Links = append(out.Links, makeLink(open, tb.Len(), links[li].target, links[li].text))
				if id := answerID(links[li].target, links[li].text); id != "" {
					out.IDs = append(out.IDs, id)
				}
			}
			li++
			open = -1
		case phStar:
			tb.WriteByte('*')
		case phUnder:
			tb.WriteByte('_')
		default:
			tb.WriteRune(r)
		}
	}
	out.Text = tb.String()
	for i := range out.Links {
		out.Links[i].InTitleMarks = inTitleMarks(out.Text, out.Links[i].Start, out.Links[i].End)
	}
	return out
}

// anchorSafe protects literal * and _ of an already cleaned anchor text
// from the emphasis pass over the whole paragraph.
func anchorSafe(s string) string {
	return strings.NewReplacer("*", string(phStar), "_", string(phUnder)).Replace(s)
}

// inTitleMarks reports whether [start,end) of text sits inside 《》 (巜 is
// a common stand-in for 《): an unclosed 《 before it and a 》 after it.
func inTitleMarks(text string, start, end int) bool {
	depth := 0
	for _, r := range text[:start] {
		switch r {
		case '《', '巜':
			depth++
		case '》':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0 && strings.ContainsRune(text[end:], '》')
}

// junkAnchor reports link texts that are export debris, not words:
// footnote references like [1], the caret of a footnote back-link, and
// "undefined" left by a broken exporter.
func junkAnchor(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || s == "^" || s == "undefined" {
		return true
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		inner := strings.Trim(s, "[]^")
		return strings.IndexFunc(inner, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
	}
	return false
}

// parseLink parses "[text](target)" starting at the '[' at s[i]. Brackets
// in the text and parentheses in the target may nest; escapes are skipped.
func parseLink(s string, i int) (text, target string, end int, ok bool) {
	depth := 0
	j := i
	for ; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			depth--
		case '\n':
			return "", "", 0, false
		}
		if depth == 0 {
			break
		}
	}
	if j >= len(s) || j+1 >= len(s) || s[j+1] != '(' {
		return "", "", 0, false
	}
	text = s[i+1 : j]
	k := j + 1
	pd := 0
	for ; k < len(s); k++ {
		switch s[k] {
		case '(':
			pd++
		case ')':
			pd--
		}
		if pd == 0 {
			break
		}
	}
	if k >= len(s) {
		return "", "", 0, false
	}
	target = strings.TrimSpace(s[j+2 : k])
	// a title after the URL: (url "title")
	if sp := strings.IndexAny(target, " \t"); sp > 0 && !strings.HasPrefix(target, "data:") {
		target = target[:sp]
	}
	return text, target, k + 1, true
}

var emphasisRun = regexp.MustCompile(`\*\*+|__+`)

// stripEmphasis removes markdown emphasis markers. Double markers (** and
// __) are always markup in prose, even when they open inside a list of
// 《titles》 and close somewhere else, so they go unconditionally. A single
// * or _ goes only when it flanks a word and has a partner in the same
// paragraph, so "5 * 3" and snake_case survive.
func stripEmphasis(s string) string {
	s = emphasisRun.ReplaceAllString(s, "")
	rs := []rune(s)
	var cands []int
	for i, r := range rs {
		if r != '*' && r != '_' {
			continue
		}
		var prev, next rune = ' ', ' '
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		left := !unicode.IsSpace(next)
		right := !unicode.IsSpace(prev)
		if r == '_' && isAlnum(prev) && isAlnum(next) {
			continue // intraword underscore
		}
		if left != right || r == '*' && left && right {
			cands = append(cands, i)
		}
	}
	if len(cands) < 2 {
		return s
	}
	drop := map[int]bool{}
	// pair an opener (followed by non-space) with the next closer of the
	// same character (preceded by non-space)
	for a := 0; a < len(cands); a++ {
		i := cands[a]
		if drop[i] || i+1 >= len(rs) || unicode.IsSpace(rs[i+1]) {
			continue
		}
		for c := a + 1; c < len(cands); c++ {
			j := cands[c]
			if rs[j] == rs[i] && !drop[j] && j > i+1 && !unicode.IsSpace(rs[j-1]) {
				drop[i], drop[j] = true, true
				a = c
				break
			}
		}
	}
	var b strings.Builder
	for i, r := range rs {
		if !drop[i] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// makeLink builds a Link, decoding the search term of Zhihu entity-search
// links (the spelling the author typed, before the exporter added spaces).
func makeLink(start, end int, target, text string) ingest.Link {
	l := ingest.Link{Start: start, End: end, Target: target}
	if u, err := url.Parse(target); err == nil {
		if strings.HasSuffix(u.Host, "zhihu.com") && strings.HasPrefix(u.Path, "/search") {
			l.Query = u.Query().Get("q")
		}
		if strings.HasSuffix(u.Host, "link.zhihu.com") {
			if t := u.Query().Get("target"); t != "" {
				l.Target = t // the redirect's destination is the real link
			}
		}
	}
	return l
}

var (
	answerPath = regexp.MustCompile(`/answer/(\d+)`)
	selfAnchor = regexp.MustCompile(`^(发布于|编辑于|原文|查看原文|阅读全文|\d{4}-\d{2}-\d{2})`)
)

// answerID returns the Zhihu answer id a link carries about the answer it
// sits in. Entity-search links record their source answer in
// hybrid_search_extra ({"sourceType":"answer","sourceId":N}). A plain
// /answer/N URL usually cites someone else's answer, so it only counts
// when the anchor text marks it as this answer's own link (发布于, 原文,
// a date).
func answerID(target, text string) string {
	u, err := url.Parse(target)
	if err != nil {
		return ""
	}
	if extra := u.Query().Get("hybrid_search_extra"); extra != "" {
		var v struct {
			SourceType string          `json:"sourceType"`
			SourceID   json.RawMessage `json:"sourceId"`
		}
		if json.Unmarshal([]byte(extra), &v) == nil && v.SourceType == "answer" {
			id := strings.Trim(string(v.SourceID), `"`)
			if id != "" && strings.IndexFunc(id, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
				return id
			}
		}
	}
	if strings.HasSuffix(u.Host, "zhihu.com") && selfAnchor.MatchString(textclean.Trim(text)) {
		if m := answerPath.FindStringSubmatch(u.Path); m != nil {
			return m[1]
		}
	}
	return ""
}
