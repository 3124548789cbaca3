package eval

// taxonomyIDs are the cause ids of the project's cause taxonomy
// (../shared/research/seeds.md §4: 4.1 causes, 4.2 counter-arguments, 4.3
// diagnoses and prescriptions). Gold files may use only these, so that a
// typo in an annotation is an error rather than a cause nobody can match.
//
// The taxonomy's data file belongs to package schema; until schema exposes
// it, the ids are listed here. When it does, DefaultCauses should read
// schema's taxonomy instead (and this list goes).
var taxonomyIDs = []string{
	// 4.1 causes, groups A–E
	"censorship_content_restrictions", "no_rating_system", "banned_at_home_acclaimed_abroad", "propaganda_main_melody",
	"poor_overall_quality", "domestic_audience_rejection", "weak_storytelling_script", "vfx_technical_gap",
	"lack_of_distinctiveness_imitation", "avoids_reality_no_social_critique", "forced_romance_genre_impurity", "kung_fu_wuxia_decline",
	"domestic_market_sufficient_no_incentive", "capital_speculation_money", "traffic_stars_casting_acting", "immature_industrial_system",
	"talent_education_generation_gap", "distribution_marketing_gap", "protectionism_quota", "low_domestic_audience_taste",
	"values_ideology_mismatch", "cultural_difference_untranslatable", "subtitles_viewing_habits", "weak_reach_of_chinese_culture",
	"orientalist_self_othering",
	"weak_soft_power_discourse", "western_bias_geopolitics", "hollywood_dominance",
	// 4.2 counter-arguments
	"already_succeeded_abroad", "only_hollywood_travels", "censorship_is_an_excuse", "difference_not_inferiority", "tv_games_webnovels_do_travel",
	// 4.3 diagnoses and prescriptions
	"diag_three_bottlenecks", "diag_linear_export_paradigm", "diag_cultural_discount", "diag_orientalist_spectacle_and_labels",
	"diag_industry_challenges", "diag_independent_film_environment",
	"rx_new_quality_productive_forces_ai", "rx_node_thinking_networking", "rx_coproduction_ecosystem", "rx_festivals_markets_presence",
	"rx_streaming_platforms_microdrama", "rx_shared_values_narrative", "rx_discourse_power_criticism", "rx_policy_talent_data",
	"rx_ip_film_plus", "rx_dual_track_creation",
}

// DefaultCauses returns the set of cause ids gold files may use.
func DefaultCauses() map[string]bool {
	m := make(map[string]bool, len(taxonomyIDs))
	for _, id := range taxonomyIDs {
		m[id] = true
	}
	return m
}
