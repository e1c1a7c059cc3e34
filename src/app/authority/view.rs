//! What the authority's page shows, worded in the user's language: the components render these
//! rows and never decide a verdict themselves.

use super::intake::IntakeMsg;
use super::keyring::{KeyEntry, KeyOutcome};
use super::messages::Msg;
use super::received::{duplicates, Duplicate, ReadProblem, Unverified, Verdict};
use super::state::{AuthorityState, SetProblem};
use crate::answers::{agency_label, CriteriaRef};
use crate::criteria::CriteriaSet;
use crate::scorefile::verify::Difference;
use crate::scorefile::{Failure, Report};
use crate::Lang;

/// How a verdict looks: only `Valid` is ever green.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Valid,
    Warning,
    Invalid,
    /// Not judged yet: a verifier worker is checking it.
    Pending,
}

impl Tone {
    /// The CSS class of a verdict in this tone.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Valid => "verdict-ok",
            Tone::Warning => "verdict-warn",
            Tone::Invalid => "verdict-bad",
            Tone::Pending => "verdict-pending",
        }
    }
}

/// One registered key, as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRow {
    pub did: String,
    pub code: String,
    pub name: String,
    pub fingerprint: String,
    /// The day it was added, `YYYY-MM-DD`.
    pub added: String,
}

/// One received file, as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRow {
    /// The number the page removes it by.
    pub id: u64,
    pub file: String,
    pub agency: String,
    pub year: String,
    pub index: String,
    pub band: String,
    pub tone: Tone,
    pub verdict: String,
    /// Why, in a sentence (who signed, what failed).
    pub reason: String,
    pub duplicate: Option<String>,
}

/// The registered keys, by agency code then date added.
pub fn key_rows(state: &AuthorityState) -> Vec<KeyRow> {
    let mut rows: Vec<KeyRow> = state.keys.entries().iter().map(key_row).collect();
    rows.sort_by(|a, b| (&a.code, &a.added).cmp(&(&b.code, &b.added)));
    rows
}

fn key_row(entry: &KeyEntry) -> KeyRow {
    let added = entry.added.rfc3339();
    KeyRow {
        did: entry.key.did.clone(),
        code: entry.key.agency.code.clone(),
        name: entry.key.agency.name.clone(),
        fingerprint: entry.key.fingerprint.clone(),
        added: added.get(..10).unwrap_or(&added).to_string(),
    }
}

/// The last keys offered, one sentence each.
pub fn key_notices(state: &AuthorityState, lang: Lang) -> Vec<(bool, String)> {
    state.key_notices.iter().map(|outcome| (outcome.is_refusal(), key_notice(outcome).text(lang))).collect()
}

fn key_notice(outcome: &KeyOutcome) -> Msg<'_> {
    match outcome {
        KeyOutcome::Added { file, code, name } => Msg::KeyAdded { file, name, code },
        KeyOutcome::AlreadyPresent { file, code } => Msg::KeyAlreadyPresent { file, code },
        KeyOutcome::OtherAgency { file, code, fingerprint, registered_code, registered_name } => {
            Msg::KeyForOtherAgency { file, code, fingerprint, registered_name, registered_code }
        }
        KeyOutcome::Invalid { file, location, message } => Msg::KeyFileInvalid { file, location, message },
        KeyOutcome::Unreadable { file, reason } => Msg::FileUnreadable { file, reason },
    }
}

/// The built-in sets that could not be used.
pub fn set_problems(state: &AuthorityState, lang: Lang) -> Vec<String> {
    let msg = |problem: &SetProblem| match problem {
        SetProblem::Unreachable { file, reason } => Msg::SetUnreachable { file, reason }.text(lang),
        SetProblem::Invalid { file, problems } => Msg::SetInvalid { file, problems: *problems }.text(lang),
    };
    state.set_problems.iter().map(msg).collect()
}

/// Every received file, in the order received, with its verdict and duplicate flag.
pub fn file_rows(state: &AuthorityState, lang: Lang) -> Vec<FileRow> {
    let flags = duplicates(&state.files);
    state
        .files
        .iter()
        .zip(flags)
        .map(|(file, flag)| {
            let verdict = file.verdict(&state.keys);
            let report = file.report.as_ref();
            let set = report.and_then(|r| known_set(&state.known, r));
            let (tone, verdict_text, reason) = words(&verdict, report, set, lang);
            FileRow {
                id: file.id(),
                file: file.name.clone(),
                agency: report
                    .and_then(|r| r.agency.as_ref())
                    .map(|a| agency_label(&a.name, &a.code))
                    .unwrap_or_default(),
                year: report.and_then(|r| r.year).map(|y| y.to_string()).unwrap_or_default(),
                index: report.map(|r| index(lang, r, set)).unwrap_or_default(),
                band: report.filter(|r| r.agency.is_some()).map(|r| band(lang, r, set)).unwrap_or_default(),
                tone,
                verdict: verdict_text,
                reason,
                duplicate: flag.map(|flag| duplicate(&flag, lang)),
            }
        })
        .collect()
}

/// How many files are valid, unverified and invalid (unreadable counted as invalid).
pub fn summary(rows: &[FileRow], lang: Lang) -> String {
    let count = |tone: Tone| rows.iter().filter(|row| row.tone == tone).count();
    let (valid, unverified, invalid) = (count(Tone::Valid), count(Tone::Warning), count(Tone::Invalid));
    Msg::Summary { valid, unverified, invalid, total: rows.len() }.text(lang)
}

fn words(verdict: &Verdict, report: Option<&Report>, set: Option<&CriteriaSet>, lang: Lang) -> (Tone, String, String) {
    let fingerprint = report.and_then(|r| r.signer.as_ref()).map(|s| s.fingerprint.as_str()).unwrap_or_default();
    let file_code = report.and_then(|r| r.agency.as_ref()).map(|a| a.code.as_str()).unwrap_or_default();
    match verdict {
        Verdict::Valid { registered } => (
            Tone::Valid,
            Msg::Valid.text(lang),
            Msg::ValidSigner { name: &registered.name, code: &registered.code }.text(lang),
        ),
        Verdict::SignerUnverified(why) => {
            let reason = match why {
                Unverified::NoKeyring => Msg::NoKeyring,
                Unverified::NotRegistered => Msg::NotRegistered { fingerprint, code: file_code },
                Unverified::RegisteredToOther(owner) => {
                    Msg::RegisteredToOther { fingerprint, name: &owner.name, code: &owner.code, file_code }
                }
            };
            (Tone::Warning, Msg::SignerUnverified.text(lang), reason.text(lang))
        }
        Verdict::Invalid(failures) => {
            let kinds: Vec<String> = failures.iter().map(|f| kind(f).text(lang)).collect();
            let reasons: Vec<String> = failures.iter().map(|f| failure_reason(f, set, lang)).collect();
            (Tone::Invalid, Msg::Invalid { kinds: &kinds.join(", ") }.text(lang), reasons.join(" "))
        }
        Verdict::Unreadable(problem) => {
            let reason = match problem {
                ReadProblem::NotUtf8 { at } => Msg::NotUtf8 { at: *at }.text(lang),
                ReadProblem::Browser(reason) => reason.clone(),
            };
            (Tone::Invalid, Msg::Unreadable.text(lang), reason)
        }
        Verdict::Checking => (Tone::Pending, IntakeMsg::Checking.text(lang), String::new()),
    }
}

fn kind(failure: &Failure) -> Msg<'static> {
    match failure {
        Failure::Malformed { .. } => Msg::KindMalformed,
        Failure::BadSignature { .. } => Msg::KindBadSignature,
        Failure::UnknownKey { .. } => Msg::KindUnknownKey,
        Failure::CriteriaMismatch { .. } => Msg::KindCriteriaMismatch,
        Failure::ScoreDiffers { .. } => Msg::KindScoreDiffers,
    }
}

fn failure_reason(failure: &Failure, set: Option<&CriteriaSet>, lang: Lang) -> String {
    match failure {
        Failure::Malformed { location, message } => {
            Msg::Malformed { location: location.get(lang), message: message.get(lang) }.text(lang)
        }
        Failure::BadSignature { .. } => Msg::BadSignature.text(lang),
        // Trust is judged against the page's keyring, never by the checks (they get none).
        Failure::UnknownKey { .. } => Msg::KindUnknownKey.text(lang),
        Failure::CriteriaMismatch { claimed, .. } => {
            Msg::CriteriaMismatch { id: &claimed.id, version: &claimed.version }.text(lang)
        }
        Failure::ScoreDiffers { differences } => {
            let places: Vec<String> = differences.iter().map(|d| difference(d, set, lang)).collect();
            Msg::ScoreDiffers { count: differences.len(), places: &places.join("; ") }.text(lang)
        }
    }
}

fn difference(d: &Difference, set: Option<&CriteriaSet>, lang: Lang) -> String {
    let nothing = Msg::Nothing.text(lang);
    let place = match d.location.strip_prefix("scorecard.nodes.") {
        Some(code) => match set.and_then(|set| set.find(code).map(|id| set.node(id))) {
            Some(node) => format!("{code} {}", node.title.get(lang)),
            None => code.to_string(),
        },
        None => d.location.clone(),
    };
    Msg::Difference {
        place: &place,
        claimed: d.claimed.as_deref().unwrap_or(&nothing),
        recomputed: d.recomputed.as_deref().unwrap_or(&nothing),
    }
    .text(lang)
}

fn duplicate(flag: &Duplicate, lang: Lang) -> String {
    match flag {
        Duplicate::SupersededBy { file } => Msg::SupersededBy { file }.text(lang),
        Duplicate::Supersedes { files } => Msg::Supersedes { files: &files.join(", ") }.text(lang),
        Duplicate::ConflictingKeys { files } => Msg::ConflictingKeys { files: &files.join(", ") }.text(lang),
    }
}

/// The known set a file was made for (same id, version and SHA-256), if any.
fn known_set<'a>(known: &'a [CriteriaSet], report: &Report) -> Option<&'a CriteriaSet> {
    let claimed = report.criteria.as_ref()?;
    known.iter().find(|set| CriteriaRef::of(set) == *claimed)
}

/// The claimed index as the set writes it ("81,00%"), or as given when the set is unknown.
fn index(lang: Lang, report: &Report, set: Option<&CriteriaSet>) -> String {
    let Some(index) = report.index else { return String::new() };
    match set {
        Some(set) => format!("{}%", lang.fixed(index, set.index_places)),
        None => format!("{}%", lang.number(index)),
    }
}

/// The claimed band's title in the set (its id when the set is unknown), or "no band".
fn band(lang: Lang, report: &Report, set: Option<&CriteriaSet>) -> String {
    let Some(id) = &report.band else { return Msg::NoBand.text(lang) };
    let title = set.and_then(|set| set.bands.iter().find(|band| &band.id == id)).map(|band| band.title.get(lang));
    title.unwrap_or(id).to_string()
}
