package extract

import (
	"testing"

	"github.com/filmgraph/filmgraph/schema"
)

// Round 6 award statuses. The sentences are written for this test.
func TestAwardsRound6(t *testing.T) {
	for _, tc := range []struct {
		paras  []string
		awards []string
	}{
		// the prize as the subject of a giving verb
		{[]string{"1993年戛纳电影节的金棕榈颁给了陈凯歌的《霸王别姬》。"}, []string{"霸王别姬>戛纳国际电影节/won/1993"}},
		{[]string{"那一年柏林电影节的金熊奖最终花落《红高粱》。"}, []string{"红高粱>柏林国际电影节/won"}},
		{[]string{"《霸王别姬》入围了戛纳电影节主竞赛，那一年的金棕榈颁给了简·坎皮恩的《钢琴课》。"}, []string{"钢琴课>戛纳国际电影节/won", "霸王别姬>戛纳国际电影节/competition"}},
		// a giving verb with no prize before it gives nothing
		{[]string{"戛纳电影节期间，片方把《霸王别姬》的海报颁给了影迷。"}, nil},
		// a sentence-opening anaphor is a work of its clause though later clauses name other works
		{[]string{"看完陈凯歌的《霸王别姬》，印象很深。", "这部片在1993年入围戛纳电影节主竞赛，评委会还讨论过《钢琴课》。"}, []string{"霸王别姬>戛纳国际电影节/competition/1993"}},
		// an anaphor right before its own title is no other film
		{[]string{"看完陈凯歌的《霸王别姬》，印象很深。", "这部电影《钢琴课》入围了1993年戛纳电影节主竞赛。"}, []string{"钢琴课>戛纳国际电影节/competition/1993"}},
		// took the screenplay prize: a named category before the prize
		{[]string{`His "Farewell My Concubine" took the screenplay prize at Cannes in 1993.`}, []string{"霸王别姬>戛纳国际电影节/won/1993"}},
		{[]string{`His "Farewell My Concubine" took part in the main programme at Cannes in 1993.`}, nil},
		// a note after the work: prize and festival (won), a nomination, a year alone
		{[]string{`Chen Kaige directed "Farewell My Concubine" (Palme d'Or, Cannes, 1993) and "Yellow Earth" (1984).`}, []string{"霸王别姬>戛纳国际电影节/won"}},
		{[]string{`Chen Kaige directed "Farewell My Concubine" (nominated, Oscars, 1994).`}, []string{"霸王别姬>奥斯卡金像奖/nominated"}},
		{[]string{`Chen Kaige directed "Farewell My Concubine" (Cannes, 1993).`}, nil},
		// 《Y》是F金狮: a prize as the predicate that closes the clause
		{[]string{"陈凯歌的《霸王别姬》是戛纳金棕榈，这还不算走出去？"}, []string{"霸王别姬>戛纳国际电影节/won"}},
		{[]string{"《霸王别姬》是戛纳金棕榈得主。"}, []string{"霸王别姬>戛纳国际电影节/won"}},
		{[]string{"《霸王别姬》是戛纳金棕榈的热门。"}, nil},
		{[]string{"《霸王别姬》是戛纳的常客。"}, nil},
		// a section that has named one festival only: a competition paragraphs later is that festival's
		{[]string{`"Red Sorghum" won a prize at the Cannes Film Festival on Friday.`, "Sales agents were not impressed.", "Analysts agreed.", "Critics were kinder.", `"Farewell My Concubine" played in the main competition and went home empty-handed.`}, []string{"红高粱>戛纳国际电影节/won", "霸王别姬>戛纳国际电影节/competition"}},
		// another festival named between: none
		{[]string{`"Red Sorghum" won a prize at the Cannes Film Festival on Friday.`, "The Venice Film Festival is different.", "Analysts agreed.", "Critics were kinder.", "Buyers came late.", `"Farewell My Concubine" played in the main competition and went home empty-handed.`}, []string{"红高粱>戛纳国际电影节/won"}},
		// P's movie opening a sentence stands for the film just named
		{[]string{`Remember Farewell My Concubine? Chen Kaige's movie was pulled out of the Berlin Film Festival in 2019 for "technical reasons".`}, []string{"霸王别姬>柏林国际电影节/withdrawn/2019"}},
		{[]string{`Remember Farewell My Concubine and Red Sorghum? Chen Kaige's movie was pulled out of the Berlin Film Festival in 2019.`}, nil},
		// a clause that is nothing but a prize after the work's clause: won
		{[]string{"Venice loves Zhang Yimou. The Story of Qiu Ju, Golden Lion in 1992."}, []string{"秋菊打官司>威尼斯国际电影节/won/1992"}},
		{[]string{"《秋菊打官司》，1992年威尼斯金狮奖。"}, []string{"秋菊打官司>威尼斯国际电影节/won/1992"}},
		// the prize in a sentence of its own names no work's win
		{[]string{"Venice loves Zhang Yimou. The Story of Qiu Ju is his. Golden Lion, 1992."}, nil},
	} {
		b := runDefault(t, tc.paras...)
		eq(t, tc.paras[len(tc.paras)-1]+" awards", uniq(rels(b, schema.AwardAt)), tc.awards)
	}
}
