package facts

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/graph"
	"github.com/filmgraph/filmgraph/ingest"
	"github.com/filmgraph/filmgraph/schema"
)

// Quads turns the batch into quads, every one labelled with the document's
// IRI so that re-ingesting the document can replace exactly its own facts.
// The output is sorted and free of duplicates, so the same batch always
// gives the same quads.
func (b *Batch) Quads() []quad.Quad {
	d := b.Doc
	label := schema.DocIRI(d.ID)
	w := &quadSet{label: label, seen: map[string]bool{}}

	// The document and its sections.
	w.add(label, schema.Type, schema.Document)
	w.addStr(label, schema.Title, d.Title)
	w.addStr(label, schema.SourcePath, d.Source)
	w.addStr(label, schema.Format, d.Format)
	w.addStr(label, schema.Date, d.Date)
	w.addStr(label, schema.Hash, d.Hash)
	w.addStr(label, schema.Lang, d.Lang)
	w.add(label, schema.Text, quad.String(d.Text))
	for _, t := range d.Tags {
		w.addStr(label, schema.Tag, t)
	}
	for i := range d.Sections {
		s := &d.Sections[i]
		sec := schema.SectionIRI(d.ID, s.Index)
		w.add(label, schema.HasSection, sec)
		w.add(sec, schema.Type, schema.Section)
		w.add(sec, schema.InDocument, label)
		w.add(sec, schema.Index, quad.Int(s.Index))
		w.addStr(sec, schema.SectionKind, s.Kind)
		w.addStr(sec, schema.Title, s.Title)
		w.add(sec, schema.Start, quad.Int(d.CharOffset(s.Start)))
		w.add(sec, schema.End, quad.Int(d.CharOffset(s.End)))
		for _, id := range s.AnswerIDs {
			w.addStr(sec, schema.AnswerID, id)
		}
		if s.Author != "" {
			a := AuthorIRI(d, s)
			w.add(sec, schema.WrittenBy, a)
			w.add(a, schema.Type, schema.Author)
			w.addStr(a, schema.Label, s.Author)
			w.addStr(a, schema.AuthorKind, s.AuthorKind)
		}
	}

	// Entities.
	for _, e := range b.sortedEntities() {
		w.add(e.IRI, schema.Type, e.Type)
		w.addStr(e.IRI, schema.Label, e.Label)
		for _, a := range e.Aliases {
			if a != e.Label {
				w.addStr(e.IRI, schema.Alias, a)
			}
		}
		w.addStr(e.IRI, schema.Kind, e.Kind)
		if e.Year != 0 {
			w.add(e.IRI, schema.Year, quad.Int(e.Year))
		}
		w.addStr(e.IRI, schema.TitleEn, e.TitleEn)
		w.addStr(e.IRI, schema.Country, e.Country)
		for _, r := range e.Roles {
			w.addStr(e.IRI, schema.Role, r)
		}
	}

	// Mentions, each with its evidence.
	for _, m := range b.Mentions {
		ev := m.Quote
		if ev.End == 0 {
			ev = m.Span
		}
		evIRI := w.evidence(d, ev)
		mi := schema.MentionIRI(d.ID, d.CharOffset(m.Span.Start), d.CharOffset(m.Span.End), m.Entity)
		w.add(mi, schema.Type, schema.Mention)
		w.add(mi, schema.RefersTo, m.Entity)
		w.addStr(mi, schema.Surface, m.Surface)
		w.addStr(mi, schema.Via, m.Via)
		w.add(mi, schema.HasEvid, evIRI)
		if s := d.SectionAt(m.Span.Start); s != nil {
			w.add(mi, schema.InSection, schema.SectionIRI(d.ID, s.Index))
			w.add(schema.SectionIRI(d.ID, s.Index), schema.Mentions, m.Entity)
		}
	}

	// Relations: the direct edge for traversal, and a statement node that
	// carries the evidence, cue and strength.
	for _, r := range b.Relations {
		w.add(r.Subject, r.Predicate, r.Object)
		st := schema.StatementIRI(d.ID, r.Subject, r.Predicate, r.Object, d.CharOffset(r.Span.Start))
		w.add(st, schema.Type, schema.Statement)
		w.add(st, schema.Subject, r.Subject)
		w.add(st, schema.Predicate, r.Predicate)
		w.add(st, schema.Object, r.Object)
		w.addStr(st, schema.Cue, r.Cue)
		w.add(st, schema.Strength, quad.Float(round3(r.Strength)))
		w.addStr(st, schema.Origin, "document")
		w.add(st, schema.HasEvid, w.evidence(d, r.Span))
		if s := d.SectionAt(r.Span.Start); s != nil {
			w.add(st, schema.InSection, schema.SectionIRI(d.ID, s.Index))
		}
		for _, k := range sortedKeys(r.Extra) {
			w.add(st, k, r.Extra[k])
		}
	}

	// Claims.
	claimIRIs := make([]quad.IRI, len(b.Claims))
	for i, c := range b.Claims {
		claimIRIs[i] = schema.ClaimIRI(d.ID, d.CharOffset(c.Span.Start), d.CharOffset(c.Span.End))
	}
	for i, c := range b.Claims {
		ci := claimIRIs[i]
		w.add(ci, schema.Type, schema.Claim)
		w.add(ci, schema.HasEvid, w.evidence(d, c.Span))
		w.addStr(ci, schema.Stance, c.Stance)
		w.add(ci, schema.Confidence, quad.Float(round3(c.Confidence)))
		w.addStr(ci, schema.Effect, c.Effect)
		if s := d.SectionAt(c.Span.Start); s != nil {
			w.add(ci, schema.InSection, schema.SectionIRI(d.ID, s.Index))
			if s.Author != "" {
				w.add(ci, schema.ArguedBy, AuthorIRI(d, s))
			}
		}
		for _, cl := range c.Causes {
			cause := schema.CauseIRI(cl.CauseID)
			w.add(ci, schema.ClaimOf, cause)
			st := schema.StatementIRI(d.ID, ci, schema.ClaimOf, cause, d.CharOffset(cl.Trigger.Start))
			w.add(st, schema.Type, schema.Statement)
			w.add(st, schema.Subject, ci)
			w.add(st, schema.Predicate, schema.ClaimOf)
			w.add(st, schema.Object, cause)
			w.add(st, schema.Confidence, quad.Float(round3(cl.Confidence)))
			w.add(st, schema.HasEvid, w.evidence(d, cl.Trigger))
		}
		for _, ct := range c.Cites {
			w.add(ci, schema.Cites, ct.Entity)
			st := schema.StatementIRI(d.ID, ci, schema.Cites, ct.Entity, d.CharOffset(ct.Span.Start))
			w.add(st, schema.Type, schema.Statement)
			w.add(st, schema.Subject, ci)
			w.add(st, schema.Predicate, schema.Cites)
			w.add(st, schema.Object, ct.Entity)
			w.addStr(st, schema.CiteRole, ct.Role)
			w.add(st, schema.HasEvid, w.evidence(d, ct.Span))
		}
		for _, j := range c.LeadsTo {
			if j >= 0 && j < len(claimIRIs) && j != i {
				w.add(ci, schema.LeadsTo, claimIRIs[j])
			}
		}
	}
	b.tallies(w, label, claimIRIs)
	return w.sorted()
}

// tallies writes the document's per-cause, per-(cause, work),
// per-(cause, author) and per-entity counts (see schema.Tally).
func (b *Batch) tallies(w *quadSet, label quad.IRI, claimIRIs []quad.IRI) {
	d := b.Doc
	type key struct {
		kind string
		dims [2]quad.IRI
	}
	type count struct {
		asserts, denies int
		roles           map[string]bool
	}
	counts := map[key]*count{}
	bump := func(k key, denies bool) *count {
		c := counts[k]
		if c == nil {
			c = &count{roles: map[string]bool{}}
			counts[k] = c
		}
		if denies {
			c.denies++
		} else {
			c.asserts++
		}
		return c
	}
	for _, m := range b.Mentions {
		bump(key{"mention", [2]quad.IRI{m.Entity}}, false)
	}
	for _, c := range b.Claims {
		denies := c.Stance == "denies"
		var author quad.IRI
		if s := d.SectionAt(c.Span.Start); s != nil && s.Author != "" {
			author = AuthorIRI(d, s)
		}
		seenCause := map[string]bool{}
		for _, cl := range c.Causes {
			if seenCause[cl.CauseID] {
				continue
			}
			seenCause[cl.CauseID] = true
			cause := schema.CauseIRI(cl.CauseID)
			bump(key{"cause", [2]quad.IRI{cause}}, denies)
			if author != "" {
				bump(key{"cause-author", [2]quad.IRI{cause, author}}, denies)
			}
			seenEnt := map[quad.IRI]bool{}
			for _, ct := range c.Cites {
				if seenEnt[ct.Entity] {
					continue
				}
				seenEnt[ct.Entity] = true
				kind := "cause-entity"
				if e := b.Entities[ct.Entity]; e != nil && e.Type == schema.Work {
					kind = "cause-work"
				}
				tc := bump(key{kind, [2]quad.IRI{cause, ct.Entity}}, denies)
				for _, other := range c.Cites {
					if other.Entity == ct.Entity && other.Role != "" {
						tc.roles[other.Role] = true
					}
				}
			}
		}
	}
	sections := map[quad.IRI]int{}
	for i := range d.Sections {
		if s := &d.Sections[i]; s.Author != "" {
			sections[AuthorIRI(d, s)]++
		}
	}
	for a, n := range sections {
		w.addStr(label, schema.DocAuthorRow, row(a, strconv.Itoa(n)))
	}
	dimPred := map[string][2]quad.IRI{
		"mention":      {schema.TallyEntity},
		"cause":        {schema.TallyCause},
		"cause-author": {schema.TallyCause, schema.TallyAuthor},
		"cause-work":   {schema.TallyCause, schema.TallyWork},
		"cause-entity": {schema.TallyCause, schema.TallyEntity},
	}
	for k, c := range counts {
		t := schema.TallyIRI(d.ID, k.kind, k.dims[0], k.dims[1])
		w.add(t, schema.Type, schema.Tally)
		w.addStr(t, schema.TallyKind, k.kind)
		w.add(t, schema.TallyDocument, label)
		for i, p := range dimPred[k.kind] {
			if p != "" {
				w.add(t, p, k.dims[i])
			}
		}
		w.add(t, schema.Count, quad.Int(c.asserts))
		if k.kind != "mention" {
			w.add(t, schema.Denying, quad.Int(c.denies))
		}
		roles := sortedSet(c.roles)
		for _, r := range roles {
			w.addStr(t, schema.CiteRole, r)
		}
		// Packed rows on the node a saved query starts from: one `out`
		// reads every count, with no per-row save (see schema.TallyRow).
		n, dn := strconv.Itoa(c.asserts), strconv.Itoa(c.denies)
		doc := string(label)
		switch k.kind {
		case "mention":
			w.addStr(label, schema.DocMentionRow, row(k.dims[0], n))
		case "cause":
			w.addStr(k.dims[0], schema.CauseDocRow, row(doc, n, dn))
			w.addStr(label, schema.DocCauseRow, row(k.dims[0], n, dn))
		case "cause-author":
			w.addStr(k.dims[0], schema.CauseAuthorRow, row(k.dims[1], doc, n, dn))
		case "cause-work":
			rs := strings.Join(roles, ",")
			w.addStr(k.dims[0], schema.CauseWorkRow, row(k.dims[1], doc, n, dn, rs))
			w.addStr(k.dims[1], schema.WorkCauseRow, row(k.dims[0], doc, n, dn, rs))
		}
	}
}

// row packs tally fields into one tab-separated string.
func row(fields ...interface{}) string {
	parts := make([]string, len(fields))
	for i, f := range fields {
		switch v := f.(type) {
		case quad.IRI:
			parts[i] = string(v)
		case string:
			parts[i] = v
		}
	}
	return strings.Join(parts, "\t")
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// AuthorIRI names the author of a section (see schema.AuthorIRI).
func AuthorIRI(d *ingest.Document, s *ingest.Section) quad.IRI {
	platform := d.Format
	if s.AuthorKind == "anonymous" {
		return schema.AuthorIRI(platform, s.Author, d.ID+"-"+strconv.Itoa(s.Index))
	}
	return schema.AuthorIRI(platform, s.Author, "")
}

type quadSet struct {
	label quad.IRI
	seen  map[string]bool
	out   []quad.Quad
	keys  []string // N-Quads line of each quad, for sorting
}

func (w *quadSet) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: w.label}
	k := graph.QuadKey(q)
	if w.seen[k] {
		return
	}
	w.seen[k] = true
	w.out = append(w.out, q)
	w.keys = append(w.keys, k)
}

func (w *quadSet) addStr(s quad.Value, p quad.IRI, o string) {
	if o != "" {
		w.add(s, p, quad.String(o))
	}
}

// evidence writes (once) the evidence node for a byte span and returns its IRI.
func (w *quadSet) evidence(d *ingest.Document, sp Evidence) quad.IRI {
	cs, ce := d.CharOffset(sp.Start), d.CharOffset(sp.End)
	ev := schema.EvidenceIRI(d.ID, cs, ce)
	w.add(ev, schema.Type, schema.Evidence)
	w.add(ev, schema.InDocument, w.label)
	if s := d.SectionAt(sp.Start); s != nil {
		w.add(ev, schema.InSection, schema.SectionIRI(d.ID, s.Index))
	}
	w.add(ev, schema.Start, quad.Int(cs))
	w.add(ev, schema.End, quad.Int(ce))
	w.add(ev, schema.Quote, quad.String(d.Text[sp.Start:sp.End]))
	return ev
}

func (w *quadSet) sorted() []quad.Quad {
	idx := make([]int, len(w.out))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return w.keys[idx[i]] < w.keys[idx[j]] })
	out := make([]quad.Quad, len(idx))
	for i, k := range idx {
		out[i] = w.out[k]
	}
	return out
}

func (b *Batch) sortedEntities() []*Entity {
	out := make([]*Entity, 0, len(b.Entities))
	for _, e := range b.Entities {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out
}

func sortedKeys(m map[quad.IRI]quad.Value) []quad.IRI {
	out := make([]quad.IRI, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
