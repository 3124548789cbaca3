// Package demo implements `filmgraph demo`: ingest the bundled sample
// corpus and show the films found, with where they were mentioned.
package demo

import (
	"context"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/catalog"
	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	cmdingest "github.com/filmgraph/filmgraph/cmd/ingest"
	"github.com/filmgraph/filmgraph/demo"
	"github.com/filmgraph/filmgraph/graph"
)

// Options for demo.
type Options struct {
	IO   *cmdutil.IOStreams
	Open func(readOnly bool) (*graph.Store, error)
	JSON bool
}

// NewCmdDemo ingests the bundled sample corpus.
func NewCmdDemo(f *cmdutil.Factory) *cobra.Command {
	o := &Options{IO: f.IO, Open: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled sample corpus and list the films found",
		Long: `Ingest a small sample corpus bundled in the binary (a Zhihu-style thread, a
news item and a report passage, written for filmgraph) into the store, then
list the films found and where they were mentioned. Then try:

  filmgraph films
  filmgraph show 卧虎藏龙
  filmgraph causes
  filmgraph queries list`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return demoRun(o) },
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print the films as JSON")
	return cmd
}

func demoRun(o *Options) error {
	in := &cmdingest.Options{IO: o.IO, Open: func() (*graph.Store, error) { return o.Open(false) }, Sources: demo.Sources()}
	if o.JSON {
		// keep stdout pure JSON: the ingest summary goes to stderr
		quiet := *o.IO
		quiet.Out = o.IO.ErrOut
		in.IO = &quiet
	}
	if err := cmdingest.Run(in); err != nil {
		return err
	}
	s, err := o.Open(true)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	films, err := catalog.New(s).Films(ctx, catalog.FilmFilter{})
	if err != nil {
		return err
	}
	if o.JSON {
		return cmdutil.WriteJSON(o.IO.Out, films)
	}
	fmt.Fprintln(o.IO.Out)
	t := cmdutil.NewTable(o.IO, "film", "directors", "mentions", "mentioned in")
	for _, f := range films {
		t.Row(f.Title, joinNames(f.Directors), strconv.Itoa(f.Mentions), joinNames(f.Documents))
	}
	return t.Render()
}

func joinNames(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}
