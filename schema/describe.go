package schema

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

var typeDocs = map[quad.IRI]string{
	Document:  "a source file; its IRI is the quad label of every fact it yields. Carries fg:title, fg:source, fg:format, fg:date, fg:hash and fg:text (the normalised text evidence offsets point into)",
	Section:   "an answer, chapter or article block of a document (fg:inDocument, fg:index, fg:sectionKind, fg:writtenBy)",
	Author:    "the typed author of an answer or byline; never resolved to a real person (anonymous authors are scoped to their answer)",
	Work:      "a film or other work; fg:kind is one of " + strings.Join(WorkKinds, ", "),
	Person:    "a real person: director, actor, other film people (fg:role)",
	Festival:  "a festival or award (威尼斯国际电影节, 奥斯卡金像奖, ...)",
	Claim:     "an argument unit: fg:claimOf causes, fg:cites entities, fg:stance, fg:confidence, fg:effect, fg:leadsTo other claims, fg:arguedBy an author",
	Cause:     "a claimed cause from the taxonomy (schema/causes.json): fg:group, fg:causeKind (cause, counter, diagnosis, prescription); a cause's evidence_tags name the work tags of the films it cites from a claim's paragraph",
	Evidence:  "a span of a document: fg:inDocument, fg:inSection, fg:start, fg:end (character offsets into fg:text) and fg:quote (the exact text)",
	Mention:   "one occurrence of an entity: fg:refersTo, fg:surface (as written), fg:via (bracket, lexicon, learned, link, cue), fg:evidence",
	Statement: "a reified relation asserted at a span: fg:subject, fg:predicate, fg:object, fg:cue, fg:strength, fg:origin, fg:evidence, and details (fg:prize, fg:status, fg:year, fg:citeRole)",
	Tally:     "a per-document count written with the document's facts: fg:tallyKind (cause, cause-work, cause-author, mention), fg:tallyDocument, the dimensions (fg:tallyCause, fg:tallyWork, fg:tallyAuthor, fg:tallyEntity), fg:count and fg:denying. Saved queries read tallies with one hop from a cause or work",
	Source:    "a non-document provenance label: fg:source/lexicon for facts from the reference lexicon",
}

var predDocs = map[quad.IRI]string{
	Type: "node type", Label: "canonical label in the source language", Alias: "other surface forms and known alternative names",
	Kind: "work kind", Year: "release year (integer)", TitleEn: "English title or name", Country: "production country or region", Role: "person role",
	DirectedBy: "work → person", ActedIn: "person → work", RemakeOf: "work → work it remakes", AdaptedOf: "work → work it adapts", AwardAt: "work → festival (prize, status, year on the statement)",
	Title: "document or section title", SourcePath: "document source path", Format: "document reader", Date: "document date", Hash: "sha256 of the raw file", ExtractedWith: "digest of what the facts were extracted with besides the text (filmgraph build, lexicon, cause taxonomy with your cause files, segmenter); ingest re-extracts an unchanged file when it differs", Text: "normalised document text", Tag: "document tag; on a work, a lexicon tag (main_melody, festival, banned, coproduction …; lexicon/data/README.md)",
	HasSection: "document → section", InDocument: "→ document", InSection: "→ section", Index: "section position (0-based)", SectionKind: "answer, chapter, article, notes, bilingual, body", WrittenBy: "section → author", AuthorKind: "zhihu-user, anonymous, byline", AnswerID: "platform answer id", Lang: "language",
	Start: "start offset (characters) into the document's fg:text", End: "end offset (characters, exclusive)", Quote: "exact text of the span", RefersTo: "mention → entity", Surface: "text as written", Via: "how a mention was found",
	HasEvid: "→ evidence", Mentions: "section → entity it mentions", Subject: "statement subject", Predicate: "statement predicate", Object: "statement object", Cue: "words that triggered a relation", Strength: "cue strength in [0,1]: 0.9 for a credit a phrase states (执导, starring), 0.6 for a parenthesis or a possessive, 0.5 for a film and a person the lexicon credits with it named in one sentence, or the person in the sentence right after the one film's (cue \"named together (lexicon credit)\")", Origin: "document or lexicon",
	Prize: "prize name", Status: "won, nominated, competition, screened, withdrawn",
	ClaimOf: "claim → cause", Cites: "claim → entity cited", CiteRole: "problem_example, positive_model, counter_example, counterfactual, mention", Stance: "asserts or denies", Confidence: "confidence in [0,1]", Effect: "the effect the claim explains", LeadsTo: "claim → claim (causal chain)", ArguedBy: "claim → author",
	TallyKind: "cause, cause-work, cause-author or mention", TallyDocument: "tally → document", TallyCause: "tally → cause", TallyWork: "tally → work cited for the cause", TallyAuthor: "tally → author arguing the cause", TallyEntity: "tally → entity mentioned", Count: "asserting claims, or mentions (integer)", Denying: "claims that deny the cause (integer)",
	CauseDocRow: "packed tally row on a cause: doc, claims, denying", CauseWorkRow: "packed tally row on a cause: work, doc, claims, denying, roles", CauseAuthorRow: "packed tally row on a cause: author, doc, claims, denying",
	WorkCauseRow: "packed tally row on a work: cause, doc, claims, denying, roles", DocCauseRow: "packed tally row on a document: cause, claims, denying", DocMentionRow: "packed tally row on a document: entity, mentions", DocAuthorRow: "packed row on a document: author, sections written",
	CauseTotal: "store-wide total on a cause (label fg:source/totals): claims, denying, documents",
	Group:      "cause group (A–E, X, DIAG, RX)", CauseKind: "cause, counter, diagnosis, prescription", LabelEn: "English label", Addresses: "diagnosis/prescription → cause",
}

// Describe returns the vocabulary as Markdown; `filmgraph schema` prints
// it and docs/schema.md holds the same text (a test keeps them equal).
func Describe() string {
	var b strings.Builder
	b.WriteString("# filmgraph graph vocabulary\n\n")
	fmt.Fprintf(&b, "Prefix `%s` = `%s`. Also `rdf:`, `rdfs:`, `schema:`. IRIs are stored short (`fg:work/流浪地球`).\n\n", Prefix, Namespace)
	b.WriteString("Every quad's label is the IRI of the document it came from (`fg:doc/<id>`), `fg:source/lexicon` for reference facts, or `fg:source/totals` for store-wide aggregates.\n\n")
	b.WriteString("## Node types\n\n| type | what it is |\n|---|---|\n")
	for _, t := range NodeTypes {
		fmt.Fprintf(&b, "| `%s` | %s |\n", t, typeDocs[t])
	}
	b.WriteString("\n## Predicates\n\n| predicate | meaning |\n|---|---|\n")
	for _, p := range Predicates {
		fmt.Fprintf(&b, "| `%s` | %s |\n", p, predDocs[p])
	}
	b.WriteString("\n## IRI patterns\n\n| node | IRI |\n|---|---|\n")
	for _, row := range [][2]string{
		{"document", "fg:doc/<id> (file base name)"},
		{"section", "fg:doc/<id>/s<index>"},
		{"evidence", "fg:doc/<id>/ev/<start>-<end>"},
		{"mention", "fg:doc/<id>/m/<start>-<end>/<hash of entity>"},
		{"statement", "fg:doc/<id>/st/<hash>"},
		{"claim", "fg:doc/<id>/c/<start>-<end>"},
		{"work", "fg:work/<canonical title>"},
		{"person", "fg:person/<canonical name>"},
		{"festival", "fg:festival/<id>"},
		{"cause", "fg:cause/<taxonomy id>"},
		{"tally", "fg:doc/<id>/t/<kind>/<hash of dimensions>"},
		{"author", "fg:author/<platform>/<name>, or fg:author/<platform>/anonymous/<doc>-<section>"},
	} {
		fmt.Fprintf(&b, "| %s | `%s` |\n", row[0], row[1])
	}
	b.WriteString("\nKeys are slugged: ASCII letters lower-cased, white space → `_`, and characters N-Quads forbids in IRIs percent-encoded.\n")
	return b.String()
}
