//! Where points are lost, the next step that gains some, what-if deltas and survey projections.

use crate::util;

use parscore::answers::Draft;
use parscore::criteria::{self, CriteriaSet};
use parscore::scoring::{self, insights};
use parscore::Lang;
use proptest::prelude::*;
use serde_json::json;
use util::*;

fn teaching() -> (CriteriaSet, Draft) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let set = criteria::load(&std::fs::read_to_string(root.join("criteria/teaching-demo.json")).unwrap()).unwrap();
    let draft =
        Draft::from_json(&std::fs::read_to_string(root.join("criteria/demo/teaching-demo.draft.json")).unwrap())
            .unwrap();
    (set, draft)
}

#[test]
fn losses_are_ranked_by_points_missing_with_the_next_threshold() {
    let (set, draft) = teaching();
    let card = scoring::score(&set, &draft);
    let losses = insights::points_lost(&set, &draft, &card);
    let codes: Vec<&str> = losses.iter().map(|l| set.nodes[l.node].code.as_str()).collect();
    // 2.1 loses 10 (78% on time → 5 of 15); 1.1 loses 5 (late); 2.2 loses 1.5; 4.1, 4.2 lose 1; 3.2 loses 0.5.
    assert_eq!(codes, ["2.1", "1.1", "2.2", "4.1", "4.2", "3.2"]);
    let first = &losses[0];
    assert_eq!(first.missing, d("10"));
    let step = first.next.as_ref().expect("a next step for 2.1");
    assert_eq!(step.answer.numerator, Some(80), "80 of 100 on time reaches the [80, 95) band");
    assert_eq!(step.gain, d("5"));
    let text = insights::describe_step(&set, first.node, step, Lang::Vi);
    assert!(text.contains("78 → 80") && text.ends_with("+5 điểm"), "{text}");
    // Survey items lose points but have no step the agency can take.
    let survey = losses.iter().find(|l| set.nodes[l.node].code == "4.1").unwrap();
    assert!(survey.next.is_none());
}

#[test]
fn next_steps_for_each_rule_kind() {
    let (set, draft) = teaching();
    let card = scoring::score(&set, &draft);
    let step = |code: &str| {
        let id = set.find(code).unwrap();
        let rule = &set.nodes[id].leaf().unwrap().rule;
        insights::next_step(code, rule, set.nodes[id].max, draft.answer(code).unwrap(), card.nodes[id].points)
    };
    assert_eq!(step("1.1").unwrap().answer.level.as_deref(), Some("on_time"));
    let proportional = step("2.2").unwrap();
    assert_eq!((proportional.answer.numerator, proportional.gain), (Some(46), d("0.3")));
    assert_eq!(step("3.2").unwrap().gain, d("0.5"), "manual: up to the max");
    assert!(step("2.3").is_none(), "already at the max");
    assert!(step("3.1").is_none(), "no fault left to remove");
}

#[test]
fn deduction_and_percent_bands_step() {
    let set = load(&set_json(vec![
        leaf("1", "2", json!({ "kind": "deduction", "per_fault": "0.5" })),
        leaf(
            "2",
            "2",
            json!({ "kind": "bands", "measure": { "percent": { "label": { "vi": "Tỷ lệ" } } }, "bands": [
                { "range": "(90, 100]", "points": "2" }, { "range": "[70, 90]", "points": "1" }, { "range": "[0, 70)", "points": "0" }
            ]}),
        ),
    ]));
    let draft = draft(&set, json!({ "1": { "count": 3 }, "2": { "percent": "87" } }));
    let card = scoring::score(&set, &draft);
    let losses = insights::points_lost(&set, &draft, &card);
    let by_code = |code: &str| losses.iter().find(|l| set.nodes[l.node].code == code).unwrap().next.clone().unwrap();
    assert_eq!((by_code("1").answer.count, by_code("1").gain), (Some(2), d("0.5")));
    assert_eq!(
        (by_code("2").answer.percent, by_code("2").gain),
        (Some(d("90.01")), d("1")),
        "above 90, since 90 itself is in the middle band"
    );
}

#[test]
fn unanswered_items_are_listed_as_such() {
    let (set, mut draft) = teaching();
    draft.answers.remove("1.2");
    let card = scoring::score(&set, &draft);
    let losses = insights::points_lost(&set, &draft, &card);
    let blank = losses.iter().find(|l| set.nodes[l.node].code == "1.2").unwrap();
    assert!(blank.unanswered && blank.next.is_none());
    assert_eq!(blank.missing, d("10"));
}

#[test]
fn what_if_reports_deltas_and_band_changes() {
    let (set, draft) = teaching();
    let baseline = scoring::score(&set, &draft);
    let mut scenario = draft.clone();
    scenario.answers.get_mut("2.1").unwrap().numerator = Some(80);
    let comparison = insights::compare(&baseline, &scoring::score(&set, &scenario));
    let changed: Vec<&str> = comparison.nodes.iter().map(|(id, _, _)| set.nodes[*id].code.as_str()).collect();
    assert_eq!(changed, ["2", "2.1"]);
    assert_eq!(comparison.total, (d("81"), d("86")));
    // 80% on time lifts the gate that capped Tốt: the band changes from Khá to Tốt.
    let ids = |b: Option<usize>| b.map(|i| set.bands[i].id.clone());
    let (before, after) = comparison.band.unwrap();
    assert_eq!((ids(before).as_deref(), ids(after).as_deref()), (Some("kha"), Some("tot")));
    // The draft itself is untouched.
    assert_eq!(draft.answer("2.1").unwrap().numerator, Some(78));
    assert_eq!(insights::compare(&baseline, &baseline).nodes, vec![]);
}

#[test]
fn projection_spans_all_survey_points_lost_to_all_gained() {
    let (set, mut draft) = teaching();
    draft.answers.remove("4.1");
    draft.answers.remove("4.2");
    let current = scoring::score(&set, &draft);
    let p = insights::project(&set, &draft, Some(d("75")));
    assert_eq!(p.low.totals.index, current.totals.index);
    assert_eq!(p.high.totals.total - p.low.totals.total, d("20"));
    assert_eq!(p.estimate.unwrap().totals.total, p.low.totals.total + d("15"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn projected_bounds_enclose_the_current_index(seed in any::<u64>(), leaves in 1usize..60, expected in 0u32..=100) {
        let set = criteria::load(&gen::criteria_set(seed, leaves).to_string()).unwrap();
        let draft = util::draft(&set, gen::answers(seed, &set));
        let current = scoring::score(&set, &draft);
        let p = insights::project(&set, &draft, Some(parscore::Decimal::from_int(expected as i64)));
        let estimate = p.estimate.unwrap();
        prop_assert!(p.low.totals.index <= current.totals.index && current.totals.index <= p.high.totals.index);
        prop_assert!(p.low.totals.index <= estimate.totals.index && estimate.totals.index <= p.high.totals.index);
        // Every step proposed gains exactly what the engine says it gains.
        for loss in insights::points_lost(&set, &draft, &current) {
            prop_assert!(loss.missing > parscore::Decimal::ZERO);
            if let Some(step) = loss.next {
                prop_assert!(step.gain > parscore::Decimal::ZERO && step.gain <= loss.missing);
            }
        }
    }
}
