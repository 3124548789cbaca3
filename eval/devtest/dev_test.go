// Package devtest measures filmgraph on the development set in
// testdata/dev: texts written for the project by people who had not read
// the extractors (two Zhihu-style threads and a short one, an English
// forum thread, Chinese and English op-eds, a festival report, an
// industry report, a Taiwanese review, a trade-press piece and an academic
// essay), with their gold in testdata/dev/gold. Unlike the held-out set,
// the development set may be read item by item (`filmgraph eval --gold
// testdata/dev/gold --errors` after ingesting testdata/dev): it is where
// errors on unfamiliar writing are studied. Fixing what it shows is
// fitting, so the held-out set stays the measure of generalisation.
//
// The floors are the first figures measured on this set minus about 0.05:
// they catch a regression, they are not a target.
package devtest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/eval/evaltest"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/pipeline"
)

var dir = filepath.Join("..", "..", "testdata", "dev")

// floors: measured when the set was added (fourth session; causes were
// 0.449 and cause_films 0.270 before the first fixes it prompted, English
// doubt cues and the denial counter): works 0.931, people 0.904,
// festivals 0.848, directed_by 0.639, acted_in 0.479, awards 0.764,
// causes 0.463, cause_films 0.278, argues 0.913.
var floors = map[string]float64{
	eval.RowWorks:      0.88,
	eval.RowPeople:     0.85,
	eval.RowFestivals:  0.80,
	eval.RowDirectedBy: 0.59,
	eval.RowActedIn:    0.43,
	eval.RowAwards:     0.71,
	eval.RowCauses:     0.41,
	eval.RowCauseFilms: 0.23,
	eval.RowArgues:     0.86,
}

func TestDev(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the development set through the whole pipeline")
	}
	ctx := context.Background()
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// the directory walk reads the texts and skips the gold *.json below
	sum, err := pipeline.Run(ctx, st, pipeline.Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 || sum.Documents == 0 {
		t.Fatalf("%d documents, %d failed: %+v", sum.Documents, sum.Failed, sum.Docs)
	}
	rep := evaltest.Score(t, ctx, st, filepath.Join(dir, "gold"))
	evaltest.CheckFloors(t, rep, floors, 0, "on the development set; run `filmgraph ingest testdata/dev && filmgraph eval --gold testdata/dev/gold --errors` to see what was lost")
}
