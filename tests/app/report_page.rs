//! The official report page's model: the draft and the print flag read from the address, the
//! summary (band, survey still pending), penalties with their minus sign, the record of the last
//! signed file, and the QR code of its SHA-256.

use parscore::answers::InputField;
use parscore::app::report::{csv, points_cell, rows, RowKind};
use parscore::app::report_page::qr::qr_path;
use parscore::app::report_page::signed::{forget, SignedRecord, SIGNED_PREFIX};
use parscore::app::report_page::{report_link, summary, Address};
use parscore::app::store::{MemoryStore, Store};
use parscore::i18n::report::ReportText;
use parscore::i18n::Bilingual;
use parscore::scoring::score;
use parscore::Lang;

use super::{dec, session, typed, with_demo};

#[test]
fn the_address_names_the_draft_and_asks_to_print() {
    assert_eq!(report_link("report.html", "d-3", false), "report.html#draft=d-3");
    assert_eq!(report_link("report.html", "d-3", true), "report.html#draft=d-3&print");
    assert_eq!(Address::parse("#draft=d-3"), Address { draft: Some("d-3".into()), print: false });
    assert_eq!(Address::parse("#draft=d-3&print"), Address { draft: Some("d-3".into()), print: true });
    assert_eq!(Address::parse("print&draft=a%26b"), Address { draft: Some("a&b".into()), print: true });
    assert_eq!(Address::parse(&report_link("", "bản 1", true)), Address { draft: Some("bản 1".into()), print: true });
    // Only the flag itself asks to print: a draft id or another word with "print" in it does not.
    assert_eq!(Address::parse("#draft=print"), Address { draft: Some("print".into()), print: false });
    assert_eq!(Address::parse("#printed"), Address::default());
}

#[test]
fn nothing_answered_has_no_band_and_the_survey_is_pending() {
    let state = with_demo();
    let s = session(&state);
    let empty = summary(&s.set, &s.card, Lang::Vi);
    assert_eq!(empty.band, "Chưa xếp loại", "not the lowest band while nothing is answered");
    assert_eq!(empty.survey_pending, Some((1, 1)), "the demo set's one survey item");
    assert_eq!(summary(&s.set, &s.card, Lang::En).band, "Not yet rated");

    let state = typed(state, "1.1", InputField::Level, "on_time");
    let s = session(&state);
    let some = summary(&s.set, &s.card, Lang::Vi);
    assert_eq!((some.total.as_str(), some.scale.as_str()), ("5", "100"));
    assert_eq!(some.index, "5,00%");
    assert_eq!(some.band, "Yếu");
    assert_eq!(some.survey_pending, Some((1, 1)), "the form never enters survey points");

    // The authority's survey points in (as a signed file's recomputation has them): none pending.
    let mut draft = (*s.draft).clone();
    draft.answers.entry("3.1".into()).or_default().points = Some(dec("10"));
    let card = score(&s.set, &draft);
    let surveyed = summary(&s.set, &card, Lang::Vi);
    assert_eq!((surveyed.total.as_str(), surveyed.survey_pending), ("15", None));
}

#[test]
fn penalties_print_with_a_minus_sign() {
    let state = typed(with_demo(), "P1", InputField::Count, "2");
    let s = session(&state);
    let rows = rows(&s.set, &s.card, &s.draft, Lang::Vi);
    let p1 = rows.iter().find(|r| r.stt == "P1").expect("the penalty item");
    assert!(p1.deducts);
    assert_eq!(points_cell(Lang::Vi, p1), "\u{2212}2");
    let block = rows.iter().rev().find(|r| r.kind == RowKind::Block).expect("the penalty block");
    assert_eq!(points_cell(Lang::Vi, block), "\u{2212}2");
    let bonus = rows.iter().find(|r| r.kind == RowKind::Block).expect("the bonus block");
    assert!(!bonus.deducts);
    // Half a point the Vietnamese way, and no minus on a penalty of nothing.
    let half = parscore::app::report::ReportRow { points: dec("0.5"), ..p1.clone() };
    assert_eq!(points_cell(Lang::Vi, &half), "\u{2212}0,5");
    assert_eq!(points_cell(Lang::En, &half), "\u{2212}0.5");
    let none = parscore::app::report::ReportRow { points: dec("0"), ..p1.clone() };
    assert_eq!(points_cell(Lang::Vi, &none), "0");
    // The CSV: semicolons, and the ASCII minus that Excel reads as a number.
    let text = csv(&s.set, &s.card, &s.draft, Lang::Vi);
    assert!(text.lines().any(|l| l.starts_with("P1;") && l.contains(";5;-2;")), "{text}");
}

#[test]
fn the_last_signed_file_is_kept_per_draft() {
    let store = MemoryStore::default();
    assert_eq!(SignedRecord::load(&store, "7"), None);
    let record = SignedRecord::of("H01-2024-demo.score.json", b"abc", "2026-01-15T08:30:00Z");
    // The SHA-256 of "abc" (FIPS 180-2's example): what sha256sum prints for the file.
    assert_eq!(record.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_eq!(record.day(Lang::Vi), "15/01/2026");
    record.save(&store, "7").expect("a memory store takes it");
    assert_eq!(SignedRecord::load(&store, "7"), Some(record.clone()));
    assert_eq!(SignedRecord::load(&store, "8"), None, "another draft's record is its own");
    // A newer signature replaces it.
    let newer = SignedRecord::of("H01-2024-demo.score.json", b"abcd", "2026-02-01T00:00:00Z");
    newer.save(&store, "7").expect("saved");
    assert_eq!(SignedRecord::load(&store, "7"), Some(newer));
    // A damaged entry counts as none; forgetting removes it.
    store.set(&format!("{SIGNED_PREFIX}9"), "{\"format\":\"parscore-signed-record/1\"").expect("set");
    assert_eq!(SignedRecord::load(&store, "9"), None);
    forget(&store, "7");
    assert_eq!(SignedRecord::load(&store, "7"), None);
}

#[test]
fn the_qr_code_is_a_path_of_unit_squares() {
    let sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    let qr = qr_path(sha).expect("64 characters fit a QR code");
    // 64 bytes at level M need version 5: 37 modules a side.
    assert_eq!(qr.size, 37);
    assert!(qr.d.starts_with("M0 0h1v1h-1z"), "the finder pattern's corner is dark");
    let squares = qr.d.matches('M').count();
    assert!(squares > 37 * 37 / 3 && squares < 37 * 37 * 2 / 3, "{squares} dark modules");
    assert!(!qr.d.contains("style"));
    assert_ne!(qr_path("another hash").map(|q| q.d), Some(qr.d));
}

#[test]
fn every_text_has_both_languages() {
    let texts = [
        ReportText::Nation,
        ReportText::Motto,
        ReportText::DateLine,
        ReportText::Title,
        ReportText::SignerHint,
        ReportText::Recipients,
        ReportText::Number { code: "H01" },
    ];
    for text in texts {
        let (vi, en) = (text.text(Lang::Vi), text.text(Lang::En));
        assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{text:?}");
    }
    assert_eq!(ReportText::Nation.text(Lang::Vi), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert_eq!(ReportText::Motto.text(Lang::Vi), "Độc lập - Tự do - Hạnh phúc");
}
