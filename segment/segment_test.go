package segment

import "testing"

func TestCommonWordsKeepTheirWeight(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	s, err := New([]string{"世界", "功夫", "霸王别姬", "流浪地球", "张艺谋"})
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"世界": true, "功夫": true, "霸王别姬": false, "流浪地球": false, "张艺谋": false, "电影": false} {
		if got := s.CommonWord(w); got != want {
			t.Errorf("CommonWord(%q) = %v, want %v", w, got, want)
		}
	}
	// an added title is kept whole
	var words []string
	text := "我看了流浪地球"
	for _, sp := range s.Cut(text) {
		words = append(words, text[sp.Start:sp.End])
	}
	if words[len(words)-1] != "流浪地球" {
		t.Errorf("Cut(%q) = %q, want 流浪地球 as one token", text, words)
	}
}
