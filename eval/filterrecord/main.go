// Command filterrecord weighs each of the argument analyser's filters on
// annotated texts: for every trigger a filter set aside, whether the
// unit's gold has the cause and the analyser missed it (the filter cost a
// true cause) or the gold lacks it (the filter saved a spurious one).
// Counts are of distinct (unit, cause) pairs. It is a tool for deciding
// which filter to relax or tighten, so it prints a table and judges
// nothing.
//
//	go run ./eval/filterrecord testdata/gold testdata/dev testdata/dev2/gold
//
// Each argument is a gold directory (…/gold) or the directory holding it;
// its texts are the gold directory's parent, except for the corpus
// annotation testdata/gold, whose texts are in --corpus. The held-out set
// is refused: it is read only as aggregate scores.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/filmgraph/filmgraph/argue"
	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/extract"
	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	_ "github.com/filmgraph/filmgraph/ingest/all" // every reader
)

func main() {
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus"), "texts of the corpus annotation testdata/gold")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: filterrecord [--corpus DIR] GOLD_DIR...  (e.g. testdata/gold testdata/dev)")
		os.Exit(2)
	}
	if err := run(*corpus, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "filterrecord:", err)
		os.Exit(1)
	}
}

type key struct{ reason, side string }

func run(corpus string, dirs []string) error {
	x, err := extract.New(extract.Options{NoSegmenter: true})
	if err != nil {
		return err
	}
	count := map[key]map[string]bool{}
	for _, dir := range dirs {
		if strings.Contains(filepath.ToSlash(dir), "heldout") {
			return fmt.Errorf("%s: the held-out set is read only as aggregate scores (go test ./eval/heldouttest)", dir)
		}
		goldDir := dir
		if filepath.Base(dir) != "gold" {
			goldDir = filepath.Join(dir, "gold")
		}
		texts := filepath.Dir(goldDir)
		if filepath.Base(texts) == "testdata" {
			texts = corpus
		}
		golds, err := eval.LoadGold(goldDir)
		if err != nil {
			return err
		}
		for _, g := range golds {
			if err := weigh(x, g, texts, count); err != nil {
				return err
			}
		}
	}
	reasons := map[string]bool{}
	for k := range count {
		reasons[k.reason] = true
	}
	var rs []string
	for r := range reasons {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	fmt.Printf("%-26s %6s %6s\n", "filter", "cost", "saved")
	for _, r := range rs {
		fmt.Printf("%-26s %6d %6d\n", r, len(count[key{r, "cost"}]), len(count[key{r, "saved"}]))
	}
	return nil
}

// weigh analyses the text of gold document g with a trace and counts the
// filters' drops against the gold's units.
func weigh(x *extract.Extractor, g eval.Gold, texts string, count map[key]map[string]bool) error {
	src, err := textOf(texts, g.Document)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	doc, err := ingest.Parse(ingest.Source{Name: filepath.Base(src), Data: data}, "")
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	b, err := x.Extract(doc)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	type drop struct {
		cause, reason string
		at            int
	}
	var drops []drop
	a, err := argue.New(argue.Options{Trace: func(cause string, start, _ int, reason string) {
		drops = append(drops, drop{cause, reason, start})
	}})
	if err != nil {
		return err
	}
	if err := a.Analyze(b); err != nil {
		return err
	}
	var answers []ingest.Section
	for _, s := range b.Doc.Sections {
		if s.Kind == "answer" {
			answers = append(answers, s)
		}
	}
	for ui, u := range g.Units {
		lo, hi := 0, len(b.Doc.Text)
		if u.Answer != nil {
			if *u.Answer >= len(answers) {
				return fmt.Errorf("%s: units[%d]: answer %d does not exist", g.File, ui, *u.Answer)
			}
			lo, hi = answers[*u.Answer].Start, answers[*u.Answer].End
		}
		gold := map[string]bool{}
		for _, c := range u.Causes {
			gold[c] = true
		}
		found := foundCauses(b, lo, hi)
		for _, d := range drops {
			if d.at < lo || d.at >= hi || found[d.cause] {
				continue
			}
			side := "saved"
			if gold[d.cause] {
				side = "cost"
			}
			k := key{d.reason, side}
			if count[k] == nil {
				count[k] = map[string]bool{}
			}
			count[k][fmt.Sprintf("%s#%d|%s", g.File, ui, d.cause)] = true
		}
	}
	return nil
}

// textOf finds the text of document doc in dir (doc.txt, doc.md …).
func textOf(dir, doc string) (string, error) {
	ps, _ := filepath.Glob(filepath.Join(dir, doc+".*"))
	for _, p := range ps {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	return "", fmt.Errorf("no text for gold document %q in %s", doc, dir)
}

// foundCauses is the set of causes asserted by the claims within [lo, hi).
func foundCauses(b *facts.Batch, lo, hi int) map[string]bool {
	out := map[string]bool{}
	for _, c := range b.Claims {
		if c.Span.Start < lo || c.Span.Start >= hi || c.Stance != "asserts" {
			continue
		}
		for _, l := range c.Causes {
			out[l.CauseID] = true
		}
	}
	return out
}
