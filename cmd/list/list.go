// Package list implements the listing commands: films, people, festivals,
// causes and documents. Each prints a table on a terminal, tab-separated
// lines in a pipe, and the JSON contract with --json.
package list

import (
	"context"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/filmgraph/filmgraph/catalog"
	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
)

// Options are shared by the listing commands.
type Options struct {
	IO    *cmdutil.IOStreams
	Open  func() (*graph.Store, error)
	JSON  bool
	Limit int
	Kinds []string // films only
}

func newOptions(f *cmdutil.Factory) *Options {
	return &Options{IO: f.IO, Open: func() (*graph.Store, error) { return f.OpenStore(true) }}
}

func addFlags(cmd *cobra.Command, o *Options) {
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON (the stable contract) instead of a table")
	cmd.Flags().IntVarP(&o.Limit, "limit", "L", 0, "print at most this many rows (0 = all)")
}

func withReader(o *Options, fn func(ctx context.Context, r *catalog.Reader) error) error {
	s, err := o.Open()
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(context.Background(), catalog.New(s))
}

func limit[T any](rows []T, n int) []T {
	if n > 0 && len(rows) > n {
		return rows[:n]
	}
	return rows
}

func join(ss []string, max int) string {
	if len(ss) > max {
		return strings.Join(ss[:max], "、") + "…"
	}
	return strings.Join(ss, "、")
}

func itoa(i int) string {
	if i == 0 {
		return ""
	}
	return strconv.Itoa(i)
}

// NewCmdFilms lists films (or other kinds of works with --kind).
func NewCmdFilms(f *cmdutil.Factory) *cobra.Command {
	o := newOptions(f)
	cmd := &cobra.Command{
		Use:   "films",
		Short: "List films with directors, awards and where they were mentioned",
		Long: `List works of kind film, most-mentioned first. --kind selects other kinds
(tv, book, policy, periodical, song, game, report, speech, documentary, other)
or "all".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return filmsRun(o) },
	}
	addFlags(cmd, o)
	cmd.Flags().StringSliceVar(&o.Kinds, "kind", nil, "work kinds to list (default film; \"all\" for every kind)")
	return cmd
}

func filmsRun(o *Options) error {
	return withReader(o, func(ctx context.Context, r *catalog.Reader) error {
		films, err := r.Films(ctx, catalog.FilmFilter{Kinds: o.Kinds})
		if err != nil {
			return err
		}
		films = limit(films, o.Limit)
		if o.JSON {
			if films == nil {
				films = []catalog.Film{}
			}
			return cmdutil.WriteJSON(o.IO.Out, films)
		}
		t := cmdutil.NewTable(o.IO, "title", "year", "kind", "directors", "mentions", "documents", "awards")
		for _, f := range films {
			var aw []string
			for _, a := range f.Awards {
				aw = append(aw, strings.TrimSpace(a.Festival+" "+a.Award+" "+a.Status))
			}
			t.Row(f.Title, itoa(f.Year), f.Kind, join(f.Directors, 3), strconv.Itoa(f.Mentions), join(f.Documents, 2), join(aw, 2))
		}
		return t.Render()
	})
}

// NewCmdPeople lists people.
func NewCmdPeople(f *cmdutil.Factory) *cobra.Command {
	o := newOptions(f)
	cmd := &cobra.Command{
		Use:   "people",
		Short: "List directors, actors and other film people, with their films",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withReader(o, func(ctx context.Context, r *catalog.Reader) error {
				people, err := r.People(ctx)
				if err != nil {
					return err
				}
				people = limit(people, o.Limit)
				if o.JSON {
					if people == nil {
						people = []catalog.Person{}
					}
					return cmdutil.WriteJSON(o.IO.Out, people)
				}
				t := cmdutil.NewTable(o.IO, "name", "roles", "mentions", "films")
				for _, p := range people {
					t.Row(p.Name, strings.Join(p.Roles, ","), strconv.Itoa(p.Mentions), join(p.Films, 4))
				}
				return t.Render()
			})
		},
	}
	addFlags(cmd, o)
	return cmd
}

// NewCmdFestivals lists festivals and awards.
func NewCmdFestivals(f *cmdutil.Factory) *cobra.Command {
	o := newOptions(f)
	cmd := &cobra.Command{
		Use:   "festivals",
		Short: "List festivals and awards, with the films linked to them",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withReader(o, func(ctx context.Context, r *catalog.Reader) error {
				fests, err := r.Festivals(ctx)
				if err != nil {
					return err
				}
				fests = limit(fests, o.Limit)
				if o.JSON {
					if fests == nil {
						fests = []catalog.Festival{}
					}
					return cmdutil.WriteJSON(o.IO.Out, fests)
				}
				t := cmdutil.NewTable(o.IO, "name", "mentions", "films")
				for _, x := range fests {
					t.Row(x.Name, strconv.Itoa(x.Mentions), join(x.Films, 5))
				}
				return t.Render()
			})
		},
	}
	addFlags(cmd, o)
	return cmd
}

// NewCmdCauses lists the claimed causes with the films cited for them.
func NewCmdCauses(f *cmdutil.Factory) *cobra.Command {
	o := newOptions(f)
	cmd := &cobra.Command{
		Use:   "causes",
		Short: "List claimed causes, how many claims argue each, and the films cited for them",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withReader(o, func(ctx context.Context, r *catalog.Reader) error {
				causes, err := r.Causes(ctx)
				if err != nil {
					return err
				}
				causes = limit(causes, o.Limit)
				if o.JSON {
					if causes == nil {
						causes = []catalog.Cause{}
					}
					return cmdutil.WriteJSON(o.IO.Out, causes)
				}
				t := cmdutil.NewTable(o.IO, "id", "label", "kind", "claims", "films")
				for _, c := range causes {
					var films []string
					for _, fm := range c.Films {
						films = append(films, fm.Title+"("+strconv.Itoa(fm.Claims)+")")
					}
					t.Row(c.ID, c.Label, c.Kind, strconv.Itoa(c.Claims), join(films, 4))
				}
				return t.Render()
			})
		},
	}
	addFlags(cmd, o)
	return cmd
}

// NewCmdDocuments lists ingested documents.
func NewCmdDocuments(f *cmdutil.Factory) *cobra.Command {
	o := newOptions(f)
	cmd := &cobra.Command{
		Use:   "documents",
		Short: "List ingested documents",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withReader(o, func(ctx context.Context, r *catalog.Reader) error {
				docs, err := r.Documents(ctx)
				if err != nil {
					return err
				}
				docs = limit(docs, o.Limit)
				if o.JSON {
					if docs == nil {
						docs = []catalog.Document{}
					}
					return cmdutil.WriteJSON(o.IO.Out, docs)
				}
				t := cmdutil.NewTable(o.IO, "id", "format", "sections", "quads", "title")
				for _, d := range docs {
					t.Row(d.ID, d.Format, strconv.Itoa(d.Sections), strconv.Itoa(d.Quads), d.Title)
				}
				return t.Render()
			})
		},
	}
	addFlags(cmd, o)
	return cmd
}
