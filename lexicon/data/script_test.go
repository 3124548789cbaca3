package data

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

// Validate compares names without converting scripts, so a traditional
// alias of one work (鐵達尼號) could equal, once converted, the simplified
// title or alias of another. Package lexicon converts with OpenCC before
// matching; this test does the same to catch such collisions in the data.

var (
	t2sOnce sync.Once
	t2sConv *opencc.OpenCC
	t2sErr  error
)

// scriptKey is the comparison key after traditional → simplified
// conversion: foldKey, Roman numeral signs as digits (战狼Ⅱ is 战狼2), then
// only letters and digits kept (matchers drop punctuation too, so
// 黑神话：悟空 and 黑神话悟空 are one name).
func scriptKey(t *testing.T, s string) string {
	t.Helper()
	t2sOnce.Do(func() { t2sConv, t2sErr = opencc.New("t2s") })
	if t2sErr != nil {
		t.Fatalf("OpenCC t2s: %v", t2sErr)
	}
	out, err := t2sConv.Convert(s)
	if err != nil {
		t.Fatalf("OpenCC t2s %q: %v", s, err)
	}
	var b strings.Builder
	for _, r := range foldKey(out) {
		switch {
		case r >= 'Ⅰ' && r <= 'Ⅸ':
			b.WriteRune('1' + r - 'Ⅰ')
		case r >= 'ⅰ' && r <= 'ⅸ':
			b.WriteRune('1' + r - 'ⅰ')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

type nameUse struct {
	owner string // canonical title (with year) or person name
	group string // rows sharing a title share their names (remakes, a novel and its series)
	what  string
	weak  bool
}

// conflicts reports keys used by two different owners where at least one
// use is strong: a strong name must name one thing after conversion too.
func conflicts(uses map[string][]nameUse) []string {
	var out []string
	for key, us := range uses {
		for a := 0; a < len(us); a++ {
			for b := a + 1; b < len(us); b++ {
				if us[a].group == us[b].group || (us[a].weak && us[b].weak) {
					continue
				}
				if us[a].what == "English title" && us[b].what == "English title" {
					continue // shared English titles are allowed (Journey to the West)
				}
				out = append(out, fmt.Sprintf("%q: %s of %s and %s of %s", key, us[a].what, us[a].owner, us[b].what, us[b].owner))
			}
		}
	}
	return out
}

func TestNoCollisionAfterScriptConversion(t *testing.T) {
	films := make(map[string][]nameUse)
	for _, f := range Films() {
		owner := fmt.Sprintf("%s (%d)", f.Title, f.Year)
		group := scriptKey(t, f.Title)
		// A common title is matched only with context, like a weak alias.
		common := strings.Contains(";"+strings.Join(f.Flags, ";")+";", ";common;")
		add := func(s, what string, weak bool) {
			k := scriptKey(t, s)
			for _, u := range films[k] {
				if u.owner == owner {
					return // the same row spells the name twice (繁 and 简)
				}
			}
			films[k] = append(films[k], nameUse{owner, group, what, weak})
		}
		add(f.Title, "title", common)
		if common {
			// A strong spelling of a common title (活著 for 活着) would
			// let the everyday word match without context after all.
			names := f.Aliases
			if !strings.Contains(";"+strings.Join(f.Flags, ";")+";", ";common_en;") {
				names = append([]string{f.TitleEn}, names...) // common_en makes the English title weak
			}
			for _, a := range names {
				if a != "" && scriptKey(t, a) == group {
					t.Errorf("films.tsv: %s is flagged common but its strong name %q is the same word after conversion; mark it weak ('?')", owner, a)
				}
			}
		}
		if f.TitleEn != "" {
			add(f.TitleEn, "English title", false)
		}
		for _, a := range f.Aliases {
			add(a, "alias", false)
		}
		for _, a := range f.Weak {
			add(a, "weak alias", true)
		}
	}
	for _, c := range conflicts(films) {
		t.Errorf("films.tsv: after traditional→simplified conversion %s; make it weak ('?') in both rows or drop one", c)
	}

	people := make(map[string][]nameUse)
	for _, p := range People() {
		common := strings.Contains(";"+strings.Join(p.Flags, ";")+";", ";common;")
		add := func(s, what string, weak bool) {
			k := scriptKey(t, s)
			for _, u := range people[k] {
				if u.owner == p.Name {
					return
				}
			}
			people[k] = append(people[k], nameUse{p.Name, p.Name, what, weak})
		}
		add(p.Name, "name", common)
		for _, a := range p.Aliases {
			add(a, "alias", false)
		}
		for _, a := range p.Weak {
			add(a, "weak alias", true)
		}
	}
	for _, c := range conflicts(people) {
		t.Errorf("people.tsv: after traditional→simplified conversion %s; make it weak ('?') in both rows or drop one", c)
	}
}
