// Package importcmd implements `filmgraph import FILE`: load an N-Quads or
// JSON-LD export (from `filmgraph export`) into the store, so a subgraph
// can travel between databases.
package importcmd

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	exp "github.com/filmgraph/filmgraph/export"
	"github.com/filmgraph/filmgraph/graph"
)

// ImportOptions are the inputs of importRun.
type ImportOptions struct {
	IO     *cmdutil.IOStreams
	Open   func() (*graph.Store, error)
	File   string // "-" for standard input
	Format string // "" = from the extension
}

// NewCmdImport wires the import command.
func NewCmdImport(f *cmdutil.Factory) *cobra.Command {
	o := &ImportOptions{IO: f.IO, Open: func() (*graph.Store, error) { return f.OpenStore(false) }}
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Load an N-Quads or JSON-LD export into the store",
		Long: `Load quads written by 'filmgraph export' (N-Quads .nq or JSON-LD .jsonld)
into the store, with their labels (the document each fact came from).
Quads already in the store are kept; nothing is removed. Use - to read
standard input (then pass --format).

Example:
  filmgraph export --cause censorship_content_restrictions -o c.nq
  filmgraph --db other.db import c.nq`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.File = args[0]
			return importRun(o)
		},
	}
	cmd.Flags().StringVarP(&o.Format, "format", "f", "", "nquads or jsonld (default: from the file extension)")
	return cmd
}

func importRun(o *ImportOptions) error {
	format, err := exp.FormatFor(o.Format, o.File)
	if o.File == "-" && o.Format == "" {
		format, err = exp.NQuads, nil
	}
	if err != nil {
		return err
	}
	if format != exp.NQuads && format != exp.JSONLD {
		return fmt.Errorf("%s: import reads N-Quads (.nq) or JSON-LD (.jsonld) exports, not %s", o.File, format)
	}
	var r io.Reader = o.IO.In
	if o.File != "-" {
		f, err := os.Open(o.File)
		if err != nil {
			return fmt.Errorf("open %s: %w", o.File, err)
		}
		defer f.Close()
		r = f
	}
	st, err := o.Open()
	if err != nil {
		return err
	}
	res, err := exp.Import(context.Background(), st, r, format)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("import %s: %w (nothing after the error was written)", o.File, err)
	}
	fmt.Fprintf(o.IO.ErrOut, "imported %d quads from %s", res.Written, o.File)
	if res.Skipped > 0 {
		fmt.Fprintf(o.IO.ErrOut, " (%d derived schema.org types skipped)", res.Skipped)
	}
	fmt.Fprintln(o.IO.ErrOut)
	return nil
}
