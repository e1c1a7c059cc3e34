//! What each fuzz target checks, in one place: the targets in fuzz/fuzz_targets/ call these on
//! every input, and tests/fuzz_regressions.rs replays the saved findings in
//! tests/fuzz-regressions/<target>/ through the same functions. Nothing may panic, whatever the
//! bytes; the asserts below are properties that must hold as well.
// Each target calls one check: the others, and their re-exports, go unused there.
#![allow(dead_code, unused_imports)]

#[path = "structured.rs"]
mod structured;
pub use structured::{appraisal, appraisal_verified, draft_signed, draft_structured};

use std::sync::LazyLock;

use ed25519_dalek::SigningKey;
use parscore::answers::{Agency, CriteriaRef, Draft};
use parscore::criteria::{self, CriteriaSet};
use parscore::scorefile::keys::{self, DidKey, Keyring, PublicKeyFile};
use parscore::scorefile::{self, proof, App, BuildError, Failure, Report, Timestamp};
use parscore::scoring::{self, explain, insights, Scorecard};
use parscore::{Decimal, Lang};
use serde_json::Value;

/// The shipped sets; the teaching set first.
static SETS: LazyLock<Vec<CriteriaSet>> = LazyLock::new(|| {
    [
        include_str!("../criteria/teaching-demo.json"),
        include_str!("../criteria/province-876-2022.json"),
        include_str!("../criteria/province-2948-2017.json"),
        include_str!("../criteria/department-camau-1880-2013.json"),
        include_str!("../criteria/commune-hue-2204-2022.json"),
    ]
    .iter()
    .map(|text| criteria::load(text).expect("a shipped set loads"))
    .collect()
});

/// The score-file test vector's key (seed 0x00, 0x01, …, 0x1f; tests/util/signing.rs), which
/// signed tests/golden/teaching-demo.score.json.
static KEY: LazyLock<SigningKey> = LazyLock::new(|| SigningKey::from_bytes(&std::array::from_fn(|i| i as u8)));

/// A keyring registering the vector key to the vector's agency.
static KEYRING: LazyLock<Keyring> = LazyLock::new(|| {
    Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&KEY), "Sở Minh Hoạ (đơn vị mẫu)", "SMH")])
});

fn created() -> Timestamp {
    Timestamp::parse("2026-01-15T08:30:00Z").expect("time")
}

/// Everything the shells show for a scorecard: explanations of every node, the total, the JSON
/// view and the located problems, in both languages.
fn render(set: &CriteriaSet, card: &Scorecard) {
    assert_eq!(card.nodes.len(), set.nodes.len());
    for lang in [Lang::Vi, Lang::En] {
        for id in 0..set.nodes.len() {
            let _ = explain::explain(set, card, id, lang);
        }
        let _ = explain::explain_total(set, card, lang);
        let _ = scoring::json::to_json(set, card, lang);
        for problem in &card.problems {
            let _ = problem.located(lang);
        }
    }
}

/// Target `criteria`: any text through `signedset::verify_set` and `criteria::load` (parsing and
/// validation); a set that loads is scored with an empty draft, rendered, its insights computed,
/// and diffed against itself (no difference) and the teaching set.
pub fn criteria(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Any text gets a verdict on its signature, in words, never a panic.
    let trust = parscore::signedset::verify_set(text, Some(&KEYRING));
    let _ = (trust.text(Lang::Vi), trust.text(Lang::En));
    let set = match criteria::load(text) {
        Ok(set) => set,
        Err(errors) => {
            assert!(!errors.is_empty(), "a set that does not load names at least one problem");
            for e in &errors {
                let _ = (e.text(Lang::Vi), e.text(Lang::En));
            }
            return;
        }
    };
    let agency = Agency { name: "Fuzz".into(), code: "FZ".into(), level: set.level };
    let draft = Draft::new(&set, agency, set.year);
    let card = scoring::score(&set, &draft);
    render(&set, &card);
    let _ = insights::points_lost(&set, &draft, &card);
    let _ = insights::project(&set, &draft, None);
    assert!(criteria::diff(&set, &set).is_empty(), "a set differs from itself");
    let _ = criteria::diff(&SETS[0], &set).lines(Lang::Vi, explain::describe_rule);
}

/// Target `draft_scoring`: any text through `Draft::from_json`; a draft that parses is scored
/// against the teaching set, rendered, its points lost, next steps and projection computed; then
/// it is signed for the teaching set, and a file that parscore signs must verify.
pub fn draft_scoring(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let draft = match Draft::from_json(text) {
        Ok(draft) => draft,
        Err(e) => {
            let _ = (e.text(Lang::Vi), e.text(Lang::En));
            return;
        }
    };
    let set = &SETS[0];
    let card = scoring::score(set, &draft);
    render(set, &card);
    for loss in insights::points_lost(set, &draft, &card) {
        if let Some(step) = &loss.next {
            let _ = insights::describe_step(set, loss.node, step, Lang::Vi);
        }
    }
    // An expected survey percent taken from the input, out of [0, 100] at times on purpose.
    let expected = Decimal::from_units((data.len() as i128 - 64) * Decimal::ONE.units());
    let _ = insights::project(set, &draft, None);
    let _ = insights::project(set, &draft, Some(expected));
    let _ = draft.to_json_pretty();

    let mut draft = draft;
    draft.criteria = CriteriaRef::of(set);
    let app = App { name: "parscore".into(), version: "0.1.0".into() };
    match scorefile::sign(set, &draft, &KEY, created(), app) {
        Ok(file) => {
            for bytes in [file.canonical_bytes(), file.to_json_pretty().into_bytes()] {
                // No keyring: everything but the signer is verified.
                let report = scorefile::verify(&bytes, std::slice::from_ref(set), None);
                assert!(report.failures.is_empty(), "a file parscore signed does not verify: {:?}", report.failures);
                assert_eq!(report.verdict(), scorefile::Verdict::SignatureOnly);
            }
        }
        Err(BuildError::CriteriaMismatch { .. }) => panic!("the draft names the teaching set"),
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

fn verify(bytes: &[u8]) -> Report {
    let report = scorefile::verify(bytes, &SETS, Some(&KEYRING));
    for failure in &report.failures {
        let _ = failure.to_string();
    }
    let _ = serde_json::to_string(&report);
    report
}

/// Target `score_file`: any bytes through `scorefile::verify` against the shipped sets and the
/// vector's keyring (and with neither). Random bytes almost never carry a valid signature, so a
/// JSON object is also re-signed with the vector key and verified again, which fuzzes the checks
/// behind the signature (keyring, criteria, recomputation); such a file must not fail on its
/// signature.
pub fn score_file(data: &[u8]) {
    verify(data);
    let _ = scorefile::verify(data, &[], None);

    let Ok(Value::Object(mut document)) = serde_json::from_slice::<Value>(data) else { return };
    document.remove("proof");
    let mut document = Value::Object(document);
    let options = proof::options(&DidKey::of(&KEY), created());
    let Ok(signed) = proof::create_proof(&document, &options, &KEY) else { return };
    document["proof"] = signed;
    let Ok(bytes) = serde_json::to_vec(&document) else { return };
    let report = verify(&bytes);
    if let Some(failure) = report.failures.iter().find(|f| matches!(f, Failure::BadSignature { .. })) {
        panic!("a freshly signed file fails on its signature: {failure}");
    }
}

/// The passphrase of the seed backup tests/fuzz-seeds/key-backup.pem, so that mutations of it
/// reach decryption and the PKCS#8 inside, not only the wrong-passphrase path.
const BACKUP_PASSPHRASE: &str = "fuzz passphrase";

/// Target `key_backup`: any text as a key backup file (what a user picks on the restore screen):
/// opened, or refused with a reason; never a panic, and the limits on scrypt's cost hold before
/// any work is done.
pub fn key_backup(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match keys::restore_backup(&text, BACKUP_PASSPHRASE) {
        Ok(key) => assert!(DidKey::of(&key).did().starts_with("did:key:z6Mk")),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

/// Target `sheet`: any bytes as a criteria spreadsheet (XLSX and CSV, what an authority imports):
/// read, or refused with located problems in both languages; never a panic. A sheet that gives a
/// valid set must give it again through a CSV and an XLSX of its own.
pub fn sheet(data: &[u8]) {
    use parscore::sheet;
    for imported in [sheet::import_csv(data), sheet::import_xlsx(data)] {
        for problem in imported.problems.iter().chain(&imported.notices) {
            assert!(!problem.text(Lang::Vi).is_empty() && !problem.text(Lang::En).is_empty());
        }
        if imported.raw.is_none() {
            assert!(!imported.problems.is_empty(), "a sheet that gives no set says why");
        }
        let Ok(raw) = imported.into_result() else { continue };
        let hash = |raw: &parscore::criteria::raw::RawCriteriaSet| {
            serde_json::to_value(raw).ok().and_then(|v| parscore::canonical::sha256_hex(&v).ok())
        };
        let csv = sheet::export_csv(&raw).expect("a set read from a sheet can be written as one");
        let again = sheet::import_csv(&csv).into_result().expect("a written sheet reads back");
        assert_eq!(hash(&again), hash(&raw), "CSV round trip");
        let xlsx = sheet::export_xlsx(&raw).expect("a set read from a sheet can be written as one");
        let again = sheet::import_xlsx(&xlsx).into_result().expect("a written workbook reads back");
        assert_eq!(hash(&again), hash(&raw), "XLSX round trip");
    }
}
