package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// An acting prize in a later clause goes to the first clause's person only
// when no other person is named between (P执导的《W》成为赢家：A、B…，分别
// 摘得最佳男演员和最佳女演员): the director is no actor. The sentences are
// written for this test.
func TestPrizeCreditSkipsFirstClauseWhenOthersBetween(t *testing.T) {
	for _, tc := range []struct {
		para  string
		acted []string
	}{
		{"陈凯歌执导的《霸王别姬》成为最大赢家：张国荣、张丰毅，分别摘得最佳男演员和最佳男配角。", nil},
		{"陈凯歌执导的《霸王别姬》成为最大赢家：张国荣、张丰毅凭借在片中饰演一对师兄弟，分别摘得最佳男演员和最佳男配角金熊奖。", []string{"张丰毅>霸王别姬", "张国荣>霸王别姬"}},
	} {
		b := runDefault(t, tc.para)
		eq(t, tc.para, uniq(rels(b, schema.ActedIn)), tc.acted)
	}
}
