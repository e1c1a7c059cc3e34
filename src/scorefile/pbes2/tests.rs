use super::der::INTEGER;
use super::*;

/// Made by the `pkcs8` crate (0.11, which this module replaced) with the salt and IV below:
/// the new writer must produce the very same bytes.
const PKCS8_CRATE_PEM: &str = "-----BEGIN ENCRYPTED PRIVATE KEY-----
MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSsGAQQB2kcECzAcBBD3gJ0LvqdbfGuXA1Aq
KukzAgJAAAIBCAIBATAdBglghkgBZQMEASoEEALErnNLiBWeCtpwtYXroiIEQOq6
QVrGHS5JNUBmWWOGWWP71RIQUyjj7ZPvyN+DZh1hCOCieSprLJmepkIScR3EwR3a
rWOCx5U70gLNaOn3NsA=
-----END ENCRYPTED PRIVATE KEY-----
";
const PKCS8_CRATE_PASSPHRASE: &str = "mật khẩu cũ của bản sao";
const PKCS8_CRATE_SALT: &str = "f7809d0bbea75b7c6b9703502a2ae933";
const PKCS8_CRATE_IV: &str = "02c4ae734b88159e0ada70b585eba222";

/// `openssl genpkey -algorithm ed25519 | openssl pkcs8 -topk8 -scrypt -v2 aes-256-cbc` (OpenSSL
/// 3.0): an 8-byte salt, N = 2^14, r = 8, p = 1, no keyLength.
const OPENSSL_PEM: &str = "-----BEGIN ENCRYPTED PRIVATE KEY-----
MIGTME8GCSqGSIb3DQEFDTBCMCEGCSsGAQQB2kcECzAUBAjOP5Gzo7Go9AICQAAC
AQgCAQEwHQYJYIZIAWUDBAEqBBDYxEeiGliDJeGA2naCF4pRBECKmxUsDkW9tvmt
qesTFWSrBPTHgnWPlIZZO+iDMCc9O8Wnwj4XwTAXGw0dbFKXs9p+/RcGX6oMFo/V
nEbH0zPB
-----END ENCRYPTED PRIVATE KEY-----
";
const OPENSSL_PASSPHRASE: &[u8] = b"openssl made it";
const OPENSSL_SEED: &str = "b84b296a45444ae775b56ce3cf698e8d8fb77af69e7895c13448adc1398fa0d9";
const OPENSSL_PUBLIC: &str = "8397440f3381f375fafa425db200e5c8cebd659797d044873f65090a7776c6a0";

const PASS: &[u8] = b"correct horse battery";
/// scrypt at N = 2, r = 1, p = 1: instant, for the many structural tests.
const CHEAP: (u8, u32, u32) = (1, 1, 1);
const SALT: [u8; 16] = [5; 16];
const IV: [u8; 16] = [9; 16];

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
}

fn key() -> SigningKey {
    SigningKey::from_bytes(&[0x42; 32])
}

fn reason(result: Result<SigningKey, KeyError>) -> String {
    match result {
        Err(KeyError::BadBackup(reason)) => reason,
        other => panic!("expected BadBackup, got {other:?}"),
    }
}

/// An EncryptedPrivateKeyInfo built piece by piece, to try what other writers might produce.
struct Recipe {
    scheme: &'static [u8],
    kdf: &'static [u8],
    cipher: &'static [u8],
    salt: Vec<u8>,
    /// The INTEGERs of scrypt-params after the salt (N, r, p and maybe keyLength), as DER.
    settings: Vec<Vec<u8>>,
    iv: Vec<u8>,
}

impl Recipe {
    fn new() -> Recipe {
        Recipe {
            scheme: OID_PBES2,
            kdf: OID_SCRYPT,
            cipher: OID_AES256_CBC,
            salt: SALT.to_vec(),
            settings: vec![der_uint(2), der_uint(1), der_uint(1)],
            iv: IV.to_vec(),
        }
    }

    /// The DER, with `plain` encrypted under [`PASS`] at the cheap settings.
    fn der(&self, plain: &[u8]) -> Vec<u8> {
        let params = scrypt::Params::new(CHEAP.0, CHEAP.1, CHEAP.2).unwrap();
        let key = derive_key(PASS, &self.salt, &params).unwrap();
        let mut encrypted = plain.to_vec();
        cbc_encrypt(&key, &IV, &mut encrypted);
        let mut settings = vec![tlv(OCTET_STRING, &[&self.salt])];
        settings.extend(self.settings.iter().cloned());
        let settings: Vec<&[u8]> = settings.iter().map(Vec::as_slice).collect();
        let kdf = tlv(SEQUENCE, &[&tlv(OID, &[self.kdf]), &tlv(SEQUENCE, &settings)]);
        let cipher = tlv(SEQUENCE, &[&tlv(OID, &[self.cipher]), &tlv(OCTET_STRING, &[&self.iv])]);
        let algorithm = tlv(SEQUENCE, &[&tlv(OID, &[self.scheme]), &tlv(SEQUENCE, &[&kdf, &cipher])]);
        tlv(SEQUENCE, &[&algorithm, &tlv(OCTET_STRING, &[&encrypted])])
    }

    fn open(&self, plain: &[u8]) -> Result<SigningKey, KeyError> {
        open(&to_pem(&self.der(plain)), PASS)
    }
}

/// A OneAsymmetricKey of [`key`] with the given version and optional trailing fields.
fn one_asymmetric_key(version: u64, algorithm: &[u8], seed: &[u8], extra: &[&[u8]]) -> Vec<u8> {
    let private_key = tlv(OCTET_STRING, &[&tlv(OCTET_STRING, &[seed])]);
    let mut parts: Vec<&[u8]> = vec![&[]; 0];
    let version = der_uint(version);
    parts.extend([version.as_slice(), algorithm, &private_key]);
    parts.extend(extra);
    tlv(SEQUENCE, &parts)
}

fn ed25519_algorithm() -> Vec<u8> {
    tlv(SEQUENCE, &[&tlv(OID, &[OID_ED25519])])
}

fn public_key(key: &SigningKey) -> Vec<u8> {
    tlv(PUBLIC_KEY, &[&[0], key.verifying_key().as_bytes()])
}

#[test]
fn writes_the_bytes_the_pkcs8_crate_wrote_and_reads_them_back() {
    let salt: [u8; 16] = unhex(PKCS8_CRATE_SALT).try_into().unwrap();
    let iv: [u8; 16] = unhex(PKCS8_CRATE_IV).try_into().unwrap();
    let passphrase = super::super::nfc::to_nfc(PKCS8_CRATE_PASSPHRASE);
    assert_eq!(seal(&key(), passphrase.as_bytes(), &salt, &iv).unwrap(), PKCS8_CRATE_PEM);
    assert_eq!(open(PKCS8_CRATE_PEM, passphrase.as_bytes()).unwrap(), key());
    // What was written parses back to the same settings.
    let der = pem_body(PKCS8_CRATE_PEM).unwrap();
    let sealed = parse_sealed(&der).unwrap();
    assert_eq!((sealed.salt, sealed.iv, sealed.encrypted.len()), (&salt[..], iv, 64));
    assert_eq!((sealed.params.log_n(), sealed.params.r(), sealed.params.p()), (14, 8, 1));
    assert_eq!(&*private_key_info(&key()), &der_private_key_info_by_hand(&[0x42; 32])[..]);
}

/// RFC 8410 section 10.3's layout, spelled out.
fn der_private_key_info_by_hand(seed: &[u8; 32]) -> Vec<u8> {
    let mut der = vec![0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
    der.extend_from_slice(seed);
    der
}

#[test]
fn reads_what_openssl_writes() {
    let key = open(OPENSSL_PEM, OPENSSL_PASSPHRASE).unwrap();
    assert_eq!(key.to_bytes().to_vec(), unhex(OPENSSL_SEED));
    assert_eq!(key.verifying_key().as_bytes().to_vec(), unhex(OPENSSL_PUBLIC));
    assert_eq!(open(OPENSSL_PEM, b"openssl made it!").unwrap_err(), KeyError::WrongPassphrase);
    // Windows line endings and stray blank space around the lines are fine.
    let crlf = format!("\n  {}  \n", OPENSSL_PEM.replace('\n', "\r\n"));
    assert_eq!(open(&crlf, OPENSSL_PASSPHRASE).unwrap(), key);
}

#[test]
fn a_wrong_passphrase_is_told_apart_from_a_bad_file() {
    let plain = private_key_info(&key());
    assert_eq!(Recipe::new().open(&plain).unwrap(), key());
    let pem = to_pem(&Recipe::new().der(&plain));
    for wrong in [&b"correct horse battery "[..], b"", b"Correct horse battery"] {
        assert_eq!(open(&pem, wrong).unwrap_err(), KeyError::WrongPassphrase);
    }
    // Bytes that are not PKCS#8 behind valid padding: a wrong passphrase too.
    assert_eq!(Recipe::new().open(b"not a private key info").unwrap_err(), KeyError::WrongPassphrase);
    assert_eq!(Recipe::new().open(&[0x30, 0x00, 0x30]).unwrap_err(), KeyError::WrongPassphrase);
}

#[test]
fn optional_fields_openssl_or_others_may_write_are_read() {
    let plain = private_key_info(&key());
    let mut with_length = Recipe::new();
    with_length.settings.push(der_uint(32));
    assert_eq!(with_length.open(&plain).unwrap(), key());
    // Version 2 with the public key, and attributes.
    let v2 = one_asymmetric_key(1, &ed25519_algorithm(), &[0x42; 32], &[&public_key(&key())]);
    assert_eq!(Recipe::new().open(&v2).unwrap(), key());
    let attributes = tlv(ATTRIBUTES, &[&tlv(SEQUENCE, &[&tlv(OID, &[&[0x2a, 0x03]]), &tlv(0x31, &[])])]);
    let both = one_asymmetric_key(1, &ed25519_algorithm(), &[0x42; 32], &[&attributes, &public_key(&key())]);
    assert_eq!(Recipe::new().open(&both).unwrap(), key());
    let v1 = one_asymmetric_key(0, &ed25519_algorithm(), &[0x42; 32], &[&attributes]);
    assert_eq!(Recipe::new().open(&v1).unwrap(), key());
}

#[test]
fn other_algorithms_and_settings_are_refused_with_a_reason() {
    let plain = private_key_info(&key());
    let with = |change: &dyn Fn(&mut Recipe)| {
        let mut recipe = Recipe::new();
        change(&mut recipe);
        reason(recipe.open(&plain))
    };
    // pbeWithSHAAnd3-KeyTripleDES-CBC (PKCS#12 PBE), PBKDF2, AES-128-CBC.
    let pkcs12: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01, 0x03];
    let aes128: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x02];
    for (got, expected) in [
        (with(&|r| r.scheme = pkcs12), "only PBES2 backups are read (this one uses 1.2.840.113549.1.12.1.3)"),
        (with(&|r| r.kdf = OID_PBKDF2), "PBKDF2; only scrypt"),
        (with(&|r| r.kdf = OID_ED25519), "its key derivation (1.3.101.112) is not supported"),
        (with(&|r| r.cipher = aes128), "its encryption (2.16.840.1.101.3.4.1.2) is not supported"),
        (with(&|r| r.settings.push(der_uint(16))), "keyLength is 16"),
        (with(&|r| r.iv = vec![9; 8]), "IV is not 16 bytes"),
        (with(&|r| r.settings[0] = der_uint(3)), "not a power of two"),
        (with(&|r| r.settings[0] = der_uint(1)), "not a power of two"),
        (with(&|r| r.settings[1] = der_uint(0)), "at least 1"),
        (with(&|r| r.settings[2] = der_uint(1 << 32)), "too large"),
        // 128 · 2^20 · 8 bytes = 1 GiB, refused before any work.
        (with(&|r| r.settings = vec![der_uint(1 << 20), der_uint(8), der_uint(1)]), "1024 MiB of memory"),
        (with(&|r| r.settings = vec![der_uint(1 << 14), der_uint(8), der_uint(1 << 20)]), "MiB of memory"),
        (with(&|r| r.settings.push(tlv(OCTET_STRING, &[]))), "expected DER tag 0x02"),
        (with(&|r| r.settings.truncate(2)), "ends too early"),
        (with(&|r| r.settings[0] = tlv(INTEGER, &[&[0x80, 0]])), "negative"),
        (with(&|r| r.settings[0] = tlv(INTEGER, &[&[0, 2]])), "not minimally encoded"),
        (with(&|r| r.settings[0] = tlv(INTEGER, &[])), "empty"),
        (with(&|r| r.settings[0] = tlv(INTEGER, &[&[1; 9]])), "too large"),
    ] {
        assert!(got.contains(expected), "{got:?} should say {expected:?}");
    }
    // Another kind of key inside (rsaEncryption, NULL parameters), or damaged Ed25519 ones.
    let rsa = tlv(SEQUENCE, &[&tlv(OID, &[&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]]), &[0x05, 0x00]]);
    let rsa_key = one_asymmetric_key(0, &rsa, &[1; 32], &[]);
    assert_eq!(reason(Recipe::new().open(&rsa_key)), "it holds a 1.2.840.113549.1.1.1 key, not an Ed25519 key");
    let with_null = tlv(SEQUENCE, &[&tlv(OID, &[OID_ED25519]), &[0x05, 0x00]]);
    for (plain, expected) in [
        (one_asymmetric_key(0, &with_null, &[0x42; 32], &[]), "has parameters"),
        (one_asymmetric_key(0, &ed25519_algorithm(), &[0x42; 31], &[]), "not 32 bytes"),
        (one_asymmetric_key(0, &ed25519_algorithm(), &[0x42; 32], &[&public_key(&key())]), "version 2"),
        (
            one_asymmetric_key(1, &ed25519_algorithm(), &[0x42; 32], &[&public_key(&SigningKey::from_bytes(&[7; 32]))]),
            "not the private key's",
        ),
    ] {
        let got = reason(Recipe::new().open(&plain));
        assert!(got.starts_with("its Ed25519 key is damaged") && got.contains(expected), "{got}");
    }
}

#[test]
fn damaged_der_is_a_bad_backup_and_never_a_panic() {
    let plain = private_key_info(&key());
    let der = Recipe::new().der(&plain);
    // Every truncation, and a byte too many.
    for len in 0..der.len() {
        assert!(reason(open(&to_pem(&der[..len]), PASS)).starts_with("not a"), "{len}");
    }
    let mut longer = der.clone();
    longer.push(0);
    assert!(reason(open(&to_pem(&longer), PASS)).contains("unexpected bytes after"));
    // Lengths: longer than the data, indefinite (BER), 3 length bytes, not minimal.
    for (bytes, expected) in [
        (&[0x30, 0x05, 0x04, 0x00][..], "longer than the data"),
        (&[0x30, 0x80, 0x00, 0x00], "indefinite or too long"),
        (&[0x30, 0x83, 0x00, 0x00, 0x01, 0x00], "indefinite or too long"),
        (&[0x30, 0x81, 0x02, 0x04, 0x00], "not minimal"),
        (&[0x30, 0x82, 0x00, 0x02, 0x04, 0x00], "not minimal"),
        (&[0x30, 0x82, 0xff, 0xff], "longer than the data"),
        (&[0x31, 0x00], "expected DER tag 0x30, found 0x31"),
    ] {
        let got = reason(open(&to_pem(bytes), PASS));
        assert!(got.contains(expected), "{bytes:02x?}: {got}");
    }
    // Every single-byte change: a typed error or, as CBC has no integrity check, some key.
    for at in 0..der.len() {
        for flip in [0x01, 0x80, 0xff] {
            let mut changed = der.clone();
            changed[at] ^= flip;
            match open(&to_pem(&changed), PASS) {
                Ok(_) | Err(KeyError::BadBackup(_) | KeyError::WrongPassphrase) => {}
                Err(other) => panic!("{other:?}"),
            }
        }
    }
    // Pseudo-random bytes behind a plausible start.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for round in 0..2000 {
        let mut bytes = vec![0x30, 0x81, 0x90, 0x30];
        for _ in 0..(round % 200) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes.push(state as u8);
        }
        assert!(matches!(open(&to_pem(&bytes), PASS), Err(KeyError::BadBackup(_))));
    }
}

#[test]
fn pem_problems_are_named() {
    let pem = to_pem(&Recipe::new().der(&private_key_info(&key())));
    for (text, expected) in [
        ("", "not a PEM file (it does not start with -----BEGIN)"),
        ("MIGb", "does not start with -----BEGIN"),
        ("-----BEGIN ENCRYPTED PRIVATE KEY", "BEGIN line is incomplete"),
        (
            &pem.replace("ENCRYPTED PRIVATE", "PRIVATE"),
            "expected a PEM \"ENCRYPTED PRIVATE KEY\", found \"PRIVATE KEY\"",
        ),
        (&pem.replace("-----END ENCRYPTED PRIVATE KEY-----", ""), "does not end with its END line"),
        (&pem.replacen('M', "*", 1), "its base64 is damaged"),
        (&pem.replacen("\n", "\nProc-Type: 4,ENCRYPTED\n", 1), "its base64 is damaged"),
    ] {
        let got = reason(open(text, PASS));
        assert!(got.contains(expected), "{text:?}: {got}");
    }
}

#[test]
fn integers_and_object_identifiers() {
    for value in [0, 1, 127, 128, 255, 256, 1 << 14, u64::from(u32::MAX), u64::MAX] {
        let der = der_uint(value);
        let mut reader = Der::new(&der);
        assert_eq!(reader.uint(), Ok(value), "{der:02x?}");
        assert!(reader.is_empty());
    }
    assert_eq!(der_uint(1 << 14), [0x02, 0x02, 0x40, 0x00]);
    assert_eq!(der_uint(128), [0x02, 0x02, 0x00, 0x80]);
    for (oid, text) in [
        (OID_PBES2, "1.2.840.113549.1.5.13"),
        (OID_PBKDF2, "1.2.840.113549.1.5.12"),
        (OID_SCRYPT, "1.3.6.1.4.1.11591.4.11"),
        (OID_AES256_CBC, "2.16.840.1.101.3.4.1.42"),
        (OID_ED25519, "1.3.101.112"),
    ] {
        assert_eq!(oid_text(oid), text);
    }
    assert_eq!(oid_text(&[]), "?");
    assert_eq!(oid_text(&[0x2b, 0x86]), "?");
    assert_eq!(oid_text(&[0x80, 0x01]), "?");
    assert_eq!(oid_text(&[0xff; 12]), "?");
    // Long elements use two length bytes.
    assert_eq!(tlv(OCTET_STRING, &[&[0; 300]])[..4], [0x04, 0x82, 0x01, 0x2c]);
    assert_eq!(tlv(OCTET_STRING, &[&[0; 200]])[..3], [0x04, 0x81, 0xc8]);
}
