//! `parscore score`'s table: every node with its points, maximum and status, in the chosen
//! language.

use parscore::criteria::{CriteriaSet, NodeKind};
use parscore::decimal::Decimal;
use parscore::i18n::Bilingual;
use parscore::scoring::{self, explain, Scorecard};
use parscore::Lang;

/// The table's words.
enum Said {
    Headings,
    Answered { answered: usize, items: usize, open: Decimal },
    Band,
    Blank,
    Invalid,
    SurveyPending,
    Survey,
    NeedsExplanation,
}

impl Bilingual for Said {
    fn vi(&self) -> String {
        match self {
            Said::Headings => "Mã|Tiêu chí|Tối đa|Điểm|Chỉ số %|Trạng thái".into(),
            Said::Answered { answered, items, open } => {
                format!("Đã chấm {answered}/{items} tiêu chí; còn {} điểm chưa chấm", Lang::Vi.number(*open))
            }
            Said::Band => "Xếp loại".into(),
            Said::Blank => "chưa chấm".into(),
            Said::Invalid => "LỖI".into(),
            Said::SurveyPending => "chờ điều tra XHH".into(),
            Said::Survey => "điều tra XHH".into(),
            Said::NeedsExplanation => "(cần giải trình)".into(),
        }
    }

    fn en(&self) -> String {
        match self {
            Said::Headings => "Code|Criterion|Max|Points|Index %|Status".into(),
            Said::Answered { answered, items, open } => {
                format!("Answered {answered}/{items} items; {} points still open", Lang::En.number(*open))
            }
            Said::Band => "Band".into(),
            Said::Blank => "blank".into(),
            Said::Invalid => "INVALID".into(),
            Said::SurveyPending => "survey pending".into(),
            Said::Survey => "survey".into(),
            Said::NeedsExplanation => "(explanation needed)".into(),
        }
    }
}

/// The scorecard as a fixed-width table, one row per node, indented by depth.
pub(crate) fn table(criteria: &CriteriaSet, card: &Scorecard, lang: Lang) -> String {
    let headings = Said::Headings.text(lang);
    let headings: Vec<&str> = headings.split('|').collect();
    let mut out = format!("{} — {} ({})\n\n", criteria.title.get(lang), criteria.decision.number, criteria.version);
    out += &format!(
        "{:<10} {:<52} {:>7} {:>7} {:>8}  {}\n",
        headings[0], headings[1], headings[2], headings[3], headings[4], headings[5]
    );
    for (id, node) in criteria.nodes.iter().enumerate() {
        let score = &card.nodes[id];
        let title = cut(&format!("{}{}", "  ".repeat(node.depth), node.title.get(lang)), 52);
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
    out += &Said::Answered { answered: t.answered, items: t.items, open: t.open_points }.text(lang);
    out.push('\n');
    if let Some(band) = &card.band {
        out += &format!("{}: {}\n", Said::Band.text(lang), criteria.bands[band.band].title.get(lang));
    }
    out
}

/// `text` in at most `width` chars: a title cut short ends with "…", so the reader knows.
fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
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
        Some("blank") => Said::Blank.text(lang),
        Some("invalid") => Said::Invalid.text(lang),
        Some("survey_pending") => Said::SurveyPending.text(lang),
        Some("survey") => Said::Survey.text(lang),
        _ => String::new(),
    };
    if score.needs_explanation {
        format!("{word} {}", Said::NeedsExplanation.text(lang)).trim().to_string()
    } else {
        word
    }
}
