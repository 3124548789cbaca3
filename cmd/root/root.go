// Package root assembles the filmgraph command tree.
package root

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
)

// NewCmdRoot returns the root command with every subcommand attached.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "filmgraph <command>",
		Short: "Build and query a knowledge graph of films, people, festivals and arguments",
		Long: `filmgraph reads writing about cinema (Zhihu threads, news, reports, festival
pages; Chinese and English) and builds a knowledge graph of films, people,
festivals and the arguments people make, stored in Cayley. Every fact points
at the quote it came from.

Start with:  filmgraph demo`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cmd.PersistentFlags().StringVar(&f.DB, "db", f.DB, "store: a bolt file path, or \"memory\" (env FILMGRAPH_DB)")
	cmd.PersistentFlags().StringVar(&f.QueriesDir, "queries", f.QueriesDir, "directory of your own saved queries (env FILMGRAPH_QUERIES)")
	for _, sub := range subcommands {
		cmd.AddCommand(sub(f))
	}
	return cmd
}

// subcommands is filled by register.go, one constructor per command package.
var subcommands []func(*cmdutil.Factory) *cobra.Command

// Main runs the command line and returns the exit status.
func Main(f *cmdutil.Factory, args []string) int {
	cmd := NewCmdRoot(f)
	cmd.SetArgs(args)
	cmd.SetIn(f.IO.In)
	cmd.SetOut(f.IO.Out)
	cmd.SetErr(f.IO.ErrOut)
	if err := cmd.Execute(); err != nil {
		var ee *cmdutil.ExitError
		if errors.As(err, &ee) {
			if ee.Err != nil && ee.Err.Error() != "" {
				fmt.Fprintln(f.IO.ErrOut, "filmgraph:", ee.Err)
			}
			return ee.Code
		}
		fmt.Fprintln(f.IO.ErrOut, "filmgraph:", err)
		return 1
	}
	return 0
}
