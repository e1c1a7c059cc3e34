//! Final appraisals in the ranking: for each agency whose accepted score file has a verified
//! final appraisal (`parscore-appraisal/1`, stage `final`, signed by a key registered under the
//! appraiser's code), the council's answers replace the self-assessed ones before scoring. Every
//! other appraisal file is reported with the reason it was left out.

use crate::i18n::Bilingual;
use std::collections::HashMap;

use serde_json::Value;

use super::results::Entrant;
use crate::appraisal::{file_sha256, verify_appraisal, AppraisalDocument, AppraisalMessage, Stage, Trust};
use crate::criteria::CriteriaSet;
use crate::scorefile::{Keyring, ScoreDocument, Timestamp};
use crate::Lang;

/// The score file an entrant was accepted with: its bytes (for the binding hash) and document.
pub struct ScoreOf<'a> {
    pub code: &'a str,
    pub bytes: &'a [u8],
    pub document: &'a ScoreDocument,
}

/// What became of one appraisal file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppraisalUse {
    /// Its answers replaced the agency's self-assessment.
    Applied { file: String, agency: String },
    /// A first-round appraisal: only the final one counts in the ranking.
    NotFinal { file: String },
    /// A later final appraisal of the same agency was used instead.
    Replaced { file: String, by: String },
    /// Bound to no accepted score file (another, superseded or missing file).
    NoAcceptedFile { file: String },
    /// Not trusted: why (its first failure, or an unregistered signer).
    Refused { file: String, reason: Refusal },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Failed(AppraisalMessage),
    SignerNotRegistered { fingerprint: String },
}

impl AppraisalUse {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (AppraisalUse::Applied { file, agency }, Lang::Vi) => {
                format!("{file}: dùng kết quả thẩm định cuối cùng cho đơn vị {agency}")
            }
            (AppraisalUse::Applied { file, agency }, Lang::En) => {
                format!("{file}: the final appraisal is used for agency {agency}")
            }
            (AppraisalUse::NotFinal { file }, Lang::Vi) => {
                format!("{file}: không dùng, đây là kết quả thẩm định lần đầu (chỉ dùng kết quả cuối cùng)")
            }
            (AppraisalUse::NotFinal { file }, Lang::En) => {
                format!("{file}: not used, a first appraisal (only the final one counts)")
            }
            (AppraisalUse::Replaced { file, by }, Lang::Vi) => format!("{file}: không dùng, đã có tệp sau {by}"),
            (AppraisalUse::Replaced { file, by }, Lang::En) => format!("{file}: not used, replaced by the later {by}"),
            (AppraisalUse::NoAcceptedFile { file }, Lang::Vi) => {
                format!("{file}: không dùng, không gắn với tệp điểm nào được xếp hạng")
            }
            (AppraisalUse::NoAcceptedFile { file }, Lang::En) => {
                format!("{file}: not used, bound to no score file being ranked")
            }
            (AppraisalUse::Refused { file, reason: Refusal::Failed(message) }, lang) => {
                format!("{file}: {} {}", lang.pick("không dùng:", "not used:"), message.text(lang))
            }
            (AppraisalUse::Refused { file, reason: Refusal::SignerNotRegistered { fingerprint } }, Lang::Vi) => {
                format!("{file}: không dùng, người ký (khoá {fingerprint}) chưa có trong danh sách khoá với mã cơ quan thẩm định")
            }
            (AppraisalUse::Refused { file, reason: Refusal::SignerNotRegistered { fingerprint } }, Lang::En) => {
                format!(
                    "{file}: not used, the signer (key {fingerprint}) is not in the keyring under the appraiser's code"
                )
            }
        }
    }
}

/// Puts each verified final appraisal's answers in its agency's entrant; returns what became of
/// every file (in the order given) and how many entrants are now appraised.
pub fn apply_final_appraisals(
    entrants: &mut [Entrant],
    scores: &[ScoreOf],
    appraisals: &[(String, Vec<u8>)],
    known: &[CriteriaSet],
    keyring: &Keyring,
) -> (Vec<AppraisalUse>, usize) {
    let by_hash: HashMap<String, &ScoreOf> =
        scores.iter().filter_map(|s| Some((file_sha256(s.bytes).ok()?, s))).collect();
    let mut uses = Vec::with_capacity(appraisals.len());
    // The final appraisal chosen for each agency: when signed, its index, the document.
    let mut chosen: HashMap<&str, (Timestamp, usize, AppraisalDocument)> = HashMap::new();
    for (i, (file, bytes)) in appraisals.iter().enumerate() {
        let bound = serde_json::from_slice::<Value>(bytes)
            .ok()
            .and_then(|v| v.get("score_file").and_then(Value::as_str).map(str::to_string));
        let Some(score) = bound.as_deref().and_then(|hash| by_hash.get(hash)) else {
            uses.push(AppraisalUse::NoAcceptedFile { file: file.clone() });
            continue;
        };
        let check = verify_appraisal(bytes, score.bytes, known, Some(keyring));
        let refused = |reason| AppraisalUse::Refused { file: file.clone(), reason };
        let document = match (check.trust(), check.document) {
            (Trust::Verified, Some(document)) => document,
            (Trust::SignatureOnly, _) => {
                let fingerprint = check.signer.map(|s| s.fingerprint).unwrap_or_default();
                uses.push(refused(Refusal::SignerNotRegistered { fingerprint }));
                continue;
            }
            _ => {
                let first = check.failures.into_iter().next().unwrap_or(AppraisalMessage::NotAnAppraisal);
                uses.push(refused(Refusal::Failed(first)));
                continue;
            }
        };
        if document.stage != Stage::Final {
            uses.push(AppraisalUse::NotFinal { file: file.clone() });
            continue;
        }
        match chosen.get(score.code) {
            Some((created, kept, _)) if *created > document.created => {
                let by = appraisals.get(*kept).map(|(f, _)| f.clone()).unwrap_or_default();
                uses.push(AppraisalUse::Replaced { file: file.clone(), by });
            }
            _ => {
                chosen.insert(score.code, (document.created, i, document));
                uses.push(AppraisalUse::Applied { file: file.clone(), agency: score.code.to_string() });
            }
        }
    }
    // An agency with two final appraisals keeps the later one; the other is said replaced.
    for (i, used) in uses.iter_mut().enumerate() {
        if let AppraisalUse::Applied { file, agency } = used {
            if let Some((_, kept, _)) = chosen.get(agency.as_str()).filter(|(_, kept, _)| *kept != i) {
                let by = appraisals.get(*kept).map(|(f, _)| f.clone()).unwrap_or_default();
                *used = AppraisalUse::Replaced { file: file.clone(), by };
            }
        }
    }
    let mut appraised = 0;
    for entrant in entrants.iter_mut() {
        let chosen = chosen.get(entrant.code.as_str());
        let score = scores.iter().find(|s| s.code == entrant.code);
        if let (Some((_, _, document)), Some(score)) = (chosen, score) {
            entrant.draft = document.draft(score.document);
            appraised += 1;
        }
    }
    (uses, appraised)
}

/// The ranking's basis once appraisals are applied: appraised only when every ranked agency is.
pub fn basis(appraised: usize, ranked: usize) -> super::Basis {
    if ranked > 0 && appraised == ranked {
        super::Basis::Appraised
    } else {
        super::Basis::SelfAssessed
    }
}

/// Said under the header when only some agencies have a final appraisal.
pub fn partly_appraised(appraised: usize, ranked: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "{appraised}/{ranked} đơn vị được xếp hạng theo kết quả thẩm định cuối cùng; các đơn vị còn lại theo điểm tự đánh giá"
        ),
        Lang::En => format!(
            "{appraised} of {ranked} agencies are ranked on their final appraisal; the others on self-assessed figures"
        ),
    }
}
