//! Every rule kind through the engine: points, edges, rounding, blanks, floors, caps and problems.

use crate::util;

use parscore::answers::InputField;
use parscore::scoring::{AnswerProblem, Trace};
use serde_json::json;
use util::*;

fn levels() -> serde_json::Value {
    json!({ "kind": "levels", "levels": [
        { "id": "on_time", "label": { "vi": "Ban hành đúng hạn" }, "points": "1" },
        { "id": "late", "label": { "vi": "Ban hành chậm" }, "points": "0.5" },
        { "id": "none", "label": { "vi": "Không ban hành" }, "points": "0" }
    ]})
}

/// Cà Mau 1880/QĐ-UBND 1.1.4 read with 70–90% inclusive: (90, 100] → 2, [70, 90] → 1, [0, 70) → 0.
fn plan_bands(measure: serde_json::Value) -> serde_json::Value {
    json!({ "kind": "bands", "measure": measure, "bands": [
        { "range": "(90, 100]", "points": "2" },
        { "range": "[70, 90]", "points": "1" },
        { "range": "[0, 70)", "points": "0" }
    ]})
}

fn percent_measure() -> serde_json::Value {
    json!({ "percent": { "label": { "vi": "Tỷ lệ hoàn thành kế hoạch" } } })
}

fn ratio_measure() -> serde_json::Value {
    json!({ "ratio": { "numerator": { "vi": "Nhiệm vụ hoàn thành" }, "denominator": { "vi": "Tổng nhiệm vụ" } } })
}

#[test]
fn levels_score_the_chosen_level() {
    let set = load(&set_json(vec![leaf("1", "1", levels())]));
    for (level, expected) in [("on_time", "1"), ("late", "0.5"), ("none", "0")] {
        let card = score(&set, json!({ "1": { "level": level } }));
        assert_eq!(card.totals.total, d(expected), "{level}");
        assert_eq!(card.totals.answered, 1);
    }
    let card = score(&set, json!({ "1": { "level": "sometimes" } }));
    assert_eq!(card.problems, vec![AnswerProblem::UnknownLevel { code: "1".into(), level: "sometimes".into() }]);
    assert_eq!(card.totals.answered, 0);
}

#[test]
fn pass_fail_gives_max_or_nothing() {
    let set = load(&set_json(vec![leaf("1", "1.5", json!({ "kind": "pass_fail" }))]));
    assert_eq!(score(&set, json!({ "1": { "pass": true } })).totals.total, d("1.5"));
    let failed = score(&set, json!({ "1": { "pass": false } }));
    assert_eq!(failed.totals.total, d("0"));
    assert_eq!(failed.totals.answered, 1, "an answered 0 is answered");
}

#[test]
fn band_edges_follow_the_brackets() {
    let set = load(&set_json(vec![leaf("1", "2", plan_bands(percent_measure()))]));
    for (percent, expected) in
        [("0", "0"), ("69.99", "0"), ("70", "1"), ("89.99", "1"), ("90", "1"), ("90.01", "2"), ("100", "2")]
    {
        let card = score(&set, json!({ "1": { "percent": percent } }));
        assert_eq!(card.totals.total, d(expected), "{percent}%");
    }
}

#[test]
fn ratio_bands_compare_exactly() {
    let set = load(&set_json(vec![leaf("1", "2", plan_bands(ratio_measure()))]));
    for (n, den, expected) in [
        (9, 10, "1"),
        (9001, 10000, "2"),
        (8999, 10000, "1"),
        (7, 10, "1"),
        (6999, 10000, "0"),
        (45, 50, "1"),
        (46, 50, "2"),
    ] {
        let card = score(&set, json!({ "1": { "numerator": n, "denominator": den } }));
        assert_eq!(card.totals.total, d(expected), "{n}/{den}");
    }
    // 2/3 = 66.666…%: below a band that starts at 66.67 even though it rounds to 66.67.
    let thirds = load(&set_json(vec![leaf(
        "1",
        "1",
        json!({ "kind": "bands", "measure": ratio_measure(), "bands": [
            { "range": "[66.67, 100]", "points": "1" }, { "range": "[0, 66.67)", "points": "0" }
        ]}),
    )]));
    assert_eq!(score(&thirds, json!({ "1": { "numerator": 2, "denominator": 3 } })).totals.total, d("0"));
}

#[test]
fn ratio_problems_are_reported_and_score_zero() {
    let set = load(&set_json(vec![leaf("1.1", "2", plan_bands(ratio_measure()))]));
    let cases = [
        (
            json!({ "numerator": 11, "denominator": 10 }),
            AnswerProblem::NumeratorAboveDenominator { code: "1.1".into(), numerator: 11, denominator: 10 },
        ),
        (
            json!({ "numerator": -1, "denominator": 10 }),
            AnswerProblem::Negative { code: "1.1".into(), field: InputField::Numerator, value: -1 },
        ),
        (json!({ "numerator": 0, "denominator": 0 }), AnswerProblem::ZeroDenominator { code: "1.1".into() }),
        (json!({ "numerator": 5 }), AnswerProblem::Missing { code: "1.1".into(), field: InputField::Denominator }),
        (
            json!({ "percent": "50" }),
            AnswerProblem::FieldNotApplicable {
                code: "1.1".into(),
                field: InputField::Percent,
                expected: &[InputField::Numerator, InputField::Denominator],
            },
        ),
    ];
    for (answer, problem) in cases {
        let card = score(&set, json!({ "1.1": answer }));
        assert_eq!(card.problems, vec![problem.clone()], "{answer}");
        assert_eq!(card.totals.total, d("0"));
        assert_eq!(card.totals.answered, 0);
        assert!(matches!(&card.nodes[0].evaluation.as_ref().unwrap().trace, Trace::Invalid(p) if *p == problem));
    }
}

#[test]
fn percent_outside_0_to_100_is_refused() {
    let set = load(&set_json(vec![leaf("1", "2", plan_bands(percent_measure()))]));
    let card = score(&set, json!({ "1": { "percent": "100.5" } }));
    assert_eq!(card.problems, vec![AnswerProblem::PercentOutOfRange { code: "1".into(), percent: d("100.5") }]);
    let card = score(&set, json!({ "1": { "percent": "-1" } }));
    assert_eq!(card.problems.len(), 1);
}

#[test]
fn nothing_counted_uses_the_rules_if_none_points() {
    let mut rule = plan_bands(ratio_measure());
    rule["if_none"] = json!("2");
    let set = load(&set_json(vec![leaf("1", "2", rule)]));
    let card = score(&set, json!({ "1": { "numerator": 0, "denominator": 0 } }));
    assert_eq!(card.totals.total, d("2"));
    assert!(card.problems.is_empty());
}

#[test]
fn proportional_rounds_as_stated() {
    let rule = |places: u32, rounding: &str| json!({ "kind": "proportional", "measure": ratio_measure(), "places": places, "rounding": rounding });
    let cases = [
        ("2", 2, "half_up", 45, 50, "1.8"),
        ("1", 2, "half_up", 2, 3, "0.67"),
        ("1", 2, "down", 2, 3, "0.66"),
        ("1", 2, "up", 1, 3, "0.34"),
        ("1", 0, "half_up", 1, 2, "1"),
        ("1", 0, "down", 1, 2, "0"),
        ("0.75", 2, "half_up", 1, 6, "0.13"),
        ("3", 4, "half_up", 1, 1, "3"),
    ];
    for (max, places, rounding, n, den, expected) in cases {
        let set = load(&set_json(vec![leaf("1", max, rule(places, rounding))]));
        let card = score(&set, json!({ "1": { "numerator": n, "denominator": den } }));
        assert_eq!(card.totals.total, d(expected), "{max} × {n}/{den} to {places} places {rounding}");
    }
}

#[test]
fn deduction_is_floored_at_zero() {
    let set = load(&set_json(vec![leaf("1", "2", json!({ "kind": "deduction", "per_fault": "0.5" }))]));
    for (count, expected) in [(0, "2"), (1, "1.5"), (3, "0.5"), (4, "0"), (5, "0"), (1000, "0")] {
        let card = score(&set, json!({ "1": { "count": count } }));
        assert_eq!(card.totals.total, d(expected), "{count} faults");
    }
    let card = score(&set, json!({ "1": { "count": 5 } }));
    assert!(matches!(card.nodes[0].evaluation.as_ref().unwrap().trace, Trace::Deduction { floored: true, .. }));
    let card = score(&set, json!({ "1": { "count": -2 } }));
    assert_eq!(card.problems, vec![AnswerProblem::Negative { code: "1".into(), field: InputField::Count, value: -2 }]);
}

#[test]
fn per_count_is_capped_at_max() {
    let set = load(&set_json(vec![leaf("1", "1", json!({ "kind": "per_count", "per_item": "0.25" }))]));
    for (count, expected) in [(0, "0"), (1, "0.25"), (4, "1"), (9, "1")] {
        assert_eq!(score(&set, json!({ "1": { "count": count } })).totals.total, d(expected), "{count}");
    }
}

#[test]
fn manual_points_need_range_step_and_justification() {
    let set = load(&set_json(vec![leaf("1", "2", json!({ "kind": "manual", "step": "0.25" }))]));
    let ok = score(&set, json!({ "1": { "points": "1.75", "justification": "Đã thực hiện phần lớn" } }));
    assert_eq!(ok.totals.total, d("1.75"));
    assert!(ok.problems.is_empty());
    let cases = [
        (
            json!({ "points": "2.5", "justification": "x" }),
            AnswerProblem::PointsOutOfRange { code: "1".into(), points: d("2.5"), max: d("2") },
        ),
        (
            json!({ "points": "-0.25", "justification": "x" }),
            AnswerProblem::PointsOutOfRange { code: "1".into(), points: d("-0.25"), max: d("2") },
        ),
        (
            json!({ "points": "1.1", "justification": "x" }),
            AnswerProblem::PointsOffStep { code: "1".into(), points: d("1.1"), step: d("0.25") },
        ),
        (json!({ "points": "1", "justification": "  " }), AnswerProblem::JustificationMissing { code: "1".into() }),
        (json!({ "justification": "x" }), AnswerProblem::Missing { code: "1".into(), field: InputField::Points }),
    ];
    for (answer, problem) in cases {
        let card = score(&set, json!({ "1": answer }));
        assert_eq!(card.problems, vec![problem], "{answer}");
        assert_eq!(card.totals.total, d("0"));
    }
}

#[test]
fn blank_is_not_zero() {
    let set = load(&set_json(vec![
        leaf("1", "1", json!({ "kind": "pass_fail" })),
        leaf("2", "1", json!({ "kind": "pass_fail" })),
    ]));
    let blank = score(&set, json!({}));
    let zero = score(&set, json!({ "1": { "pass": false }, "2": { "pass": false } }));
    assert_eq!(blank.totals.total, zero.totals.total);
    assert_eq!((blank.totals.answered, zero.totals.answered), (0, 2));
    assert_eq!((blank.totals.open_points, zero.totals.open_points), (d("2"), d("0")));
    // An answer with only a note or evidence is still blank.
    let noted = score(&set, json!({ "1": { "note": "Đang chờ văn bản" } }));
    assert_eq!(noted.totals.answered, 0);
    assert!(noted.problems.is_empty());
}

#[test]
fn survey_points_are_a_separate_part() {
    let set = load(&set_json(vec![
        leaf("1", "60", json!({ "kind": "manual" })),
        leaf("2", "40", json!({ "kind": "survey" })),
    ]));
    let pending = score(&set, json!({ "1": { "points": "50", "justification": "x" } }));
    assert_eq!((pending.totals.self_assessed, pending.totals.self_assessed_max), (d("50"), d("60")));
    assert_eq!((pending.totals.survey, pending.totals.survey_max, pending.totals.survey_entered), (d("0"), d("40"), 0));
    assert_eq!(pending.totals.open_points, d("40"));
    assert_eq!((pending.totals.answered, pending.totals.items), (1, 1), "survey items are not the agency's to answer");
    let entered = score(&set, json!({ "1": { "points": "50", "justification": "x" }, "2": { "points": "33.87" } }));
    assert_eq!(entered.totals.survey, d("33.87"));
    assert_eq!(entered.totals.total, d("83.87"));
    let too_much = score(&set, json!({ "2": { "points": "40.5" } }));
    assert_eq!(too_much.problems.len(), 1);
}

#[test]
fn groups_add_up_and_index_rounds_half_up() {
    let set = load(&set_json(vec![group(
        "1",
        "3",
        vec![
            leaf("1.1", "1", levels()),
            leaf("1.2", "1", json!({ "kind": "pass_fail" })),
            leaf("1.3", "1", json!({ "kind": "pass_fail" })),
        ],
    )]));
    let card = score(&set, json!({ "1.1": { "level": "late" }, "1.2": { "pass": true } }));
    assert_eq!(points(&set, &card, "1"), d("1.5"));
    assert_eq!(card.nodes[0].index, d("50"));
    assert_eq!((card.nodes[0].answered, card.nodes[0].leaves), (2, 3));
    let card = score(&set, json!({ "1.2": { "pass": true } }));
    assert_eq!(card.nodes[0].index, d("33.33"));
    let card = score(&set, json!({ "1.1": { "level": "on_time" }, "1.2": { "pass": true } }));
    assert_eq!(card.nodes[0].index, d("66.67"));
}

#[test]
fn answers_to_unknown_codes_and_wrong_fields_are_reported() {
    let set = load(&set_json(vec![leaf("1", "1", levels())]));
    let card = score(&set, json!({ "1": { "level": "on_time", "count": 3 }, "9.9": { "pass": true } }));
    assert_eq!(
        card.problems,
        vec![
            AnswerProblem::FieldNotApplicable {
                code: "1".into(),
                field: InputField::Count,
                expected: &[InputField::Level]
            },
            AnswerProblem::UnknownCode { code: "9.9".into() }
        ]
    );
}

#[test]
fn evidence_or_note_is_needed_where_the_rule_expects_documents() {
    let mut item = leaf("1", "1", json!({ "kind": "pass_fail" }));
    item["evidence"] = json!({ "expected": { "vi": "Kế hoạch CCHC năm" }, "explain_if_missing": true });
    let set = load(&set_json(vec![item]));
    assert!(score(&set, json!({ "1": { "pass": true } })).nodes[0].needs_explanation);
    assert!(
        !score(&set, json!({ "1": { "pass": true, "note": "Kế hoạch đang trình ký" } })).nodes[0].needs_explanation
    );
    let with_evidence = json!({ "1": { "pass": true, "evidence": [{ "number": "12/KH-UBND", "date": "2025-01-10", "title": "Kế hoạch CCHC năm 2025" }] } });
    assert!(!score(&set, with_evidence).nodes[0].needs_explanation);
    // An entry just added and still empty names no document.
    let empty_entry = json!({ "1": { "pass": true, "evidence": [{ "number": " ", "date": "", "title": "" }] } });
    assert!(score(&set, empty_entry).nodes[0].needs_explanation);
}

#[test]
fn proportional_places_must_keep_the_max_reachable_and_not_exceeded() {
    // 0.5 × 5/5 rounded to 0 places would be 1, above the max.
    let set = set_json(vec![leaf(
        "1",
        "0.5",
        json!({ "kind": "proportional", "measure": ratio_measure(), "places": 0, "rounding": "up" }),
    )]);
    assert_eq!(
        errors(&set),
        ["1 rule.places: the max 0.5 has more than 0 decimal places, so rounding could exceed it"]
    );
}
