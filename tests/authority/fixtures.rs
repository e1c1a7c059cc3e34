//! Sets, entrants and signed files shared by the authority tests.

use ed25519_dalek::SigningKey;
use parscore::answers::{Agency, Draft};
use parscore::authority::{final_result, AgencyResult, Entrant, SurveyResults};
use parscore::criteria::{CriteriaSet, Level};
use parscore::scorefile::{self, App, DidKey, Keyring, PublicKeyFile, Timestamp};
use serde_json::{json, Value};

use crate::util::{self, group, leaf, load, set_json};

/// A set of 100 points: an appraised part (one manual item of 60) and a survey part (40), with
/// the national groups as bands. Demonstration: the split is the 2012 ministries' (60 + 40); it
/// carries the published 2012 provincial figures as points, not their criteria.
pub fn appraisal_and_survey_set() -> CriteriaSet {
    load(&appraisal_and_survey_json())
}

pub fn appraisal_and_survey_json() -> Value {
    set_json(vec![
        group("1", "60", vec![leaf("1.1", "60", json!({ "kind": "manual" }))]),
        group("2", "40", vec![leaf("2.1", "40", json!({ "kind": "survey" }))]),
    ])
}

/// An entrant whose appraised points are `points` (as a manual answer).
pub fn entrant<'a>(set: &'a CriteriaSet, code: &str, group: &str, points: &str) -> Entrant<'a> {
    let draft = util::draft(set, json!({ "1.1": { "points": points, "justification": "thẩm định" } }));
    Entrant { code: code.into(), name: format!("Đơn vị {code}"), group: group.into(), criteria: set, draft }
}

/// Survey points of item 2.1 for each (code, points).
pub fn survey(rows: &[(&str, &str)], set: &CriteriaSet) -> SurveyResults {
    let mut csv = String::from("Mã đơn vị;Mã tiêu chí;Giá trị\n");
    for (code, points) in rows {
        csv += &format!("{code};2.1;{points}\n");
    }
    SurveyResults::from_csv(csv.as_bytes(), |_| Some(set)).expect("survey table")
}

/// Final results of `(code, appraised, survey)` in one group.
pub fn results(set: &CriteriaSet, rows: &[(&str, &str, &str)]) -> Vec<AgencyResult> {
    let survey = survey(&rows.iter().map(|(c, _, s)| (*c, *s)).collect::<Vec<_>>(), set);
    rows.iter().map(|(code, points, _)| final_result(&entrant(set, code, "Tỉnh", points), Some(&survey))).collect()
}

/// The Ed25519 key of agency number `n` (a fixed seed, so runs are reproducible).
pub fn key(n: u8) -> SigningKey {
    SigningKey::from_bytes(&[n; 32])
}

pub fn public_key(n: u8, code: &str) -> PublicKeyFile {
    PublicKeyFile::new(&DidKey::of(&key(n)), &format!("Đơn vị {code}"), code)
}

pub fn keyring(agencies: &[(u8, &str)]) -> Keyring {
    Keyring::from_keys(agencies.iter().map(|(n, code)| public_key(*n, code)).collect())
}

/// The teaching set's demo draft for agency `code`, with `level` and year 2025.
pub fn teaching_draft(code: &str, level: Level) -> Draft {
    let mut draft = util::signing::demo_draft();
    draft.agency = Agency { name: format!("Đơn vị {code}"), code: code.into(), level };
    draft.year = 2025;
    draft
}

/// A score file of `draft` signed by key `n` at `created`.
pub fn signed(draft: &Draft, n: u8, created: &str) -> Vec<u8> {
    let set = util::signing::teaching_set();
    let created = Timestamp::parse(created).expect("time");
    scorefile::sign(&set, draft, &key(n), created, App::this()).expect("signs").to_json_pretty().into_bytes()
}

/// The same file with its agency name changed after signing.
pub fn tampered(bytes: &[u8]) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(bytes).expect("json");
    value["agency"]["name"] = json!("Đơn vị đã sửa");
    serde_json::to_vec_pretty(&value).expect("json")
}
