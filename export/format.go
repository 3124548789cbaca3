package export

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Format names an export format.
type Format string

const (
	NQuads    Format = "nquads"
	JSONLD    Format = "jsonld"
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	Cytoscape Format = "cyjs"
	CSV       Format = "csv"
	DOT       Format = "dot"
)

// Formats lists every format, for help texts.
var Formats = []Format{NQuads, JSONLD, GraphML, GEXF, Cytoscape, CSV, DOT}

var extFormats = map[string]Format{
	".nq": NQuads, ".nquads": NQuads, ".nt": NQuads,
	".jsonld":  JSONLD,
	".graphml": GraphML,
	".gexf":    GEXF,
	".cyjs":    Cytoscape, ".json": Cytoscape,
	".zip": CSV, ".csv": CSV,
	".dot": DOT, ".gv": DOT,
}

var nameAliases = map[string]Format{
	"nq": NQuads, "n-quads": NQuads, "json-ld": JSONLD, "cytoscape": Cytoscape, "cx": Cytoscape,
	"graphviz": DOT, "gv": DOT, "neo4j": CSV,
}

// FormatFor picks the format from an explicit name, else from the output
// path's extension, else N-Quads.
func FormatFor(name, path string) (Format, error) {
	if name != "" {
		n := strings.ToLower(name)
		for _, f := range Formats {
			if string(f) == n {
				return f, nil
			}
		}
		if f, ok := nameAliases[n]; ok {
			return f, nil
		}
		return "", fmt.Errorf("unknown format %q: use one of %s", name, formatList())
	}
	if path == "" || path == "-" {
		return NQuads, nil
	}
	if f, ok := extFormats[strings.ToLower(filepath.Ext(path))]; ok {
		return f, nil
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return CSV, nil
	}
	return "", fmt.Errorf("cannot tell the format from %q: pass --format (%s)", path, formatList())
}

func formatList() string {
	var s []string
	for _, f := range Formats {
		s = append(s, string(f))
	}
	return strings.Join(s, ", ")
}

// Write writes g in a single-stream format to w. CSV writes two files and
// goes through WriteCSV.
func Write(ctx context.Context, g *Graph, f Format, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch f {
	case NQuads:
		return WriteNQuads(ctx, g, w)
	case JSONLD:
		return WriteJSONLD(ctx, g, w)
	case GraphML:
		return writeGraph(ctx, g, &graphmlWriter{xmlOut: xmlOut{w: bw}})
	case GEXF:
		return writeGraph(ctx, g, &gexfWriter{xmlOut: xmlOut{w: bw}})
	case Cytoscape:
		return writeGraph(ctx, g, &cyjsWriter{w: bw})
	case DOT:
		return writeGraph(ctx, g, &dotWriter{xmlOut: xmlOut{w: bw}})
	case CSV:
		return fmt.Errorf("the csv format writes nodes.csv and edges.csv: pass -o DIR or -o FILE.zip")
	}
	return fmt.Errorf("unknown format %q", f)
}

// WriteCSV writes nodes.csv and edges.csv (neo4j-admin import headers)
// into files, and closes it.
func WriteCSV(ctx context.Context, g *Graph, files Files) error {
	return writeGraph(ctx, g, &csvWriter{files: files})
}

// DirFiles writes files into a directory, creating it if needed.
func DirFiles(dir string) (Files, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output directory %s: %w", dir, err)
	}
	return &dirFiles{dir: dir}, nil
}

type dirFiles struct {
	dir  string
	open []*os.File
	bufs []*bufio.Writer
}

func (d *dirFiles) Create(name string) (io.Writer, error) {
	if err := d.flush(); err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(d.dir, name))
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	d.open = append(d.open, f)
	d.bufs = append(d.bufs, bw)
	return bw, nil
}

func (d *dirFiles) flush() error {
	for _, b := range d.bufs {
		if err := b.Flush(); err != nil {
			return err
		}
	}
	d.bufs = nil
	return nil
}

func (d *dirFiles) Close() error {
	err := d.flush()
	for _, f := range d.open {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	d.open = nil
	return err
}

// zipEpoch is the modification time written for every entry, so the same
// store gives a byte-identical archive.
var zipEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// ZipFiles writes files as entries of a zip archive on w; Close finishes
// the archive (it does not close w).
func ZipFiles(w io.Writer) Files { return &zipFiles{zw: zip.NewWriter(w)} }

type zipFiles struct{ zw *zip.Writer }

func (z *zipFiles) Create(name string) (io.Writer, error) {
	return z.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipEpoch})
}

func (z *zipFiles) Close() error { return z.zw.Close() }

// sortedKeys is used by tests and the command to print stable summaries.
func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
