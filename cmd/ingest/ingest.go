// Package ingest implements `filmgraph ingest PATH...`.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
	fgingest "github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/pipeline"
)

// Options for ingest.
type Options struct {
	IO          *cmdutil.IOStreams
	Open        func() (*graph.Store, error)
	Paths       []string
	Sources     []fgingest.Source
	Format      string
	JSON        bool
	Force       bool
	NoSegmenter bool
	Workers     int
	Causes      []string
}

// NewCmdIngest reads files into the store.
func NewCmdIngest(f *cmdutil.Factory) *cobra.Command {
	o := &Options{IO: f.IO, Open: func() (*graph.Store, error) { return f.OpenStore(false) }}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read documents (files, directories, - for stdin) into the graph",
		Long: `Read documents into the graph. PATH is a file, a directory (read
recursively; hidden files and data files such as .json, .csv or .nq gold
annotations and exports are skipped and counted) or - for standard input.
A file named on its own is always read. The format is
detected per file; --format forces one of: ` + strings.Join(fgingest.Formats(), ", ") + `.

Re-ingesting an unchanged document changes nothing, unless what it was
extracted with changed (a new filmgraph build, its lexicon, your --causes
files): then it is extracted again. A changed document replaces its own
facts and nothing else; --force re-extracts everything. A file that cannot be read is
reported by name and skipped; the others still go in, and the exit status
is 2.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return Run(o)
		},
	}
	cmd.Flags().StringVar(&o.Format, "format", "", "force a reader: "+strings.Join(fgingest.Formats(), ", "))
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print the summary as JSON")
	cmd.Flags().BoolVar(&o.Force, "force", false, "re-extract documents even when unchanged")
	cmd.Flags().BoolVar(&o.NoSegmenter, "no-segmenter", false, "do not load the gse dictionary (faster start, lower recall)")
	cmd.Flags().IntVar(&o.Workers, "workers", 0, "parallel extraction workers (0 = CPUs)")
	cmd.Flags().StringSliceVar(&o.Causes, "causes", nil, "extra cause taxonomy file(s) (JSON, same shape as schema/causes.json)")
	return cmd
}

// Run ingests and prints the summary. It is shared with `demo`.
func Run(o *Options) error {
	s, err := o.Open()
	if err != nil {
		return err
	}
	defer s.Close()
	opt := pipeline.Options{
		Paths: o.Paths, Sources: o.Sources, Stdin: o.IO.In, Format: o.Format,
		Workers: o.Workers, NoSegmenter: o.NoSegmenter, Force: o.Force, TaxonomyFiles: o.Causes,
	}
	if o.IO.ErrTTY && !o.JSON {
		opt.Progress = progressBar(o.IO.ErrOut)
	}
	sum, runErr := pipeline.Run(context.Background(), s, opt)
	if runErr != nil && !errors.Is(runErr, pipeline.ErrSomeFailed) {
		return runErr
	}
	if o.JSON {
		if err := cmdutil.WriteJSON(o.IO.Out, sum); err != nil {
			return err
		}
	} else {
		printSummary(o.IO.Out, s.Spec, sum)
	}
	if runErr != nil {
		for _, d := range sum.Docs {
			if d.Status == "failed" {
				fmt.Fprintln(o.IO.ErrOut, "error:", d.Error)
			}
		}
		return &cmdutil.ExitError{Code: 2, Err: fmt.Errorf("%d input(s) failed; the other %d were stored", sum.Failed, sum.Documents)}
	}
	return nil
}

func printSummary(w io.Writer, spec string, s pipeline.Summary) {
	fmt.Fprintf(w, "ingested into %s in %.2fs\n", spec, s.Seconds)
	fmt.Fprintf(w, "  documents  %d (%d unchanged, %d failed)\n", s.Documents, s.Unchanged, s.Failed)
	if s.Skipped > 0 {
		fmt.Fprintf(w, "  skipped    %d data file(s) in the folders (.json, .csv, …); name a file to read it as text\n", s.Skipped)
	}
	fmt.Fprintf(w, "  sections   %d\n", s.Sections)
	fmt.Fprintf(w, "  works      %d\n", s.Works)
	fmt.Fprintf(w, "  people     %d\n", s.People)
	fmt.Fprintf(w, "  festivals  %d\n", s.Festivals)
	fmt.Fprintf(w, "  claims     %d\n", s.Claims)
	fmt.Fprintf(w, "  quads      +%d -%d\n", s.Added, s.Removed)
	for _, d := range s.Docs {
		if d.Encoding != "" && d.Status == "written" {
			fmt.Fprintf(w, "  note       %s was %s, read as such (the store holds UTF-8)\n", d.Name, strings.ToUpper(d.Encoding))
		}
	}
}

// progressBar draws a one-line bar on a terminal.
func progressBar(w io.Writer) func(done, total int, name string) {
	return func(done, total int, name string) {
		const width = 30
		filled := done * width / total
		fmt.Fprintf(w, "\r[%s%s] %d/%d %s\x1b[K", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), done, total, cmdutil.Truncate(name, 40))
		if done == total {
			fmt.Fprintln(w)
		}
	}
}
