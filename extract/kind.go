package extract

import (
	"strings"
	"unicode/utf8"
)

// kindNone marks a 《…》 that is not a work at all (a parody or invented
// title announced as such).
const kindNone = "-"

// cue words around a title mark and the kind they give. Longest first
// within each list, so 电视剧 wins over 剧.
var beforeCues = []struct{ w, kind string }{
	{"纪录电影", "documentary"}, {"纪录片", "documentary"}, {"专题片", "documentary"},
	{"动画电影", "film"}, {"网络电影", "film"}, {"电影", "film"}, {"影片", "film"}, {"动画片", "film"}, {"片子", "film"}, {"新片", "film"}, {"新作", "film"}, {"大片", "film"},
	{"电视剧", "tv"}, {"连续剧", "tv"}, {"网络剧", "tv"}, {"微短剧", "tv"}, {"短剧", "tv"}, {"网剧", "tv"}, {"剧集", "tv"}, {"美剧", "tv"}, {"韩剧", "tv"}, {"日剧", "tv"}, {"英剧", "tv"}, {"港剧", "tv"}, {"台剧", "tv"}, {"国产剧", "tv"}, {"综艺", "tv"}, {"话剧", "other"},
	{"长篇小说", "book"}, {"小说", "book"}, {"原著", "book"}, {"名著", "book"}, {"著作", "book"}, {"专著", "book"}, {"漫画", "book"}, {"诗集", "book"}, {"书籍", "book"}, {"文章", "book"}, {"论文", "book"}, {"名著如", "book"}, {"新书", "book"}, {"一书", "book"},
	{"歌曲", "song"}, {"主题曲", "song"}, {"插曲", "song"}, {"名曲", "song"}, {"唱起", "song"}, {"演唱", "song"}, {"合唱", "song"},
	{"游戏", "game"}, {"手游", "game"},
	{"杂志", "periodical"}, {"期刊", "periodical"}, {"报纸", "periodical"},
	{"讲话", "speech"},
	{"报告", "report"},
}

var afterCues = []struct{ w, kind string }{
	{"剧组", "film"}, {"剧情", ""}, {"剧本", ""}, {"剧照", ""}, {"剧透", ""}, {"剧场版", "film"},
	{"电视剧", "tv"}, {"网剧", "tv"}, {"剧集", "tv"}, {"系列剧", "tv"}, {"等剧", "tv"}, {"剧", "tv"},
	{"[M]", "book"}, {"［M］", "book"}, {"一书", "book"}, {"这本书", "book"}, {"这本小说", "book"}, {"书中", "book"}, {"小说", "book"}, {"原著", "book"},
	{"纪录片", "documentary"},
	{"游戏", "game"},
	{"杂志", "periodical"},
	{"主题曲", "song"}, {"这首歌", "song"}, {"歌曲", "song"},
	{"电影", "film"}, {"影片", "film"}, {"这部电影", "film"}, {"这部片", "film"}, {"这部影片", "film"}, {"上映", "film"}, {"票房", "film"}, {"导演", "film"}, {"主演", "film"}, {"片", "film"},
}

// parodyCues before or after a title mark an invented title.
var parodyCues = []string{"恶搞", "山寨版", "戏仿", "虚构的", "假想的"}

// bracketKinds gives the context kind of each bracket of one paragraph:
// from the words just before the first title of a run of adjacent titles
// and just after its last (《音乐家》《白塔之光》…六部影片 are all films),
// or "" when the context is silent.
func bracketKinds(text string, bs []bracket, pStart, pEnd int) []string {
	kinds := make([]string, len(bs))
	for i := 0; i < len(bs); {
		j := i
		for j+1 < len(bs) && onlySeparators(text[bs[j].Close:bs[j+1].Open]) {
			j++
		}
		// run [i..j]
		runBefore := lastRunes(text[pStart:bs[i].Open], 8)
		runAfter := firstRunes(text[bs[j].Close:pEnd], 10)
		for k := i; k <= j; k++ {
			before := lastRunes(text[pStart:bs[k].Open], 8)
			after := firstRunes(text[bs[k].Close:pEnd], 10)
			kind := cueBefore(before)
			if kind == "" {
				kind = cueAfter(after)
			}
			if kind == "" && k != i {
				kind = cueBefore(runBefore)
			}
			if kind == "" && k != j {
				kind = cueAfter(skipCount(runAfter))
			}
			if kind == "" {
				kind = cueAfter(skipCount(after))
			}
			if kind == "" {
				kind = exampleKind(text[pStart:bs[k].Open])
			}
			if kind == "" && arguedIn(after) {
				kind = kindArgued
			}
			for _, p := range parodyCues {
				if strings.Contains(before, p) || strings.HasPrefix(after, p) {
					kind = kindNone
				}
			}
			kinds[k] = kind
		}
		i = j + 1
	}
	return kinds
}

// kindArgued marks a title a writer argues "in" (在《Y》中指出): a book
// unless the title's own words say report, speech or policy.
const kindArgued = "argued"

// arguedIn reports text after a title that cites it as the place of an
// argument: 在《Y》中指出/提出/写道/认为/的论断.
func arguedIn(after string) bool {
	for _, w := range []string{"中指出", "中提出", "中写道", "中认为", "中论述", "中阐述", "中论证", "中的论断", "中所说", "中谈到", "一文中"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// exampleKind gives a title introduced as an example (譬如《Y》, 比如：《Y》)
// the kind of the category named right before the marker, even across a
// sentence end: 然后就是神话剧。譬如《封神演义》.
func exampleKind(before string) string {
	b := strings.TrimRight(before, " ：:，,")
	marker := false
	for _, m := range []string{"譬如", "比如", "例如", "比方说", "像是", "诸如"} {
		if strings.HasSuffix(b, m) {
			b, marker = strings.TrimSuffix(b, m), true
			break
		}
	}
	if !marker {
		return ""
	}
	b = strings.TrimRight(b, " 。，,：:；;！!")
	tail := lastRunes(b, 4)
	switch {
	case strings.HasSuffix(tail, "剧") && !strings.HasSuffix(tail, "喜剧") && !strings.HasSuffix(tail, "悲剧") && !strings.HasSuffix(tail, "话剧") && !strings.HasSuffix(tail, "歌剧"):
		return "tv"
	case strings.HasSuffix(tail, "电影") || strings.HasSuffix(tail, "影片") || strings.HasSuffix(tail, "片"):
		return "film"
	case strings.HasSuffix(tail, "小说") || strings.HasSuffix(tail, "名著") || strings.HasSuffix(tail, "书"):
		return "book"
	case strings.HasSuffix(tail, "游戏"):
		return "game"
	}
	return ""
}

// resolveArgued turns kindArgued into a kind for title t.
func resolveArgued(kind, t string) string {
	if kind != kindArgued {
		return kind
	}
	if k := kindFromTitle(t); k != "film" {
		return k
	}
	return "book"
}

func cueBefore(before string) string {
	b := strings.TrimRight(before, " 的:：")
	for _, c := range beforeCues {
		if strings.HasSuffix(b, c.w) {
			return c.kind
		}
	}
	return ""
}

func cueAfter(after string) string {
	a := strings.TrimLeft(after, " ")
	for _, c := range afterCues {
		if strings.HasPrefix(a, c.w) {
			return c.kind
		}
	}
	return ""
}

// skipCount skips a count phrase after a run of titles: "六部影片",
// "等 3 部电影", "这两部电视剧" → the noun after it.
func skipCount(s string) string {
	s = strings.TrimLeft(s, " ")
	for _, p := range []string{"等", "这", "那", "共", "两", "几"} {
		s = strings.TrimPrefix(s, p)
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune("0123456789一二三四五六七八九十百几两多 ", r) {
			i += n
			continue
		}
		break
	}
	s = s[i:]
	for _, p := range []string{"部", "个", "首", "本", "款", "篇"} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			if p == "首" {
				return "歌曲" + s
			}
			if p == "本" {
				return "一书" + s
			}
			break
		}
	}
	return s
}

func onlySeparators(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("、，,；;和与及 \u3000", r) {
			return false
		}
	}
	return utf8.RuneCountInString(s) <= 2
}

func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

var titleSuffixKinds = []struct {
	suf, kind string
	minRunes  int
}{
	{"日报", "periodical", 3}, {"晚报", "periodical", 3}, {"时报", "periodical", 3}, {"周刊", "periodical", 3}, {"周报", "periodical", 3}, {"月刊", "periodical", 3}, {"画报", "periodical", 3}, {"杂志", "periodical", 3}, {"导报", "periodical", 3}, {"银幕", "periodical", 4},
	{"办法", "policy", 4}, {"条例", "policy", 4}, {"规定", "policy", 4}, {"通知", "policy", 4}, {"意见", "policy", 5}, {"规划", "policy", 5}, {"纲要", "policy", 5}, {"方案", "policy", 5}, {"决定", "policy", 5}, {"细则", "policy", 4}, {"行动计划", "policy", 6}, {"若干经济政策", "policy", 6}, {"政策", "policy", 6}, {"法", "policy", 5},
	{"报告", "report", 4}, {"白皮书", "report", 4}, {"蓝皮书", "report", 4}, {"年鉴", "report", 4}, {"展望", "report", 6}, {"措施", "policy", 6},
	{"讲话", "speech", 4}, {"致辞", "speech", 4},
	{"大合唱", "song", 3}, {"进行曲", "song", 3}, {"之歌", "song", 3}, {"颂", "song", 3},
}

// kindFromTitle types a title the context says nothing about by its own
// last words (…促进法 is a law, …日报 a newspaper); otherwise film, the
// common case in writing about cinema.
func kindFromTitle(t string) string {
	core := t
	// a parenthesised year or edition at the end: 《…报告（2024）》
	if i := strings.LastIndexAny(core, "（("); i > 0 && strings.HasSuffix(core, "）") || strings.HasSuffix(core, ")") {
		if i := strings.LastIndexAny(core, "（("); i > 0 {
			core = core[:i]
		}
	}
	n := utf8.RuneCountInString(core)
	for _, s := range titleSuffixKinds {
		if strings.HasSuffix(core, s.suf) && n >= s.minRunes {
			return s.kind
		}
	}
	if n > 16 && strings.ContainsAny(core, "：:") {
		return "book"
	}
	// official documents are titled 关于…的… (关于推动…的若干意见)
	if strings.HasPrefix(core, "关于") && n >= 8 {
		return "policy"
	}
	return "film"
}

// screenKind reports a kind of work with a cast and a director: a film,
// a documentary or a series, not a novel, play or song.
func screenKind(kind string) bool {
	return kind == "film" || kind == "documentary" || kind == "tv"
}
