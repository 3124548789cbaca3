package argue_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/filmgraph/filmgraph/argue"
	"github.com/filmgraph/filmgraph/extract"
	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	_ "github.com/filmgraph/filmgraph/ingest/all"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/schema"
)

// corpusBatch parses one corpus file, extracts its entities (without the
// segmenter, for speed) and analyses its arguments.
func corpusBatch(t testing.TB, name string) *facts.Batch {
	t.Helper()
	return analyzedBatch(t, name, testcorpus.Read(t, name))
}

// fileBatch is corpusBatch for a file outside the corpus.
func fileBatch(t testing.TB, path string) *facts.Batch {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return analyzedBatch(t, filepath.Base(path), data)
}

// extractedBatch parses and extracts one document (without the segmenter).
func extractedBatch(t testing.TB, name string, data []byte) *facts.Batch {
	t.Helper()
	doc, err := ingest.Parse(ingest.Source{Name: name, Data: data}, "")
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	x, err := extract.New(extract.Options{NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := x.Extract(doc)
	if err != nil {
		t.Fatalf("%s: extract: %v", name, err)
	}
	return b
}

// analyzedBatch is extractedBatch with its arguments analysed.
func analyzedBatch(t testing.TB, name string, data []byte) *facts.Batch {
	t.Helper()
	b := extractedBatch(t, name, data)
	a, err := argue.New(argue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Analyze(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// answerCauses is, per answer section (in order), the asserted causes of
// its claims.
func answerCauses(b *facts.Batch, minConf float64) []map[string]bool {
	var out []map[string]bool
	idx := map[int]int{}
	for i, s := range b.Doc.Sections {
		if s.Kind == "answer" {
			idx[i] = len(out)
			out = append(out, map[string]bool{})
		}
	}
	for _, c := range b.Claims {
		s := b.Doc.SectionAt(c.Span.Start)
		if s == nil || c.Stance != "asserts" || c.Confidence < minConf {
			continue
		}
		if j, ok := idx[s.Index]; ok {
			for _, l := range c.Causes {
				out[j][l.CauseID] = true
			}
		}
	}
	return out
}

func TestCorpusZhihuMostAnswersArgue(t *testing.T) {
	b := corpusBatch(t, testcorpus.Zhihu)
	per := answerCauses(b, 0)
	if len(per) < 400 {
		t.Fatalf("only %d answer sections", len(per))
	}
	with := 0
	for _, m := range per {
		if len(m) > 0 {
			with++
		}
	}
	// The research notes hand-coded 448 of 475 answers as arguing.
	share := float64(with) / float64(len(per))
	t.Logf("answers with a cause: %d / %d (%.2f); claims %d", with, len(per), share, len(b.Claims))
	if share < 0.75 {
		t.Errorf("only %.2f of answers get a cause", share)
	}
	// Every evidence span lies in the text and every trigger inside its claim.
	for _, c := range b.Claims {
		for _, l := range c.Causes {
			if l.Trigger.Start < c.Span.Start || l.Trigger.End > c.Span.End {
				t.Errorf("trigger %v outside claim %v", l.Trigger, c.Span)
			}
		}
	}
}

func TestCorpusReportYieldsDiagnosesAndPrescriptions(t *testing.T) {
	b := corpusBatch(t, testcorpus.Report)
	kinds := map[string]int{}
	tax := schema.DefaultTaxonomy()
	for _, c := range b.Claims {
		for _, l := range c.Causes {
			d, _ := tax.Get(l.CauseID)
			kinds[d.Kind]++
		}
	}
	t.Logf("002 cause kinds: %v", kinds)
	if kinds[schema.KindDiagnosis] == 0 || kinds[schema.KindPrescription] == 0 {
		t.Errorf("002 yields no diagnoses or no prescriptions: %v", kinds)
	}
}

// gold mirrors the part of testdata/gold/*.json this package is measured on
// (docs/eval.md).
type goldFile struct {
	Units []struct {
		Answer     *int     `json:"answer"`
		Unit       string   `json:"unit"`
		Causes     []string `json:"causes"`
		CauseFilms []struct {
			Cause string `json:"cause"`
			Work  string `json:"work"`
		} `json:"cause_films"`
	} `json:"units"`
}

// goldPath finds the gold annotation of a corpus file by the document id
// written inside it (the gold files are named by what they annotate, not
// by the corpus file names). A missing annotation is a failure: the gold
// is committed, so a skip here would hide a broken test.
func goldPath(t *testing.T, name string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "testdata", "gold")
	want := strings.TrimSuffix(name, ".txt")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var head struct {
			Document string `json:"document"`
		}
		if err := json.Unmarshal(data, &head); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if head.Document == want {
			return p
		}
	}
	t.Fatalf("no gold annotation of document %s in %s", want, dir)
	return ""
}

// key folds a title the way docs/eval.md matches names.
func key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

type prf struct{ tp, sys, gold int }

func (p prf) String() string {
	pr, rc := ratio(p.tp, p.sys), ratio(p.tp, p.gold)
	f := 0.0
	if pr+rc > 0 {
		f = 2 * pr * rc / (pr + rc)
	}
	return "P=" + fmt2(pr) + " R=" + fmt2(rc) + " F1=" + fmt2(f)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func fmt2(f float64) string {
	return strings.TrimRight(strings.TrimRight(json.Number(ftoa(f)).String(), "0"), ".")
}

func ftoa(f float64) string {
	b, _ := json.Marshal(float64(int(f*1000+0.5)) / 1000)
	return string(b)
}

// TestCorpusZhihuAgainstGold measures answer-level cause labels and
// (cause, film) pairs on the hand-annotated answers of 000.
func TestCorpusZhihuAgainstGold(t *testing.T) {
	for _, min := range []float64{0, 0.6, 0.8} {
		t.Run(ftoa(min), func(t *testing.T) { zhihuAgainstGold(t, min) })
	}
}

func zhihuAgainstGold(t *testing.T, minConf float64) {
	p := goldPath(t, testcorpus.Zhihu)
	var g goldFile
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	b := corpusBatch(t, testcorpus.Zhihu)
	var answers []int
	for i, s := range b.Doc.Sections {
		if s.Kind == "answer" {
			answers = append(answers, i)
		}
	}
	var causes, pairs prf
	var filmFound, bothFound int // gold pairs whose film the extractor found in the answer, and whose cause too
	missed := map[string]int{}
	extra := map[string]int{}
	for _, u := range g.Units {
		if u.Answer == nil || *u.Answer >= len(answers) {
			continue
		}
		sec := answers[*u.Answer]
		sys := map[string]bool{}
		sysPairs := map[string]bool{}
		for _, c := range b.Claims {
			s := b.Doc.SectionAt(c.Span.Start)
			if s == nil || s.Index != sec || c.Stance != "asserts" || c.Confidence < minConf {
				continue
			}
			for _, l := range c.Causes {
				sys[l.CauseID] = true
				for _, ct := range c.Cites {
					if e := b.Entities[ct.Entity]; e != nil && e.Type == schema.Work {
						sysPairs[l.CauseID+"|"+key(e.Label)] = true
					}
				}
			}
		}
		gold := map[string]bool{}
		for _, c := range u.Causes {
			gold[c] = true
		}
		for c := range sys {
			if gold[c] {
				causes.tp++
			} else {
				extra[c]++
			}
		}
		for c := range gold {
			if !sys[c] {
				missed[c]++
			}
		}
		causes.sys += len(sys)
		causes.gold += len(gold)
		gp := map[string]bool{}
		mentioned := map[string]bool{}
		for _, m := range b.Mentions {
			if s := b.Doc.SectionAt(m.Span.Start); s != nil && s.Index == sec {
				if e := b.Entities[m.Entity]; e != nil {
					mentioned[key(e.Label)] = true
				}
			}
		}
		for _, cf := range u.CauseFilms {
			gp[cf.Cause+"|"+key(cf.Work)] = true
			if mentioned[key(cf.Work)] {
				filmFound++
				if sys[cf.Cause] {
					bothFound++
				}
			}
		}
		for k := range sysPairs {
			if gp[k] {
				pairs.tp++
			}
		}
		pairs.sys += len(sysPairs)
		pairs.gold += len(gp)
	}
	t.Logf("answer-level causes: %v (tp %d, sys %d, gold %d)", causes, causes.tp, causes.sys, causes.gold)
	t.Logf("(cause, film) pairs: %v (tp %d, sys %d, gold %d)", pairs, pairs.tp, pairs.sys, pairs.gold)
	// Regression floors at the measured level (targets in issue 4 are
	// higher: recall 0.80 at precision 0.75, pair F1 0.75).
	if minConf == 0 {
		if ratio(causes.tp, causes.gold) < 0.6 || ratio(causes.tp, causes.sys) < 0.55 {
			t.Errorf("answer-level causes fell below the floor (R 0.60, P 0.55): %v", causes)
		}
		if ratio(pairs.tp, pairs.gold) < 0.25 {
			t.Errorf("(cause, film) pair recall fell below 0.25: %v", pairs)
		}
	}
	t.Logf("gold pairs with the film mentioned in the answer: %d, with the cause found too: %d", filmFound, bothFound)
	t.Logf("most missed: %v", top(missed))
	t.Logf("most spurious: %v", top(extra))
}

func top(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] })
	if len(ks) > 8 {
		ks = ks[:8]
	}
	for i, k := range ks {
		ks[i] = k + ":" + itoa(m[k])
	}
	return ks
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func BenchmarkAnalyze(b *testing.B) {
	base := extractedBatch(b, testcorpus.Zhihu, testcorpus.Read(b, testcorpus.Zhihu))
	doc := base.Doc
	a, err := argue.New(argue.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bb := *base
		bb.Claims = nil
		if err := a.Analyze(&bb); err != nil {
			b.Fatal(err)
		}
	}
}
