// Package devtest measures filmgraph on the development sets. testdata/dev
// holds twenty-three texts written for the project by people who
// had not read the extractors (Zhihu-style, Douban-style and English forum
// threads, Chinese and English op-eds, an essay and a column, festival
// reports and award pages, cast news, an industry report, a policy speech,
// Taiwanese reviews, trade-press and wire stories, an academic essay),
// with their gold in testdata/dev/gold. testdata/dev2 holds nine more
// (five Chinese: festival news, a review, a Zhihu-style thread, an op-ed,
// a report; four English: trade press, an op-ed, a forum thread, an
// academic essay), written in the fifth session by helpers who had not
// read the extractors, after half of that session's rules were in, and
// testdata/dev3 nine more written at the end of it (see floors3), and
// testdata/dev4 eight more written after its last rule (see floors4),
// testdata/dev5 eight more written in the sixth session (see floors5),
// testdata/dev6 seven more written later in it (see floors6),
// testdata/dev7 seven more written at the start of the seventh (see
// floors7), testdata/dev8 seven more written then and scored only at the
// session's end (see floors8), testdata/dev9 six more written late in it
// (see floors9), and in the eighth session testdata/dev10 (tuned on),
// testdata/dev11 (sealed until the session's end) and testdata/dev12 (the
// corpus's five formats; scored on arrival, then tuned on), and
// testdata/dev13 (sealed, scored once at the session's end).
// Unlike the held-out set, the development sets
// may be read item by item (`filmgraph ingest testdata/dev && filmgraph
// eval --gold testdata/dev/gold --errors`): it is where errors on
// unfamiliar writing are studied. Fixing what it shows is fitting, so the
// held-out set stays the measure of generalisation.
//
// The floors are the measured figures minus about 0.05: they catch a
// regression, they are not a target.
package devtest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/filmgraph/filmgraph/eval"
	"github.com/filmgraph/filmgraph/eval/evaltest"
	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/pipeline"
)

var (
	dir   = filepath.Join("..", "..", "testdata", "dev")
	dir2  = filepath.Join("..", "..", "testdata", "dev2")
	dir3  = filepath.Join("..", "..", "testdata", "dev3")
	dir4  = filepath.Join("..", "..", "testdata", "dev4")
	dir5  = filepath.Join("..", "..", "testdata", "dev5")
	dir6  = filepath.Join("..", "..", "testdata", "dev6")
	dir7  = filepath.Join("..", "..", "testdata", "dev7")
	dir8  = filepath.Join("..", "..", "testdata", "dev8")
	dir9  = filepath.Join("..", "..", "testdata", "dev9")
	dir10 = filepath.Join("..", "..", "testdata", "dev10")
	dir11 = filepath.Join("..", "..", "testdata", "dev11")
	dir12 = filepath.Join("..", "..", "testdata", "dev12")
	dir13 = filepath.Join("..", "..", "testdata", "dev13")
	dir14 = filepath.Join("..", "..", "testdata", "dev14")
	dir15 = filepath.Join("..", "..", "testdata", "dev15")
	dir16 = filepath.Join("..", "..", "testdata", "dev16")
	dir17 = filepath.Join("..", "..", "testdata", "dev17")
	dir18 = filepath.Join("..", "..", "testdata", "dev18")
)

// floors. The twenty-three texts scored with the binary of the start of
// the fourth session: works 0.928, people 0.880, festivals 0.870,
// directed_by 0.573, acted_in 0.497, awards 0.693, causes 0.470,
// cause_films 0.284, argues 0.901. At the end of that session: works
// 0.975, people 0.939, festivals 0.982, directed_by 0.892, acted_in 0.887,
// awards 0.904, causes 0.621, cause_films 0.402, argues 0.940. In the
// fifth session: directed_by 0.926, awards 0.926, causes 0.653,
// cause_films 0.451, argues 0.932 (floors raised with them).
var floors = map[string]float64{
	eval.RowWorks:      0.92,
	eval.RowPeople:     0.89,
	eval.RowFestivals:  0.93,
	eval.RowDirectedBy: 0.89,
	eval.RowActedIn:    0.87,
	eval.RowAwards:     0.87,
	eval.RowCauses:     0.60,
	eval.RowCauseFilms: 0.41,
	eval.RowArgues:     0.88,
}

// floors2 for testdata/dev2. Scored when written, with the binary of the
// middle of the fifth session: works 0.990, people 0.957, festivals 0.949,
// directed_by 0.782, acted_in 0.495, awards 0.840, causes 0.678,
// cause_films 0.375, argues 0.973 (0.985, 0.957, 0.949, 0.771, 0.478,
// 0.840, 0.678, 0.298, 0.973 with the binary of the session's start). At
// the end of that session: see README.md.
var floors2 = map[string]float64{
	eval.RowWorks:      0.94,
	eval.RowPeople:     0.90,
	eval.RowFestivals:  0.89,
	eval.RowDirectedBy: 0.91,
	eval.RowActedIn:    0.86,
	eval.RowAwards:     0.79,
	eval.RowCauses:     0.71,
	eval.RowCauseFilms: 0.50,
	eval.RowArgues:     0.92,
}

// floors3 for testdata/dev3: nine more texts (five Chinese: a Douban
// review, Hong Kong news in traditional characters, a Weibo-style thread,
// a forum speech, a producer interview; four English: a review, a
// Reddit-style thread, a director profile, a policy brief), written late
// in the fifth session and first scored before anything was tuned on
// them: works 0.952, people 0.938, festivals 0.900, directed_by 0.625,
// acted_in 0.506, awards 0.578, causes 0.565, cause_films 0.364, argues
// 0.927; with the binary of that session's start directed_by 0.603,
// acted_in 0.506, causes 0.569, cause_films 0.346. After the co-mention
// credits and the longer lexicon casts: directed_by 0.861, acted_in 0.833;
// after the English award names: festivals 0.966, awards 0.652; after
// the sentence-after credits: directed_by 0.889, acted_in 0.904.
var floors3 = map[string]float64{
	eval.RowWorks:      0.90,
	eval.RowPeople:     0.88,
	eval.RowFestivals:  0.85,
	eval.RowDirectedBy: 0.83,
	eval.RowActedIn:    0.85,
	eval.RowAwards:     0.52,
	eval.RowCauses:     0.51,
	eval.RowCauseFilms: 0.31,
	eval.RowArgues:     0.87,
}

func TestDev(t *testing.T) {
	scoreSet(t, dir, floors)
}

func TestDev2(t *testing.T) {
	scoreSet(t, dir2, floors2)
}

func TestDev3(t *testing.T) {
	scoreSet(t, dir3, floors3)
}

// floors4 for testdata/dev4: eight texts (four Chinese: a director
// retrospective, an overseas box-office analysis, a Tieba-style thread, a
// festival diary; four English: a career overview, a newsletter, a Q&A, a
// blog post), written after the fifth session's last rule and scored once
// before anything was looked at: works 0.982, people 0.952, festivals
// 0.900, directed_by 0.800, acted_in 0.843, awards 0.806, causes 0.560,
// cause_films 0.316, argues 1.000 (the binary of the session's start:
// 0.982, 0.952, 0.923, 0.633, 0.348, 0.806, 0.560, 0.286, 1.000). One
// regression it showed (marketable read as market) was then fixed:
// festivals 0.923.
var floors4 = map[string]float64{
	eval.RowWorks:      0.93,
	eval.RowPeople:     0.90,
	eval.RowFestivals:  0.87,
	eval.RowDirectedBy: 0.75,
	eval.RowActedIn:    0.79,
	eval.RowAwards:     0.75,
	eval.RowCauses:     0.51,
	eval.RowCauseFilms: 0.26,
	eval.RowArgues:     0.95,
}

func TestDev4(t *testing.T) {
	scoreSet(t, dir4, floors4)
}

func scoreSet(t *testing.T, dir string, floors map[string]float64) {
	if testing.Short() {
		t.Skip("ingests the development set through the whole pipeline")
	}
	ctx := context.Background()
	st, err := graph.Open(graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// the directory walk reads the texts and skips the gold *.json below
	sum, err := pipeline.Run(ctx, st, pipeline.Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 || sum.Documents == 0 {
		t.Fatalf("%d documents, %d failed: %+v", sum.Documents, sum.Failed, sum.Docs)
	}
	rep := evaltest.Score(t, ctx, st, filepath.Join(dir, "gold"))
	evaltest.CheckFloors(t, rep, floors, 0, "on "+dir+"; run `filmgraph ingest "+dir+" && filmgraph eval --gold "+dir+"/gold --errors` to see what was lost")
}

// floors5 for testdata/dev5: eight texts (five Chinese: a Zhihu-style
// thread of sixteen answers, a WeChat essay on overseas box office, a
// festival-market panel transcript, a Bilibili video script with its
// comments, a course paper; three English: a magazine long-read, a
// Letterboxd-style thread, a FILMART trade wrap), written in the sixth
// session by a helper who had not read the extractors, and scored once
// before anything was looked at: works 0.952, people 0.928, festivals
// 0.976, directed_by 0.938, acted_in 0.986, awards 0.814, causes 0.659,
// cause_films 0.371, argues 0.982. The binary of the session's start
// scored the same on every row: none of the session's rules until then
// fired on these texts.
var floors5 = map[string]float64{
	eval.RowWorks:      0.90,
	eval.RowPeople:     0.87,
	eval.RowFestivals:  0.92,
	eval.RowDirectedBy: 0.88,
	eval.RowActedIn:    0.93,
	eval.RowAwards:     0.76,
	eval.RowCauses:     0.60,
	eval.RowCauseFilms: 0.32,
	eval.RowArgues:     0.93,
}

func TestDev5(t *testing.T) {
	scoreSet(t, dir5, floors5)
}

// floors6 for testdata/dev6: seven texts (four Chinese: a Zhihu-style
// thread of fourteen answers, a newspaper commentary, a Douban long
// review, a WeChat group chat; three English: an op-ed, a podcast
// transcript, a lecture handout), written in the sixth session by a
// helper who had not read the extractors, and scored once on arrival with
// the binary of that moment: works 0.927, people 0.918, festivals 0.947,
// directed_by 0.893, acted_in 0.759, awards 0.528, causes 0.528,
// cause_films 0.267, argues 0.971 (the binary of the session's start:
// the same but causes 0.519, cause_films 0.275).
var floors6 = map[string]float64{
	eval.RowWorks:      0.87,
	eval.RowPeople:     0.86,
	eval.RowFestivals:  0.89,
	eval.RowDirectedBy: 0.84,
	eval.RowActedIn:    0.70,
	eval.RowAwards:     0.47,
	eval.RowCauses:     0.47,
	eval.RowCauseFilms: 0.21,
	eval.RowArgues:     0.92,
}

func TestDev6(t *testing.T) {
	scoreSet(t, dir6, floors6)
}

// floors7 for testdata/dev7: seven texts (five Chinese: a Weibo
// hot-topic thread of twelve replies, a Tieba thread of nine floors, an
// industry-report excerpt, a director interview, a Xiaohongshu post; two
// English: an r/TrueFilm thread of eleven comments, a repertory-season
// catalogue with a curator's essay), written at the start of the seventh
// session by a helper who had not read the extractors, and scored once on
// arrival with the binary of that session's start: works 0.983, people
// 0.933, festivals 0.970, directed_by 0.933, acted_in 0.870, awards
// 0.733, causes 0.667, cause_films 0.530, argues 0.935.
var floors7 = map[string]float64{
	// raised after the session's rules (tuned on these texts): works
	// 0.988, people 0.942, festivals 0.970, directed_by 0.933, acted_in
	// 0.980, awards 0.899, causes 0.762, cause_films 0.602, argues 0.951
	eval.RowWorks:      0.93,
	eval.RowPeople:     0.89,
	eval.RowFestivals:  0.92,
	eval.RowDirectedBy: 0.88,
	eval.RowActedIn:    0.93,
	eval.RowAwards:     0.84,
	eval.RowCauses:     0.71,
	eval.RowCauseFilms: 0.55,
	eval.RowArgues:     0.90,
}

func TestDev7(t *testing.T) {
	scoreSet(t, dir7, floors7)
}

// floors8 for testdata/dev8: seven texts (a Zhihu thread of eleven
// answers, a Bilibili comment section, an academic paper excerpt, a
// 公众号 article on one film's overseas release, an English newspaper
// feature from a film market, an English Substack essay, a bilingual
// festival press release), written in the seventh session by a helper
// who had not read the extractors and left unread by the developer until
// the session's rules were in. Scored with the binary of the session's
// start: works 0.942, people 0.913, festivals 0.962, directed_by 0.810,
// acted_in 0.847, awards 0.773, causes 0.549, cause_films 0.296, argues
// 0.897; with the binary after the session's rules (63693cb): the same
// but causes 0.542 (P 0.500 R 0.592), cause_films 0.295. (The helper
// saw five of the system's claims on the Bilibili text before annotating
// it.)
var floors8 = map[string]float64{
	// then tuned on: works 0.958, directed_by 0.840, awards 0.800, causes
	// 0.571, cause_films 0.322 at the session's end
	eval.RowWorks:      0.90,
	eval.RowPeople:     0.86,
	eval.RowFestivals:  0.91,
	eval.RowDirectedBy: 0.79,
	eval.RowActedIn:    0.79,
	eval.RowAwards:     0.72,
	eval.RowCauses:     0.52,
	eval.RowCauseFilms: 0.27,
	eval.RowArgues:     0.84,
}

func TestDev8(t *testing.T) {
	scoreSet(t, dir8, floors8)
}

// floors9 for testdata/dev9: six texts (a Douban review, a Zhihu thread of
// nine answers, a 提案, a bilingual film-club transcript; an English trade
// story and a conference abstract), written late in the seventh session
// by a helper who had not read the extractors, and not tuned on. Scored
// with three binaries: the session's start: works 0.943, people 0.891,
// festivals 0.900, directed_by 0.923, acted_in 0.923, awards 0.773,
// causes 0.633, cause_films 0.435, argues 0.917; the binary it was written
// against (63693cb, on arrival): the same but causes 0.653, cause_films
// 0.418; the session's end: the same but causes 0.667 (P 0.654 R 0.680),
// cause_films 0.418.
var floors9 = map[string]float64{
	eval.RowWorks:      0.89,
	eval.RowPeople:     0.84,
	eval.RowFestivals:  0.85,
	eval.RowDirectedBy: 0.87,
	eval.RowActedIn:    0.87,
	eval.RowAwards:     0.72,
	eval.RowCauses:     0.61,
	eval.RowCauseFilms: 0.36,
	eval.RowArgues:     0.86,
}

func TestDev9(t *testing.T) {
	scoreSet(t, dir9, floors9)
}

// floors10 for testdata/dev10: seven texts (a Zhihu thread of twelve
// answers on sci-fi films abroad, an English trade story on a blockbuster's
// North American release, a PDF-extracted report with a numbered outline
// and a flattened table, a 公众号 long post, a bilingual festival
// programme, an English director blog with comments, a Douban review with
// its replies), written at the start of the eighth session by a helper who
// had not read the extractors. On arrival, with the session-start binary
// (e53b731): works 0.954, people 0.892, festivals 0.926, directed_by
// 0.851, acted_in 0.568, awards 0.716, causes 0.720, cause_films 0.407,
// argues 1.000. Then tuned on; at the session's end: works 0.985, people
// 0.936, festivals 0.964, directed_by 0.951, acted_in 0.848, awards 0.819,
// causes 0.800, cause_films 0.493.
var floors10 = map[string]float64{
	eval.RowWorks:      0.93,
	eval.RowPeople:     0.88,
	eval.RowFestivals:  0.91,
	eval.RowDirectedBy: 0.90,
	eval.RowActedIn:    0.79,
	eval.RowAwards:     0.76,
	eval.RowCauses:     0.75,
	eval.RowCauseFilms: 0.44,
	eval.RowArgues:     0.95,
}

func TestDev10(t *testing.T) {
	scoreSet(t, dir10, floors10)
}

// floors11 for testdata/dev11: six texts (a Zhihu thread of twelve
// answers comparing Korean films, a narrow-column newspaper commentary, an
// English op-ed against the "can't travel" story, a magazine interview
// with a director, a three-host podcast transcript, an English Reddit
// thread), written at the start of the eighth session by a helper who had
// not read the extractors, and left unread, never scored item by item,
// until the session's last rule was in. Session-start binary (e53b731):
// works 0.918, people 0.941, festivals 0.895, directed_by 0.930, acted_in
// 0.824, awards 0.889, causes 0.646 (P 0.618 R 0.677), cause_films 0.331
// (P 0.457 R 0.259), argues 0.966. Session-end binary: the same but works
// 0.924, causes 0.641 (P 0.609 R 0.677), cause_films 0.379 (P 0.490
// R 0.309).
var floors11 = map[string]float64{
	eval.RowWorks:      0.87,
	eval.RowPeople:     0.89,
	eval.RowFestivals:  0.84,
	eval.RowDirectedBy: 0.88,
	eval.RowActedIn:    0.77,
	eval.RowAwards:     0.83,
	eval.RowCauses:     0.59,
	eval.RowCauseFilms: 0.32,
	eval.RowArgues:     0.91,
}

func TestDev11(t *testing.T) {
	scoreSet(t, dir11, floors11)
}

// floors12 for testdata/dev12: five texts in the five formats of the
// corpus (a Zhihu thread of sixteen answers, a news item, a PDF-extracted
// report passage, a narrow-column newspaper page, a bilingual exhibition
// page), written in the eighth session by a helper who had not read the
// extractors. On arrival, session-start binary (e53b731): works 0.974,
// people 0.907, festivals 0.966, directed_by 0.906, acted_in 0.963, awards
// 0.750, causes 0.620, cause_films 0.352, argues 0.973; the binary of that
// hour: the same but cause_films 0.357. Then tuned on: causes 0.748,
// cause_films 0.453 at the session's end.
var floors12 = map[string]float64{
	eval.RowWorks:      0.92,
	eval.RowPeople:     0.85,
	eval.RowFestivals:  0.91,
	eval.RowDirectedBy: 0.85,
	eval.RowActedIn:    0.91,
	eval.RowAwards:     0.70,
	eval.RowCauses:     0.69,
	eval.RowCauseFilms: 0.40,
	eval.RowArgues:     0.92,
}

func TestDev12(t *testing.T) {
	scoreSet(t, dir12, floors12)
}

// floors13 for testdata/dev13: five texts (a Zhihu thread of fourteen
// answers, a Weibo long post with replies, an English magazine feature, a
// think-tank policy commentary, a page of English Letterboxd reviews),
// written late in the eighth session by a helper who had not read the
// extractors, sealed, and scored once, with the session's last binary.
// Session-start binary (e53b731): works 0.949, people 0.979, festivals
// 0.973, directed_by 0.938, acted_in 0.842, awards 0.900, causes 0.667
// (P 0.656 R 0.678), cause_films 0.373 (P 0.500 R 0.297), argues 1.000.
// Session-end binary: the same but causes 0.661 (P 0.645 R 0.678),
// cause_films 0.378 (P 0.447 R 0.328): the session's rules did not carry.
var floors13 = map[string]float64{
	eval.RowWorks:      0.90,
	eval.RowPeople:     0.93,
	eval.RowFestivals:  0.92,
	eval.RowDirectedBy: 0.88,
	eval.RowActedIn:    0.79,
	eval.RowAwards:     0.85,
	eval.RowCauses:     0.61,
	eval.RowCauseFilms: 0.32,
	eval.RowArgues:     0.95,
}

func TestDev13(t *testing.T) {
	scoreSet(t, dir13, floors13)
}

// floors14 for testdata/dev14: six texts in the corpus's formats and two
// more (a Zhihu thread of ten answers, a news report, a PDF-extracted
// industry report, a narrow-column opinion piece, an English blog essay,
// a bilingual retrospective programme), written at the start of the ninth
// session by a helper who had not read the extractors, sealed, and scored
// once near its end. The session-start binary (ac96dc7) and the binary of
// that hour score it the same: works 1.000, people 0.973, festivals 0.980,
// directed_by 0.986, acted_in 0.975, awards 0.750, causes 0.727,
// cause_films 0.532, argues 0.963; the session's last rules: cause_films
// 0.544.
var floors14 = map[string]float64{
	eval.RowWorks:      0.97,
	eval.RowPeople:     0.95,
	eval.RowFestivals:  0.95,
	eval.RowDirectedBy: 0.96,
	eval.RowActedIn:    0.95,
	eval.RowAwards:     0.72,
	eval.RowCauses:     0.70,
	eval.RowCauseFilms: 0.50,
	eval.RowArgues:     0.93,
}

func TestDev14(t *testing.T) {
	scoreSet(t, dir14, floors14)
}

// floors15 for testdata/dev15: six texts that are no Zhihu thread (a
// magazine interview, Douban short reviews, an English trade story, a
// Weibo post with replies, an English podcast transcript, a student's
// lecture notes), written in the ninth session, scored on arrival and
// then worked on. On arrival, session-start binary: causes 0.624,
// cause_films 0.420; now works 0.963, people 0.959, festivals 0.979,
// directed_by 0.923, acted_in 0.897, awards 0.840, causes 0.692,
// cause_films 0.428.
var floors15 = map[string]float64{
	eval.RowWorks:      0.94,
	eval.RowPeople:     0.93,
	eval.RowFestivals:  0.95,
	eval.RowDirectedBy: 0.90,
	eval.RowActedIn:    0.87,
	eval.RowAwards:     0.81,
	eval.RowCauses:     0.66,
	eval.RowCauseFilms: 0.40,
	eval.RowArgues:     0.97,
}

func TestDev15(t *testing.T) {
	scoreSet(t, dir15, floors15)
}

// floors16 for testdata/dev16: six texts (two Zhihu threads of eleven and
// seven answers, a news article, a PDF-extracted report, an English
// review, a bilingual programme), written late in the ninth session,
// sealed, and scored once: the session-start binary and the binary of
// that hour score it the same (works 0.961, people 0.932, festivals 0.977,
// directed_by 0.957, acted_in 0.889, awards 0.813, causes 0.616,
// cause_films 0.306, argues 0.952). Then worked on: causes 0.644,
// cause_films 0.336.
var floors16 = map[string]float64{
	eval.RowWorks:      0.94,
	eval.RowPeople:     0.91,
	eval.RowFestivals:  0.95,
	eval.RowDirectedBy: 0.93,
	eval.RowActedIn:    0.86,
	eval.RowAwards:     0.78,
	eval.RowCauses:     0.62,
	eval.RowCauseFilms: 0.31,
	eval.RowArgues:     0.92,
}

func TestDev16(t *testing.T) {
	scoreSet(t, dir16, floors16)
}

// floors17 for testdata/dev17: five texts in the corpus's five formats (a
// Zhihu thread of fifteen answers, a news item, a PDF-extracted report, a
// narrow-column page, a bilingual page), written last in the ninth
// session by a helper who had not read the extractors, sealed, and scored
// once with the session's last binary. Session-start binary (ac96dc7):
// works 0.992, people 0.936, festivals 0.976, directed_by 0.966, acted_in
// 0.974, awards 0.762, causes 0.656, cause_films 0.431, argues 0.971.
// The binary of that hour: the same but festivals 1.000, causes 0.667,
// cause_films 0.448. Then read: causes 0.677.
var floors17 = map[string]float64{
	eval.RowWorks:      0.97,
	eval.RowPeople:     0.91,
	eval.RowFestivals:  0.97,
	eval.RowDirectedBy: 0.94,
	eval.RowActedIn:    0.95,
	eval.RowAwards:     0.73,
	eval.RowCauses:     0.64,
	eval.RowCauseFilms: 0.42,
	eval.RowArgues:     0.95,
}

func TestDev17(t *testing.T) {
	scoreSet(t, dir17, floors17)
}

// floors18 for testdata/dev18: five texts (a Zhihu thread of fifteen
// answers on a narrower question, a news item, a PDF-extracted report, a
// narrow-column page, an English essay), written at the end of the ninth
// session by a helper who had not read the extractors, sealed, and scored
// once with the session's last binary. Session-start binary (ac96dc7):
// works 0.969, people 0.946, festivals 1.000, directed_by 0.945, acted_in
// 1.000, awards 0.757, causes 0.684, cause_films 0.397, argues 0.971.
// Session end: the same but causes 0.689, cause_films 0.409.
var floors18 = map[string]float64{
	eval.RowWorks:      0.94,
	eval.RowPeople:     0.92,
	eval.RowFestivals:  0.97,
	eval.RowDirectedBy: 0.92,
	eval.RowActedIn:    0.97,
	eval.RowAwards:     0.73,
	eval.RowCauses:     0.66,
	eval.RowCauseFilms: 0.38,
	eval.RowArgues:     0.95,
}

func TestDev18(t *testing.T) {
	scoreSet(t, dir18, floors18)
}
