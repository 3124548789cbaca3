// Package corpustest keeps filmgraph's measured quality on the research
// corpus from sliding back: it ingests the corpus into a memory store,
// scores it against testdata/gold with package eval, and fails when a
// score falls below its floor. It lives apart from package eval so that
// eval's own unit tests never depend on the whole extraction pipeline
// building.
package corpustest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/eval/evaltest"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/internal/testcorpus"
	"github.com/filmgraph/filmgraph/pipeline"
)

// floors are the F1 scores measured on the corpus, minus a small margin
// so that harmless changes pass and real regressions fail. Raise them
// when the system improves; never lower them to make a change pass.
//
// Measured when the floors were last raised (all five corpus documents;
// 000 is a sample of 118 answers): works 0.947, works:film 0.938, people
// 0.966, festivals 0.973, directed_by 0.884, acted_in 0.667, awards 1.000,
// causes 0.741, cause_films 0.474, argues 0.960, merges 0. The rows with a
// handful of gold items (directed_by 24, acted_in 4, awards 6) get a wider
// margin: one item moves them by 0.05-0.2. Fifth session: directed_by
// 0.936, cause_films 0.506 (floors 0.88 and 0.46). Seventh session:
// triggers copied from single answers of the corpus thread (截肢, 粮仓,
// 国名全换, 膝行 …) were dropped after an audit, since a rule keyed to one
// text's wording is not extraction; the answers they alone made argue
// stopped arguing: argues 0.960 → 0.927, causes 0.748 → 0.729, cause_films
// 0.511 → 0.488. The argues floor went from 0.93 to 0.89 for that reason
// only; no other change may lower a floor.
var floors = map[string]float64{
	eval.RowWorks:           0.92,
	eval.RowWorks + ":film": 0.91,
	eval.RowPeople:          0.93,
	eval.RowFestivals:       0.93,
	eval.RowDirectedBy:      0.88,
	eval.RowActedIn:         0.40,
	eval.RowAwards:          0.80,
	eval.RowCauses:          0.72,
	eval.RowCauseFilms:      0.46,
	eval.RowArgues:          0.89,
}

// maxMerges is the number of merges tolerated (the target is zero).
const maxMerges = 0

func TestCorpusFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the whole corpus")
	}
	dir := testcorpus.Dir(t)
	ctx := context.Background()
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var paths []string
	for _, name := range testcorpus.All {
		paths = append(paths, filepath.Join(dir, name))
	}
	sum, err := pipeline.Run(ctx, st, pipeline.Options{Paths: paths})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 {
		t.Fatalf("%d corpus files failed to ingest: %+v", sum.Failed, sum)
	}
	rep := evaltest.Score(t, ctx, st, filepath.Join("..", "..", "testdata", "gold"))
	for _, d := range rep.Documents {
		t.Logf("%s: works F1 %.3f, people %.3f, festivals %.3f, causes %.3f, cause_films %.3f", d.Document,
			d.Row(eval.RowWorks).F1, d.Row(eval.RowPeople).F1, d.Row(eval.RowFestivals).F1, d.Row(eval.RowCauses).F1, d.Row(eval.RowCauseFilms).F1)
	}
	evaltest.CheckFloors(t, rep, floors, maxMerges, "run `filmgraph eval --gold testdata/gold --errors` to see what was lost")
}
