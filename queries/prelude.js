// Helpers run before every saved query. Each one starts its traversal
// from ONE node: on Cayley v0.7.7's bolt store a hop that starts from
// several nodes (or from g.V().has(...)) scans the whole predicate and is
// ~1000x slower, so queries walk the graph node by node (docs/queries.md).

// uniq drops repeated values, keeping the first of each. The same triple
// is stored once per document that states it (under that document's
// label), so raw traversals repeat nodes.
function uniq(a) {
  var seen = {}, out = [];
  for (var i = 0; i < a.length; i++) {
    var k = typeof a[i] + ":" + a[i];
    if (!seen[k]) { seen[k] = true; out.push(a[i]); }
  }
  return out;
}

// outs(node, pred) returns the distinct objects of (node, pred, *) and
// ins(node, pred) the distinct subjects of (*, pred, node). Both are Go
// helpers (queries/hops.go): a JavaScript hop builds a Gizmo path and a
// goja array per call, and a query makes hundreds of them.

// countOut counts the objects of (node, pred, *), copies included,
// without turning them into JavaScript values. Cayley v0.7.7's kv store
// fails count() with "kv: not found" when the node and the predicate both
// exist but no quad joins them (an unsigned document's author rows); that
// error, and only that one, means zero.
function countOut(node, pred) {
  try {
    return g.V(node).out(pred).count();
  } catch (e) {
    if (String(e).indexOf("kv: not found") >= 0 && g.V(node).out(pred).limit(1).toArray().length === 0) { return 0; }
    throw e;
  }
}

// bare strips the angle brackets of an IRI string ("<fg:x>" -> "fg:x").
function bare(iri) { return iri.charAt(0) === "<" ? iri.slice(1, -1) : iri; }

// one returns one object of (node, pred, *): the smallest, so that a node
// with several values gives the same answer every run; null when none.
function one(node, pred) {
  var a = outs(node, pred);
  if (a.length === 0) { return null; }
  a.sort();
  return a[0];
}

// props reads several properties of one node, one out-hop per property:
// props(n, {label: "<rdfs:label>", year: "<fg:year>"}) -> {label: ..., year: ...}.
// A missing property is null; of several values the smallest is kept.
// Separate hops, each with unique() (see outs), not one traversal with
// saveOpt per property: Cayley's
// kv store answers g.V(n).out(p) from its (subject, predicate) index,
// while each saveOpt walks the node's quads of every predicate, and an
// entity that many documents mention (each writes its label, type, year)
// or a cause carrying thousands of tally rows made that 10-100x slower.
function props(node, preds) {
  var out = {};
  for (var t in preds) {
    var a = g.V(node).out(preds[t]).unique().toArray();
    var best = null;
    for (var i = 0; i < a.length; i++) { if (best === null || a[i] < best) { best = a[i]; } }
    out[t] = best;
  }
  return out;
}

// isA reports whether node has rdf:type type.
function isA(node, type) {
  var ts = outs(node, "<rdf:type>");
  for (var i = 0; i < ts.length; i++) { if (ts[i] === type) { return true; } }
  return false;
}

// memo caches a one-argument function (types and labels of nodes met often).
function memo(fn) {
  var cache = {};
  return function (x) {
    if (!Object.prototype.hasOwnProperty.call(cache, x)) { cache[x] = fn(x); }
    return cache[x];
  };
}

// sortedKeys returns an object's keys, sorted.
function sortedKeys(o) { var k = []; for (var x in o) { k.push(x); } k.sort(); return k; }

// nodes returns an entity parameter's IRIs (the runner resolves names to
// IRIs before the script runs and passes them as an array).
function nodes(v) { return v === null || v === undefined ? [] : (v instanceof Array ? v : [v]); }

// citations returns what a claim cites, from its citation statements
// (subject = the claim, predicate = fg:cites): [{entity, role}].
function citations(claim) {
  var out = [];
  var rows = g.V(claim).in("<fg:subject>").save("<fg:predicate>", "p").save("<fg:object>", "o").saveOpt("<fg:citeRole>", "role").tagArray();
  for (var i = 0; i < rows.length; i++) {
    if (rows[i].p === "<fg:cites>") { out.push({entity: rows[i].o, role: rows[i].role === undefined ? "" : rows[i].role}); }
  }
  return out;
}

// where tells where a claim (or any node with fg:evidence) was argued:
// its quote, span start, section, document and author.
function where(node) {
  var c = props(node, {ev: "<fg:evidence>", section: "<fg:inSection>", author: "<fg:arguedBy>", stance: "<fg:stance>"});
  var e = c.ev === null ? {quote: null, start: null, doc: null} : props(c.ev, {quote: "<fg:quote>", start: "<fg:start>", doc: "<fg:inDocument>"});
  return {quote: e.quote, start: e.start, document: e.doc, section: c.section, author: c.author, stance: c.stance};
}

// tallyFields names the fields of each packed tally row (schema.go "Tally
// rows"): tab-separated strings on the node a query starts from, one per
// document (and work, author, cause or entity), labelled with the document.
// IRIs in rows are unbracketed; tally() brackets them like every other
// IRI a script sees.
var tallyFields = {
  "<fg:causeDocRow>": ["doc", "n", "d"],
  "<fg:causeWorkRow>": ["work", "doc", "n", "d", "roles"],
  "<fg:causeAuthorRow>": ["author", "doc", "n", "d"],
  "<fg:workCauseRow>": ["cause", "doc", "n", "d", "roles"],
  "<fg:docCauseRow>": ["cause", "n", "d"],
  "<fg:docMentionRow>": ["entity", "n"]
};
var tallyIRIs = {doc: true, work: true, author: true, cause: true, entity: true};

// tally reads node's packed tally rows of predicate pred with ONE out-hop
// and no save: [{work: "<fg:work/x>", doc: "<fg:doc/y>", n: 3, d: 0,
// roles: ["problem_example"]}, ...]. n counts asserting claims (or
// mentions), d denying claims. This is how queries count claims without
// visiting them: the cost grows with documents, not with claims, and a row
// costs one index entry and one value (~10 µs on bolt), against ~30 µs
// for each save on an fg:Tally node.
function tally(node, pred) {
  var names = tallyFields[pred];
  if (names === undefined) { throw new Error("tally: " + pred + " is not a packed tally row predicate; known: " + sortedKeys(tallyFields).join(", ")); }
  var a = g.V(node).out(pred).toArray(), out = [];
  for (var i = 0; i < a.length; i++) {
    var f = String(a[i]).split("\t"), r = {};
    for (var j = 0; j < names.length; j++) {
      var k = names[j], v = f[j] === undefined ? "" : f[j];
      if (tallyIRIs[k]) { r[k] = "<" + v + ">"; } else if (k === "roles") { r[k] = v === "" ? [] : v.split(","); } else { r[k] = +v; }
    }
    out.push(r);
  }
  return out;
}

// tallyFlat reads node's packed tally rows of pred with one out-hop and
// returns their fields in one flat array, row after row, each row
// tallyFields[pred].length wide: f[r*w + j] is field j of row r. Parsing
// in goja costs about as much as reading the rows from bolt (5-10 µs a
// row either way: one split of the joined rows or one split per row
// measured within noise of each other), so queries parse each row once and
// keep only sums. Rows of an unexpected width (a store written by another
// schema version) are an error that says so, never a silent misread.
function tallyFlat(node, pred) {
  var names = tallyFields[pred];
  if (names === undefined) { throw new Error("tallyFlat: " + pred + " is not a packed tally row predicate; known: " + sortedKeys(tallyFields).join(", ")); }
  var a = g.V(node).out(pred).toArray();
  var f = a.length === 0 ? [] : a.join("\t").split("\t");
  if (f.length !== a.length * names.length) {
    throw new Error("tally rows " + pred + " of " + node + " do not have " + names.length + " fields (" + names.join(", ") +
      "): the store was written by another version of filmgraph; re-ingest it");
  }
  return f;
}

// tallySum(node, pred, key), tallyTop(node, pred, key, n) and
// tallyPairs(node, pred, key, group, keys) are Go functions the runner
// sets as globals (queries/native.go): they read node's packed rows of
// pred and add them up by the field key in Go, where goja would spend
// microseconds on every value, split and property. tallySum gives
// {key: {claims, denying, documents, roles}}, keys UNBRACKETED as stored
// (bracket the few you emit: "<" + k + ">"); claims counts asserting and
// denying claims (n + d; for docMentionRow, mentions); documents counts
// rows, which is the number of documents because each document writes one
// row per key under its own label; roles is the sorted, comma-joined set
// of the rows' roles (rolesOf() splits it). tallyTop gives the n keys
// with most claims (ties by key; n <= 0: all) as [{key, claims, denying,
// documents, roles}], in that order. tallyPairs counts, for pairs of the
// given keys, the distinct values of field group their rows share:
// [[i, j, shared], ...] with i < j indexes into keys.

// rolesOf turns tallySum's joined roles into a sorted list without repeats.
function rolesOf(joined) { return joined === "" ? [] : uniq(joined.split(",")).sort(); }

// tallyRows reads the per-document tally nodes (fg:Tally) one hop from
// node: those whose dimension pred (fg:tallyCause, fg:tallyWork,
// fg:tallyAuthor, fg:tallyEntity, fg:tallyDocument) is node, of the given
// kind (null: any), with the properties named in saves ({tag: pred}), one
// row per tally. Slower than tally() (a save per property and row); kept
// for queries that need a tally kind without a packed row (cause-entity).
function tallyRows(node, pred, kind, saves) {
  var p = g.V(node).in(pred);
  if (kind !== null) { p = p.has("<fg:tallyKind>", kind); }
  for (var t in saves) { p = p.save(saves[t], t); }
  return p.tagArray();
}

// sumTallies adds up tally rows (from tally() or tallyRows()) by the value
// of their key field: {key: {claims, denying, documents, docs: {doc: true},
// roles: {role: true}}}. claims counts asserting and denying claims
// together (n + d).
function sumTallies(rows, key) {
  var out = {};
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i], k = r[key];
    var a = out[k] || (out[k] = {claims: 0, denying: 0, docs: {}, documents: 0, roles: {}});
    var n = +r.n, d = r.d === undefined ? 0 : +r.d;
    a.claims += n + d;
    a.denying += d;
    if (r.doc !== undefined && !a.docs[r.doc]) { a.docs[r.doc] = true; a.documents++; }
    if (r.roles !== undefined) { for (var j = 0; j < r.roles.length; j++) { a.roles[r.roles[j]] = true; } }
  }
  return out;
}

// topKeys returns the keys of an object of aggregates, by descending
// field value then key, at most n of them (n <= 0: all). With n > 0 it
// keeps a sorted list of the best n while scanning, instead of sorting
// every key: goja calls the comparator a few µs at a time, and a cause
// can have thousands of works.
function topKeys(o, field, n) {
  var better = function (a, b) { return o[a][field] > o[b][field] || (o[a][field] === o[b][field] && a < b); };
  var keys = [];
  if (n <= 0) {
    for (var k in o) { keys.push(k); }
    keys.sort(function (a, b) { return better(a, b) ? -1 : better(b, a) ? 1 : 0; });
    return keys;
  }
  for (var k2 in o) {
    if (keys.length === n && !better(k2, keys[n - 1])) { continue; }
    var j = keys.length === n ? n - 1 : keys.length;
    while (j > 0 && better(k2, keys[j - 1])) { keys[j] = keys[j - 1]; j--; }
    keys[j] = k2;
  }
  return keys;
}
