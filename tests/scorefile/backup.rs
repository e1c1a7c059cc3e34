//! The agency key's encrypted backup (read and made by OpenSSL too), and inputs that must never
//! panic: arbitrary bytes as score files and backups, several changed bytes never verifying.

use parscore::scorefile::keys::{self, KeyError};
use parscore::scorefile::{self, Report};
use util::signing::*;

use crate::util;

fn verify(bytes: &[u8]) -> Report {
    super::files::verify(bytes)
}

#[test]
fn a_wrong_passphrase_is_a_plain_typed_error() {
    let pem = keys::backup_pem(&vector_key(), "đúng mật khẩu").unwrap();
    assert_eq!(keys::restore_backup(&pem, "sai mật khẩu"), Err(KeyError::WrongPassphrase));
    assert_eq!(KeyError::WrongPassphrase.to_string(), "wrong passphrase: the backup cannot be opened with it");
    assert_eq!(keys::restore_backup(&pem, "đúng mật khẩu").unwrap(), vector_key());
}

fn openssl() -> Option<std::process::Command> {
    match std::process::Command::new("openssl").arg("version").output() {
        Ok(out) if out.status.success() => Some(std::process::Command::new("openssl")),
        _ => {
            eprintln!("SKIPPED: the openssl binary is not installed (apt-get install openssl)");
            None
        }
    }
}

#[test]
fn the_backup_is_readable_by_openssl() {
    let Some(mut cmd) = openssl() else { return };
    let dir = temp_dir("openssl-read");
    let path = dir.join("key.pem");
    std::fs::write(&path, keys::backup_pem(&vector_key(), "mật khẩu dài").unwrap()).unwrap();
    let out = cmd
        .args(["pkey", "-in", path.to_str().unwrap(), "-passin", "pass:mật khẩu dài", "-pubout", "-outform", "DER"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // SubjectPublicKeyInfo of Ed25519: 12 bytes of header, then the 32-byte key.
    assert_eq!(&out.stdout[12..], vector_key().verifying_key().as_bytes());
    let wrong = openssl()
        .unwrap()
        .args(["pkey", "-in", path.to_str().unwrap(), "-passin", "pass:wrong passphrase", "-noout"])
        .output()
        .unwrap();
    assert!(!wrong.status.success(), "openssl must refuse a wrong passphrase too");
}

/// A fresh directory holding `plain.pem`, an Ed25519 key OpenSSL generated; `None` without OpenSSL.
fn openssl_key_in(name: &str) -> Option<std::path::PathBuf> {
    let dir = temp_dir(name);
    let plain = dir.join("plain.pem");
    let status = openssl()?.args(["genpkey", "-algorithm", "ed25519", "-out", plain.to_str().unwrap()]).status();
    assert!(status.unwrap().success());
    Some(dir)
}

#[test]
fn a_backup_made_by_openssl_is_restored() {
    let Some(dir) = openssl_key_in("openssl-write") else { return };
    let (plain, encrypted) = (dir.join("plain.pem"), dir.join("encrypted.pem"));
    let status = openssl()
        .unwrap()
        .args(["pkcs8", "-topk8", "-scrypt", "-v2", "aes-256-cbc", "-passout", "pass:openssl made"])
        .args(["-in", plain.to_str().unwrap(), "-out", encrypted.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let key = keys::restore_backup(&std::fs::read_to_string(&encrypted).unwrap(), "openssl made").unwrap();
    let public = openssl()
        .unwrap()
        .args(["pkey", "-in", plain.to_str().unwrap(), "-pubout", "-outform", "DER"])
        .output()
        .unwrap();
    assert_eq!(&public.stdout[12..], key.verifying_key().as_bytes());
}

#[test]
fn a_pbkdf2_backup_made_by_openssl_is_refused_with_a_reason() {
    // `openssl pkcs8 -topk8 -v2 aes-256-cbc` without -scrypt uses PBKDF2, which parscore does not
    // read: the reason says so and how to convert it.
    let Some(dir) = openssl_key_in("openssl-pbkdf2") else { return };
    let (plain, encrypted) = (dir.join("plain.pem"), dir.join("encrypted.pem"));
    let status = openssl()
        .unwrap()
        .args(["pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:openssl made"])
        .args(["-in", plain.to_str().unwrap(), "-out", encrypted.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    match keys::restore_backup(&std::fs::read_to_string(&encrypted).unwrap(), "openssl made") {
        Err(KeyError::BadBackup(reason)) => {
            assert!(reason.contains("PBKDF2") && reason.contains("-scrypt"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
    // An unencrypted PKCS#8 file is named for what it is.
    let err = keys::restore_backup(&std::fs::read_to_string(&plain).unwrap(), "openssl made").unwrap_err();
    assert!(err.to_string().contains("found \"PRIVATE KEY\""), "{err}");
}

mod no_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn arbitrary_bytes_never_panic_and_never_verify(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            prop_assert_eq!(scorefile::verify(&bytes, &[], None).verdict(), scorefile::Verdict::Invalid);
        }

        #[test]
        fn arbitrary_backups_never_panic(text in ".{0,400}", bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            use base64ct::{Base64, Encoding};
            prop_assert!(matches!(keys::restore_backup(&text, "passphrase"), Err(KeyError::BadBackup(_))));
            let pem = format!(
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\n{}\n-----END ENCRYPTED PRIVATE KEY-----\n",
                Base64::encode_string(&bytes)
            );
            prop_assert!(matches!(keys::restore_backup(&pem, "passphrase"), Err(KeyError::BadBackup(_))));
        }

        #[test]
        fn several_changed_bytes_never_verify(edits in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..6)) {
            let mut bytes = vector_file().canonical_bytes();
            for (at, flip) in &edits {
                let i = at.index(bytes.len());
                bytes[i] ^= flip;
            }
            let changed = bytes != vector_file().canonical_bytes();
            prop_assume!(changed);
            prop_assert!(!verify(&bytes).is_valid());
        }
    }
}
