//! Signing and verifying in the browser's WebAssembly, where the app does it: the same bytes as
//! natively (the published vector), a round trip with a key from the browser's randomness, any
//! changed byte refused, and the passphrase-encrypted key backup. The app's stored key (the model) is tested natively
//! in tests/app/signing.rs.

use ed25519_dalek::SigningKey;
use parscore::answers::Draft;
use parscore::criteria::{self, CriteriaSet};
use parscore::scorefile::{self, keys, App, Keyring, PublicKeyFile, Timestamp};
use wasm_bindgen_test::*;

const TEACHING: &str = include_str!("../../criteria/teaching-demo.json");
const DEMO: &str = include_str!("../../criteria/demo/teaching-demo.draft.json");
const VECTOR: &str = include_str!("../golden/teaching-demo.score-vector.json");

fn set() -> CriteriaSet {
    criteria::load(TEACHING).expect("teaching set")
}

fn draft() -> Draft {
    Draft::from_json(DEMO).expect("demo draft")
}

fn vector() -> serde_json::Value {
    serde_json::from_str(VECTOR).expect("vector")
}

#[wasm_bindgen_test]
fn the_published_vector_is_reproduced_byte_for_byte() {
    let v = vector();
    let seed: Vec<u8> = (0u8..32).collect();
    let key = SigningKey::from_bytes(&seed.try_into().unwrap());
    let created = Timestamp::parse(v["created"].as_str().unwrap()).unwrap();
    let app = App { name: "parscore".into(), version: "0.1.0".into() };
    let file = scorefile::sign(&set(), &draft(), &key, created, app).expect("signs");
    let document = parscore::canonical::to_canonical(&file.document.to_value()).unwrap();
    assert_eq!(String::from_utf8(document).unwrap(), v["canonical_document"].as_str().unwrap());
    assert_eq!(file.proof.proof_value, v["proof_value"].as_str().unwrap());
}

#[wasm_bindgen_test]
fn sign_then_verify_round_trips_with_a_browser_generated_key() {
    let key = keys::generate().expect("the browser gives randomness");
    let did = scorefile::DidKey::of(&key);
    let created = Timestamp::parse("2026-11-22T08:00:00Z").unwrap();
    let file = scorefile::sign(&set(), &draft(), &key, created, App::this()).expect("signs");
    let bytes = file.to_json_pretty().into_bytes();
    let keyring = Keyring::from_keys(vec![PublicKeyFile::new(&did, "Sở Minh Hoạ", "SMH")]);
    let report = scorefile::verify(&bytes, &[set()], Some(&keyring));
    assert!(report.is_valid(), "{:?}", report.failures);

    // Change one byte inside the signed answers: the file no longer verifies.
    let text = String::from_utf8(bytes.clone()).unwrap();
    let tampered = text.replacen("\"numerator\": 78", "\"numerator\": 98", 1);
    assert_ne!(tampered, text, "the demo answers 2.1 with 78 of 100");
    let report = scorefile::verify(tampered.as_bytes(), &[set()], Some(&keyring));
    assert!(!report.is_valid());
}

#[wasm_bindgen_test]
fn the_key_backup_restores_only_with_its_passphrase() {
    let key = keys::generate().unwrap();
    let pem = keys::backup_pem(&key, "mật khẩu đủ dài").expect("backup");
    assert!(pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    let restored = keys::restore_backup(&pem, "mật khẩu đủ dài").expect("restores");
    assert_eq!(restored.to_bytes(), key.to_bytes());
    assert!(keys::restore_backup(&pem, "sai mật khẩu").is_err());
}
