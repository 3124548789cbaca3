package schema

import (
	"os"
	"strings"
	"testing"
)

func TestSlugKeepsIRIsValid(t *testing.T) {
	for in, want := range map[string]string{
		"流浪地球":       "流浪地球",
		"战狼 2":       "战狼_2",
		"Ｂｉｇ Fish":   "big_fish",
		`a<b>"c"{}|`: "a%3Cb%3E%22c%22%7B%7D%7C",
		"x/y?z#w%":   "x%2Fy%3Fz%23w%25",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEveryTypeAndPredicateIsDocumented(t *testing.T) {
	for _, ty := range NodeTypes {
		if typeDocs[ty] == "" {
			t.Errorf("node type %s has no description", ty)
		}
	}
	for _, p := range Predicates {
		if predDocs[p] == "" {
			t.Errorf("predicate %s has no description", p)
		}
	}
}

// docs/schema.md must be exactly what `filmgraph schema` prints; run
// `go run ./cmd/filmgraph schema > docs/schema.md` after changing the vocabulary.
func TestDocsSchemaMatches(t *testing.T) {
	b, err := os.ReadFile("../docs/schema.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != Describe() {
		t.Fatalf("docs/schema.md is stale; regenerate it with `go run ./cmd/filmgraph schema > docs/schema.md`\n%s", firstDiff(string(b), Describe()))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "docs: " + al[i] + "\nwant: " + bl[i]
		}
	}
	return "lengths differ"
}
