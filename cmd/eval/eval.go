// Package eval is the `filmgraph eval` command: it scores the store
// against hand-made gold annotations (format in docs/eval.md).
package eval

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/schema"
)

// EvalOptions are the inputs of evalRun.
type EvalOptions struct {
	IO *cmdutil.IOStreams
	// OpenStore opens the store read-only (the Factory's, or a test store).
	OpenStore func() (*graph.Store, error)
	Gold      []string // gold files or directories of them, scored together
	JSON      bool
	// Errors lists the missed and spurious items under the table.
	Errors bool
	// PerDocument prints one table per document before the total.
	PerDocument bool
	// Why prints where the pair, cause and credit errors come from, as
	// counts (see eval.PairMisses).
	Why bool
	// Triggers lists how each trigger fared against the gold causes.
	Triggers bool
	// TaxonomyFiles are user cause files; their ids become valid in gold.
	TaxonomyFiles []string
}

// NewCmdEval returns the eval command.
func NewCmdEval(f *cmdutil.Factory) *cobra.Command {
	opts := &EvalOptions{IO: f.IO, OpenStore: func() (*graph.Store, error) { return f.OpenStore(true) }}
	cmd := &cobra.Command{
		Use:   "eval --gold FILE|DIR",
		Short: "Score the store against hand-annotated gold files",
		Long: `Compare what the store holds for each annotated document with a gold
annotation: precision, recall and F1 for works (overall and per kind),
people, festivals, directed_by, acted_in, awards, cause labels, (cause, film)
pairs and whether a unit argues at all, micro-averaged over the annotated
units; and the number of merges (one stored work matched by two different
gold works of the same document; it must be 0).

The gold format and the annotation guidelines are in docs/eval.md. Ingest
the annotated documents first; a gold document missing from the store is
an error.`,
		Example: `  filmgraph ingest corpus/
  filmgraph eval --gold testdata/gold
  filmgraph eval --gold testdata/gold/news.gold.json --errors
  filmgraph eval --gold testdata/gold --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(opts.Gold) == 0 {
				return errors.New("--gold is required: a gold annotation file or a directory of them (see docs/eval.md)")
			}
			return evalRun(opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Gold, "gold", nil, "gold annotation file, or directory of *.json files; repeat to score several sets together (ingest all their texts into the store first)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the report as JSON (with missed and spurious items)")
	cmd.Flags().BoolVar(&opts.Errors, "errors", false, "list missed and spurious items under the table")
	cmd.Flags().BoolVar(&opts.PerDocument, "per-document", false, "print a table for each document before the total")
	cmd.Flags().BoolVar(&opts.Why, "why", false, "count where the errors come from: pairs missed for want of the cause, the work or the pairing; causes by kind; credits missed for want of an end or of the binding")
	cmd.Flags().BoolVar(&opts.Triggers, "triggers", false, "list every trigger that labelled an annotated unit, worst first: how often its cause was in the unit's gold (kept) or not (spurious); for pruning a cause file")
	cmd.Flags().StringArrayVar(&opts.TaxonomyFiles, "taxonomy", nil, "your own cause file(s), whose ids gold files may then use")
	return cmd
}

func evalRun(opts *EvalOptions) error {
	tax, err := schema.LoadTaxonomy(opts.TaxonomyFiles...)
	if err != nil {
		return err
	}
	var gold []eval.Gold
	for _, path := range opts.Gold {
		g, err := eval.LoadGoldWith(path, eval.CauseSet(tax))
		if err != nil {
			return err
		}
		gold = append(gold, g...)
	}
	st, err := opts.OpenStore()
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := eval.Score(context.Background(), st, gold)
	if err != nil {
		return err
	}
	eval.NameTriggers(rep.Triggers, tax)
	if opts.JSON {
		return cmdutil.WriteJSON(opts.IO.Out, rep)
	}
	if opts.PerDocument {
		for _, d := range rep.Documents {
			fmt.Fprintf(opts.IO.Out, "%s (%d units)\n", d.Document, d.Units)
			if err := printRows(opts, d.Rows); err != nil {
				return err
			}
			fmt.Fprintln(opts.IO.Out)
		}
	}
	if opts.IO.OutTTY || opts.PerDocument {
		fmt.Fprintf(opts.IO.Out, "%d documents, %d units\n", len(rep.Documents), rep.Units)
	}
	if err := printRows(opts, rep.Rows); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "merges\t%d\n", len(rep.Merges))
	for _, m := range rep.Merges {
		fmt.Fprintf(opts.IO.Out, "  %s: %s (%s) matched by %v\n", m.Document, m.Label, m.Entity, m.Gold)
	}
	if opts.Why {
		printWhy(opts, rep, tax)
	}
	if opts.Triggers {
		if err := printTriggers(opts, rep.Triggers); err != nil {
			return err
		}
	}
	if opts.Errors {
		for _, r := range rep.Rows {
			for _, s := range r.Missed {
				fmt.Fprintf(opts.IO.Out, "missed\t%s\t%s\n", r.Name, s)
			}
			for _, s := range r.Spurious {
				fmt.Fprintf(opts.IO.Out, "spurious\t%s\t%s\n", r.Name, s)
			}
		}
	}
	return nil
}

// printWhy prints the error breakdown of the report, one line each.
func printWhy(opts *EvalOptions, rep eval.Report, tax *schema.Taxonomy) {
	for _, l := range eval.Breakdown(rep, tax) {
		fmt.Fprintf(opts.IO.Out, "why\t%s\t%s\n", l.What, l.Counts)
	}
}

// printTriggers prints the trigger records as a table under the report.
func printTriggers(opts *EvalOptions, rs []eval.TriggerRecord) error {
	fmt.Fprintln(opts.IO.Out)
	t := cmdutil.NewTable(opts.IO, "cause", "trigger", "words matched", "kept", "spurious")
	for _, r := range rs {
		tr := r.Trigger
		switch {
		case tr == "":
			tr = "?"
		case r.TriggerOf != "":
			tr += " (of " + r.TriggerOf + ")"
		}
		t.Row(r.Cause, tr, r.Words, strconv.Itoa(r.Kept), strconv.Itoa(r.Spurious))
	}
	return t.Render()
}

func printRows(opts *EvalOptions, rows []eval.Row) error {
	t := cmdutil.NewTable(opts.IO, "type", "gold", "system", "matched gold", "matched system", "P", "R", "F1")
	for _, r := range rows {
		t.Row(r.Name, strconv.Itoa(r.Gold), strconv.Itoa(r.System), strconv.Itoa(r.MatchedGold), strconv.Itoa(r.MatchedSystem),
			f3(r.Precision, r.System), f3(r.Recall, r.Gold), f3(r.F1, r.Gold+r.System))
	}
	return t.Render()
}

// f3 prints a ratio with three decimals, or "-" when it has no denominator.
func f3(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}
