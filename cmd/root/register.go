package root

import (
	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/cmd/demo"
	"github.com/filmgraph/filmgraph/cmd/eval"
	exportcmd "github.com/filmgraph/filmgraph/cmd/export"
	"github.com/filmgraph/filmgraph/cmd/importcmd"
	"github.com/filmgraph/filmgraph/cmd/ingest"
	"github.com/filmgraph/filmgraph/cmd/list"
	"github.com/filmgraph/filmgraph/cmd/queriescmd"
	"github.com/filmgraph/filmgraph/cmd/query"
	"github.com/filmgraph/filmgraph/cmd/schemacmd"
	"github.com/filmgraph/filmgraph/cmd/show"
	"github.com/filmgraph/filmgraph/cmd/stats"
)

func init() {
	subcommands = []func(*cmdutil.Factory) *cobra.Command{
		demo.NewCmdDemo,
		ingest.NewCmdIngest,
		list.NewCmdFilms,
		list.NewCmdPeople,
		list.NewCmdFestivals,
		list.NewCmdCauses,
		list.NewCmdDocuments,
		show.NewCmdShow,
		stats.NewCmdStats,
		query.NewCmdQuery,
		queriescmd.NewCmdQueries,
		exportcmd.NewCmdExport,
		importcmd.NewCmdImport,
		eval.NewCmdEval,
		schemacmd.NewCmdSchema,
	}
}
