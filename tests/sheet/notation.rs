//! The "Cách chấm" notation: the issue's examples, and print then parse for any rule.

use parscore::decimal::{Decimal, Rounding};
use parscore::interval::{Bound, Interval};
use parscore::sheet::notation::{self, MeasureLabels, Notation};
use parscore::Lang;
use proptest::prelude::*;

use crate::util::{d, gen::Rng};

#[test]
fn the_issues_examples_parse_into_rules() {
    let levels = notation::parse("Kịp thời 1; Không kịp thời 0,5; Không ban hành 0").expect("levels");
    let rule = notation::merge(levels, None, None).expect("rule");
    let json = serde_json::to_value(&rule).expect("json");
    assert_eq!(json["kind"], "levels");
    assert_eq!(json["levels"][1]["label"]["vi"], "Không kịp thời");
    assert_eq!(json["levels"][1]["points"], "0.5");
    assert_eq!(json["levels"][2]["id"], "m3");

    let bands = notation::parse("Tỷ lệ: [90, 100] 2; [70, 90) 1; [0, 70) 0").expect("bands");
    let json = serde_json::to_value(notation::merge(bands, None, None).expect("rule")).expect("json");
    assert_eq!(json["kind"], "bands");
    assert_eq!(json["measure"]["ratio"]["numerator"]["vi"], notation::DEFAULT_NUMERATOR);
    assert_eq!(json["bands"][1]["range"], "[70, 90)");
    assert_eq!(json["bands"][0]["points"], "2");

    let deduction = notation::parse("Trừ 0,5 mỗi lỗi").expect("deduction");
    let json = serde_json::to_value(notation::merge(deduction, None, None).expect("rule")).expect("json");
    assert_eq!(json, serde_json::json!({ "kind": "deduction", "per_fault": "0.5" }));

    let survey = notation::parse("Điều tra XHH").expect("survey");
    let json = serde_json::to_value(notation::merge(survey, None, None).expect("rule")).expect("json");
    assert_eq!(json, serde_json::json!({ "kind": "survey" }));

    // A survey whose result comes as a percent (Khánh Hòa's satisfaction rate), rounded as given.
    let percent = notation::parse("Điều tra XHH: Người dân; Tỷ lệ %; Làm tròn xuống 1 chữ số").expect("percent");
    let json = serde_json::to_value(notation::merge(percent, None, None).expect("rule")).expect("json");
    assert_eq!(
        json,
        serde_json::json!({ "kind": "survey", "respondents": { "vi": "Người dân" }, "percent": { "places": 1, "rounding": "down" } })
    );
}

#[test]
fn the_decisions_own_wording_with_colons_and_units_parses() {
    let cau_mau = "Ban hành kịp thời: 1\nBan hành không kịp thời: 0,5 điểm\nKhông ban hành: 0đ";
    assert_eq!(
        notation::parse(cau_mau).expect("levels"),
        Notation::Levels(vec![
            ("Ban hành kịp thời".into(), d("1")),
            ("Ban hành không kịp thời".into(), d("0.5")),
            ("Không ban hành".into(), d("0")),
        ])
    );
    let edges = notation::parse("Tỷ lệ: Số nhiệm vụ hoàn thành / Số nhiệm vụ; (90; 100] 2; [70; 90] 1; [0; 70) 0")
        .expect("bands with ';' between the bounds");
    let Notation::Bands { bands, .. } = edges else { panic!("not bands: {edges:?}") };
    assert_eq!(bands[0].0.to_string(), "(90, 100]");
    assert_eq!(bands[1].0.to_string(), "[70, 90]");
}

#[test]
fn mistakes_name_the_part() {
    let error = notation::parse("Kịp thời 1; Không kịp thời; Không ban hành 0").expect_err("a level without points");
    assert_eq!(error.text(Lang::Vi), "\"Không kịp thời\" không kết thúc bằng số điểm");
    assert_eq!(error.text(Lang::En), "\"Không kịp thời\" does not end with its points");
    let error = notation::parse("Tỷ lệ: [90, 100 2; [0, 90) 0").expect_err("an unclosed range");
    assert!(error.text(Lang::En).contains("is not a range"), "{error:?}");
}

const TEXTS: [&str; 22] = [
    "Kịp thời",
    "Không ban hành",
    "lỗi",
    "lần",
    "a; b",
    "Đạt",
    "Đạt: có",
    "trên 90",
    "2020",
    "x \"q\" y",
    "Tỷ lệ cao",
    "[70, 90)",
    "Báo cáo (quý I)",
    " lề",
    "Trừ 1",
    "1 mỗi lần",
    "a / b",
    "kết thúc:",
    "mỗi",
    "Không phát sinh: 3",
    "làm tròn 2",
    "hai\ndòng",
];

fn text(rng: &mut Rng) -> String {
    rng.pick(&TEXTS).to_string()
}

fn optional(rng: &mut Rng) -> Option<String> {
    rng.chance(60).then(|| text(rng))
}

fn points(rng: &mut Rng) -> Decimal {
    Decimal::from_units(rng.below(2_000_000) as i128 * 100)
}

fn range(rng: &mut Rng) -> Interval {
    let lo = points(rng);
    let hi = (!rng.chance(10)).then(|| Bound { value: lo + points(rng), inclusive: rng.chance(50) });
    Interval { lo: Bound { value: lo, inclusive: rng.chance(50) }, hi }
}

fn measure(rng: &mut Rng) -> MeasureLabels {
    match (rng.chance(50), rng.chance(50)) {
        (true, true) => MeasureLabels::Ratio(Some((text(rng), text(rng)))),
        (true, false) => MeasureLabels::Ratio(None),
        (false, _) => MeasureLabels::Percent(optional(rng)),
    }
}

/// Any notation, with texts chosen to collide with the grammar.
fn any_notation(seed: u64) -> Notation {
    let mut rng = Rng::new(seed);
    let rng = &mut rng;
    let if_none = |rng: &mut Rng| rng.chance(40).then(|| points(rng));
    match rng.below(8) {
        0 => Notation::Levels((0..1 + rng.below(4)).map(|_| (text(rng), points(rng))).collect()),
        1 => Notation::PassFail { pass: optional(rng), fail: optional(rng) },
        2 => Notation::Bands {
            measure: measure(rng),
            bands: (0..1 + rng.below(4)).map(|_| (range(rng), points(rng))).collect(),
            if_none: if_none(rng),
        },
        3 => Notation::Proportional {
            measure: measure(rng),
            places: rng.below(5) as u32,
            rounding: *rng.pick(&[Rounding::HalfUp, Rounding::Up, Rounding::Down]),
            if_none: if_none(rng),
        },
        4 => Notation::Deduction { per_fault: points(rng), fault: optional(rng) },
        5 => Notation::PerCount { per_item: points(rng), item: optional(rng) },
        6 => Notation::Manual { step: rng.chance(50).then(|| points(rng)) },
        _ => Notation::Survey {
            respondents: optional(rng),
            percent: rng
                .chance(50)
                .then(|| (rng.below(5) as u32, *rng.pick(&[Rounding::HalfUp, Rounding::Up, Rounding::Down]))),
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn print_then_parse_gives_the_same_rule(seed in any::<u64>()) {
        let notation = any_notation(seed);
        for lang in [Lang::Vi, Lang::En] {
            let cell = notation::print(&notation, lang);
            prop_assert_eq!(notation::parse(&cell), Ok(notation.clone()), "{:?} cell: {}", lang, cell);
        }
    }
}
