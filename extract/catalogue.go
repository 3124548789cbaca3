package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// Catalogues, festival programmes and press releases list each film as an
// entry: a title line, then lines of fields (China, 2006. Director: …,
// Cast: …), a synopsis, and the film's prizes, either under a label
// (Prizes: Golden Lion, Venice International Film Festival 2006.) or on a
// line of their own (第51届柏林国际电影节评审团大奖). This file reads those
// entries; the awards stage calls it for sentences that name festivals but
// no work.

// castFieldRe opens a catalogue entry's cast line (Cast:, Starring:, 主演：).
var castFieldRe = regexp.MustCompile(`(?i)^\s*(?:cast|starring|main cast|principal cast|主演|演员|主要演员)\s*[:：]`)

// castFieldAt reports whether byte offset at sits after the label of a
// cast line: the line holding it opens with castFieldRe, before at.
func castFieldAt(text string, at int) bool {
	lo := strings.LastIndexByte(text[:at], '\n') + 1
	m := castFieldRe.FindStringIndex(text[lo:at])
	return m != nil
}

// prizeFieldRe opens a catalogue entry's prize line (Prizes:, Awards:,
// 获奖情况：): the prizes of the entry's film, named without a verb.
var prizeFieldRe = regexp.MustCompile(`(?i)^\s*(?:prizes?|awards?|honou?rs|festivals? and awards|selected awards|获奖情况|获奖记录|获奖经历|所获奖项|获奖|荣誉|奖项)\s*[:：]\s*`)

// prizeFieldLen is the length of the prize-line label opening line, or 0.
func prizeFieldLen(line string) int {
	if m := prizeFieldRe.FindStringIndex(line); m != nil {
		return m[1]
	}
	return 0
}

// nextSentenceStart is where the sentence after sp starts in paragraph
// pi, or -1.
func (c *Context) nextSentenceStart(pi int, sp [2]int) int {
	for _, s := range c.sentenceSpansOf(pi) {
		if s[0] >= sp[1] {
			return s[0]
		}
	}
	return -1
}

// fieldStatusCues give the status of a prize line's item that has no
// verb: a selection or a nomination; an item naming a prize is a win.
var fieldStatusCues = []struct{ w, status string }{
	{"closing film", "screened"}, {"opening film", "screened"}, {"闭幕影片", "screened"}, {"开幕影片", "screened"}, {"闭幕片", "screened"}, {"开幕片", "screened"},
	{"in competition", "competition"}, {"competition", "competition"}, {"主竞赛", "competition"}, {"竞赛单元", "competition"}, {"入围", "competition"},
	{"nominat", "nominated"}, {"提名", "nominated"},
	{"official selection", "screened"}, {"selection", "screened"}, {"screening", "screened"}, {"展映", "screened"}, {"放映", "screened"},
}

// fieldStatus is the status the first of fieldStatusCues in item gives,
// or "".
func fieldStatus(item string) string {
	for _, cue := range fieldStatusCues {
		if strings.Contains(item, cue.w) {
			return cue.status
		}
	}
	return ""
}

// fieldPrizeRe names a prize in a prize line's item (Grand Prix, Best
// Emerging Director, Un Certain Regard Prize, Jury Prize, 评审团奖): the
// item is a win. A jury alone (sat on the jury) is no prize.
var fieldPrizeRe = regexp.MustCompile(`grand prix|prize|award|\bbest |golden |silver |palme|jury (?:prize|award)|大奖|奖`)

// prizeField relates the entry's film a to the festivals of a prize line
// (Prizes: Golden Bear and Silver Bear for Best Actor (Liao Fan), Berlin
// International Film Festival 2014; Best New Director, Golden Horse Awards
// 2015.). line is the sentence's text, its label n bytes long (0 for an
// item after a semicolon, cut into a sentence of its own). Each item (up to
// a semicolon) names one festival's prizes: its status is the item's own
// cue, else won when it names a prize.
func (c *Context) prizeField(a *Found, sp [2]int, line string, n int, fests []*Found) {
	lo := n
	for lo < len(line) {
		hi := len(line)
		if i := strings.IndexAny(line[lo:], ";；"); i >= 0 {
			hi = lo + i
		}
		item := strings.ToLower(line[lo:hi]) // lower-cased after slicing: offsets stay the text's
		var in []*Found
		for _, f := range fests {
			if f.QStart >= sp[0]+lo && f.QEnd <= sp[0]+hi {
				in = append(in, f)
			}
		}
		status, _ := clauseStatus(item)
		if status == "" {
			status = fieldStatus(item)
		}
		for _, fest := range dedupeFestivals(in) {
			status := status
			prize := fest.Prize
			if prize == "" {
				prize = prizeRe.FindString(item)
			}
			if status == "" && (prize != "" || fieldPrizeRe.MatchString(item)) || status == "competition" && fieldPrizeRe.MatchString(item) {
				status = "won" // 主竞赛单元特别奖: a prize of the competition
			}
			if status == "" {
				continue
			}
			if status == "competition" && fest.Festival != nil && fest.Festival.Kind == "award" {
				status = "nominated"
			}
			c.award([]*Found{a}, fest, status, prize, item, [2]int{sp[0] + lo, sp[0] + hi}, 0.7, sp[0]+lo)
		}
		lo = hi
		if hi < len(line) {
			_, w := utf8.DecodeRuneInString(line[hi:])
			lo = hi + w
		}
	}
}

// maxEntryParas bounds how many paragraphs a catalogue entry's fields
// (year and director, cast, synopsis, prizes, notes) may run below its
// title line.
const maxEntryParas = 8

// maxEntryTitle bounds (in runes) a catalogue entry's title line.
const maxEntryTitle = 60

// entryTitleFilm is the film whose title line heads the catalogue entry
// holding byte offset off (STILL LIFE (三峡好人) / China, 2006. Director:
// … / Cast: … / synopsis / Prizes: …): the nearest paragraph above, within
// maxEntryParas of the section, that is a short line naming one screen
// work and ending in no sentence mark. nil when there is none.
func (c *Context) entryTitleFilm(off int, ms []*Found) *Found {
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	for pj := pi - 1; pj >= 0 && pj >= pi-maxEntryParas && c.oneText(pj, pi); pj-- {
		p := c.Paras[pj]
		line := strings.TrimSpace(c.Doc.Text[p.Start:p.End])
		if line == "" || utf8.RuneCountInString(line) > maxEntryTitle {
			continue
		}
		if endsSentence(line) {
			continue // a sentence, not a title line
		}
		if w := soleScreenWork(ms, p.Start, p.End); w != nil {
			return w
		}
	}
	return nil
}

// maxBarePrizeLine bounds (in runes) a line that is nothing but a prize.
const maxBarePrizeLine = 80

// prizeLineVerbs are words that make a line with a festival in it a
// sentence about the festival rather than a bare prize line.
var prizeLineVerbs = regexp.MustCompile(`获|拿|得到|入围|是|在|将|于|被|说|表示|举办|举行|\b(?:won|wins|was|were|is|are|has|had|will|took|received|takes|held|opens|said)\b`)

// barePrizeLine reports a line that names a festival's prize and nothing
// else: no verb, no sentence inside it, short (第51届柏林国际电影节评审团大奖
// （银熊奖）; Silver Bear Jury Grand Prix, 51st Berlin International Film
// Festival). People in it (the prize's winner in brackets) are allowed.
func (c *Context) barePrizeLine(line string, sp [2]int, fests, people []*Found) bool {
	if !c.ownLine(sp) {
		return false // 吴京还代表中国冲过奥斯卡最佳外语片呢，…: a sentence of prose
	}
	t := strings.TrimSpace(line)
	if t == "" || utf8.RuneCountInString(t) > maxBarePrizeLine || strings.ContainsAny(strings.TrimRight(t, "。.;；"), "。！？!?") {
		return false
	}
	// the line without its festival and people mentions
	var rest strings.Builder
	at := sp[0]
	for _, f := range sortedFound(append(append([]*Found(nil), fests...), people...)) {
		if f.QStart < at {
			continue
		}
		rest.WriteString(c.st(at, f.QStart) + " ")
		at = f.QEnd
	}
	rest.WriteString(c.st(at, sp[1]))
	r := strings.ToLower(rest.String())
	if prizeLineVerbs.MatchString(r) {
		return false
	}
	low := strings.ToLower(t)
	return fieldPrizeRe.MatchString(low) || fieldStatus(low) != ""
}

// sortedFound returns fs sorted by start.
func sortedFound(fs []*Found) []*Found {
	sort.Slice(fs, func(i, j int) bool { return fs[i].QStart < fs[j].QStart })
	return fs
}

// ownLine reports whether span sp is a line of its own: it starts at
// its paragraph's start or after a line break, and ends at the paragraph's
// end or before one.
func (c *Context) ownLine(sp [2]int) bool {
	pi := c.ParaOf(sp[0])
	if pi < 0 {
		return false
	}
	p := c.Paras[pi]
	before := strings.TrimRight(c.Doc.Text[p.Start:sp[0]], " \t")
	after := strings.TrimLeft(c.Doc.Text[sp[1]:p.End], " \t")
	return (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || strings.HasPrefix(after, "\n"))
}

// titleLineAbove is the film of the line right above span sp in its
// paragraph when that line reads as an entry's title line, else nil.
func (c *Context) titleLineAbove(pi int, sp [2]int, ms []*Found) *Found {
	spans := c.sentenceSpansOf(pi)
	for k := len(spans) - 1; k >= 0; k-- {
		if spans[k][0] < sp[0] {
			return c.titleLine(spans[k], ms)
		}
	}
	// the first line of its paragraph: the last line of the paragraph
	// before, in the same section
	if pi > 0 && c.Paras[pi-1].Section == c.Paras[pi].Section {
		if prev := c.sentenceSpansOf(pi - 1); len(prev) > 0 {
			return c.titleLine(prev[len(prev)-1], ms)
		}
	}
	return nil
}

// editionLineRe finds the edition or year a festival record gives (第51届,
// 51st, 2019).
var editionLineRe = regexp.MustCompile(`第\s*[0-9一二三四五六七八九十百]+\s*届|\b[0-9]+(?:st|nd|rd|th)\b|\b(?:19|20)[0-9]{2}\b`)

// titleLineBelow is the film of the line right below span sp (in its
// paragraph, or the first line of the next one in the same section) when
// that line names a screen work, else nil.
func (c *Context) titleLineBelow(pi int, sp [2]int, ms []*Found) *Found {
	spans := c.sentenceSpansOf(pi)
	for _, s := range spans {
		if s[0] >= sp[1] {
			return c.firstWork(s, ms)
		}
	}
	if pi+1 < len(c.Paras) && c.Paras[pi+1].Section == c.Paras[pi].Section {
		if next := c.sentenceSpansOf(pi + 1); len(next) > 0 {
			return c.firstWork(next[0], ms)
		}
	}
	return nil
}

// firstWork is the first screen work named in span sp, or nil.
func (c *Context) firstWork(sp [2]int, ms []*Found) *Found {
	for _, f := range within(ms, sp[0], sp[1]) {
		if f.Type == schema.Work && screenKind(f.Kind) {
			return f
		}
	}
	return nil
}

// titleLine is the one screen work span sp names when sp reads as an
// entry's title line (a line of its own ending in no sentence mark), else
// nil.
func (c *Context) titleLine(sp [2]int, ms []*Found) *Found {
	if !c.ownLine(sp) || endsSentence(strings.TrimSpace(c.st(sp[0], sp[1]))) {
		return nil
	}
	return soleScreenWork(ms, sp[0], sp[1])
}

// soleScreenWork is the one screen work named in [s,e), or nil when there
// is none or more than one.
func soleScreenWork(ms []*Found, s, e int) *Found {
	var work *Found
	for _, f := range within(ms, s, e) {
		if f.Type != schema.Work || !screenKind(f.Kind) {
			continue
		}
		if work != nil && work.Entity != f.Entity {
			return nil
		}
		work = f
	}
	return work
}

// endsSentence reports a line that ends with a sentence mark: a sentence,
// not a title line.
func endsSentence(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".。!！?？", last)
}

// labelsBelow reports whether a bare prize line under the title line of
// film a is rather the label of the line below it, as in a winners list
// (Silver Bear Grand Jury Prize / - The Grand Budapest Hotel): a different
// work follows right below, and the line gives no edition or year (第51届…,
// 51st Berlin …, 2019), which would make it one film's record.
func (c *Context) labelsBelow(pi int, sp [2]int, sent string, a *Found, ms []*Found) bool {
	b := c.titleLineBelow(pi, sp, ms)
	return b != nil && b.Entity != a.Entity && !editionLineRe.MatchString(sent)
}

// A festival's own programme or press release (its first line is the
// festival's name: 第四届里斯本华语电影节, 3rd Copenhagen Chinese Film
// Week · Press Release) lists the films it shows as entries, each a line
// opening with the title and carrying, or heading, a director field. Each
// entry's film screened at that festival, whatever prizes its entry lists
// from elsewhere.

// directorFieldRe is a director field of an entry line (导演：王某,
// 导演 Director：, Director:, directed by).
var directorFieldRe = regexp.MustCompile(`(?i)(?:^|[\s,，;；(（|])(?:导演(?: ?director)?\s*[:：]|director\s*[:：]|directed by\b|dir\.)`)

// entryOpenRe is what may stand before an entry's title on its line: a
// number and an opening mark (1.《…, 2、“…).
var entryOpenRe = regexp.MustCompile(`^\s*(?:[0-9]{1,2}\s*[.、)]\s*)?[《“"]?\s*$`)

// eventNewsRe is what a news story says of a festival in its headline.
var eventNewsRe = regexp.MustCompile(`开幕|闭幕|落幕|揭晓|公布|举行|举办|启幕|开启|官宣|宣布|\b(?:opens|opened|closes|closed|announces|announced|unveils|unveiled|wraps)\b`)

// maxHostRest bounds (in runes) what a programme's first line may hold
// besides the festival's name and edition (· 新闻通稿, Press Release).
const maxHostRest = 16

// programmeHost is the festival whose own page the document is: its first
// line names it and little else, with no verb. nil otherwise.
func (c *Context) programmeHost(ms []*Found) *Found {
	if len(c.Paras) == 0 {
		return nil
	}
	spans := c.sentenceSpansOf(0)
	if len(spans) == 0 {
		return nil
	}
	sp := spans[0]
	var host *Found
	for _, f := range within(ms, sp[0], sp[1]) {
		if f.Type == schema.Festival {
			if host != nil {
				return nil // two festivals: a report on them, not one's page
			}
			host = f
		}
	}
	if host == nil {
		return nil
	}
	rest := strings.ToLower(strings.TrimSpace(editionMarkerRe.ReplaceAllString(c.st(sp[0], host.QStart), "") + c.st(host.QEnd, sp[1])))
	if utf8.RuneCountInString(rest) > maxHostRest || strings.ContainsAny(rest, "，,。.！!？?") ||
		prizeLineVerbs.MatchString(rest) || eventNewsRe.MatchString(rest) {
		return nil // 第十届某某影展昨日开幕: news of the festival, not its page
	}
	return host
}

// programmeScreenings relates each entry of a festival's own programme to
// that festival as screened, when the document has two entries or more.
func (c *Context) programmeScreenings(ms []*Found) {
	host := c.programmeHost(ms)
	if host == nil {
		return
	}
	type entry struct {
		film *Found
		sp   [2]int
	}
	var entries []entry
	seen := map[quad.IRI]bool{}
	for pi := range c.Paras {
		spans := c.sentenceSpansOf(pi)
		for k, sp := range spans {
			w := c.entryWork(sp, ms)
			if w == nil || seen[w.Entity] || !c.directorFieldNear(pi, k, w) {
				continue
			}
			seen[w.Entity] = true
			entries = append(entries, entry{w, sp})
		}
	}
	if len(entries) < 2 {
		return
	}
	for _, e := range entries {
		c.award([]*Found{e.film}, host, "screened", "", strings.ToLower(c.st(e.sp[0], e.sp[1])), e.sp, 0.6, e.sp[0])
	}
}

// entryWork is the screen work that opens line sp (after a number and an
// opening mark), or nil.
func (c *Context) entryWork(sp [2]int, ms []*Found) *Found {
	if !c.ownLine(sp) {
		return nil
	}
	fs := within(ms, sp[0], sp[1])
	if len(fs) == 0 {
		return nil
	}
	if f := fs[0]; f.Type == schema.Work && screenKind(f.Kind) && entryOpenRe.MatchString(c.st(sp[0], f.QStart)) {
		return f
	}
	return nil
}

// directorFieldNear reports a director field after work w on its line
// (sentence k of paragraph pi), or opening one of the next maxEntryLines
// lines of the same text.
func (c *Context) directorFieldNear(pi, k int, w *Found) bool {
	spans := c.sentenceSpansOf(pi)
	if directorFieldRe.MatchString(c.st(w.QEnd, spans[k][1])) {
		return true
	}
	lines := append([][2]int(nil), spans[k+1:]...)
	for pj := pi + 1; len(lines) < maxEntryLines && pj < len(c.Paras) && c.oneText(pi, pj); pj++ {
		lines = append(lines, c.sentenceSpansOf(pj)...)
	}
	for n, sp := range lines {
		if n == maxEntryLines {
			break
		}
		if m := directorFieldRe.FindStringIndex(strings.TrimSpace(c.st(sp[0], sp[1]))); m != nil && m[0] == 0 {
			return true
		}
	}
	return false
}
