package queries

import (
	"fmt"

	"github.com/cayleygraph/quad"
)

// outs and ins are the prelude's one-node hops done in Go: outs(node,
// pred) lists the distinct objects of (node, pred, *), ins(node, pred) the
// distinct subjects of (*, pred, node), in the store's order, as Gizmo's
// toArray() would give them. Written in JavaScript, every hop builds a
// Gizmo path object and a goja array; film-neighbourhood makes a few
// hundred of them (a label per node reached), and on the 1M benchmark
// graph that overhead was as large as the bolt reads themselves.
func (n *natives) outs(node, pred string) ([]interface{}, error) {
	return n.hop(node, pred, false)
}

func (n *natives) ins(node, pred string) ([]interface{}, error) {
	return n.hop(node, pred, true)
}

func (n *natives) hop(node, pred string, in bool) ([]interface{}, error) {
	start, p := quad.StringToValue(node), quad.StringToValue(pred)
	if start == nil || p == nil {
		return []interface{}{}, nil
	}
	var vals []quad.Value
	var err error
	if in {
		vals, err = n.st.Subjects(n.ctx, start, p)
	} else if iri, ok := p.(quad.IRI); ok {
		vals, err = n.st.Out(n.ctx, start, iri)
	}
	if err != nil {
		dir := "out"
		if in {
			dir = "in"
		}
		return nil, fmt.Errorf("%ss(%s, %s): %w", dir, node, pred, err)
	}
	out := make([]interface{}, 0, len(vals))
	seen := make(map[string]bool, len(vals))
	for _, v := range vals {
		js := jsValue(v)
		if js == nil {
			continue
		}
		k := fmt.Sprintf("%T:%v", js, js)
		if !seen[k] {
			seen[k] = true
			out = append(out, js)
		}
	}
	return out, nil
}

// jsValue converts a stored value the way Gizmo's toArray does: IRIs and
// other values without a native Go form become their N-Quads string
// ("<fg:work/x>"), strings, numbers, booleans and times their native value.
func jsValue(v quad.Value) interface{} {
	if v == nil {
		return nil
	}
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && v == nv {
		return quad.StringOf(v)
	}
	return out
}
