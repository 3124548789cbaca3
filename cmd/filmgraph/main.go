// Command filmgraph builds a knowledge graph of films, people, festivals and
// the arguments people make about them, from writing about cinema.
package main

import (
	"os"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/cmd/root"
)

func main() {
	os.Exit(root.Main(cmdutil.New(), os.Args[1:]))
}
