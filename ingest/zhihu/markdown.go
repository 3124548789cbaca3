package zhihu

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

// block is one markdown block before inline cleaning.
type block struct {
	kind  string // text, heading, item, quote
	level int    // heading level (1-6)
	raw   string // markdown source, soft-wrapped lines joined
}

var (
	atxHeading  = regexp.MustCompile(`^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	setextLine  = regexp.MustCompile(`^ {0,3}(=+|-+)\s*$`)
	bulletItem  = regexp.MustCompile(`^\s*[*+\-•]\s+(.*)$`)
	orderedItem = regexp.MustCompile(`^\s*(\d{1,3})(?:\\?\.|\))\s+(.*)$`)
	// 1、 1． （1） ① : how Chinese writers number the points of an answer
	cjkItem      = regexp.MustCompile(`^\s*((?:\d{1,2}[、．]|[（(]\d{1,2}[）)]|[①-⑳])\s*)(\S.*)$`)
	quoteLine    = regexp.MustCompile(`^\s{0,3}>\s?(.*)$`)
	fenceLine    = regexp.MustCompile("^\\s*(```|~~~)")
	htmlOnlyLine = regexp.MustCompile(`^\s*<(/?[a-zA-Z][^>]*)>\s*$`)
)

// parseBlocks groups markdown lines into blocks. Blank lines (including
// filler lines of spaces or NBSP) end a block; a setext underline turns
// the line above into a heading, and the same dashes after a blank line
// are a rule, which is dropped like other rules (* * *, ————).
func parseBlocks(lines []string) []block {
	var out []block
	var cur *block
	lineCount := 0
	flush := func() {
		if cur != nil && textclean.Trim(cur.raw) != "" {
			out = append(out, *cur)
		}
		cur, lineCount = nil, 0
	}
	start := func(kind string, level int, raw string) {
		flush()
		cur = &block{kind: kind, level: level, raw: raw}
		lineCount = 1
	}
	inFence := false
	for _, line := range lines {
		if fenceLine.MatchString(line) {
			flush()
			inFence = !inFence
			continue
		}
		if inFence {
			// code is kept as plain lines; it rarely matters for prose
			start("text", 0, line)
			flush()
			continue
		}
		if textclean.IsBlank(line) {
			flush()
			continue
		}
		if m := setextLine.FindStringSubmatch(line); m != nil {
			if cur != nil && cur.kind == "text" && lineCount == 1 {
				cur.kind, cur.level = "heading", 2
				if m[1][0] == '=' {
					cur.level = 1
				}
			}
			flush()
			continue
		}
		if textclean.IsRule(line) || htmlOnlyLine.MatchString(line) {
			flush()
			continue
		}
		if m := atxHeading.FindStringSubmatch(line); m != nil {
			start("heading", len(m[1]), m[2])
			flush()
			continue
		}
		if m := bulletItem.FindStringSubmatch(line); m != nil {
			start("item", 0, m[1])
			continue
		}
		if m := orderedItem.FindStringSubmatch(line); m != nil {
			start("item", 0, m[1]+". "+m[2])
			continue
		}
		if m := cjkItem.FindStringSubmatch(line); m != nil {
			start("item", 0, strings.TrimSpace(m[1])+m[2])
			continue
		}
		if m := quoteLine.FindStringSubmatch(line); m != nil {
			if cur != nil && cur.kind == "quote" {
				cur.raw = textclean.Join(cur.raw, m[1])
				lineCount++
			} else {
				start("quote", 0, m[1])
			}
			continue
		}
		if cur == nil {
			start("text", 0, line)
			continue
		}
		cur.raw = textclean.Join(cur.raw, line)
		lineCount++
	}
	flush()
	return out
}

// para is a cleaned paragraph ready for the Builder.
type para struct {
	kind  string
	level int
	cleaned
}

// cleanBlocks reduces each block's inline markdown to text and re-joins
// paragraphs that an exporter broke in the middle of a sentence.
func cleanBlocks(blocks []block) []para {
	var out []para
	for _, bl := range blocks {
		c := cleanInline(bl.raw)
		c.Text = strings.ReplaceAll(c.Text, "\u00a0", " ")
		if textclean.IsBlank(c.Text) {
			// an image-only paragraph may still carry an answer id
			if len(c.IDs) > 0 && len(out) > 0 {
				out[len(out)-1].IDs = append(out[len(out)-1].IDs, c.IDs...)
			}
			continue
		}
		p := para{kind: bl.kind, level: bl.level, cleaned: c}
		if n := len(out); n > 0 && continues(out[n-1], p) {
			out[n-1] = merge(out[n-1], p)
			continue
		}
		out = append(out, p)
	}
	return out
}

// continues decides, conservatively, that next is the rest of a sentence
// prev left unfinished: prev ends without terminal punctuation and either
// next opens with punctuation no sentence starts with, prev ends on a
// comma or an opening bracket, or next is a short tail ("有。") that ends
// the sentence. A line merely lacking a full stop is common in informal
// writing and is not enough.
func continues(prev, next para) bool {
	if prev.kind != "text" || next.kind != "text" || textclean.EndsSentence(prev.Text) {
		return false
	}
	last, first := textclean.LastRune(prev.Text), textclean.FirstRune(next.Text)
	switch {
	case strings.ContainsRune("，、,；;。！？）》」』”", first):
		return true
	case strings.ContainsRune("，、《「『“（", last):
		return true
	case textclean.IsHan(last) && textclean.IsHan(first) &&
		utf8.RuneCountInString(textclean.Trim(next.Text)) <= 4 && textclean.EndsSentence(next.Text):
		return true
	}
	return false
}

// merge appends b to a, shifting b's link offsets.
func merge(a, b para) para {
	joined := textclean.Join(a.Text, b.Text)
	rest := strings.TrimLeftFunc(b.Text, textclean.IsSpace)
	shift := (len(joined) - len(rest)) - (len(b.Text) - len(rest))
	for _, l := range b.Links {
		l.Start += shift
		l.End += shift
		a.Links = append(a.Links, l)
	}
	a.Text = joined
	a.IDs = append(a.IDs, b.IDs...)
	return a
}

// addParas hands paragraphs to the Builder with their links and returns
// the answer ids they carried.
func addParas(b *ingest.Builder, ps []para) []string {
	var ids []string
	for _, p := range ps {
		text := strings.TrimRightFunc(p.Text, textclean.IsSpace)
		i := b.AddParagraph(p.kind, "", text)
		if i < 0 {
			continue
		}
		for _, l := range p.Links {
			if l.End <= len(text) {
				b.AddLink(i, l)
			}
		}
		ids = append(ids, p.IDs...)
	}
	return ids
}

// addUnique appends ids not already in list.
func addUnique(list []string, ids ...string) []string {
	for _, id := range ids {
		dup := false
		for _, x := range list {
			if x == id {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, id)
		}
	}
	return list
}
