// Package pipeline is the ingest job: it reads source files, learns titles
// across documents, extracts entities, relations and arguments, and writes
// each document's facts into the store, replacing that document's old facts
// and nothing else.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/argue"
	"github.com/filmgraph/filmgraph/extract"
	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	_ "github.com/filmgraph/filmgraph/ingest/all" // every reader
	"github.com/filmgraph/filmgraph/lexicon/data"
	"github.com/filmgraph/filmgraph/schema"
)

// Options configure a run.
type Options struct {
	// Paths are files or directories (read recursively); "-" is Stdin.
	Paths []string
	// Sources are in-memory inputs (the bundled demo corpus), ingested
	// after Paths.
	Sources []ingest.Source
	Stdin   io.Reader
	// Format forces a reader ("" = detect per file).
	Format string
	// Workers bounds parallel extraction (0 = number of CPUs).
	Workers int
	// NoSegmenter skips gse (faster, lower recall at word boundaries).
	NoSegmenter bool
	// Force re-extracts documents whose content has not changed.
	Force bool
	// Progress, when set, is called after each document is written.
	Progress func(done, total int, name string)
	// Taxonomy is an optional user cause file, merged into the default.
	TaxonomyFiles []string
}

// DocResult is what happened to one input.
type DocResult struct {
	Name      string `json:"name"`
	ID        string `json:"id,omitempty"`
	Format    string `json:"format,omitempty"`
	Encoding  string `json:"encoding,omitempty"` // converted to UTF-8 from gb18030, utf-16le or utf-16be
	Status    string `json:"status"`             // written, unchanged, failed, skipped
	Sections  int    `json:"sections"`
	Works     int    `json:"works"`
	People    int    `json:"people"`
	Festivals int    `json:"festivals"`
	Claims    int    `json:"claims"`
	Added     int    `json:"quads_added"`
	Removed   int    `json:"quads_removed"`
	Error     string `json:"error,omitempty"`
}

// Summary totals a run.
type Summary struct {
	Documents int         `json:"documents"` // read successfully (written or unchanged)
	Unchanged int         `json:"unchanged"`
	Failed    int         `json:"failed"`
	Skipped   int         `json:"skipped"` // data files met in a directory walk (see dataExts)
	Sections  int         `json:"sections"`
	Works     int         `json:"works"`
	People    int         `json:"people"`
	Festivals int         `json:"festivals"`
	Claims    int         `json:"claims"`
	Added     int         `json:"quads_added"`
	Removed   int         `json:"quads_removed"`
	Seconds   float64     `json:"seconds"`
	Docs      []DocResult `json:"docs"`
}

// InputError is one input that could not be ingested; the run goes on.
type InputError struct {
	Name string
	Err  error
}

func (e *InputError) Error() string {
	if strings.HasPrefix(e.Err.Error(), e.Name+":") {
		return e.Err.Error()
	}
	return e.Name + ": " + e.Err.Error()
}
func (e *InputError) Unwrap() error { return e.Err }

// ErrSomeFailed is returned (wrapped, with the per-input errors joined)
// when at least one input failed; everything else was still written.
var ErrSomeFailed = errors.New("some inputs failed")

// Run ingests the inputs into s. It returns a non-nil error wrapping
// ErrSomeFailed when some inputs failed (the others are written), or
// another error when the store itself failed.
func Run(ctx context.Context, s *graph.Store, opt Options) (Summary, error) {
	start := time.Now()
	var sum Summary
	var inputErrs []error
	fail := func(name string, err error) {
		sum.Failed++
		ie := &InputError{Name: name, Err: err}
		inputErrs = append(inputErrs, ie)
		sum.Docs = append(sum.Docs, DocResult{Name: name, Status: "failed", Error: ie.Error()})
	}

	// 1. Gather and parse every input.
	srcs, skipped, errs := gather(opt)
	for _, e := range errs {
		fail(e.Name, e.Err)
	}
	for _, name := range skipped {
		sum.Skipped++
		sum.Docs = append(sum.Docs, DocResult{Name: name, Status: "skipped",
			Error: fmt.Sprintf("%s: not read: a %s file is data, not a text document (name the file itself to read it as text)", name, filepath.Ext(name))})
	}
	var docs []*ingest.Document
	ids := map[string]string{} // id -> source, to keep ids unique within a run
	for _, src := range srcs {
		doc, err := ingest.Parse(src, opt.Format)
		if err != nil {
			fail(src.Name, err)
			continue
		}
		if err := uniqueID(ctx, s, doc, ids); err != nil {
			return sum, err
		}
		docs = append(docs, doc)
	}

	// The cause files are read before anything is skipped: a bad one is
	// an error even when every document is unchanged, and a changed one
	// changes the stamp, so the documents are extracted again with it.
	tax, err := schema.LoadTaxonomy(opt.TaxonomyFiles...)
	if err != nil {
		return sum, err
	}
	stamp := extractionStamp(tax, opt.NoSegmenter)

	// 2. Skip unchanged documents extracted the same way.
	var todo []*ingest.Document
	for _, d := range docs {
		if !opt.Force {
			h, err := s.DocumentHash(ctx, schema.DocIRI(d.ID))
			if err != nil {
				return sum, err
			}
			was, err := s.Values(ctx, schema.DocIRI(d.ID), schema.ExtractedWith)
			if err != nil {
				return sum, err
			}
			if h == d.Hash && len(was) == 1 && quad.ToString(was[0]) == stamp {
				sum.Documents++
				sum.Unchanged++
				sum.Docs = append(sum.Docs, DocResult{Name: d.Source, ID: d.ID, Format: d.Format, Encoding: d.Encoding, Status: "unchanged", Sections: len(d.Sections)})
				continue
			}
		}
		todo = append(todo, d)
	}

	if len(todo) > 0 {
		// 3. Titles seen in 《》 anywhere (this run and the store) are
		// matched bare elsewhere.
		learned, err := learnedTitles(ctx, s, docs)
		if err != nil {
			return sum, err
		}
		x, err := extract.New(extract.Options{Learned: learned, NoSegmenter: opt.NoSegmenter})
		if err != nil {
			return sum, err
		}
		an, err := argue.New(argue.Options{Taxonomy: tax})
		if err != nil {
			return sum, err
		}
		// 4. Extract in parallel, write in order.
		results := extractAll(ctx, x, an, todo, opt.Workers, stamp)
		for i, r := range results {
			d := todo[i]
			if r.err != nil {
				fail(d.Source, r.err)
				continue
			}
			res, err := s.ReplaceLabel(ctx, schema.DocIRI(d.ID), r.quads)
			if err != nil {
				return sum, fmt.Errorf("%s: %w", d.Source, err)
			}
			dr := r.result
			dr.Added, dr.Removed, dr.Status = res.Added, res.Removed, "written"
			sum.Documents++
			sum.Docs = append(sum.Docs, dr)
			if opt.Progress != nil {
				opt.Progress(i+1, len(todo), d.Source)
			}
		}
	}
	if sum.Added > 0 || sum.Removed > 0 || anyWritten(sum) {
		if err := writeReference(ctx, s, tax); err != nil {
			return sum, err
		}
		if err := WriteTotals(ctx, s); err != nil {
			return sum, err
		}
	}
	for _, d := range sum.Docs {
		sum.Sections += d.Sections
		sum.Works += d.Works
		sum.People += d.People
		sum.Festivals += d.Festivals
		sum.Claims += d.Claims
		sum.Added += d.Added
		sum.Removed += d.Removed
	}
	sum.Seconds = time.Since(start).Seconds()
	if len(inputErrs) > 0 {
		return sum, fmt.Errorf("%w: %d of %d: %w", ErrSomeFailed, sum.Failed, sum.Failed+sum.Documents, errors.Join(inputErrs...))
	}
	return sum, nil
}

func anyWritten(s Summary) bool {
	for _, d := range s.Docs {
		if d.Status == "written" {
			return true
		}
	}
	return false
}

// writeReference writes the reference facts under their own label: the
// cause taxonomy, and what the lexicon knows about the entities documents
// mention (directors, years, English titles). Lexicon facts about entities
// no document mentions are left out, so the store holds what was found,
// plus what is known about it.
func writeReference(ctx context.Context, s *graph.Store, tax *schema.Taxonomy) error {
	mentioned := map[string]bool{}
	refs, err := s.QuadsWith(ctx, quad.Predicate, schema.RefersTo)
	if err != nil {
		return err
	}
	for _, q := range refs {
		mentioned[quad.StringOf(q.Object)] = true
	}
	ref := tax.Quads()
	lex := extract.LexiconFacts()
	keep := map[string]bool{} // nodes whose type/label/role must be kept
	for _, q := range lex {
		subj, obj := quad.StringOf(q.Subject), quad.StringOf(q.Object)
		switch {
		case mentioned[subj]:
			ref = append(ref, q)
			if _, ok := q.Object.(quad.IRI); ok && q.Predicate != schema.Type {
				keep[obj] = true
			}
		case q.Predicate == schema.ActedIn && mentioned[obj]:
			ref = append(ref, q)
			keep[subj] = true
		}
	}
	for _, q := range lex {
		if subj := quad.StringOf(q.Subject); keep[subj] && !mentioned[subj] {
			switch q.Predicate {
			case schema.Type, schema.Label, schema.Role, schema.TitleEn:
				ref = append(ref, q)
			}
		}
	}
	_, err = s.ReplaceLabel(ctx, schema.LexiconLabel, withLabel(ref, schema.LexiconLabel))
	return err
}

// WriteTotals rewrites the store-wide total of every cause from the
// per-document rows (schema.CauseTotal), so ranking causes reads one value
// per cause instead of one row per (cause, document).
func WriteTotals(ctx context.Context, s *graph.Store) error {
	causes, err := s.NodesOfType(ctx, schema.Cause)
	if err != nil {
		return err
	}
	var out []quad.Quad
	for _, c := range causes {
		rows, err := s.Values(ctx, c, schema.CauseDocRow)
		if err != nil {
			return err
		}
		claims, denying, docs := 0, 0, map[string]bool{}
		for _, r := range rows {
			f := strings.Split(quad.ToString(r), "\t")
			if len(f) != 3 {
				return fmt.Errorf("malformed %s row %q on %v", schema.CauseDocRow, quad.ToString(r), c)
			}
			n, _ := strconv.Atoi(f[1])
			d, _ := strconv.Atoi(f[2])
			claims, denying = claims+n, denying+d
			docs[f[0]] = true
		}
		if len(docs) == 0 {
			continue
		}
		out = append(out, quad.Quad{Subject: c, Predicate: schema.CauseTotal, Label: schema.TotalsLabel,
			Object: quad.String(strconv.Itoa(claims) + "\t" + strconv.Itoa(denying) + "\t" + strconv.Itoa(len(docs)))})
	}
	_, err = s.ReplaceLabel(ctx, schema.TotalsLabel, out)
	return err
}

type extracted struct {
	quads  []quad.Quad
	result DocResult
	err    error
}

func extractAll(ctx context.Context, x *extract.Extractor, an *argue.Analyzer, docs []*ingest.Document, workers int, stamp string) []extracted {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	out := make([]extracted, len(docs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = extractOne(x, an, docs[i], stamp)
			}
		}()
	}
	for i := range docs {
		if ctx.Err() != nil {
			out[i].err = ctx.Err()
			continue
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

func extractOne(x *extract.Extractor, an *argue.Analyzer, d *ingest.Document, stamp string) (ex extracted) {
	defer func() {
		// One document's bug must not take down the run.
		if r := recover(); r != nil {
			ex = extracted{err: fmt.Errorf("internal error while extracting (please report it): %v", r)}
		}
	}()
	b, err := x.Extract(d)
	if err != nil {
		return extracted{err: fmt.Errorf("extract: %w", err)}
	}
	if err := an.Analyze(b); err != nil {
		return extracted{err: fmt.Errorf("arguments: %w", err)}
	}
	r := DocResult{Name: d.Source, ID: d.ID, Format: d.Format, Encoding: d.Encoding, Sections: len(d.Sections), Claims: len(b.Claims)}
	for _, e := range b.Entities {
		switch e.Type {
		case schema.Work:
			r.Works++
		case schema.Person:
			r.People++
		case schema.Festival:
			r.Festivals++
		}
	}
	doc := schema.DocIRI(d.ID)
	return extracted{quads: append(b.Quads(), quad.Make(doc, schema.ExtractedWith, quad.String(stamp), doc)), result: r}
}

// extractionStamp digests what extraction depends on besides a document's
// text, so that a re-ingest after an upgrade, a lexicon change or an
// edited cause file extracts unchanged files again instead of keeping
// facts the current rules would not produce. Within one build of the
// binary the build part is fixed; a development build without version
// control information relies on --force.
func extractionStamp(tax *schema.Taxonomy, noSegmenter bool) string {
	h := sha256.New()
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Fprintln(h, bi.Main.Path, bi.Main.Version, bi.Main.Sum)
		for _, kv := range bi.Settings {
			if kv.Key == "vcs.revision" || kv.Key == "vcs.modified" {
				fmt.Fprintln(h, kv.Key, kv.Value)
			}
		}
	}
	fmt.Fprintln(h, "lexicon", data.Digest())
	if err := json.NewEncoder(h).Encode(tax.Causes); err != nil {
		panic(err) // plain structs of strings always encode
	}
	fmt.Fprintln(h, "segmenter", !noSegmenter)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Extract runs extraction and argument analysis on one parsed document
// without a store (used by tests and the evaluation).
func Extract(d *ingest.Document, opt extract.Options) (*facts.Batch, error) {
	x, err := extract.New(opt)
	if err != nil {
		return nil, err
	}
	an, err := argue.New(argue.Options{})
	if err != nil {
		return nil, err
	}
	b, err := x.Extract(d)
	if err != nil {
		return nil, err
	}
	return b, an.Analyze(b)
}

// learnedTitles collects bracketed titles from this run's documents and
// the labels of works already in the store.
func learnedTitles(ctx context.Context, s *graph.Store, docs []*ingest.Document) ([]string, error) {
	set := map[string]bool{}
	for _, d := range docs {
		for _, t := range extract.BracketTitles(d) {
			set[t] = true
		}
	}
	works, err := s.NodesOfType(ctx, schema.Work)
	if err != nil {
		return nil, err
	}
	for _, w := range works {
		vals, err := s.Values(ctx, w, schema.Label)
		if err != nil {
			return nil, err
		}
		for _, v := range vals {
			set[quad.ToString(v)] = true
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out, nil
}

// uniqueID keeps document ids unique: two different files with the same
// base name get the second one's id suffixed with a hash of its path.
func uniqueID(ctx context.Context, s *graph.Store, d *ingest.Document, seen map[string]string) error {
	src := d.Source
	if abs, err := filepath.Abs(src); err == nil && src != "-" && !strings.HasPrefix(src, "demo:") {
		src = abs
	}
	d.Source = src
	clash := func(id string) (bool, error) {
		if prev, ok := seen[id]; ok && prev != src {
			return true, nil
		}
		vals, err := s.Values(ctx, schema.DocIRI(id), schema.SourcePath)
		if err != nil {
			return false, err
		}
		for _, v := range vals {
			if quad.ToString(v) != src {
				return true, nil
			}
		}
		return false, nil
	}
	c, err := clash(d.ID)
	if err != nil {
		return err
	}
	if c {
		d.ID = d.ID + "-" + schema.ShortHash(src)[:6]
	}
	seen[d.ID] = src
	return nil
}

func withLabel(qs []quad.Quad, l quad.IRI) []quad.Quad {
	out := make([]quad.Quad, len(qs))
	for i, q := range qs {
		q.Label = l
		out[i] = q
	}
	return out
}

// dataExts are the extensions of data files that sit next to texts in a
// corpus folder (gold annotations, exports, tables): a directory walk
// does not read them as documents, whose text they are not. A file named
// on the command line is read whatever its extension.
var dataExts = map[string]bool{
	".json": true, ".jsonld": true, ".nq": true, ".nt": true, ".csv": true, ".tsv": true,
	".gexf": true, ".graphml": true, ".dot": true, ".yaml": true, ".yml": true, ".db": true,
}

// gather expands paths into sources. Directories are walked recursively
// (hidden files and directories skipped), in lexical order; the data
// files the walk meets (dataExts) are returned as skipped.
func gather(opt Options) ([]ingest.Source, []string, []*InputError) {
	var srcs []ingest.Source
	var skipped []string
	var errs []*InputError
	readFile := func(p string) {
		b, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, &InputError{Name: p, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))})
			return
		}
		srcs = append(srcs, ingest.Source{Name: p, Data: b})
	}
	for _, p := range opt.Paths {
		if p == "-" {
			in := opt.Stdin
			if in == nil {
				in = os.Stdin
			}
			b, err := io.ReadAll(in)
			if err != nil {
				errs = append(errs, &InputError{Name: "-", Err: fmt.Errorf("cannot read standard input: %w", err)})
				continue
			}
			srcs = append(srcs, ingest.Source{Name: "-", Data: b})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &InputError{Name: p, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))})
			continue
		}
		if !fi.IsDir() {
			readFile(p)
			continue
		}
		var files []string
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &InputError{Name: path, Err: fmt.Errorf("cannot read: %w", unwrapPath(err))})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				if dataExts[strings.ToLower(filepath.Ext(path))] {
					skipped = append(skipped, path)
					return nil
				}
				files = append(files, path)
			}
			return nil
		})
		if werr != nil {
			errs = append(errs, &InputError{Name: p, Err: werr})
		}
		sort.Strings(files)
		for _, f := range files {
			readFile(f)
		}
	}
	srcs = append(srcs, opt.Sources...)
	return srcs, skipped, errs
}

// unwrapPath drops the *PathError wrapper, whose path the InputError
// already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
