package data

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// MinYear and MaxYear bound Film.Year of screen works (film, documentary,
// tv) and festival anchor years. Other works (books, songs ...) may be
// older, from year 1, or have no year at all (0) when the date of a
// classic is not agreed.
const (
	MinYear = 1890
	MaxYear = 2026
)

var (
	countryCode = regexp.MustCompile(`^[A-Z]{2}$`)
	festivalID  = regexp.MustCompile(`^[a-z0-9_]+$`)
	// filmFlags: common = the canonical title is an everyday word;
	// common_en = the English title is an everyday English word (Up, Hero,
	// Life), so a matcher must not take it alone in English text.
	filmFlags   = []string{"common", "common_en"}
	personFlags = []string{"common"}
	// screenKinds must have a year in MinYear..MaxYear: the year tells
	// remakes apart and anchors awards.
	screenKinds = []string{"film", "documentary", "tv"}
	festKinds   = []string{"festival", "award"}
	// roleSet lists the roles people.tsv may use, so a typo (directer)
	// does not silently create a new role.
	roleSet = []string{
		"director", "actor", "writer", "producer", "composer", "cinematographer",
		"editor", "animator", "action_director", "critic", "official", "scholar",
		"novelist", "executive", "distributor", "singer", "designer", "host",
		// soldier: war heroes that films and essays name (黄继光) and that
		// must not be mistaken for film people.
		"soldier",
	}
)

// foldKey is the comparison key used by Validate: whitespace removed,
// full-width ASCII folded to half-width, ASCII lower-cased, and the
// middle-dot variants unified. It is deliberately simpler than the
// matching key of package lexicon (no traditional→simplified conversion):
// it only has to catch duplicates a curator could type.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == '•' || r == '‧' || r == '・' || r == '･':
			r = '·'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Validate reports parse errors and conflicts in the embedded data: an
// empty result means every row loaded and the files agree with each other.
func Validate() []error {
	load()
	errs := slices.Clone(loadErrs)
	errs = append(errs, validateFilms(films, filmLines, people)...)
	errs = append(errs, validatePeople(people, peopLines)...)
	errs = append(errs, validateFestivals(fests, festLines)...)
	return errs
}

type aliasUse struct {
	idx  int
	weak bool
	en   bool // the row's English title
}

func validateFilms(fs []Film, lines []int, ps []Person) []error {
	const file = "films.tsv"
	var errs []error
	bad := func(i int, format string, args ...any) {
		errs = append(errs, &ParseError{file, lines[i], fmt.Sprintf(format, args...)})
	}
	known := make(map[string]bool, len(ps))
	for _, p := range ps {
		known[p.Name] = true
	}
	titles := make(map[string][]int) // folded title → rows
	seen := make(map[string]int)     // folded title + year → row
	for i, f := range fs {
		key := foldKey(f.Title)
		titles[key] = append(titles[key], i)
		ty := fmt.Sprintf("%s|%d", key, f.Year)
		if j, dup := seen[ty]; dup {
			bad(i, "film %s (%d) duplicates line %d", f.Title, f.Year, lines[j])
		} else {
			seen[ty] = i
		}
	}
	uses := make(map[string][]aliasUse) // folded alias → rows using it
	for i, f := range fs {
		switch {
		case slices.Contains(screenKinds, f.Kind) && (f.Year < MinYear || f.Year > MaxYear):
			bad(i, "film %s: year %d outside %d..%d", f.Title, f.Year, MinYear, MaxYear)
		case !slices.Contains(screenKinds, f.Kind) && (f.Year < 0 || f.Year > MaxYear):
			bad(i, "%s %s: year %d outside 1..%d (leave it empty when unknown)", f.Kind, f.Title, f.Year, MaxYear)
		}
		if len(f.Country) == 0 {
			bad(i, "film %s: no country", f.Title)
		}
		for _, c := range f.Country {
			if !countryCode.MatchString(c) {
				bad(i, "film %s: country %q is not a two-letter upper-case code", f.Title, c)
			}
		}
		if !slices.Contains(FilmKinds, f.Kind) {
			bad(i, "film %s: kind %q not one of %v", f.Title, f.Kind, FilmKinds)
		}
		for _, tag := range f.Tags {
			if !slices.Contains(FilmTags, tag) {
				bad(i, "film %s: unknown tag %q (allowed: %v)", f.Title, tag, FilmTags)
			}
		}
		for _, fl := range f.Flags {
			if !slices.Contains(filmFlags, fl) {
				bad(i, "film %s: unknown flag %q (allowed: %v)", f.Title, fl, filmFlags)
			}
		}
		if f.Source != "" {
			kind, target, ok := strings.Cut(f.Source, ":")
			switch {
			case !ok || target == "" || (kind != "remake" && kind != "adapted"):
				bad(i, "film %s: source %q must be remake:<title> or adapted:<work>", f.Title, f.Source)
			case kind == "remake" && len(titles[foldKey(target)]) == 0:
				bad(i, "film %s: remake source %q has no row in films.tsv; add it", f.Title, target)
			}
		}
		for _, who := range [][]string{f.Directors, f.Actors} {
			for _, n := range who {
				if !known[n] {
					bad(i, "film %s: %s is not a name in people.tsv; add the person or fix the spelling", f.Title, n)
				}
			}
		}
		own := map[string]bool{foldKey(f.Title): true}
		names := make([]aliasUse, 0, len(f.Aliases)+len(f.Weak)+1)
		all := make([]string, 0, cap(names))
		if f.TitleEn != "" && foldKey(f.TitleEn) != foldKey(f.Title) {
			names = append(names, aliasUse{i, false, true})
			all = append(all, f.TitleEn)
		}
		for _, a := range f.Aliases {
			names = append(names, aliasUse{i, false, false})
			all = append(all, a)
		}
		for _, a := range f.Weak {
			names = append(names, aliasUse{i, true, false})
			all = append(all, a)
		}
		for k, a := range all {
			key := foldKey(a)
			if own[key] {
				bad(i, "film %s: alias %q repeats the title or another alias", f.Title, a)
				continue
			}
			own[key] = true
			for _, j := range titles[key] {
				if fs[j].Title != f.Title {
					bad(i, "film %s: alias %q is the title of another film (line %d)", f.Title, a, lines[j])
				}
			}
			uses[key] = append(uses[key], names[k])
		}
	}
	for key, us := range uses {
		for a := 0; a < len(us); a++ {
			for b := a + 1; b < len(us); b++ {
				fa, fb := fs[us[a].idx], fs[us[b].idx]
				if fa.Title == fb.Title {
					continue // remakes sharing a title share its translations too
				}
				if us[a].weak && us[b].weak {
					continue
				}
				if us[a].en && us[b].en {
					continue // works may share an English title (Journey to the West); matchers treat it as ambiguous
				}
				errs = append(errs, &ParseError{file, lines[us[b].idx], fmt.Sprintf(
					"alias %q names both %s (%d, line %d) and %s (%d); mark it weak ('?') in both rows or drop one",
					key, fa.Title, fa.Year, lines[us[a].idx], fb.Title, fb.Year)})
			}
		}
	}
	return errs
}

func validatePeople(ps []Person, lines []int) []error {
	const file = "people.tsv"
	var errs []error
	bad := func(i int, format string, args ...any) {
		errs = append(errs, &ParseError{file, lines[i], fmt.Sprintf(format, args...)})
	}
	names := make(map[string]int)
	for i, p := range ps {
		key := foldKey(p.Name)
		if j, dup := names[key]; dup {
			bad(i, "person %s duplicates line %d", p.Name, lines[j])
			continue
		}
		names[key] = i
	}
	uses := make(map[string][]aliasUse)
	for i, p := range ps {
		if len(p.Roles) == 0 {
			bad(i, "person %s: no role", p.Name)
		}
		for _, r := range p.Roles {
			if !slices.Contains(roleSet, r) {
				bad(i, "person %s: unknown role %q (allowed: %v)", p.Name, r, roleSet)
			}
		}
		for _, fl := range p.Flags {
			if !slices.Contains(personFlags, fl) {
				bad(i, "person %s: unknown flag %q (allowed: %v)", p.Name, fl, personFlags)
			}
		}
		for _, c := range p.Country {
			if !countryCode.MatchString(c) {
				bad(i, "person %s: country %q is not a two-letter upper-case code", p.Name, c)
			}
		}
		own := map[string]bool{foldKey(p.Name): true}
		for k, a := range append(slices.Clone(p.Aliases), p.Weak...) {
			key := foldKey(a)
			if own[key] {
				bad(i, "person %s: alias %q repeats the name or another alias", p.Name, a)
				continue
			}
			own[key] = true
			if j, ok := names[key]; ok && j != i {
				bad(i, "person %s: alias %q is the name of another person (line %d)", p.Name, a, lines[j])
			}
			uses[key] = append(uses[key], aliasUse{i, k >= len(p.Aliases), false})
		}
	}
	for key, us := range uses {
		for a := 0; a < len(us); a++ {
			for b := a + 1; b < len(us); b++ {
				if us[a].weak && us[b].weak {
					continue
				}
				if us[a].en && us[b].en {
					continue // works may share an English title (Journey to the West); matchers treat it as ambiguous
				}
				errs = append(errs, &ParseError{file, lines[us[b].idx], fmt.Sprintf(
					"alias %q names both %s (line %d) and %s; mark it weak ('?') in both rows or drop one",
					key, ps[us[a].idx].Name, lines[us[a].idx], ps[us[b].idx].Name)})
			}
		}
	}
	return errs
}

func validateFestivals(fs []Festival, lines []int) []error {
	const file = "festivals.tsv"
	var errs []error
	bad := func(i int, format string, args ...any) {
		errs = append(errs, &ParseError{file, lines[i], fmt.Sprintf(format, args...)})
	}
	ids := make(map[string]int)
	owner := make(map[string]int) // folded name, strong alias or prize → festival
	claim := func(i int, what, s string) {
		key := foldKey(s)
		if j, ok := owner[key]; ok && j != i {
			bad(i, "festival %s: %s %q already names %s (line %d)", fs[i].ID, what, s, fs[j].ID, lines[j])
			return
		}
		owner[key] = i
	}
	for i, f := range fs {
		if !festivalID.MatchString(f.ID) {
			bad(i, "festival id %q must be a lower-case slug", f.ID)
		}
		if j, dup := ids[f.ID]; dup {
			bad(i, "festival id %s duplicates line %d", f.ID, lines[j])
		}
		ids[f.ID] = i
		if !slices.Contains(festKinds, f.Kind) {
			bad(i, "festival %s: kind %q not one of %v", f.ID, f.Kind, festKinds)
		}
		if (f.AnchorEdition == 0) != (f.AnchorYear == 0) {
			bad(i, "festival %s: give both anchor_edition and anchor_year, or neither", f.ID)
		}
		if f.AnchorEdition < 0 || f.AnchorYear != 0 && (f.AnchorYear < MinYear || f.AnchorYear > MaxYear) {
			bad(i, "festival %s: anchor %d/%d out of range", f.ID, f.AnchorEdition, f.AnchorYear)
		}
		if f.Interval != 1 && f.Interval != 2 {
			bad(i, "festival %s: interval %d must be 1 or 2", f.ID, f.Interval)
		}
		claim(i, "name", f.Name)
		if f.NameEn != "" {
			claim(i, "English name", f.NameEn)
		}
		for _, a := range f.Aliases {
			claim(i, "alias", a)
		}
		for _, p := range f.Prizes {
			claim(i, "prize", p)
		}
	}
	return errs
}
