// Package query implements `filmgraph query SCRIPT`: an ad hoc Gizmo query.
package query

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
)

// Options for query.
type Options struct {
	IO      *cmdutil.IOStreams
	Open    func() (*graph.Store, error)
	Script  string
	Limit   int
	Timeout time.Duration
}

// NewCmdQuery runs a Gizmo script and prints results as JSON lines.
func NewCmdQuery(f *cmdutil.Factory) *cobra.Command {
	o := &Options{IO: f.IO, Open: func() (*graph.Store, error) { return f.OpenStore(true) }}
	cmd := &cobra.Command{
		Use:   "query 'g.V(...)...'",
		Short: "Run an ad hoc Gizmo query; results as JSON lines",
		Long: `Run a Gizmo (JavaScript) query against the store and print each result as
one JSON line. Use - to read the script from standard input, @FILE to read it
from a file.

On a bolt store, start traversals from ONE node (g.V("<fg:work/流浪地球>")):
a hop from several nodes or from has() scans a whole predicate and is about
1000x slower. Collect values with g.emit(...); a script's final value is not
printed. See docs/queries.md.

Example:
  filmgraph query 'g.V("<fg:work/流浪地球>").out("<fg:directedBy>").out("<rdfs:label>").all()'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Script = args[0]
			return queryRun(o)
		},
	}
	cmd.Flags().IntVarP(&o.Limit, "limit", "n", 100, "maximum results (0 = no limit)")
	cmd.Flags().DurationVarP(&o.Timeout, "timeout", "t", 30*time.Second, "give up after this long")
	return cmd
}

func queryRun(o *Options) error {
	script := o.Script
	switch {
	case script == "-":
		b, err := io.ReadAll(o.IO.In)
		if err != nil {
			return fmt.Errorf("read script from stdin: %w", err)
		}
		script = string(b)
	case len(script) > 1 && script[0] == '@':
		b, err := os.ReadFile(script[1:])
		if err != nil {
			return fmt.Errorf("read script: %w", err)
		}
		script = string(b)
	}
	s, err := o.Open()
	if err != nil {
		return err
	}
	defer s.Close()
	return s.RunGizmo(context.Background(), script, graph.QueryOptions{Limit: o.Limit, Timeout: o.Timeout},
		func(v interface{}) error { return cmdutil.WriteJSONLine(o.IO.Out, v) })
}
