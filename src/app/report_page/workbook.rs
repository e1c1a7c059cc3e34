//! The report as an Excel workbook: one worksheet with the header block (agency, code, year, set,
//! the day it was exported, total, index, band, the survey still pending) and the official table
//! as the CSV has it, points as numbers (a penalty negative) so that Excel can add them up. The
//! spreadsheet worker writes it (`SheetsRequest::WriteTables`), so the report page carries no
//! XLSX code; this module is what goes in it.

use super::summary;
use crate::answers::Draft;
use crate::app::report::{date, evidence_text, headings, note_text, rows, signed_value};
use crate::authority::export::{Cell, Sheet};
use crate::criteria::CriteriaSet;
use crate::i18n::report::ReportText;
use crate::i18n::Bilingual;
use crate::scoring::Scorecard;
use crate::Lang;

/// The workbook's one worksheet for `draft`, exported on `today` (`YYYY-MM-DD`).
pub fn report_sheet(set: &CriteriaSet, card: &Scorecard, draft: &Draft, lang: Lang, today: &str) -> Sheet {
    let said = |text: ReportText| text.text(lang);
    let sum = summary(set, card, lang);
    let agency = &draft.agency;
    let mut header = vec![
        [said(ReportText::LabelAgency), agency.name.clone()],
        [said(ReportText::LabelCode), agency.code.clone()],
        [said(ReportText::LabelYear), draft.year.to_string()],
        [said(ReportText::LabelSet), format!("{} ({} {})", set.title.get(lang), set.id, set.version)],
        [said(ReportText::LabelExported), date(lang, today)],
        [said(ReportText::LabelTotal), format!("{} / {}", sum.total, sum.scale)],
        [said(ReportText::LabelIndex), sum.index],
        [said(ReportText::LabelBand), sum.band],
    ];
    if let Some((pending, items)) = sum.survey_pending {
        header.push([said(ReportText::LabelSurvey), said(ReportText::SurveyPending { pending, items })]);
    }
    let rows = rows(set, card, draft, lang)
        .into_iter()
        .map(|row| {
            let points = signed_value(&row).map_or(Cell::Text("—".into()), Cell::Number);
            let (evidence, note) = (evidence_text(lang, &row), note_text(lang, &row));
            vec![Cell::Text(row.stt), Cell::Text(row.title), Cell::Number(row.max), points, text(evidence), text(note)]
        })
        .collect();
    Sheet {
        name: said(ReportText::XlsxSheetName),
        title: format!("{} — {}", said(ReportText::Title), said(ReportText::Subtitle { year: draft.year })),
        header,
        headings: headings(lang).to_vec(),
        rows,
    }
}

fn text(s: String) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s)
    }
}
