package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/facts"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/lexicon"
	"github.com/filmgraph/filmgraph/schema"
	"github.com/filmgraph/filmgraph/segment"
)

// Found is a mention a stage found, with what later stages need to know
// about it.
type Found struct {
	Start, End int // the name itself (byte offsets in Doc.Text)
	QStart     int // the quoted form including marks (《…》); = Start when bare
	QEnd       int
	Entity     quad.IRI
	Type       quad.IRI // schema.Work, Person, Festival
	Kind       string   // work kind
	Via        string   // bracket, quote, lexicon, learned, fuzzy, cue, link, short
	Surface    string
	Film       *lexicon.Film
	Person     *lexicon.Person
	Festival   *lexicon.Festival
	Prize      string
	Para       int // index into Context.Paras
}

// Para is one paragraph of the document with its section.
type Para struct {
	Start, End int
	Section    *ingest.Section
	Kind       string
}

// Context is what the stages share while extracting one document.
type Context struct {
	Doc   *ingest.Document
	Lex   *lexicon.Lexicon
	Batch *facts.Batch
	Paras []Para
	Found []*Found

	x       *Extractor
	taken   []span       // sorted, non-overlapping byte ranges already claimed by a mention
	bounds  map[int]bool // gse token edges (Doc.Text offsets) of the clauses cut so far
	cut     map[int]bool // clause starts already cut by Boundary
	authors map[string]bool
	learned map[string]string
	relSeen map[string]bool
	scans   map[int][]lexicon.Match
	sents   map[int][][2]int // sentence spans per paragraph (sentenceOf)
	simp    string           // simplified view of Doc.Text at the same offsets (simple())
}

type span struct{ s, e int }

func newContext(doc *ingest.Document, x *Extractor) *Context {
	c := &Context{Doc: doc, Lex: x.lex, Batch: facts.NewBatch(doc), x: x,
		bounds: map[int]bool{}, cut: map[int]bool{}, authors: map[string]bool{}, learned: map[string]string{}, relSeen: map[string]bool{}}
	for k, v := range x.learned {
		c.learned[k] = v
	}
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if s.Author != "" {
			c.authors[lexicon.Key(s.Author)] = true
		}
		for _, p := range s.Paragraphs {
			c.Paras = append(c.Paras, Para{Start: p.Start, End: p.End, Section: s, Kind: p.Kind})
		}
	}
	return c
}

// Text returns the text of paragraph i.
func (c *Context) Text(i int) string { return c.Doc.Text[c.Paras[i].Start:c.Paras[i].End] }

// IsAuthor reports whether s is the name of an answer author of this
// document: such strings are never films or people.
func (c *Context) IsAuthor(s string) bool { return len(c.authors) > 0 && c.authors[lexicon.Key(s)] }

// Free reports whether [s,e) overlaps no mention found so far.
func (c *Context) Free(s, e int) bool {
	i := sort.Search(len(c.taken), func(i int) bool { return c.taken[i].e > s })
	return i == len(c.taken) || c.taken[i].s >= e
}

func (c *Context) claim(s, e int) {
	i := sort.Search(len(c.taken), func(i int) bool { return c.taken[i].s >= s })
	c.taken = append(c.taken, span{})
	copy(c.taken[i+1:], c.taken[i:])
	c.taken[i] = span{s, e}
}

// Boundary reports whether byte offset off in paragraph p is a gse word
// boundary. Without a segmenter every offset counts as a boundary; callers
// apply stricter rules then.
//
// Only the clause around off is cut (between the punctuation marks in
// clauseStops), once per document: no gse word spans such a mark, so the
// clause's tokens are the paragraph's, and a long paragraph with one short
// title is not cut whole.
func (c *Context) Boundary(p, off int) (bool, bool) {
	seg := c.x.segmenter()
	if seg == nil {
		return true, false
	}
	para := c.Paras[p]
	if off <= para.Start || off >= para.End {
		return true, true
	}
	cs := para.Start
	if i := strings.LastIndexAny(c.Doc.Text[para.Start:off], clauseStops); i >= 0 {
		_, n := utf8.DecodeRuneInString(c.Doc.Text[para.Start+i:])
		cs = para.Start + i + n
	}
	ce := para.End
	if i := strings.IndexAny(c.Doc.Text[off:para.End], clauseStops); i >= 0 {
		ce = off + i
	}
	if off == cs || off == ce {
		return true, true // next to a mark: gse cuts punctuation apart
	}
	if !c.cut[cs] {
		c.cut[cs] = true
		for _, t := range seg.Cut(c.Doc.Text[cs:ce]) {
			c.bounds[cs+t.Start] = true
			c.bounds[cs+t.End] = true
		}
	}
	return c.bounds[off], true
}

// clauseStops are the marks Boundary cuts clauses at.
const clauseStops = "。！？；，、：\n!?;"

// Add records a mention: the entity (merged into the batch with the
// surface as an alias), the mention with its evidence, and the claim on the
// span so later stages do not match inside it.
func (c *Context) Add(f *Found) *Found {
	if !c.Free(f.QStart, f.QEnd) {
		return nil
	}
	c.claim(f.QStart, f.QEnd)
	e := facts.Entity{IRI: f.Entity, Type: f.Type, Aliases: []string{f.Surface}, Kind: f.Kind}
	switch {
	case f.Film != nil:
		e.Label = f.Film.Title
		e.Year = f.Film.Year
		e.TitleEn = f.Film.TitleEn
		e.Country = strings.Join(f.Film.Country, ",")
		e.Tags = f.Film.Tags
	case f.Person != nil:
		e.Label = f.Person.Name
		e.Kind = ""
		// the person's other known names (饺子 for 杨宇, Jiaozi), so that
		// `show 饺子` and a reader's own name for the person find the node
		if f.Person.NameEn != "" {
			e.Aliases = append(e.Aliases, f.Person.NameEn)
		}
		e.Aliases = append(e.Aliases, f.Person.Aliases...)
		e.Aliases = append(e.Aliases, f.Person.Weak...)
	case f.Festival != nil:
		e.Label = f.Festival.Name
		e.TitleEn = f.Festival.NameEn
		e.Kind = f.Festival.Kind
	case f.Type == schema.Work:
		// a title the lexicon does not know is named by its simplified
		// form, the mainland canonical one (停車 → 停车); the surface stays
		// an alias
		e.Label = lexicon.ToSimplified(f.Surface)
	default:
		e.Label = f.Surface
	}
	if f.Type == schema.Work && e.Kind == "" {
		e.Kind = "film"
	}
	c.Batch.AddEntity(e)
	c.Batch.Mentions = append(c.Batch.Mentions, facts.Mention{
		Entity: f.Entity, Surface: f.Surface, Via: f.Via,
		Span: facts.Evidence{Start: f.Start, End: f.End}, Quote: facts.Evidence{Start: f.QStart, End: f.QEnd},
	})
	c.Found = append(c.Found, f)
	return f
}

// Relate records a relation the document states, once per subject,
// predicate, object and evidence start.
func (c *Context) Relate(r facts.Relation) {
	k := string(r.Subject) + "|" + string(r.Predicate) + "|" + quad.StringOf(r.Object) + "|" + itoa(r.Span.Start)
	if c.relSeen[k] {
		return
	}
	c.relSeen[k] = true
	c.Batch.Relations = append(c.Batch.Relations, r)
}

// ParaOf returns the index of the paragraph containing byte offset off, or -1.
func (c *Context) ParaOf(off int) int {
	i := sort.Search(len(c.Paras), func(i int) bool { return c.Paras[i].End > off })
	if i < len(c.Paras) && c.Paras[i].Start <= off {
		return i
	}
	return -1
}

// sorted returns the found mentions ordered by position.
func (c *Context) sorted() []*Found {
	out := append([]*Found(nil), c.Found...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// within returns the mentions of ms (sorted by position, as sorted()
// returns them; claimed spans never overlap) that lie inside [s,e), found
// by binary search: relation stages ask this for every sentence.
func within(ms []*Found, s, e int) []*Found {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].QStart >= s })
	j := i
	for j < len(ms) && ms[j].QStart < e {
		j++
	}
	var out []*Found
	for _, f := range ms[i:j] {
		if f.QEnd <= e {
			out = append(out, f)
		}
	}
	return out
}

func (c *Context) finish() {
	sort.SliceStable(c.Batch.Mentions, func(i, j int) bool { return c.Batch.Mentions[i].Span.Start < c.Batch.Mentions[j].Span.Start })
	for _, e := range c.Batch.Entities {
		sort.Strings(e.Aliases)
	}
}

var _ = segment.Span{}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
