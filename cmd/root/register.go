package root

import (
	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
)

func init() {
	subcommands = []func(*cmdutil.Factory) *cobra.Command{}
}
