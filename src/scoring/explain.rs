//! Explanations in words: what a rule says, which inputs it took, which band or level matched, and
//! the exact arithmetic. The app's "why this score" and the command line print the same data.

use crate::criteria::{CriteriaSet, Measure, NodeId, NodeKind, Rule};
use crate::decimal::Decimal;
use crate::Lang;

use super::rules::{Measured, Trace};
use super::{GateState, Scorecard};

/// How one node's points came about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub code: String,
    pub title: String,
    /// The rule in words, one line per level or band (empty for groups).
    pub rule: Vec<String>,
    /// The line of `rule` that applied, to highlight it.
    pub matched: Option<usize>,
    /// The inputs as given ("Số hồ sơ đúng hạn: 45").
    pub inputs: Vec<String>,
    /// The reasoning and arithmetic, step by step.
    pub steps: Vec<String>,
    /// "1 / 2" points.
    pub points: Decimal,
    pub max: Decimal,
}

fn pts(lang: Lang, d: Decimal) -> String {
    format!("{} {}", lang.number(d), lang.pick("điểm", if d == Decimal::ONE { "point" } else { "points" }))
}

fn nothing_counted_line(lang: Lang, points: Decimal) -> String {
    format!(
        "{}: {}",
        lang.pick("Không phát sinh (mẫu số bằng 0)", "Nothing to count (denominator 0)"),
        pts(lang, points)
    )
}

/// The rule of a leaf in words, one line per outcome.
pub fn describe_rule(rule: &Rule, max: Decimal, lang: Lang) -> Vec<String> {
    let t = |vi: &str, en: &str| lang.pick(vi, en).to_string();
    match rule {
        Rule::Levels(levels) => {
            levels.iter().map(|l| format!("{}: {}", l.label.get(lang), pts(lang, l.points))).collect()
        }
        Rule::PassFail { pass, fail } => vec![
            format!(
                "{}: {}",
                pass.as_ref().map_or_else(|| t("Đạt yêu cầu", "Meets the requirement"), |p| p.get(lang).to_string()),
                pts(lang, max)
            ),
            format!(
                "{}: {}",
                fail.as_ref().map_or_else(|| t("Không đạt", "Does not meet it"), |f| f.get(lang).to_string()),
                pts(lang, Decimal::ZERO)
            ),
        ],
        Rule::Bands { bands, if_none, .. } => {
            let mut lines: Vec<String> =
                bands.iter().map(|b| format!("{}: {}", b.range.describe(lang, "%"), pts(lang, b.points))).collect();
            lines.extend(if_none.map(|p| nothing_counted_line(lang, p)));
            lines
        }
        Rule::Proportional { places, rounding, if_none, .. } => {
            let rounding = match (rounding, lang) {
                (crate::decimal::Rounding::HalfUp, Lang::Vi) => "làm tròn",
                (crate::decimal::Rounding::Down, Lang::Vi) => "làm tròn xuống",
                (crate::decimal::Rounding::Up, Lang::Vi) => "làm tròn lên",
                (crate::decimal::Rounding::HalfUp, Lang::En) => "rounded half up",
                (crate::decimal::Rounding::Down, Lang::En) => "rounded down",
                (crate::decimal::Rounding::Up, Lang::En) => "rounded up",
            };
            let mut lines = vec![match lang {
                Lang::Vi => format!("Điểm = tỷ lệ × {} ({rounding} đến {places} chữ số thập phân)", pts(lang, max)),
                Lang::En => format!("Points = ratio × {} ({rounding} to {places} decimal places)", pts(lang, max)),
            }];
            lines.extend(if_none.map(|p| nothing_counted_line(lang, p)));
            lines
        }
        Rule::Deduction { per_fault, fault } => {
            let what = fault.as_ref().map(|f| f.get(lang).to_string()).unwrap_or_else(|| t("mỗi lỗi", "each fault"));
            vec![match lang {
                Lang::Vi => format!("{}, trừ {} cho {what}, thấp nhất 0 điểm", pts(lang, max), pts(lang, *per_fault)),
                Lang::En => format!("{}, less {} for {what}, never below 0", pts(lang, max), pts(lang, *per_fault)),
            }]
        }
        Rule::PerCount { per_item, item } => {
            let what =
                item.as_ref().map(|f| f.get(lang).to_string()).unwrap_or_else(|| t("mỗi trường hợp", "each case"));
            vec![match lang {
                Lang::Vi => format!("{} cho {what}, tối đa {}", pts(lang, *per_item), pts(lang, max)),
                Lang::En => format!("{} for {what}, at most {}", pts(lang, *per_item), pts(lang, max)),
            }]
        }
        Rule::Manual { step } => vec![match (lang, step) {
            (Lang::Vi, Some(s)) => {
                format!("Tự chấm từ 0 đến {}, theo bước {}, kèm lý do", pts(lang, max), lang.number(*s))
            }
            (Lang::Vi, None) => format!("Tự chấm từ 0 đến {}, kèm lý do", pts(lang, max)),
            (Lang::En, Some(s)) => {
                format!("Points from 0 to {} in steps of {}, with a justification", lang.number(max), lang.number(*s))
            }
            (Lang::En, None) => format!("Points from 0 to {}, with a justification", lang.number(max)),
        }],
        Rule::Survey { percent: None, .. } => vec![match lang {
            Lang::Vi => format!("Điểm điều tra xã hội học (tối đa {}), do cơ quan có thẩm quyền chấm", pts(lang, max)),
            Lang::En => format!("Sociological survey points (at most {}), entered by the authority", lang.number(max)),
        }],
        Rule::Survey { percent: Some(p), .. } => vec![match lang {
            Lang::Vi => format!(
                "Kết quả điều tra xã hội học theo tỷ lệ %: điểm = {} × tỷ lệ / 100, làm tròn {} chữ số thập phân",
                lang.number(max),
                p.places
            ),
            Lang::En => format!(
                "Sociological survey result as a percent: points = {} × percent / 100, rounded to {} places",
                lang.number(max),
                p.places
            ),
        }],
    }
}

/// Which line of [`describe_rule`] applied.
fn matched_line(rule: &Rule, trace: &Trace) -> Option<usize> {
    match (rule, trace) {
        (_, Trace::Level { chosen }) => Some(*chosen),
        (_, Trace::PassFail { passed }) => Some(if *passed { 0 } else { 1 }),
        (_, Trace::Band { matched, .. }) => Some(*matched),
        (Rule::Bands { bands, .. }, Trace::NothingCounted) => Some(bands.len()),
        (Rule::Proportional { .. }, Trace::NothingCounted) => Some(1),
        (_, Trace::Blank | Trace::Invalid(_)) => None,
        _ => Some(0),
    }
}

fn measure_inputs(measure: &Measure, measured: &Measured, lang: Lang) -> Vec<String> {
    match (measure, measured) {
        (Measure::Ratio { numerator, denominator }, Measured::Ratio { numerator: n, denominator: d }) => {
            vec![format!("{}: {n}", numerator.get(lang)), format!("{}: {d}", denominator.get(lang))]
        }
        (Measure::Percent { label }, Measured::Percent(p)) => {
            vec![format!("{}: {}%", label.get(lang), lang.number(*p))]
        }
        _ => Vec::new(),
    }
}

fn percent_step(measured: &Measured, lang: Lang) -> Option<String> {
    let (shown, rounded) = measured.percent_display();
    let approx = if rounded { "≈" } else { "=" };
    match measured {
        Measured::Ratio { numerator, denominator } => {
            Some(format!("{numerator} / {denominator} × 100 {approx} {}%", lang.number(shown)))
        }
        Measured::Percent(_) => None,
    }
}

/// Explains the leaf or group `id` of a scorecard.
pub fn explain(criteria: &CriteriaSet, card: &Scorecard, id: NodeId, lang: Lang) -> Explanation {
    let node = &criteria.nodes[id];
    let score = &card.nodes[id];
    let mut e = Explanation {
        code: node.code.clone(),
        title: node.title.get(lang).to_string(),
        rule: Vec::new(),
        matched: None,
        inputs: Vec::new(),
        steps: Vec::new(),
        points: score.points,
        max: node.max,
    };
    match &node.kind {
        NodeKind::Group { children } => {
            let codes: Vec<&str> = children.iter().map(|&c| criteria.nodes[c].code.as_str()).collect();
            let values: Vec<String> = children.iter().map(|&c| lang.number(card.nodes[c].points)).collect();
            e.steps.push(format!("{} = {}", node.code, codes.join(" + ")));
            e.steps.push(format!("= {} = {}", values.join(" + "), pts(lang, score.points)));
            e.steps.push(index_step(lang, score.points, node.max, score.index));
        }
        NodeKind::Leaf(leaf) => {
            let rule = &leaf.rule;
            e.rule = describe_rule(rule, node.max, lang);
            let Some(evaluation) = &score.evaluation else { return e };
            e.matched = matched_line(rule, &evaluation.trace);
            e.steps = leaf_steps(rule, node.max, &evaluation.trace, lang, &mut e.inputs);
        }
    }
    e
}

fn index_step(lang: Lang, points: Decimal, max: Decimal, index: Decimal) -> String {
    format!(
        "{} = {} / {} × 100 = {}%",
        lang.pick("Chỉ số", "Index"),
        lang.number(points),
        lang.number(max),
        lang.number(index)
    )
}

fn leaf_steps(rule: &Rule, max: Decimal, trace: &Trace, lang: Lang, inputs: &mut Vec<String>) -> Vec<String> {
    let t = |vi: &str, en: &str| lang.pick(vi, en).to_string();
    let measure = match rule {
        Rule::Bands { measure, .. } | Rule::Proportional { measure, .. } => Some(measure),
        _ => None,
    };
    let mut steps = Vec::new();
    match trace {
        Trace::Blank => {
            steps.push(t("Chưa trả lời: 0 điểm, chưa tính là đã chấm", "Not answered: 0 points, counted as unanswered"))
        }
        Trace::Invalid(problem) => {
            steps.push(format!("{}: {} → 0", t("Không chấm được", "Cannot be scored"), problem.message(lang)))
        }
        Trace::Level { .. } | Trace::PassFail { .. } => {
            if let Some(line) =
                matched_line(rule, trace).and_then(|i| describe_rule(rule, max, lang).into_iter().nth(i))
            {
                inputs.push(line.split(':').next().unwrap_or_default().to_string());
                steps.push(format!("{} → {line}", t("Mức đã chọn", "Chosen")));
            }
        }
        Trace::Band { measured, matched } => {
            inputs.extend(measure.map(|m| measure_inputs(m, measured, lang)).unwrap_or_default());
            steps.extend(percent_step(measured, lang));
            if let Rule::Bands { bands, .. } = rule {
                let band = &bands[*matched];
                let (shown, _) = measured.percent_display();
                steps.push(match lang {
                    Lang::Vi => format!(
                        "{}% thuộc khoảng {} → {}",
                        lang.number(shown),
                        band.range.describe(lang, "%"),
                        pts(lang, band.points)
                    ),
                    Lang::En => format!(
                        "{}% is in {} → {}",
                        lang.number(shown),
                        band.range.describe(lang, "%"),
                        pts(lang, band.points)
                    ),
                });
            }
        }
        Trace::Proportional { measured, points } => {
            inputs.extend(measure.map(|m| measure_inputs(m, measured, lang)).unwrap_or_default());
            steps.extend(percent_step(measured, lang));
            let (shown, rounded) = measured.percent_display();
            let approx = if rounded { "≈" } else { "=" };
            steps.push(format!("{}% × {} {approx} {}", lang.number(shown), lang.number(max), pts(lang, *points)));
        }
        Trace::NothingCounted => {
            steps.push(t("Không phát sinh trường hợp nào (mẫu số bằng 0)", "Nothing to count (denominator 0)"))
        }
        Trace::Deduction { count, deducted, floored } => {
            inputs.push(format!("{}: {count}", t("Số lỗi", "Faults")));
            if let Rule::Deduction { per_fault, .. } = rule {
                steps.push(format!(
                    "{} − {count} × {} = {} − {}",
                    lang.number(max),
                    lang.number(*per_fault),
                    lang.number(max),
                    lang.number(*deducted)
                ));
            }
            steps.push(if *floored {
                t(
                    "Kết quả âm, lấy 0 điểm (không trừ quá số điểm tối đa)",
                    "Below 0, so 0 points (a deduction never goes below 0)",
                )
            } else {
                format!("= {}", pts(lang, max - *deducted))
            });
        }
        Trace::PerCount { count, raw, capped } => {
            inputs.push(format!("{}: {count}", t("Số trường hợp", "Count")));
            if let Rule::PerCount { per_item, .. } = rule {
                steps.push(format!("{count} × {} = {}", lang.number(*per_item), lang.number(*raw)));
            }
            if *capped {
                steps.push(format!("{} {}", t("Vượt mức tối đa, lấy", "Above the maximum, so"), pts(lang, max)));
            }
        }
        Trace::Manual { points } => {
            inputs.push(format!("{}: {}", t("Điểm tự chấm", "Points given"), lang.number(*points)));
            steps.push(format!("= {}", pts(lang, *points)));
        }
        Trace::Survey { points: Some(p), percent: Some(percent) } => {
            inputs.push(format!("{}: {}%", t("Kết quả điều tra", "Survey result"), lang.number(*percent)));
            steps.push(format!("{} × {} / 100 → {}", lang.number(max), lang.number(*percent), pts(lang, *p)))
        }
        Trace::Survey { points: Some(p), percent: None } => {
            steps.push(format!("{} {}", t("Điểm điều tra xã hội học:", "Survey points:"), pts(lang, *p)))
        }
        Trace::Survey { points: None, .. } => {
            steps.push(t("Chưa có kết quả điều tra xã hội học", "Survey result not known yet"))
        }
    }
    steps
}

/// The total in words: the parts, the caps, the index and the band with its gates.
pub fn explain_total(criteria: &CriteriaSet, card: &Scorecard, lang: Lang) -> Vec<String> {
    let t = &card.totals;
    let n = |d: Decimal| lang.number(d);
    let mut lines = Vec::new();
    if let Some(rescaled) = t.rescaled_self_assessed {
        lines.push(match lang {
            Lang::Vi => format!(
                "Không có điều tra XHH: điểm tự đánh giá quy về thang {}: {} × {} / {} = {}",
                n(t.scale),
                n(t.self_assessed),
                n(t.scale),
                n(t.self_assessed_max),
                n(rescaled)
            ),
            Lang::En => format!(
                "No survey: self-assessed points rescaled to {}: {} × {} / {} = {}",
                n(t.scale),
                n(t.self_assessed),
                n(t.scale),
                n(t.self_assessed_max),
                n(rescaled)
            ),
        });
    }
    let self_assessed = t.rescaled_self_assessed.unwrap_or(t.self_assessed);
    lines.push(match lang {
        Lang::Vi => format!(
            "Tổng = tự đánh giá {} + điều tra XHH {} + điểm thưởng {} − điểm trừ {} = {}",
            n(self_assessed),
            n(t.survey),
            n(t.bonus),
            n(t.penalty),
            pts(lang, t.total)
        ),
        Lang::En => format!(
            "Total = self-assessed {} + survey {} + bonus {} − penalty {} = {}",
            n(self_assessed),
            n(t.survey),
            n(t.bonus),
            n(t.penalty),
            pts(lang, t.total)
        ),
    });
    let capped = [
        (lang.pick("Điểm thưởng bị giới hạn:", "Bonus capped:"), t.bonus_uncapped, t.bonus),
        (lang.pick("Điểm trừ bị giới hạn:", "Penalty capped:"), t.penalty_uncapped, t.penalty),
    ];
    for (label, uncapped, kept) in capped.into_iter().filter(|(_, uncapped, kept)| kept < uncapped) {
        lines.push(format!("{label} {} → {}", n(uncapped), n(kept)));
    }
    lines.push(index_step(lang, t.total, t.scale, t.index));
    if let Some(band) = &card.band {
        let by_index = &criteria.bands[band.by_index];
        lines.push(format!(
            "{}% {} {} → {}",
            n(t.index),
            lang.pick("thuộc khoảng", "is in"),
            by_index.range.describe(lang, "%"),
            by_index.title.get(lang)
        ));
        for &g in &band.capped_by {
            let gate = &criteria.gates[g];
            lines.push(format!(
                "{}: {} → {} {}",
                lang.pick("Điều kiện", "Gate"),
                gate.title.get(lang),
                lang.pick("tối đa", "at most"),
                criteria.bands[gate.cap].title.get(lang)
            ));
        }
    }
    for (gate, result) in criteria.gates.iter().zip(&card.gates) {
        if result.state == GateState::Unknown {
            lines.push(format!(
                "{}: {} ({})",
                lang.pick("Chưa xác định", "Undecided"),
                gate.title.get(lang),
                lang.pick("thiếu dữ liệu", "its input is not answered yet")
            ));
        }
    }
    lines
}
