//! `parscore score`'s table: every node with its points, maximum and status, in the chosen
//! language.

use parscore::criteria::{CriteriaSet, NodeKind};
use parscore::scoring::{self, explain, Scorecard};
use parscore::Lang;

/// The scorecard as a fixed-width table, one row per node, indented by depth.
pub(crate) fn table(criteria: &CriteriaSet, card: &Scorecard, lang: Lang) -> String {
    let headings = match lang {
        Lang::Vi => ["Mã", "Tiêu chí", "Tối đa", "Điểm", "Chỉ số %", "Trạng thái"],
        Lang::En => ["Code", "Criterion", "Max", "Points", "Index %", "Status"],
    };
    let mut out = format!("{} — {} ({})\n\n", criteria.title.get(lang), criteria.decision.number, criteria.version);
    out += &format!(
        "{:<10} {:<52} {:>7} {:>7} {:>8}  {}\n",
        headings[0], headings[1], headings[2], headings[3], headings[4], headings[5]
    );
    for (id, node) in criteria.nodes.iter().enumerate() {
        let score = &card.nodes[id];
        let title: String = format!("{}{}", "  ".repeat(node.depth), node.title.get(lang)).chars().take(52).collect();
        let status = match &node.kind {
            NodeKind::Group { .. } => format!("{}/{}", score.answered, score.leaves),
            NodeKind::Leaf(_) => status_word(score, lang),
        };
        out += &format!(
            "{:<10} {:<52} {:>7} {:>7} {:>8}  {}\n",
            node.code,
            pad(&title, 52),
            lang.fixed(node.max, 2),
            lang.fixed(score.points, 2),
            lang.fixed(score.index, 2),
            status
        );
    }
    out.push('\n');
    for line in explain::explain_total(criteria, card, lang) {
        out += &line;
        out.push('\n');
    }
    let t = &card.totals;
    out += &match lang {
        Lang::Vi => {
            format!("Đã chấm {}/{} tiêu chí; còn {} điểm chưa chấm\n", t.answered, t.items, lang.number(t.open_points))
        }
        Lang::En => {
            format!("Answered {}/{} items; {} points still open\n", t.answered, t.items, lang.number(t.open_points))
        }
    };
    if let Some(band) = &card.band {
        out += &format!("{}: {}\n", lang.pick("Xếp loại", "Band"), criteria.bands[band.band].title.get(lang));
    }
    out
}

/// `format!` pads by chars, which is right for Vietnamese text in a terminal; this keeps the
/// intent explicit where titles are cut.
fn pad(s: &str, width: usize) -> String {
    let len = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(len)))
}

fn status_word(score: &scoring::NodeScore, lang: Lang) -> String {
    let trace = score.evaluation.as_ref().map(|e| &e.trace);
    let word = match trace.map(scoring::json::status_name) {
        Some("blank") => lang.pick("chưa chấm", "blank"),
        Some("invalid") => lang.pick("LỖI", "INVALID"),
        Some("survey_pending") => lang.pick("chờ điều tra XHH", "survey pending"),
        Some("survey") => lang.pick("điều tra XHH", "survey"),
        _ => "",
    };
    if score.needs_explanation {
        format!("{word} {}", lang.pick("(cần giải trình)", "(explanation needed)")).trim().to_string()
    } else {
        word.to_string()
    }
}
