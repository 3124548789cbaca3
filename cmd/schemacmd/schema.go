// Package schemacmd implements `filmgraph schema`.
package schemacmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/schema"
)

// SchemaOptions are the inputs of schemaRun.
type SchemaOptions struct {
	IO *cmdutil.IOStreams
	// Causes prints the cause taxonomy (with its triggers) instead of the
	// graph vocabulary.
	Causes bool
	// TaxonomyFiles are user cause files merged into the shipped taxonomy
	// before it is printed, so a user sees what ingest --causes will use.
	TaxonomyFiles []string
	JSON          bool
}

// NewCmdSchema prints the graph vocabulary or the cause taxonomy.
func NewCmdSchema(f *cmdutil.Factory) *cobra.Command {
	opts := &SchemaOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the graph vocabulary (node types, predicates, IRI patterns) or, with --causes, the cause taxonomy",
		Long: `Print the graph vocabulary: node types, predicates and IRI patterns.

With --causes, print the cause taxonomy instead: every cause, counter-argument,
diagnosis and prescription with its triggers, after merging your own cause
files (--taxonomy, the files you pass to ingest --causes). --json prints it
in the shape of a cause file, to copy from when you write your own.`,
		Example: `  filmgraph schema
  filmgraph schema --causes
  filmgraph schema --causes --taxonomy mine.json --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !opts.Causes && (opts.JSON || len(opts.TaxonomyFiles) > 0) {
				return fmt.Errorf("--json and --taxonomy apply to the cause taxonomy: add --causes")
			}
			return schemaRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Causes, "causes", false, "print the cause taxonomy with its triggers")
	cmd.Flags().StringArrayVar(&opts.TaxonomyFiles, "taxonomy", nil, "your own cause file(s) to merge before printing (with --causes)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the cause taxonomy as a cause file (with --causes)")
	return cmd
}

func schemaRun(opts *SchemaOptions) error {
	if !opts.Causes {
		_, err := fmt.Fprint(opts.IO.Out, schema.Describe())
		return err
	}
	tax, err := schema.LoadTaxonomy(opts.TaxonomyFiles...)
	if err != nil {
		return err
	}
	if opts.JSON {
		return cmdutil.WriteJSON(opts.IO.Out, map[string]any{"causes": tax.Causes})
	}
	t := cmdutil.NewTable(opts.IO, "ID", "KIND", "GROUP", "LABEL", "TRIGGERS")
	for _, c := range tax.Causes {
		t.Row(c.ID, c.Kind, c.Group, c.LabelEn, strings.Join(c.Triggers, " · "))
	}
	return t.Render()
}
