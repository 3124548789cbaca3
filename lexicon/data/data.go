// Package data holds the reference lexicon of films, people and festivals
// as curated TSV files embedded in the binary, and their parser and
// consistency checks. Matching (normalisation, segmentation, context rules)
// lives in package lexicon; this package only says what is known.
//
// The file format is described in README.md and at the top of each file.
package data

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed films.tsv
var filmsTSV []byte

//go:embed people.tsv
var peopleTSV []byte

//go:embed festivals.tsv
var festivalsTSV []byte

// Digest is a digest of the embedded data files, for callers that must
// notice when the lexicon changed (ingest re-extracts documents then).
func Digest() string {
	h := sha256.New()
	for _, b := range [][]byte{filmsTSV, peopleTSV, festivalsTSV} {
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Film is one row of films.tsv.
type Film struct {
	Title     string   // canonical simplified-Chinese title (mainland usage)
	Year      int      // release year (first public screening, usually the festival premiere or home release); for books first publication; 0 = unknown (non-screen works only)
	TitleEn   string   // English title
	Directors []string // canonical names as in people.tsv
	Country   []string // ISO 3166 alpha-2 codes (historic ones such as SU allowed)
	Kind      string   // film, documentary, tv, ... (schema.WorkKinds)
	Aliases   []string // strong aliases: each names this film and no other
	Weak      []string // aliases that need film context to count ('?' suffix in the file)
	Actors    []string // main cast, canonical names as in people.tsv
	Source    string   // "remake:<title in films.tsv>" or "adapted:<work>", else ""
	Flags     []string // "common": the canonical title is also an everyday word; "common_en": so is the English title (Up, Hero, Life)
	Tags      []string // what kind of film it is in the debate: main_melody, festival, banned … (FilmTags)
}

// Person is one row of people.tsv.
type Person struct {
	Name    string   // canonical: simplified Chinese, or the usual mainland transliteration with ·
	NameEn  string   // English or romanised name
	Roles   []string // director, actor, writer, ... (see roleSet)
	Aliases []string // nicknames and other spellings that name this person and no other
	Weak    []string // aliases that need film context ('?' suffix in the file)
	Country []string
	Flags   []string // "common": the canonical name is also an everyday word (文章, 黎明, 大鹏)
}

// Festival is one row of festivals.tsv: a festival or an award.
type Festival struct {
	ID            string   // stable slug (venice, cannes, oscars, ...)
	Name          string   // canonical Chinese name
	NameEn        string   // English name
	Aliases       []string // other names that identify it on their own
	Weak          []string // forms that need film or award context (bare city names)
	Prizes        []string // prize names that identify this festival (金狮奖); never generic ones (最佳导演)
	AnchorEdition int      // one known edition number ...
	AnchorYear    int      // ... and the year it took place; 0 when unknown or irregular
	Interval      int      // years between editions around the anchor: 1 (annual, the default) or 2 (biennial)
	Kind          string   // festival | award
}

// FilmKinds are the allowed values of Film.Kind. They mirror
// schema.WorkKinds; this package does not import schema so that it stays a
// leaf with no dependency on the graph library (a test checks they agree).
var FilmKinds = []string{"film", "tv", "book", "policy", "periodical", "song", "game", "report", "speech", "documentary", "other"}

// FilmTags are the tags a row of films.tsv may carry (README.md says what
// each means). With the derived "coproduction" they mirror
// schema.WorkTags (a test checks they agree).
var FilmTags = []string{"main_melody", "domestic_hit", "local_comedy", "myth_history", "festival", "banned", "wuxia", "folk_spectacle", "scifi", "animation"}

// File headers. A file whose header differs is rejected, so a column
// added to the file without a parser change is caught by the test.
var (
	filmColumns     = []string{"title", "year", "title_en", "directors", "country", "kind", "aliases", "actors", "source", "flags", "tags"}
	peopleColumns   = []string{"name", "name_en", "roles", "country", "aliases", "flags"}
	festivalColumns = []string{"id", "name", "name_en", "kind", "aliases", "prizes", "anchor_edition", "anchor_year", "interval"}
)

var (
	loadOnce  sync.Once
	films     []Film
	filmLines []int
	people    []Person
	peopLines []int
	fests     []Festival
	festLines []int
	loadErrs  []error
)

func load() {
	loadOnce.Do(func() {
		var errs []error
		films, filmLines, errs = parseFilms("films.tsv", filmsTSV)
		loadErrs = append(loadErrs, errs...)
		people, peopLines, errs = parsePeople("people.tsv", peopleTSV)
		loadErrs = append(loadErrs, errs...)
		fests, festLines, errs = parseFestivals("festivals.tsv", festivalsTSV)
		loadErrs = append(loadErrs, errs...)
	})
}

// Films returns the rows of films.tsv that parsed. Rows with errors are
// left out and reported by Validate. Callers must not modify the slice.
func Films() []Film { load(); return films }

// People returns the rows of people.tsv that parsed.
func People() []Person { load(); return people }

// Festivals returns the rows of festivals.tsv that parsed.
func Festivals() []Festival { load(); return fests }

// ParseError locates a problem in one of the data files.
type ParseError struct {
	File string
	Line int // 1-based; 0 when the problem spans rows
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("lexicon/data/%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("lexicon/data/%s:%d: %s", e.File, e.Line, e.Msg)
}

// row is one data line split into cells, padded to the header width.
type row struct {
	line  int
	cells []string
}

// readTSV splits a file into rows, checking the header and the cell count.
// Blank lines and lines starting with '#' are skipped. Rows may omit
// trailing empty cells; a row with more cells than the header is an error
// (usually a stray tab inside a cell).
func readTSV(file string, content []byte, columns []string, minCells int) ([]row, []error) {
	var rows []row
	var errs []error
	sc := bufio.NewScanner(bytes.NewReader(content))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	header := false
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cells := strings.Split(text, "\t")
		if !header {
			header = true
			if strings.Join(cells, "\t") != strings.Join(columns, "\t") {
				errs = append(errs, &ParseError{file, line, fmt.Sprintf("header is %q, want %q", cells, columns)})
				return nil, errs
			}
			continue
		}
		if len(cells) > len(columns) {
			errs = append(errs, &ParseError{file, line, fmt.Sprintf("%d cells, the header has %d (a tab inside a cell?)", len(cells), len(columns))})
			continue
		}
		if len(cells) < minCells {
			errs = append(errs, &ParseError{file, line, fmt.Sprintf("%d cells, need at least %d (%s)", len(cells), minCells, strings.Join(columns[:minCells], ", "))})
			continue
		}
		for len(cells) < len(columns) {
			cells = append(cells, "")
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, row{line, cells})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &ParseError{file, line, err.Error()})
	}
	if !header {
		errs = append(errs, &ParseError{file, 0, "no header row"})
	}
	return rows, errs
}

// splitList splits a ';'-separated cell, dropping empty items.
func splitList(cell string) []string {
	var out []string
	for _, s := range strings.Split(cell, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// splitAliases separates strong aliases from weak ones (trailing '?').
func splitAliases(cell string) (strong, weak []string) {
	for _, a := range splitList(cell) {
		if w, ok := strings.CutSuffix(a, "?"); ok {
			if w = strings.TrimSpace(w); w != "" {
				weak = append(weak, w)
			}
			continue
		}
		strong = append(strong, a)
	}
	return strong, weak
}

func parseFilms(file string, content []byte) ([]Film, []int, []error) {
	rows, errs := readTSV(file, content, filmColumns, 5)
	var out []Film
	var lines []int
	for _, r := range rows {
		c := r.cells
		bad := func(format string, args ...any) {
			errs = append(errs, &ParseError{file, r.line, fmt.Sprintf(format, args...)})
		}
		if c[0] == "" {
			bad("empty title")
			continue
		}
		// An empty year is 0 (unknown); Validate allows it only for works
		// that are not screened (a classic novel has no agreed first year).
		year := 0
		if c[1] != "" {
			y, err := strconv.Atoi(c[1])
			if err != nil {
				bad("film %s: year %q is not a number", c[0], c[1])
				continue
			}
			year = y
		}
		f := Film{
			Title:     c[0],
			Year:      year,
			TitleEn:   c[2],
			Directors: splitList(c[3]),
			Country:   splitList(c[4]),
			Kind:      c[5],
			Actors:    splitList(c[7]),
			Source:    c[8],
			Flags:     splitList(c[9]),
			Tags:      splitList(c[10]),
		}
		if f.Kind == "" {
			f.Kind = "film"
		}
		f.Aliases, f.Weak = splitAliases(c[6])
		out = append(out, f)
		lines = append(lines, r.line)
	}
	return out, lines, byLine(errs)
}

func parsePeople(file string, content []byte) ([]Person, []int, []error) {
	rows, errs := readTSV(file, content, peopleColumns, 3)
	var out []Person
	var lines []int
	for _, r := range rows {
		c := r.cells
		if c[0] == "" {
			errs = append(errs, &ParseError{file, r.line, "empty name"})
			continue
		}
		p := Person{Name: c[0], NameEn: c[1], Roles: splitList(c[2]), Country: splitList(c[3]), Flags: splitList(c[5])}
		p.Aliases, p.Weak = splitAliases(c[4])
		out = append(out, p)
		lines = append(lines, r.line)
	}
	return out, lines, byLine(errs)
}

func parseFestivals(file string, content []byte) ([]Festival, []int, []error) {
	rows, errs := readTSV(file, content, festivalColumns, 4)
	var out []Festival
	var lines []int
	for _, r := range rows {
		c := r.cells
		bad := func(format string, args ...any) {
			errs = append(errs, &ParseError{file, r.line, fmt.Sprintf(format, args...)})
		}
		if c[0] == "" || c[1] == "" {
			bad("empty id or name")
			continue
		}
		f := Festival{ID: c[0], Name: c[1], NameEn: c[2], Kind: c[3], Prizes: splitList(c[5])}
		f.Aliases, f.Weak = splitAliases(c[4])
		ok := true
		for i, dst := range []*int{&f.AnchorEdition, &f.AnchorYear, &f.Interval} {
			cell := c[6+i]
			if cell == "" {
				continue
			}
			n, err := strconv.Atoi(cell)
			if err != nil {
				bad("festival %s: %s %q is not a number", f.ID, festivalColumns[6+i], cell)
				ok = false
				break
			}
			*dst = n
		}
		if !ok {
			continue
		}
		if f.Interval == 0 {
			f.Interval = 1
		}
		out = append(out, f)
		lines = append(lines, r.line)
	}
	return out, lines, byLine(errs)
}

// byLine orders parse errors by line so a report reads top to bottom.
func byLine(errs []error) []error {
	line := func(e error) int {
		var pe *ParseError
		if errors.As(e, &pe) {
			return pe.Line
		}
		return 0
	}
	slices.SortStableFunc(errs, func(a, b error) int { return cmp.Compare(line(a), line(b)) })
	return errs
}
