package queries

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// tallyCompareScript aggregates the same counts four ways on one node: from
// the fg:Tally nodes (tallyRows + sumTallies, read with saves), from the
// packed rows as objects (tally + sumTallies), flat (tallySum) and by hand
// over tallyFlat; it emits one row per method and key.
const tallyCompareScript = `
function emitAll(method, agg, bracket) {
  sortedKeys(agg).forEach(function (k) {
    var a = agg[k], roles = a.roles;
    if (typeof roles === "string") { roles = rolesOf(roles); } else { roles = sortedKeys(roles); }
    g.emit({method: method, key: bracket ? "<" + k + ">" : k, claims: a.claims, denying: a.denying, documents: a.documents, roles: roles.join(",")});
  });
}
var node = params.node[0];
if (params.kind === "cause-work") {
  var nodes = tallyRows(node, "<fg:tallyCause>", "cause-work", {work: "<fg:tallyWork>", n: "<fg:count>", d: "<fg:denying>", doc: "<fg:tallyDocument>"});
  // Roles of tally nodes: one more hop per tally (fg:citeRole).
  var rows = [];
  nodes.forEach(function (r) { rows.push({work: r.work, n: r.n, d: r.d, doc: r.doc, roles: outs(r.id, "<fg:citeRole>")}); });
  emitAll("nodes", sumTallies(rows, "work"), false);
  emitAll("objects", sumTallies(tally(node, "<fg:causeWorkRow>"), "work"), false);
  emitAll("sum", tallySum(node, "<fg:causeWorkRow>", "work"), true);
} else {
  emitAll("nodes", sumTallies(tallyRows(node, "<fg:tallyCause>", "cause", {c: "<fg:tallyCause>", n: "<fg:count>", d: "<fg:denying>", doc: "<fg:tallyDocument>"}), "c"), false);
  var f = tallyFlat(node, "<fg:causeDocRow>"), byHand = {claims: 0, denying: 0, documents: f.length / 3, roles: ""};
  for (var i = 0; i < f.length; i += 3) { byHand.claims += +f[i + 1] + +f[i + 2]; byHand.denying += +f[i + 2]; }
  var one = {}; one[node] = byHand;
  emitAll("flat", one, false);
}
`

// TestTallyRowsAgreeWithTallyNodes checks that the packed tally rows the
// shipped queries read give the same counts, documents and roles as the
// fg:Tally nodes they summarise, through every prelude helper, so a
// helper that misparses a row (a field off by one, roles dropped) fails
// here.
func TestTallyRowsAgreeWithTallyNodes(t *testing.T) {
	st := openFixture(t, filepath.Join(t.TempDir(), "tally.db"))
	q := &Query{Name: "tally-compare", Source: "test", Script: tallyCompareScript,
		Columns: []string{"method", "key", "claims", "denying", "documents", "roles"},
		Params:  []Param{{Name: "node", Type: TypeEntity, EntityType: "Cause", Required: true}, {Name: "kind", Type: TypeString, Required: true}}}
	for _, cause := range []string{"censorship", "weak_scripts"} {
		for _, kind := range []string{"cause-work", "cause"} {
			res, err := Run(context.Background(), st, q, map[string]string{"node": cause, "kind": kind}, Options{instrument: singleNodeGuard})
			if err != nil {
				t.Fatalf("%s %s: %v", cause, kind, err)
			}
			by := map[string][]map[string]interface{}{}
			for _, o := range res.Objects() {
				m := o["method"].(string)
				delete(o, "method")
				by[m] = append(by[m], o)
			}
			want := by["nodes"]
			if len(want) == 0 {
				t.Fatalf("%s %s: the fixture has no tallies to compare", cause, kind)
			}
			for m, got := range by {
				if !reflect.DeepEqual(got, want) {
					g, _ := json.Marshal(got)
					w, _ := json.Marshal(want)
					t.Errorf("%s %s: %s gives %s\ntally nodes give %s", cause, kind, m, g, w)
				}
			}
			if kind == "cause-work" && len(by) != 3 || kind == "cause" && len(by) != 2 {
				t.Errorf("%s %s: methods %v", cause, kind, by)
			}
		}
	}
}

// TestTallyFlatRefusesRowsOfAnotherWidth shows that a row with the wrong
// number of fields is an error naming the predicate, not a misread.
func TestTallyFlatRefusesRowsOfAnotherWidth(t *testing.T) {
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cause := schema.CauseIRI("censorship")
	if _, err := st.ReplaceLabel(context.Background(), schema.DocIRI("old"), []quad.Quad{
		{Subject: cause, Predicate: schema.Type, Object: schema.Cause, Label: schema.DocIRI("old")},
		{Subject: cause, Predicate: schema.CauseDocRow, Object: quad.String("fg:doc/old\t3"), Label: schema.DocIRI("old")},
	}); err != nil {
		t.Fatal(err)
	}
	q := &Query{Name: "flat", Source: "test", Columns: []string{"n"},
		Script: `g.emit({n: tallyFlat("<fg:cause/censorship>", "<fg:causeDocRow>").length});`}
	_, err = Run(context.Background(), st, q, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "fg:causeDocRow") || !strings.Contains(err.Error(), "re-ingest") {
		t.Errorf("a two-field causeDocRow: err = %v, want an error naming the predicate and saying to re-ingest", err)
	}
}
