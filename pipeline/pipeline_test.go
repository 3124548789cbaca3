package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/schema"
)

const newsA = `影评人谈华语电影出海
张艺谋导演的《英雄》曾在北美取得票房佳绩,李安执导的《卧虎藏龙》获得奥斯卡最佳外语片。
业内人士认为,文化折扣与发行渠道不足,是国产电影难以走出去的主要原因。
`

const newsB = `电影节快讯
贾樟柯凭借《三峡好人》获得威尼斯国际电影节金狮奖。
`

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func open(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(filepath.Join(t.TempDir(), "g.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestBadInputsAreReportedAndOthersStillGoIn(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", newsA)
	empty := write(t, dir, "empty.txt", "")
	binary := write(t, dir, "bin.dat", "abc\x00\x01\x02def")
	latin1 := write(t, dir, "latin1.txt", "caf\xe9 \xe9t\xe9")
	missing := filepath.Join(dir, "missing.txt")
	s := open(t)
	ctx := context.Background()

	// something already stored must survive a run with bad inputs
	if _, err := Run(ctx, s, Options{Paths: []string{write(t, t.TempDir(), "keep.txt", newsB)}, NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	sum, err := Run(ctx, s, Options{Paths: []string{good, empty, binary, latin1, missing}, NoSegmenter: true})
	if !errors.Is(err, ErrSomeFailed) {
		t.Fatalf("err = %v, want ErrSomeFailed", err)
	}
	if sum.Failed != 4 || sum.Documents != 1 {
		t.Fatalf("failed=%d documents=%d, want 4 and 1", sum.Failed, sum.Documents)
	}
	msg := err.Error()
	for _, want := range []string{"empty.txt: file is empty", "bin.dat: file looks binary", "latin1.txt: file is not valid UTF-8", "missing.txt: cannot read"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
	for _, id := range []string{"good", "keep"} {
		if h, _ := s.DocumentHash(ctx, schema.DocIRI(id)); h == "" {
			t.Errorf("document %s is not in the store", id)
		}
	}
}

func TestReingestUnchangedChangesNothingAndChangedReplacesOnlyItself(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", newsA)
	b := write(t, dir, "b.txt", newsB)
	s := open(t)
	ctx := context.Background()
	if _, err := Run(ctx, s, Options{Paths: []string{dir}, NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	before, _ := s.LabelQuads(ctx, schema.DocIRI("b"))
	sum, err := Run(ctx, s, Options{Paths: []string{dir}, NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 2 || sum.Added != 0 || sum.Removed != 0 {
		t.Fatalf("second run: %+v, want 2 unchanged and no quads written", sum)
	}
	// change a: b's quads must be untouched
	write(t, dir, "a.txt", strings.Replace(newsA, "《英雄》", "《红高粱》", 1))
	sum, err = Run(ctx, s, Options{Paths: []string{a, b}, NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 1 || sum.Added == 0 || sum.Removed == 0 {
		t.Fatalf("third run: %+v, want b unchanged and a rewritten", sum)
	}
	after, _ := s.LabelQuads(ctx, schema.DocIRI("b"))
	if len(after) != len(before) {
		t.Fatalf("b had %d quads, now %d", len(before), len(after))
	}
	// the old title of a is gone from a's quads, the new one is there
	aq, _ := s.LabelQuads(ctx, schema.DocIRI("a"))
	var text string
	for _, q := range aq {
		text += q.NQuad() + "\n"
	}
	if strings.Contains(text, "《英雄》") || !strings.Contains(text, "红高粱") {
		t.Errorf("document a was not replaced cleanly")
	}
}

// An unchanged file is extracted again when what it was extracted with
// changed: here the user's cause file. Without the stamp the second run
// would report it unchanged and keep facts without the new cause.
func TestReingestWithNewCauseFileReextractsUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "op.txt", "国产电影为什么走不出去？\n我认为根本原因是盗版太猖獗，国外观众都看盗版，片方收不回成本。\n")
	mine := write(t, t.TempDir(), "mine.json", `{"causes": [{"id": "piracy", "label_zh": "盗版", "label_en": "Piracy", "group": "C", "kind": "cause", "triggers": ["盗版"]}]}`)
	s := open(t)
	ctx := context.Background()
	piracyClaims := func() int {
		qs, err := s.LabelQuads(ctx, schema.DocIRI("op"))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, q := range qs {
			if q.Predicate == schema.ClaimOf && q.Object == schema.CauseIRI("piracy") {
				n++
			}
		}
		return n
	}
	if _, err := Run(ctx, s, Options{Paths: []string{dir}, NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	if n := piracyClaims(); n != 0 {
		t.Fatalf("piracy argued before the cause file was given: %d claims", n)
	}
	sum, err := Run(ctx, s, Options{Paths: []string{dir}, NoSegmenter: true, TaxonomyFiles: []string{mine}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 0 || piracyClaims() == 0 {
		t.Fatalf("with the cause file: %d unchanged, %d piracy claims; want the file extracted again with the new cause", sum.Unchanged, piracyClaims())
	}
	sum, err = Run(ctx, s, Options{Paths: []string{dir}, NoSegmenter: true, TaxonomyFiles: []string{mine}})
	if err != nil || sum.Unchanged != 1 {
		t.Fatalf("same cause file again: %+v, %v; want unchanged", sum, err)
	}
	// A broken cause file is an error naming it even when nothing changed,
	// and the stored facts stay.
	bad := write(t, t.TempDir(), "bad.json", `{"causes": [{"id": "piracy", "triggers": ["-海盗"]}]}`)
	if _, err := Run(ctx, s, Options{Paths: []string{dir}, NoSegmenter: true, TaxonomyFiles: []string{mine, bad}}); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Fatalf("bad cause file: err = %v", err)
	}
	if piracyClaims() == 0 {
		t.Error("a failed run lost the stored claims")
	}
}

// Every evidence node's quote must equal the stored document text at its
// character offsets.
func checkEvidence(t *testing.T, s *graph.Store) int {
	t.Helper()
	ctx := context.Background()
	evs, err := s.NodesOfType(ctx, schema.Evidence)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string][]rune{}
	for _, ev := range evs {
		one := func(p quad.IRI) quad.Value {
			vals, _ := s.Values(ctx, ev, p)
			if len(vals) != 1 {
				t.Fatalf("%v has %d values of %v", ev, len(vals), p)
			}
			return vals[0]
		}
		doc := quad.ToString(one(schema.InDocument))
		if texts[doc] == nil {
			texts[doc] = []rune(quad.ToString(one2(t, s, one(schema.InDocument), schema.Text)))
		}
		start, end := int(one(schema.Start).(quad.Int)), int(one(schema.End).(quad.Int))
		quote := quad.ToString(one(schema.Quote))
		txt := texts[doc]
		if start < 0 || end > len(txt) || start > end {
			t.Fatalf("%v: offsets [%d,%d) outside text of %d characters", ev, start, end, len(txt))
		}
		if got := string(txt[start:end]); got != quote || !utf8.ValidString(quote) || quote == "" {
			t.Fatalf("%v: quote %q but text at [%d,%d) is %q", ev, quote, start, end, got)
		}
	}
	return len(evs)
}

func one2(t *testing.T, s *graph.Store, node quad.Value, p quad.IRI) quad.Value {
	vals, err := s.Values(context.Background(), node, p)
	if err != nil || len(vals) != 1 {
		t.Fatalf("%v has %d values of %v (%v)", node, len(vals), p, err)
	}
	return vals[0]
}

func TestCorpusIngestEvidenceQuotesMatchText(t *testing.T) {
	dir := testcorpus.Dir(t)
	s, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sum, err := Run(context.Background(), s, Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 5 || sum.Failed != 0 {
		t.Fatalf("summary %+v", sum)
	}
	if n := checkEvidence(t, s); n < 500 {
		t.Fatalf("only %d evidence nodes over the corpus", n)
	}
}

// The 《》 titles of the news item come out as works linked to that
// document, with the non-film ones typed as such.
func TestCorpusNewsTitlesWithTheirDocument(t *testing.T) {
	p := testcorpus.Path(t, testcorpus.News)
	s, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := Run(ctx, s, Options{Paths: []string{p}, NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	raw := string(testcorpus.Read(t, testcorpus.News))
	doc := schema.DocIRI(strings.TrimSuffix(testcorpus.News, ".txt"))
	titles := map[string]bool{}
	for _, m := range regexp.MustCompile(`《([^《》\n]{1,30})》`).FindAllStringSubmatch(raw, -1) {
		titles[m[1]] = true
	}
	if len(titles) < 10 {
		t.Fatalf("only %d bracketed titles in the news item", len(titles))
	}
	for title := range titles {
		found := false
		for _, w := range []quad.IRI{schema.WorkIRI(title), schema.WorkIRI(strings.ReplaceAll(title, "!", "！"))} {
			qs, err := s.QuadsWith(ctx, quad.Object, w)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range qs {
				if q.Predicate == schema.RefersTo && q.Label == doc {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("《%s》 is not a work mentioned in %s", title, doc)
		}
	}
	for title, kind := range map[string]string{"黄河大合唱": "song", "音乐家": "film"} {
		vals, _ := s.Values(ctx, schema.WorkIRI(title), schema.Kind)
		if len(vals) == 0 || quad.ToString(vals[0]) != kind {
			t.Errorf("《%s》 kind = %v, want %s", title, vals, kind)
		}
	}
}

// Store-wide cause totals equal the sum of the per-document rows, and
// follow a document being replaced.
func TestCauseTotalsFollowDocuments(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "中国电影为什么难以走向海外？\n因为审查太严，很多题材不能拍，所以中国电影很难走出国门。\n")
	write(t, dir, "b.txt", "中国电影为什么难以走向海外？\n审查是中国电影走不出国门的根本原因。\n")
	s := open(t)
	ctx := context.Background()
	total := func() string {
		vals, err := s.Values(ctx, schema.CauseIRI("censorship_content_restrictions"), schema.CauseTotal)
		if err != nil || len(vals) != 1 {
			t.Fatalf("totals = %v %v", vals, err)
		}
		return quad.ToString(vals[0])
	}
	if _, err := Run(ctx, s, Options{Paths: []string{dir}, NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	f := strings.Split(total(), "\t")
	if len(f) != 3 || f[2] != "2" || f[0] == "0" {
		t.Fatalf("total after two documents = %q", total())
	}
	write(t, dir, "a.txt", "今天天气很好。\n")
	if _, err := Run(ctx, s, Options{Paths: []string{a}, NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	if f := strings.Split(total(), "\t"); f[2] != "1" {
		t.Fatalf("total after a lost its claims = %q", total())
	}
}

// A corpus folder often holds its gold annotations and exports next to the
// texts: the walk reads the texts and reports the data files as skipped;
// a data file named on its own is read as the user asked.
func TestDirectoryWalkSkipsDataFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", newsA)
	if err := os.Mkdir(filepath.Join(dir, "gold"), 0o755); err != nil {
		t.Fatal(err)
	}
	gold := write(t, filepath.Join(dir, "gold"), "a.gold.json", `{"document": "a", "units": [{"unit": "doc", "works": [{"title": "英雄"}]}]}`)
	s := open(t)
	defer s.Close()
	sum, err := Run(context.Background(), s, Options{Paths: []string{dir}, NoSegmenter: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 1 || sum.Skipped != 1 || sum.Failed != 0 {
		t.Fatalf("documents %d skipped %d failed %d, want 1 1 0", sum.Documents, sum.Skipped, sum.Failed)
	}
	var st []string
	for _, d := range sum.Docs {
		st = append(st, filepath.Base(d.Name)+":"+d.Status)
	}
	if strings.Join(st, " ") != "a.gold.json:skipped a.txt:written" && strings.Join(st, " ") != "a.txt:written a.gold.json:skipped" {
		t.Errorf("docs %v", st)
	}
	sum, err = Run(context.Background(), s, Options{Paths: []string{gold}, NoSegmenter: true})
	if err != nil || sum.Documents != 1 || sum.Skipped != 0 {
		t.Errorf("a data file named on its own: documents %d skipped %d err %v, want 1 0 nil", sum.Documents, sum.Skipped, err)
	}
}
