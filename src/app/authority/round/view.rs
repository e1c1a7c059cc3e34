//! What the round's sections show, worded in the user's language: register rows with their
//! filters and counts, each group's results with its charts' data, and the files to export (made
//! by the core's `export` and `xlsx`). Components render these and decide nothing.

use super::messages::RoundMsg;
use super::{InputProblem, Loaded, NoRanking, RoundState, Saved};
use crate::app::authority::view::Tone;
use crate::app::store::StoreError;
use crate::authority::export::{self, Sheet};
use crate::authority::intake::{RegisterRow, Status};
use crate::authority::messages::Heading;
use crate::authority::ranking::{GroupRanking, Ranked};
use crate::authority::{Message, ResultsFile};
use crate::decimal::Decimal;
use crate::i18n::Bilingual;
use crate::Lang;

/// A register status, without its detail: what the filter and the counts are by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatusKind {
    Submitted,
    Late,
    Superseded,
    Unverified,
    Invalid,
    Missing,
    NotInRoster,
}

impl StatusKind {
    pub const ALL: [StatusKind; 7] = [
        StatusKind::Submitted,
        StatusKind::Late,
        StatusKind::Superseded,
        StatusKind::Unverified,
        StatusKind::Invalid,
        StatusKind::Missing,
        StatusKind::NotInRoster,
    ];

    pub fn of(status: &Status) -> StatusKind {
        match status {
            Status::Submitted => StatusKind::Submitted,
            Status::Late => StatusKind::Late,
            Status::Superseded { .. } => StatusKind::Superseded,
            Status::Unverified { .. } => StatusKind::Unverified,
            Status::Invalid(_) => StatusKind::Invalid,
            Status::Missing => StatusKind::Missing,
            Status::NotInRoster => StatusKind::NotInRoster,
        }
    }

    /// A stable name for the page's markup and filter values.
    pub fn id(self) -> &'static str {
        match self {
            StatusKind::Submitted => "submitted",
            StatusKind::Late => "late",
            StatusKind::Superseded => "superseded",
            StatusKind::Unverified => "unverified",
            StatusKind::Invalid => "invalid",
            StatusKind::Missing => "missing",
            StatusKind::NotInRoster => "not-in-roster",
        }
    }

    pub fn from_id(id: &str) -> Option<StatusKind> {
        StatusKind::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn word(self, lang: Lang) -> String {
        let word = match self {
            StatusKind::Submitted => Message::StatusSubmitted,
            StatusKind::Late => Message::StatusLate,
            StatusKind::Superseded => Message::StatusSuperseded,
            StatusKind::Unverified => Message::StatusUnverified,
            StatusKind::Invalid => Message::StatusInvalid,
            StatusKind::Missing => Message::StatusMissing,
            StatusKind::NotInRoster => Message::StatusNotInRoster,
        };
        word.text(lang)
    }

    /// Only a submitted, verified file is green; an unverified signer is a warning, never green.
    pub fn tone(self) -> Tone {
        match self {
            StatusKind::Submitted => Tone::Valid,
            StatusKind::Late | StatusKind::Superseded | StatusKind::Unverified | StatusKind::Missing => Tone::Warning,
            StatusKind::Invalid | StatusKind::NotInRoster => Tone::Invalid,
        }
    }
}

/// What the register is filtered by (nothing: every row).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub status: Option<StatusKind>,
    pub group: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisterLine {
    pub code: String,
    pub name: String,
    pub group: String,
    pub kind: StatusKind,
    pub status: String,
    pub detail: String,
    pub file: String,
    pub signed_at: String,
    pub index: String,
    pub survey_missing: String,
}

/// The register's rows that pass `filter`, worded.
pub fn register_lines(state: &RoundState, filter: &Filter, lang: Lang) -> Vec<RegisterLine> {
    let Some(register) = &state.register else { return Vec::new() };
    let passes = |row: &&RegisterRow| {
        filter.status.is_none_or(|s| StatusKind::of(&row.status) == s)
            && filter.group.as_ref().is_none_or(|g| &row.group == g)
    };
    register
        .rows
        .iter()
        .filter(passes)
        .map(|row| RegisterLine {
            code: row.code.clone(),
            name: row.name.clone(),
            group: row.group.clone(),
            kind: StatusKind::of(&row.status),
            status: row.status.word().text(lang),
            detail: row.status.detail(register.deadline, lang),
            file: row.file.clone().unwrap_or_default(),
            signed_at: row.signed_at.map(|t| t.rfc3339()).unwrap_or_default(),
            index: row.index.map(|i| lang.number(i)).unwrap_or_default(),
            survey_missing: row.survey_missing.as_deref().unwrap_or_default().join(", "),
        })
        .collect()
}

/// Rows per status, every status listed (zeros too), in the register's order of statuses.
pub fn status_counts(state: &RoundState) -> Vec<(StatusKind, usize)> {
    let rows = state.register.as_ref().map(|r| r.rows.as_slice()).unwrap_or_default();
    StatusKind::ALL.map(|kind| (kind, rows.iter().filter(|r| StatusKind::of(&r.status) == kind).count())).to_vec()
}

/// The roster's groups, in the roster's order.
pub fn groups(state: &RoundState) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    for agency in state.roster.iter().flat_map(|r| &r.value.agencies) {
        if !groups.contains(&agency.group) {
            groups.push(agency.group.clone());
        }
    }
    groups
}

/// One ranked agency, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultLine {
    pub rank: u32,
    pub code: String,
    pub name: String,
    pub total: String,
    pub index: String,
    pub band: String,
    /// Each area's component index and its shade (0 lightest to 4 darkest), in `areas` order.
    pub areas: Vec<(String, u8)>,
    pub previous_index: String,
    pub index_change: String,
    pub movement: String,
    pub survey_missing: String,
}

/// One group's results and the data of its charts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    pub group: String,
    /// Area codes and titles, as the columns of the table and the heat map.
    pub areas: Vec<(String, String)>,
    pub lines: Vec<ResultLine>,
    /// Band title and how many agencies it holds, best first, zeros included.
    pub bands: Vec<(String, usize)>,
    /// The top and bottom agencies (at most 5 each; fewer when the group is small).
    pub top: Vec<ResultLine>,
    pub bottom: Vec<ResultLine>,
}

pub fn groups_view(ranking: &crate::authority::Ranking, lang: Lang) -> Vec<GroupView> {
    ranking.groups.iter().map(|g| group_view(g, lang)).collect()
}

fn group_view(group: &GroupRanking, lang: Lang) -> GroupView {
    let mut areas: Vec<(String, String)> = Vec::new();
    for area in group.rows.iter().flat_map(|r| &r.result.areas) {
        if !areas.iter().any(|(code, _)| code == &area.code) {
            areas.push((area.code.clone(), area.title.get(lang).to_string()));
        }
    }
    let lines: Vec<ResultLine> = group.rows.iter().map(|row| line(row, &areas, lang)).collect();
    let ends = (lines.len() / 2).min(5);
    let bands = group
        .bands
        .iter()
        .map(|b| (b.title.as_ref().map_or_else(|| Message::NoBand.text(lang), |t| t.get(lang).to_string()), b.count))
        .collect();
    GroupView {
        group: group.group.clone(),
        top: lines.iter().take(ends).cloned().collect(),
        bottom: lines.iter().rev().take(ends).cloned().collect(),
        areas,
        lines,
        bands,
    }
}

fn line(row: &Ranked, areas: &[(String, String)], lang: Lang) -> ResultLine {
    let r = &row.result;
    let signed =
        |d: Decimal| if d.is_negative() || d.is_zero() { lang.number(d) } else { format!("+{}", lang.number(d)) };
    ResultLine {
        rank: row.rank,
        code: r.code.clone(),
        name: r.name.clone(),
        total: lang.number(r.totals.total),
        index: lang.number(r.totals.index),
        band: r.band.as_ref().map_or_else(|| Message::NoBand.text(lang), |b| b.title.get(lang).to_string()),
        areas: areas
            .iter()
            .map(|(code, _)| match r.areas.iter().find(|a| &a.code == code) {
                Some(area) => (lang.number(area.index), shade(area.index)),
                None => (String::new(), 0),
            })
            .collect(),
        previous_index: row.previous.as_ref().map(|p| lang.number(p.index)).unwrap_or_default(),
        index_change: row.previous.as_ref().map(|p| signed(p.index_change)).unwrap_or_default(),
        movement: row.movement().text(lang),
        survey_missing: r.survey_missing.join(", "),
    }
}

/// The heat map's shade of a component index: below 50, 50–70, 70–80, 80–90, 90 and above.
pub fn shade(index: Decimal) -> u8 {
    [50, 70, 80, 90].iter().filter(|&&edge| index >= Decimal::from_int(edge)).count() as u8
}

/// Located errors of an input, or why it could not be read, one sentence each.
pub fn problem_lines(problem: &InputProblem, lang: Lang) -> Vec<String> {
    match problem {
        InputProblem::Table(errors) => std::iter::once(RoundMsg::TableErrors { count: errors.len() }.text(lang))
            .chain(errors.iter().map(|e| e.text(lang)))
            .collect(),
        InputProblem::Core(message) => vec![message.text(lang)],
        InputProblem::Unreadable(reason) => vec![RoundMsg::Unreadable { reason }.text(lang)],
        InputProblem::SurveyNeedsFiles => vec![RoundMsg::SurveyNeedsFiles.text(lang)],
        InputProblem::XlsxNotRead => vec![RoundMsg::XlsxNotRead.text(lang)],
    }
}

/// What the store refused to keep, one sentence each.
pub fn not_kept(state: &RoundState, lang: Lang) -> Vec<String> {
    state
        .not_kept
        .iter()
        .map(|(what, error)| {
            let what = match what {
                Saved::Roster => RoundMsg::RosterNotKept,
                Saved::Survey => RoundMsg::SurveyNotKept,
                Saved::Previous => RoundMsg::PreviousNotKept,
                Saved::Deadline => RoundMsg::DeadlineNotKept,
                Saved::Decision => RoundMsg::DecisionNotKept,
            };
            let why = match error {
                StoreError::Full => RoundMsg::StoreFull,
                StoreError::Unavailable => RoundMsg::StoreUnavailable,
            };
            format!("{}: {}", what.text(lang), why.text(lang))
        })
        .collect()
}

/// "file: 30 agencies" for each loaded input.
pub fn roster_line(roster: &Loaded<crate::authority::Roster>, lang: Lang) -> String {
    RoundMsg::RosterLoaded { file: &roster.file, agencies: roster.value.agencies.len() }.text(lang)
}

/// Why there is no ranking, in a sentence.
pub fn no_ranking(why: &NoRanking, lang: Lang) -> String {
    match why {
        NoRanking::NoEntrant => RoundMsg::NoEntrant.text(lang),
        NoRanking::MixedYears(years) => {
            let years: Vec<String> = years.iter().map(u16::to_string).collect();
            RoundMsg::MixedYears { years: &years.join(", ") }.text(lang)
        }
    }
}

/// The heading of a register or results column, the core's words.
pub fn heading(heading: Heading, lang: Lang) -> String {
    Message::Heading(heading).text(lang)
}

/// A file to download: its name, type and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// What can be exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    RegisterXlsx,
    RegisterCsv,
    ResultsXlsx,
    ResultsCsv,
    ResultsJson,
}

/// An XLSX kind's file name and sheets, for the spreadsheet worker to write (exactly as
/// `parscore intake` / `parscore rank --out` write them); `None` when there is nothing yet.
pub fn workbook(state: &RoundState, kind: ExportKind, lang: Lang) -> Option<(String, Vec<Sheet>)> {
    match kind {
        ExportKind::RegisterXlsx => {
            Some(("so-tiep-nhan.xlsx".into(), vec![export::register_sheet(state.register.as_ref()?, lang)]))
        }
        ExportKind::ResultsXlsx => {
            let ranking = state.ranking.as_ref()?.as_ref().ok()?;
            let sheets = vec![export::ranking_sheet(ranking, lang), export::band_count_sheet(ranking, lang)];
            Some((format!("xep-hang-{}.xlsx", ranking.year), sheets))
        }
        _ => None,
    }
}

/// The file for `kind`, written by the core exactly as `parscore intake` / `parscore rank --out`
/// write it; `None` when there is nothing to export yet.
/// The XLSX kinds are written by the spreadsheet worker from [`workbook`]'s sheets: `None` here.
pub fn export(state: &RoundState, kind: ExportKind, lang: Lang) -> Option<Result<Export, String>> {
    let csv = |name: &str, sheet: &Sheet| {
        Ok(Export { name: name.to_string(), mime: "text/csv", bytes: export::to_csv(sheet, lang) })
    };
    match kind {
        ExportKind::RegisterXlsx | ExportKind::ResultsXlsx => None,
        ExportKind::RegisterCsv => {
            Some(csv("so-tiep-nhan.csv", &export::register_sheet(state.register.as_ref()?, lang)))
        }
        _ => {
            let ranking = state.ranking.as_ref()?.as_ref().ok()?;
            let year = ranking.year;
            Some(match kind {
                ExportKind::ResultsCsv => csv(&format!("xep-hang-{year}.csv"), &export::ranking_sheet(ranking, lang)),
                _ => Ok(Export {
                    name: format!("ket-qua-{year}.json"),
                    mime: "application/json",
                    bytes: ResultsFile::of(ranking).to_json_pretty().into_bytes(),
                }),
            })
        }
    }
}
