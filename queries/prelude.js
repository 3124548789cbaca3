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

// outs returns the distinct objects of (node, pred, *).
function outs(node, pred) { return uniq(g.V(node).out(pred).toArray()); }

// ins returns the distinct subjects of (*, pred, node).
function ins(node, pred) { return uniq(g.V(node).in(pred).toArray()); }

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

// props reads several properties of one node in one traversal:
// props(n, {label: "<rdfs:label>", year: "<fg:year>"}) -> {label: ..., year: ...}.
// A missing property is null; of several values the smallest is kept.
function props(node, preds) {
  var p = g.V(node);
  var tags = [];
  for (var t in preds) { p = p.saveOpt(preds[t], t); tags.push(t); }
  var rows = p.tagArray();
  var out = {};
  for (var i = 0; i < tags.length; i++) { out[tags[i]] = null; }
  for (var r = 0; r < rows.length; r++) {
    for (var j = 0; j < tags.length; j++) {
      var v = rows[r][tags[j]];
      if (v !== undefined && (out[tags[j]] === null || v < out[tags[j]])) { out[tags[j]] = v; }
    }
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

// tallyRows reads the per-document tallies (fg:Tally) one hop from node:
// those whose dimension pred (fg:tallyCause, fg:tallyWork, fg:tallyAuthor,
// fg:tallyEntity, fg:tallyDocument) is node, of the given kind (null: any),
// with the properties named in saves ({tag: pred}), one row per tally.
// This is how queries count claims without visiting them: a tally already
// holds a document's count for its cause, (cause, work), (cause, author) or
// entity, so the cost grows with documents, not with claims.
function tallyRows(node, pred, kind, saves) {
  var p = g.V(node).in(pred);
  if (kind !== null) { p = p.has("<fg:tallyKind>", kind); }
  for (var t in saves) { p = p.save(saves[t], t); }
  return p.tagArray();
}

// sumTallies adds up tally rows by the value of their tag key:
// {key: {claims, denying, docs: {doc: true}, documents}}. claims counts
// asserting and denying claims together (fg:count + fg:denying).
function sumTallies(rows, key) {
  var out = {};
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i], k = r[key];
    var a = out[k] || (out[k] = {claims: 0, denying: 0, docs: {}, documents: 0});
    var n = +r.n, d = r.d === undefined ? 0 : +r.d;
    a.claims += n + d;
    a.denying += d;
    if (r.doc !== undefined && !a.docs[r.doc]) { a.docs[r.doc] = true; a.documents++; }
  }
  return out;
}

// topKeys returns the keys of an object of aggregates, by descending
// field value then key, at most n of them (n <= 0: all).
function topKeys(o, field, n) {
  var keys = sortedKeys(o);
  keys.sort(function (a, b) { return o[b][field] - o[a][field] || (a < b ? -1 : a > b ? 1 : 0); });
  return n > 0 ? keys.slice(0, n) : keys;
}
