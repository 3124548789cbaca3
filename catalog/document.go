package catalog

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// DocumentInfo is what `show` prints about a document: its metadata, who
// wrote it, what it mentions and what it argues.
type DocumentInfo struct {
	Title    string   `json:"title"`
	Format   string   `json:"format"`
	Lang     string   `json:"lang,omitempty"`
	Date     string   `json:"date,omitempty"`
	Source   string   `json:"source,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Sections int      `json:"sections"`
	// Authors are the section authors, with how many sections each wrote,
	// most sections first.
	Authors []DocAuthor `json:"authors"`
	// Works, People and Festivals are the entities the document mentions,
	// most mentioned first, at most the cap `show` was given; the *Total
	// fields count them all.
	Works          []Mentioned `json:"works"`
	WorksTotal     int         `json:"works_total"`
	People         []Mentioned `json:"people"`
	PeopleTotal    int         `json:"people_total"`
	Festivals      []Mentioned `json:"festivals"`
	FestivalsTotal int         `json:"festivals_total"`
	// Claims are the document's arguments, in the order of the text.
	Claims []DocClaim `json:"claims"`
}

// DocAuthor is an author of some of a document's sections.
type DocAuthor struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Sections int    `json:"sections"`
}

// Mentioned is an entity a document mentions, with how many times.
type Mentioned struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Mentions int    `json:"mentions"`
}

// DocClaim is one argument of a document.
type DocClaim struct {
	ID         string   `json:"id"`
	Claim      string   `json:"claim"`
	Stance     string   `json:"stance,omitempty"`
	Causes     []string `json:"causes"`
	Confidence float64  `json:"confidence"`
	Effect     string   `json:"effect,omitempty"`
	Cites      []Cited  `json:"cites"`
	Evidence   *Quote   `json:"evidence"`
}

// Cited is an entity a claim cites, with the role it is cited in.
type Cited struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Role  string `json:"role,omitempty"`
}

// document reads a document's detail. Every read starts from the
// document node or a node reached from it: the document's own quads
// (metadata, sections, packed author and mention rows), then each
// section's claims (the (section, fg:inSection) prefix), then each
// claim and its citation statements. maxEntities caps each mention list
// (0 = all).
func (r *Reader) document(ctx context.Context, n *Node, maxEntities int) (*DocumentInfo, error) {
	info := &DocumentInfo{
		Title: n.Str(schema.Title), Format: n.Str(schema.Format), Lang: n.Str(schema.Lang),
		Date: n.Str(schema.Date), Source: n.Str(schema.SourcePath), Tags: n.Strs(schema.Tag),
	}
	sections := n.IRIs(schema.HasSection)
	info.Sections = len(sections)
	secs := map[quad.IRI]*sectionInfo{}

	// Authors: the packed rows "author\tsections"; a document ingested
	// before the rows existed has its sections read instead.
	for _, row := range n.Strs(schema.DocAuthorRow) {
		f := strings.Split(row, "\t")
		if len(f) < 2 {
			continue
		}
		k, _ := strconv.Atoi(f[1])
		info.Authors = append(info.Authors, DocAuthor{ID: f[0], Name: r.Label(ctx, quad.IRI(f[0])), Sections: k})
	}
	if len(info.Authors) == 0 {
		count := map[quad.IRI]int{}
		for _, sec := range sections {
			si, err := r.section(ctx, secs, sec)
			if err != nil {
				return nil, err
			}
			if si.author != "" {
				count[si.author]++
			}
		}
		for a, k := range count {
			info.Authors = append(info.Authors, DocAuthor{ID: string(a), Name: r.Label(ctx, a), Sections: k})
		}
	}
	sort.Slice(info.Authors, func(i, j int) bool {
		a, b := info.Authors[i], info.Authors[j]
		if a.Sections != b.Sections {
			return a.Sections > b.Sections
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})

	// Mentions: the packed rows "entity\tmentions"; an entity's type is
	// read from its IRI, and only the listed entities' labels are read.
	var works, people, fests []Mentioned
	for _, row := range n.Strs(schema.DocMentionRow) {
		f := strings.Split(row, "\t")
		if len(f) < 2 {
			continue
		}
		k, _ := strconv.Atoi(f[1])
		m := Mentioned{ID: f[0], Mentions: k}
		switch entityRank(f[0]) {
		case rankWork:
			works = append(works, m)
		case rankPerson:
			people = append(people, m)
		case rankFestival:
			fests = append(fests, m)
		}
	}
	info.WorksTotal, info.PeopleTotal, info.FestivalsTotal = len(works), len(people), len(fests)
	info.Works = r.topMentioned(ctx, works, maxEntities)
	info.People = r.topMentioned(ctx, people, maxEntities)
	info.Festivals = r.topMentioned(ctx, fests, maxEntities)

	claims, err := r.documentClaims(ctx, n.IRI, sections)
	if err != nil {
		return nil, err
	}
	for _, c := range claims {
		dc, err := r.docClaim(ctx, secs, c)
		if err != nil {
			return nil, err
		}
		if dc != nil {
			info.Claims = append(info.Claims, *dc)
		}
	}
	sort.SliceStable(info.Claims, func(i, j int) bool {
		a, b := info.Claims[i].Evidence, info.Claims[j].Evidence
		if a == nil || b == nil {
			return a != nil && b == nil
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	if info.Authors == nil {
		info.Authors = []DocAuthor{}
	}
	if info.Claims == nil {
		info.Claims = []DocClaim{}
	}
	return info, nil
}

// topMentioned sorts most mentioned first (ties by IRI), keeps the first
// max (0 = all) and reads their labels.
func (r *Reader) topMentioned(ctx context.Context, ms []Mentioned, max int) []Mentioned {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Mentions != ms[j].Mentions {
			return ms[i].Mentions > ms[j].Mentions
		}
		return ms[i].ID < ms[j].ID
	})
	if max > 0 && len(ms) > max {
		ms = ms[:max]
	}
	for i := range ms {
		ms[i].Label = r.Label(ctx, quad.IRI(ms[i].ID))
	}
	if ms == nil {
		ms = []Mentioned{}
	}
	return ms
}

// documentClaims finds the document's claim nodes. A claim lies in a
// section (fg:inSection), so each section's (section, fg:inSection)
// prefix is scanned and the subjects named like the document's claims
// (schema.ClaimIRI) are kept. A document without sections is read
// through its evidence nodes instead.
func (r *Reader) documentClaims(ctx context.Context, doc quad.IRI, sections []quad.IRI) ([]quad.IRI, error) {
	prefix := string(doc) + "/c/"
	seen := map[quad.IRI]bool{}
	var out []quad.IRI
	keep := func(vals []quad.Value) {
		for _, v := range vals {
			iri := asIRI(v)
			if strings.HasPrefix(string(iri), prefix) && !seen[iri] {
				seen[iri] = true
				out = append(out, iri)
			}
		}
	}
	if len(sections) > 0 {
		for _, sec := range sections {
			vals, err := r.S.Subjects(ctx, sec, schema.InSection)
			if err != nil {
				return nil, err
			}
			keep(vals)
		}
		return out, nil
	}
	evs, err := r.S.Subjects(ctx, doc, schema.InDocument)
	if err != nil {
		return nil, err
	}
	for _, ev := range evs {
		vals, err := r.S.Subjects(ctx, ev, schema.HasEvid)
		if err != nil {
			return nil, err
		}
		keep(vals)
	}
	return out, nil
}

// docClaim reads one claim: its stance, causes, confidence, quote, and
// the entities it cites with their roles (from its citation statements).
func (r *Reader) docClaim(ctx context.Context, secs map[quad.IRI]*sectionInfo, claim quad.IRI) (*DocClaim, error) {
	cn, err := r.Node(ctx, claim)
	if err != nil {
		return nil, err
	}
	if !cn.Has(schema.Claim) {
		return nil, nil
	}
	c := &DocClaim{ID: string(claim), Stance: cn.Str(schema.Stance), Confidence: cn.Float(schema.Confidence), Effect: cn.Str(schema.Effect)}
	for _, cause := range cn.IRIs(schema.ClaimOf) {
		c.Causes = append(c.Causes, strings.TrimPrefix(string(cause), "fg:cause/"))
	}
	if ev := firstObject(cn, schema.HasEvid); ev != nil {
		if c.Evidence, err = r.sectionQuote(ctx, secs, ev); err != nil {
			return nil, err
		}
		c.Claim = c.Evidence.Quote
	}
	// Roles live on the citation statements (claim fg:cites entity).
	cited := cn.IRIs(schema.Cites)
	if len(cited) > 0 {
		stmts, err := r.S.Subjects(ctx, claim, schema.Subject)
		if err != nil {
			return nil, err
		}
		roles := map[quad.IRI]map[string]bool{}
		for _, st := range stmts {
			sn, err := r.Node(ctx, st)
			if err != nil {
				return nil, err
			}
			if asIRI(firstObject(sn, schema.Predicate)) != schema.Cites {
				continue
			}
			e := asIRI(firstObject(sn, schema.Object))
			if roles[e] == nil {
				roles[e] = map[string]bool{}
			}
			for _, role := range sn.Strs(schema.CiteRole) {
				roles[e][role] = true
			}
		}
		// Works first, then people, then festivals and the rest.
		sort.SliceStable(cited, func(i, j int) bool { return entityRank(string(cited[i])) < entityRank(string(cited[j])) })
		for _, e := range cited {
			label := r.Label(ctx, e)
			rs := sortedKeys(roles[e])
			if len(rs) == 0 {
				c.Cites = append(c.Cites, Cited{ID: string(e), Label: label})
			}
			for _, role := range rs {
				c.Cites = append(c.Cites, Cited{ID: string(e), Label: label, Role: role})
			}
		}
	}
	if c.Causes == nil {
		c.Causes = []string{}
	}
	if c.Cites == nil {
		c.Cites = []Cited{}
	}
	return c, nil
}

// Entity ranks by IRI: the order `show` lists a document's entities in.
const (
	rankWork = iota
	rankPerson
	rankFestival
	rankOther
)

// entityRank reads an entity's kind from its IRI (schema.WorkIRI,
// PersonIRI, FestivalIRI), without reading the node.
func entityRank(iri string) int {
	for rank, p := range []string{"fg:work/", "fg:person/", "fg:festival/"} {
		if strings.HasPrefix(iri, p) {
			return rank
		}
	}
	return rankOther
}

// sectionInfo is what a quote needs of a section.
type sectionInfo struct {
	index      int
	author     quad.IRI
	authorName string
}

func (r *Reader) section(ctx context.Context, secs map[quad.IRI]*sectionInfo, sec quad.IRI) (*sectionInfo, error) {
	if si := secs[sec]; si != nil {
		return si, nil
	}
	sn, err := r.Node(ctx, sec)
	if err != nil {
		return nil, err
	}
	si := &sectionInfo{index: sn.Int(schema.Index)}
	if a := firstObject(sn, schema.WrittenBy); a != nil {
		si.author = asIRI(a)
		si.authorName = r.Label(ctx, a)
	}
	secs[sec] = si
	return si, nil
}

// sectionQuote is Quote with the sections read once per document.
func (r *Reader) sectionQuote(ctx context.Context, secs map[quad.IRI]*sectionInfo, ev quad.Value) (*Quote, error) {
	en, err := r.Node(ctx, ev)
	if err != nil {
		return nil, err
	}
	q := &Quote{Start: en.Int(schema.Start), End: en.Int(schema.End), Quote: en.Str(schema.Quote)}
	if doc := firstObject(en, schema.InDocument); doc != nil {
		q.Document = DocID(doc)
	}
	if sec := firstObject(en, schema.InSection); sec != nil {
		si, err := r.section(ctx, secs, asIRI(sec))
		if err != nil {
			return nil, err
		}
		q.Section, q.Author = si.index, si.authorName
	}
	return q, nil
}
