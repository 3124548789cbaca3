package export

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/filmgraph/filmgraph/graph"
)

// ImportResult counts what Import read and wrote.
type ImportResult struct {
	Read    int // quads in the file
	Skipped int // derived quads dropped (schema.org types added by the JSON-LD export)
	Written int // quads handed to the store (duplicates of stored quads are ignored by it)
}

// importBatch bounds memory while importing: quads are written in
// transactions of this size.
const importBatch = 10000

// Import reads an N-Quads or JSON-LD export and adds its quads to the
// store, labels included. IRIs are turned back into the stored short form
// (fg:..., rdf:..., rdfs:..., schema:...) and the JSON-LD export's
// schema.org terms back into filmgraph's, so exporting and importing gives
// the same quads. Quads already in the store are left alone; nothing is
// removed.
func Import(ctx context.Context, st *graph.Store, r io.Reader, f Format) (ImportResult, error) {
	var res ImportResult
	if st.QW == nil {
		return res, fmt.Errorf("store is open read-only")
	}
	var qr quad.ReadCloser
	switch f {
	case NQuads:
		qr = nquads.NewReader(r, false)
	case JSONLD:
		qr = jsonld.NewReader(r)
	default:
		return res, fmt.Errorf("import reads nquads or jsonld, not %s", f)
	}
	defer qr.Close()
	batch := make([]quad.Quad, 0, importBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := st.QW.AddQuadSet(batch); err != nil {
			return fmt.Errorf("write quads: %w", err)
		}
		res.Written += len(batch)
		batch = batch[:0]
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, fmt.Errorf("after %d quads: %w", res.Read, err)
		}
		res.Read++
		q = Normalize(q)
		if f == JSONLD {
			var keep bool
			if q, keep = fromSchemaOrg(q); !keep {
				res.Skipped++
				continue
			}
		}
		if !q.IsValid() {
			return res, fmt.Errorf("quad %d is incomplete: %v", res.Read, q)
		}
		batch = append(batch, q)
		if len(batch) == importBatch {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	return res, flush()
}

// Normalize turns a quad read from an export back into stored form: IRIs
// unescaped and shortened to registered prefixes, typed literals converted
// to their native values (quad.Int, quad.Float ...), and xsd:string
// literals (what JSON-LD readers give for plain strings) to plain strings.
func Normalize(q quad.Quad) quad.Quad {
	q.Subject = normValue(q.Subject)
	q.Predicate = normValue(q.Predicate)
	q.Object = normValue(q.Object)
	if q.Label != nil {
		q.Label = normValue(q.Label)
	}
	return q
}

const xsdString = quad.IRI("http://www.w3.org/2001/XMLSchema#string")

func normValue(v quad.Value) quad.Value {
	switch x := v.(type) {
	case quad.IRI:
		return quad.IRI(unescapeIRI(string(x))).Short()
	case quad.TypedString:
		t := quad.IRI(unescapeIRI(string(x.Type)))
		if t.Full() == xsdString {
			return x.Value
		}
		ts := quad.TypedString{Value: x.Value, Type: t.Short()}
		if nv, err := ts.ParseValue(); err == nil {
			return nv
		}
		return ts
	}
	return v
}
