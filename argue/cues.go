package argue

// Cue classes. Each is a closed list of function words and constructions
// (Chinese and English) that mark how a sentence argues, independent of
// any topic: they come from the cue study of the research notes (seeds.md
// §6–7), generalised to synonyms other writers use.

// causal marks an explicit causal or conclusive connective.
var causalCues = []string{
	"因为", "由于", "原因", "导致", "所以", "因此", "根本", "问题在于", "问题是", "归根结底", "归根到底", "说到底",
	"之所以", "造成", "取决于", "在于", "关键", "罪魁祸首", "源于", "使得", "以至于", "以致", "致使", "说白了", "本质上",
	"主要是", "才是", "恰恰是", "归咎", "怪就怪", "症结", "根源", "决定了",
	"because", "due to", "reason", "reasons", "caused by", "the problem is", "result in", "results in", "leads to", "lead to",
	"that is why", "that's why", "stems from", "root cause", "the key is", "blame", "owing to",
	// Essay prose names its reasons with nouns and predicates rather
	// than connectives (part of the explanation is X, 原因之一是X).
	"explanation", "explains", "explain", "factor", "factors", "culprit", "to blame", "responsible for", "accounts for",
	", so", "account for", "the trouble is", "the issue is", "is why", "are why", "because of", "as a result",
	"原因之一", "一大原因", "因素", "归因", "病根", "根子", "就在于", "难怪", "怪不得", "正因", "可见", "是…的结果", "离不开",
	// an essay answering its own why: The second answer is language, 答案是
	"the answer is", "first answer", "second answer", "third answer", "another answer", "part of the answer", "one answer", "答案很简单", "答案就是", "答案在于",
	// Evidence offered for a claim argues it (proof that Chinese films
	// did travel, 这说明).
	"proof that", "proves that", "evidence that", "which shows", "this shows", "证明了", "这说明", "足以说明",
	// A result clause explains (the market is so large that studios…).
	"so large that", "so big that", "so vast that", "so lucrative that", "so strict that", "so tight that",
}

// negative evaluation: the unit judges something lacking.
var negEvalCues = []string{
	"不行", "太差", "不好", "差", "弱", "烂", "没有", "缺乏", "缺少", "不够", "落后", "不足", "不会", "不能", "太", "短板", "局限",
	"低", "难以", "无法", "不敢", "不让", "不准", "拉胯", "拉垮", "糟糕", "可怜", "不懂", "不爱", "不看", "没人", "看不",
	"lack", "lacks", "poor", "weak", "bad", "not enough", "too", "fail", "fails", "unable", "cannot", "can't", "limited", "behind", "struggle", "struggles",
	// Scarcity and difficulty, the way an essay judges without 不行:
	// few partners, hard to follow, 很难产生共鸣, 鲜有问津.
	"rarely", "seldom", "hardly", "barely", "too few", "very few", "nobody", "no one", "without", "never", "hard to", "difficult to",
	// An English negated verb judges (jokes do not survive translation,
	// the films don't resonate); a negator before a cause itself denies
	// it instead (see negatesNoun).
	"don't", "doesn't", "didn't", "do not", "does not", "did not", "won't", "will not", "isn't", "aren't", "wasn't", "weren't",
	"failed", "failing", "struggled", "struggling", "narrow", "unfamiliar", "baffling", "baffled", "confusing", "alien", "lost on",
	"很难", "难有", "难获", "难被", "难让", "难在", "鲜有", "少有", "很少", "几乎不", "几乎没有", "匮乏", "欠缺", "狭窄", "单调", "遇冷", "冷遇",
	"吃亏", "尴尬", "透支", "让位", "乏善可陈", "不尽如人意", "不买账", "看不下去",
	"寥寥无几", "寥寥", "屈指可数", "凤毛麟角", "少之又少", "微乎其微", "所剩无几",
	// English scarcity: almost no presence abroad, hardly any screens.
	"almost no", "hardly any", "virtually no", "next to no", "little or no", "no presence", "scarcely",
	// Reluctance and aversion: audiences tired of reading subtitles,
	// 观众懒得看字幕, 排斥说教.
	"不愿", "懒得", "排斥", "抗拒", "厌倦", "反感", "不习惯", "不适应", "损耗", "tired of", "reluctant", "put off", "turned off", "refuse to", "refuses to", "averse",
}

// hindrance: the unit presents something as an obstacle (X 制约了 Y,
// X is hampered by Y), the commonest way prose argues a cause without a
// connective.
var hinderCues = []string{
	"限制了", "制约", "阻碍", "妨碍", "拖累", "拖后腿", "掣肘", "束缚了", "绊脚石", "拦路虎", "桎梏", "削弱", "损害", "困住", "卡住",
	"阻挡", "挡住", "望而却步", "劝退", "门槛", "硬伤", "软肋", "致命伤", "通病", "顽疾", "痼疾", "输在", "败在", "掉链子",
	"拖垮", "毁在", "坑了", "害了", "栽在", "吃亏在", "卡在",
	"hamper", "hampers", "hampered", "hampering", "hinder", "hinders", "hindered", "held back", "holds back", "hold back", "holding back",
	"limit", "limits", "limiting", "restrict", "restricts", "restricting", "curb", "curbs", "curbed", "block", "blocks", "blocked",
	"hurt", "hurts", "undermine", "undermines", "undermined", "stifle", "stifles", "stifled", "constrain", "constrains", "constrained",
	"drag down", "drags down", "weighs on", "weigh on", "stands in the way", "stand in the way", "gets in the way", "get in the way",
	"prevent", "prevents", "prevented", "keeps…from", "keep…from", "kept…from", "handicap", "handicapped", "hurdle", "hurdles",
	"stumbling block", "achilles heel", "weakness", "weaknesses", "shortcoming", "shortcomings", "flaw", "flaws", "suffer from",
	"suffers from", "plagued", "bogged down",
}

// abroad cues name the reception the debate is about (foreign
// audiences, 海外观众): a sentence that sets a cause against it argues
// the effect even without a connective. Markets and places (海外,
// abroad) are not enough: reports describe releases abroad at length.
var abroadCues = []string{
	"foreign audiences", "foreign viewers", "foreign critics", "foreign moviegoers", "western audiences", "western viewers",
	"western critics", "international audiences", "global audiences", "audiences abroad", "viewers abroad", "overseas audiences",
	"外国观众", "海外观众", "国外观众", "西方观众", "欧美观众", "国际观众", "全球观众", "外国人", "老外", "走不出去", "走不出国门", "走不出",
}

// topic cues present one point of an argument in a short sentence of
// its own (Then there is the censor. 再加上流量明星当道。): in an
// essay such a sentence names a cause even without judging it.
var topicCues = []string{
	"then there is", "there is also", "there's also", "then there's", "another", "also", "too", "moreover", "furthermore",
	"in addition", "on top of that", "add to that", "besides", "what's more", "matters", "matter", "plays a role", "play a part",
	"其次", "再次", "再加上", "加之", "加上", "另外", "此外", "同样", "还有", "另一个", "另一方面", "更重要的是", "何况", "也是", "起作用", "不可忽视",
}

// rhetorical-question markers (checked only in sentences ending in '?').
var rhetoricalCues = []string{
	"还想", "还指望", "还要", "凭什么", "何谈", "谈何", "怎么可能", "怎么能", "如何", "哪来", "哪有", "难道", "有可能", "能…吗", "会…吗",
	"能…么", "还…呢", "什么…出去", "走出…吗", "谁会", "谁愿意", "有什么",
	"how can", "how could", "why would", "who would", "how is",
}

// analogy and metaphor frames.
var analogyCues = []string{
	"就像", "好比", "如同", "犹如", "好像", "相当于", "就好比", "比作", "戴着…跳舞", "戴着镣铐", "戴着枷锁", "戴着脚镣",
	"it's like", "is like", "like a", "as if",
}

// contrast with a positive model.
var modelCues = []string{
	"人家", "看看", "参考", "学学", "学习", "借鉴", "反观", "相比之下", "对比", "比起", "不像", "榜样", "标杆", "值得", "极具代表性", "做得好", "做的好",
	"look at", "learn from", "unlike", "by contrast", "compared with", "compared to", "role model",
}

// foreign markers that make a model cue point abroad.
var foreignCues = []string{
	"韩国", "美国", "日本", "印度", "伊朗", "好莱坞", "欧洲", "法国", "英国", "泰国", "德国", "意大利", "西班牙", "国外", "外国", "西方", "欧美", "人家",
	"korea", "korean", "hollywood", "american", "japanese", "indian", "iranian", "european", "french", "foreign",
}

// report policy vocabulary: diagnoses.
var diagnosticCues = []string{
	"瓶颈", "挑战", "困境", "制约", "问题", "矛盾", "短板", "不足", "滞后", "局限", "难以", "困难", "障碍", "深陷", "缺乏", "短缺",
	"片面", "有限", "受限", "不够", "过度", "生硬", "痛点", "难题", "隔阂", "弊端", "依赖", "单一", "浅层",
	"difficult", "difficulties", "challenge", "challenges", "bottleneck", "problem", "problems", "limited", "lack", "lags", "obstacle", "obstacles", "barrier", "barriers", "constraint", "constraints",
}

// report policy vocabulary: prescriptions.
var prescriptiveCues = []string{
	"应该", "应当", "需要", "必须", "亟需", "亟待", "推动", "加强", "强化", "构建", "建立", "打造", "培育", "提升", "拓展", "破局", "之道", "路径",
	"举措", "策略", "助力", "促进", "鼓励", "支持", "只有…才", "才能", "不妨", "要把", "要让", "要有", "要做", "着力", "升级", "转变", "重塑", "迈向", "发展", "借助", "依托",
	"should", "must", "need to", "needs to", "ought", "recommend", "has to", "have to", "we need",
	// advice as threads and op-eds give it: 建议片方…合拍, 不如老老实实拍人,
	// 真该学学人家, what China needs is…, streaming is the easier route
	"建议", "不如", "与其", "该学学", "真该", "也该", "更该", "都该", "可以考虑", "出路在于", "出路是", "要从", "得从", "才是正道", "就要", "要拍", "得拍", "关键在于", "关键是",
	"what china needs", "needs its own", "the easier route", "the better route", "is the model", "better off",
	// X is the answer (not "the answer is…", which may only report)
	"is the real answer", "is the answer", "are the answer", "are the real answer",
	// a lead line that opens a list of remedies
	"would help", "would…help", "would work", "would…work", "the fix", "the solution", "the way forward", "解决办法", "对策", "怎么办", "出路",
	// a thread's remedies announced as such: 开药方的少，我补几条建设性的
	"开药方", "药方", "建设性", "suggestions", "what could help",
}

// listAnnounceCues announce the list that follows a lead line ending with
// a full stop (我补几条建设性的。, Here are a few suggestions.).
var listAnnounceCues = []string{
	"几条", "几点", "三点", "三条", "四点", "四条", "以下", "如下", "下面", "几个建议", "几个办法",
	"a few suggestions", "a few things", "the following", "here are", "a few ideas",
}

// noticeRuleCues are the words of a forum's rules (禁止, 删帖, banned, will
// be removed): a notice states them, a view labelled 提醒： does not.
var noticeRuleCues = []string{"禁止", "删帖", "封号", "违者", "请勿", "私信", "版规", "吧规", "will be removed", "will be deleted", "banned", "not allowed", "no piracy", "rules"}

// remedyHeadingCues name, in a report's heading line, the part that
// prescribes (四、对策建议, Recommendations), beside prescriptiveCues.
var remedyHeadingCues = []string{
	"对策", "建议", "路径", "破局", "出路", "举措", "怎么办", "解决", "思路", "方向",
	"recommendations", "what can be done", "what should be done", "the way forward", "solutions", "policy options", "next steps", "what would help",
}

// enumeration openings (checked at the start of a unit).
var enumCues = []string{
	"一是", "二是", "三是", "四是", "第一", "第二", "第三", "第四", "首先", "其次", "再次", "再者", "最后", "其一", "其二", "另外", "此外", "还有",
	"first,", "second,", "third,", "firstly", "secondly", "finally", "also,",
}

// denial: a negator before the trigger in the same clause.
var denyBeforeCues = []string{
	"不是", "并不是", "并非", "不在于", "问题不在", "问题真不在", "问题并不在", "原因不在", "不怪", "不能怪", "怪不到", "而非", "不关", "无关", "不能归咎", "不能说是",
	// "not lacking", "not that bad": the writer says the thing is fine.
	"不缺", "不缺乏", "不乏", "没那么", "并没有那么", "并不", "不觉得", "不认为",
	// the view named next is rejected: 我不同意"西方观众对中国电影有偏见"这种说法
	"不同意", "不赞同", "不认同",
	"not", "isn't", "is not", "aren't", "are not", "rather than", "nothing to do with", "not because", "no shortage of", "not lacking",
	// the writer's own doubt: I don't think censorship is the story
	"don't think", "do not think", "don't believe", "do not believe", "doubt that", "i doubt",
	// blame shifted onto the cause, which the writer holds an excuse:
	// 把一切都推给审查就太省事了, 很多人把锅全甩给审查
	// (推到 and 归到 alone move things: 把片子推到海外, 归到艺术片那一栏)
	"推给", "甩给", "甩锅给", "都推到", "全推到", "锅推到", "责任推到", "都归到", "全归到", "责任归到", "全怪到", "怪到", "动不动就说是", "动不动就怪", "一上来就怪", "一上来就说是",
	"什么都赖", "别赖", "不能赖", "不要赖", "赖给", "全赖给", "什么都怪", "什么都往", "别往", "不要往",
	// a dismissal: 别扯什么文化差异，先把片子拍好
	"别扯什么", "少扯什么", "扯什么", "别拿…说事", "少拿…说事",
	"blame everything on", "blaming everything on", "blame it all on", "blames everything on",
	// the people who blame it, whom the writer answers: Everyone blaming
	// censorship should explain…
	"everyone blaming", "everybody blaming", "anyone blaming", "those blaming", "people blaming", "those who blame", "people who blame", "everyone who blames", "anyone who blames",
}

// denial after the trigger: "X 不是问题 / 最没影响".
var denyAfterCues = []string{
	"不是问题", "不是原因", "不是主要原因", "不是根本原因", "没影响", "没有影响", "最没影响", "无关", "没关系", "不重要", "是借口", "背锅", "不是关键",
	// no longer the weak point: 特效已经不是短板了
	"不是短板", "不再是短板", "不算短板", "不再是问题", "早就不是问题",
	"is not the problem", "isn't the problem", "is not the reason", "isn't the reason", "doesn't matter", "is an excuse",
	// the writer rejects the view just named: 说是审查的锅，我不太同意
	"我不太同意", "我不同意", "不敢苟同", "我不认同", "并不认同",
	// 我不认 where its clause ends: 我不认为 and 我不认识 reject nothing
	"我不认$", "这个我不认", "我是不认的",
	// a kind of film the writer sets aside: 国产主旋律大片除外, …不提
	// (where its clause ends: 不提供 and 不提高 set nothing aside)
	"除外", "不提$", "不提了", "先不提", "且不提", "不提也罢", "不在讨论范围",
	// a view the writer sets aside: I leave that argument aside here
	"leave that argument aside", "leave that aside", "leave aside", "set that aside", "暂且不论", "且放一边", "先不谈", "按下不表",
	// succeeded all the same: 国力远不如现在，它照样在北美卖了一亿多
	"照样卖", "照样在", "照样拿", "照样火", "照样成功", "照样走出去", "照样全世界", "照样被", "still sold", "still made it", "still found",
	// the cause named as a theory and dismissed: 卖惨论我真的听腻了,
	// 审查的说法站不住脚 (a plot that 经不起推敲 is another thing: the theory
	// word, 论 or 说法, must come first)
	"论…听腻", "论…站不住", "论…不成立", "论…伪命题", "论…说不通", "论…经不起", "论…太牵强",
	"说法…听腻", "说法…站不住", "说法…不成立", "说法…伪命题", "说法…说不通", "说法…经不起", "说法…太牵强",
	"解释…站不住", "解释…不成立", "解释…说不通", "解释…太牵强",
	"theory doesn't hold", "theory does not hold", "argument doesn't hold", "argument does not hold", "explanation doesn't hold", "explanation does not hold", "doesn't hold water", "does not hold water",
	// no longer an obstacle: 技术早就不是瓶颈了
	"不是瓶颈", "早就不是问题", "不再是问题", "不再是瓶颈", "早已不是问题",
	"is no longer the problem", "is no longer a problem", "is no longer an issue", "no longer a bottleneck", "is not the bottleneck",
	"不是主因", "不是最大的问题", "不是真正的原因", "不是真正的问题", "只是借口", "当挡箭牌", "是挡箭牌", "算不上原因",
	"is not the real", "isn't the real", "is not the main", "isn't the main", "is not the whole story", "isn't the whole story",
	"is not to blame", "isn't to blame", "is a red herring", "is overrated", "is a scapegoat", "is not the obstacle", "isn't the obstacle",
	// the cause downplayed: censorship explains less than it seems to
	"explains less", "explain less", "matters less than", "is overstated", "is exaggerated", "are overstated", "are exaggerated", "less than it seems",
	"被夸大", "被高估", "言过其实", "没有想象中那么大", "没那么大",
	// a scholar's dismissal: the explanation explains little here
	"解释力有限", "解释力不足", "缺乏解释力", "解释力不强", "解释力很弱", "has limited explanatory power", "little explanatory power",
	"are not the problem", "aren't the problem", "are not to blame", "aren't to blame", "are a red herring",
	// the cause does not stand in the way: 好片子偏见挡不住
	"挡不住", "拦不住", "阻挡不了", "不是障碍", "算不上障碍", "is no obstacle", "is not an obstacle", "isn't an obstacle", "no barrier",
	// a concession before the writer's real point: 审查当然存在，但…
	"当然存在，但", "确实存在，但", "固然存在", "当然有影响，但", "确实有影响，但", "当然有问题，但", "固然有问题", "是有问题，但",
	// a supposition that the writer goes on to refute: if censorship
	// were the obstacle, this film would have broken through
	"were the obstacle", "were the problem", "were the reason", "were the cause", "were the culprit", "were really the",
}

// idioms hold a trigger word in a sense that names no cause (文化差异
// 真实存在, the real story, 最佳故事片, 因“技术原因”撤出): a trigger
// inside one is not read.
var idiomCues = []string{
	"真实存在", "确实存在", "真实原因", "技术原因", "故事片", "剧本杀", "讲故事的人", "中国故事", "非英语榜", "非英语片榜", "一句口号", "讲故事上",
	// ironically: no satire
	"讽刺的是", "具有讽刺意味", "颇具讽刺",
	// logic and competition in other senses than a story's or a market's
	// weakness: 传播逻辑, 商业逻辑, 国际竞争力, the Cannes competition
	"传播逻辑", "商业逻辑", "市场逻辑", "资本逻辑", "底层逻辑", "文化逻辑", "具备国际竞争力", "具有国际竞争力", "有竞争力的",
	"in competition", "main competition", "the competition at", "cannes competition", "venice competition", "berlin competition",
	// prize names: 拿了戛纳最佳编剧
	"最佳编剧", "最佳剧本", "最佳原创剧本", "最佳改编剧本", "best screenplay",
	// gaps between rich and poor, not a gap in quality
	"贫富差距", "收入差距", "城乡差距", "阶层差距",
	// effort and practicality: 在讲好中国故事上下功夫, 也是最现实的
	"下功夫", "下足功夫", "花功夫", "费功夫", "下苦功夫", "最现实", "更现实", "很现实", "太现实", "现实地说", "现实一点", "现实点",
	// a big promotion spend (大投资、大宣传) is marketing, not propaganda
	"大宣传",
	// a film that loses money is a consequence, not money-driven filmmaking
	"不赚钱", "赚不到钱", "不挣钱", "挣不到钱",
	"technical reasons", "the real story", "the whole story", "an old story", "another story", "a different story", "success story", "long story short",
}

// crossingWords are common words that, written across the start of a
// trigger, show the trigger's first character belongs to the word before
// it: 喜剧本来 holds no 剧本, 海外宣发 no 外宣, 主流媒体 no 流媒体,
// 全世界观众 no 世界观. Triggers are matched on characters, not words, so
// without this a word boundary the writer never wrote would argue a cause.
var crossingWords = []string{
	"喜剧", "悲剧", "话剧", "戏剧", "京剧", "歌剧", "闹剧", "默剧", "海外", "全世界", "主流", "烂片",
}

// credentials: a unit in which the writer says who they are (利益相关,
// 在一家做海外发行的公司干了七八年) argues nothing itself; like an
// announcement, it is read only with a causal word in it.
var credentialCues = []string{
	"利益相关", "谢邀", "本人是", "我是做", "我在高校", "在高校教", "我在一家", "在一家做", "做了几年", "干了几年", "做了十几年", "干了十几年", "入行",
	"full disclosure", "i work in", "i worked in",
}

// announcements: a unit that says what the writer is about to say
// (说几点实际的, 说个细节, 说点行内人的看法) argues nothing itself, whatever
// words of the topic it names.
var announceCues = []string{
	"说几点", "说几句", "说个细节", "说点", "说一点", "说两句", "聊几句", "聊聊", "谈谈", "谈几点", "讲几点", "讲几句", "补充一点", "补充几点",
	"a few points", "a few thoughts", "my two cents", "some context",
}

// openQuestions ask whether a cause holds without answering (西方对中国
// 有没有偏见？): a question so put asserts nothing.
var openQuestionCues = []string{"有没有", "算不算", "存不存在", "是否存在", "whether"}

// askOpinionCues close a question that hands the floor to someone (…柯老师
// 怎么看？, what do you make of that?): the question asks, its triggers
// name the topic.
var askOpinionCues = []string{"怎么看", "怎么想", "如何看待", "怎么理解", "有什么看法", "您觉得呢", "你觉得呢", "what do you think", "what do you make of", "how do you see", "your view"}

// hypotheticals that cancel a denial (如果不是审查…) and mark counterfactuals.
var hypoCues = []string{"如果", "假如", "要是", "假设", "倘若", "若是", "若", "换成", "换做", "换作", "放在", "if ", "imagine", "suppose"}

// modals that complete a counterfactual ("…会过审吗").
var hypoModalCues = []string{"会", "能", "可能", "还能", "吗", "么", "would", "could", "might"}

// sarcasm markers. 虚假的/真正的 count only when both occur in the section
// (a mock list); the others on their own.
var sarcasmCues = []string{
	"感恩", "呵呵", "笑死", "狗头", "[doge]", "doge", "滑稽", "赢麻了", "遥遥领先", "称霸", "高雅艺术", "好棒棒", "厉害了",
	"部部都", "太优秀了", "天下第一", "不是早就…了", "不是早已…了", "吊打全球", "伟大的",
	"/s", "yeah right", "oh sure",
}

var mockListCues = []string{"虚假的", "真正的"}

// chain connectives at the start of a unit link it to the claim before.
var chainCues = []string{
	"所以", "于是", "导致", "结果", "因此", "从而", "以至于", "进而", "这就导致", "这样一来", "由此", "久而久之", "最终", "造成",
	"so ", "therefore", "as a result", "which leads", "consequently", "thus",
}

// effect connectives inside a unit: what follows is the unit's own effect.
var effectCues = []string{"导致", "造成", "使得", "以至于", "以致", "致使", "所以", "因此", "结果", "从而", "results in", "leads to", "so that", "therefore"}

// example cues mark the films that illustrate a claim.
var exampleCues = []string{
	"比如", "例如", "譬如", "像", "就拿", "举个例子", "举例", "拿…来说", "以…为例", "诸如", "之类", "这种", "这些",
	"for example", "for instance", "such as", "e.g.", "like",
}

// overcome cues, perfective: the clause reports an obstacle already
// overcome (打破了…的刻板印象, 扭转了…的偏见), an achievement rather than
// a cause argued. The bare verb (要打破审查) prescribes and still argues.
var overcomeCues = []string{"打破了", "破除了", "扭转了", "突破了", "摆脱了", "克服了", "消除了", "打消了", "改变了", "化解了",
	// came through it: 都顺利过审上映了
	"顺利", "successfully",
	"broke down", "overcame", "dispelled", "shattered", "has overcome", "have overcome"}

// exception cues open a clause that sets works aside from the claim that
// follows (排除《A》《B》等，其他的都…; 除了《A》以外): the works named there are
// the exceptions, not examples of the problem. 除外 closes such a clause.
var exceptionCues = []string{"排除", "除了", "除去", "除开", "除却", "except", "apart from", "other than", "aside from"}

// counter-example cues: the film shows Chinese films did travel.
var counterExampleCues = []string{
	"谁说", "早就走出", "早已走出", "已经走出", "还不算", "不算走出", "走出过", "票房第一", "走出去了", "成功走出", "风靡", "火遍", "好评如潮", "斩获",
	"already", "did travel", "succeeded abroad", "was a hit",
}

// reported speech: the writer reports a view (有人说X) to discuss or rebut
// it; its causes are the writer's only with an agreement cue.
var reportCues = []string{
	"反对有人", "不同意有人", "不赞同有人", "不认同有人", "有人据此", "有人就认定",
	"有人说", "有些人说", "一大堆说", "一堆人说", "好多人说", "那些说", "总有人说", "有句话说", "有句话叫", "有人会说", "有些人会说", "很多人说", "不少人说", "有人认为", "有些人认为", "很多人认为", "有人觉得", "有人把", "有人归咎", "常有人说",
	// a thread's earlier answers: 楼上说审查的，那《W》是怎么过的？
	"楼上说", "楼上讲", "楼上那位说", "上面说", "前面有人说",
	"一种声音认为", "有声音认为", "有观点认为", "有一种观点", "一种观点认为", "有论者认为", "有人主张",
	"some say", "some people say", "some argue", "it is often said", "critics say", "many say",
	// a view the writer sets up to knock down: it is tempting to blame
	// the censors, the usual explanation is…
	"it is tempting to", "it's tempting to", "it is easy to blame", "it's easy to blame", "the usual explanation", "the standard explanation",
	"the conventional wisdom", "conventional wisdom", "the received wisdom", "the easy answer", "the usual answer", "the common answer",
	"many blame", "some blame", "critics blame", "commentators blame", "are quick to blame", "is quick to blame",
	"常见的解释", "通常的解释", "流行的说法", "人们习惯", "习惯性地归咎", "很容易归咎", "动辄归咎", "一说就是", "张口就是",
	// proposals and first impressions of others, and views the writer
	// calls mistaken (很多人以为…)
	"有人提议", "有人建议", "有人主张", "大家第一反应", "第一反应是", "很多人以为", "不少人以为", "大家以为", "人们以为",
	// a claim the writer came across and goes on to weigh (看到一位大导演
	// 在论坛上说…)
	"看到一位", "看到有位", "看到有人", "听一位", "听到一位", "听有人",
	"someone suggested", "some suggest", "many assume", "people assume",
	"commentators attribute", "critics attribute", "observers attribute", "some commentators", "some critics",
}

// speech verbs right before a quotation attribute it (说过“…”, 所谓“…”).
var speechCues = []string{"说", "说过", "说道", "讲过", "称", "声称", "宣称", "表示", "认为", "所谓", "号称", "指出", "强调", "提出", "写道", "said", "says", "claim", "claims", "so-called"}

// opinion nouns name a quoted view as someone's view (这些言论, such claims).
var opinionCues = []string{"言论", "说法", "论调", "这种话", "这些话", "这类话", "陈词滥调", "such claims", "these claims", "such views", "this view", "the argument that"}

var agreeCues = []string{"赞同", "同意", "没错", "确实", "的确", "说得对", "说的对", "有道理", "i agree", "rightly", "true enough"}

// turn cues end a reported view: the writer speaks again.
var turnCues = []string{"其实", "但是", "但", "可是", "然而", "实际上", "事实上", "而是", "恰恰", "but", "actually", "in fact", "however"}

// concessive cues open a clause that grants something for the sake of
// argument (就算你有再好的情节, even with a good script): a trigger after
// one names what is granted, not what is lacking.
var concessiveCues = []string{"就算", "即使", "即便", "哪怕", "纵然", "纵使", "再好", "再棒", "再多", "再优秀", "even if", "even with", "no matter how"}

// praise cues just before a trigger make it a description of what is good
// (好的剧本, 成熟的电影工业, a good script), not a judgement that it lacks.
var praiseCues = []string{"好的", "优秀的", "出色的", "成熟的", "成熟", "成功的", "高质量", "优质", "精彩的", "精良的", "good ", "great ", "mature ", "strong "}

// praising predicates after a trigger (剧情都很不错, the script is
// excellent): the clause describes what is good. 不错 is praise although
// it holds 不; a negator before the praise (不太好) is checked apart.
var praiseAfterCues = []string{
	"不错", "很好", "挺好", "蛮好", "非常好", "都好", "优秀", "出色", "精彩", "很棒", "过硬", "一流", "顶级", "上乘", "到位",
	"上来了", "进步了", "提升了", "提高了", "有进步", "可圈可点",
	// as good as the yardstick: 特效不输好莱坞, 毫不逊色, on par with Hollywood
	"不输", "不逊于", "不逊色", "毫不逊色", "不亚于", "媲美", "比肩", "不比…差", "天花板", "一线水准", "世界一流", "能打", "world-class",
	"数一数二", "首屈一指", "名列前茅",
	"on par with", "rivals hollywood", "rival hollywood", "matches hollywood", "match hollywood", "as good as hollywood",
	"is excellent", "are excellent", "is superb", "are superb", "is strong", "are strong", "has improved", "have improved",
}

// film praise: a clause that calls a film good (都是很优秀的作品, 国产
// 神作, 拍的不错, 能看的好电影).
var filmPraiseCues = []string{
	"优秀的作品", "优秀作品", "好电影", "好片", "神作", "佳作", "经典之作", "拍的不错", "拍得不错", "拍的很好", "拍得很好", "很优秀", "很不错", "挺不错",
	"值得一看", "良心之作", "masterpiece", "a great film", "an excellent film",
}

// awaiting cues look forward to what is missing today (等到产出优质电影
// 的时候, 总有一天会有好剧本).
var awaitCues = []string{"等到", "等哪天", "总有一天", "迟早", "有朝一日", "what it will take", "until", "one day"}

// home markers: the clause speaks of Chinese cinema.
var homeCues = []string{"国产", "国内", "中国", "我国", "我们", "咱们", "华语", "大陆", "内地", "国人", "国片", "chinese", "china"}

// international cues: the text speaks of films beyond China.
var intlCues = []string{
	"海外", "国外", "国际", "走出去", "走出国门", "出海", "跨文化", "全球", "世界", "外国", "西方", "好莱坞", "境外", "外语",
	"abroad", "overseas", "international", "foreign", "global", "western", "hollywood", "the west", "world",
	// the places and festivals beyond China a text names instead
	"北美", "欧美", "欧洲", "美国", "日韩", "东南亚", "戛纳", "柏林电影节", "威尼斯", "奥斯卡",
	"north america", "europe", "european", "america", "american", "u.s.", "stateside", "outside china", "outside of china", "southeast asia", "cannes", "berlinale", "venice", "oscar",
}
