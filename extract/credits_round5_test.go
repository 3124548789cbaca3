package extract

import "testing"

// Round 5 credit forms. The sentences are written for this test.
func TestCreditsRound5(t *testing.T) {
	checkCredits(t, []creditCase{
		// P导的这部 after a film just named: the director of that film
		{[]string{"昨晚重看了《霸王别姬》。陈凯歌导的这部，每个镜头都讲究。"}, []string{"霸王别姬>陈凯歌"}, nil},
		{[]string{"昨晚重看了《霸王别姬》。陈凯歌拍的那部片子，至今没人超越。"}, []string{"霸王别姬>陈凯歌"}, nil},
		// two films before: no antecedent
		{[]string{"昨晚重看了《霸王别姬》和《活着》。陈凯歌导的这部，每个镜头都讲究。"}, nil, nil},
		{[]string{"昨晚重看了《霸王别姬》。张国荣演的这部，我看了三遍。"}, nil, []string{"张国荣>霸王别姬"}},
		// a director named with 演的 is no actor, an actor with 导的 no director
		{[]string{"昨晚重看了《霸王别姬》。张国荣导的这部，我看了三遍。"}, nil, nil},
		// 《W》请了P: an actor the lexicon knows
		{[]string{"《霸王别姬》请了张国荣，票房并不高。"}, nil, []string{"张国荣>霸王别姬"}},
		// 请了P作曲: crew, not cast
		{[]string{"《霸王别姬》请了张国荣作曲。"}, nil, nil},
		// a director hired is no actor
		{[]string{"《霸王别姬》请了陈凯歌，票房并不高。"}, nil, nil},
		// P、Q搭档的《W》
		{[]string{"张国荣、巩俐搭档的《霸王别姬》在戛纳拿了大奖。"}, nil, []string{"巩俐>霸王别姬", "张国荣>霸王别姬"}},
		// a director teamed with an actor is no actor; one name is no pair
		{[]string{"陈凯歌再度搭档巩俐的《霸王别姬》在戛纳拿了大奖。"}, nil, []string{"巩俐>霸王别姬"}},
		{[]string{"巩俐搭档的《霸王别姬》在戛纳拿了大奖。"}, nil, nil},
		// directed by P with Q in the lead
		{[]string{"Farewell My Concubine (1993), directed by Chen Kaige with Leslie Cheung in the lead, won in Cannes."}, []string{"霸王别姬>陈凯歌"}, []string{"张国荣>霸王别姬"}},
		{[]string{"Farewell My Concubine, directed by Chen Kaige with Leslie Cheung in the lead role, won in Cannes."}, []string{"霸王别姬>陈凯歌"}, []string{"张国荣>霸王别姬"}},
		// P's own film, W
		{[]string{"Chen Kaige's own film, Farewell My Concubine, won the Palme d'Or."}, []string{"霸王别姬>陈凯歌"}, nil},
		// P's W1 and W2
		{[]string{"Zhang Yimou's Red Sorghum and To Live travelled widely."}, []string{"活着>张艺谋", "红高粱>张艺谋"}, nil},
		// both starring P
		{[]string{"Red Sorghum and Ju Dou, both starring Gong Li, were hits abroad."}, nil, []string{"巩俐>红高粱", "巩俐>菊豆"}},
		{[]string{"Red Sorghum and Ju Dou, both directed by Zhang Yimou, were hits abroad."}, []string{"红高粱>张艺谋", "菊豆>张艺谋"}, nil},
		// P继W、W之后的第N部长片: the earlier works are the director's
		{[]string{"这是陈凯歌继《黄土地》、《霸王别姬》之后的第五部剧情长片。"}, []string{"霸王别姬>陈凯歌", "黄土地>陈凯歌"}, nil},
		// 这是P继W之后的第N部长片 after the film just named: that film is P's too
		{[]string{"看完《霸王别姬》，久久不能平静。这是陈凯歌继《黄土地》之后的第三部长片。"}, []string{"霸王别姬>陈凯歌", "黄土地>陈凯歌"}, nil},
		// an actor's fifth film is no direction
		{[]string{"这是巩俐继《红高粱》、《菊豆》之后的第三部电影。"}, nil, nil},
		// a part, then its actor in parentheses: an actor the lexicon casts in the passage's film
		{[]string{"去年看了《霸王别姬》。师兄段小楼（张丰毅）一直护着他。"}, nil, []string{"张丰毅>霸王别姬"}},
		{[]string{"去年看了《霸王别姬》。这位导演（陈凯歌）一直很低调。"}, nil, nil},
		// two films before: no film to bind to, unless the headline names one
		{[]string{"去年看了《霸王别姬》和《活着》。师兄段小楼（张丰毅）一直护着他。"}, nil, nil},
		{[]string{"《霸王别姬》：一部电影的回望", "看完《霸王别姬》，又想起《活着》。", "师兄段小楼（张丰毅）一直护着他。"}, nil, []string{"张丰毅>霸王别姬"}},
	})
}
