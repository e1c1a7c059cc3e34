//! Final appraisals in the page's ranking, by the CLI's rule (`parscore rank --appraisals`): a
//! verified final appraisal bound to an agency's accepted score file replaces its self-assessed
//! answers. The files are the final appraisals signed on this page and those loaded from
//! elsewhere; they are trusted when signed by a key of the keyring or by the page's own key, under
//! the appraiser's code. The core decides ([`apply_final_appraisals`]); nothing here scores.

use crate::i18n::Bilingual;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::authority::appraised::{apply_final_appraisals, AppraisalUse, ScoreOf};
use crate::authority::{final_result, Entrant, SurveyResults};
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::scorefile::keys::{Keyring, KeyringEntry, PublicKeyFile};
use crate::scorefile::ScoreDocument;
use crate::Lang;

pub use super::appraised_msg::AppraisedMsg;

/// The appraisal files the page holds and the key it signs with: what the ranking reads besides
/// the received score files.
#[derive(Clone, Debug, Default)]
pub struct PageAppraisals {
    /// Final appraisals signed on this page: the file's name and text.
    pub signed: Vec<(String, Rc<str>)>,
    /// The authority's own public key (the page signs appraisals with it).
    pub own_key: Option<PublicKeyFile>,
}

/// What the appraisals did to the ranking.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppraisalOutcome {
    /// What became of every appraisal file, signed here first, then those loaded.
    pub uses: Vec<AppraisalUse>,
    /// The self-assessed index of each appraised agency (by code), to show beside the appraised.
    pub self_index: BTreeMap<String, Decimal>,
    /// The ranked agencies still on their self-assessed figures, by code.
    pub self_assessed: Vec<String>,
}

impl AppraisalOutcome {
    pub fn appraised(&self) -> usize {
        self.self_index.len()
    }

    pub fn ranked(&self) -> usize {
        self.self_index.len() + self.self_assessed.len()
    }
}

/// The keyring and the page's own key an appraisal's signer is trusted by.
pub type Trusted<'a> = (Keyring, Option<&'a PublicKeyFile>);

/// The keyring appraisals are checked against: the page's keyring and its own key.
fn trusted(keyring: Keyring, own_key: Option<&PublicKeyFile>) -> Keyring {
    let mut keyring = keyring;
    if let Some(own) = own_key.filter(|own| !keyring.entries.iter().any(|e| e.did == own.did)) {
        keyring.entries.push(KeyringEntry::of(own, None));
    }
    keyring
}

/// Puts each verified final appraisal in its agency's entrant (the core's rule) and says what
/// became of every file. `scores` are the accepted score files: code, bytes, document.
pub fn apply(
    entrants: &mut [Entrant],
    scores: &[(String, &[u8], &ScoreDocument)],
    files: &[(String, Rc<str>)],
    known: &[CriteriaSet],
    (keyring, own_key): Trusted,
    survey: Option<&SurveyResults>,
) -> AppraisalOutcome {
    let mut outcome = AppraisalOutcome::default();
    if !files.is_empty() {
        let cores: Vec<ScoreOf> =
            scores.iter().map(|(code, bytes, document)| ScoreOf { code, bytes, document }).collect();
        let bytes: Vec<(String, Vec<u8>)> =
            files.iter().map(|(name, text)| (name.clone(), text.as_bytes().to_vec())).collect();
        outcome.uses = apply_final_appraisals(entrants, &cores, &bytes, known, &trusted(keyring, own_key)).0;
    }
    for entrant in entrants.iter() {
        let applied =
            outcome.uses.iter().any(|u| matches!(u, AppraisalUse::Applied { agency, .. } if *agency == entrant.code));
        let score = scores.iter().find(|(code, _, _)| *code == entrant.code);
        match score.filter(|_| applied) {
            // The self-assessed figure beside the appraised one, scored by the core as well.
            Some((_, _, document)) => {
                let own = Entrant { draft: document.draft(), ..entrant.clone() };
                outcome.self_index.insert(entrant.code.clone(), final_result(&own, survey).index());
            }
            None => outcome.self_assessed.push(entrant.code.clone()),
        }
    }
    outcome
}

/// The results header's lines: how many agencies are appraised, which are still self-assessed;
/// none while no agency is (the core's header then says the ranking is on self-assessed figures).
pub fn summary(outcome: &AppraisalOutcome, lang: Lang) -> Vec<String> {
    let ranked = outcome.ranked();
    if outcome.appraised() == 0 {
        return Vec::new();
    }
    let mut lines = vec![AppraisedMsg::Appraised { appraised: outcome.appraised(), ranked }.text(lang)];
    if !outcome.self_assessed.is_empty() {
        lines.push(AppraisedMsg::StillSelfAssessed { codes: &outcome.self_assessed.join(", ") }.text(lang));
    }
    lines
}

/// Whether the core's one-line basis ("ranked on self-assessed points, no appraisal yet") is
/// true as it stands: not when only part of the agencies is appraised.
pub fn core_basis_holds(outcome: &AppraisalOutcome) -> bool {
    outcome.appraised() == 0 || outcome.self_assessed.is_empty()
}

/// A ranked row's basis: whether it is appraised, and the self-assessed index beside the
/// appraised one (`index`, as the row shows it).
pub fn row_basis(outcome: &AppraisalOutcome, code: &str, index: &str, lang: Lang) -> (bool, String) {
    match outcome.self_index.get(code) {
        Some(own) => (true, AppraisedMsg::RowAppraised { self_index: &lang.number(*own), index }.text(lang)),
        None => (false, AppraisedMsg::RowSelfAssessed.text(lang)),
    }
}

/// What became of every appraisal file, and those the browser could not read, one line each.
pub fn file_lines(outcome: &AppraisalOutcome, unread: &[(String, String)], lang: Lang) -> Vec<String> {
    let unread = unread.iter().map(|(file, reason)| AppraisedMsg::Unread { file, reason }.text(lang));
    outcome.uses.iter().map(|u| u.text(lang)).chain(unread).collect()
}
