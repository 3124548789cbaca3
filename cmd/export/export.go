// Package export implements `filmgraph export`: write the whole graph or a
// selected subgraph in a format another tool reads (see docs/export.md).
package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	exp "github.com/filmgraph/filmgraph/export"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/queries"
)

// ExportOptions are the inputs of exportRun.
type ExportOptions struct {
	IO         *cmdutil.IOStreams
	Open       func() (*graph.Store, error)
	QueriesDir string

	Format string
	Output string // "" or "-" for stdout; a directory or .zip for csv

	Around     string
	Depth      int
	Cause      string
	Document   string
	Query      string
	Params     map[string]string
	Types      []string
	Predicates []string
	Reified    bool
	Timeout    time.Duration
}

// NewCmdExport wires the export command.
func NewCmdExport(f *cmdutil.Factory) *cobra.Command {
	o := &ExportOptions{IO: f.IO, Open: func() (*graph.Store, error) { return f.OpenStore(true) }}
	cmd := &cobra.Command{
		Use:   "export [-o FILE] [--format F] [selection]",
		Short: "Export the graph or a subgraph to N-Quads, JSON-LD, GraphML, GEXF, Cytoscape JSON, CSV or DOT",
		Long: `Export the whole graph, or a selection of it, for Gephi, Cytoscape,
spreadsheets, neo4j or RDF stores. Every format keeps labels in the source
language, node types, and for each edge the documents and evidence quote it
comes from.

Formats (--format, or the extension of -o):
  nquads   .nq      quads with their document labels, full IRIs (lossless; filmgraph import reads it)
  jsonld   .jsonld  JSON-LD, one named graph per document, schema.org terms (filmgraph import reads it)
  graphml  .graphml typed <key>s; Gephi, Cytoscape, yEd
  gexf     .gexf    GEXF 1.3, Gephi's own format; years as time spells
  cyjs     .cyjs    Cytoscape JSON (elements.nodes/edges)
  csv      DIR|.zip nodes.csv + edges.csv with neo4j-admin headers
  dot      .dot     Graphviz; render with: dot -Tsvg out.dot > out.svg
Without -o, the export goes to standard output (N-Quads by default).

Selections (one at a time; none = everything):
  --around ENTITY [--depth N]   an entity (name, alias or IRI) and its neighbourhood
  --cause ID                    a cause, its claims, the films they cite, documents, authors
  --document ID                 one document's facts
  --query NAME --param k=v      the nodes a saved query returns, and the edges among them
Filters: --types Work,Person  --predicates directedBy,actedIn  --reified

Examples:
  filmgraph export -o graph.nq
  filmgraph export --around 流浪地球 --depth 2 -o wandering.gexf
  filmgraph export --cause censorship_content_restrictions -o censorship.graphml
  filmgraph export --types Work,Person --predicates directedBy,actedIn -o people.zip`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.QueriesDir = f.QueriesDir
			return exportRun(o)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&o.Output, "output", "o", "", "output file (or directory / .zip for csv); default standard output")
	fl.StringVarP(&o.Format, "format", "f", "", "nquads, jsonld, graphml, gexf, cyjs, csv or dot (default: from -o's extension, else nquads)")
	fl.StringVar(&o.Around, "around", "", "export the neighbourhood of this entity (name, alias or IRI)")
	fl.IntVar(&o.Depth, "depth", 1, "hops from --around")
	fl.StringVar(&o.Cause, "cause", "", "export a cause with its claims, cited entities, documents and authors")
	fl.StringVar(&o.Document, "document", "", "export one document's facts (document id or IRI)")
	fl.StringVar(&o.Query, "query", "", "export the nodes a saved query returns")
	fl.StringToStringVar(&o.Params, "param", nil, "saved-query parameter k=v (repeatable)")
	fl.StringSliceVar(&o.Types, "types", nil, "keep only these node types (Work,Person,Festival,Claim,Cause,Document,Section,Author)")
	fl.StringSliceVar(&o.Predicates, "predicates", nil, "keep only edges with these predicates (directedBy,actedIn,cites,...)")
	fl.BoolVar(&o.Reified, "reified", false, "also export mention, evidence and statement nodes (by default they are folded into edge provenance)")
	fl.DurationVar(&o.Timeout, "timeout", 60*time.Second, "time limit for --query")
	return cmd
}

func exportRun(o *ExportOptions) error {
	ctx := context.Background()
	format, err := exp.FormatFor(o.Format, o.Output)
	if err != nil {
		return err
	}
	toStdout := o.Output == "" || o.Output == "-"
	if format == exp.CSV && toStdout {
		return fmt.Errorf("csv writes two files: pass -o DIR or -o FILE.zip")
	}
	st, err := o.Open()
	if err != nil {
		return err
	}
	defer st.Close()

	sel := exp.Selection{
		Around: o.Around, Depth: o.Depth, Cause: o.Cause, Document: o.Document,
		Types: o.Types, Predicates: o.Predicates, Reified: o.Reified,
	}
	if o.Query != "" {
		seeds, err := querySeeds(ctx, st, o)
		if err != nil {
			return err
		}
		sel.Seeds = seeds
	} else if len(o.Params) > 0 {
		return fmt.Errorf("--param needs --query")
	}
	g, err := exp.Select(ctx, st, sel)
	if err != nil {
		return err
	}
	if g.Len() == 0 {
		fmt.Fprintln(o.IO.ErrOut, "filmgraph: the selection is empty; the export has no nodes")
	}

	if format == exp.CSV {
		var files exp.Files
		var zf *os.File
		if strings.EqualFold(filepath.Ext(o.Output), ".zip") {
			zf, err = os.Create(o.Output)
			if err != nil {
				return fmt.Errorf("create %s: %w", o.Output, err)
			}
			defer zf.Close()
			files = exp.ZipFiles(zf)
		} else if files, err = exp.DirFiles(o.Output); err != nil {
			return err
		}
		if err := exp.WriteCSV(ctx, g, files); err != nil {
			return fmt.Errorf("write %s: %w", o.Output, err)
		}
		if zf != nil {
			return zf.Close()
		}
		return nil
	}

	var w io.Writer = o.IO.Out
	var file *os.File
	if !toStdout {
		file, err = os.Create(o.Output)
		if err != nil {
			return fmt.Errorf("create %s: %w", o.Output, err)
		}
		defer file.Close()
		w = file
	}
	if err := exp.Write(ctx, g, format, w); err != nil {
		return fmt.Errorf("write %s: %w", outName(o.Output), err)
	}
	if file != nil {
		return file.Close()
	}
	return nil
}

func outName(p string) string {
	if p == "" || p == "-" {
		return "standard output"
	}
	return p
}

// querySeeds runs the saved query and returns every cell that names a
// node of the store (an IRI, with or without angle brackets).
func querySeeds(ctx context.Context, st *graph.Store, o *ExportOptions) ([]quad.IRI, error) {
	lib, err := queries.Load(o.QueriesDir)
	if err != nil {
		return nil, err
	}
	q, err := lib.Get(o.Query)
	if err != nil {
		return nil, err
	}
	res, err := queries.Run(ctx, st, q, o.Params, queries.Options{Timeout: o.Timeout})
	if err != nil {
		return nil, err
	}
	seeds := []quad.IRI{}
	seen := map[quad.IRI]bool{}
	var visit func(v interface{})
	visit = func(v interface{}) {
		switch x := v.(type) {
		case string:
			s := strings.TrimSpace(x)
			if !strings.Contains(s, ":") || strings.ContainsAny(s, " \n") {
				return
			}
			iri := quad.IRI(strings.Trim(s, "<>")).Short()
			if !seen[iri] && st.QS.ValueOf(iri) != nil {
				seen[iri] = true
				seeds = append(seeds, iri)
			}
		case []interface{}:
			for _, e := range x {
				visit(e)
			}
		case map[string]interface{}:
			for _, e := range x {
				visit(e)
			}
		}
	}
	for _, row := range res.Rows {
		for _, cell := range row {
			visit(cell)
		}
	}
	if len(seeds) == 0 {
		return nil, fmt.Errorf("query %s returned %d rows but no node IRIs to export: export needs a query with an IRI column", o.Query, len(res.Rows))
	}
	return seeds, nil
}
