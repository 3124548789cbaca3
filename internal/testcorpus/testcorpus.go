// Package testcorpus locates the shared research corpus for tests.
//
// The corpus texts are third-party and are never copied into this
// repository; tests read them from ../shared/corpus (next to the checkout,
// as in CI) or from $FILMGRAPH_CORPUS. When CI=true and the corpus is
// missing the test fails instead of skipping, so a broken CI layout cannot
// pass silently.
package testcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Names of the five corpus files, by their index prefix.
const (
	Zhihu     = "000_60afe7dca9ba0c7e.txt"
	News      = "001_4fd766c73458f912.txt"
	Report    = "002_21f92a0fcb96b35e.txt"
	Column    = "003_420d2596a9ab72cf.txt"
	Bilingual = "004_c1546c547fdbb342.txt"
)

// All lists the corpus files in order.
var All = []string{Zhihu, News, Report, Column, Bilingual}

// Dir returns the corpus directory, skipping (or failing under CI) when it
// cannot be found.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("FILMGRAPH_CORPUS"); d != "" {
		if ok(d) {
			return d
		}
		t.Fatalf("FILMGRAPH_CORPUS=%s does not hold the corpus files", d)
	}
	_, file, _, _ := runtime.Caller(0)
	// internal/testcorpus/testcorpus.go -> repo root -> ../shared/corpus
	root := filepath.Join(filepath.Dir(file), "..", "..")
	d := filepath.Join(root, "..", "shared", "corpus")
	if ok(d) {
		return d
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("corpus not found at %s (CI=true: corpus tests must not skip)", d)
	}
	t.Skipf("corpus not found at %s; set FILMGRAPH_CORPUS", d)
	return ""
}

// Path returns the path of one corpus file.
func Path(t testing.TB, name string) string {
	t.Helper()
	return filepath.Join(Dir(t), name)
}

// Read returns the bytes of one corpus file.
func Read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(Path(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ok(d string) bool {
	_, err := os.Stat(filepath.Join(d, Zhihu))
	return err == nil
}
