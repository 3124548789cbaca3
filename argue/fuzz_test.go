package argue_test

import (
	"testing"
	"time"

	"github.com/filmgraph/filmgraph/argue"
	"github.com/filmgraph/filmgraph/extract"
	"github.com/filmgraph/filmgraph/ingest"
)

// FuzzExtractAndArgue runs a text through the reader, the extractor and
// the analyzer: none may panic, and none may take more than a few seconds
// on a short text (a loop that never ends once hung a directory ingest on
// 文化折扣，《长城》，). Without -fuzz it runs the seeds below; with
// `go test -fuzz FuzzExtractAndArgue ./argue` it searches for more.
func FuzzExtractAndArgue(f *testing.F) {
	for _, s := range []string{
		"文化折扣，《长城》，",
		"《英雄》、《活着》、",
		"因为审查。\n《霸王别姬》\n《活着》、",
		"# 问题？\n## 回答 1\n作者：甲\n不是审查，而是剧本。《流浪地球》，",
		"金狮奖\n《秋菊打官司》 导演：张艺谋\n最佳女演员（沃尔皮杯）\n巩俐 《秋菊打官司》",
		"Zhang Yimou's *Hero* starred Jet Li. Zhang, who also directed *Ju Dou*, ",
		"“技术原因”“”《》（）：，；、",
		"If censorship were the obstacle, Hero would have travelled, while Gong Li played",
		"比如：\n1. 《A》\n2. 《B》，\n3. ",
	} {
		f.Add(s)
	}
	x, err := extract.New(extract.Options{NoSegmenter: true})
	if err != nil {
		f.Fatal(err)
	}
	a, err := argue.New(argue.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		doc, err := ingest.Parse(ingest.Source{Name: "fuzz.txt", Data: []byte(text)}, "")
		if err != nil {
			return // rejected input (empty, binary, not UTF-8) is the reader's job
		}
		done := make(chan error, 1)
		go func() {
			b, err := x.Extract(doc)
			if err == nil {
				err = a.Analyze(b)
			}
			done <- err
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("%q: %v", text, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%q: extract and analyze did not return within 10 s", text)
		}
	})
}
