// Package demo holds the sample corpus that `filmgraph demo` ingests: a
// Zhihu-style question thread, a short news item and a passage from an
// industry report, all in Chinese with a little English, about why
// Chinese films struggle to travel abroad.
//
// The texts were written for this project (see README.md); none is taken
// from the research corpus, which is third-party and never copied into the
// repository. They are embedded so the demo works from the bare binary.
package demo

import (
	"embed"
	"path"

	"github.com/filmgraph/filmgraph/ingest"
)

// Prefix starts every sample's source name. The pipeline reads a name
// with this prefix as a virtual path (no file on disk to resolve), and the
// document id becomes the name without its extension.
const Prefix = "demo:"

//go:embed corpus/*
var files embed.FS

// Sources returns the sample documents, sorted by name, each named
// Prefix + file name ("demo:zhihu_thread.md"). The readers detect their
// format from the content and the extension, as for any user file.
func Sources() []ingest.Source {
	entries, err := files.ReadDir("corpus")
	if err != nil {
		// The directory is embedded at build time; failing to read it
		// means the binary was built without it.
		panic("demo: embedded sample corpus is missing: " + err.Error())
	}
	var out []ingest.Source
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := files.ReadFile(path.Join("corpus", e.Name()))
		if err != nil {
			panic("demo: cannot read embedded sample " + e.Name() + ": " + err.Error())
		}
		out = append(out, ingest.Source{Name: Prefix + e.Name(), Data: data})
	}
	return out
}
