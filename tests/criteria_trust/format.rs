//! The format's additions: a set rescaled to its scale where no survey is run (Hà Nội), survey
//! results given as a percent, and gates on that percent (Khánh Hòa's "satisfaction ≤ 80%").

use parscore::criteria;
use parscore::scoring::{explain, GateState, Trace};
use parscore::Lang;
use serde_json::{json, Value};

use super::util::{d, leaf, load, points, score, set_json};

/// 70 self-assessed points (one manual item) and a 30-point survey item.
fn appraisal_and_survey(survey: Value) -> Value {
    set_json(vec![leaf("1", "70", json!({ "kind": "manual" })), leaf("2", "30", survey)])
}

fn manual(points: &str) -> Value {
    json!({ "points": points, "justification": "theo hồ sơ" })
}

#[test]
fn without_a_survey_the_self_assessed_points_are_rescaled_to_the_scale() {
    let mut file = appraisal_and_survey(json!({ "kind": "survey" }));
    file["rescale_without_survey"] = json!(true);
    let set = load(&file);
    // 62.5 of 70 → 62.5 × 100 / 70 = 89.2857… → 89.29 at the set's 2 index places.
    let card = score(&set, json!({ "1": manual("62.5") }));
    assert_eq!(card.totals.rescaled_self_assessed, Some(d("89.29")));
    assert_eq!(card.totals.total, d("89.29"));
    assert_eq!(card.totals.index, d("89.29"));
    assert_eq!(set.bands[card.band.as_ref().unwrap().band].id, "b");
    let words = explain::explain_total(&set, &card, Lang::Vi).join("\n");
    assert!(words.contains("62,5 × 100 / 70 = 89,29"), "{words}");
    // Once survey points are entered, nothing is rescaled.
    let card = score(&set, json!({ "1": manual("62.5"), "2": { "points": "20" } }));
    assert_eq!(card.totals.rescaled_self_assessed, None);
    assert_eq!(card.totals.total, d("82.5"));
}

#[test]
fn without_the_option_a_missing_survey_simply_counts_zero() {
    let set = load(&appraisal_and_survey(json!({ "kind": "survey" })));
    let card = score(&set, json!({ "1": manual("62.5") }));
    assert_eq!(card.totals.rescaled_self_assessed, None);
    assert_eq!(card.totals.total, d("62.5"));
}

fn percent_survey(rounding: &str) -> Value {
    appraisal_and_survey(json!({ "kind": "survey", "percent": { "places": 2, "rounding": rounding } }))
}

#[test]
fn a_survey_percent_becomes_max_times_percent_over_100_with_the_sets_rounding() {
    let set = load(&percent_survey("half_up"));
    // SIPAS 2023's national average, 82.66%: 30 × 82.66 / 100 = 24.798.
    let card = score(&set, json!({ "2": { "percent": "82.66" } }));
    assert_eq!(points(&set, &card, "2"), d("24.8"));
    assert!(matches!(
        card.nodes[set.find("2").unwrap()].evaluation.as_ref().unwrap().trace,
        Trace::Survey { points: Some(_), percent: Some(p) } if p == d("82.66")
    ));
    let down = load(&percent_survey("down"));
    assert_eq!(points(&down, &score(&down, json!({ "2": { "percent": "82.66" } })), "2"), d("24.79"));
    let e = explain::explain(&set, &card, set.find("2").unwrap(), Lang::En);
    assert!(e.steps.iter().any(|s| s.contains("30 × 82.66 / 100")), "{:?}", e.steps);
}

#[test]
fn a_survey_percent_outside_0_to_100_or_given_as_points_is_reported() {
    let set = load(&percent_survey("half_up"));
    let card = score(&set, json!({ "2": { "percent": "100.5" } }));
    assert_eq!(card.problems.len(), 1, "{:?}", card.problems);
    assert!(card.problems[0].located(Lang::En).starts_with("2"), "{}", card.problems[0].located(Lang::En));
    let card = score(&set, json!({ "2": { "points": "20" } }));
    assert_eq!(card.problems.len(), 1, "points are not the input of a percent survey item");
}

/// Khánh Hòa, Kết luận 91 (2022): no "good" ranking with a satisfaction index of 80% or less.
fn gated() -> criteria::CriteriaSet {
    let mut file = set_json(vec![
        leaf("1", "70", json!({ "kind": "pass_fail" })),
        leaf("2", "30", json!({ "kind": "survey", "percent": { "places": 2, "rounding": "half_up" } })),
    ]);
    file["gates"] = json!([{
        "id": "hai-long",
        "title": { "vi": "Chỉ số hài lòng từ 80% trở xuống thì không xếp nhóm A" },
        "when": { "measure": "2", "in": "[0, 80]" },
        "cap": "b"
    }]);
    load(&file)
}

#[test]
fn a_gate_tests_the_survey_percent_exactly() {
    let set = gated();
    let band = |percent: &str| {
        let card = score(&set, json!({ "1": { "pass": true }, "2": { "percent": percent } }));
        (set.bands[card.band.as_ref().unwrap().band].id.clone(), card.gates[0].state, card.totals.total)
    };
    // 80% exactly holds the gate: 94 points would be group A, the gate caps it at B.
    assert_eq!(band("80"), ("b".to_string(), GateState::Holds, d("94")));
    // 80.0001% gives the same 24.00 points once rounded, but the gate reads the percent itself.
    assert_eq!(band("80.0001"), ("a".to_string(), GateState::Clear, d("94")));
    let card = score(&set, json!({ "1": { "pass": true } }));
    assert_eq!(card.gates[0].state, GateState::Unknown, "no survey result yet");
}

#[test]
fn a_gate_on_a_survey_without_percent_or_odd_places_is_refused() {
    let mut file = appraisal_and_survey(json!({ "kind": "survey" }));
    file["gates"] =
        json!([{ "id": "g", "title": { "vi": "g" }, "when": { "measure": "2", "in": "[0, 80]" }, "cap": "b" }]);
    let errors = super::util::errors(&file);
    assert!(errors.iter().any(|e| e.starts_with("gates[0].when.measure: 2 measures nothing")), "{errors:?}");
    let file =
        set_json(vec![leaf("1", "0.5", json!({ "kind": "survey", "percent": { "places": 0, "rounding": "up" } }))]);
    let errors = super::util::errors(&file);
    assert!(errors.iter().any(|e| e.starts_with("1 rule.percent.places")), "{errors:?}");
}

#[test]
fn the_sets_this_change_did_not_touch_keep_their_hashes() {
    // The hashes their demo drafts named before the format gained optional members: the new
    // members are left out when absent, and the hash leaves out publisher and proof only.
    for (file, sha256) in [
        ("teaching-demo.json", "d38a48c1713e65a93d05de13fc224a9d857cc21c626c873d66ec21f0342abfa7"),
        ("province-2948-2017.json", "0b937ebf42ca457cebea13426bc72283171e00adba4d65223c4db87e9e0702a7"),
        ("commune-hue-2204-2022.json", "21973b286f58206a412f602dc010e40c22aafc086f94307759b3ad01fe93d67c"),
    ] {
        let text = super::util::signing::read(&format!("criteria/{file}"));
        assert_eq!(criteria::load(&text).unwrap().sha256, sha256, "{file}");
    }
}

#[test]
fn the_survey_projection_fills_a_percent_item_with_the_percent() {
    use parscore::scoring::insights;
    let set = load(&percent_survey("half_up"));
    let draft = super::util::draft(&set, json!({ "1": manual("70") }));
    let projection = insights::project(&set, &draft, Some(d("82.66")));
    let estimate = projection.estimate.expect("an estimate");
    assert!(estimate.problems.is_empty(), "{:?}", estimate.problems);
    assert_eq!(points(&set, &estimate, "2"), d("24.8"));
    assert_eq!(projection.low.totals.total, d("70"));
    assert_eq!(projection.high.totals.total, d("100"));
}
