package argue_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
)

func TestTmpFeatures(t *testing.T) {
	if os.Getenv("TMP_FEAT") == "" {
		t.Skip()
	}
	type job struct{ doc, gold string }
	var jobs []job
	gs, _ := filepath.Glob("../testdata/dev/gold/*.json")
	for _, g := range gs {
		base := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		m, _ := filepath.Glob("../testdata/dev/" + base + ".*")
		jobs = append(jobs, job{m[0], g})
	}
	for _, n := range []string{testcorpus.Zhihu, testcorpus.News, testcorpus.Report, testcorpus.Column, testcorpus.Bilingual} {
		jobs = append(jobs, job{"corpus:" + n, goldPath(t, n)})
	}
	out, _ := os.Create("/tmp/feat.jsonl")
	defer out.Close()
	for _, j := range jobs {
		var g goldFile
		data, _ := os.ReadFile(j.gold)
		json.Unmarshal(data, &g)
		var b *facts.Batch
		set := "dev"
		if strings.HasPrefix(j.doc, "corpus:") {
			b = corpusBatch(t, strings.TrimPrefix(j.doc, "corpus:"))
			set = "corpus"
		} else {
			b = fileBatch(t, j.doc)
		}
		var answers []int
		for i, s := range b.Doc.Sections {
			if s.Kind == "answer" {
				answers = append(answers, i)
			}
		}
		for _, u := range g.Units {
			s := ingest.Section{Start: 0, End: len(b.Doc.Text)}
			if u.Answer != nil {
				if *u.Answer >= len(answers) {
					continue
				}
				s = b.Doc.Sections[answers[*u.Answer]]
			}
			gold := map[string]bool{}
			for _, c := range u.Causes {
				gold[c] = true
			}
			type agg struct {
				N, Denied      int
				MaxConf        float64
				MaxLinkConf    float64
				Triggers       []string
				Quotes         []string
				ParaFirst      []bool
				Item           []bool
				ParaLen        []int
				Weak           []bool
				Cites          int
				FirstPos       float64
			}
			m := map[string]*agg{}
			for _, c := range b.Claims {
				if c.Span.Start < s.Start || c.Span.Start >= s.End {
					continue
				}
				for _, l := range c.Causes {
					a := m[l.CauseID]
					if a == nil {
						a = &agg{FirstPos: float64(c.Span.Start-s.Start) / float64(s.End-s.Start+1)}
						m[l.CauseID] = a
					}
					if c.Stance != "asserts" {
						a.Denied++
						continue
					}
					a.N++
					a.MaxConf = max(a.MaxConf, c.Confidence)
					a.MaxLinkConf = max(a.MaxLinkConf, l.Confidence)
					a.Triggers = append(a.Triggers, b.Doc.Text[l.Trigger.Start:l.Trigger.End])
					a.Quotes = append(a.Quotes, b.Doc.Text[c.Span.Start:c.Span.End])
					first, item, plen := false, false, 0
					for _, sec := range b.Doc.Sections {
						for _, p := range sec.Paragraphs {
							if c.Span.Start >= p.Start && c.Span.Start < p.End {
								item = p.Kind == "item"
								plen = len([]rune(b.Doc.Text[p.Start:p.End]))
								first = len(p.Sentences) == 0 || c.Span.Start < p.Sentences[0].End
							}
						}
					}
					a.ParaFirst = append(a.ParaFirst, first)
					a.Item = append(a.Item, item)
					a.ParaLen = append(a.ParaLen, plen)
					a.Cites += len(c.Cites)
				}
			}
			for id, a := range m {
				if a.N == 0 {
					continue
				}
				rec := map[string]any{"set": set, "doc": filepath.Base(j.doc), "unit": fmt.Sprint(u.Answer != nil), "len": len([]rune(b.Doc.Text[s.Start:s.End])), "cause": id, "gold": gold[id], "agg": a}
				bs, _ := json.Marshal(rec)
				out.Write(append(bs, '\n'))
			}
		}
	}
}
