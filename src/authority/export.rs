//! The register and the ranking as tables, written as CSV here and as XLSX in [`super::xlsx`]:
//! one [`Sheet`] model, so both files hold the same rows.
//!
//! CSV is written for Vietnamese Excel: UTF-8 with a byte-order mark, semicolons between cells,
//! numbers with the language's decimal mark (87,12 in Vietnamese).

use super::intake::Register;
use super::messages::{Heading, Message};
use super::ranking::Ranking;
use crate::decimal::Decimal;
use crate::i18n::Bilingual;
use crate::Lang;

/// One cell: numbers stay exact decimals until the file format writes them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    Text(String),
    Number(Decimal),
    Integer(i64),
    Empty,
}

/// A titled table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sheet {
    /// The sheet's name in a workbook.
    pub name: String,
    /// A line above the table (what the table is, e.g. the ranking's basis).
    pub title: String,
    /// Labelled lines under the title, above the table (a report's agency, year, set, date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub header: Vec<[String; 2]>,
    pub headings: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

fn text(s: impl Into<String>) -> Cell {
    let s = s.into();
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s)
    }
}

fn headings(list: &[Heading], lang: Lang) -> Vec<String> {
    list.iter().map(|h| Message::Heading(h.clone()).text(lang)).collect()
}

/// The intake register, one row per file (and per agency without one).
pub fn register_sheet(register: &Register, lang: Lang) -> Sheet {
    use Heading::*;
    let rows = register
        .rows
        .iter()
        .map(|row| {
            vec![
                text(row.group.clone()),
                text(row.code.clone()),
                text(row.name.clone()),
                text(row.status.word().text(lang)),
                text(row.status.detail(register.deadline, lang)),
                text(row.file.clone().unwrap_or_default()),
                text(row.signed_at.map(|t| t.rfc3339()).unwrap_or_default()),
                row.index.map_or(Cell::Empty, Cell::Number),
                text(row.survey_missing.as_deref().unwrap_or_default().join(", ")),
            ]
        })
        .collect();
    Sheet {
        name: lang.pick("So tiep nhan", "Register").to_string(),
        title: lang.pick("Sổ tiếp nhận tệp tự đánh giá", "Intake register of self-assessment files").to_string(),
        header: Vec::new(),
        headings: headings(&[Group, Code, Name, Status, Detail, File, SignedAt, Index, SurveyMissing], lang),
        rows,
    }
}

/// The ranking, every group one after the other; a column per area code met in any group.
pub fn ranking_sheet(ranking: &Ranking, lang: Lang) -> Sheet {
    let mut areas: Vec<String> = Vec::new();
    for row in ranking.groups.iter().flat_map(|g| &g.rows) {
        for area in &row.result.areas {
            if !areas.contains(&area.code) {
                areas.push(area.code.clone());
            }
        }
    }
    let mut list = vec![Heading::Group, Heading::Rank, Heading::Code, Heading::Name, Heading::Total];
    list.extend([Heading::Index, Heading::Band]);
    list.extend(areas.iter().map(|code| Heading::Area(code.clone())));
    list.extend([Heading::PreviousIndex, Heading::IndexChange, Heading::PreviousRank, Heading::RankChange]);
    list.push(Heading::SurveyMissing);
    let rows = ranking
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .map(|row| {
            let r = &row.result;
            let mut cells = vec![
                text(r.group.clone()),
                Cell::Integer(i64::from(row.rank)),
                text(r.code.clone()),
                text(r.name.clone()),
                Cell::Number(r.totals.total),
                Cell::Number(r.totals.index),
                text(r.band.as_ref().map_or_else(|| Message::NoBand.text(lang), |b| b.title.get(lang).to_string())),
            ];
            for code in &areas {
                cells.push(r.areas.iter().find(|a| &a.code == code).map_or(Cell::Empty, |a| Cell::Number(a.index)));
            }
            match &row.previous {
                Some(p) => cells.extend([
                    Cell::Number(p.index),
                    Cell::Number(p.index_change),
                    Cell::Integer(i64::from(p.rank)),
                    text(row.movement().text(lang)),
                ]),
                None => cells.extend([Cell::Empty, Cell::Empty, Cell::Empty, text(row.movement().text(lang))]),
            }
            cells.push(text(r.survey_missing.join(", ")));
            cells
        })
        .collect();
    Sheet {
        name: lang.pick("Xep hang", "Ranking").to_string(),
        title: format!("{} — {}", ranking.basis.header().text(lang), ranking.year),
        header: Vec::new(),
        headings: headings(&list, lang),
        rows,
    }
}

/// Agencies per band in each group.
pub fn band_count_sheet(ranking: &Ranking, lang: Lang) -> Sheet {
    let rows = ranking
        .groups
        .iter()
        .flat_map(|g| {
            g.bands.iter().map(|b| {
                let band = b.title.as_ref().map_or_else(|| Message::NoBand.text(lang), |t| t.get(lang).to_string());
                vec![text(g.group.clone()), text(band), Cell::Integer(b.count as i64)]
            })
        })
        .collect();
    Sheet {
        name: lang.pick("Xep loai", "Bands").to_string(),
        title: lang.pick("Số đơn vị theo xếp loại", "Agencies per band").to_string(),
        header: Vec::new(),
        headings: headings(&[Heading::Group, Heading::Band, Heading::Count], lang),
        rows,
    }
}

/// A number as the language writes it in a table cell.
pub fn cell_text(cell: &Cell, lang: Lang) -> String {
    match cell {
        Cell::Text(s) => s.clone(),
        Cell::Number(d) => lang.number(*d),
        Cell::Integer(n) => n.to_string(),
        Cell::Empty => String::new(),
    }
}

/// The sheet as CSV for Excel: BOM, semicolons, the heading row first (the title is left out so
/// that the file reads back as a table).
pub fn to_csv(sheet: &Sheet, lang: Lang) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to a Vec cannot fail; a failed record would only shorten the file.
    let _ = writer.write_record(&sheet.headings);
    for row in &sheet.rows {
        let _ = writer.write_record(row.iter().map(|c| cell_text(c, lang)));
    }
    writer.into_inner().unwrap_or_default()
}
