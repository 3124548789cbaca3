// Package news reads plain-text articles (format "news"): one paragraph
// per line or per blank-line-separated block, bare subheading lines, an
// outlet and timestamp glued to the first sentence ("某某财讯2025年12月02日
// 16:43消息,…"), and web boilerplate around the story (comment widgets,
// share bars, editor credits) that is dropped.
//
// It is also the fallback for any text no other reader claims.
package news

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/ingest/textclean"
)

func init() { ingest.Register(Reader{}) }

// Reader is the plain-text news reader.
type Reader struct{}

func (Reader) Name() string { return "news" }

// Detect gives every non-empty text a low score, so news is what is left
// when no specific format recognises the input.
func (Reader) Detect(src ingest.Source) int {
	if len(src.Data) == 0 {
		return 0
	}
	return 10
}

// boilerplate matches lines that belong to the page around the article:
// comment widgets, share bars, credits and navigation between articles.
var boilerplate = regexp.MustCompile(`^(留言评论|发表评论|我要评论|网友评论|评论区|相关阅读|相关新闻|相关文章|推荐阅读|热门推荐|分享到.*|分享至.*|扫一扫.*|打印本页|关闭窗口|返回顶部|上一篇.*|下一篇.*|【?纠错】?|举报)$|已有\s*\d+\s*条评论|暂无评论|成为第一个评论者|登录后(才能)?(发表)?评论|^[(（]?\s*责任编辑\s*[:：]|^[(（]?\s*(编辑|校对|审核|监制|编审)\s*[:：]\s*\S{1,12}\s*[)）]?$|^版权(所有|声明)|^Copyright\b|^©`)

// lead matches an outlet and a timestamp glued before the first sentence:
// "元界财讯2025年12月02日 16:43消息," or "新华社北京12月2日电". The outlet
// is at most 24 characters and the whole prefix ends with 消息/电/讯 or a
// comma after the time.
var lead = regexp.MustCompile(`^([^\s，,。：:（(]{1,24}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(消息|电|讯|报道)?\s*[,，:：]?\s*`)

func (Reader) Read(src ingest.Source) (*ingest.Document, error) {
	paras := Paragraphs(textclean.Lines(string(src.Data)))
	b := ingest.NewBuilder()
	meta := b.Meta()

	// A short first line without terminal punctuation, followed by more
	// text, is the headline.
	headline := ""
	if len(paras) > 1 && isHeadline(paras[0]) {
		meta.Title = paras[0]
		headline, paras = paras[0], paras[1:]
	}
	b.StartSection("article", meta.Title)
	if headline != "" {
		// The headline stays in the text as the article's first heading:
		// the films and people it names (《卧虎藏龙》的演员们) are mentions
		// of the document like any other.
		b.AddParagraph("heading", "", headline)
	}
	if len(paras) > 0 {
		if m := lead.FindStringSubmatchIndex(paras[0]); m != nil && (m[9] > 0 || m[6] > 0) {
			if iso, _, _, ok := textclean.FindDate(paras[0][m[4]:m[5]]); ok {
				meta.Date = iso
			}
			s := b.Section()
			s.Author, s.AuthorKind = textclean.Trim(paras[0][m[2]:m[3]]), "organisation"
			paras[0] = paras[0][m[1]:]
		}
	}
	for _, p := range paras {
		kind := "text"
		if isHeading(p) {
			kind = "heading"
		}
		b.AddParagraph(kind, "", p)
	}
	doc := b.Document()
	doc.Lang = textclean.Lang(doc.Text)
	return doc, nil
}

// Paragraphs turns plain-text lines into paragraphs: boilerplate and
// blank lines dropped; within a block of consecutive lines, a line that
// looks hard-wrapped (it does not end a sentence and is about as long as
// the block's longest line) is joined to the next, unless the next opens
// with a speaker's label; a speaker's lines in a row (a chat's messages)
// are joined into one turn.
func Paragraphs(lines []string) []string {
	var out []string
	var block []string
	flush := func() {
		max := 0
		for _, l := range block {
			if w := textclean.Width(l); w > max {
				max = w
			}
		}
		cur := ""
		sameTurn := false // the line before was the same speaker's message
		for i, l := range block {
			if sameTurn && cur != "" {
				// one message per line: the break stays, so each message
				// ends its sentence (笑点全是梗 / 梗全是中文互联网的)
				cur += "\n" + strings.TrimLeftFunc(l, textclean.IsSpace)
			} else {
				cur = textclean.Join(cur, l)
			}
			sameTurn = false
			wrapped := i+1 < len(block) && !textclean.EndsSentence(l) &&
				textclean.Width(l)*10 >= max*8 && max >= 40 && !isHeading(l) && !textclean.SpeakerLabel.MatchString(block[i+1])
			if i+1 < len(block) && speaker(l) != "" && speaker(block[i+1]) != "" {
				// a speaker's messages in a row are one turn; the next
				// speaker's line opens another (a label-less line after a
				// labelled one is wrapped or not by its width, as any)
				wrapped = speaker(block[i+1]) == speaker(l)
				sameTurn = wrapped
			}
			if !wrapped {
				out = append(out, cur)
				cur = ""
			}
		}
		if cur != "" {
			out = append(out, cur)
		}
		block = block[:0]
	}
	for _, l := range lines {
		l = textclean.Trim(l)
		if l == "" {
			flush()
			continue
		}
		if boilerplate.MatchString(l) {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return out
}

// speaker returns the label of a speaker's line (林晓川 in 林晓川：…), or "".
func speaker(l string) string {
	if !textclean.SpeakerLabel.MatchString(l) {
		return ""
	}
	if i := strings.IndexAny(l, ":："); i > 0 {
		return l[:i]
	}
	return ""
}

// speechColon matches a line whose colon introduces what someone says
// (导演表示：…, He said: …): prose, not a headline.
var speechColon = regexp.MustCompile(`(说|表示|称|指出|认为|坦言|透露|写道|回应|问道|强调|says|said|writes|wrote|told|asks|asked)\s*[:：]`)

// isHeadline reports a document's first line that is its headline: a bare
// heading, or a headline with a colon between its parts (《W》：一场走不出影展
// 的夜行, Berlinale 2014: the winners). Prose stays prose: a line ending in
// a sentence mark, holding a sentence break or a clause comma, introducing
// speech, or longer than a headline runs.
func isHeadline(s string) bool {
	if isHeading(s) || isQuestionHeadline(s) {
		return true
	}
	s = textclean.Trim(s)
	if s == "" || textclean.EndsSentence(s) || textclean.Width(s) > 72 {
		return false
	}
	if strings.Count(s, ":")+strings.Count(s, "：") != 1 {
		return false
	}
	if strings.ContainsAny(s, "，,。；;！？!?") || strings.Contains(s, ". ") || speechColon.MatchString(s) {
		return false
	}
	return true
}

// isQuestionHeadline reports a headline that asks (国产电影为什么走不出去？,
// Why don't Chinese films travel?): one short question, no other sentence
// before it. Opinion pieces are often titled so, and their question is
// what the whole piece answers.
func isQuestionHeadline(s string) bool {
	s = textclean.Trim(s)
	q := strings.TrimRight(s, "？?")
	if q == s || q == "" || textclean.Width(s) > 60 {
		return false
	}
	return !strings.ContainsAny(q, "。；;！!？?") && !strings.Contains(q, ". ")
}

// isHeading reports a bare subheading: short, no sentence punctuation at
// the end and none inside that a running sentence would have.
func isHeading(s string) bool {
	s = textclean.Trim(s)
	n := utf8.RuneCountInString(s)
	if n == 0 || n > 30 || textclean.EndsSentence(s) {
		return false
	}
	return !strings.ContainsAny(s, "，,。；;：:！？!?") || n <= 12 && !strings.ContainsAny(s, "，,。")
}
