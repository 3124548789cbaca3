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
