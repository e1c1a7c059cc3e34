//! From what the page holds (the received files checked once, the keyring, the round's inputs) to
//! what the core computes: the intake register ([`Register::build`]) and the ranking
//! ([`authority::rank`] over [`authority::final_result`], that is `scoring::score`). Nothing here
//! computes a point.

use std::rc::Rc;

use super::appraised::{self, AppraisalOutcome, Trusted};
use crate::answers::CriteriaRef;
use crate::app::authority::keyring::KeyBook;
use crate::app::authority::received::{self as page, Unverified};
use crate::authority::appraised::basis;
use crate::authority::intake::{IntakeOptions, Register, RegisterRow};
use crate::authority::received::{verdict_of, ReceivedFile, Verdict};
use crate::authority::roster::Roster;
use crate::authority::{self, Entrant, Message, Ranking, ResultsFile, SurveyResults};
use crate::criteria::CriteriaSet;
use crate::scorefile::Timestamp;

/// A page file as the core's registers take it, kept while the page's file is the same one (the
/// signed document is parsed once, not on every change of the keyring or the inputs).
#[derive(Clone, Debug)]
pub struct Converted {
    source: Rc<page::ReceivedFile>,
    file: ReceivedFile,
}

/// The page's files as the core's, reusing `cache` for files seen before, with the verdict judged
/// against `keys` again (a key added or removed changes it).
pub fn convert(files: &[Rc<page::ReceivedFile>], keys: &KeyBook, cache: &[Converted]) -> Vec<Converted> {
    files
        .iter()
        .enumerate()
        .map(|(i, source)| {
            let seen = cache.get(i).filter(|c| Rc::ptr_eq(&c.source, source)).or_else(|| {
                // Cleared and loaded again, or reordered: look further.
                cache.iter().find(|c| Rc::ptr_eq(&c.source, source))
            });
            let mut file = match seen {
                Some(converted) => converted.file.clone(),
                None => first_conversion(source),
            };
            file.verdict = verdict(source, keys);
            Converted { source: source.clone(), file }
        })
        .collect()
}

fn first_conversion(source: &page::ReceivedFile) -> ReceivedFile {
    match (&source.report, source.text()) {
        (Some(report), Some(text)) => ReceivedFile::checked(&source.name, text.as_bytes(), report, verdict_of(report)),
        _ => {
            let reason = match source.read_problem() {
                Some(page::ReadProblem::NotUtf8 { at }) => format!("UTF-8 @ {at}"),
                Some(page::ReadProblem::Browser(reason)) => reason.clone(),
                None => String::new(),
            };
            ReceivedFile::unreadable(&source.name, &reason)
        }
    }
}

/// The page's verdict (trust against its keyring) in the register's terms: only a signer
/// registered for the file's own code is verified; a key of another agency makes it invalid, as
/// `parscore intake` says.
fn verdict(source: &page::ReceivedFile, keys: &KeyBook) -> Verdict {
    let Some(report) = &source.report else {
        return Verdict::Invalid(Message::Unreadable { detail: String::new() });
    };
    match source.verdict(keys) {
        page::Verdict::Valid { .. } => Verdict::Verified,
        page::Verdict::SignerUnverified(Unverified::RegisteredToOther(owner)) => {
            Verdict::Invalid(Message::KeyOfAnotherAgency { owner: format!("{} ({})", owner.name, owner.code) })
        }
        page::Verdict::SignerUnverified(_) => Verdict::SignatureOnly {
            fingerprint: report.signer.as_ref().map(|s| s.fingerprint.clone()).unwrap_or_default(),
        },
        // Not listed while checking (the register waits for the workers); never verified.
        page::Verdict::Checking => Verdict::Invalid(Message::Unreadable { detail: String::new() }),
        page::Verdict::Invalid(_) | page::Verdict::Unreadable(_) => match verdict_of(report) {
            // Without a keyring the core's checks call a sound file "signature only"; the page's
            // checks found a failure, so it is invalid whatever the core's first reason.
            Verdict::Invalid(reason) => Verdict::Invalid(reason),
            _ => Verdict::Invalid(Message::BadSignature),
        },
    }
}

/// Who takes part in the ranking: each accepted file's agency with the set it was made for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub code: String,
    pub group: String,
    /// Index into the known sets.
    pub set: usize,
    /// Index of its accepted file among the received files.
    pub file: usize,
}

/// The register and who takes part in it.
pub fn register(
    roster: &Roster,
    files: &[Converted],
    known: &[CriteriaSet],
    deadline: Option<Timestamp>,
) -> (Register, Vec<Participant>) {
    let files: Vec<ReceivedFile> = files.iter().map(|c| c.file.clone()).collect();
    let register = Register::build(roster, &files, &IntakeOptions { deadline, year: None });
    let participants = register
        .accepted()
        .into_iter()
        .filter_map(|i| {
            let document = files.get(i)?.document.as_ref()?;
            let set = known.iter().position(|s| CriteriaRef::of(s) == document.criteria)?;
            let agency = roster.find(&document.agency.code)?;
            Some(Participant { code: agency.code.clone(), group: agency.group.clone(), set, file: i })
        })
        .collect();
    (register, participants)
}

/// The criteria set survey values of `code` are checked against: its own file's, else the set its
/// group uses (an agency whose file is missing still gets its survey points entered).
pub fn survey_set<'a>(
    code: &str,
    roster: &Roster,
    participants: &[Participant],
    known: &'a [CriteriaSet],
) -> Option<&'a CriteriaSet> {
    let own = participants.iter().find(|p| p.code == code);
    let by_group = || {
        let group = &roster.find(code)?.group;
        participants.iter().find(|p| &p.group == group)
    };
    own.or_else(by_group).and_then(|p| known.get(p.set))
}

/// Marks the survey items each accepted agency still lacks.
pub fn mark_survey(
    register: &mut Register,
    participants: &[Participant],
    known: &[CriteriaSet],
    survey: Option<&SurveyResults>,
) {
    let criteria_of =
        |row: &RegisterRow| participants.iter().find(|p| p.code == row.code).and_then(|p| known.get(p.set));
    register.mark_survey_missing(criteria_of, survey);
}

/// Why no ranking can be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoRanking {
    /// No agency has an accepted file yet.
    NoEntrant,
    /// Accepted files of different evaluation years.
    MixedYears(Vec<u16>),
}

/// The ranking per group, exactly as `parscore rank --appraisals` makes it: a verified final
/// appraisal replaces its agency's self-assessed answers, the survey results entered, last year's
/// file compared. Also what the appraisals did.
pub fn ranking(
    roster: &Roster,
    files: &[Converted],
    participants: &[Participant],
    known: &[CriteriaSet],
    (survey, previous): (Option<&SurveyResults>, Option<&ResultsFile>),
    (appraisals, trusted): (&[(String, Rc<str>)], Trusted),
) -> (Result<Ranking, NoRanking>, AppraisalOutcome) {
    let mut scores = Vec::new();
    let mut entrants: Vec<Entrant> = participants
        .iter()
        .filter_map(|p| {
            let converted = files.get(p.file)?;
            let document = converted.file.document.as_ref()?;
            let agency = roster.find(&p.code)?;
            scores.push((agency.code.clone(), converted.source.text()?.as_bytes(), document));
            Some(Entrant {
                code: agency.code.clone(),
                name: agency.name.clone(),
                group: agency.group.clone(),
                criteria: known.get(p.set)?,
                draft: document.draft(),
            })
        })
        .collect();
    let outcome = appraised::apply(&mut entrants, &scores, appraisals, known, trusted, survey);
    let mut years: Vec<u16> = entrants.iter().map(|e| e.draft.year).collect();
    years.sort_unstable();
    years.dedup();
    let ranking = match years.as_slice() {
        [] => Err(NoRanking::NoEntrant),
        [year] => {
            let results = entrants.iter().map(|e| authority::final_result(e, survey)).collect();
            let basis = basis(outcome.appraised(), entrants.len());
            Ok(authority::rank(results, known, basis, *year, previous))
        }
        _ => Err(NoRanking::MixedYears(years)),
    };
    (ranking, outcome)
}
