//! The self-assessment report (báo cáo tự đánh giá): the official table, one row per node with
//! area subtotals, the bonus and penalty blocks and the total, as the report view shows it and
//! as CSV. Every figure is read from the scorecard. Penalty points print with a minus sign.

use crate::answers::{Draft, Evidence};
use crate::criteria::{CriteriaSet, NodeId, Part, Rule};
use crate::decimal::Decimal;
use crate::scoring::Scorecard;
use crate::Lang;

use crate::i18n::{t, Msg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// An area (lĩnh vực): its row carries the area's subtotal.
    Area,
    /// A criterion that groups items.
    Group,
    /// A scored item.
    Item,
    /// The bonus or penalty block, after its cap.
    Block,
    Total,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReportRow {
    pub kind: RowKind,
    /// 0 for areas and blocks.
    pub depth: usize,
    /// STT: the node's code.
    pub stt: String,
    pub title: String,
    pub max: Decimal,
    pub points: Decimal,
    /// A survey item: the agency does not score it.
    pub survey: bool,
    /// Whether anything below the row is answered (for a survey item: its points entered).
    pub answered: bool,
    pub evidence: Vec<Evidence>,
    /// The explanation or remark, and for manual points the justification.
    pub note: String,
    /// Evidence is expected, there is none, and nothing explains why.
    pub needs_explanation: bool,
    /// A penalty (the block or one of its items): its points are taken away.
    pub deducts: bool,
}

/// The rows of the report, in the order of the criteria set.
pub fn rows(set: &CriteriaSet, card: &Scorecard, draft: &Draft, lang: Lang) -> Vec<ReportRow> {
    let node_row = |id: NodeId| {
        let node = &set.nodes[id];
        let score = &card.nodes[id];
        let answer = draft.answer(&node.code);
        let kind = match (node.leaf(), node.depth) {
            (Some(_), _) => RowKind::Item,
            (None, 0) if node.part == Part::Main => RowKind::Area,
            (None, _) => RowKind::Group,
        };
        let notes = answer.map(|a| [a.note.as_deref(), a.justification.as_deref()]).unwrap_or_default();
        let note: Vec<&str> = notes.into_iter().flatten().map(str::trim).filter(|n| !n.is_empty()).collect();
        ReportRow {
            kind,
            depth: node.depth,
            stt: node.code.clone(),
            title: node.title.get(lang).to_string(),
            max: node.max,
            points: score.points,
            survey: matches!(node.leaf().map(|l| &l.rule), Some(Rule::Survey { .. })),
            answered: score.answered > 0,
            evidence: answer.map(|a| a.evidence.clone()).unwrap_or_default(),
            note: note.join("; "),
            needs_explanation: score.needs_explanation,
            deducts: node.part == Part::Penalty,
        }
    };
    let block_row = |msg: Msg, cap: Decimal, points: Decimal| ReportRow {
        kind: RowKind::Block,
        depth: 0,
        stt: String::new(),
        title: t(lang, msg).to_string(),
        max: cap,
        points,
        survey: false,
        answered: true,
        evidence: Vec::new(),
        note: String::new(),
        needs_explanation: false,
        deducts: false,
    };
    let mut rows: Vec<ReportRow> =
        (0..set.nodes.len()).filter(|&id| set.nodes[id].part == Part::Main).map(node_row).collect();
    if let Some(bonus) = &set.bonus {
        rows.push(block_row(Msg::BonusSection, bonus.cap, card.totals.bonus));
        rows.extend(bonus.items.iter().map(|&id| node_row(id)));
    }
    if let Some(penalty) = &set.penalty {
        rows.push(ReportRow { deducts: true, ..block_row(Msg::PenaltySection, penalty.cap, card.totals.penalty) });
        rows.extend(penalty.items.iter().map(|&id| node_row(id)));
    }
    rows.push(ReportRow { kind: RowKind::Total, ..block_row(Msg::TotalLabel, card.totals.scale, card.totals.total) });
    rows
}

/// A date as the language writes it: 10/01/2025 in Vietnamese, the ISO form in English. A text
/// that is not an ISO date is shown as typed.
pub fn date(lang: Lang, iso: &str) -> String {
    match (lang, iso.split('-').collect::<Vec<_>>().as_slice()) {
        (Lang::Vi, [y, m, d]) if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

/// One evidence entry in a line: number, date, title, and the file's name and SHA-256.
pub fn evidence_line(lang: Lang, evidence: &Evidence) -> String {
    let mut parts: Vec<String> = [evidence.number.trim().to_string(), date(lang, evidence.date.trim())]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    if !evidence.title.trim().is_empty() {
        parts.push(evidence.title.trim().to_string());
    }
    let mut line = parts.join(", ");
    if let Some(file) = &evidence.file {
        line.push_str(&format!(" [{} · SHA-256 {}]", file.name, file.sha256));
    }
    line
}

/// The points column: "—" for a survey item the authority has not scored yet, and penalty
/// points taken away with the minus sign (U+2212) printed documents use: "−0,5".
pub fn points_cell(lang: Lang, row: &ReportRow) -> String {
    signed_points(lang, row, '\u{2212}')
}

fn signed_points(lang: Lang, row: &ReportRow, minus: char) -> String {
    if row.survey && !row.answered {
        "—".to_string()
    } else if row.deducts && row.points > Decimal::ZERO {
        format!("{minus}{}", lang.number(row.points))
    } else {
        lang.number(row.points)
    }
}

/// The report as CSV: UTF-8 with a byte-order mark (so that Excel reads Vietnamese correctly),
/// separated by semicolons (the list separator of Excel set to Vietnamese, where the comma is the
/// decimal mark, so the file opens in columns), CRLF line ends, numbers written the `lang` way;
/// a penalty's minus is the ASCII hyphen, which Excel reads as a number.
pub fn csv(set: &CriteriaSet, card: &Scorecard, draft: &Draft, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    push_line(&mut out, &headings(lang));
    for row in rows(set, card, draft, lang) {
        let points = signed_points(lang, &row, '-');
        let (evidence, note) = (evidence_text(lang, &row), note_text(lang, &row));
        push_line(&mut out, &[row.stt, row.title, lang.number(row.max), points, evidence, note]);
    }
    out
}

/// The table's column headings, as the CSV and the workbook write them.
pub fn headings(lang: Lang) -> [String; 6] {
    [Msg::ColStt, Msg::ColCriterion, Msg::ColMax, Msg::ColSelfScore, Msg::ColEvidence, Msg::ColNote]
        .map(|m| t(lang, m).to_string())
}

/// A row's evidence, one document a line.
pub fn evidence_text(lang: Lang, row: &ReportRow) -> String {
    row.evidence.iter().map(|e| evidence_line(lang, e)).collect::<Vec<_>>().join("\n")
}

/// A row's explanation, or that one is missing where evidence is expected and not named.
pub fn note_text(lang: Lang, row: &ReportRow) -> String {
    if row.note.is_empty() && row.needs_explanation {
        t(lang, Msg::ExplanationMissing).to_string()
    } else {
        row.note.clone()
    }
}

/// A row's points as a number, negative for a penalty; none for a survey item still unscored.
pub fn signed_value(row: &ReportRow) -> Option<Decimal> {
    match () {
        _ if row.survey && !row.answered => None,
        _ if row.deducts && row.points > Decimal::ZERO => Some(-row.points),
        _ => Some(row.points),
    }
}

fn push_line(out: &mut String, cells: &[String]) {
    let quoted: Vec<String> = cells
        .iter()
        .map(|cell| {
            // Commas need no quotes under semicolons: "6,25" stays a number to Excel.
            if cell.contains(['"', '\n', '\r', ';']) {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell.clone()
            }
        })
        .collect();
    out.push_str(&quoted.join(";"));
    out.push_str("\r\n");
}
