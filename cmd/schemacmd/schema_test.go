package schemacmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
)

// The --causes --json output is a cause file: loading it back as a user
// file changes nothing, and a user's removals show in it.
func TestCausesJSONShowsMergedTaxonomy(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(mine, []byte(`{"causes": [{"id": "subtitles_viewing_habits", "triggers": ["-字幕", "~字幕"]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	ios, _, out, _ := cmdutil.Test()
	if err := schemaRun(&SchemaOptions{IO: ios, Causes: true, JSON: true, TaxonomyFiles: []string{mine}}); err != nil {
		t.Fatal(err)
	}
	var f struct {
		Causes []struct {
			ID       string   `json:"id"`
			Kind     string   `json:"kind"`
			Triggers []string `json:"triggers"`
		} `json:"causes"`
	}
	if err := json.Unmarshal(out.Bytes(), &f); err != nil {
		t.Fatalf("not a cause file: %v\n%s", err, out.String())
	}
	found := false
	for _, c := range f.Causes {
		if c.ID != "subtitles_viewing_habits" {
			continue
		}
		found = true
		joined := "|" + strings.Join(c.Triggers, "|") + "|"
		if strings.Contains(joined, "|字幕|") || !strings.Contains(joined, "|~字幕|") {
			t.Errorf("user file not merged: %v", c.Triggers)
		}
	}
	if !found || len(f.Causes) < 40 {
		t.Errorf("taxonomy incomplete: %d causes, subtitles found %v", len(f.Causes), found)
	}
}

func TestCausesTableAndVocabulary(t *testing.T) {
	ios, _, out, _ := cmdutil.Test()
	if err := schemaRun(&SchemaOptions{IO: ios, Causes: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "censorship_content_restrictions") || !strings.Contains(out.String(), "审查") {
		t.Errorf("cause table lacks a cause or its triggers:\n%.500s", out.String())
	}
	ios, _, out, _ = cmdutil.Test()
	if err := schemaRun(&SchemaOptions{IO: ios}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "fg:claimOf") {
		t.Errorf("vocabulary missing:\n%.300s", out.String())
	}
}
