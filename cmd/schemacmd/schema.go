// Package schemacmd implements `filmgraph schema`.
package schemacmd

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/schema"
)

// NewCmdSchema prints the graph vocabulary.
func NewCmdSchema(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the graph vocabulary: node types, predicates, IRI patterns",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprint(f.IO.Out, schema.Describe())
			return err
		},
	}
}
