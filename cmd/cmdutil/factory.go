// Package cmdutil holds what every filmgraph command shares: the Factory
// that opens the store and knows the I/O streams, and the output helpers
// (JSON, tables on a terminal, tab-separated lines otherwise).
package cmdutil

import (
	"bytes"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/term"

	"github.com/filmgraph/filmgraph/graph"
)

// IOStreams are a command's standard streams and what they are attached to.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutTTY is true when Out is a terminal: tables and colour then, plain
	// tab-separated lines otherwise. ErrTTY governs progress bars.
	OutTTY, ErrTTY bool
}

// System returns the process's streams.
func System() *IOStreams {
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		OutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}
}

// Test returns streams backed by buffers, for command tests.
func Test() (ios *IOStreams, in *bytes.Buffer, out *bytes.Buffer, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// Factory carries what commands need from the root: the streams and the
// global flags. Commands receive it in NewCmdX and copy what they need into
// their Options, so that the xRun functions can be tested without cobra.
type Factory struct {
	IO *IOStreams
	// DB is the --db value after FILMGRAPH_DB and the default were applied.
	DB string
	// QueriesDir is the user's saved-query directory (--queries).
	QueriesDir string
}

// New returns a Factory on the process streams with defaults applied.
func New() *Factory {
	return &Factory{IO: System(), DB: DefaultDB(), QueriesDir: DefaultQueriesDir()}
}

// DefaultDB is FILMGRAPH_DB, or ./filmgraph.db.
func DefaultDB() string {
	if v := os.Getenv("FILMGRAPH_DB"); v != "" {
		return v
	}
	return graph.DefaultPath
}

// DefaultQueriesDir is FILMGRAPH_QUERIES, or filmgraph/queries under the
// user's config directory.
func DefaultQueriesDir() string {
	if v := os.Getenv("FILMGRAPH_QUERIES"); v != "" {
		return v
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "filmgraph", "queries")
}

// OpenStore opens the store named by f.DB. Read-only commands pass
// readOnly=true: they never create a store and never load the segmenter.
func (f *Factory) OpenStore(readOnly bool) (*graph.Store, error) {
	return graph.Open(f.DB, graph.Options{ReadOnly: readOnly})
}

// ExitError carries a specific exit status, e.g. 2 when some inputs failed
// but everything else was done. An empty Err prints nothing more.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return ""
	}
	return e.Err.Error()
}
func (e *ExitError) Unwrap() error { return e.Err }
