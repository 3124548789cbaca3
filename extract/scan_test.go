package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

// A hint that OpenCC leaves unchanged (影, 演 are both scripts) would send
// every paragraph through the converter.
func TestTraditionalHintsAreTraditionalOnly(t *testing.T) {
	for _, r := range traditionalHints {
		if lexicon.ToSimplified(string(r)) == string(r) {
			t.Errorf("traditional hint %c is unchanged by t2s: it is not traditional-only", r)
		}
	}
}

func TestWithinFindsMentionsOfASpan(t *testing.T) {
	ms := []*Found{{QStart: 0, QEnd: 4}, {QStart: 5, QEnd: 9}, {QStart: 9, QEnd: 20}, {QStart: 21, QEnd: 25}}
	got := within(ms, 5, 20)
	if len(got) != 2 || got[0] != ms[1] || got[1] != ms[2] {
		t.Errorf("within(5,20) = %v", got)
	}
	if got := within(ms, 6, 22); len(got) != 1 || got[0] != ms[2] {
		t.Errorf("within(6,22) must drop mentions cut by the span edges, got %v", got)
	}
	if got := within(ms, 30, 40); len(got) != 0 {
		t.Errorf("within past the end = %v", got)
	}
}

// Credits are still read from a long sentence whose credit stands far from
// its start (each pattern is tried on a window of the rest).
func TestCreditsInLongSentence(t *testing.T) {
	pad := ""
	for i := 0; i < 60; i++ {
		pad += "这里有很多与电影无关的话"
	}
	b := runDefault(t, pad+"，后来由贾樟柯执导、赵涛主演的《三峡好人》也上映了。")
	eq(t, "long sentence directed", uniq(rels(b, schema.DirectedBy)), []string{"三峡好人>贾樟柯"})
}
