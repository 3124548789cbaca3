package extract

import "strings"

// givenToCues are verbs of a prize given to its winner, the prize their
// subject (金棕榈颁给了《Y》, 金熊奖花落《Y》).
var givenToCues = []string{"颁给", "授予", "花落", "颁发给", "归于"}

// prizeGivenTo reports a won cue whose clause names the prize before it
// as the subject of a giving verb: a festival or prize mention of the
// clause [cl0,cue) and rest, the clause from the cue, opening with the verb.
func prizeGivenTo(rest string, fests []*Found, cl0, cue int) bool {
	given := false
	for _, g := range givenToCues {
		if strings.HasPrefix(rest, g) {
			given = true
		}
	}
	if !given {
		return false
	}
	for _, f := range fests {
		if f.QStart >= cl0 && f.QEnd <= cue {
			return true
		}
	}
	return false
}
