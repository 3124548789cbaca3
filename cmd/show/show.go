// Package show implements `filmgraph show NAME`.
package show

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/catalog"
	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
)

// Options for show.
type Options struct {
	IO     *cmdutil.IOStreams
	Open   func() (*graph.Store, error)
	Name   string
	JSON   bool
	Quotes int
}

// NewCmdShow prints everything known about one entity.
func NewCmdShow(f *cmdutil.Factory) *cobra.Command {
	o := &Options{IO: f.IO, Open: func() (*graph.Store, error) { return f.OpenStore(true) }}
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print everything known about a film, person, festival, cause or document, with evidence",
		Long: `Print everything known about one entity: its aliases, relations, the
mentions with their quotes, and the arguments it is cited for. NAME is a
title, name or alias as written (《》 and spaces are ignored), an IRI such as
fg:work/流浪地球, a cause id, or a document id.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Name = args[0]
			return showRun(o)
		},
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON")
	cmd.Flags().IntVar(&o.Quotes, "quotes", 20, "mentions to list (0 = all)")
	return cmd
}

func showRun(o *Options) error {
	s, err := o.Open()
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	r := catalog.New(s)
	iris, err := r.Resolve(ctx, strings.Trim(o.Name, "《》 "))
	if err != nil {
		return err
	}
	if len(iris) == 0 {
		return fmt.Errorf("nothing called %q in %s; try `filmgraph films` or `filmgraph people` to see what is there", o.Name, s.Spec)
	}
	var details []*catalog.Detail
	for _, iri := range iris {
		d, err := r.Show(ctx, iri, o.Quotes)
		if err != nil {
			return err
		}
		details = append(details, d)
	}
	if o.JSON {
		return cmdutil.WriteJSON(o.IO.Out, details)
	}
	for i, d := range details {
		if i > 0 {
			fmt.Fprintln(o.IO.Out)
		}
		printDetail(o.IO.Out, d)
	}
	return nil
}

func printDetail(w io.Writer, d *catalog.Detail) {
	fmt.Fprintf(w, "%s  (%s)  %s\n", d.Label, strings.Join(d.Types, ", "), d.ID)
	if len(d.Aliases) > 0 {
		fmt.Fprintf(w, "  aliases: %s\n", strings.Join(d.Aliases, "、"))
	}
	if d.Kind != "" || d.Year != 0 || d.TitleEn != "" {
		fmt.Fprintf(w, "  kind: %s", d.Kind)
		if d.Year != 0 {
			fmt.Fprintf(w, "  year: %d", d.Year)
		}
		if d.TitleEn != "" {
			fmt.Fprintf(w, "  English: %s", d.TitleEn)
		}
		fmt.Fprintln(w)
	}
	if f := d.Film; f != nil {
		for _, ds := range f.DirectorSources {
			fmt.Fprintf(w, "  director: %s [%s", ds.Name, ds.Source)
			if ds.Disputed {
				fmt.Fprint(w, ", disputed: the lexicon names other directors")
			}
			if len(ds.Documents) > 0 {
				fmt.Fprintf(w, ": %s", strings.Join(ds.Documents, ", "))
			}
			fmt.Fprintln(w, "]")
		}
		if len(f.Actors) > 0 {
			fmt.Fprintf(w, "  actors: %s\n", strings.Join(f.Actors, "、"))
		}
		for _, a := range f.Awards {
			fmt.Fprintf(w, "  award: %s %s %s", a.Festival, a.Award, a.Status)
			if a.Year != 0 {
				fmt.Fprintf(w, " %d", a.Year)
			}
			fmt.Fprintf(w, " [%s]\n", a.Document)
		}
		fmt.Fprintf(w, "  mentions: %d in %d document(s)\n", f.Mentions, len(f.Documents))
	}
	if len(d.Relations) > 0 {
		fmt.Fprintln(w, "relations:")
		for _, r := range d.Relations {
			arrow := "→"
			if r.Direction == "in" {
				arrow = "←"
			}
			fmt.Fprintf(w, "  %s %s %s", r.Predicate, arrow, r.Other)
			if r.Status != "" || r.Prize != "" {
				fmt.Fprintf(w, " (%s)", strings.TrimSpace(r.Prize+" "+r.Status))
			}
			if r.Cue != "" {
				fmt.Fprintf(w, " cue %q %.2f", r.Cue, r.Strength)
			}
			fmt.Fprintln(w)
			printQuote(w, r.Evidence)
		}
	}
	if len(d.Arguments) > 0 {
		fmt.Fprintln(w, "cited in arguments:")
		for _, a := range d.Arguments {
			fmt.Fprintf(w, "  [%s] %s", strings.Join(a.Causes, ", "), a.Role)
			if a.Stance == "denies" {
				fmt.Fprint(w, " (denies)")
			}
			fmt.Fprintln(w)
			printQuote(w, a.Evidence)
		}
	}
	if len(d.Claims) > 0 {
		fmt.Fprintf(w, "claims (%d):\n", len(d.Claims))
		for _, a := range d.Claims {
			printQuote(w, a.Evidence)
		}
	}
	if len(d.Mentions) > 0 {
		fmt.Fprintln(w, "mentions:")
		for _, m := range d.Mentions {
			printQuote(w, &m)
		}
	}
}

func printQuote(w io.Writer, q *catalog.Quote) {
	if q == nil {
		return
	}
	where := fmt.Sprintf("%s §%d", q.Document, q.Section)
	if q.Author != "" {
		where += " " + q.Author
	}
	fmt.Fprintf(w, "    「%s」 — %s [%d,%d)\n", cmdutil.Truncate(strings.ReplaceAll(q.Quote, "\n", " "), 120), where, q.Start, q.End)
}
