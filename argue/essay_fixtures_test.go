package argue

// essayFixtures are plain-prose articles written for these tests, one
// paragraph a line, in the declarative style of an op-ed: causes are
// argued without 因为/because in most sentences.
var essayFixtures = []struct {
	title string
	text  string
	films map[string]string
}{
	{
		title: "Why China's blockbusters stay at home",
		films: map[string]string{"The Wandering Earth": "China", "Wolf Warrior 2": "China", "Crouching Tiger, Hidden Dragon": "China"},
		text: `
When The Wandering Earth opened in North America, it played on fewer than a hundred screens and vanished within three weeks.
The film had earned hundreds of millions at home, yet abroad it barely registered.
Part of the explanation is distribution. Chinese studios rarely have partners who can book screens in Europe or the United States, and a film released without marketing is a film nobody knows about.
Language matters too. Audiences abroad find subtitled films hard to follow, and jokes built on wordplay do not survive translation.
Then there is the censor. Scripts must be approved before shooting, so writers steer clear of crime, ghosts and anything that touches politics.
The result is a narrow range of stories: costume epics, patriotic war films and romantic comedies.
Wolf Warrior 2 was a huge hit in China, but its chest-thumping nationalism struck foreign critics as propaganda.
Many filmmakers also see little reason to court foreign viewers when the home market is so large.
A producer in Beijing told me that a single holiday weekend at home is worth more than a year of overseas sales.
Hollywood, meanwhile, controls most of the world's cinema screens and sets the terms of what a global film looks like.
Not every Chinese film fails abroad. Crouching Tiger, Hidden Dragon earned more than 100 million dollars in the United States.
But that was more than twenty years ago, and few films have repeated the feat.
Until studios invest in scripts that speak to common human experience, Chinese cinema will remain a domestic affair.
Some say Western audiences are simply prejudiced against Chinese stories; the box office of Korean films suggests otherwise.`,
	},
	{
		title: "中国电影为何难以走向世界",
		films: map[string]string{"你好，李焕英": "中国", "卧虎藏龙": "中国", "霸王别姬": "中国", "流浪地球": "中国"},
		text: `
每年春节档，国产大片在国内票房动辄数十亿，可一旦进入海外市场，往往只能在少数华人影院上映几周便匆匆下线。
问题在于，我们的电影大多是拍给国内观众看的。
以《你好，李焕英》为例，片中大量笑点依赖方言和八十年代的集体记忆，外国观众很难产生共鸣。
其次，海外发行一直是国产电影的短板。
不少片方把全部精力放在国内宣发上，对海外市场几乎不做投入，《流浪地球》在北美只上了几十块银幕。
题材上的限制同样制约了创作。
鬼怪、犯罪、历史等题材动辄受限，编剧只能在有限的空间里打转。
再加上近年来流量明星当道，演技让位于话题，观众对国产片的信任一再透支。
有人说西方观众对中国电影存在偏见，这种说法并不全面。
《卧虎藏龙》《霸王别姬》当年在欧美同样收获了好评。
归根结底，国内市场足够大，片方缺少走出去的动力。
中国电影要走出去，需要的不只是资金，更是讲好故事的能力。`,
	},
}
