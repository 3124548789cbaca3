package argue_test

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/schema"
)

// TestDumpAgainstGold prints, for each annotated answer, the gold labels
// next to what the analyzer found and why (trigger words), for tuning by
// reading. It runs only with ARGUE_DUMP=1.
// dumpChars is how much of each answer the dump prints.
const dumpChars = 4000

func TestDumpAgainstGold(t *testing.T) {
	if os.Getenv("ARGUE_DUMP") == "" {
		t.Skip("set ARGUE_DUMP=1 (the corpus thread), or ARGUE_DUMP=FILE ARGUE_DUMP_GOLD=GOLD.json")
	}
	var g goldFile
	var b *facts.Batch
	if file := os.Getenv("ARGUE_DUMP"); file != "1" {
		data, err := os.ReadFile(os.Getenv("ARGUE_DUMP_GOLD"))
		if err != nil {
			t.Fatal(err)
		}
		json.Unmarshal(data, &g)
		b = fileBatch(t, file)
	} else {
		data, _ := os.ReadFile(goldPath(t, testcorpus.Zhihu))
		json.Unmarshal(data, &g)
		b = corpusBatch(t, testcorpus.Zhihu)
	}
	var answers []int
	for i, s := range b.Doc.Sections {
		if s.Kind == "answer" {
			answers = append(answers, i)
		}
	}
	for _, u := range g.Units {
		s := ingest.Section{Start: 0, End: len(b.Doc.Text)}
		label := "doc"
		if u.Answer != nil {
			s = b.Doc.Sections[answers[*u.Answer]]
			label = fmt.Sprint("answer ", *u.Answer)
		}
		gold := append([]string(nil), u.Causes...)
		sort.Strings(gold)
		var gp []string
		for _, cf := range u.CauseFilms {
			gp = append(gp, cf.Cause+"|"+cf.Work)
		}
		var lines []string
		goldSet := map[string]bool{}
		for _, g := range gold {
			goldSet[g] = true
		}
		found := map[string]bool{}
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
			mark := ""
			for _, l := range c.Causes {
				if c.Stance == "asserts" && !goldSet[l.CauseID] {
					mark += " SPUR:" + l.CauseID
				}
			}
			lines = append(lines, fmt.Sprintf("  %s %s %.2f %s cites=%v  «%s»", mark, c.Stance, c.Confidence, strings.Join(ls, " "), cs, strings.ReplaceAll(string(q), "\n", " ")))
			for _, l := range c.Causes {
				if c.Stance == "asserts" {
					found[l.CauseID] = true
				}
			}
		}
		text := []rune(b.Doc.Text[s.Start:s.End])
		if len(text) > dumpChars {
			text = text[:dumpChars]
		}
		sysPairs := map[string]bool{}
		for _, c := range b.Claims {
			if c.Span.Start < s.Start || c.Span.Start >= s.End || c.Stance != "asserts" {
				continue
			}
			for _, l := range c.Causes {
				for _, ct := range c.Cites {
					if e := b.Entities[ct.Entity]; e != nil && e.Type == schema.Work {
						sysPairs[l.CauseID+"|"+e.Label] = true
					}
				}
			}
		}
		goldPairs := map[string]bool{}
		for _, p := range gp {
			goldPairs[p] = true
			if sysPairs[p] {
				lines = append(lines, "  PAIR-OK "+p)
			} else {
				lines = append(lines, "  PAIR-MISSED "+p)
			}
		}
		for p := range sysPairs {
			if !goldPairs[p] {
				lines = append(lines, "  PAIR-SPUR "+p)
			}
		}
		for _, g := range gold {
			if !found[g] {
				lines = append(lines, "  MISSED "+g)
			}
		}
		// The works the answer mentions, in order, with the offset (in
		// runes from the answer's start) and the ones no claim cites.
		citedBy := map[string]bool{}
		for _, c := range b.Claims {
			for _, ct := range c.Cites {
				citedBy[string(ct.Entity)+"@"+fmt.Sprint(ct.Span.Start)] = true
			}
		}
		var ws []string
		for _, m := range b.Mentions {
			e := b.Entities[m.Entity]
			if e == nil || e.Type != schema.Work || m.Span.Start < s.Start || m.Span.Start >= s.End {
				continue
			}
			mark := ""
			if !citedBy[string(m.Entity)+"@"+fmt.Sprint(m.Span.Start)] {
				mark = "(uncited)"
			}
			ws = append(ws, fmt.Sprintf("%s@%d%s", e.Label, len([]rune(b.Doc.Text[s.Start:m.Span.Start])), mark))
		}
		lines = append(lines, "  WORKS "+strings.Join(ws, " "))
		fmt.Printf("== %s (%d chars) gold=%v pairs=%v\n  %s\n%s\n", label, len(text), gold, gp, strings.ReplaceAll(string(text), "\n", " / "), strings.Join(lines, "\n"))
	}
}

// TestDumpDocClaims prints every claim of one corpus document with its
// causes and cited works (ARGUE_DUMP_DOC=news|report|paper|bilingual).
func TestDumpDocClaims(t *testing.T) {
	name := map[string]string{"news": testcorpus.News, "report": testcorpus.Report, "paper": testcorpus.Column, "bilingual": testcorpus.Bilingual}[os.Getenv("ARGUE_DUMP_DOC")]
	if name == "" {
		t.Skip("set ARGUE_DUMP_DOC")
	}
	b := corpusBatch(t, name)
	for _, c := range b.Claims {
		var ls, cs []string
		for _, l := range c.Causes {
			ls = append(ls, fmt.Sprintf("%s[%s]", l.CauseID, b.Doc.Text[l.Trigger.Start:l.Trigger.End]))
		}
		for _, ct := range c.Cites {
			if e := b.Entities[ct.Entity]; e != nil && e.Type == schema.Work {
				cs = append(cs, e.Label+":"+ct.Role)
			}
		}
		q := []rune(b.Doc.Text[c.Span.Start:c.Span.End])
		if len(q) > 80 {
			q = q[:80]
		}
		fmt.Printf("%s %.2f %s cites=%v «%s»\n", c.Stance, c.Confidence, strings.Join(ls, " "), cs, strings.ReplaceAll(string(q), "\n", " "))
	}
}
