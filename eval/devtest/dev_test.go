// Package devtest measures filmgraph on the development set in
// testdata/dev: eighteen texts written for the project by people who had
// not read the extractors (Zhihu-style, Douban-style and English forum
// threads, Chinese and English op-eds and a column, a festival report, a
// festival award page, an industry report, a policy speech, a Taiwanese
// review, trade-press and wire stories, an academic essay), with their
// gold in testdata/dev/gold. Unlike the held-out set, the development set
// may be read item by item (`filmgraph ingest testdata/dev && filmgraph
// eval --gold testdata/dev/gold --errors`): it is where errors on
// unfamiliar writing are studied. Fixing what it shows is fitting, so the
// held-out set stays the measure of generalisation.
//
// The floors are the measured figures minus about 0.05: they catch a
// regression, they are not a target.
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

// floors. The eighteen texts scored with the binary of the start of the
// fourth session: works 0.945, people 0.881, festivals 0.848, directed_by
// 0.623, acted_in 0.411, awards 0.696, causes 0.473, cause_films 0.289,
// argues 0.921. At the end of that session: works 0.978, people 0.911,
// festivals 0.979, directed_by 0.827, acted_in 0.723, awards 0.826,
// causes 0.620, cause_films 0.429, argues 0.961.
var floors = map[string]float64{
	eval.RowWorks:      0.93,
	eval.RowPeople:     0.86,
	eval.RowFestivals:  0.93,
	eval.RowDirectedBy: 0.77,
	eval.RowActedIn:    0.67,
	eval.RowAwards:     0.77,
	eval.RowCauses:     0.57,
	eval.RowCauseFilms: 0.38,
	eval.RowArgues:     0.91,
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
