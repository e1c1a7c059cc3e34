//! The agency's explanation screen, natively: the appraisal opened with the score file it binds,
//! self against appraised per item with the council's comments, only appraised items explained,
//! and an explanation file the council's check accepts under the agency's key.

use parscore::app::explanation::view::{problem, screen};
use parscore::app::explanation::{EvidencePart, ExplainProblem, ExplanationAction as E, ExplanationState};
use parscore::app::signing_key::StoredKey;
use parscore::appraisal::{verify_explanation, Trust};
use parscore::scorefile::keys;
use parscore::Lang;

use super::*;

const PASSPHRASE: &str = "mật khẩu đơn vị";

fn agency_key() -> StoredKey {
    let backup = keys::backup_pem(&vector_key(), PASSPHRASE).expect("backup");
    StoredKey::restore(&backup, PASSPHRASE, "Sở Minh Hoạ (đơn vị mẫu)", "SMH").expect("restores")
}

fn opened(appraisal: &[u8], score: &[u8]) -> ExplanationState {
    let mut state = ExplanationState::default();
    let text = |b: &[u8]| Ok(String::from_utf8(b.to_vec()).unwrap());
    state.reduce(E::AppraisalOpened { name: "smh.appraisal.json".into(), text: text(appraisal) }, &[teaching_set()]);
    state.reduce(E::ScoreFileOpened { name: "smh.score.json".into(), text: text(score) }, &[teaching_set()]);
    state
}

#[test]
fn the_agency_sees_self_against_appraised_with_the_council_comments() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let state = opened(&appraisal, &bytes);
    let view = screen(&state, &[teaching_set()], Lang::Vi).expect("both files open");
    assert!(view.sound, "{}", view.verdict);
    assert!(view.verdict.contains("Sở Nội vụ (minh hoạ) (mã SNV)"), "{}", view.verdict);
    assert_eq!(view.differences, 1);
    let first = &view.items[0];
    assert_eq!((first.code.as_str(), first.self_points.as_str(), first.appraised_points.as_str()), ("1.1", "5", "10"));
    assert!(first.differs && first.disputable);
    assert_eq!(view.items.iter().filter(|i| i.disputable).map(|i| i.code.as_str()).collect::<Vec<_>>(), ["1.1", "2.1"]);
}

#[test]
fn files_opened_before_the_built_in_sets_arrive_are_checked_again_when_they_do() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let text = |b: &[u8]| Ok(String::from_utf8(b.to_vec()).unwrap());
    let mut state = ExplanationState::default();
    state.reduce(E::AppraisalOpened { name: "smh.appraisal.json".into(), text: text(&appraisal) }, &[]);
    state.reduce(E::ScoreFileOpened { name: "smh.score.json".into(), text: text(&bytes) }, &[]);
    let known = [teaching_set()];
    assert!(!screen(&state, &known, Lang::Vi).unwrap().sound, "checked with no set known");
    state.sets_changed(&known);
    let view = screen(&state, &known, Lang::Vi).unwrap();
    assert!(view.sound, "{}", view.verdict);
}

#[test]
fn an_appraisal_of_another_score_file_cannot_be_answered() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let other = String::from_utf8(bytes.clone()).unwrap().replace("\"year\": 2025", "\"year\": 2024");
    let state = opened(&appraisal, other.as_bytes());
    let view = screen(&state, &[teaching_set()], Lang::En).unwrap();
    assert!(!view.sound && view.verdict.starts_with("The appraisal file cannot be used"), "{}", view.verdict);
    assert_eq!(state.sign(&agency_key(), PASSPHRASE, 1_780_000_000), Err(ExplainProblem::NoSoundAppraisal));
}

#[test]
fn the_signed_explanation_is_bound_to_the_appraisal_and_verified_under_the_agency_key() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let mut state = opened(&appraisal, &bytes);
    assert_eq!(state.sign(&agency_key(), PASSPHRASE, 1_780_000_000), Err(ExplainProblem::Empty));
    assert_eq!(problem(&ExplainProblem::Empty, Lang::Vi), "Chưa có mục nào được giải trình.");
    let known = [teaching_set()];
    state.reduce(E::TextChanged { code: "2.1".into(), text: " Số liệu đã được cập nhật. ".into() }, &known);
    state.reduce(
        E::EvidenceChanged { code: "2.1".into(), part: EvidencePart::Number, text: "20/BC-SMH".into() },
        &known,
    );
    state.reduce(
        E::EvidenceChanged { code: "2.1".into(), part: EvidencePart::Title, text: "Sổ theo dõi".into() },
        &known,
    );
    // Not appraised: cannot be explained, left out.
    state.reduce(E::TextChanged { code: "1.2".into(), text: "Không liên quan.".into() }, &known);
    assert!(matches!(state.sign(&agency_key(), "sai", 1_780_000_000), Err(ExplainProblem::Key(_))));
    let (name, text) = state.sign(&agency_key(), PASSPHRASE, 1_780_000_000).expect("signs");
    assert_eq!(name, "SMH-2025.explanation.json");
    let checked = verify_explanation(text.as_bytes(), &appraisal, Some(&agency_ring()));
    assert_eq!((checked.failures.clone(), checked.trust()), (vec![], Trust::Verified));
    let document = checked.document.unwrap();
    assert_eq!(document.items.keys().collect::<Vec<_>>(), ["2.1"]);
    assert_eq!(document.items["2.1"].text, "Số liệu đã được cập nhật.");
    assert_eq!(document.items["2.1"].evidence[0].number, "20/BC-SMH");
}
