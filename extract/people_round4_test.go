package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// A lexicon name that is also an everyday word (黎明, 文章) is a person as
// an item of a list of people after a name the lexicon knows for sure
// (梁朝伟、黎明), not on its own. The sentences are written for this test.
func TestCommonNameListedAfterPerson(t *testing.T) {
	for _, tc := range []struct {
		para string
		want []string
	}{
		{"那天梁朝伟、黎明都来到了现场。", []string{"梁朝伟", "黎明"}},
		{"那天梁朝伟和黎明都来到了现场。", []string{"梁朝伟", "黎明"}},
		{"那天黎明时分梁朝伟来到了现场。", []string{"梁朝伟"}},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(mentioned(b, schema.Person)), tc.want)
	}
}
