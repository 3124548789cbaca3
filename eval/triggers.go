package eval

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/filmgraph/filmgraph/schema"
)

// TriggerRecord is how one trigger fared across the annotated units: the
// times a claim asserted Cause on the strength of these words in a unit
// whose gold has the cause (Kept) or lacks it (Spurious). It is what a
// user needs to prune or weaken the triggers of their own cause file:
// words that label many units wrongly and few rightly.
type TriggerRecord struct {
	Cause string `json:"cause"`
	// Trigger is the trigger as the cause file writes it (~字幕, 国内市场…
	// 够大), found by NameTriggers; "" when no trigger of the taxonomy
	// given to it spells Words (a traditional-script variant, or a cause
	// file not passed to eval).
	Trigger string `json:"trigger,omitempty"`
	// TriggerOf is the cause whose trigger it is when that is not Cause:
	// a counter-argument asserted by denying a cause it names (denies).
	// Remove the trigger from that cause.
	TriggerOf string `json:"trigger_of,omitempty"`
	Words     string `json:"words"` // the text the trigger matched, lower-cased
	Kept      int    `json:"kept"`
	Spurious  int    `json:"spurious"`
}

// trigger is one asserted cause of a stored claim with the words that
// triggered it.
type trigger struct {
	Cause, Words string
}

// triggerTally counts triggers by (cause, words).
type triggerTally map[[2]string]*TriggerRecord

// count adds a unit's triggers, judged against the unit's gold causes.
func (tt triggerTally) count(ts []trigger, gold map[string]bool) {
	for _, tr := range ts {
		k := [2]string{tr.Cause, tr.Words}
		r := tt[k]
		if r == nil {
			r = &TriggerRecord{Cause: tr.Cause, Words: tr.Words}
			tt[k] = r
		}
		if gold[tr.Cause] {
			r.Kept++
		} else {
			r.Spurious++
		}
	}
}

// records lists the triggers worst first: most spurious beyond kept, then
// most spurious, then by cause and words.
func (tt triggerTally) records() []TriggerRecord {
	out := make([]TriggerRecord, 0, len(tt))
	for _, r := range tt {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if da, db := a.Spurious-a.Kept, b.Spurious-b.Kept; da != db {
			return da > db
		}
		if a.Spurious != b.Spurious {
			return a.Spurious > b.Spurious
		}
		if a.Cause != b.Cause {
			return a.Cause < b.Cause
		}
		return a.Words < b.Words
	})
	return out
}

// NameTriggers fills the Trigger of each record with the trigger of tax
// that matched its words, so that a user can remove it from their cause
// file ("-" and the trigger, see docs/eval.md).
func NameTriggers(recs []TriggerRecord, tax *schema.Taxonomy) {
	for i := range recs {
		def, ok := tax.Get(recs[i].Cause)
		if !ok {
			continue
		}
		// a counter-argument is also asserted by denying a cause it
		// names (denies): the words are then that cause's trigger
		for _, id := range append([]string{def.ID}, def.Denies...) {
			if t := spelledBy(tax, id, recs[i].Words); t != "" {
				recs[i].Trigger = t
				if id != def.ID {
					recs[i].TriggerOf = id
				}
				break
			}
		}
	}
}

// spelledBy returns the trigger of cause id that spells words, or "".
func spelledBy(tax *schema.Taxonomy, id, words string) string {
	def, _ := tax.Get(id)
	for _, t := range def.Triggers {
		if triggerSpells(t, words) {
			return t
		}
	}
	return ""
}

// triggerSpells reports whether trigger t (syntax of schema.CauseDef)
// matches exactly the lower-cased words: its parts in order, the first at
// the start and the last at the end.
func triggerSpells(t, words string) bool {
	p := strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(t, "~"), "$"))
	parts := strings.Split(p, "…")
	if !strings.HasPrefix(words, parts[0]) || !strings.HasSuffix(words, parts[len(parts)-1]) {
		return false
	}
	if len(parts) == 1 {
		return words == p
	}
	rest := words[len(parts[0]):]
	for _, mid := range parts[1 : len(parts)-1] {
		i := strings.Index(rest, mid)
		if i < 0 {
			return false
		}
		rest = rest[i+len(mid):]
	}
	return len(rest) >= len(parts[len(parts)-1])
}

// claimTriggers reads the claimOf statements of claim node n: each
// asserted cause with the quote of its trigger evidence.
func (r *reader) claimTriggers(n quad.Value) ([]trigger, error) {
	stmts, err := r.st.In(r.ctx, n, schema.Subject)
	if err != nil {
		return nil, err
	}
	var out []trigger
	for _, st := range stmts {
		preds, err := r.st.Out(r.ctx, st, schema.Predicate)
		if err != nil {
			return nil, err
		}
		if len(preds) == 0 || preds[0] != schema.ClaimOf {
			continue
		}
		objs, err := r.st.Out(r.ctx, st, schema.Object)
		if err != nil {
			return nil, err
		}
		evs, err := r.st.Out(r.ctx, st, schema.HasEvid)
		if err != nil {
			return nil, err
		}
		if len(objs) == 0 || len(evs) == 0 {
			continue // a statement without its cause or evidence: nothing to judge
		}
		quote, err := r.str(evs[0], schema.Quote)
		if err != nil {
			return nil, err
		}
		out = append(out, trigger{Cause: causeID(objs[0]), Words: strings.ToLower(strings.Join(strings.Fields(quote), " "))})
	}
	return out, nil
}
