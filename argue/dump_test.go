package argue_test

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/schema"
)

// TestDumpAgainstGold prints, for each annotated answer, the gold labels
// next to what the analyzer found and why (trigger words), for tuning by
// reading. It runs only with ARGUE_DUMP=1.
func TestDumpAgainstGold(t *testing.T) {
	if os.Getenv("ARGUE_DUMP") == "" {
		t.Skip("set ARGUE_DUMP=1")
	}
	var g goldFile
	data, _ := os.ReadFile(goldPath(t, testcorpus.Zhihu))
	json.Unmarshal(data, &g)
	b := corpusBatch(t, testcorpus.Zhihu)
	var answers []int
	for i, s := range b.Doc.Sections {
		if s.Kind == "answer" {
			answers = append(answers, i)
		}
	}
	for _, u := range g.Units {
		if u.Answer == nil {
			continue
		}
		sec := answers[*u.Answer]
		s := b.Doc.Sections[sec]
		gold := append([]string(nil), u.Causes...)
		sort.Strings(gold)
		var gp []string
		for _, cf := range u.CauseFilms {
			gp = append(gp, cf.Cause+"|"+cf.Work)
		}
		var lines []string
		for _, c := range b.Claims {
			if c.Span.Start < s.Start || c.Span.Start >= s.End {
				continue
			}
			var ls []string
			for _, l := range c.Causes {
				ls = append(ls, fmt.Sprintf("%s[%s]", l.CauseID, b.Doc.Text[l.Trigger.Start:l.Trigger.End]))
			}
			var cs []string
			for _, ct := range c.Cites {
				if e := b.Entities[ct.Entity]; e != nil && e.Type == schema.Work {
					cs = append(cs, e.Label+":"+ct.Role)
				}
			}
			q := []rune(b.Doc.Text[c.Span.Start:c.Span.End])
			if len(q) > 50 {
				q = q[:50]
			}
			lines = append(lines, fmt.Sprintf("   %s %.2f %s cites=%v  «%s»", c.Stance, c.Confidence, strings.Join(ls, " "), cs, strings.ReplaceAll(string(q), "\n", " ")))
		}
		text := []rune(b.Doc.Text[s.Start:s.End])
		if len(text) > 160 {
			text = text[:160]
		}
		fmt.Printf("== answer %d (%d chars) gold=%v pairs=%v\n  %s\n%s\n", *u.Answer, len(text), gold, gp, strings.ReplaceAll(string(text), "\n", " / "), strings.Join(lines, "\n"))
	}
}
