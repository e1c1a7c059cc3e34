//! The intake register (sổ tiếp nhận): for each agency of the roster, what became of the files it
//! sent. Pure: the files arrive verified ([`ReceivedFile`]), the deadline is a given time.

use crate::i18n::Bilingual;
use std::collections::HashMap;

use super::messages::Message;
use super::received::{ReceivedFile, Verdict};
use super::roster::Roster;
use super::survey::{survey_items, SurveyResults};
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::scorefile::Timestamp;
use crate::Lang;

/// What the register says about one file, or about an agency with none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The agency's accepted file (the latest verified one), signed in time.
    Submitted,
    /// The accepted file, signed after the deadline.
    Late,
    /// A verified file replaced by a later one from the same agency.
    Superseded {
        by: String,
    },
    /// Signature valid, signer not registered for this agency: not accepted.
    Unverified {
        fingerprint: String,
    },
    Invalid(Message),
    /// No file at all from this agency.
    Missing,
    /// A file from an agency code the roster does not have.
    NotInRoster,
}

impl Status {
    pub fn word(&self) -> Message {
        match self {
            Status::Submitted => Message::StatusSubmitted,
            Status::Late => Message::StatusLate,
            Status::Superseded { .. } => Message::StatusSuperseded,
            Status::Unverified { .. } => Message::StatusUnverified,
            Status::Invalid(_) => Message::StatusInvalid,
            Status::Missing => Message::StatusMissing,
            Status::NotInRoster => Message::StatusNotInRoster,
        }
    }

    /// The detail that goes with the word: the reason, the later file, the deadline.
    pub fn detail(&self, deadline: Option<Timestamp>, lang: Lang) -> String {
        match self {
            Status::Late => {
                deadline.map(|d| Message::SignedAfterDeadline { deadline: d.rfc3339() }.text(lang)).unwrap_or_default()
            }
            Status::Superseded { by } => Message::SupersededBy { file: by.clone() }.text(lang),
            Status::Unverified { fingerprint } => {
                Message::SignerNotRegistered { fingerprint: fingerprint.clone() }.text(lang)
            }
            Status::Invalid(reason) => reason.text(lang),
            Status::Submitted | Status::Missing | Status::NotInRoster => String::new(),
        }
    }

    /// Whether this row's file is the one that counts for its agency.
    pub fn is_accepted(&self) -> bool {
        matches!(self, Status::Submitted | Status::Late)
    }
}

#[derive(Debug, Clone, Default)]
pub struct IntakeOptions {
    /// Files signed after this time are late.
    pub deadline: Option<Timestamp>,
    /// The evaluation year: files of another year are invalid.
    pub year: Option<u16>,
}

/// A deadline as typed: a full time (`2025-10-05T17:00:00Z`), or a date, which means the end of
/// that day in Vietnam (UTC+7), so `2025-10-05` is `2025-10-05T16:59:59Z`.
pub fn parse_deadline(text: &str) -> Result<Timestamp, Message> {
    let bad = || Message::BadDeadline { text: text.to_string() };
    let text = text.trim();
    if text.len() == 10 {
        return Timestamp::parse(&format!("{text}T16:59:59Z")).map_err(|_| bad());
    }
    Timestamp::parse(text).map_err(|_| bad())
}

/// One line of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRow {
    pub code: String,
    pub name: String,
    pub group: String,
    pub status: Status,
    pub file: Option<String>,
    pub signed_at: Option<Timestamp>,
    /// The index the file claims (recomputed equal when verified).
    pub index: Option<Decimal>,
    /// Position of the file in the input list, to find its document again.
    pub file_index: Option<usize>,
    /// For an accepted file, once checked: the survey items its agency still lacks.
    pub survey_missing: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct Register {
    /// Roster order; within an agency its accepted file first; files outside the roster last.
    pub rows: Vec<RegisterRow>,
    pub deadline: Option<Timestamp>,
}

impl Register {
    pub fn build(roster: &Roster, files: &[ReceivedFile], options: &IntakeOptions) -> Register {
        let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut strays = Vec::new();
        for (i, file) in files.iter().enumerate() {
            match file.agency_code.as_deref() {
                Some(code) if roster.find(code).is_some() => by_code.entry(code).or_default().push(i),
                _ => strays.push(i),
            }
        }
        let mut rows = Vec::new();
        for agency in &roster.agencies {
            let row = |status: Status, file: Option<usize>| RegisterRow {
                code: agency.code.clone(),
                name: agency.name.clone(),
                group: agency.group.clone(),
                status,
                file: file.map(|i| files[i].file.clone()),
                signed_at: file.and_then(|i| files[i].signed_at),
                index: file.and_then(|i| files[i].index),
                file_index: file,
                survey_missing: None,
            };
            let received = by_code.get(agency.code.as_str()).map(Vec::as_slice).unwrap_or_default();
            if received.is_empty() {
                rows.push(row(Status::Missing, None));
                continue;
            }
            let statuses = statuses(files, received, options);
            let (accepted, others): (Vec<_>, Vec<_>) = statuses.into_iter().partition(|(_, s)| s.is_accepted());
            for (i, status) in accepted.into_iter().chain(others) {
                rows.push(row(status, Some(i)));
            }
        }
        for i in strays {
            let file = &files[i];
            let status = match &file.verdict {
                Verdict::Invalid(reason) if file.agency_code.is_none() => Status::Invalid(reason.clone()),
                _ => Status::NotInRoster,
            };
            rows.push(RegisterRow {
                code: file.agency_code.clone().unwrap_or_default(),
                name: file.agency_name.clone().unwrap_or_default(),
                group: String::new(),
                status,
                file: Some(file.file.clone()),
                signed_at: file.signed_at,
                index: file.index,
                file_index: Some(i),
                survey_missing: None,
            });
        }
        Register { rows, deadline: options.deadline }
    }

    /// Notes, on each accepted row, the survey items of its criteria set (`criteria_of`) that
    /// `survey` has no points for: every survey item when no results are loaded yet.
    pub fn mark_survey_missing<'a>(
        &mut self,
        criteria_of: impl Fn(&RegisterRow) -> Option<&'a CriteriaSet>,
        survey: Option<&SurveyResults>,
    ) {
        for row in self.rows.iter_mut().filter(|r| r.status.is_accepted()) {
            row.survey_missing = criteria_of(row).map(|set| match survey {
                Some(results) => results.missing(&row.code, set),
                None => survey_items(set).map(str::to_string).collect(),
            });
        }
    }

    /// The accepted file of each agency that has one, as indexes into the input list.
    pub fn accepted(&self) -> Vec<usize> {
        self.rows.iter().filter(|r| r.status.is_accepted()).filter_map(|r| r.file_index).collect()
    }

    /// Rows with the status `word` (compared by kind, whatever its detail).
    pub fn count(&self, word: &Message) -> usize {
        self.rows.iter().filter(|r| &r.status.word() == word).count()
    }
}

/// The status of each of one agency's files: the latest verified file (by signing time, then by
/// input order) is accepted and the earlier verified ones are superseded by it.
fn statuses(files: &[ReceivedFile], received: &[usize], options: &IntakeOptions) -> Vec<(usize, Status)> {
    let wrong_year = |i: usize| match (options.year, files[i].year) {
        (Some(expected), Some(year)) if year != expected => Some(Message::WrongYear { year, expected }),
        _ => None,
    };
    let latest = received
        .iter()
        .copied()
        .filter(|&i| files[i].is_verified() && wrong_year(i).is_none())
        .max_by_key(|&i| (files[i].signed_at, i));
    received
        .iter()
        .map(|&i| {
            let file = &files[i];
            let status = if let Some(reason) = wrong_year(i) {
                Status::Invalid(reason)
            } else {
                match &file.verdict {
                    Verdict::Invalid(reason) => Status::Invalid(reason.clone()),
                    Verdict::SignatureOnly { fingerprint } => Status::Unverified { fingerprint: fingerprint.clone() },
                    Verdict::Verified if Some(i) != latest => {
                        Status::Superseded { by: latest.map(|l| files[l].file.clone()).unwrap_or_default() }
                    }
                    Verdict::Verified => match (options.deadline, file.signed_at) {
                        (Some(deadline), Some(signed)) if signed > deadline => Status::Late,
                        _ => Status::Submitted,
                    },
                }
            };
            (i, status)
        })
        .collect()
}
