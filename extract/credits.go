package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
)

func init() {
	Register("credits", func() Stage { return relStage{"credits", (*Context).credits} })
	Register("comentions", func() Stage { return relStage{"comentions", (*Context).coMentions} })
}

// The credit grammar is written over shapes (see shape.go): W is a work,
// P a person, text simplified and lower-cased, full-width punctuation
// folded to ASCII (，→, ：→: （→( ), white space dropped except between
// Latin words. A credit is a chain of segments, each a list of people with
// their role word, bound to a list of works before or after the chain:
//
//	由P执导、P主演的W          P、P主演的新片W         导演P的W
//	W由P执导,P、P主演           W的导演是P,主演为P、P和P    W导演:P
//	W,directed by P,starring P and P          P's W        W(P,2000)
const (
	reP    = "\uE002"
	reW    = "\uE001"
	reRole = `(?:\((?:饰|饰演|as )[^()]{0,12}\))?`
	reL    = reP + reRole + `(?:(?:、|,|和|与|及|以及|跟|&|/|and|,and|搭档|携手|联手|同)` + reP + reRole + `)*(?:等人|等)?`
	reWL   = reW + `(?:(?:、|,|和|与|及|以及|/|and|,and)?` + reW + `)*`
	// a work list whose works may each carry a note in parentheses with
	// no name in it: directed W (Golden Lion, Venice, 2006) and W (2013)
	reWNote = `(?: ?\([^()\x{E001}\x{E002}]{1,40}\))?`
	reWLN   = reW + reWNote + `(?:(?:、|,|和|与|及|以及|/|and|,and)? ?` + reW + reWNote + `)*`
	// role words after the names (P执导, P主演)
	reDirV = `(?:编剧并|编剧兼|编剧、|编剧和|监制并)?(?:联合|共同|一起)?(?:执导并主演|导演并主演|执导|担任导演|出任导演|导演|编导|自编自导自演|自编自导|自导自演|helmed|helms|wrote,directed and starred in|wrote,directed and stars in|wrote and directed|writes and directs|co-wrote and directed|directed and starred in|directed and stars in|directs and stars in|directed and starred|directed|co-directed|directs|direct)`
	reActV = `(?:联袂|共同|领衔|倾情|担纲|一起)?(?:主演|出演|参演|演出|领衔主演|领衔|加盟|客串|stars in|starred in|star in|appears in|appeared in|starring in|co-starred in|co-stars in|co-starring in|led the cast of|leads the cast of|headlined|headlines|toplines|toplined|topline|fronts|fronted|leads|is cast in|was cast in|has been cast in|have been cast in|were cast in|reprises (?:her|his|their) (?:role|part)(?: as [a-z'’ -]{1,30}?)? in|reprised (?:her|his|their) (?:role|part)(?: as [a-z'’ -]{1,30}?)? in|returns in|returned in)`
	// role words before the names (导演P, 主演为P, directed by P)
	reDirN = `(?:导演 ?director|导演|执导|监制兼导演|director|directors|directed by and starring|written and directed by|directed and written by|directed by|co-directed by|helmed by|a film by|from director|the (?:latest|new|newest) (?:film |feature |movie )?(?:from|by)|dir\.)(?:是|为|:)?`
	reActN = `(?:toplined by|topped by|主演 ?(?:cast|starring)|主演|领衔主演|主要演员|演员阵容|主演阵容|演员表|演员|女主角|男主角|女一号|男一号|女主|男主|主角|starring|starred|stars|featuring|features|featured|cast|with|includes|included)(?:是|为|有|包括|:|由)?`
	// adverbs and times between the names and their verb: 曾主演, 也执导了,
	// 在1987年执导, has starred in, later directed, went on to direct
	reAdv = `(?:(?:曾经|曾|还|也|又|亦|则|再次|再度|首次|首度|首部|第一次|先后|后来又|后来|随后|同时|分别|已经|已|即将|将|一起|共同|继)?(?:在|于)?(?:(?:19|20)[0-9]{2}年)?(?:曾经|曾|还|也|又|再次|先后|首次)?|(?:also |later |once |first |previously |recently |then |since |has |have |had |has also |have also |had also |would |will |went on to |would go on to )+)`
	// a prize won for a work, up to the prize's name: P凭借W获得了…
	rePrizeFor = `^(` + reL + `)(?:此前|之前|早年|当年|后来|随后)?(?:分别|均|都|也曾|也|则|亦|曾经|曾|还曾)?(?:凭借|凭着|凭|以|靠)` + reNoun + `(` + reWL + `)(?:中的表演|里的表演|的表演|中的演出)?,?(?:一举|再次|再度|首次|首度|先后|相继|最终|成功|同时)?(?:获得|荣获|摘得|夺得|斩获|拿下|捧得|问鼎|获|摘下|成为|当选)(?:了)?[^。;!?,]{0,24}?`
	// a title between 由 and the name (由青年导演P执导, 由演员P主演)
	reTitleN = `(?:(?:青年|新锐|新人|知名|著名|资深|金牌|实力派|香港|台湾|内地|韩国|日本|美国|法国|英国|女|男)?(?:导演|演员|影星|明星|编剧))?`
	// other crew verbs after names (P监制): they keep a chain going (由P监制、P执导) but credit no one
	reOtherV = `(?:监制|出品|制片|编剧|摄影|剪辑|配乐|作曲|策划|总监制|produced|written|shot)`
	// a description between credits and works: 这部, 2002年的, 武侠片, 科幻电影, martial-arts epic, 2000 film
	reDesc = ` ?(?:(?:这|那|一)部|该部|(?:19|20)[0-9]{2}年(?:的)?|(?:19|20)[0-9]{2} )?(?:\p{Han}{0,5}?(?:片|电影|影片|动画|剧情片|纪录片|作品)|(?:[a-z-]+ ){0,3}(?:film|movie|epic|drama|comedy|thriller|documentary|feature|classic|masterpiece|debut|picture|noir|biopic|melodrama|western|musical|satire|sequel|blockbuster))?`
	// what may stand between the credits and the works they are for
	reNoun = `(?:最新作品|最新影片|最新电影|最新力作|全新作品|新作|新片|旧作|长片首作|新电影|作品|影片|电影|长片|首部长片|处女作|片子|动画电影|动画片|纪录片|遗作|短片|代表作|经典之作|名作|大片|力作|the film|the movie|new film|latest film|debut feature|debut|film|movie|feature)?`
)

var (
	segPostRe = regexp.MustCompile(`^(?:(?:是|则|并|均|都|分别)?由` + reTitleN + `)?(` + reL + `)(?:,? ?(?:(?:a|an|the) (?:[a-z0-9'’-]+ ){1,4})?who (?:also )?)?` + reAdv + `(` + reDirV + `|` + reActV + `|` + reOtherV + `)`)
	segPreRe  = regexp.MustCompile(`^(` + reDirN + `|` + reActN + `)(` + reL + `)`)
	// a cast gathered after the work: W集结了P、P等实力派演员
	segCastRe = regexp.MustCompile(`^(?:集结了|汇聚了|汇集了|云集了|集合了|聚集了|请来了|邀来了|集结|云集|汇聚)(` + reL + `)((?:\p{Han}{0,4})?(?:演员|明星|影星|主演|阵容|卡司|影帝|影后|戏骨))?`)
	// directed by P with P in the lead: the cast after a credit
	segLeadRe = regexp.MustCompile(`^,? ?(?:and )?with ?(` + reL + `) ?in the (?:lead|leads|leading role|leading roles|lead role|lead roles|title role|main role|main roles)\b`)
	segSepRe  = regexp.MustCompile(`^(?:、|,|和|与|并|及|;|/|\||携手|携|偕|连同|and|,and|with) ?`)
	// after a chain, before the works it is for
	toWorksRe = regexp.MustCompile(`^(?:了|过)?(?:的|'s|’s|之)?` + reDesc + reNoun + `(` + reWLN + `)`)
	// English credits fronted before their work: "Directed by P, W was"
	toWorksCommaRe = regexp.MustCompile(`^,(` + reWL + `)`)
	// after works, before a chain that is for them
	fromWorksRe = regexp.MustCompile(`^(?: ?\((?:19|20)[0-9]{2}\))?(?: ?(?:\([a-z][^()]{0,40}\) ?)?[-–—]|,which was|,which|,that|,a film|,both|,all|,each|的(?:[两三四五六七八九几多][位名个])?|,|\(|:|;|\||是|为|is|was)? ?`)
	// W(P) W(P,2000) W(P导演) W(导演:P) W(dir. P)
	parenRe = regexp.MustCompile(`^\((?:(?:19|20)[0-9]{2}(?:年)?,)?(?:(` + reDirN + `)|(` + reActN + `))?(` + reL + `)(?:(` + reDirV + `|` + reActV + `))?(,?(?:19|20)[0-9]{2}(?:年)?)?\)`)
	// P在W中饰演, P in W
	playedInRe = regexp.MustCompile(`^(` + reL + `)(?:凭借|凭|因|以)?(?:在|于)` + reNoun + `(` + reWL + `)(?:(?:中|里|里面|当中),?)?(?:饰演|扮演|出演|主演|演|的\p{Han}{0,4}?表演|客串|的\p{Han}{0,4}?演技|的\p{Han}{0,4}?演出|的角色|的表现|饰|搭档|演对手戏|的对手戏|飙戏|对戏|塑造|把[^,。;!?]{1,8}?演|(身兼导演和主演|身兼编导演|自导自演|身兼导演与主演))`)
	// P凭借W获得…最佳男主角 / 影帝: an acting prize for a work says the person
	// acted in it
	actPrizeRe = regexp.MustCompile(rePrizeFor + `(?:最佳(?:男|女)?(?:主角|配角|演员|新演员|新人|男演员|女演员|男主角|女主角|男配角|女配角)|影帝|影后|视帝|视后)`)
	// P以W封帝: crowned best actor for the work, without a prize verb
	actCrownRe = regexp.MustCompile(`^(` + reL + `)(?:则|也|亦)?(?:凭借|凭着|凭|以|靠)` + reNoun + `(` + reWL + `)(?:中的表演|里的表演|的表演)?(?:封帝|封后|封影帝|封影后|称帝|称后)`)
	// 凭W获最佳导演: the prize names the director of W
	dirPrizeRe = regexp.MustCompile(rePrizeFor + `(?:最佳(?:新)?导演|best (?:new )?director)`)
	// English possessive and Chinese 的 with a film noun: P's W, P的新片W; P的处女作是2003年的W
	possessiveRe = regexp.MustCompile(`^(` + reP + `)(?:(?:19|20)[0-9]{2}年)?(?:'s|’s|'|的) ?(` + reDesc + reNoun + `|(?:own|latest|new|newest) (?:film|movie|feature|picture|entry),|own ?|(?:[a-z]+-[a-z]+ ?){1,2}|performance in ?|role in ?|turn in ?|导演处女作|导演作品|(?:films|movies|works|features) (?:include|included|including|such as) ?|(?:作品|电影|影片|代表作)(?:有|包括|如|是)|(?:长片|导演)?(?:处女作|首作)(?:是|为)(?:(?:19|20)[0-9]{2}年的?)?)(` + reWLN + `)`)
	// English acting: P plays a journalist in W, P, who plays X in W, P starred as X in W
	playsInRe = regexp.MustCompile(`^(` + reL + `),? ?(?:who )?(?:also )?(?:plays|played|portrays|portrayed|stars as|starred as|starring as|is cast as|was cast as|appears as|appeared as|plays the lead|played the lead|'s role as|’s role as|'s turn as|’s turn as|'s performance as|’s performance as|made (?:her|his|their) (?:film |screen |acting |big-screen )?debut|as(?: [a-z0-9'’.-]+){1,6}?)(?: [a-z0-9'’.-]+){0,6} in ?(` + reWL + `)`)
	// P饰演的A是W的…, P饰演的A在W中: the character between the actor and the work
	playedCharRe = regexp.MustCompile(`^(` + reL + `)(?:饰演|扮演)的(?:` + reP + `|\p{Han}{1,6}?)(?:是|在|于|成为|成了)(` + reWL + `)(?:中|里|的)`)
	// W中P饰演: the cast named after the work's frame
	worksActRe = regexp.MustCompile(`^(?:中|里|里面|当中),?(` + reL + `)(?:饰演|扮演|饰|出演|客串|的表演|的演技|的演出|的表现|飙戏|对戏|演对手戏|塑造了|把[^,。;!?]{1,8}?演(?:得|活|成))`)
	// In W, P plays X (the work's frame opened by "in")
	worksActEnRe = regexp.MustCompile(`^,(` + reL + `),? ?(?:plays|played|portrays|portrayed|stars as|starred as|is cast as|was cast as|appears as|appeared as)\b`)
	// the cast of W includes P and P
	castIncludesRe = regexp.MustCompile(`^ ?(?:includes|included|include|features|featured|is led by|was led by|comprises|boasts) ?(` + reL + `)`)
	// 导演P在W中: a director named in a work's frame is its director
	dirInRe = regexp.MustCompile(`^(?:导演|director )(` + reP + `)(?:在|于)(` + reW + `)(?:中|里|当中)`)
	// 导演P凭借W: a director named with the work a prize was for
	dirByRe = regexp.MustCompile(`^(?:导演|director )(` + reP + `)(?:凭借|凭着|凭|以)(` + reW + `)`)
	// P拍了W, P在2000年推出的W, P made W: a director's verb, credited when the lexicon or the
	// document knows P as a director
	shotRe = regexp.MustCompile(`^(` + reP + `)(?:这几年|近几年|近年|前几年|去年|今年|后来|曾经|曾|又|也|还|再次)?(?:(?:在|于)?(?:[0-9]{4}|[一二〇零九八七六五四三]{4})年(?:时|间)?)?(?:拍了|拍摄了|拍摄的|拍的|拍过|拍出了|拍出的|拍出|导的|导了|推出的|推出了|made|shot) ?(?:the film |the movie )?(` + reWL + `)`)
	// W是P拍的 / W是P导的: the work, then who shot it
	shotByRe = regexp.MustCompile(`^(?:是|,是|也是|都是)(` + reP + `)(?:拍的|导的|执导的|拍摄的|导演的)`)
	// W, a Korean War epic co-directed by P: a few words describe the work
	// before its English credit
	appositionByRe = regexp.MustCompile(`^,(?:the|a|an) (?:[a-z0-9'’$-]+ ){1,5}?((?:co-)?directed by|written and directed by|starring|toplined by|topped by)`)
	// W, by P
	byRe = regexp.MustCompile(`^,by ?(` + reP + `)(?:,|\.|;|$)`)
	// the director of W, P
	dirOfThenRe = regexp.MustCompile(`^,(` + reP + `)`)
	// W, P's martial-arts epic: an apposition naming the work's possessor
	// a person's film with no title after it, opening a sentence (Zhang
	// Yimou's movie was pulled, 张艺谋的这部电影): it points back
	possAnaphorRe = regexp.MustCompile(`^(` + reP + `)(?:'s|’s) ?(?:new |latest |own )?(?:movie|film)\b|^(` + reP + `)的这部(?:电影|影片|片子|新片)`)
	// the cast right after such an apposition
	appStarringRe = regexp.MustCompile(`^ ?(?:starring|co-starring|featuring) ?(` + reL + `)`)
	appositionRe  = regexp.MustCompile(`^,(` + reP + `)(?:'s|’s)(?: [0-9]{4}| ?\$ ?[0-9][0-9.,]*(?: million| billion| m| bn)?)?(?: ?[a-z-]+){0,3} ?(?:film|movie|epic|drama|comedy|thriller|documentary|feature|classic|masterpiece|debut|mystery|whodunit|romance|western|noir|fantasy|satire|musical|blockbuster|biopic|melodrama|adventure|animation|sequel|follow-up)`)
	// W, the war epic that P co-directed; W, which P directed
	objDirectedRe = regexp.MustCompile(`(` + reW + `),? ?(?:the (?: ?[a-z-]+){0,4}? ?(?:that|which)|which) ?(` + reL + `) ?(?:co-directed|directed|helmed|co-helmed)\b`)
	// …and in which he also stars: the person the clause before credits
	// acts too
	andInWhichRe = regexp.MustCompile(`(` + reW + `),? ?which ?(` + reP + `) ?(?:co-directed|directed|helmed)(?: [a-z]+){0,2}? and in which (?:he|she) (?:also )?(?:stars|starred|plays|played|appears|appeared)\b`)
	// W, …, with P in the lead
	withLeadRe = regexp.MustCompile(`(` + reW + `)[^;` + reW + `]{0,100}?,? ?with ?(` + reL + `) ?in the (?:lead|leads|leading role|leading roles|lead role|title role|main role)\b`)
	// W, the P film starring Q
	theNameFilmRe = regexp.MustCompile(`(` + reW + `),? ?the ?(` + reP + `) ?(?:film|movie|drama|comedy|thriller|epic|feature|picture|documentary|production)\b`)
	// W是P的作品: the possessor of a work the text describes
	isWorkOfRe = regexp.MustCompile(`^(?:是|为|,是|,is|is|,was|was|,)(` + reP + `)(?:(?:19|20)[0-9]{2}年?)?(?:继` + reW + `(?:之后|后)?)?(?:'s|’s|的)?(?:又一部|新一部|第[一二三四五六七八九十0-9]+部)?(?:最新作品|新作|新片|作品|电影|影片|长片|处女作|代表作|遗作|film|movie|debut|latest)`)
	// P是W的导演, P, the director of W
	roleOfRe = regexp.MustCompile(`^(` + reL + `)(?:是|为|担任|出任|,the |,)(?:` + reWL + `)?(` + reWL + `)(?:的)?(导演|主演|男主角|女主角|主角)|^(` + reL + `),? ?(?:the )?(director|star|lead) of(` + reWL + `)`)
	// "P as director of W" names a crew role, not a part
	crewRoleEn = regexp.MustCompile(`\b(?:director|directors|producer|writer|screenwriter|cinematographer|composer|editor)\b`)
	yearOnlyRe = regexp.MustCompile(`[0-9]{4}`)
	worksRe    = regexp.MustCompile(`^` + reWLN)
	dirVRe     = regexp.MustCompile(`^` + reDirV + `$`)
	dirNRe     = regexp.MustCompile(`^` + reDirN + `$`)
	otherVRe   = regexp.MustCompile(`^` + reOtherV + `$`)
)

// playedByRe is a part played by an actor (a woman, played by his wife
// P): a few words may describe the actor before the name.
var playedByRe = regexp.MustCompile(`,? ?(?:is |was )?played by ?(?:(?:his|her|their|the|a|an) (?:[a-z'’-]+ ?){0,4})?(` + reL + `)`)

// prizeForRe is a person winning a prize with a work (P凭W获…), the
// prize left open; crewPrizeRe the prizes of crew other than the director.
var (
	prizeForRe  = regexp.MustCompile(rePrizeFor)
	crewPrizeRe = regexp.MustCompile(`编剧|剧本|摄影|剪辑|音乐|配乐|美术|音效|造型|服装|视觉|动作|歌曲|监制|制片|screenplay|cinematograph|editing|score|music|design|producer`)
)

// afterWork matches re at byte j of shape string s, right after work w.
// "Ne Zha 2," the animated sequel directed by P: when w's closing quote
// holds the comma, the comma the pattern expects is read there.
func (c *Context) afterWork(re *regexp.Regexp, s string, j int, w *Found) []int {
	if m := re.FindStringSubmatchIndex(win(s, j)); m != nil || !c.quoteEndsInComma(w) {
		return m
	}
	m := re.FindStringSubmatchIndex("," + win(s, j))
	for k := range m {
		if m[k] > 0 {
			m[k]--
		}
	}
	return m
}

// clauseTail is s up to its first clause mark.
func clauseTail(s string) string {
	if k := strings.IndexAny(s, ",;。.!?:"); k >= 0 {
		return s[:k]
	}
	return s
}

// ownPartRe is an actor and the part as the actor's own (周润发的李慕白,
// Chow Yun-fat's Li Mu Bai): two to four Han characters, or capitalised
// words, after the possessive, opening a clause.
var ownPartRe = regexp.MustCompile(`(?:^|,|;)(` + reP + `)(?:的\p{Han}{2,4}|(?:'s|’s) ([a-z]+))`)

// castMoreRes are more ways reviews name a cast with no work in the
// sentence: the part first (饰演玉娇龙的章子怡), the part in parentheses
// after the actor (周润发（饰李慕白）), the actors' performance (张震、郑佩佩
// 等人的演出; the last entry, for actors the lexicon knows). Group 1
// holds the people.
var castMoreRes = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|,|;)(?:饰演|扮演)\p{Han}{1,6}?的(` + reL + `)`),
	regexp.MustCompile(`(` + reP + `)\((?:饰演|饰) ?\p{Han}{1,6}\)`),
	// Its cast also includes P and P (the film of the passage)
	regexp.MustCompile(`^(?:its|the film's|the movie's) (?:supporting )?cast (?:also )?(?:includes|included|features|featured|comprises|boasts) ?(` + reL + `)`),
	regexp.MustCompile(`(?:^|,|;)(` + reL + `)(?:等人|等)?的(?:演出|表演|演技)`),
}

// castRe is an actor and a part with no work named: P饰演A, P plays A;
// also the part first (李慕白一角由P饰演).
// A bare 演 states a part when a part follows it (宋佳演单亲妈妈, 廖凡演追捕
// 他的刑警队长), not when it opens another word (演技, 演员, 演出, 演讲).
var castRe = regexp.MustCompile(`(?:^|,|;|片中,?|in it,? ?|由)(?:and ?)?(?:(?:[a-z-]+ ){0,2}(?:star|actor|actress|veteran|newcomer) ?|演员|影星|女星|男星)?(` + reL + `) ?(?:则|也|还|又|分别)?(?:所饰的|所饰演的|饰演|扮演|饰|诠释的|诠释了|演绎的|演绎了|演活了|演活|化身为|演(?:了)?(?:一|两)(?:对|个|位|名)|演得|演的|portrays|portrayed|stars as|starred as|toplines as|toplined as|co-stars\.|co-starred\.|plays the role of|played the role of|is cast as|was cast as|plays (?:a|an|the|his|her) |played (?:a|an|the|his|her) |co-stars?(?:,| as )|演[^\x00-\x7f\x{E000}-\x{E0FF}技员出讲唱艺绎过戏变进义示练奏播说得的了完砸着到成上下起好坏不也又都一两们]\p{Han})`)

// soleAntecedent is the film the passage before off has named, when it has
// named exactly one film from that mention's paragraph (at most two back)
// to this one.
func (c *Context) soleAntecedent(off int, ms []*Found) *Found {
	a := c.antecedent(off, ms)
	if a == nil {
		return nil
	}
	pi := c.ParaOf(off)
	if a.Para < pi-2 {
		return nil // up to two paragraphs back: a news story's film, then a paragraph about it, then its cast
	}
	for _, f := range ms {
		if f.QEnd > off {
			break
		}
		if f.Type == schema.Work && f.Para >= min(a.Para, pi-1) && f.Entity != a.Entity {
			return nil
		}
	}
	return a
}

// titleFilm is the film the document's title names in title marks
// (《南方车站的聚会》：一场走不出影展的夜行), when exactly one work of the text
// is so named: its mention nearest before off, or nil.
func (c *Context) titleFilm(off int, ms []*Found) *Found {
	var named quad.IRI
	for _, m := range titleMarkRe.FindAllStringSubmatch(lexicon.ToSimplified(c.headline()), -1) {
		key := lexicon.Key(m[1])
		for _, f := range ms {
			if f.Type != schema.Work || !screenKind(f.Kind) {
				continue
			}
			e := c.Batch.Entities[f.Entity]
			if lexicon.Key(lexicon.ToSimplified(f.Surface)) != key && lexicon.Key(e.Label) != key {
				continue
			}
			if named != "" && named != f.Entity {
				return nil
			}
			named = f.Entity
		}
	}
	var at *Found
	for _, f := range ms {
		if f.Entity == named && named != "" && f.QStart < off {
			at = f
		}
	}
	return at
}

var titleMarkRe = regexp.MustCompile(`《([^》]{1,40})》`)

// headline is the document's title, else a first paragraph that reads as
// one: a short line opening with a title in marks and ending in no
// sentence mark (《W》：一场走不出影展的夜行), which a reader took for text.
func (c *Context) headline() string {
	if c.Doc.Title != "" || len(c.Paras) < 2 {
		return c.Doc.Title
	}
	p := strings.TrimSpace(c.Doc.Text[c.Paras[0].Start:c.Paras[0].End])
	if !strings.HasPrefix(p, "《") || utf8.RuneCountInString(p) > 40 || strings.ContainsAny(p, "。！？!?；;") {
		return ""
	}
	return p
}

// sectionSoleFilm is the film mentioned before off in its section when
// the section mentions no other work of the screen, else nil.
func (c *Context) sectionSoleFilm(off int, ms []*Found) *Found {
	pi := c.ParaOf(off)
	if pi < 0 {
		return nil
	}
	sec := c.Paras[pi].Section
	var sole *Found
	for _, f := range ms {
		if f.Type != schema.Work || f.Para < 0 || c.Paras[f.Para].Section != sec {
			continue
		}
		if !screenKind(f.Kind) {
			continue
		}
		if sole != nil && sole.Entity != f.Entity {
			return nil
		}
		if sole == nil || f.QStart < off {
			sole = f
		}
	}
	if sole == nil || sole.QStart > off {
		return nil
	}
	return sole
}

// credit is one credit segment: people and the role the text gives them.
type credit struct {
	people   []*Found
	director bool
	other    bool // a crew role that is neither (监制): binds nothing
	cue      string
	strength float64 // 0: a credit the text states (0.9)
}

// credits finds directed_by and acted_in statements by the credit grammar
// above, sentence by sentence, in simplified and traditional Chinese and
// in English. Strength is 0.9 for a role verb or noun next to the names,
// 0.6 for a parenthesis or a possessive.
func (c *Context) credits() { c.eachSentenceShape((*Context).creditSentence) }

// coMentions runs coMentionCredits on every sentence, after every stage
// that reads credits in the text's own words.
func (c *Context) coMentions() {
	c.eachSentenceShape((*Context).coMentionCredits)
}

// eachSentenceShape calls fn with the shape of each sentence (or record)
// that names something, and the document's sorted mentions.
func (c *Context) eachSentenceShape(fn func(*Context, *shape, []*Found)) {
	ms := c.sorted()
	for pi := range c.Paras {
		p := c.Paras[pi]
		in := within(ms, p.Start, p.End)
		if len(in) == 0 {
			continue
		}
		for _, sp := range recordSpans(c.simple(), c.sentenceSpansOf(pi), in) {
			var sm []*Found
			for _, f := range in {
				if f.QStart >= sp[0] && f.QEnd <= sp[1] {
					sm = append(sm, f)
				}
			}
			if len(sm) == 0 {
				continue
			}
			fn(c, c.shapeWith(sp[0], sp[1], sm, ms), ms)
		}
	}
}

// recordSpans splits sentence spans further at filmography records run
// together on one line (《A》｜导演：X｜主演：Y《B》｜导演：Z): a work that a
// field bar follows opens a record of its own unless a bar stands right
// before it too (a field of a record that opens otherwise), so the cast
// that ends one record is not read as crediting the next record's work.
func recordSpans(text string, spans [][2]int, works []*Found) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		st := sp[0]
		for _, f := range works {
			if f.Type != schema.Work || f.QStart <= st || f.QEnd >= sp[1] {
				continue
			}
			after := strings.TrimLeft(text[f.QEnd:sp[1]], " \t\u3000")
			before := strings.TrimRight(text[st:f.QStart], " \t\u3000")
			if !fieldBar(after, true) || before == "" || fieldBar(before, false) {
				continue
			}
			out = append(out, [2]int{st, f.QStart})
			st = f.QStart
		}
		out = append(out, [2]int{st, sp[1]})
	}
	return out
}

// fieldBar reports a field bar (| or ｜) at the start (or, with !first,
// the end) of s.
func fieldBar(s string, first bool) bool {
	for _, b := range []string{"|", "｜"} {
		if first && strings.HasPrefix(s, b) || !first && strings.HasSuffix(s, b) {
			return true
		}
	}
	return false
}

// verbWorkOfRe is a credit verb, its work, then the people it names
// (执导该片的P, 主演《W》的P、P, 《W》中饰演女主角的P).
var verbWorkOfRe = regexp.MustCompile(`(` + reDirV + `|` + reActV + `)(?:过)?(` + reWL + `)的(` + reL + `)|(` + reWL + `)(?:中|里)(?:饰演|扮演|演过|出演过|演了)\p{Han}{0,8}?的(` + reL + `)`)

// English credits hung on a work: "W, in which P plays …", "W's star P",
// "W's director P", "In W, P plays …", "W features P as X and P as Y",
// "the cast of W — P, P and P", "with P and P in supporting roles".
var (
	inWRe = regexp.MustCompile(`(?:^|,|;)in ?(` + reWL + `),? ?(` + reL + `),? ?(?:` + reEnPartV + `|stars|starred)\b`)
	// …, while P took the role of A: another part of the same work
	alsoPlaysRe = regexp.MustCompile(`^[^;]*?(?:,? ?while|,? ?whereas|, ?and|;) ?(` + reL + `),? ?(?:` + reEnPartV + `)\b`)
	// W, starring his wife and longtime muse P: a few words may describe
	// the actor before the name
	castAsRe     = regexp.MustCompile(`(` + reWL + `),? ?(?:features|featured|featuring|stars|starred|starring) ?(?:(?:his|her|their|the|a|an) (?:[a-z'’-]+ ?){0,4})?((?:` + reP + `(?: ?as(?: [a-z'’.-]+){1,4})?(?:,? ?and ?|, ?|& ?)?)+)`)
	castOfDashRe = regexp.MustCompile(`cast of ?(` + reWL + `) ?(?:—|–|-|:|,)+ ?(` + reL + `)`)
	costarRe     = regexp.MustCompile(`(` + reL + `) ?(?:co-starred|co-stars|co-star|starred|stars|appeared|appears|acted|acts|共同出演了|合作了|搭档出演了|搭档) ?(?:alongside|with|opposite|和|与)? ?(` + reL + `) ?(?:in|在)? ?(` + reWL + `)`)
	supportingRe = regexp.MustCompile(`with (` + reL + `) in (?:the )?(?:supporting|lead|leading|key|major|main) roles?`)
	inWhichRe    = regexp.MustCompile(`(` + reWL + `),? ?in which ?(` + reL + `),? ?(?:plays|played|stars|starred|portrays|portrayed|appears|appeared|reprises|reprised|returns|returned|co-stars|co-starred|joins the (?:cast|ensemble)|joined the (?:cast|ensemble))\b`)
	// …in which P reprises his role and Q joins the ensemble
	inWhichAlsoRe = regexp.MustCompile(`(` + reWL + `),? ?in which ?` + reP + `[^;` + reW + `]{0,60}? and ?(` + reL + `) ?(?:joins|joined|plays|played|co-stars|co-starred|returns|returned) ?(?:the (?:cast|ensemble)|as)?\b`)
	workByRe      = regexp.MustCompile(`(` + reW + `),? ?the (?:[a-z0-9'’-]+ ){0,4}(?:film|movie|epic|drama|comedy|thriller|documentary|feature|debut|picture|noir|romance|melodrama) (?:by|from) ?(` + reP + `)`)
	whoseRe       = regexp.MustCompile(`(` + reP + `),? ?whose ?(?:[a-z0-9'’-]+ ?){0,3}(` + reW + `)`)
	// P rose to fame with W, P, best known for W: the lexicon decides
	// whether the work made the person's name as director or actor
	knownForRe = regexp.MustCompile(`(` + reL + `),? ?(?:who |which )?(?:rose to fame with|rose to fame in|shot to fame with|shot to fame in|(?:is |was )?(?:best |perhaps best |widely )?known for|broke out with|broke out in|made (?:her|his|their) name (?:in|with)|(?:gives|gave|delivers|delivered) (?:a|an|the) (?:[a-z-]+ ){0,3}performance in|face off in|faced off in|因|凭借|凭)(` + reWL + `)(?:而)?(?:走红|成名|一举成名|出名|爆红|被观众熟知|为人熟知)?`)
	// P, who starred in W1, later headlined W2: the relative clause's
	// subject keeps acting in the second work
	reEnActV     = `(?:starred in|stars in|star in|appeared in|appears in|headlined|headlines|led the cast of|leads the cast of|played in|acted in)`
	whoAlsoRe    = regexp.MustCompile(`(` + reL + `),? ?who (?:also )?` + reEnActV + ` ?(` + reWL + `),? ?(?:and )?(?:later|then|also|has since|since|went on to|would later|would go on to)? ?(?:` + reEnActV + `|star in|headline|appear in|lead the cast of) ?(` + reWL + `)`)
	dirWhoActsRe = regexp.MustCompile(`(` + reWL + `),? ?(?:is |was )?directed by ?(` + reP + `),? ?who (?:also )?(?:plays|played|stars|starred|appears|appeared|co-stars|co-starred|takes the role|took the role)\b`)
	// P headlines W alongside Q, Joining P in W is Q: Q is cast too
	alongsideRe = regexp.MustCompile(`(` + reWL + `),? ?alongside ?(` + reL + `)|joining ?(` + reL + `) ?in ?(` + reWL + `),? ?(?:is|are|was|were) ?(` + reL + `)`)
	// P (W1, W2) plays…: a filmography in parentheses after a name
	parenFilmsRe = regexp.MustCompile(`(` + reP + `) ?\((` + reWL + `)\)`)
	// English trade forms of direction: W helmer P, the P-directed W,
	// W marked P's directorial debut, P took Best Director for W, P, who
	// made W
	helmerRe     = regexp.MustCompile(`(` + reW + `) ?(?:helmer|helmers|filmmaker|auteur) ?(` + reL + `)`)
	hyphenDirRe  = regexp.MustCompile(`(` + reP + `)-(?:directed|helmed) ?(` + reWL + `)`)
	debutMarkRe  = regexp.MustCompile(`(` + reW + `),? ?(?:marked|marks|was|is|became|becomes) ?(` + reP + `)(?:'s|’s) ?(?:directorial|feature|directing|feature directorial) debut`)
	bestDirForRe = regexp.MustCompile(`(` + reP + `) ?(?:won|wins|took|takes|took home|picked up|claimed|received|was named) (?:the )?best director(?: prize| award| honou?rs?)?(?: at [^,.;]{1,40}?)? for ?(` + reW + `)`)
	whoMadeRe    = regexp.MustCompile(`(` + reP + `),? ?who (?:also )?(?:made|shot|helmed|directed) ?(` + reWL + `)`)
	// P和Q的表演撑起了W: a performance the work rests on
	performanceOfRe = regexp.MustCompile(`(` + reL + `)(?:等人|等)?的(?:\p{Han}{0,2}?)(?:表演|演技|演出|演绎)[^。;!?` + reW + `]{0,10}?(` + reW + `)`)
	// W剧组P、Q亮相: the production's people, in the lexicon's capacity
	crewOfRe = regexp.MustCompile(`(` + reW + `)(?:剧组|主创|主创团队|主创人员)(?:的)?(` + reL + `)`)
	// P从W1到W2: a stretch of the person's filmography
	fromToRe = regexp.MustCompile(`(` + reP + `)(?:这些年|多年来)?从(` + reWL + `)到(` + reWL + `)`)
	// W (2018), which also starred P, opposite Q
	whichStarredRe = regexp.MustCompile(`(` + reW + `)(?: ?\((?:19|20)[0-9]{2}\))?,? ?which (?:also )?(?:starred|stars|starring|featured|features) ?(` + reL + `)(?:,? ?opposite ?(` + reL + `))?`)
	// W …, with its lead P named best actor
	itsLeadRe = regexp.MustCompile(`(` + reW + `)[^;` + reW + `]{0,60}?,? ?with its (?:lead|star|leading man|leading lady|lead actor|lead actress) ?(` + reL + `)`)
	// W, the P-helmed animated feature
	wTheHyphenRe = regexp.MustCompile(`(` + reW + `),? ?the ?(` + reP + `)-(?:directed|helmed)`)
	// W … whose cast includes P, Q and R
	whoseCastRe = regexp.MustCompile(`(` + reW + `)[^;` + reW + `]{0,80}?whose (?:cast|ensemble) (?:includes|included|features|featured) ?(` + reL + `)`)
	// P, a veteran of W and W: the lexicon decides in what capacity
	veteranOfRe = regexp.MustCompile(`(` + reP + `),? ?an? (?:veteran|alumnus|alumna|regular) of ?(?:` + reP + `(?:'s|’s) ?)?(` + reWL + `)`)
	// P, who won best actor … for W
	actorPrizeForRe = regexp.MustCompile(`(` + reP + `),? ?(?:who )?(?:won|wins|took|took home|picked up|claimed|received|was named|were named|named) (?:the )?best (?:actor|actress|supporting actor|supporting actress|performance)(?: prize| award| honou?rs?)?(?: ?[a-z0-9]+){0,3}? ?for ?(` + reW + `)`)
	// P unveiled W at a festival: the lexicon decides
	unveiledRe = regexp.MustCompile(`(` + reP + `) ?(?:unveiled|unveils|premiered|premieres|presented|presents|brought|brings) ?(` + reWL + `)`)
	// W还有P、Q加盟: more of the work's cast
	alsoJoinRe = regexp.MustCompile(`(` + reW + `)(?:还有|另有|也有|更有)(` + reL + `)(?:等人|等)?(?:加盟|参演|出演|客串|助阵|加入)`)
	// 作为W的主演,P: a role the work gives the person the clause is about
	asRoleRe = regexp.MustCompile(`作为(` + reWL + `)的(?:(主演|男主角|女主角|主角|男一号|女一号|领衔主演)|(导演|编剧兼导演|编导))(?:之一)?,?(` + reL + `)`)
	// P主演过W1,也出演过W2: a second credit clause keeps the subject
	alsoCreditRe = regexp.MustCompile(`(` + reL + `)(?:曾经|曾|也|还)?(?:(` + reDirV + `)|` + reActV + `)(?:过|了)?(` + reWL + `),(?:也|还|又|并|更|后来又|后来)(?:曾经|曾)?(?:(` + reDirV + `)|` + reActV + `)(?:过|了)?(` + reWL + `)`)
	// W是…,P在其中饰演X: 其中 points back at the sentence's one work
	inItRe     = regexp.MustCompile(`(` + reW + `)[^` + reW + `。;!?]{0,30}?,(` + reL + `)(?:在其中|在里面|在该片中|在这部电影中|在这部电影里|在这部片子里|在片子里)(?:饰演|扮演|出演|演)`)
	workRoleRe = regexp.MustCompile(`(` + reWL + `)(?:'s|’s) (?:(star|stars|lead|leading lady|leading man|lead actor|lead actress|co-star)|(director|filmmaker)),? ?(` + reL + `)`)
)

// bringsRe is a person bringing a work to an event (刁亦男携《Y》亮相,
// 贾樟柯带着新片《Y》来到戛纳): the person's role in it is the lexicon's.
// A few words may describe the work before its noun (携蒙古语新作《Y》,
// 带着长片首作《Y》).
// advCreditRe is a person, a time adverb, a credit verb and 的 before the
// work (曹保平此前执导的《W》, 巩俐当年主演的《W》, P在2014年执导的W):
// the adverb keeps the chain grammar from seeing the verb.
var advCreditRe = regexp.MustCompile(`(` + reL + `)(?:此前|之前|早年|早前|先前|曾经|曾|也曾|还曾|去年|前年|当年|近年|(?:在|于)?(?:19|20)[0-9]{2}年)+(?:(执导|导演|拍摄|编导)|(主演|出演|参演))(?:的|了)(` + reWL + `)`)

// letWinRe is a work that let its actors win an acting prize (《W》曾让A、
// B、C三人共享…最佳男演员奖, 《W》让P拿下影后).
var letWinRe = regexp.MustCompile(`(` + reWL + `)(?:曾|也|更|还)?(?:让|使|帮|帮助|助)(` + reL + `)(?:三人|两人|二人|等人|一举|首次)*(?:共享|获得|拿下|斩获|摘得|荣获|问鼎|捧得|夺得|成为|拿到)(?:了)?[^。;!?]{0,24}?(?:最佳(?:男|女)?(?:主角|配角|演员|男演员|女演员|男主角|女主角|男配角|女配角)|影帝|影后)`)

var bringsRe = regexp.MustCompile(`(` + reL + `)(?:携|带着|带来|携手)(?:其|他的|她的)?(?:\p{Han}{0,6}?(?:最新作品|新作|新片|作品|影片|电影|首作|处女作))?(` + reWL + `)`)

// possessiveNounRe is a person then a work noun with no 的 (贾樟柯新作《Y》,
// 王家卫遗作《Y》): read as P的新作《Y》.
var possessiveNounRe = regexp.MustCompile(`^(` + reP + `)((?:长片|导演)?(?:最新作品|最新力作|最新电影|新作|新片|处女作|首作|遗作))(` + reWL + `)`)

// castOpening is the part of shape string s that the cast clauses without
// a work may be read in: all of s when it names no work, else its first
// clause when that clause names a part and no work (饰演A的P,), else "".
func castOpening(s string) string {
	w := strings.IndexRune(s, phWork)
	if w < 0 {
		return s
	}
	end := strings.IndexAny(s, ",;")
	if end < 0 || end > w {
		return ""
	}
	head := s[:end]
	for _, re := range castMoreRes {
		if re.MatchString(head) {
			return head
		}
	}
	if castRe.MatchString(head) {
		return head
	}
	return ""
}

// passageFilm is the first of the candidate films (nil where none); but
// when the lexicon casts none of the sentence's people in it and casts one
// of them in a later candidate, that one: a review's cast paragraph after a
// passing comparison (没有一丝《泰囧》时候的用力。马伊琍饰演的…) is about
// the film the review is of.
func passageFilm(cands, people []*Found) *Found {
	var first *Found
	for _, a := range cands {
		if a == nil {
			continue
		}
		if first == nil {
			first = a
		}
		for _, p := range people {
			if p.Type == schema.Person && lexCredit(a, p) == "actor" {
				return a
			}
		}
	}
	return first
}

func (c *Context) creditSentence(sh *shape, ms []*Found) {
	s := sh.s
	c.framedCredits(sh)
	c.lexicalCredits(sh, ms)
	// 巩俐饰演九儿，姜文饰演余占鳌 after a sentence naming the film: a part
	// needs a film, and the passage has just named one. A sentence that
	// opens with its cast and names other works only after it (饰演周泽农的
	// 胡歌，是观众从《琅琊榜》里认识的) reads its opening the same way.
	if cs := castOpening(s); cs != "" {
		s := cs
		castMore := false
		for _, re := range castMoreRes {
			castMore = castMore || re.MatchString(s)
		}
		if castRe.MatchString(s) || ownPartRe.MatchString(s) || castMore {
			// the film just named; else, in a review of one film that names
			// its cast paragraphs after the title, the section's only film;
			// else, in a review that discusses the director's other films
			// too, the film its title names; else the paragraph's one film
			cands := []*Found{c.soleAntecedent(sh.off[0], ms), c.sectionSoleFilm(sh.off[0], ms), c.titleFilm(sh.off[0], ms), c.paraSoleFilm(sh.off[0], ms)}
			a := passageFilm(cands, sh.mentions(0, len(s)))

			if a != nil {
				for _, cm := range castRe.FindAllStringSubmatchIndex(s, -1) {
					c.bindCredits(sh, []credit{{people: sh.mentions(cm[2], cm[3]), cue: "P饰演A (the film of the passage)"}}, []*Found{a}, cm[0], cm[1])
				}
				for ri, re := range castMoreRes {
					for _, cm := range re.FindAllStringSubmatchIndex(s, -1) {
						ps := sh.mentions(cm[2], cm[3])
						if ri == len(castMoreRes)-1 {
							// a performance (演出) may be a concert: only
							// people the lexicon knows as actors
							ps = slices.DeleteFunc(ps, func(p *Found) bool { return p.Person == nil || !isActor(p) })
						}
						c.bindCredits(sh, []credit{{people: ps, cue: "饰演A的P (the film of the passage)"}}, []*Found{a}, cm[0], cm[1])
					}
				}
				// 周润发的李慕白, Chow Yun-fat's Li Mu Bai: a part named as
				// the actor's own, for an actor the lexicon casts in the film
				for _, cm := range ownPartRe.FindAllStringSubmatchIndex(s, -1) {
					if cm[4] >= 0 && !unicode.IsUpper(firstRune(c.Doc.Text[sh.off[cm[4]]:])) {
						continue // the shape is lower case: the part's name must be capitalised in the text
					}
					for _, p := range sh.mentions(cm[2], cm[3]) {
						if p.Person != nil && a.Film != nil && slices.Contains(a.Film.Actors, p.Person.Name) {
							c.bindCredits(sh, []credit{{people: []*Found{p}, cue: "P的A (a part of the passage's film)"}}, []*Found{a}, cm[0], cm[1])
						}
					}
				}
			}
		}
	}
	if w := soleWorkBefore(sh, len(s)); w != nil {
		// The film follows a woman, played by his longtime collaborator
		// P: a part played by P, in the one film the sentence names
		for _, m := range playedByRe.FindAllStringSubmatchIndex(s, -1) {
			if before := strings.TrimRight(s[:m[0]], " "); strings.HasSuffix(before, " be") || strings.HasSuffix(before, "been") || strings.HasSuffix(before, "not") {
				continue // to be played by, has not been played by: no part yet
			}
			c.bindCredits(sh, []credit{{people: castNotPossessors(sh, m[2], m[3]), cue: "played by P"}}, []*Found{w}, m[0], m[1])
		}
	}
	if !strings.ContainsRune(s, phWork) {
		// Remember W? P's movie was pulled …: a person's film with no
		// title, opening the sentence, is the film the paragraph has named
		if m := possAnaphorRe.FindStringSubmatchIndex(s); m != nil {
			if a := c.paraSoleFilm(sh.off[0], ms); a != nil {
				p := sh.at[m[2]]
				if r := c.lexRole(a, p); r != "" {
					c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: "P's film (the film just named)"}}, []*Found{a}, 0, m[1])
				}
			}
		}
	}
	if !strings.ContainsRune(s, phWork) && !segPreRe.MatchString(s) && chainCanStart(s, 0) {
		// 说到这里，想谈谈《W》。P编剧并执导，…: a clause of credits alone
		// opening a sentence, after a paragraph that has named one film
		if segs, end := c.chain(sh, 0, false); len(segs) > 0 && clauseEndsAt(s, end) {
			if a := c.paraSoleFilm(sh.off[0], ms); a != nil {
				c.bindCredits(sh, segs, []*Found{a}, 0, end)
			}
		}
	}
	if !strings.ContainsRune(s, phWork) && segPreRe.MatchString(s) {
		// a credit line under a title line (导演：X / 主演：A、B)
		if segs, end := c.chain(sh, 0, true); len(segs) > 0 && (strings.Trim(s[end:], " .。;,") == "" || eventTail(s[end:]) || nameListTail(s[end:])) {
			if a := c.antecedent(sh.off[0], ms); a != nil {
				c.bindCredits(sh, segs, []*Found{a}, 0, end)
			}
		}
		return
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == phWork:
			// works, then credits for them
			if m := worksRe.FindStringIndex(win(s, i)); m != nil {
				works := sh.mentions(i, i+m[1])
				j := i + m[1]
				if lead := fromWorksRe.FindStringIndex(win(s, j)); lead != nil {
					if segs, end := c.chain(sh, j+lead[1], true); len(segs) > 0 {
						segs = dropNextSubject(sh, segs, end)
						if strings.Contains(s[j:end], "分别") && respectively(segs, works) {
							// 《A》《B》分别由X、Y执导: the i-th person is the i-th work's
							for _, sg := range segs {
								for k, p := range sg.people {
									one := sg
									one.people = []*Found{p}
									c.bindCredits(sh, []credit{one}, works[k:k+1], i, end)
								}
							}
							i = end
							continue
						}
						c.bindCredits(sh, segs, works, i, end)
						i = end
						continue
					}
				}
				am := c.afterWork(appositionByRe, s, j, works[len(works)-1])
				if am != nil && !strings.HasPrefix(strings.TrimLeft(s[j:j+am[2]], ","), "the former ") {
					// W, the animated sequel directed by P: a described
					// work, then its credits; "A and B, the latter starring
					// P" is B's (the former would be A's: left alone)
					if segs, end := c.chain(sh, j+am[2], true); len(segs) > 0 {
						c.bindCredits(sh, segs, works[len(works)-1:], i, end)
					}
				}
				if om := shotByRe.FindStringSubmatchIndex(win(s, j)); om != nil {
					// 《英雄》是张艺谋拍的: who shot it, by the person's known role
					p := sh.at[j+om[2]]
					if r := c.lexRole(works[len(works)-1], p); r != "" {
						c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: "W是P拍的"}}, works[len(works)-1:], i, j+om[1])
					}
				}
				if om := isWorkOfRe.FindStringSubmatchIndex(win(s, j)); om != nil {
					p := sh.at[j+om[2]]
					if r := c.lexRole(works[len(works)-1], p); r != "" {
						c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: "W是P的作品"}}, works, i, j+om[1])
					}
				}
				if pm := parenRe.FindStringSubmatchIndex(win(s, j)); pm != nil {
					c.parenCredit(sh, works, j, pm)
				} else if strings.HasPrefix(s[j:], "(") {
					// W(P导演,P、P主演): a whole credit chain in parentheses
					if segs, end := c.chain(sh, j+1, false); len(segs) > 0 && strings.HasPrefix(s[end:], ")") {
						c.bindCredits(sh, segs, works[len(works)-1:], i, end+1)
					}
				}
				if bm := byRe.FindStringSubmatchIndex(win(s, j)); bm != nil {
					c.bindCredits(sh, []credit{{people: sh.mentions(j+bm[2], j+bm[3]), director: true, cue: "W, by P"}}, works[len(works)-1:], i, j+bm[1])
				}
				if dm := dirOfThenRe.FindStringSubmatchIndex(win(s, j)); dm != nil && strings.HasSuffix(strings.TrimRight(s[:i], " "), "director of") {
					c.bindCredits(sh, []credit{{people: sh.mentions(j+dm[2], j+dm[3]), director: true, cue: "the director of W, P"}}, works[len(works)-1:], i, j+dm[1])
				}
				if am := worksActEnRe.FindStringSubmatchIndex(win(s, j)); am != nil && strings.HasSuffix(strings.TrimRight(s[:i], " "), "in") {
					c.bindCredits(sh, []credit{{people: sh.mentions(j+am[2], j+am[3]), cue: "in W, P plays"}}, works[len(works)-1:], i, j+am[1])
				}
				if am := castIncludesRe.FindStringSubmatchIndex(win(s, j)); am != nil && strings.HasSuffix(strings.TrimRight(s[:i], " "), "cast of") {
					c.bindCredits(sh, []credit{{people: castNotPossessors(sh, j+am[2], j+am[3]), cue: "the cast of W includes"}}, works[len(works)-1:], i, j+am[1])
				}
				if am := worksActRe.FindStringSubmatchIndex(win(s, j)); am != nil {
					c.bindCredits(sh, []credit{{people: sh.mentions(j+am[2], j+am[3]), cue: "W中P饰演"}}, works[len(works)-1:], i, j+am[1])
				}
				if am := c.afterWork(appositionRe, s, j, works[len(works)-1]); am != nil {
					p := sh.at[j+am[2]]
					w := works[len(works)-1]
					if r := c.lexRole(w, p); r != "" {
						c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: "W, P's film"}}, []*Found{w}, i, j+am[1])
					}
					// W, P's monster movie starring Q: the apposition's cast
					if sm := appStarringRe.FindStringSubmatchIndex(win(s, j+am[1])); sm != nil {
						k := j + am[1]
						c.bindCredits(sh, []credit{{people: castNotPossessors(sh, k+sm[2], k+sm[3]), cue: "W, P's film starring Q"}}, []*Found{w}, i, k+sm[1])
					}
				}
			}
		case r == phPerson || unicode.IsLetter(r):
			if m := matchIf(r == '导' || r == 'd', dirInRe, win(s, i)); m != nil {
				c.directorIn(sh, i, m)
			}
			if m := matchIf(r == '导' || r == 'd', dirByRe, win(s, i)); m != nil {
				c.directorIn(sh, i, m)
			}
			if m := matchIf(r == phPerson, shotRe, win(s, i)); m != nil {
				p := sh.at[i]
				for _, w := range sh.mentions(i+m[4], i+m[5]) {
					if c.lexRole(w, p) == "director" {
						c.bindCredits(sh, []credit{{people: []*Found{p}, director: true, cue: "P拍了W"}}, []*Found{w}, i, i+m[1])
					}
				}
			}
			// the person-first patterns open with a placeholder P
			if end, ok := c.actingShape(sh, r, i); ok {
				i = end
				continue
			}
			if m := matchIf(r == phPerson, prizeForRe, win(s, i)); m != nil {
				// P凭W获评审团大奖: a prize won with a work is for the
				// work a known director made (not a crew prize: 最佳编剧)
				ws := sh.mentions(i+m[4], i+m[5])
				ps := sh.mentions(i+m[2], i+m[3])
				if tail := clauseTail(s[i+m[1]:]); len(ps) == 1 && len(ws) == 1 && !crewPrizeRe.MatchString(tail) {
					w, p := ws[0], ps[0]
					otherDirs := w.Film != nil && len(w.Film.Directors) > 0 && (p.Person == nil || !slices.Contains(w.Film.Directors, p.Person.Name))
					if !otherDirs && c.lexRole(w, p) == "director" && (p.Via != "pronoun" || c.knownDirector(p)) {
						c.bindCredits(sh, []credit{{people: ps, director: true, cue: "P凭W获奖 (a known director)"}}, ws, i, i+m[1])
					}
				}
			}
			if m := matchIf(r == phPerson, roleOfRe, win(s, i)); m != nil {
				pa, pb, wa, wb, ra, rb := m[2], m[3], m[4], m[5], m[6], m[7]
				if pa < 0 {
					pa, pb, ra, rb, wa, wb = m[8], m[9], m[10], m[11], m[12], m[13]
				}
				role := s[i+ra : i+rb]
				dir := role == "导演" || role == "director"
				c.bindCredits(sh, []credit{{people: sh.mentions(i+pa, i+pb), director: dir, cue: role}}, sh.mentions(i+wa, i+wb), i, i+m[1])
				i += m[1]
				continue
			}
			if m := matchIf(r == phPerson, possessiveRe, win(s, i)); m != nil && (m[5] > m[4] || !strings.HasPrefix(s[i+len(reP):], "的")) {
				c.possessive(sh, i, m)
				break
			}
			if m := matchIf(r == phPerson, possessiveNounRe, win(s, i)); m != nil {
				c.possessive(sh, i, m)
				break
			}
			// credits, then the works they are for
			if !chainCanStart(s, i) {
				break
			}
			if segs, end := c.chain(sh, i, false); len(segs) > 0 {
				if m := toWorksRe.FindStringSubmatchIndex(win(s, end)); m != nil {
					works := sh.mentions(end+m[2], end+m[3])
					c.bindCredits(sh, segs, works, i, end+m[1])
					i = end + m[1]
					i = c.trailingCast(sh, works, i)
					continue
				}
				// "Directed by P, W was …": an English credit opening the sentence
				if m := toWorksCommaRe.FindStringSubmatchIndex(win(s, end)); m != nil && i == 0 && latinCue(segs) {
					c.bindCredits(sh, segs, sh.mentions(end+m[2], end+m[3]), i, end+m[1])
					i = end + m[1]
					continue
				}
				// 《W》入围主竞赛单元，A、B领衔主演。: a clause of credits alone,
				// after a clause about the one work the sentence names
				if w := soleWorkBefore(sh, i); w != nil && i > 0 && s[i-1] == ',' && (clauseEndsAt(s, end) || eventVerbEnds(s, end) || titledSubject(sh, w, i)) {
					c.bindCredits(sh, segs, []*Found{w}, i, end)
					i = end
					continue
				}
			}
		}
		i += n
	}
}

// workPeopleFrames are credit frames that hold both their works and their
// people, matched anywhere in a sentence: group works holds the works,
// group people the actors.
// reEnPartV are the English verbs of playing a part.
const reEnPartV = `plays|played|portrays|portrayed|takes the role of|took the role of|is cast as|was cast as|stars as|starred as`

var workPeopleFrames = []struct {
	re            *regexp.Regexp
	works, people int
	cue           string
}{
	{inWRe, 1, 2, "In W, P plays"},
	{castAsRe, 1, 2, "W features P as A"},
	{castOfDashRe, 1, 2, "the cast of W — P"},
	{inWhichRe, 1, 2, "W, in which P plays"},
}

// enActBeforeRe is an English acting verb ending the text before a work.
var enActBeforeRe = regexp.MustCompile(`(?:` + reActV + `) ?$`)

// actVerbBefore reports an acting verb right before the work list that
// starts at the end of s (P headlines W alongside Q).
func actVerbBefore(s string) bool { return enActBeforeRe.MatchString(s) }

// framedCredits binds the credits of frames that carry their own works
// and people (see workPeopleFrames, and below), before the chain grammar
// reads the sentence.
func (c *Context) framedCredits(sh *shape) {
	s := sh.s
	if !strings.ContainsRune(s, phWork) || !strings.ContainsRune(s, phPerson) {
		return // every frame binds people to a work of the sentence
	}
	group := func(m []int, g int) []*Found { return sh.mentions(m[2*g], m[2*g+1]) }
	groups := func(m []int, gs []int) []*Found {
		var out []*Found
		for _, g := range gs {
			out = append(out, group(m, g)...)
		}
		return out
	}
	for _, f := range workPeopleFrames {
		for _, m := range f.re.FindAllStringSubmatchIndex(s, -1) {
			c.bindCredits(sh, []credit{{people: castNotPossessors(sh, m[2*f.people], m[2*f.people+1]), cue: f.cue}}, group(m, f.works), m[0], m[1])
			if f.re != inWRe {
				continue
			}
			// In W, P played A, while P took the role of B: each part
			// the sentence goes on to name is of the same work
			for at := m[1]; ; {
				am := alsoPlaysRe.FindStringSubmatchIndex(s[at:])
				if am == nil {
					break
				}
				c.bindCredits(sh, []credit{{people: sh.mentions(at+am[2], at+am[3]), cue: f.cue}}, group(m, f.works), at, at+am[1])
				at += am[1]
			}
		}
	}
	for _, f := range fixedFrames {
		for _, m := range f.re.FindAllStringSubmatchIndex(s, -1) {
			c.bindCredits(sh, []credit{{people: groups(m, f.people), director: f.director, cue: f.cue}}, groups(m, f.works), m[0], m[1])
		}
	}
	for _, f := range capacityFrames {
		for _, m := range f.re.FindAllStringSubmatchIndex(s, -1) {
			if f.keep != nil && !f.keep(s[m[0]:m[1]]) {
				continue
			}
			for _, p := range group(m, f.people) {
				for _, w := range groups(m, f.works) {
					if r := f.capacity(c, w, p, s[m[0]:m[1]]); r != "" {
						c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: f.cue}}, []*Found{w}, m[0], m[1])
					}
				}
			}
		}
	}
	// P此前执导的W, P当年主演的W
	for _, m := range advCreditRe.FindAllStringSubmatchIndex(s, -1) {
		c.bindCredits(sh, []credit{{people: group(m, 1), director: m[4] >= 0, cue: "P(adverb)执导的W"}}, group(m, 4), m[0], m[1])
	}
	// W's star P, W's director P
	for _, m := range workRoleRe.FindAllStringSubmatchIndex(s, -1) {
		role := s[max(m[4], m[6]):max(m[5], m[7])]
		c.bindCredits(sh, []credit{{people: group(m, 4), director: m[6] >= 0, cue: "W's " + role}}, group(m, 1), m[0], m[1])
	}
	// W alongside Q (after a credit of W), Joining P in W is Q
	for _, m := range alongsideRe.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 {
			if actVerbBefore(s[:m[2]]) {
				c.bindCredits(sh, []credit{{people: group(m, 2), cue: "W alongside P"}}, group(m, 1), m[0], m[1])
			}
			continue
		}
		c.bindCredits(sh, []credit{{people: append(group(m, 3), group(m, 5)...), cue: "Joining P in W is Q"}}, group(m, 4), m[0], m[1])
	}
	// W, the P film starring Q
	for _, m := range theNameFilmRe.FindAllStringSubmatchIndex(s, -1) {
		c.bindCredits(sh, []credit{{people: group(m, 2), director: true, cue: "W, the P film"}}, group(m, 1), m[0], m[1])
		if sm := appStarringRe.FindStringSubmatchIndex(s[m[1]:]); sm != nil {
			k := m[1]
			c.bindCredits(sh, []credit{{people: castNotPossessors(sh, k+sm[2], k+sm[3]), cue: "W, the P film starring Q"}}, group(m, 1), m[0], k+sm[1])
		}
	}
	// 作为W的主演,P
	for _, m := range asRoleRe.FindAllStringSubmatchIndex(s, -1) {
		c.bindCredits(sh, []credit{{people: group(m, 4), director: m[6] >= 0, cue: "作为W的" + s[max(m[4], m[6]):max(m[5], m[7])]}}, group(m, 1), m[0], m[1])
	}
	// P主演过W1,也出演过W2
	for _, m := range alsoCreditRe.FindAllStringSubmatchIndex(s, -1) {
		c.bindCredits(sh, []credit{{people: group(m, 1), director: m[4] >= 0, cue: "P…,也…W"}}, group(m, 3), m[0], m[1])
		c.bindCredits(sh, []credit{{people: group(m, 1), director: m[8] >= 0, cue: "P…,也…W"}}, group(m, 5), m[0], m[1])
	}
	// 执导该片的P, 主演《W》的P; 《W》中饰演女主角的P
	for _, m := range verbWorkOfRe.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 {
			cue := s[m[2]:m[3]]
			c.bindCredits(sh, []credit{{people: group(m, 3), director: dirVRe.MatchString(cue), cue: cue + "W的P"}}, group(m, 2), m[0], m[1])
		} else {
			c.bindCredits(sh, []credit{{people: group(m, 5), cue: "W中饰演…的P"}}, group(m, 4), m[0], m[1])
		}
	}
	// the rest need the sentence's one work
	if m := supportingRe.FindStringSubmatchIndex(s); m != nil {
		if w := soleWorkBefore(sh, m[0]); w != nil {
			c.bindCredits(sh, []credit{{people: group(m, 1), cue: "with P in supporting roles"}}, []*Found{w}, m[0], m[1])
		}
	}
	if w := soleWorkBefore(sh, len(s)); w != nil {
		// 《W》中，P饰A，P饰B: a cast list in a sentence about one work
		first := strings.IndexRune(s, phWork)
		for _, m := range castRe.FindAllStringSubmatchIndex(s, -1) {
			if m[0] > first {
				c.bindCredits(sh, []credit{{people: group(m, 1), cue: "W中，P饰A"}}, []*Found{w}, m[0], m[1])
			}
		}
	}
}

// fixedFrames state their capacity: the people (regexp groups) directed
// or acted in the works (groups).
var fixedFrames = []struct {
	re            *regexp.Regexp
	people, works []int
	director      bool
	cue           string
}{
	{costarRe, []int{1, 2}, []int{3}, false, "P co-starred with P in W"},
	{letWinRe, []int{2}, []int{1}, false, "W让P获最佳演员"}, // the work's actors won for it
	{whoAlsoRe, []int{1}, []int{2, 3}, false, "P, who starred in W, later headlined W"},
	{dirWhoActsRe, []int{2}, []int{1}, false, "directed by P, who also plays"},
	{helmerRe, []int{2}, []int{1}, true, "W helmer P"},
	{hyphenDirRe, []int{1}, []int{2}, true, "the P-directed W"},
	{debutMarkRe, []int{2}, []int{1}, true, "W marked P's directorial debut"},
	{bestDirForRe, []int{1}, []int{2}, true, "P took Best Director for W"},
	{inWhichAlsoRe, []int{2}, []int{1}, false, "W, in which P…and Q joins"},
	{whichStarredRe, []int{2, 3}, []int{1}, false, "W, which starred P"},
	{itsLeadRe, []int{2}, []int{1}, false, "W, with its lead P"},
	{wTheHyphenRe, []int{2}, []int{1}, true, "W, the P-helmed"},
	{whoseCastRe, []int{2}, []int{1}, false, "W, whose cast includes P"},
	{actorPrizeForRe, []int{1}, []int{2}, false, "P won best actor for W"},
	{objDirectedRe, []int{2}, []int{1}, true, "W, which P directed"},
	{andInWhichRe, []int{2}, []int{1}, false, "which P directed and in which he stars"},
	{withLeadRe, []int{2}, []int{1}, false, "W, with P in the lead"},
	{alsoJoinRe, []int{2}, []int{1}, false, "W还有P加盟"},
	{inItRe, []int{2}, []int{1}, false, "P在其中饰演"},
	{workByRe, []int{2}, []int{1}, true, "W, the film by P"}, // an apposition naming the maker
}

// capacityFrames say a person made a work without saying in what capacity:
// capacity decides it for each person and work ("" binds nothing); keep,
// when set, must accept the matched text.
var capacityFrames = []struct {
	re       *regexp.Regexp
	people   int
	works    []int
	capacity func(c *Context, w, p *Found, text string) string
	keep     func(text string) bool
	cue      string
}{
	{bringsRe, 1, []int{2}, lexCapacity, nil, "P携W"},
	{knownForRe, 1, []int{2}, lexCapacity, madeAName, "P rose to fame with W"},
	{parenFilmsRe, 1, []int{2}, lexCapacity, nil, "P (W, W)"},
	{crewOfRe, 2, []int{1}, lexCapacity, nil, "W剧组P"},
	{fromToRe, 1, []int{2, 3}, lexCapacity, nil, "P从W到W"},
	{whoseRe, 1, []int{2}, lexCapacity, nil, "P, whose W"},
	// these verbs say nothing of the capacity: only the lexicon's own
	// credit of this person for this film
	{veteranOfRe, 1, []int{2}, lexOwnCapacity, nil, "P, a veteran of W"},
	{unveiledRe, 1, []int{2}, lexOwnCapacity, nil, "P unveiled W"},
	{whoMadeRe, 1, []int{2}, madeCapacity, nil, "P, who made W"},
	{performanceOfRe, 1, []int{2}, performerCapacity, nil, "P的表演…W"},
}

func lexCapacity(c *Context, w, p *Found, _ string) string { return c.lexRole(w, p) }

func lexOwnCapacity(_ *Context, w, p *Found, _ string) string { return lexCredit(w, p) }

// madeCapacity: "made" is direction only for the film's director, or when
// the verb says so (who directed, who helmed).
func madeCapacity(c *Context, w, p *Found, text string) string {
	if c.lexRole(w, p) == "director" || strings.Contains(text, "direct") || strings.Contains(text, "helm") {
		return "director"
	}
	return ""
}

// performerCapacity: a performance is acting, for an actor.
func performerCapacity(c *Context, w, p *Found, _ string) string {
	if r := c.lexRole(w, p); r == "actor" || (r == "" && isActor(p)) {
		return "actor"
	}
	return ""
}

// madeAName keeps 因/凭 W only with a name made (因《W》而走红): alone it
// is a reason, not a career.
func madeAName(text string) bool {
	if !strings.ContainsAny(text, "因凭") {
		return true
	}
	return strings.HasSuffix(strings.TrimRight(text, "了"), "名") || strings.HasSuffix(text, "红") || strings.HasSuffix(text, "知")
}

// quoteEndsInComma reports a work quoted with the comma after it inside
// the closing quote mark ("Ne Zha 2," the sequel …), the American style.
func (c *Context) quoteEndsInComma(w *Found) bool {
	q := strings.TrimRight(c.Doc.Text[w.QStart:w.QEnd], "\"'”’")
	return len(q) < w.QEnd-w.QStart && strings.HasSuffix(q, ",")
}

// castNotPossessors returns the people of shape bytes [s,e) but those a
// possessive follows: in "stars Zhao Tao, Jia's wife" the name after the
// comma opens an apposition about the actor (Jia's wife), it is not a
// second member of the cast.
func castNotPossessors(sh *shape, s, e int) []*Found {
	var out []*Found
	for i := s; i < e; {
		_, n := utf8.DecodeRuneInString(sh.s[i:])
		if f, ok := sh.at[i]; ok {
			rest := sh.s[i+n:]
			if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ") {
				break
			}
			out = append(out, f)
		}
		i += n
	}
	return out
}

// respectively reports whether every credit segment names as many
// people as there are works, so 分别 can pair them in order.
func respectively(segs []credit, works []*Found) bool {
	for _, sg := range segs {
		if len(sg.people) != len(works) {
			return false
		}
	}
	return len(works) > 1
}

// actingShapes are the person-first acting patterns, tried in order at a
// person placeholder: group 1 holds the people, group 2 the works they
// acted in. notCrew rejects a match that names a crew role (the director
// of X plays…).
var actingShapes = []struct {
	re       *regexp.Regexp
	cue      string
	notCrew  bool
	director bool
}{
	{playsInRe, "P plays X in W", true, false},
	{actPrizeRe, "凭W获最佳演员", false, false},
	{actCrownRe, "以W封帝", false, false},
	{dirPrizeRe, "凭W获最佳导演", false, true},
	{playedInRe, "在Y中饰演", false, false},
	{playedCharRe, "P饰演的A", false, false},
}

// actingShape binds the first acting pattern that matches at byte i of
// the shape (r is the rune there) and returns where the match ends.
func (c *Context) actingShape(sh *shape, r rune, i int) (int, bool) {
	if r != phPerson {
		return i, false
	}
	s := sh.s
	for _, a := range actingShapes {
		m := a.re.FindStringSubmatchIndex(win(s, i))
		if m == nil || a.notCrew && crewRoleEn.MatchString(s[i:i+m[1]]) {
			continue
		}
		c.bindCredits(sh, []credit{{people: sh.mentions(i+m[2], i+m[3]), director: a.director, cue: a.cue}}, sh.mentions(i+m[4], i+m[5]), i, i+m[1])
		if a.re == playedInRe && m[6] >= 0 {
			// 在W中身兼导演和主演, 自导自演: the actor directed it too
			c.bindCredits(sh, []credit{{people: sh.mentions(i+m[2], i+m[3]), director: true, cue: s[i+m[6] : i+m[7]]}}, sh.mentions(i+m[4], i+m[5]), i, i+m[1])
		}
		return i + m[1], true
	}
	return i, false
}

// soleWorkBefore is the work the shape names before byte i, when it names
// exactly one (however often), else nil; of several mentions of it, the
// last before i (the map's order must not pick the evidence span).
func soleWorkBefore(sh *shape, i int) *Found {
	var w *Found
	last := -1
	for pos, f := range sh.at {
		if pos >= i || f.Type != schema.Work {
			continue
		}
		if w != nil && w.Entity != f.Entity {
			return nil
		}
		if pos > last {
			w, last = f, pos
		}
	}
	return w
}

// titleNounRe is a role noun used as a title before a name (主演廖凡,
// 导演郭帆).
var titleNounRe = regexp.MustCompile(`^(?:导演|领衔主演|主演|男主角|女主角|男一号|女一号)` + reP)

// titledSubject reports a clause at byte i that opens with a role noun and
// a name (主演P还拿了影帝, 导演P说…) right after the clause that names w,
// in a sentence that names no other work: the title is the person's credit
// in w (《白日焰火》拿了金熊，主演廖凡还拿了影帝).
func titledSubject(sh *shape, w *Found, i int) bool {
	s := sh.s
	if !titleNounRe.MatchString(s[i:]) || soleWorkBefore(sh, len(s)) != w {
		return false
	}
	prev := strings.LastIndexByte(s[:i-1], ',')
	for pos, f := range sh.at {
		if f.Entity == w.Entity && pos > prev && pos < i {
			return true
		}
	}
	return false
}

// clauseEndsAt reports whether the shape's clause ends at byte i.
func clauseEndsAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == ',' || r == ';' || r == '。' || r == '.'
}

// eventTail reports a clause rest that is only an event verb, with the
// adverbs that go before one (也一同亮相, 一起出席): 主演P、P也一同亮相
// after a sentence about the film is a credit line.
func eventTail(rest string) bool {
	for _, adv := range []string{"也", "一同", "一起", "均", "都", "亦", "同时"} {
		rest = strings.TrimPrefix(rest, adv)
	}
	return eventVerbEnds(rest, 0)
}

// eventVerbs end a clause of credits that says what the people did at an
// event (导演P携主演P、P亮相, 主创出席).
var eventVerbs = []string{"亮相", "出席", "现身", "到场", "登台", "站台", "一同出席", "一同亮相", "出席了", "亮相了", "appeared", "attended"}

// eventVerbEnds reports whether the text at i is an event verb that ends
// its clause (ASCII or full-width clause marks: the shape folds them, a
// paragraph's simplified view keeps them).
func eventVerbEnds(s string, i int) bool {
	for _, v := range eventVerbs {
		if strings.HasPrefix(s[i:], v) {
			rest := s[i+len(v):]
			if clauseEndsAt(s, i+len(v)) || strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, "。") || strings.HasPrefix(rest, "；") {
				return true
			}
		}
	}
	return false
}

// trailingCast binds the credits of the clause right after works that
// their own credits introduced (由P执导的《W》，A、B主演，…): the clause
// names no work, so its credits are the works'. It returns where the
// clause ends, or i when there is no such clause.
func (c *Context) trailingCast(sh *shape, works []*Found, i int) int {
	s := sh.s
	if i >= len(s) || s[i] != ',' || len(works) == 0 {
		return i
	}
	segs, end := c.chain(sh, i+1, true)
	if len(segs) == 0 {
		return i
	}
	if !clauseEndsAt(s, end) {
		return i
	}
	c.bindCredits(sh, segs, works, i, end)
	return end
}

// creditWindow bounds the text a credit pattern is tried on: Go's
// backtracking matcher clears state in proportion to its input, so trying
// an anchored pattern at every position of a long sentence on the whole
// rest of it costs quadratic time. No credit segment is this long.
const creditWindow = 600

// win returns s from i, cut to creditWindow bytes at a rune start.
func win(s string, i int) string {
	e := i + creditWindow
	if e >= len(s) {
		return s[i:]
	}
	for e > i && !utf8.RuneStart(s[e]) {
		e--
	}
	return s[i:e]
}

// matchIf runs re on s only when ok (a cheap test that the pattern can
// start here).
func matchIf(ok bool, re *regexp.Regexp, s string) []int {
	if !ok {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

// chainStarts are the first words a forward credit chain can open with
// (segPostRe: a person or 由; segPreRe: a role noun), so that the chain
// patterns are tried only where one of them stands.
var chainStarts = []string{"由", "是", "则", "并", "均", "都", "导演", "执导", "监制", "主演", "领衔", "主要演员", "演员",
	"director", "written and directed", "directed", "co-directed", "helmed", "a film by", "from director", "the latest", "the new", "the newest", "dir.", "starring", "starred", "stars", "featuring", "cast", "with"}

func chainCanStart(s string, i int) bool {
	if strings.HasPrefix(s[i:], reP) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && r < 0x80 && unicode.IsLetter(r) {
		return false // inside a Latin word
	}
	for _, w := range chainStarts {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// chain reads credit segments from shape offset i; backward chains (after
// works) may open with 由 and their plain 导演 after names needs 由, since
// "W上映后P导演说" is a title, not a credit.
func (c *Context) chain(sh *shape, i int, backward bool) ([]credit, int) {
	s := sh.s
	var segs []credit
	end := i
	for {
		j := end
		if len(segs) > 0 {
			if m := segLeadRe.FindStringSubmatchIndex(win(s, j)); m != nil {
				segs = append(segs, credit{people: sh.mentions(j+m[2], j+m[3]), cue: "with P in the lead"})
				end = j + m[1]
				continue
			}
			if m := segSepRe.FindStringIndex(win(s, j)); m != nil {
				j += m[1]
			}
		}
		if m := segPostRe.FindStringSubmatchIndex(win(s, j)); m != nil {
			cue := s[j+m[4] : j+m[5]]
			dir := dirVRe.MatchString(cue)
			withBy := strings.Contains(s[j:j+m[2]], "由")
			if dir && strings.HasSuffix(cue, "导演") && !withBy && backward && !strings.HasPrefix(s[j+m[1]:], "的") {
				break
			}
			segs = append(segs, credit{people: sh.mentions(j+m[2], j+m[3]), director: dir, other: otherVRe.MatchString(cue), cue: cue})
			if strings.Contains(cue, "自演") || strings.Contains(cue, "并主演") || strings.Contains(cue, "and star") {
				// 自导自演, 执导并主演: the director also acts
				segs = append(segs, credit{people: sh.mentions(j+m[2], j+m[3]), cue: cue})
			}
			end = j + m[1]
			continue
		}
		if m := segCastRe.FindStringSubmatchIndex(win(s, j)); m != nil && backward && (m[4] >= 0 || clauseEndsAt(s, j+m[1])) {
			// the names are the cast when a cast noun follows them or
			// they end the clause (集结了P、P。)
			segs = append(segs, credit{people: sh.mentions(j+m[2], j+m[3]), cue: "集结…演员"})
			end = j + m[1]
			continue
		}
		if m := segPreRe.FindStringSubmatchIndex(win(s, j)); m != nil {
			cue := s[j+m[2] : j+m[3]]
			if cue == "with" && !backward {
				break
			}
			dir := dirNRe.MatchString(cue)
			listEnd := j + m[5]
			// 导演为P,P、P主演: the names after the last comma are the
			// next segment's, whose role verb follows them; the noun's
			// list ends at that comma.
			if k := strings.LastIndexByte(s[j+m[4]:listEnd], ','); k > 0 && segPostRe.MatchString(win(s, j+m[4]+k+1)) {
				listEnd = j + m[4] + k
			}
			segs = append(segs, credit{people: castNotPossessors(sh, j+m[4], listEnd), director: dir, cue: cue})
			if strings.HasSuffix(cue, "and starring") {
				// directed by and starring P: the director also acts
				segs = append(segs, credit{people: sh.mentions(j+m[4], listEnd), cue: cue})
			}
			end = listEnd
			continue
		}
		break
	}
	for _, sg := range segs {
		if !sg.other {
			return segs, end
		}
	}
	return nil, i // only crew roles such as 监制: no credit
}

// bindCredits relates every person of segs to every work, with the
// evidence [s,e) of the shape.
func (c *Context) bindCredits(sh *shape, segs []credit, works []*Found, s, e int) {
	from, to := sh.off[s], sh.off[e]
	for _, w := range works {
		if w.Type != schema.Work {
			continue
		}
		for _, sg := range segs {
			if sg.other {
				continue
			}
			for _, p := range sg.people {
				if p.Type != schema.Person {
					continue
				}
				if sg.director && p.Via == "pronoun" && !c.knownDirector(p) {
					continue // 他执导的W: only for a person known to direct
				}
				strength := sg.strength
				if strength == 0 {
					strength = 0.9
				}
				if sg.director {
					c.relate(w, p, schema.DirectedBy, sg.cue, strength, from, to)
				} else {
					c.Relate(facts.Relation{Subject: p.Entity, Predicate: schema.ActedIn, Object: w.Entity,
						Span: facts.Evidence{Start: from, End: to}, Cue: sg.cue, Strength: strength})
				}
			}
		}
	}
}

// knownDirector reports a person the lexicon, or a role word of this
// document, knows as a director.
func (c *Context) knownDirector(p *Found) bool {
	if p.Person != nil {
		return isDirector(p)
	}
	return hasRole(c.Batch.Entities[p.Entity], "director")
}

// latinCue reports a chain whose role words are English.
func latinCue(segs []credit) bool {
	for _, sg := range segs {
		if sg.cue == "" || sg.cue[0] >= 0x80 {
			return false
		}
	}
	return len(segs) > 0
}

// directorIn reads 导演P在W中 (director P, in W, …): P directed W unless the
// clause goes on to P acting in it (客串, 饰演) or the lexicon names other
// directors for W.
func (c *Context) directorIn(sh *shape, i int, m []int) {
	p, w := sh.at[i+m[2]], sh.at[i+m[4]]
	if p == nil || w == nil || p.Type != schema.Person || w.Type != schema.Work {
		return
	}
	rest := sh.s[i+m[1]:]
	for _, v := range []string{"饰演", "扮演", "客串", "出演", "演", "的角色"} {
		if strings.HasPrefix(rest, v) {
			return
		}
	}
	if w.Film != nil && len(w.Film.Directors) > 0 && (p.Person == nil || !slices.Contains(w.Film.Directors, p.Person.Name)) {
		return
	}
	c.relate(w, p, schema.DirectedBy, "导演P在W中", 0.6, sh.off[i], sh.off[i+m[1]])
}

// parenCredit reads W(P), W(P,2000), W(P导演), W(导演:P), W(主演:P): a role
// word decides; a year marks the director (the film-citation convention);
// a bare name is a director when the lexicon says so for this film or
// knows the person only as a director, an actor when it lists the person
// in this film's cast.
func (c *Context) parenCredit(sh *shape, works []*Found, j int, m []int) {
	people := sh.mentions(j+m[6], j+m[7])
	role := ""
	switch {
	case m[2] >= 0:
		role = "director"
	case m[4] >= 0:
		role = "actor"
	case m[8] >= 0:
		role = "actor"
		if dirVRe.MatchString(sh.s[j+m[8] : j+m[9]]) {
			role = "director"
		}
	case m[10] >= 0 && yearOnlyRe.MatchString(sh.s[j+m[10]:j+m[11]]):
		role = "director"
	}
	w := works[len(works)-1]
	for _, p := range people {
		r := role
		if r == "" {
			r = c.lexRole(w, p)
		}
		if r == "" {
			continue
		}
		c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: "W(P)"}}, []*Found{w}, j-utf8.RuneLen(phWork), j+m[1])
	}
}

// lexCredit is "director" or "actor" when the lexicon credits person p
// with film w in that capacity, else "".
func lexCredit(w, p *Found) string {
	if w.Film == nil || p.Person == nil {
		return ""
	}
	return filmRole(w.Film, p.Person.Name)
}

// filmRole is the capacity the lexicon credits the person called name with
// in film: "director", "actor", or "".
func filmRole(film *lexicon.Film, name string) string {
	switch {
	case slices.Contains(film.Directors, name):
		return "director"
	case slices.Contains(film.Actors, name):
		return "actor"
	}
	return ""
}

// lexRole is the role the lexicon gives person p in work w: director or
// actor of this film, else the person's only kind of film credit.
func (c *Context) lexRole(w, p *Found) string {
	if p.Person == nil {
		// a name found by its role word in this document
		e := c.Batch.Entities[p.Entity]
		switch {
		case hasRole(e, "director") && !hasRole(e, "actor"):
			return "director"
		case hasRole(e, "actor") && !hasRole(e, "director"):
			return "actor"
		}
		return ""
	}
	if r := lexCredit(w, p); r != "" {
		return r
	}
	switch {
	case isDirector(p) && !isActor(p):
		return "director"
	case isActor(p) && !isDirector(p):
		return "actor"
	case isDirector(p) && (w.Film == nil || len(w.Film.Directors) == 0):
		return "director"
	}
	return ""
}

// possessive reads P's W and P's new film W: the director's film, or the
// actor's when the lexicon gives the person only acting credits (or lists
// them in this film's cast).
func (c *Context) possessive(sh *shape, i int, m []int) {
	p := sh.at[i]
	works := sh.mentions(i+m[6], i+m[7])
	for _, w := range works {
		r := c.lexRole(w, p)
		if r == "" {
			continue
		}
		c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: "P's W"}}, []*Found{w}, i, i+m[1])
	}
	// P的处女作是W1，第二部长片W2…: the next clause counts on in the same
	// person's filmography
	end := i + m[1]
	if nm := nthWorkRe.FindStringSubmatchIndex(win(sh.s, end)); nm != nil {
		for _, w := range sh.mentions(end+nm[2], end+nm[3]) {
			if r := c.lexRole(w, p); r != "" {
				c.bindCredits(sh, []credit{{people: []*Found{p}, director: r == "director", cue: "P's W"}}, []*Found{w}, i, end+nm[1])
			}
		}
	}
}

// nthWorkRe is a clause that numbers the next work of a filmography just
// opened (,第二部长片W, ,其后的第三部作品W).
var nthWorkRe = regexp.MustCompile(`^,(?:其|之后的|随后的|接下来的|而)?第[二三四五六七八九十2-9]部(?:剧情)?(?:长片|作品|电影|影片|导演作品)(` + reWL + `)`)

// abbrevBefore reports an abbreviation that a full stop ends and that
// never ends a sentence in a credit (dir. P, Dir. P).
func abbrevBefore(s string) bool {
	for _, a := range []string{"dir", "Dir"} {
		if strings.HasSuffix(s, a) {
			r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(a)])
			return !unicode.IsLetter(r)
		}
	}
	return false
}

// sentenceSpans splits [s,e) of text at sentence ends: Chinese and ASCII
// end marks, line breaks, and an English full stop followed by white
// space (not after a single capital, as in "J. Smith").
func sentenceSpans(text string, s, e int) [][2]int {
	var out [][2]int
	st := s
	prev := rune(0)
	prev2 := rune(0)
	depth := 0 // parentheses: a semicolon inside them (导演：P；主演：P) separates credits, not sentences
	// title marks: a title may hold an end mark (《Hello！树先生》) that
	// ends no sentence; a mark left open for longer than any title is
	// a typo, not a title
	title := -1
	for i, r := range text[s:e] {
		end := -1
		depth = parenDepth(depth, r)
		switch r {
		case '《':
			title = i
		case '》', '\n':
			title = -1
		}
		if title >= 0 && i-title > ingest.MaxTitleBytes {
			title = -1
		}
		switch {
		case title >= 0 && r != '\n':
		case depth > 0 && strings.ContainsRune("；;", r):
		case strings.ContainsRune("。！？!?；;\n", r):
			end = s + i + utf8.RuneLen(r)
		case r == '.' && s+i+1 < e && (text[s+i+1] == ' ' || text[s+i+1] == '\n') && !(unicode.IsUpper(prev) && !unicode.IsLetter(prev2)) && !abbrevBefore(text[s:s+i]):
			end = s + i + 1
		}
		if end > 0 {
			if end > st {
				out = append(out, [2]int{st, end})
			}
			st = end
		}
		prev2, prev = prev, r
	}
	if st < e {
		out = append(out, [2]int{st, e})
	}
	return out
}

var _ = quad.IRI("")

// nameListTailRe is the rest of a credit line after the names it knows:
// more names, separated by commas (Cast: Liao Fan, Gwei Lun-mei, Wang
// Xuebing, the last unknown to the lexicon), each of at most four words
// and no digits.
var nameListTailRe = regexp.MustCompile(`^(?:\s*[,，、]\s*(?:and\s+)?[\p{L}'’.-]+(?:\s[\p{L}'’.-]+){0,3}){1,6}\s*[.。]?\s*$`)

// nameListTail reports whether rest, after the names a credit line's
// chain bound, is only more names: the line is still a cast list.
func nameListTail(rest string) bool { return nameListTailRe.MatchString(rest) }
