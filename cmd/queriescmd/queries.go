// Package queriescmd implements `filmgraph queries list|show|run`: the
// saved Gizmo queries of package queries, built in or from --queries DIR.
package queriescmd

import (
	"context"
	"encoding/csv"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/queries"
)

// NewCmdQueries returns the `queries` command and its verbs.
func NewCmdQueries(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "queries <command>",
		Short: "List, show and run saved Gizmo queries",
		Long: `Saved queries are Gizmo scripts with a header (name, description, typed
parameters, output columns). The built-in ones ship in the binary; *.gizmo
files in the --queries directory add to them or replace them by name.
See docs/queries.md for the format.`,
	}
	cmd.AddCommand(newCmdList(f), newCmdShow(f), newCmdRun(f))
	return cmd
}

// ListOptions for `queries list`.
type ListOptions struct {
	IO         *cmdutil.IOStreams
	QueriesDir string
	JSON       bool
}

func newCmdList(f *cmdutil.Factory) *cobra.Command {
	o := &ListOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the saved queries",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.QueriesDir = f.QueriesDir
			return listRun(o)
		},
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON")
	return cmd
}

type queryJSON struct {
	Name        string      `json:"name"`
	Description string      `json:"description"`
	Source      string      `json:"source"`
	Params      []paramJSON `json:"params"`
	Columns     []string    `json:"columns"`
}

type paramJSON struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Required    bool   `json:"required"`
	Default     string `json:"default,omitempty"`
	Description string `json:"description"`
}

func toJSON(q *queries.Query) queryJSON {
	j := queryJSON{Name: q.Name, Description: q.Description, Source: q.Source, Columns: q.Columns, Params: []paramJSON{}}
	for _, p := range q.Params {
		j.Params = append(j.Params, paramJSON{Name: p.Name, Type: p.TypeName(), Required: p.Required, Default: p.Default, Description: p.Description})
	}
	return j
}

func listRun(o *ListOptions) error {
	lib, err := queries.Load(o.QueriesDir)
	if err != nil {
		return err
	}
	if o.JSON {
		out := []queryJSON{}
		for _, q := range lib.List() {
			out = append(out, toJSON(q))
		}
		return cmdutil.WriteJSON(o.IO.Out, out)
	}
	t := cmdutil.NewTable(o.IO, "name", "params", "source", "description")
	for _, q := range lib.List() {
		var ps []string
		for _, p := range q.Params {
			s := p.Name
			if !p.Required {
				s = "[" + s + "]"
			}
			ps = append(ps, s)
		}
		t.Row(q.Name, strings.Join(ps, " "), q.Source, q.Description)
	}
	return t.Render()
}

// ShowOptions for `queries show`.
type ShowOptions struct {
	IO         *cmdutil.IOStreams
	QueriesDir string
	Name       string
	JSON       bool
}

func newCmdShow(f *cmdutil.Factory) *cobra.Command {
	o := &ShowOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a saved query: its parameters, columns and script",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.QueriesDir, o.Name = f.QueriesDir, args[0]
			return showRun(o)
		},
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print the header as JSON (without the script)")
	return cmd
}

func showRun(o *ShowOptions) error {
	lib, err := queries.Load(o.QueriesDir)
	if err != nil {
		return err
	}
	q, err := lib.Get(o.Name)
	if err != nil {
		return err
	}
	if o.JSON {
		return cmdutil.WriteJSON(o.IO.Out, toJSON(q))
	}
	w := o.IO.Out
	fmt.Fprintf(w, "%s (%s)\n%s\n\n", q.Name, q.Source, q.Description)
	if len(q.Params) > 0 {
		fmt.Fprintln(w, "Parameters:")
		for _, p := range q.Params {
			mode := "optional"
			switch {
			case p.Required:
				mode = "required"
			case p.HasDefault:
				mode = "default " + p.Default
			}
			fmt.Fprintf(w, "  --param %s=%s  (%s) %s\n", p.Name, strings.ToUpper(p.TypeName()), mode, p.Description)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Columns: %s\n\n", strings.Join(q.Columns, ", "))
	fmt.Fprint(w, q.Script)
	if !strings.HasSuffix(q.Script, "\n") {
		fmt.Fprintln(w)
	}
	return nil
}

// RunOptions for `queries run`.
type RunOptions struct {
	IO         *cmdutil.IOStreams
	Open       func() (*graph.Store, error)
	QueriesDir string
	Name       string
	Params     []string // k=v
	Format     string   // table, json, csv; "" = table on a terminal, TSV otherwise
	Limit      int
	Timeout    time.Duration
}

func newCmdRun(f *cmdutil.Factory) *cobra.Command {
	o := &RunOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "run NAME [--param k=v ...]",
		Short: "Run a saved query",
		Example: `  filmgraph queries run films-for-cause --param cause=审查
  filmgraph queries run evidence --param film=流浪地球 --param cause=审查 --format json
  filmgraph queries run film-neighbourhood --param film=霸王别姬 --param hops=2 --format csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.QueriesDir, o.Name = f.QueriesDir, args[0]
			o.Open = func() (*graph.Store, error) { return f.OpenStore(true) }
			return runRun(o)
		},
	}
	cmd.Flags().StringArrayVarP(&o.Params, "param", "p", nil, "a parameter as NAME=VALUE (repeatable)")
	cmd.Flags().StringVar(&o.Format, "format", "", "table, json or csv (default: table on a terminal, tab-separated otherwise)")
	cmd.Flags().IntVar(&o.Limit, "limit", 0, "print at most this many rows (0 = all)")
	cmd.Flags().DurationVar(&o.Timeout, "timeout", 30*time.Second, "stop the query after this long")
	return cmd
}

func runRun(o *RunOptions) error {
	switch o.Format {
	case "", "table", "json", "csv":
	default:
		return fmt.Errorf("--format %q: use table, json or csv", o.Format)
	}
	lib, err := queries.Load(o.QueriesDir)
	if err != nil {
		return err
	}
	q, err := lib.Get(o.Name)
	if err != nil {
		return err
	}
	args := map[string]string{}
	for _, kv := range o.Params {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return fmt.Errorf("--param %q: write it as NAME=VALUE", kv)
		}
		k = strings.TrimSpace(k)
		if _, dup := args[k]; dup {
			return fmt.Errorf("--param %s given twice", k)
		}
		args[k] = v
	}
	st, err := o.Open()
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := queries.Run(context.Background(), st, q, args, queries.Options{Limit: o.Limit, Timeout: o.Timeout})
	if err != nil {
		return err
	}
	return writeResult(o.IO, o.Format, res)
}

func writeResult(ios *cmdutil.IOStreams, format string, res *queries.Result) error {
	switch format {
	case "json":
		return cmdutil.WriteJSON(ios.Out, orderedRows(res))
	case "csv":
		w := csv.NewWriter(ios.Out)
		if err := w.Write(res.Columns); err != nil {
			return err
		}
		for _, r := range res.Rows {
			if err := w.Write(cells(r)); err != nil {
				return err
			}
		}
		w.Flush()
		return w.Error()
	}
	io := *ios
	if format == "table" {
		io.OutTTY = true
	}
	t := cmdutil.NewTable(&io, res.Columns...)
	for _, r := range res.Rows {
		t.Row(cells(r)...)
	}
	return t.Render()
}

func cells(r []interface{}) []string {
	out := make([]string, len(r))
	for i, v := range r {
		out[i] = queries.Format(v)
	}
	return out
}

// orderedRows keeps the header's column order in JSON objects (a Go map
// would sort the keys).
type orderedRow struct {
	cols []string
	vals []interface{}
}

func (r orderedRow) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, c := range r.cols {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, err := marshal(c)
		if err != nil {
			return nil, err
		}
		vb, err := marshal(r.vals[i])
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

func orderedRows(res *queries.Result) []orderedRow {
	out := make([]orderedRow, 0, len(res.Rows))
	for _, r := range res.Rows {
		out = append(out, orderedRow{cols: res.Columns, vals: r})
	}
	return out
}
