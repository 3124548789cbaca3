// Package schema holds filmgraph's graph vocabulary: node types, predicates,
// and the IRI patterns every other package uses to name nodes.
//
// IRIs are stored in their short, prefixed form ("fg:work/流浪地球") so that
// saved Gizmo queries stay readable; the prefixes are registered with
// cayleygraph/quad/voc so exporters can expand them to full IRIs.
package schema

import (
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
)

// Namespace is the base of every filmgraph IRI; Prefix is its short form.
const (
	Namespace = "https://filmgraph.org/ns/"
	Prefix    = "fg:"
)

func init() {
	voc.RegisterPrefix(Prefix, Namespace)
	// rdf:, rdfs: and schema: are registered by quad/voc/core's packages,
	// which graph imports; registering the strings here keeps schema usable
	// on its own (e.g. from tests that never open a store).
	voc.RegisterPrefix("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
	voc.RegisterPrefix("rdfs:", "http://www.w3.org/2000/01/rdf-schema#")
	voc.RegisterPrefix("schema:", "http://schema.org/")
}

// Node types (objects of rdf:type).
const (
	Document  = quad.IRI("fg:Document")
	Section   = quad.IRI("fg:Section")
	Author    = quad.IRI("fg:Author")
	Work      = quad.IRI("fg:Work")
	Person    = quad.IRI("fg:Person")
	Festival  = quad.IRI("fg:Festival")
	Claim     = quad.IRI("fg:Claim")
	Cause     = quad.IRI("fg:Cause")
	Evidence  = quad.IRI("fg:Evidence")
	Mention   = quad.IRI("fg:Mention")
	Statement = quad.IRI("fg:Statement")
	Tally     = quad.IRI("fg:Tally")  // a per-document count, so saved queries need not walk every claim
	Source    = quad.IRI("fg:Source") // a non-document provenance label (the reference lexicon)
)

// NodeTypes lists every node type, in the order `schema` and `stats` print them.
var NodeTypes = []quad.IRI{Document, Section, Author, Work, Person, Festival, Claim, Cause, Evidence, Mention, Statement, Tally, Source}

// Predicates.
const (
	Type  = quad.IRI("rdf:type")
	Label = quad.IRI("rdfs:label") // canonical label in the source language
	Alias = quad.IRI("fg:alias")   // every other surface form seen, and known alternative names

	// Works, people, festivals.
	Kind       = quad.IRI("fg:kind")       // work kind: film, tv, book, ... (see WorkKinds)
	Year       = quad.IRI("fg:year")       // quad.Int
	TitleEn    = quad.IRI("fg:titleEn")    // English title or name
	Country    = quad.IRI("fg:country")    // production country or region, a string
	Role       = quad.IRI("fg:role")       // person role: director, actor, ...
	DirectedBy = quad.IRI("fg:directedBy") // work -> person
	ActedIn    = quad.IRI("fg:actedIn")    // person -> work
	RemakeOf   = quad.IRI("fg:remakeOf")   // work -> work
	AdaptedOf  = quad.IRI("fg:adaptedFrom")
	AwardAt    = quad.IRI("fg:awardAt") // work -> festival (details on the Statement)

	// Documents and sections.
	Title      = quad.IRI("fg:title")
	SourcePath = quad.IRI("fg:source")
	Format     = quad.IRI("fg:format")
	Date       = quad.IRI("fg:date")
	Hash       = quad.IRI("fg:hash")
	// ExtractedWith digests what a document's facts were extracted with
	// besides its text: the filmgraph build, the lexicon, the cause
	// taxonomy with the user's cause files, the segmenter setting. A
	// re-ingest re-extracts an unchanged file whose stamp differs.
	ExtractedWith = quad.IRI("fg:extractedWith")
	Text          = quad.IRI("fg:text")       // the document's normalised text; evidence offsets point into it
	Tag           = quad.IRI("fg:tag")        // a document's tag; on a work, a lexicon tag (WorkTags)
	HasSection    = quad.IRI("fg:hasSection") // document -> section
	InDocument    = quad.IRI("fg:inDocument")
	InSection     = quad.IRI("fg:inSection")
	Index         = quad.IRI("fg:index")
	SectionKind   = quad.IRI("fg:sectionKind")
	WrittenBy     = quad.IRI("fg:writtenBy") // section -> author
	AuthorKind    = quad.IRI("fg:authorKind")
	AnswerID      = quad.IRI("fg:answerId")
	Lang          = quad.IRI("fg:lang")

	// Evidence and mentions.
	Start     = quad.IRI("fg:start") // character (code point) offset into the document's fg:text
	End       = quad.IRI("fg:end")
	Quote     = quad.IRI("fg:quote")
	RefersTo  = quad.IRI("fg:refersTo") // mention -> entity
	Surface   = quad.IRI("fg:surface")  // the text as written
	Via       = quad.IRI("fg:via")      // how it was found: bracket, lexicon, learned, link, cue
	HasEvid   = quad.IRI("fg:evidence") // mention/statement/claim -> evidence
	Mentions  = quad.IRI("fg:mentions") // section -> entity (direct edge, for traversal)
	Subject   = quad.IRI("fg:subject")
	Predicate = quad.IRI("fg:predicate")
	Object    = quad.IRI("fg:object")
	Cue       = quad.IRI("fg:cue")
	Strength  = quad.IRI("fg:strength") // quad.Float in [0,1]
	Origin    = quad.IRI("fg:origin")   // "document" or "lexicon"
	Prize     = quad.IRI("fg:prize")
	Status    = quad.IRI("fg:status") // won, nominated, competition, screened, withdrawn

	// Arguments.
	ClaimOf    = quad.IRI("fg:claimOf")    // claim -> cause
	Cites      = quad.IRI("fg:cites")      // claim -> work/person/festival
	CiteRole   = quad.IRI("fg:citeRole")   // on a citation statement: problem_example, positive_model, counter_example, counterfactual
	Stance     = quad.IRI("fg:stance")     // asserts, denies
	Confidence = quad.IRI("fg:confidence") // quad.Float
	Effect     = quad.IRI("fg:effect")     // the (often inherited) effect a claim explains
	LeadsTo    = quad.IRI("fg:leadsTo")    // claim -> claim (causal chain)
	ArguedBy   = quad.IRI("fg:arguedBy")   // claim -> author
	Group      = quad.IRI("fg:group")
	CauseKind  = quad.IRI("fg:causeKind") // cause, counter, diagnosis, prescription
	LabelEn    = quad.IRI("fg:labelEn")
	Addresses  = quad.IRI("fg:addresses") // prescription/diagnosis -> cause

	// Tallies: per-document counts written with the document's facts (and
	// replaced with them). Saved queries read a cause's or a work's tallies
	// with one hop from that node instead of visiting every claim, which is
	// what keeps them fast on a large bolt store.
	TallyKind     = quad.IRI("fg:tallyKind")     // cause, cause-work, cause-author, mention
	TallyDocument = quad.IRI("fg:tallyDocument") // tally -> document
	TallyCause    = quad.IRI("fg:tallyCause")    // tally -> cause
	TallyWork     = quad.IRI("fg:tallyWork")     // tally -> work cited for the cause
	TallyAuthor   = quad.IRI("fg:tallyAuthor")   // tally -> author arguing the cause
	TallyEntity   = quad.IRI("fg:tallyEntity")   // tally -> entity mentioned
	Count         = quad.IRI("fg:count")         // quad.Int: claims (asserting), or mentions
	Denying       = quad.IRI("fg:denying")       // quad.Int: of those claims, how many deny the cause

	// Tally rows: the same counts packed as tab-separated strings on the
	// node a saved query starts from (labelled with the document, so they
	// are replaced with it). One `out` from that node reads them all; on
	// bolt that costs a few microseconds a row, against ~30 µs for each
	// save on a tally node. Fields (IRIs unbracketed):
	CauseDocRow    = quad.IRI("fg:causeDocRow")    // on a cause:    doc, claims, denying
	CauseWorkRow   = quad.IRI("fg:causeWorkRow")   // on a cause:    work, doc, claims, denying, roles (comma-separated)
	CauseAuthorRow = quad.IRI("fg:causeAuthorRow") // on a cause:    author, doc, claims, denying
	WorkCauseRow   = quad.IRI("fg:workCauseRow")   // on a work:     cause, doc, claims, denying, roles
	DocCauseRow    = quad.IRI("fg:docCauseRow")    // on a document: cause, claims, denying
	DocMentionRow  = quad.IRI("fg:docMentionRow")  // on a document: entity, mentions
	DocAuthorRow   = quad.IRI("fg:docAuthorRow")   // on a document: author, sections written
	// CauseTotal is the store-wide total of a cause, rewritten after every
	// ingest under TotalsLabel: claims, denying, documents.
	CauseTotal = quad.IRI("fg:causeTotal")
)

// TotalsLabel labels store-wide aggregates derived from all documents.
const TotalsLabel = quad.IRI("fg:source/totals")

// CoMentionCue is the fg:cue of a credit read from a film and a person
// named together whom the reference lexicon credits with it, rather than
// from words of the text that state the credit; such statements have
// fg:strength 0.5.
const CoMentionCue = "named together (lexicon credit)"

// WorkKinds are the allowed values of fg:kind on a Work.
var WorkKinds = []string{"film", "tv", "book", "policy", "periodical", "song", "game", "report", "speech", "documentary", "other"}

// WorkTags are the values of fg:tag on a work: what the reference lexicon
// knows of a film beyond its credits, the kinds of film a debate cites as
// evidence (a main-melody war film for propaganda, a festival winner for
// "our films already travel"; see CauseDef.EvidenceTags). Their meanings
// are in lexicon/data/README.md. "coproduction" is derived from the
// production countries; the others are curated in lexicon/data/films.tsv.
var WorkTags = []string{"main_melody", "domestic_hit", "local_comedy", "myth_history", "festival", "banned", "wuxia", "folk_spectacle", "scifi", "animation", "coproduction"}

// LexiconLabel is the quad label of facts that come from the reference
// lexicon rather than from a document.
const LexiconLabel = quad.IRI("fg:source/lexicon")

// IRI builders. Every IRI is derived from content (a canonical name, a
// document id and offsets), so re-ingesting the same text yields the same
// nodes.

func WorkIRI(key string) quad.IRI     { return quad.IRI("fg:work/" + Slug(key)) }
func PersonIRI(key string) quad.IRI   { return quad.IRI("fg:person/" + Slug(key)) }
func FestivalIRI(key string) quad.IRI { return quad.IRI("fg:festival/" + Slug(key)) }
func CauseIRI(id string) quad.IRI     { return quad.IRI("fg:cause/" + Slug(id)) }
func DocIRI(id string) quad.IRI       { return quad.IRI("fg:doc/" + Slug(id)) }

// AuthorIRI names an answer author. Authors are scoped to their platform and
// never resolved to real persons; anonymous authors are scoped to their
// section so that two 匿名用户 are never merged.
func AuthorIRI(platform, name, anonymousScope string) quad.IRI {
	if anonymousScope != "" {
		return quad.IRI("fg:author/" + Slug(platform) + "/anonymous/" + Slug(anonymousScope))
	}
	return quad.IRI("fg:author/" + Slug(platform) + "/" + Slug(name))
}

func SectionIRI(docID string, index int) quad.IRI {
	return quad.IRI("fg:doc/" + Slug(docID) + "/s" + itoa(index))
}

// EvidenceIRI names the span [start,end) (character offsets) of a document.
func EvidenceIRI(docID string, start, end int) quad.IRI {
	return quad.IRI("fg:doc/" + Slug(docID) + "/ev/" + itoa(start) + "-" + itoa(end))
}

// MentionIRI names one mention of one entity at one span.
func MentionIRI(docID string, start, end int, entity quad.IRI) quad.IRI {
	return quad.IRI("fg:doc/" + Slug(docID) + "/m/" + itoa(start) + "-" + itoa(end) + "/" + ShortHash(string(entity)))
}

// StatementIRI names a reified relation asserted at a span.
func StatementIRI(docID string, s quad.IRI, p quad.IRI, o quad.Value, start int) quad.IRI {
	return quad.IRI("fg:doc/" + Slug(docID) + "/st/" + ShortHash(string(s)+"|"+string(p)+"|"+quad.StringOf(o)+"|"+itoa(start)))
}

// ClaimIRI names a claim unit at a span.
func ClaimIRI(docID string, start, end int) quad.IRI {
	return quad.IRI("fg:doc/" + Slug(docID) + "/c/" + itoa(start) + "-" + itoa(end))
}

// TallyIRI names a per-document tally by its kind and dimensions.
func TallyIRI(docID, kind string, dims ...quad.IRI) quad.IRI {
	k := kind
	for _, d := range dims {
		k += "|" + string(d)
	}
	return quad.IRI("fg:doc/" + Slug(docID) + "/t/" + Slug(kind) + "/" + ShortHash(k))
}

// ShortHash is a stable 10-hex-digit digest, for IRIs that need uniqueness
// more than readability.
func ShortHash(s string) string {
	h := sha1.Sum([]byte(s))
	return hex.EncodeToString(h[:5])
}

// Slug makes a string safe inside an N-Quads IRI while keeping it readable:
// CJK stays as is, full-width ASCII is folded, whitespace becomes "_", and
// the characters N-Quads forbids in IRIs (and '%', '#', '?', '/') are
// percent-encoded. Cayley's N-Quads writer does not escape IRIs, so nothing
// else may reach a stored IRI.
func Slug(s string) string {
	var b strings.Builder
	lastUnderscore := false
	for _, r := range strings.TrimSpace(s) {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
			r -= 0xFEE0
		}
		switch {
		case unicode.IsSpace(r) || r == 0x3000:
			if !lastUnderscore {
				b.WriteByte('_')
				lastUnderscore = true
			}
			continue
		case r < 0x20 || r == 0x7f || strings.ContainsRune("<>\"{}|^`\\%#?/", r):
			b.WriteString(percent(r))
		case unicode.IsUpper(r) && r < 0x80:
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
		lastUnderscore = false
	}
	return b.String()
}

func percent(r rune) string {
	const hexdig = "0123456789ABCDEF"
	var buf [4]byte
	n := encodeRune(buf[:], r)
	var b strings.Builder
	for _, c := range buf[:n] {
		b.WriteByte('%')
		b.WriteByte(hexdig[c>>4])
		b.WriteByte(hexdig[c&15])
	}
	return b.String()
}

func encodeRune(p []byte, r rune) int { return copy(p, string(r)) }

func itoa(i int) string { return strconv.Itoa(i) }

// Predicates lists every predicate of the vocabulary, in the order
// `schema` and `stats` print them.
var Predicates = []quad.IRI{
	Type, Label, Alias,
	Kind, Year, TitleEn, Country, Role, DirectedBy, ActedIn, RemakeOf, AdaptedOf, AwardAt,
	Title, SourcePath, Format, Date, Hash, ExtractedWith, Text, Tag, HasSection, InDocument, InSection, Index, SectionKind, WrittenBy, AuthorKind, AnswerID, Lang,
	Start, End, Quote, RefersTo, Surface, Via, HasEvid, Mentions, Subject, Predicate, Object, Cue, Strength, Origin, Prize, Status,
	ClaimOf, Cites, CiteRole, Stance, Confidence, Effect, LeadsTo, ArguedBy, Group, CauseKind, LabelEn, Addresses,
	TallyKind, TallyDocument, TallyCause, TallyWork, TallyAuthor, TallyEntity, Count, Denying,
	CauseDocRow, CauseWorkRow, CauseAuthorRow, WorkCauseRow, DocCauseRow, DocMentionRow, DocAuthorRow, CauseTotal,
}
