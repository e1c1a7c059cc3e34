//! Final appraisals in the page's ranking: a final appraisal signed on the page (verified by the
//! page's own key) replaces its agency's self-assessment exactly as `parscore rank --appraisals`
//! does; a first appraisal, one bound to another score file, or one signed by an unknown key
//! changes nothing; the page and the command give the same results file.

use parscore::answers::InputField;
use parscore::app::authority::appraisal::{AppraisalAction as A, Round};
use parscore::app::authority::round::appraised::{core_basis_holds, row_basis, summary};
use parscore::app::authority::round::view::{export, ExportKind};
use parscore::app::authority::round::RoundAction;
use parscore::app::authority::state::{Action, AuthorityState};
use parscore::app::signing_key::{StoredKey, AUTHORITY_KEY_ENTRY};
use parscore::app::store::MemoryStore;
use parscore::authority::appraised::AppraisalUse;
use parscore::authority::Basis;
use parscore::scorefile::{DidKey, Keyring, PublicKeyFile};
use parscore::Lang;
use serde_json::Value;

use crate::fixtures::{at, key, key_file, known, score_file};
use crate::util::signing::{read, root, temp_dir, TEACHING};

const PASSPHRASE: &str = "mật khẩu hội đồng";
const ROSTER: &str = "Mã;Tên;Nhóm\nSA;Sở A;Sở\nSB;Sở B;Sở\n";
const SURVEY: &str = "Mã đơn vị;Mã tiêu chí;Giá trị\nSA;4.1;8\nSA;4.2;8\nSB;4.1;9\nSB;4.2;9\n";
const SA_FILE: &str = "sa.score.json";

/// The council's key kept in the browser (as the page keeps it), SA's and SB's keys registered,
/// the roster and the survey results loaded, and SA's and SB's files received.
fn page(store: &MemoryStore, council: &StoredKey, files: &[(&str, String)]) -> AuthorityState {
    council.save_to(store, AUTHORITY_KEY_ENTRY).expect("kept");
    let mut state = AuthorityState::restore(store);
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    let keys =
        vec![("sa.json".into(), Ok(key_file(1, "Sở A", "SA"))), ("sb.json".into(), Ok(key_file(2, "Sở B", "SB")))];
    state.reduce(Action::KeyFilesRead { files: keys, now: at("2026-01-01T00:00:00Z") });
    state.reduce(Action::Round(RoundAction::RosterRead(("roster.csv".into(), Ok(ROSTER.as_bytes().to_vec())))));
    let read = files.iter().map(|(name, text)| (name.to_string(), Ok(text.clone()))).collect();
    state.reduce(Action::ScoreFilesRead(read));
    state.reduce(Action::Round(RoundAction::SurveyRead(("survey.csv".into(), Ok(SURVEY.as_bytes().to_vec())))));
    assert!(state.round.survey.is_some(), "{:?}", state.round.survey_problem);
    state
}

fn received() -> Vec<(&'static str, String)> {
    vec![
        (SA_FILE, score_file(1, "SA", "2026-02-01T00:00:00Z")),
        ("sb.score.json", score_file(2, "SB", "2026-02-01T00:00:00Z")),
    ]
}

/// SA appraised on the page: 1.1 raised to "on time", the rest agreed, signed; then (when
/// `finish`) the final appraisal signed. Returns the first appraisal's and the final's texts.
fn appraise_sa(state: &mut AuthorityState, council: &StoredKey, finish: bool) -> (String, Option<String>) {
    state.reduce(Action::Appraisal(A::Started { file: SA_FILE.into() }));
    let changed = A::InputChanged {
        round: Round::Appraisal,
        code: "1.1".into(),
        field: InputField::Level,
        text: "on_time".into(),
    };
    state.reduce(Action::Appraisal(changed));
    state.reduce(Action::Appraisal(A::AllRemainingAgreed));
    let set = &known()[0];
    let round = state.appraisal.open_round().expect("open").clone();
    let first = round.sign(Round::Appraisal, set, council, PASSPHRASE, 1_780_000_000).expect("signs");
    state.reduce(Action::Appraisal(A::Signed { round: Round::Appraisal, text: first.clone() }));
    if !finish {
        return (first, None);
    }
    let round = state.appraisal.open_round().expect("open").clone();
    let last = round.sign(Round::Final, set, council, PASSPHRASE, 1_780_100_000).expect("signs the final");
    state.reduce(Action::Appraisal(A::Signed { round: Round::Final, text: last.clone() }));
    (first, Some(last))
}

/// Each ranked agency's (code, index, whether the page says it is appraised).
fn rows(state: &AuthorityState) -> Vec<(String, String, bool)> {
    let ranking = state.round.ranking.clone().expect("a ranking").expect("ranked");
    let outcome = &state.round.appraised;
    let rows = ranking.groups.iter().flat_map(|g| g.rows.iter());
    rows.map(|r| {
        let index = Lang::Vi.number(r.result.index());
        let appraised = row_basis(outcome, &r.result.code, &index, Lang::Vi).0;
        (r.result.code.clone(), index, appraised)
    })
    .collect()
}

fn council() -> StoredKey {
    StoredKey::create("Sở Nội vụ (minh hoạ)", "SNV", PASSPHRASE).expect("creates")
}

#[test]
fn a_final_appraisal_signed_on_the_page_replaces_the_agencys_self_assessment() {
    let (store, council) = (MemoryStore::default(), council());
    let mut state = page(&store, &council, &received());
    let before = rows(&state);
    assert!(before.iter().all(|(_, _, appraised)| !appraised));
    assert!(summary(&state.round.appraised, Lang::Vi).is_empty(), "the core's header says it");
    assert!(core_basis_holds(&state.round.appraised));

    // A first appraisal, even loaded as a file, does not count: only the final one does.
    let (first, _) = appraise_sa(&mut state, &council, false);
    state.reduce(Action::Round(RoundAction::AppraisalFilesRead(vec![("sa-1.json".into(), Ok(first))])));
    assert_eq!(rows(&state), before);
    assert_eq!(state.round.appraised.uses, [AppraisalUse::NotFinal { file: "sa-1.json".into() }]);

    let (_, last) = appraise_sa(&mut state, &council, true);
    let after = rows(&state);
    let sa = |rows: &[(String, String, bool)]| rows.iter().find(|r| r.0 == "SA").cloned().expect("SA ranked");
    let sb = |rows: &[(String, String, bool)]| rows.iter().find(|r| r.0 == "SB").cloned().expect("SB ranked");
    assert!(sa(&after).2, "SA is appraised: {after:?}");
    assert_ne!(sa(&after).1, sa(&before).1, "the appraised answer changes SA's index");
    assert_eq!(sb(&after), sb(&before));
    let (_, basis) = row_basis(&state.round.appraised, "SA", &sa(&after).1, Lang::Vi);
    assert_eq!(basis, format!("Thẩm định (tự đánh giá {} → {})", sa(&before).1, sa(&after).1));
    assert_eq!(
        summary(&state.round.appraised, Lang::Vi),
        ["1/2 đơn vị được xếp hạng theo kết quả thẩm định cuối cùng.", "Còn theo điểm tự đánh giá: SB."]
    );
    let ranking = state.round.ranking.clone().unwrap().unwrap();
    assert_eq!(ranking.basis, Basis::SelfAssessed, "only part of the agencies is appraised");
    assert!(!core_basis_holds(&state.round.appraised), "\"no appraisal yet\" would no longer be true");
    assert!(last.is_some());
}

#[test]
fn an_appraisal_bound_to_another_score_file_or_signed_by_an_unknown_key_is_refused() {
    let (store, council) = (MemoryStore::default(), council());
    let mut state = page(&store, &council, &received());
    let (_, last) = appraise_sa(&mut state, &council, true);
    let last = last.expect("final");
    assert!(rows(&state).iter().any(|r| r.0 == "SA" && r.2));

    // SA sends a later file: the appraisal is bound to the superseded one and no longer counts.
    let later = (SA_FILE, score_file(1, "SA", "2026-02-05T00:00:00Z"));
    state.reduce(Action::ScoreFilesRead(vec![("sa-2.score.json".into(), Ok(later.1))]));
    assert!(rows(&state).iter().all(|r| !r.2), "{:?}", rows(&state));
    assert!(
        matches!(&state.round.appraised.uses[..], [AppraisalUse::NoAcceptedFile { file }] if file == "SA-2025.final-appraisal.json"),
        "{:?}",
        state.round.appraised.uses
    );

    // The same final appraisal on a page with another council key: the signer is not trusted.
    let other = StoredKey::create("Sở Nội vụ khác", "SNV", PASSPHRASE).expect("creates");
    let mut elsewhere = page(&MemoryStore::default(), &other, &received());
    elsewhere.reduce(Action::Round(RoundAction::AppraisalFilesRead(vec![("sa-final.json".into(), Ok(last.clone()))])));
    assert!(rows(&elsewhere).iter().all(|r| !r.2));
    assert!(
        matches!(&elsewhere.round.appraised.uses[..], [AppraisalUse::Refused { file, .. }] if file == "sa-final.json")
    );
    // Registering the council's public key makes it trusted, as `--keyring` does for the CLI.
    let council_file = council.public.to_json_pretty();
    elsewhere.reduce(Action::KeyFilesRead {
        files: vec![("snv.json".into(), Ok(council_file))],
        now: at("2026-03-01T00:00:00Z"),
    });
    assert!(rows(&elsewhere).iter().any(|r| r.0 == "SA" && r.2));
    // Cleared, the loaded file no longer counts.
    elsewhere.reduce(Action::Round(RoundAction::AppraisalFilesCleared));
    assert!(rows(&elsewhere).iter().all(|r| !r.2));
}

#[test]
fn the_page_and_parscore_rank_with_appraisals_give_the_same_results() {
    let (store, council) = (MemoryStore::default(), council());
    let files = received();
    let mut state = page(&store, &council, &files);
    let (first, last) = appraise_sa(&mut state, &council, true);
    let page_json = export(&state.round, ExportKind::ResultsJson, Lang::Vi).expect("ranked").expect("exports");
    let page_json: Value = serde_json::from_slice(&page_json.bytes).expect("json");

    let dir = temp_dir("authority-app-appraised");
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    for (name, text) in &files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let keys = vec![
        PublicKeyFile::new(&DidKey::of(&key(1)), "Sở A", "SA"),
        PublicKeyFile::new(&DidKey::of(&key(2)), "Sở B", "SB"),
        council.public.clone(),
    ];
    std::fs::write(dir.join("keyring.json"), Keyring::from_keys(keys).to_json_pretty()).unwrap();
    std::fs::write(dir.join("roster.csv"), ROSTER).unwrap();
    std::fs::write(dir.join("survey.csv"), SURVEY).unwrap();
    std::fs::create_dir_all(dir.join("appraisals")).unwrap();
    std::fs::write(dir.join("appraisals/sa-1.json"), first).unwrap();
    std::fs::write(dir.join("appraisals/sa-final.json"), last.expect("final")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_parscore"))
        .current_dir(root())
        .args(["rank", &path(SA_FILE), &path("sb.score.json"), "--criteria", TEACHING])
        .args(["--keyring", &path("keyring.json"), "--roster", &path("roster.csv"), "--survey", &path("survey.csv")])
        .args(["--appraisals", &path("appraisals"), "--json"])
        .output()
        .expect("parscore runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let cli_json: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(page_json, cli_json);
    let sa = cli_json["agencies"].as_array().unwrap().iter().find(|a| a["code"] == "SA").cloned().unwrap();
    let appraised_index = rows(&state).into_iter().find(|r| r.0 == "SA").unwrap();
    assert!(appraised_index.2);
    assert_eq!(sa["index"].as_str().map(|i| i.replace('.', ",")), Some(appraised_index.1));
}

#[test]
fn the_ranking_is_derived_again_when_a_final_appraisal_is_signed_not_while_typing() {
    let (store, council) = (MemoryStore::default(), council());
    let mut state = page(&store, &council, &received());
    state.reduce(Action::Appraisal(A::Started { file: SA_FILE.into() }));
    let before = state.round.register.clone().expect("a register");
    let changed = A::CommentChanged { round: Round::Appraisal, code: "1.1".into(), text: "Đúng hạn".into() };
    state.reduce(Action::Appraisal(changed));
    assert!(std::rc::Rc::ptr_eq(&before, &state.round.register.clone().unwrap()));
    appraise_sa(&mut state, &council, true);
    assert!(!std::rc::Rc::ptr_eq(&before, &state.round.register.clone().unwrap()));
}
