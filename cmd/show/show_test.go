package show

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/catalog"
	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/demo"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/pipeline"
)

// demoStore ingests the bundled demo corpus into a bolt store and returns
// its path and document ids (closed, so show can open it read-only).
func demoStore(t *testing.T) (string, []string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	s, err := graph.Open(path, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := pipeline.Run(ctx, s, pipeline.Options{Sources: demo.Sources(), NoSegmenter: true}); err != nil {
		t.Fatal(err)
	}
	docs, err := catalog.New(s).Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if len(ids) == 0 {
		t.Fatal("the demo ingested no documents")
	}
	return path, ids
}

func run(t *testing.T, path, name string, asJSON bool, quotes int) string {
	t.Helper()
	ios, _, _, _ := cmdutil.Test()
	var sb strings.Builder
	ios.Out = &sb
	o := &Options{IO: ios, Name: name, JSON: asJSON, Quotes: quotes,
		Open: func() (*graph.Store, error) { return graph.Open(path, graph.Options{ReadOnly: true}) }}
	if err := showRun(o); err != nil {
		t.Fatalf("show %s: %v", name, err)
	}
	return sb.String()
}

// show on a document id prints the document part, in JSON and in text,
// with the invariants a reader relies on: claims in text order, each with
// causes and a quote from this document; mention lists most mentioned
// first and capped by --quotes.
func TestShowDocument(t *testing.T) {
	path, ids := demoStore(t)
	claims, authors, mentioned := 0, 0, 0
	for _, id := range ids {
		var details []catalog.Detail
		if err := json.Unmarshal([]byte(run(t, path, id, true, 2)), &details); err != nil {
			t.Fatal(err)
		}
		if len(details) != 1 || details[0].Document == nil {
			t.Fatalf("show --json %s = %+v", id, details)
		}
		doc := details[0].Document
		if doc.Format == "" || doc.Sections == 0 {
			t.Errorf("%s: format %q, %d sections", id, doc.Format, doc.Sections)
		}
		written := 0
		for _, a := range doc.Authors {
			written += a.Sections
		}
		if written > doc.Sections {
			t.Errorf("%s: authors wrote %d sections of %d", id, written, doc.Sections)
		}
		for _, l := range []struct {
			list  []catalog.Mentioned
			total int
		}{{doc.Works, doc.WorksTotal}, {doc.People, doc.PeopleTotal}, {doc.Festivals, doc.FestivalsTotal}} {
			if len(l.list) > 2 || len(l.list) > l.total || (l.total > 0 && len(l.list) == 0) {
				t.Errorf("%s: %d listed of %d with --quotes 2", id, len(l.list), l.total)
			}
			if !sort.SliceIsSorted(l.list, func(i, j int) bool { return l.list[i].Mentions > l.list[j].Mentions }) {
				t.Errorf("%s: mentions not most first: %+v", id, l.list)
			}
			for _, m := range l.list {
				if m.Label == "" || m.Mentions < 1 {
					t.Errorf("%s: mentioned %+v", id, m)
				}
			}
			mentioned += l.total
		}
		last := -1
		for _, c := range doc.Claims {
			q := c.Evidence
			if q == nil || q.Document != id || q.Quote == "" || q.Quote != c.Claim || len(c.Causes) == 0 {
				t.Errorf("%s: claim %+v %+v", id, c, q)
				continue
			}
			if q.Start < last {
				t.Errorf("%s: claims out of text order at %d", id, q.Start)
			}
			last = q.Start
			for _, ct := range c.Cites {
				if ct.ID == "" || ct.Label == "" {
					t.Errorf("%s: citation %+v", id, ct)
				}
			}
		}
		claims += len(doc.Claims)
		authors += len(doc.Authors)

		text := run(t, path, id, false, 2)
		for _, want := range []string{"(Document)", "format: " + doc.Format, "sections: "} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: text lacks %q:\n%s", id, want, text)
			}
		}
		if len(doc.Claims) > 0 && !strings.Contains(text, "arguments (") {
			t.Errorf("%s: text lists no arguments:\n%s", id, text)
		}
		if len(doc.Authors) > 0 && !strings.Contains(text, doc.Authors[0].Name) {
			t.Errorf("%s: text lacks author %s", id, doc.Authors[0].Name)
		}
	}
	if claims == 0 || authors == 0 || mentioned == 0 {
		t.Errorf("demo documents show %d claims, %d authors, %d mentioned entities", claims, authors, mentioned)
	}
}

// show on a film the lexicon tags prints the tags (text) and lists them
// (JSON): 流浪地球 is science fiction and a hit at home.
func TestShowFilmTags(t *testing.T) {
	path, _ := demoStore(t)
	text := run(t, path, "流浪地球", false, 2)
	if !strings.Contains(text, "tags: ") || !strings.Contains(text, "scifi") {
		t.Errorf("no tags line for 流浪地球:\n%s", text)
	}
	var ds []catalog.Detail
	if err := json.Unmarshal([]byte(run(t, path, "流浪地球", true, 2)), &ds); err != nil {
		t.Fatal(err)
	}
	if len(ds) == 0 {
		t.Fatalf("no detail for 流浪地球")
	}
	found := false
	for _, tag := range ds[0].Tags {
		found = found || tag == "scifi"
	}
	if !found {
		t.Errorf("JSON tags of 流浪地球 = %v, want scifi among them", ds[0].Tags)
	}
}
