package benchqueries

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// WriteCauseTotals rewrites the store-wide total of every cause
// (schema.CauseTotal under schema.TotalsLabel: "claims\tdenying\tdocuments")
// from its per-document rows (schema.CauseDocRow), the way pipeline.Run
// does after each ingest. Stores written without the pipeline (the
// synthetic graph, test fixtures) call it after their last document so the
// saved queries see the same quads as on an ingested store. It repeats
// pipeline's unexported writeTotals; it should call it once that is
// exported.
func WriteCauseTotals(ctx context.Context, st *graph.Store) error {
	causes, err := st.NodesOfType(ctx, schema.Cause)
	if err != nil {
		return err
	}
	var out []quad.Quad
	for _, c := range causes {
		rows, err := st.Values(ctx, c, schema.CauseDocRow)
		if err != nil {
			return err
		}
		claims, denying, docs := 0, 0, map[string]bool{}
		for _, r := range rows {
			f := strings.Split(quad.ToString(r), "\t")
			if len(f) != 3 {
				return fmt.Errorf("cause totals: %s row %q on %v has %d fields, want doc, claims, denying; the store was written by another version, rebuild it", schema.CauseDocRow, quad.ToString(r), c, len(f))
			}
			n, err1 := strconv.Atoi(f[1])
			d, err2 := strconv.Atoi(f[2])
			if err1 != nil || err2 != nil {
				return fmt.Errorf("cause totals: %s row %q on %v: counts are not integers", schema.CauseDocRow, quad.ToString(r), c)
			}
			claims, denying = claims+n, denying+d
			docs[f[0]] = true
		}
		if len(docs) == 0 {
			continue
		}
		out = append(out, quad.Quad{Subject: c, Predicate: schema.CauseTotal, Label: schema.TotalsLabel,
			Object: quad.String(strconv.Itoa(claims) + "\t" + strconv.Itoa(denying) + "\t" + strconv.Itoa(len(docs)))})
	}
	_, err = st.ReplaceLabel(ctx, schema.TotalsLabel, out)
	return err
}
