//! Totals, bonus and penalty caps, result bands and gates, and published results reproduced.

use crate::util;

use parscore::scoring::GateState;
use serde_json::json;
use util::*;

/// An appraised part and a survey part, like the 2012 provincial index (60 + 40 here).
fn appraisal_and_survey() -> parscore::criteria::CriteriaSet {
    load(&set_json(vec![
        leaf("1", "60", json!({ "kind": "manual", "step": "0.01" })),
        leaf("2", "40", json!({ "kind": "survey" })),
    ]))
}

#[test]
fn published_2012_provincial_results_are_reproduced() {
    // Domain reference §7: appraisal + survey = index, 2012 provinces, in published rank order.
    let published = [
        ("Đà Nẵng", "53.25", "33.87", "87.12"),
        ("Bà Rịa–Vũng Tàu", "54.35", "31.79", "86.14"),
        ("TP Hồ Chí Minh", "52.75", "31.08", "83.83"),
        ("An Giang", "54.25", "29.00", "83.25"),
        ("Hà Nội", "51.25", "31.52", "82.77"),
        ("Quảng Ninh", "49.75", "30.46", "80.21"),
    ];
    let set = appraisal_and_survey();
    let mut indexes = Vec::new();
    for (province, appraisal, survey, index) in published {
        let card = score(
            &set,
            json!({ "1": { "points": appraisal, "justification": "thẩm định" }, "2": { "points": survey } }),
        );
        assert!(card.problems.is_empty(), "{province}: {:?}", card.problems);
        assert_eq!(card.totals.self_assessed, d(appraisal), "{province}");
        assert_eq!(card.totals.survey, d(survey), "{province}");
        assert_eq!(card.totals.total, d(index), "{province}");
        assert_eq!(card.totals.index, d(index), "{province}");
        assert_eq!(set.bands[card.band.as_ref().unwrap().band].id, "b", "{province} is in group B (80 to under 90)");
        indexes.push(card.totals.index);
    }
    assert!(indexes.windows(2).all(|w| w[0] > w[1]), "the published ranking is kept");
}

#[test]
fn other_published_indexes_land_in_their_groups() {
    // Thừa Thiên Huế 2015: 91.14; Khánh Hòa 2024: 90.49 (group A); Khánh Hòa 2022: 86.19 (group B).
    let set = load(&set_json(vec![leaf("1", "100", json!({ "kind": "manual", "step": "0.01" }))]));
    for (index, group) in [("91.14", "a"), ("90.49", "a"), ("86.19", "b"), ("92.75", "a"), ("91.33", "a")] {
        let card = score(&set, json!({ "1": { "points": index, "justification": "x" } }));
        assert_eq!(card.totals.index, d(index));
        assert_eq!(set.bands[card.band.unwrap().band].id, group, "{index}");
    }
}

#[test]
fn result_band_edges() {
    let set = load(&set_json(vec![leaf("1", "100", json!({ "kind": "manual" }))]));
    for (index, group) in
        [("89.99", "b"), ("90", "a"), ("90.01", "a"), ("80", "b"), ("79.99", "c"), ("0", "d"), ("100", "a")]
    {
        let card = score(&set, json!({ "1": { "points": index, "justification": "x" } }));
        assert_eq!(set.bands[card.band.unwrap().band].id, group, "{index}");
    }
}

#[test]
fn band_is_chosen_on_the_rounded_index() {
    // 62.995 of 70 = 89.9928…% → 89.99 (group B); 62.9965 of 70 = 89.995% → 90.00 (group A).
    let set = load(&set_json(vec![
        leaf("1", "70", json!({ "kind": "manual" })),
        leaf("2", "30", json!({ "kind": "survey" })),
    ]));
    let card = score(&set, json!({ "1": { "points": "62.995", "justification": "x" }, "2": { "points": "27" } }));
    assert_eq!(card.totals.index, d("90"));
    assert_eq!(set.bands[card.band.unwrap().band].id, "a");
    let card = score(&set, json!({ "1": { "points": "62.99", "justification": "x" }, "2": { "points": "27" } }));
    assert_eq!(card.totals.index, d("89.99"));
    assert_eq!(set.bands[card.band.unwrap().band].id, "b");
}

fn with_adjustments() -> parscore::criteria::CriteriaSet {
    let mut set = set_json(vec![leaf("1", "100", json!({ "kind": "manual" }))]);
    set["bonus"] = json!({ "cap": "2", "items": [
        leaf("T1", "1.5", json!({ "kind": "per_count", "per_item": "0.5" })),
        leaf("T2", "1", json!({ "kind": "pass_fail" }))
    ]});
    set["penalty"] = json!({ "cap": "3", "items": [
        leaf("P1", "5", json!({ "kind": "per_count", "per_item": "1" }))
    ]});
    load(&set)
}

#[test]
fn bonus_and_penalty_are_capped_and_the_total_stays_on_the_scale() {
    let set = with_adjustments();
    let card = score(
        &set,
        json!({ "1": { "points": "80", "justification": "x" }, "T1": { "count": 3 }, "T2": { "pass": true }, "P1": { "count": 1 } }),
    );
    assert_eq!((card.totals.bonus_uncapped, card.totals.bonus), (d("2.5"), d("2")));
    assert_eq!((card.totals.penalty_uncapped, card.totals.penalty), (d("1"), d("1")));
    assert_eq!(card.totals.total, d("81"));
    let card = score(&set, json!({ "1": { "points": "1", "justification": "x" }, "P1": { "count": 5 } }));
    assert_eq!(card.totals.penalty, d("3"));
    assert_eq!(card.totals.total, d("0"), "never below 0");
    let card = score(&set, json!({ "1": { "points": "99.5", "justification": "x" }, "T2": { "pass": true } }));
    assert_eq!(card.totals.total, d("100"), "never above the scale");
    assert_eq!(card.totals.index, d("100"));
    // Bonus and penalty items are not part of the answered count of the self-assessment.
    assert_eq!(card.totals.items, 1);
}

/// Khánh Hòa, Kết luận 91 (2022): no "Tốt" with 5% or more late dossiers, or a satisfaction
/// index of 80% or less.
fn gated() -> parscore::criteria::CriteriaSet {
    let mut set = set_json(vec![
        leaf("1", "70", json!({ "kind": "manual" })),
        leaf(
            "2",
            "10",
            json!({ "kind": "bands", "measure": { "ratio": {
            "numerator": { "vi": "Hồ sơ giải quyết đúng hạn" }, "denominator": { "vi": "Tổng số hồ sơ" } } },
            "bands": [{ "range": "[95, 100]", "points": "10" }, { "range": "[0, 95)", "points": "5" }] }),
        ),
        leaf("3", "20", json!({ "kind": "survey" })),
    ]);
    set["gates"] = json!([
        { "id": "late-dossiers", "title": { "vi": "Tỷ lệ hồ sơ trễ hạn từ 5% trở lên" }, "when": { "measure": "2", "in": "[0, 95]" }, "cap": "b" },
        { "id": "satisfaction", "title": { "vi": "Chỉ số hài lòng từ 80% trở xuống" }, "when": { "index": "3", "in": "[0, 80]" }, "cap": "b" }
    ]);
    load(&set)
}

#[test]
fn gates_cap_the_band_and_say_which() {
    let set = gated();
    let base = |on_time: i64, survey: &str| json!({ "1": { "points": "70", "justification": "x" }, "2": { "numerator": on_time, "denominator": 100 }, "3": { "points": survey } });
    // 96/100 on time (4% late) and 18/20 satisfaction: index 98, group A, no gate.
    let card = score(&set, base(96, "18"));
    let band = card.band.as_ref().unwrap();
    assert_eq!((set.bands[band.band].id.as_str(), band.capped_by.len()), ("a", 0));
    assert_eq!(card.gates.iter().map(|g| g.state).collect::<Vec<_>>(), vec![GateState::Clear, GateState::Clear]);
    // 95/100 on time: exactly 5% late; index 70 + 10 + 18 = 98 is group A by index, capped to B.
    let card = score(&set, base(95, "18"));
    let band = card.band.as_ref().unwrap();
    assert_eq!(card.totals.index, d("98"));
    assert_eq!((set.bands[band.by_index].id.as_str(), set.bands[band.band].id.as_str()), ("a", "b"));
    assert_eq!(band.capped_by, vec![0]);
    // Satisfaction exactly 80% (16 of 20) holds; 16.01 does not.
    let card = score(&set, base(100, "16"));
    assert_eq!(card.band.as_ref().unwrap().capped_by, vec![1]);
    let card = score(&set, base(100, "16.01"));
    assert!(card.band.as_ref().unwrap().capped_by.is_empty());
}

#[test]
fn an_undecided_gate_does_not_cap_but_is_reported() {
    let set = gated();
    let card = score(&set, json!({ "1": { "points": "70", "justification": "x" }, "3": { "points": "20" } }));
    assert_eq!(card.gates[0].state, GateState::Unknown);
    assert!(card.band.as_ref().unwrap().capped_by.is_empty());
    let lines = parscore::scoring::explain::explain_total(&set, &card, parscore::Lang::Vi);
    assert!(lines.iter().any(|l| l.contains("Chưa xác định") && l.contains("trễ hạn")), "{lines:?}");
}

#[test]
fn a_gate_never_raises_a_band() {
    let set = gated();
    // Index 55 + 5 + 10 = 70: group C by index; the late-dossier gate caps at B, which is higher.
    let card = score(
        &set,
        json!({ "1": { "points": "55", "justification": "x" }, "2": { "numerator": 50, "denominator": 100 }, "3": { "points": "10" } }),
    );
    let band = card.band.unwrap();
    assert_eq!(set.bands[band.band].id, "c");
    assert!(band.capped_by.is_empty());
}
