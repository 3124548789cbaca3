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
mentions with their quotes, and the arguments it is cited for. For a
document: its format, language, date, sections, authors (with their
sections), the works, people and festivals it mentions (most mentioned
first) and its arguments in text order, each with its causes, stance,
confidence, cited entities with their roles, and quote. NAME is a
title, name or alias as written (《》 and spaces are ignored), an IRI such as
fg:work/流浪地球, a cause id, or a document id.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Name = args[0]
			return showRun(o)
		},
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON")
	cmd.Flags().IntVar(&o.Quotes, "quotes", 20, "mentions to list (0 = all); for a document, works, people and festivals to list of each")
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
	if len(d.Tags) > 0 {
		fmt.Fprintf(w, "  tags: %s\n", strings.Join(d.Tags, ", "))
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
	if doc := d.Document; doc != nil {
		printDocument(w, doc)
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

func printDocument(w io.Writer, doc *catalog.DocumentInfo) {
	fmt.Fprintf(w, "  format: %s", doc.Format)
	if doc.Lang != "" {
		fmt.Fprintf(w, "  language: %s", doc.Lang)
	}
	if doc.Date != "" {
		fmt.Fprintf(w, "  date: %s", doc.Date)
	}
	fmt.Fprintln(w)
	if doc.Source != "" {
		fmt.Fprintf(w, "  source: %s\n", doc.Source)
	}
	if len(doc.Tags) > 0 {
		fmt.Fprintf(w, "  tags: %s\n", strings.Join(doc.Tags, "、"))
	}
	fmt.Fprintf(w, "  sections: %d  authors: %d  claims: %d\n", doc.Sections, len(doc.Authors), len(doc.Claims))
	if len(doc.Authors) > 0 {
		fmt.Fprintln(w, "authors:")
		for _, a := range doc.Authors {
			fmt.Fprintf(w, "  %s  (%d section%s)\n", a.Name, a.Sections, plural(a.Sections))
		}
	}
	for _, l := range []struct {
		name  string
		list  []catalog.Mentioned
		total int
	}{{"works", doc.Works, doc.WorksTotal}, {"people", doc.People, doc.PeopleTotal}, {"festivals", doc.Festivals, doc.FestivalsTotal}} {
		if len(l.list) == 0 {
			continue
		}
		if len(l.list) < l.total {
			fmt.Fprintf(w, "%s mentioned (%d, top %d):\n", l.name, l.total, len(l.list))
		} else {
			fmt.Fprintf(w, "%s mentioned (%d):\n", l.name, l.total)
		}
		for _, m := range l.list {
			fmt.Fprintf(w, "  %s ×%d  %s\n", m.Label, m.Mentions, m.ID)
		}
	}
	if len(doc.Claims) > 0 {
		fmt.Fprintf(w, "arguments (%d):\n", len(doc.Claims))
		for _, c := range doc.Claims {
			fmt.Fprintf(w, "  [%s] %s %.2f", strings.Join(c.Causes, ", "), c.Stance, c.Confidence)
			if len(c.Cites) > 0 {
				var cs []string
				for _, ct := range c.Cites {
					if ct.Role != "" {
						cs = append(cs, fmt.Sprintf("%s (%s)", ct.Label, ct.Role))
					} else {
						cs = append(cs, ct.Label)
					}
				}
				fmt.Fprintf(w, "  cites %s", strings.Join(cs, "、"))
			}
			fmt.Fprintln(w)
			printQuote(w, c.Evidence)
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
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
