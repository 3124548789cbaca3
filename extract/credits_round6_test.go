package extract

import "testing"

// Round 6 credit forms. The sentences are written for this test.
func TestCreditsRound6(t *testing.T) {
	checkCredits(t, []creditCase{
		// P的处女作是(YYYY年的)W: a debut is the person's direction
		{[]string{"陈凯歌的处女作是1984年的《黄土地》。"}, []string{"黄土地>陈凯歌"}, nil},
		{[]string{"说起陈凯歌，大家都熟悉。他的处女作是1984年的《黄土地》，后来又拍了很多。"}, []string{"黄土地>陈凯歌"}, nil},
		{[]string{"说起陈凯歌，大家都熟悉。他的代表作是《霸王别姬》。"}, []string{"霸王别姬>陈凯歌"}, nil},
		// the next clause numbers the next work of the same filmography
		{[]string{"陈凯歌的处女作是1984年的《黄土地》，第二部长片《北方旧梦》入选了柏林电影节。"}, []string{"北方旧梦>陈凯歌", "黄土地>陈凯歌"}, nil},
		// an actor's debut is a part, not a direction
		{[]string{"巩俐的处女作是1987年的《红高粱》。"}, nil, []string{"巩俐>红高粱"}},
		// two people before the pronoun: nobody
		{[]string{"说起陈凯歌和张艺谋，大家都熟悉。他的处女作是1984年的《北方旧梦》。"}, nil, nil},
		// …unless the lexicon credits one of them with the work
		{[]string{"说起陈凯歌和张艺谋，大家都熟悉。他的处女作是1984年的《黄土地》。"}, []string{"黄土地>陈凯歌"}, nil},
		// a director among the candidates wins over the cast
		{[]string{"王家卫执导了《旺角卡门》，刘德华和张曼玉主演。两年后，他的第二部作品《阿飞正传》票房失利。"}, []string{"旺角卡门>王家卫", "阿飞正传>王家卫"}, []string{"刘德华>旺角卡门", "张曼玉>旺角卡门"}},
		// an award list's record: W - dir. P (Country), an original title in parentheses between
		{[]string{"Golden Bear for Best Film", "- Farewell My Concubine - dir. Chen Kaige (China)"}, []string{"霸王别姬>陈凯歌"}, nil},
		{[]string{"Golden Bear for Best Film", "- Farewell My Concubine (Ba wang bie ji) - dir. Chen Kaige (China)"}, []string{"霸王别姬>陈凯歌"}, nil},
		// a dash before a name with no credit word credits nobody
		{[]string{"Golden Bear for Best Film", "- Farewell My Concubine - Chen Kaige (China)"}, nil, nil},
		// P's W with a genre noun or a hyphened epithet between
		{[]string{"Chen Kaige's noir Farewell My Concubine took the prize."}, []string{"霸王别姬>陈凯歌"}, nil},
		{[]string{"Chen Kaige's long-delayed Farewell My Concubine took the prize."}, []string{"霸王别姬>陈凯歌"}, nil},
		// an actor's epithet with no work after it credits nothing
		{[]string{"Gong Li's award-winning turn made headlines."}, nil, nil},
		// a cast sentence after the paragraph's one film, though the paragraph before named others
		{[]string{"去年看了《活着》和《红高粱》。", "说到这里，想谈谈《霸王别姬》。张国荣演程蝶衣，巩俐演菊仙。"}, nil, []string{"巩俐>霸王别姬", "张国荣>霸王别姬"}},
		// the paragraph names two films: no film to bind to
		{[]string{"去年看了《活着》和《红高粱》。", "说到这里，想谈谈《霸王别姬》和《阳光灿烂的日子》。张国荣演程蝶衣。"}, nil, nil},
		// an apposition before who: P, a Cannes regular who directed W (note) and W (note)
		{[]string{`Chen Kaige, a Cannes regular who directed "Farewell My Concubine" (Palme d'Or, Cannes, 1993) and "Yellow Earth" (1984), is well known.`}, []string{"霸王别姬>陈凯歌", "黄土地>陈凯歌"}, nil},
		{[]string{`Chen Kaige directed "Farewell My Concubine" (1993) and "Yellow Earth" (1984).`}, []string{"霸王别姬>陈凯歌", "黄土地>陈凯歌"}, nil},
		// the apposition is the last person's
		{[]string{`Chen Kaige praised Zhang Yimou, a former cameraman who directed "Red Sorghum" (1988).`}, []string{"红高粱>张艺谋"}, nil},
		// notes in parentheses inside a list of works: P's W (year) and W (year), both starring P
		{[]string{"Writing about Zhang Yimou's Red Sorghum (1988) and To Live (1994), both starring Gong Li, she found a pattern."}, []string{"活着>张艺谋", "红高粱>张艺谋"}, []string{"巩俐>活着", "巩俐>红高粱"}},
		// a parenthesis with a name in it is no note: W (P) and W (Q) keep their own directors
		{[]string{"Red Sorghum (Zhang Yimou) and Farewell My Concubine (Chen Kaige) won prizes."}, []string{"红高粱>张艺谋", "霸王别姬>陈凯歌"}, nil},
		// a clause of credits alone opening a sentence after the paragraph's one film
		{[]string{"去年看了《活着》和《红高粱》。", "说到这里，想谈谈《霸王别姬》。陈凯歌编剧并执导，张国荣演程蝶衣。"}, []string{"霸王别姬>陈凯歌"}, []string{"张国荣>霸王别姬"}},
		{[]string{"去年看了《活着》和《红高粱》。", "说到这里，想谈谈《北方旧梦》。张艺谋执导，巩俐主演，一共拍了三个月。"}, []string{"北方旧梦>张艺谋"}, []string{"巩俐>北方旧梦"}},
		// the clause goes on: no credit for the paragraph's film
		{[]string{"去年看了《活着》和《红高粱》。", "说到这里，想谈谈《北方旧梦》。张艺谋执导过很多电影。"}, nil, nil},
		// W, P's $150 million monster movie starring Q
		{[]string{"Not more films in the mould of Farewell My Concubine, Chen Kaige's $150 million monster movie starring Leslie Cheung, which pleased no one."}, []string{"霸王别姬>陈凯歌"}, []string{"张国荣>霸王别姬"}},
		{[]string{"Not more films like Farewell My Concubine, Chen Kaige's period drama starring Leslie Cheung."}, []string{"霸王别姬>陈凯歌"}, []string{"张国荣>霸王别姬"}},
		// the cast must follow the apposition
		{[]string{"Not more films like Farewell My Concubine, Chen Kaige's period drama, said Leslie Cheung."}, []string{"霸王别姬>陈凯歌"}, nil},
		// P's movie opening a sentence after the paragraph's one film
		{[]string{"Remember Farewell My Concubine? Chen Kaige's movie was cut before its release."}, []string{"霸王别姬>陈凯歌"}, nil},
		{[]string{"Remember Farewell My Concubine? Leslie Cheung's movie was cut before its release."}, nil, []string{"张国荣>霸王别姬"}},
		// two films before: none
		{[]string{"Remember Farewell My Concubine and Red Sorghum? Chen Kaige's movie was cut before its release."}, nil, nil},
		// a name after the cast's comma that a verb follows opens a new clause
		{[]string{"Writing about Zhang Yimou's Red Sorghum (1988) and To Live (1994), both starring Gong Li, Chen Kaige argued that they were staged for the West."}, []string{"活着>张艺谋", "红高粱>张艺谋"}, []string{"巩俐>活着", "巩俐>红高粱"}},
		{[]string{"Red Sorghum and To Live, both starring Gong Li, Ge You and Jiang Wen, travelled widely."}, nil, []string{"姜文>活着", "姜文>红高粱", "巩俐>活着", "巩俐>红高粱", "葛优>活着", "葛优>红高粱"}},
		{[]string{"Red Sorghum and To Live, both starring Gong Li, Jiang Wen, travelled widely."}, nil, []string{"姜文>活着", "姜文>红高粱", "巩俐>活着", "巩俐>红高粱"}},
	})
}
