use parscore::i18n::Bilingual;
use parscore::scorefile::{verify_batch, Keyring, TrustText, Verdict};
use parscore::Lang;

use super::*;

#[test]
fn a_registered_key_for_the_files_agency_code_is_verified() {
    let ring = Keyring::from_keys(vec![public(1, "Sở Minh Hoạ", "SMH")]);
    let report = check(&signed(1, "SMH", "2026-01-15T08:30:00Z", false), Some(&ring));
    assert_eq!(report.verdict(), Verdict::Verified, "{:?}", report.failures);
    assert!(report.is_valid());
    assert_eq!(report.created, Some(time("2026-01-15T08:30:00Z")));
    let signer = report.signer_text().expect("a signer").text(Lang::Vi);
    assert!(signer.starts_with("ký bởi Sở Minh Hoạ (mã SMH)"), "{signer}");
}

#[test]
fn a_second_key_with_the_same_agency_name_and_code_is_signature_only() {
    // The real key (1) is registered; another browser made key 2 with the same name and code.
    let ring = Keyring::from_keys(vec![public(1, "Sở Minh Hoạ", "SMH")]);
    let forged = check(&signed(2, "SMH", "2026-01-16T08:30:00Z", true), Some(&ring));
    assert_eq!(forged.verdict(), Verdict::SignatureOnly);
    assert!(!forged.is_valid());
    assert_eq!(forged.invalid_reasons(), Vec::<TrustText>::new(), "the signature and figures are right");
    let why = forged.signer_text().expect("a signer");
    assert!(matches!(why, TrustText::NotInKeyring { .. }), "{why:?}");
    assert_eq!(Verdict::SignatureOnly.text().text(Lang::Vi), "Chữ ký đúng nhưng chưa xác minh người ký");
    assert_eq!(Verdict::SignatureOnly.text().text(Lang::En), "Signature valid but signer not verified");
}

#[test]
fn without_a_keyring_no_file_is_verified() {
    let report = check(&signed(1, "SMH", "2026-01-15T08:30:00Z", false), None);
    assert!(report.failures.is_empty());
    assert_eq!(report.verdict(), Verdict::SignatureOnly);
    assert_eq!(report.signer_text(), Some(TrustText::NoKeyring));
}

#[test]
fn a_key_registered_for_another_agency_code_is_signature_only_and_says_whose_it_is() {
    let ring = Keyring::from_keys(vec![public(1, "Sở Khác", "SK")]);
    let report = check(&signed(1, "SMH", "2026-01-15T08:30:00Z", false), Some(&ring));
    assert_eq!(report.verdict(), Verdict::SignatureOnly);
    let text = report.signer_text().expect("a signer").text(Lang::En);
    assert!(text.contains("registered to Sở Khác (code SK), not to the file's agency code SMH"), "{text}");
}

#[test]
fn a_tampered_or_unknown_set_file_is_invalid_even_from_a_registered_key() {
    let ring = Keyring::from_keys(vec![public(1, "Sở Minh Hoạ", "SMH")]);
    let text = String::from_utf8(signed(1, "SMH", "2026-01-15T08:30:00Z", false)).unwrap();
    let tampered = text.replace("\"index\": \"81\"", "\"index\": \"91\"");
    assert_ne!(tampered, text);
    let report = check(tampered.as_bytes(), Some(&ring));
    assert_eq!(report.verdict(), Verdict::Invalid);
    let reasons: Vec<String> = report.invalid_reasons().iter().map(|r| r.text(Lang::Vi)).collect();
    assert_eq!(reasons, ["chữ ký sai", "điểm tính lại khác"]);
    let unknown_set = parscore::scorefile::verify(text.as_bytes(), &[], Some(&ring));
    assert_eq!(unknown_set.verdict(), Verdict::Invalid);
    assert_eq!(check(b"{", Some(&ring)).verdict(), Verdict::Invalid);
}

#[test]
fn a_batch_on_every_core_keeps_the_files_order() {
    let ring = Keyring::from_keys(vec![public(1, "Sở Minh Hoạ", "SMH")]);
    let files = vec![
        signed(1, "SMH", "2026-01-15T08:30:00Z", false),
        b"not json".to_vec(),
        signed(2, "SMH", "2026-01-16T08:30:00Z", false),
    ];
    let known = [signing::teaching_set()];
    let reports = verify_batch(&files, &known, Some(&ring));
    let verdicts: Vec<Verdict> = reports.iter().map(|r| r.verdict()).collect();
    assert_eq!(verdicts, [Verdict::Verified, Verdict::Invalid, Verdict::SignatureOnly]);
    for (file, report) in files.iter().zip(&reports) {
        assert_eq!(&parscore::scorefile::verify(file, &known, Some(&ring)), report);
    }
}

#[test]
fn a_report_read_back_from_json_keeps_its_time_and_verdict() {
    let report = check(&signed(2, "SMH", "2026-01-16T08:30:00Z", false), None);
    let back: parscore::scorefile::Report = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
    assert_eq!(back, report);
    assert_eq!(back.verdict(), Verdict::SignatureOnly);
    // Reports from before `created` existed still read.
    let mut old = serde_json::to_value(&report).unwrap();
    old.as_object_mut().unwrap().remove("created");
    let old: parscore::scorefile::Report = serde_json::from_value(old).unwrap();
    assert_eq!(old.created, None);
}
