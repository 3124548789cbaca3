package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/filmgraph/filmgraph/cmd/cmdutil"
	"github.com/filmgraph/filmgraph/graph"
)

func TestIngestReportsBadFilesAndExitsNonZero(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("李安执导的《卧虎藏龙》获得奥斯卡最佳外语片。\n"), 0o644)
	bad := filepath.Join(dir, "bad.bin")
	os.WriteFile(bad, []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 1}, 0o644)
	db := filepath.Join(t.TempDir(), "g.db")

	ios, in, out, errOut := cmdutil.Test()
	in.WriteString("张艺谋导演的《英雄》。\n")
	cmd := NewCmdIngest(&cmdutil.Factory{IO: ios, DB: db})
	cmd.SetArgs([]string{good, bad, "-", "--no-segmenter"})
	err := cmd.Execute()
	var ee *cmdutil.ExitError
	if !errors.As(err, &ee) || ee.Code != 2 {
		t.Fatalf("err = %v, want exit status 2", err)
	}
	if !strings.Contains(errOut.String(), "bad.bin") || !strings.Contains(errOut.String(), "binary") {
		t.Errorf("stderr does not name the bad file and its problem:\n%s", errOut.String())
	}
	if !strings.Contains(out.String(), "documents  2") {
		t.Errorf("summary:\n%s", out.String())
	}

	// The good documents are stored; a second run changes nothing.
	ios2, _, out2, _ := cmdutil.Test()
	cmd = NewCmdIngest(&cmdutil.Factory{IO: ios2, DB: db})
	cmd.SetArgs([]string{good, "--no-segmenter"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out2.String(), "1 unchanged") || !strings.Contains(out2.String(), "quads      +0 -0") {
		t.Errorf("second run:\n%s", out2.String())
	}
	s, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
}

func TestIngestJSONSummary(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("贾樟柯凭借《三峡好人》获得威尼斯国际电影节金狮奖。\n"), 0o644)
	ios, _, out, _ := cmdutil.Test()
	cmd := NewCmdIngest(&cmdutil.Factory{IO: ios, DB: graph.Memory})
	cmd.SetArgs([]string{p, "--json", "--no-segmenter"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"documents": 1`, `"sections"`, `"works"`, `"people"`, `"quads_added"`, `"seconds"`} {
		if !strings.Contains(out.String(), k) {
			t.Errorf("JSON summary lacks %s:\n%s", k, out.String())
		}
	}
}
