package extract

import "testing"

// Round 7 credit forms. The sentences are written for this test.
func TestCreditsRound7(t *testing.T) {
	checkCredits(t, []creditCase{
		// an adverb between the work and the verb of winning
		{[]string{"2014年，刁亦男凭借《白日焰火》一举拿下柏林电影节金熊奖。"}, []string{"白日焰火>刁亦男"}, nil},
		// a time word after the pronoun subject
		{[]string{"贾樟柯又来到了戛纳，他此前凭《天注定》获得评审团大奖。"}, []string{"天注定>贾樟柯"}, nil},
		// a crew prize says nothing of direction
		{[]string{"贾樟柯又来到了戛纳，他此前凭《天注定》获得最佳编剧奖。"}, nil, nil},
		// P + year + 的旧作 W
		{[]string{"电影节改为重映张艺谋2002年的旧作《英雄》。"}, []string{"英雄>张艺谋"}, nil},
		{[]string{"电影节改为重映张艺谋的旧作《英雄》。"}, []string{"英雄>张艺谋"}, nil},
	})
}
