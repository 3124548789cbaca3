package argue

import (
	"regexp"
	"slices"
	"strings"

	"github.com/filmgraph/filmgraph/ingest/textclean"
)

// Interviews and transcripts (问：…／答：…, 记者：…／林苇：…, [00:12:40]
// MAYA: …) and replies under a post (名字：回复 @名字：…) are read as
// articles, but what an interviewee or a replier says is opinion in the
// first person, as a thread's answer is: a clause there argues without
// the explaining or judging cue an article's own description needs. The
// interviewer is told apart by asking: the speaker whose turns are mostly
// questions. (A turn asks when a sentence of it ends in a question mark,
// closing quotes and spaces aside: endsQuestion, more lenient than
// unit.question.)

// minQuestionTurns is how many question turns make a section an interview.
const minQuestionTurns = 2

// markTurns sets answerTurn on the units of every interviewee turn: a
// paragraph opened by a speaker label other than the interviewer's, and
// the unlabelled paragraphs that continue it.
func (a *Analyzer) markTurns(f folded, units []unit) {
	markReplies(f, units)
	markAttributed(f, units)
	for _, sec := range sectionRuns(units) {
		markSectionTurns(f, sec)
	}
}

// sectionRuns splits units (in document order) into the runs of each
// section, sharing their backing array.
func sectionRuns(units []unit) [][]unit {
	var out [][]unit
	for lo := 0; lo < len(units); {
		hi := lo
		for hi < len(units) && units[hi].sec == units[lo].sec {
			hi++
		}
		out = append(out, units[lo:hi])
		lo = hi
	}
	return out
}

type turn struct {
	speaker  string
	first    int // index of the turn's first unit
	question bool
}

func markSectionTurns(f folded, us []unit) {
	var turns []turn
	for i := range us {
		if i > 0 && samePara(&us[i], &us[i-1]) {
			if n := len(turns); n > 0 && endsQuestion(f, us[i]) {
				turns[n-1].question = true
			}
			continue
		}
		sp := speakerOf(f, us[i])
		if sp == "" {
			continue
		}
		turns = append(turns, turn{speaker: sp, first: i, question: endsQuestion(f, us[i])})
	}
	asked := map[string][2]int{} // speaker -> question turns, all turns
	questions := 0
	for _, t := range turns {
		n := asked[t.speaker]
		if t.question {
			n[0]++
			questions++
		}
		n[1]++
		asked[t.speaker] = n
	}
	if questions < minQuestionTurns || len(asked) < 2 {
		return
	}
	interviewer := func(sp string) bool { n := asked[sp]; return 2*n[0] >= n[1] }
	for k, t := range turns {
		if interviewer(t.speaker) {
			continue
		}
		end := len(us)
		if k+1 < len(turns) {
			end = turns[k+1].first
		}
		for i := t.first; i < end && !us[i].headPara; i++ {
			us[i].answerTurn = true
		}
	}
}

// timeCode opens a line of a timed transcript: [00:12:40], 01:02:03.
var timeCode = regexp.MustCompile(`^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*`)

// speakerOf returns the speaker label that opens unit u's paragraph (after
// a transcript's time code), or "".
func speakerOf(f folded, u unit) string {
	head := string(f.text[u.lo:min(u.hi, u.lo+32)])
	head = timeCode.ReplaceAllString(head, "")
	if !textclean.SpeakerLabel.MatchString(head) {
		return ""
	}
	i := strings.IndexAny(head, ":：")
	return strings.ToLower(strings.TrimSpace(head[:i]))
}

// endsQuestion reports whether unit u ends in a question mark.
func endsQuestion(f folded, u unit) bool {
	for i := u.hi - 1; i >= u.lo; i-- {
		switch r := f.text[i]; {
		case r == '?' || r == '？':
			return true
		case strings.ContainsRune(textclean.Closers, r) || r == ' ' || r == '\n':
			continue
		default:
			return false
		}
	}
	return false
}

// markReplies marks the paragraphs of replies (胶片老周：回复 @小周：…,
// 回复@小周：…, Reply to @x:) as turns of opinion: a comment under a post
// says what its writer thinks, as an answer does.
func markReplies(f folded, us []unit) {
	for i := range us {
		p := paraFirst(us, i)
		head := strings.ToLower(string(f.text[us[p].lo:min(us[p].hi, us[p].lo+maxReplyLead)]))
		if slices.ContainsFunc(replyMarks, func(m string) bool { return strings.Contains(head, m) }) {
			us[i].answerTurn = true
		}
	}
}

// replyMarks open a reply to another user's comment.
var replyMarks = []string{"回复 @", "回复@", "reply to @", "replying to @"}

// maxReplyLead is how far into a paragraph (in runes) the reply marker
// may stand, after the replier's name.
const maxReplyLead = 24

// attributionRe opens a sentence that reports what a source holds: a short
// subject, then a verb of saying or holding, then a comma or colon (他介绍，
// 莫雷诺认为：, 业内人士指出，).
var attributionRe = regexp.MustCompile(`^[^，,。：:！？!?“”"]{1,12}?(?:表示|认为|指出|介绍|坦言|强调|直言|建议|提到|分析|透露|说|称)[，,：:]`)

// maxAttributionLead is how much of a sentence (in runes) attributionRe
// reads: the source and its verb come first.
const maxAttributionLead = 24

// markAttributed marks the sentences of an article that report a source's
// view in indirect speech: a news story argues through the people it
// quotes, as a thread does through its answers. Only the sentence that
// names the source: extending it to the rest of the paragraph cost more
// (dev, dev6, dev11) than it gained.
func markAttributed(f folded, us []unit) {
	for i := range us {
		if attributionRe.MatchString(string(f.text[us[i].lo:min(us[i].hi, us[i].lo+maxAttributionLead)])) {
			us[i].answerTurn = true
		}
	}
}
