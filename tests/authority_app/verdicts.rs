//! Verdicts on received files: "Hợp lệ" only for a sound file whose signer is registered for the
//! file's agency code; a warning (never green) for a sound file from an unregistered signer; the
//! core's failures otherwise; two files for the same agency and year flagged.

use parscore::app::authority::keyring::KeyBook;
use parscore::app::authority::received::{duplicates, Duplicate, ReadProblem, ReceivedFile, Unverified, Verdict};
use parscore::app::authority::state::{Action, AuthorityState};
use parscore::app::authority::view::{file_rows, summary, Tone};
use parscore::app::store::MemoryStore;
use parscore::scorefile::{self, Failure};
use parscore::Lang;

use crate::fixtures::{at, fingerprint, key_file, known, score_file};

fn book(keys: &[(u8, &str)]) -> KeyBook {
    let mut book = KeyBook::default();
    for (seed, code) in keys {
        book.add_text("key.json", &key_file(*seed, &format!("Đơn vị {code}"), code), at("2026-12-01T00:00:00Z"));
    }
    book
}

fn received(name: &str, text: &str) -> ReceivedFile {
    ReceivedFile::new(name.into(), Ok(text.into()), &known())
}

#[test]
fn valid_only_when_the_signer_is_registered_for_the_files_agency_code() {
    let file = received("sa.score.json", &score_file(1, "SA", "2026-02-01T00:00:00Z"));
    assert!(matches!(file.verdict(&book(&[(1, "SA")])), Verdict::Valid { registered } if registered.code == "SA"));
    assert_eq!(file.verdict(&KeyBook::default()), Verdict::SignerUnverified(Unverified::NoKeyring));
    assert_eq!(file.verdict(&book(&[(2, "SA")])), Verdict::SignerUnverified(Unverified::NotRegistered));
    let Verdict::SignerUnverified(Unverified::RegisteredToOther(owner)) = file.verdict(&book(&[(1, "SB")])) else {
        panic!("registered to SB");
    };
    assert_eq!(owner.code, "SB");
}

#[test]
fn the_verdict_agrees_with_the_cores_keyring_check() {
    let text = score_file(1, "SA", "2026-02-01T00:00:00Z");
    let file = received("sa.score.json", &text);
    for keys in [book(&[(1, "SA")]), book(&[(2, "SA")]), book(&[(1, "SB")]), book(&[(1, "SA"), (2, "SB")])] {
        let core = scorefile::verify(text.as_bytes(), &known(), Some(&keys.keyring()));
        let ours = file.verdict(&keys);
        assert_eq!(core.is_valid(), matches!(ours, Verdict::Valid { .. }), "{ours:?} against {core:?}");
        let only_unknown_key = core.failures.iter().all(|f| matches!(f, Failure::UnknownKey { .. }));
        assert_eq!(only_unknown_key && !core.is_valid(), matches!(ours, Verdict::SignerUnverified(_)));
    }
}

#[test]
fn an_unregistered_signer_with_the_right_agency_code_is_a_warning_never_valid() {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(Action::BuiltInFetched {
        file: "teaching-demo.json".into(),
        text: Ok(crate::util::signing::read("criteria/teaching-demo.json")),
    });
    state.reduce(Action::KeyFilesRead {
        files: vec![("sa.json".into(), Ok(key_file(1, "Sở A", "SA")))],
        now: at("2026-12-01T00:00:00Z"),
    });
    state.reduce(Action::ScoreFilesRead(vec![
        ("real.score.json".into(), Ok(score_file(1, "SA", "2026-02-01T00:00:00Z"))),
        ("imposter.score.json".into(), Ok(score_file(9, "SA", "2026-02-02T00:00:00Z"))),
    ]));
    let rows = file_rows(&state, Lang::Vi);
    assert_eq!((rows[0].tone, rows[0].verdict.as_str()), (Tone::Valid, "Hợp lệ"));
    assert_eq!(rows[0].reason, "Người ký: Sở A (mã SA), có trong danh sách khoá.");
    assert_eq!(rows[0].agency, "Sở Minh Hoạ (đơn vị mẫu) (SA)");
    assert_eq!((rows[0].year.as_str(), rows[0].index.as_str(), rows[0].band.as_str()), ("2025", "81,00%", "Khá"));
    assert_eq!((rows[1].tone, rows[1].verdict.as_str()), (Tone::Warning, "Chữ ký đúng nhưng chưa xác minh người ký"));
    assert_eq!(rows[1].reason, format!("Khoá ký {} không có trong danh sách khoá cho mã SA.", fingerprint(9)));
    assert_eq!(Tone::Warning.class(), "verdict-warn");
    // Same agency and year, other keys: both flagged as a conflict.
    assert_eq!(
        rows[0].duplicate.as_deref(),
        Some("Xung đột: cùng đơn vị và năm nhưng ký bằng khoá khác với imposter.score.json")
    );
    assert!(rows[1].duplicate.as_deref().is_some_and(|d| d.ends_with("real.score.json")));
    assert_eq!(
        summary(&rows, Lang::Vi),
        "1/2 tệp hợp lệ, 1 tệp chữ ký đúng nhưng chưa xác minh người ký, 0 tệp không hợp lệ."
    );
    let english = file_rows(&state, Lang::En);
    assert_eq!(english[1].verdict, "Signature sound, signer not verified");
}

#[test]
fn a_tampered_file_is_invalid_with_its_reasons_in_both_languages() {
    let text = score_file(1, "SA", "2026-02-01T00:00:00Z");
    let tampered = text.replacen("\"2.1\": \"5\"", "\"2.1\": \"6\"", 1);
    assert_ne!(tampered, text);
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(Action::BuiltInFetched {
        file: "teaching-demo.json".into(),
        text: Ok(crate::util::signing::read("criteria/teaching-demo.json")),
    });
    state.reduce(Action::ScoreFilesRead(vec![("tampered.score.json".into(), Ok(tampered))]));
    let row = &file_rows(&state, Lang::Vi)[0];
    assert_eq!((row.tone, row.verdict.as_str()), (Tone::Invalid, "Không hợp lệ: chữ ký sai, điểm tính lại khác"));
    assert!(row.reason.starts_with("Chữ ký không khớp với nội dung tệp"), "{}", row.reason);
    assert!(row.reason.contains("2.1 "), "{}", row.reason);
    assert!(row.reason.contains("(khai 6, tính lại 5)"), "{}", row.reason);
    let row = &file_rows(&state, Lang::En)[0];
    assert_eq!(row.verdict, "Not valid: bad signature, recomputed score differs");
    assert!(row.reason.contains("(claimed 6, recomputed 5)"), "{}", row.reason);
}

#[test]
fn unreadable_and_malformed_files_say_why() {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(Action::ScoreFilesRead(vec![
        ("latin1.score.json".into(), Err(ReadProblem::NotUtf8 { at: 2 })),
        ("garbage.score.json".into(), Ok("không phải JSON".into())),
    ]));
    let rows = file_rows(&state, Lang::Vi);
    assert_eq!(
        (rows[0].verdict.as_str(), rows[0].reason.as_str()),
        ("Không đọc được tệp", "không phải văn bản UTF-8 (sai từ byte 2)")
    );
    assert_eq!(rows[1].verdict, "Không hợp lệ: sai định dạng");
    assert!(rows[1].reason.starts_with("Tệp sai định dạng tại "), "{}", rows[1].reason);
    assert!(rows.iter().all(|r| r.tone == Tone::Invalid && r.duplicate.is_none()));
}

#[test]
fn two_files_with_the_same_key_the_later_supersedes_the_earlier() {
    let files = [
        received("late.score.json", &score_file(1, "SA", "2026-03-01T00:00:00Z")),
        received("early.score.json", &score_file(1, "SA", "2026-02-01T00:00:00Z")),
        received("other.score.json", &score_file(2, "SB", "2026-02-01T00:00:00Z")),
    ];
    assert_eq!(
        duplicates(&files),
        [
            Some(Duplicate::Supersedes { files: vec!["early.score.json".into()] }),
            Some(Duplicate::SupersededBy { file: "late.score.json".into() }),
            None,
        ]
    );
}

#[test]
fn a_file_whose_signature_fails_is_not_counted_as_a_submission() {
    let text = score_file(1, "SA", "2026-02-01T00:00:00Z");
    let files = [
        received("sa.score.json", &text),
        received("tampered.score.json", &text.replacen("\"2.1\": \"5\"", "\"2.1\": \"6\"", 1)),
    ];
    assert_eq!(duplicates(&files), [None, None]);
}
