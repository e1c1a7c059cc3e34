//! The appraisal round on the authority's page, natively: a valid file appraised item by item
//! with the agency's own inputs, differences and totals from the core, the work kept across a
//! reload, the appraisal signed with the council's stored key, the agency's explanation checked
//! against it, and the final appraisal signed and bound to both.

use std::collections::BTreeMap;

use parscore::answers::InputField;
use parscore::app::authority::appraisal::view::{candidates, notice, round_view, DecisionKind};
use parscore::app::authority::appraisal::{AppraisalAction as A, Round, SignProblem};
use parscore::app::authority::state::{Action, AuthorityState, Effect};
use parscore::app::authority::view::Tone;
use parscore::app::signing_key::StoredKey;
use parscore::app::store::MemoryStore;
use parscore::appraisal::document::{self, file_sha256, ExplainedItem, ExplanationDocument, Stage, EXPLANATION_FORMAT};
use parscore::appraisal::{verify_appraisal, Trust};
use parscore::scorefile::keys::Keyring;
use parscore::Lang;

use crate::fixtures::{at, key, key_file, known, score_file};
use crate::util::signing::{read, TEACHING};

const PASSPHRASE: &str = "mật khẩu hội đồng";

/// A page with SA's key registered, the teaching set loaded, and two files received: SA's own
/// (valid) and one for SB whose key nobody registered.
fn page(store: &MemoryStore) -> AuthorityState {
    let mut state = AuthorityState::restore(store);
    let effects = state.reduce(Action::KeyFilesRead {
        files: vec![("sa.json".into(), Ok(key_file(1, "Sở A", "SA")))],
        now: at("2026-12-03T09:00:00Z"),
    });
    state.persist(&effects, store);
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    state.reduce(Action::ScoreFilesRead(vec![
        ("sa.score.json".into(), Ok(score_file(1, "SA", "2026-02-01T00:00:00Z"))),
        ("sb.score.json".into(), Ok(score_file(2, "SB", "2026-02-01T00:00:00Z"))),
    ]));
    state
}

fn act(state: &mut AuthorityState, store: &MemoryStore, action: A) -> Vec<Effect> {
    let effects = state.reduce(Action::Appraisal(action));
    state.persist(&effects, store);
    effects
}

fn typed(state: &mut AuthorityState, store: &MemoryStore, round: Round, code: &str, field: InputField, text: &str) {
    act(state, store, A::InputChanged { round, code: code.into(), field, text: text.into() });
}

fn council_key() -> StoredKey {
    StoredKey::create("Sở Nội vụ (minh hoạ)", "SNV", PASSPHRASE).expect("creates")
}

#[test]
fn only_a_valid_file_with_a_verified_signer_can_be_appraised() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    let offered = candidates(&state.appraisal, &state.files, &state.keys, Lang::Vi);
    assert_eq!(offered.iter().map(|c| c.file.as_str()).collect::<Vec<_>>(), ["sa.score.json"]);
    assert!(act(&mut state, &store, A::Started { file: "sb.score.json".into() }).is_empty());
    assert_eq!(state.appraisal.open, None);
    assert!(notice(&state.appraisal, Lang::En).unwrap().starts_with("sb.score.json: only a valid score file"));
    assert_eq!(act(&mut state, &store, A::Started { file: "sa.score.json".into() }), [Effect::SaveAppraisal]);
    assert!(state.appraisal.open.is_some());
}

#[test]
fn an_appraised_answer_is_scored_by_the_core_and_its_difference_counted() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    act(&mut state, &store, A::Started { file: "sa.score.json".into() });
    let round = state.appraisal.open_round().unwrap().clone();
    let view = round_view(&round, &known(), Lang::Vi).unwrap();
    let first = &view.items[0];
    assert_eq!(
        (first.code.as_str(), first.self_points.as_str(), first.decision.kind),
        ("1.1", "5", DecisionKind::Pending)
    );
    assert_eq!(first.note, "Ban hành chậm 3 tuần so với hướng dẫn.");
    assert_eq!(first.evidence, ["15/KH-SMH, 20/02/2025, Kế hoạch cải cách hành chính năm 2025"]);
    assert_eq!(view.differences, 0);
    assert_eq!(view.self_total, view.appraised_total);

    // The council raises 1.1 to "on time": the select starts from the agency's "late".
    assert_eq!(first.decision.inputs[0].text, "late");
    typed(&mut state, &store, Round::Appraisal, "1.1", InputField::Level, "on_time");
    act(
        &mut state,
        &store,
        A::CommentChanged {
            round: Round::Appraisal, code: "1.1".into(), text: "Đúng hạn theo văn bản 15/KH.".into()
        },
    );
    act(&mut state, &store, A::Agreed { round: Round::Appraisal, code: "1.2".into() });
    let view = round_view(state.appraisal.open_round().unwrap(), &known(), Lang::Vi).unwrap();
    let first = &view.items[0];
    assert_eq!((first.decision.points.as_str(), first.differs), ("10", true));
    assert_eq!(view.items[1].decision.kind, DecisionKind::Agreed);
    assert_eq!(view.differences, 1);
    assert_eq!(view.pending, view.items.len() - 2);
    assert_ne!(view.self_total, view.appraised_total);

    act(&mut state, &store, A::AllRemainingAgreed);
    let view = round_view(state.appraisal.open_round().unwrap(), &known(), Lang::Vi).unwrap();
    assert_eq!(view.pending, 0);
    assert_eq!(view.items[0].decision.kind, DecisionKind::Entered, "agreeing with the rest keeps what was entered");
}

#[test]
fn a_reload_keeps_the_work_even_without_the_received_files() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    act(&mut state, &store, A::Started { file: "sa.score.json".into() });
    typed(&mut state, &store, Round::Appraisal, "2.1", InputField::Numerator, "4");
    act(
        &mut state,
        &store,
        A::CommentChanged { round: Round::Appraisal, code: "2.1".into(), text: "Sổ theo dõi".into() },
    );
    let before = round_view(state.appraisal.open_round().unwrap(), &known(), Lang::Vi).unwrap();

    let mut again = AuthorityState::restore(&store);
    again.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    assert!(again.files.is_empty());
    let offered = candidates(&again.appraisal, &again.files, &again.keys, Lang::Vi);
    assert_eq!(offered.len(), 1);
    act(&mut again, &store, A::Reopened { hash: offered[0].started.clone().unwrap() });
    let after = round_view(again.appraisal.open_round().unwrap(), &known(), Lang::Vi).unwrap();
    assert_eq!(after, before);
    let item = after.items.iter().find(|i| i.code == "2.1").unwrap();
    assert_eq!(item.decision.inputs.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["4", "100"]);
}

#[test]
fn an_answer_the_rule_cannot_score_is_shown_and_refuses_signing() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    act(&mut state, &store, A::Started { file: "sa.score.json".into() });
    typed(&mut state, &store, Round::Appraisal, "2.1", InputField::Denominator, "");
    let round = state.appraisal.open_round().unwrap().clone();
    let item = round_view(&round, &known(), Lang::En).unwrap().items.into_iter().find(|i| i.code == "2.1").unwrap();
    assert!(item.decision.problem.is_some(), "{item:#?}");
    let refused = round.sign(Round::Appraisal, &known()[0], &council_key(), PASSPHRASE, 1_780_000_000);
    assert!(matches!(refused, Err(SignProblem::Unscorable(problems)) if problems[0].code() == "2.1"));
}

#[test]
fn the_whole_round_signs_explains_and_finalises_bound_file_to_file() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    act(&mut state, &store, A::Started { file: "sa.score.json".into() });
    // An explanation before the appraisal is signed answers nothing.
    act(&mut state, &store, A::ExplanationRead { file: "early.json".into(), text: Ok("{}".into()) });
    assert!(notice(&state.appraisal, Lang::Vi).is_some());

    typed(&mut state, &store, Round::Appraisal, "1.2", InputField::Pass, "no");
    act(
        &mut state,
        &store,
        A::CommentChanged { round: Round::Appraisal, code: "1.2".into(), text: "Báo cáo nộp muộn.".into() },
    );
    let set = &known()[0];
    let council = council_key();
    let round = state.appraisal.open_round().unwrap().clone();
    assert!(matches!(round.sign(Round::Appraisal, set, &council, "sai", 1_780_000_000), Err(SignProblem::Key(_))));
    assert_eq!(round.sign(Round::Final, set, &council, PASSPHRASE, 1_780_000_000), Err(SignProblem::NotSignedYet));
    let signed = round.sign(Round::Appraisal, set, &council, PASSPHRASE, 1_780_000_000).expect("signs");
    act(&mut state, &store, A::Signed { round: Round::Appraisal, text: signed.clone() });

    let score = round.subject.text.as_bytes();
    let authority = Keyring::from_keys(vec![council.public.clone()]);
    let checked = verify_appraisal(signed.as_bytes(), score, &known(), Some(&authority));
    assert_eq!((checked.failures.clone(), checked.trust()), (vec![], Trust::Verified));
    let appraisal = checked.document.unwrap();
    assert_eq!(appraisal.score_file, file_sha256(score).unwrap());
    assert_eq!(appraisal.items["1.2"].comment.as_deref(), Some("Báo cáo nộp muộn."));

    // The agency disputes 1.2 and signs its explanation with its own key.
    let mut items = BTreeMap::new();
    items
        .insert("1.2".to_string(), ExplainedItem { text: "Báo cáo nộp đúng hạn ngày 15/12.".into(), evidence: vec![] });
    let explanation = ExplanationDocument {
        format: EXPLANATION_FORMAT.into(),
        appraisal: file_sha256(signed.as_bytes()).unwrap(),
        score_file: appraisal.score_file.clone(),
        agency: appraisal.agency.clone(),
        year: appraisal.year,
        created: at("2026-02-20T08:00:00Z"),
        items,
    };
    let explained = document::sign(&explanation, &key(1), at("2026-02-20T08:00:00Z")).unwrap();
    act(&mut state, &store, A::ExplanationRead { file: "sa.explanation.json".into(), text: Ok(explained.clone()) });
    let view = round_view(state.appraisal.open_round().unwrap(), &known(), Lang::Vi).unwrap();
    assert_eq!(view.explanation.as_ref().map(|e| e.1), Some(Tone::Valid), "{:?}", view.explanation);
    let disputed: Vec<_> = view.items.iter().filter(|i| i.final_decision.is_some()).map(|i| i.code.as_str()).collect();
    assert_eq!(disputed, ["1.2"]);
    assert_eq!(view.items[1].explained.as_ref().map(|e| e.0.as_str()), Some("Báo cáo nộp đúng hạn ngày 15/12."));
    assert_eq!(view.final_total.as_deref(), Some(view.appraised_total.as_str()), "kept until decided");

    // The council accepts the explanation: the agency's own answer stands in the final.
    act(&mut state, &store, A::Agreed { round: Round::Final, code: "1.2".into() });
    let view = round_view(state.appraisal.open_round().unwrap(), &known(), Lang::Vi).unwrap();
    assert_eq!(view.final_total.as_deref(), Some(view.self_total.as_str()));
    let round = state.appraisal.open_round().unwrap().clone();
    let last = round.sign(Round::Final, set, &council, PASSPHRASE, 1_780_100_000).expect("signs the final");
    let checked = verify_appraisal(last.as_bytes(), score, &known(), Some(&authority));
    assert_eq!(checked.failures, vec![]);
    let last = checked.document.unwrap();
    assert_eq!(last.stage, Stage::Final);
    assert_eq!(last.explanation, Some(file_sha256(explained.as_bytes()).unwrap()));
    assert_eq!(last.items["1.2"].answer, None);
    assert_eq!(last.scorecard.index, round.subject.score.scorecard.index);
}

#[test]
fn an_explanation_signed_by_an_unregistered_key_is_not_verified() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    act(&mut state, &store, A::Started { file: "sa.score.json".into() });
    let council = council_key();
    let round = state.appraisal.open_round().unwrap().clone();
    let signed = round.sign(Round::Appraisal, &known()[0], &council, PASSPHRASE, 1_780_000_000).unwrap();
    act(&mut state, &store, A::Signed { round: Round::Appraisal, text: signed.clone() });
    let appraisal =
        verify_appraisal(signed.as_bytes(), round.subject.text.as_bytes(), &known(), None).document.unwrap();
    let explanation = ExplanationDocument {
        format: EXPLANATION_FORMAT.into(),
        appraisal: file_sha256(signed.as_bytes()).unwrap(),
        score_file: appraisal.score_file,
        agency: appraisal.agency,
        year: appraisal.year,
        created: at("2026-02-20T08:00:00Z"),
        items: BTreeMap::new(),
    };
    let forged = document::sign(&explanation, &key(9), at("2026-02-20T08:00:00Z")).unwrap();
    act(&mut state, &store, A::ExplanationRead { file: "x.json".into(), text: Ok(forged) });
    let view = round_view(state.appraisal.open_round().unwrap(), &known(), Lang::Vi).unwrap();
    assert_eq!(view.explanation.map(|e| e.1), Some(Tone::Warning));
}
