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

// The Go helpers and the prelude's JavaScript ones must read rows with the
// same field names, or tallyFlat and tallySum would disagree on a store.
func TestNativeAndPreludeTallyFieldsAgree(t *testing.T) {
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q := &Query{Name: "fields", Source: "test", Columns: []string{"json"}, Script: `g.emit({json: JSON.stringify(tallyFields)});`}
	res, err := Run(context.Background(), st, q, nil, Options{})
	if err != nil || len(res.Rows) != 1 {
		t.Fatalf("rows %v, err %v", res, err)
	}
	var js map[string][]string
	if err := json.Unmarshal([]byte(res.Rows[0][0].(string)), &js); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(js, tallyRowFields) {
		t.Errorf("prelude tallyFields %v\nnative.go tallyRowFields %v", js, tallyRowFields)
	}
}

// byHandScript ranks a cause's works and counts the documents each pair of
// them shares, by hand over tallyFlat, then the same with tallyTop and
// tallyPairs, and emits both.
const byHandScript = `
var node = params.node[0], f = tallyFlat(node, "<fg:causeWorkRow>"), by = {}, docs = {};
for (var i = 0; i < f.length; i += 5) {
  var x = by[f[i]] || (by[f[i]] = {claims: 0, denying: 0, documents: 0});
  x.claims += +f[i + 2] + +f[i + 3]; x.denying += +f[i + 3]; x.documents++;
  (docs[f[i]] || (docs[f[i]] = {}))[f[i + 1]] = true;
}
var hand = topKeys(by, "claims", params.top);
hand.forEach(function (k, r) { g.emit({method: "hand", what: "top", a: r + ":" + k, n: by[k].claims, d: by[k].denying, docs: by[k].documents}); });
for (var p = 0; p < hand.length; p++) {
  for (var q = p + 1; q < hand.length; q++) {
    var n = 0;
    for (var d in docs[hand[p]]) { if (docs[hand[q]][d]) { n++; } }
    if (n > 0) { g.emit({method: "hand", what: "pair", a: hand[p] + "|" + hand[q], n: n}); }
  }
}
var c = tallyFlat(node, "<fg:causeDocRow>"), byDoc = {};
for (var j = 0; j < c.length; j += 3) { byDoc[c[j]] = {claims: +c[j + 1] + +c[j + 2], denying: +c[j + 2]}; }
sortedKeys(byDoc).forEach(function (k) { g.emit({method: "hand", what: "doc", a: k, n: byDoc[k].claims, d: byDoc[k].denying, docs: 1}); });
var sums = tallySum(node, "<fg:causeDocRow>", "doc");
sortedKeys(sums).forEach(function (k) { g.emit({method: "native", what: "doc", a: k, n: sums[k].claims, d: sums[k].denying, docs: sums[k].documents}); });
var top = tallyTop(node, "<fg:causeWorkRow>", "work", params.top), keys = [];
top.forEach(function (x, r) { keys.push(x.key); g.emit({method: "native", what: "top", a: r + ":" + x.key, n: x.claims, d: x.denying, docs: x.documents}); });
tallyPairs(node, "<fg:causeWorkRow>", "work", "doc", keys).forEach(function (x) {
  g.emit({method: "native", what: "pair", a: keys[x[0]] + "|" + keys[x[1]], n: x[2]});
});
`

// TestTallyTopAndPairsAgreeWithFlatRows checks the Go helpers against the
// same ranking, pair counts and per-document sums (denying claims
// included) computed by hand over the raw rows, with a cut that drops
// works (top 2) and without one.
func TestTallyTopAndPairsAgreeWithFlatRows(t *testing.T) {
	st := openFixture(t, filepath.Join(t.TempDir(), "native.db"))
	q := &Query{Name: "by-hand", Source: "test", Script: byHandScript,
		Columns: []string{"method", "what", "a", "n", "d", "docs"},
		Params:  []Param{{Name: "node", Type: TypeEntity, EntityType: "Cause", Required: true}, {Name: "top", Type: TypeInt, Required: true}}}
	pairs, denying := 0, 0
	for _, cause := range []string{"censorship", "weak_scripts"} {
		for _, top := range []string{"0", "2"} {
			res, err := Run(context.Background(), st, q, map[string]string{"node": cause, "top": top}, Options{instrument: singleNodeGuard})
			if err != nil {
				t.Fatalf("%s top %s: %v", cause, top, err)
			}
			by := map[string][][]interface{}{}
			for _, r := range res.Rows {
				by[r[0].(string)] = append(by[r[0].(string)], r[1:])
				if r[0] == "hand" && r[1] == "pair" {
					pairs++
				}
				if r[0] == "hand" && r[1] == "doc" && r[4] != int64(0) {
					denying++
				}
			}
			if len(by["hand"]) == 0 || !reflect.DeepEqual(by["hand"], by["native"]) {
				t.Errorf("%s top %s:\nby hand %v\nnative  %v", cause, top, by["hand"], by["native"])
			}
		}
	}
	if pairs == 0 {
		t.Error("no co-cited pair in the fixture: tallyPairs is untested")
	}
	if denying == 0 {
		t.Error("no denying claim in the fixture's cause rows: the denying sums are untested")
	}
}

// A row of the wrong width is an error from the Go helpers too.
func TestNativeTallyRefusesRowsOfAnotherWidth(t *testing.T) {
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cause := schema.CauseIRI("censorship")
	if _, err := st.ReplaceLabel(context.Background(), schema.DocIRI("old"), []quad.Quad{
		{Subject: cause, Predicate: schema.CauseWorkRow, Object: quad.String("fg:work/x\tfg:doc/old\t3"), Label: schema.DocIRI("old")},
	}); err != nil {
		t.Fatal(err)
	}
	for _, script := range []string{
		`g.emit({n: tallyTop("<fg:cause/censorship>", "<fg:causeWorkRow>", "work", 3).length});`,
		`g.emit({n: tallySum("<fg:cause/censorship>", "<fg:causeWorkRow>", "work")});`,
	} {
		q := &Query{Name: "native", Source: "test", Columns: []string{"n"}, Script: script}
		_, err = Run(context.Background(), st, q, nil, Options{})
		if err == nil || !strings.Contains(err.Error(), "fg:causeWorkRow") || !strings.Contains(err.Error(), "re-ingest") {
			t.Errorf("%s on a three-field causeWorkRow: err = %v, want an error naming the predicate and saying to re-ingest", script, err)
		}
	}
}

// countOut is 0 where Cayley's bolt store fails count() (node and
// predicate exist, no quad joins them), and the count elsewhere.
func TestCountOutOnBolt(t *testing.T) {
	st := openFixture(t, filepath.Join(t.TempDir(), "count.db"))
	q := &Query{Name: "count", Source: "test", Columns: []string{"none", "three"},
		Script: `g.emit({none: countOut("<fg:doc/news1>", "<fg:docAuthorRow>"), three: countOut("<fg:doc/qa1>", "<fg:docAuthorRow>")});`}
	res, err := Run(context.Background(), st, q, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Rows[0]; got[0] != int64(0) || got[1] != int64(3) {
		t.Errorf("countOut = %v, want [0 3] (news1 is unsigned, qa1 has three authors)", got)
	}
}
