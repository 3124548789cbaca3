package schema

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The ids of the research notes (seeds.md §4.1–4.3), written out here so a
// rename in causes.json is caught.
var wantCauseIDs = map[string][]string{
	KindCause: {
		"censorship_content_restrictions", "no_rating_system", "banned_at_home_acclaimed_abroad", "propaganda_main_melody",
		"poor_overall_quality", "domestic_audience_rejection", "weak_storytelling_script", "vfx_technical_gap",
		"lack_of_distinctiveness_imitation", "avoids_reality_no_social_critique", "forced_romance_genre_impurity", "kung_fu_wuxia_decline",
		"domestic_market_sufficient_no_incentive", "capital_speculation_money", "traffic_stars_casting_acting", "immature_industrial_system",
		"talent_education_generation_gap", "distribution_marketing_gap", "protectionism_quota", "low_domestic_audience_taste",
		"values_ideology_mismatch", "cultural_difference_untranslatable", "subtitles_viewing_habits", "weak_reach_of_chinese_culture", "orientalist_self_othering",
		"weak_soft_power_discourse", "western_bias_geopolitics", "hollywood_dominance",
	},
	KindCounter: {"already_succeeded_abroad", "only_hollywood_travels", "censorship_is_an_excuse", "difference_not_inferiority", "tv_games_webnovels_do_travel"},
	KindDiagnosis: {"diag_three_bottlenecks", "diag_linear_export_paradigm", "diag_cultural_discount", "diag_orientalist_spectacle_and_labels",
		"diag_industry_challenges", "diag_independent_film_environment"},
	KindPrescription: {"rx_new_quality_productive_forces_ai", "rx_node_thinking_networking", "rx_coproduction_ecosystem", "rx_festivals_markets_presence",
		"rx_streaming_platforms_microdrama", "rx_shared_values_narrative", "rx_discourse_power_criticism", "rx_policy_talent_data",
		"rx_ip_film_plus", "rx_dual_track_creation"},
}

func TestDefaultTaxonomyHasExactlyTheResearchIDs(t *testing.T) {
	tax := DefaultTaxonomy()
	got := map[string][]string{}
	for _, c := range tax.Causes {
		got[c.Kind] = append(got[c.Kind], c.ID)
		if c.LabelZh == "" || c.LabelEn == "" || c.Group == "" || len(c.Triggers) == 0 {
			t.Errorf("%s: needs label_zh, label_en, group and triggers", c.ID)
		}
	}
	for kind, want := range wantCauseIDs {
		w := append([]string(nil), want...)
		sort.Strings(w)
		g := got[kind]
		sort.Strings(g)
		if strings.Join(g, ",") != strings.Join(w, ",") {
			t.Errorf("kind %s:\n got %v\nwant %v", kind, g, w)
		}
	}
	if n := len(got[KindCause]); n != 28 {
		t.Errorf("causes: %d, want 28", n)
	}
	if len(tax.Causes) != 28+5+6+10 {
		t.Errorf("total %d, want 49", len(tax.Causes))
	}
	if !sort.SliceIsSorted(tax.Causes, func(i, j int) bool { return tax.Causes[i].ID < tax.Causes[j].ID }) {
		t.Error("Causes not sorted by id")
	}
}

func TestGroupsCodesAndAddresses(t *testing.T) {
	tax := DefaultTaxonomy()
	counts := map[string]int{}
	for _, c := range tax.Causes {
		counts[c.Group]++
		if c.Kind == KindCause {
			if c.Code == "" || c.Code[:1] != c.Group {
				t.Errorf("%s: code %q does not start with its group %q", c.ID, c.Code, c.Group)
			}
		}
		if c.Kind == KindDiagnosis || c.Kind == KindPrescription {
			for _, a := range c.Addresses {
				d, ok := tax.Get(a)
				if !ok || d.Kind != KindCause {
					t.Errorf("%s addresses %q, which is not a cause", c.ID, a)
				}
			}
		}
	}
	want := map[string]int{"A": 4, "B": 8, "C": 8, "D": 5, "E": 3, "X": 5, "DIAG": 6, "RX": 10}
	for g, n := range want {
		if counts[g] != n {
			t.Errorf("group %s: %d entries, want %d", g, counts[g], n)
		}
	}
	if c, ok := tax.Get("C6"); !ok || c.ID != "distribution_marketing_gap" {
		t.Errorf("Get by code C6 = %+v, %v", c, ok)
	}
	d, _ := tax.Get("diag_three_bottlenecks")
	if strings.Join(d.Addresses, ",") != "lack_of_distinctiveness_imitation,vfx_technical_gap,capital_speculation_money" {
		t.Errorf("diag_three_bottlenecks addresses %v", d.Addresses)
	}
}

// A trigger shared by two causes makes the matcher assign both; that is
// allowed only where listed here, on purpose.
// Removal and bans are both evidence of censorship (A1) and the
// banned-at-home cause (A3).
var sharedTriggers = map[string]bool{"下架": true, "禁片": true, "禁映": true, "禁播": true, "过不了审": true}

func TestNoTriggerSharedAcrossCauses(t *testing.T) {
	owner := map[string]string{}
	for _, c := range DefaultTaxonomy().Causes {
		for _, tr := range c.Triggers {
			k := strings.ToLower(strings.TrimPrefix(tr, "~"))
			if prev, ok := owner[k]; ok && prev != c.ID && !sharedTriggers[k] {
				t.Errorf("trigger %q in both %s and %s", tr, prev, c.ID)
			}
			owner[k] = c.ID
		}
	}
}

func TestLoadTaxonomyMergesUserFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.json")
	user := `{"causes": [
	  {"id": "distribution_marketing_gap", "triggers": ["片方不出海", "发行"], "evidence_tags": ["domestic_hit"]},
	  {"id": "piracy", "label_zh": "盗版", "label_en": "Piracy", "group": "C", "kind": "cause", "triggers": ["盗版"], "addresses": []},
	  {"id": "rx_anti_piracy", "label_zh": "打击盗版", "label_en": "Fight piracy", "group": "RX", "kind": "prescription", "triggers": ["打击盗版"], "addresses": ["piracy", "C6"]}
	]}`
	if err := os.WriteFile(p, []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	tax, err := LoadTaxonomy(p)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := tax.Get("distribution_marketing_gap")
	n := 0
	for _, tr := range c.Triggers {
		if tr == "发行" {
			n++
		}
	}
	if n != 1 || !contains(c.Triggers, "片方不出海") {
		t.Errorf("merged triggers wrong: %v", c.Triggers)
	}
	if !contains(c.EvidenceTags, "domestic_hit") {
		t.Errorf("evidence tags not merged: %v", c.EvidenceTags)
	}
	if _, ok := tax.Get("piracy"); !ok {
		t.Error("new cause not added")
	}
	rx, _ := tax.Get("rx_anti_piracy")
	if strings.Join(rx.Addresses, ",") != "piracy,distribution_marketing_gap" {
		t.Errorf("addresses not resolved to ids: %v", rx.Addresses)
	}
	// The default stays untouched.
	d, _ := DefaultTaxonomy().Get("distribution_marketing_gap")
	if contains(d.Triggers, "片方不出海") {
		t.Error("LoadTaxonomy modified the default taxonomy")
	}
	if len(tax.Causes) != len(DefaultTaxonomy().Causes)+2 {
		t.Errorf("got %d causes", len(tax.Causes))
	}
}

func TestLoadTaxonomyErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"causes": [{"id": "x", "kind": "opinion", "triggers": ["a"]}]}`), 0o644)
	if _, err := LoadTaxonomy(bad); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("want error naming bad.json, got %v", err)
	}
	unknown := filepath.Join(dir, "unknown.json")
	os.WriteFile(unknown, []byte(`{"causes": [{"id": "rx_x", "kind": "prescription", "triggers": ["a"], "addresses": ["nope"]}]}`), 0o644)
	if _, err := LoadTaxonomy(unknown); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("want error naming the unknown cause, got %v", err)
	}
	// an evidence tag no work carries, on a new cause or an existing one
	for name, row := range map[string]string{
		"newtag.json": `{"causes": [{"id": "piracy", "kind": "cause", "triggers": ["盗版"], "evidence_tags": ["blockbuster"]}]}`,
		"oldtag.json": `{"causes": [{"id": "distribution_marketing_gap", "evidence_tags": ["blockbuster"]}]}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(row), 0o644)
		if _, err := LoadTaxonomy(p); err == nil || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), `"blockbuster"`) {
			t.Errorf("%s: want an error naming the file and the unknown tag, got %v", name, err)
		}
	}
	if _, err := LoadTaxonomy(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file accepted")
	}
}

func TestTaxonomyQuads(t *testing.T) {
	qs := DefaultTaxonomy().Quads()
	types, addr := 0, 0
	for _, q := range qs {
		if q.Label != LexiconLabel {
			t.Fatalf("quad %v not labelled %s", q, LexiconLabel)
		}
		if q.Predicate == Type && q.Object == Cause {
			types++
		}
		if q.Predicate == Addresses {
			addr++
		}
	}
	if types != 49 {
		t.Errorf("%d cause nodes, want 49", types)
	}
	if addr == 0 {
		t.Error("no fg:addresses quads")
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// A counter-argument may name the causes whose denial it is; the names
// must be causes of the taxonomy and only counters may carry them.
func TestDeniesNamesCausesOfCounters(t *testing.T) {
	def := DefaultTaxonomy()
	c, ok := def.Get("censorship_is_an_excuse")
	if !ok || !slices.Contains(c.Denies, "censorship_content_restrictions") {
		t.Errorf("censorship_is_an_excuse denies %v, want censorship_content_restrictions", c.Denies)
	}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"unknown.json":    `{"causes": [{"id": "x_counter", "kind": "counter", "triggers": ["a"], "denies": ["nope"]}]}`,
		"notcounter.json": `{"causes": [{"id": "x_cause", "kind": "cause", "triggers": ["a"], "denies": ["A1"]}]}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		if _, err := LoadTaxonomy(p); err == nil || !strings.Contains(err.Error(), "denies") {
			t.Errorf("%s: want an error about denies, got %v", name, err)
		}
	}
}

func TestUserFileRemovesTriggers(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	def, _ := DefaultTaxonomy().Get("subtitles_viewing_habits")
	if !contains(def.Triggers, "字幕") {
		t.Fatalf("test assumes the shipped trigger 字幕: %v", def.Triggers)
	}
	// Strong 字幕 made weak; 叙事 is shipped weak ("~叙事") and "-叙事" removes it.
	tax, err := LoadTaxonomy(write("prune.json", `{"causes": [
	  {"id": "subtitles_viewing_habits", "triggers": ["-字幕", "~字幕"]},
	  {"id": "weak_storytelling_script", "triggers": ["-叙事"]}
	]}`))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := tax.Get("subtitles_viewing_habits")
	if contains(c.Triggers, "字幕") || !contains(c.Triggers, "~字幕") {
		t.Errorf("字幕 not made weak: %v", c.Triggers)
	}
	w, _ := tax.Get("weak_storytelling_script")
	for _, tr := range w.Triggers {
		if strings.TrimPrefix(tr, "~") == "叙事" {
			t.Errorf("叙事 not removed: %v", w.Triggers)
		}
	}
	if d, _ := DefaultTaxonomy().Get("subtitles_viewing_habits"); !contains(d.Triggers, "字幕") {
		t.Error("removal reached the default taxonomy")
	}
	// A typo must not leave the trigger firing silently.
	_, err = LoadTaxonomy(write("typo.json", `{"causes": [{"id": "subtitles_viewing_habits", "triggers": ["-字慕"]}]}`))
	if err == nil || !strings.Contains(err.Error(), "typo.json") || !strings.Contains(err.Error(), "字慕") {
		t.Errorf("removing an absent trigger: %v", err)
	}
	_, err = LoadTaxonomy(write("new.json", `{"causes": [{"id": "piracy", "label_zh": "盗版", "label_en": "Piracy", "group": "C", "kind": "cause", "triggers": ["-盗版"]}]}`))
	if err == nil || !strings.Contains(err.Error(), "new.json") {
		t.Errorf("removal on a new cause: %v", err)
	}
}
