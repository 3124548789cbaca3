// Package stats implements `filmgraph stats`.
package stats

import (
	"context"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/catalog"
	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
)

// Options for stats.
type Options struct {
	IO   *cmdutil.IOStreams
	Open func() (*graph.Store, error)
	JSON bool
}

// NewCmdStats prints counts per node type and predicate.
func NewCmdStats(f *cmdutil.Factory) *cobra.Command {
	o := &Options{IO: f.IO, Open: func() (*graph.Store, error) { return f.OpenStore(true) }}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Print counts per node type and per predicate",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return statsRun(o) },
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON")
	return cmd
}

func statsRun(o *Options) error {
	s, err := o.Open()
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := catalog.New(s).Stats(context.Background())
	if err != nil {
		return err
	}
	if o.JSON {
		return cmdutil.WriteJSON(o.IO.Out, st)
	}
	fmt.Fprintf(o.IO.Out, "store %s: %d quads\n\n", st.Store, st.Quads)
	t := cmdutil.NewTable(o.IO, "node type", "count")
	for _, c := range st.NodeTypes {
		t.Row(c.Name, strconv.Itoa(c.Count))
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintln(o.IO.Out)
	t = cmdutil.NewTable(o.IO, "predicate", "quads")
	for _, c := range st.Predicates {
		t.Row(c.Name, strconv.Itoa(c.Count))
	}
	return t.Render()
}
