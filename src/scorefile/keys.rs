//! An agency's Ed25519 key: its did:key, its fingerprint, its passphrase-encrypted backup, and
//! the public key files an authority keeps in a keyring.
//!
//! - did:key (W3C did:key method): `did:key:` + multibase base58btc (`z`) of the multicodec
//!   prefix `0xed 0x01` followed by the 32-byte public key; it always starts `did:key:z6Mk`.
//! - The fingerprint is for people comparing keys by eye: the first 10 bytes of SHA-256 of the
//!   public key in five groups of four hex digits (`3F2A-9C1B-…`). Machines compare whole
//!   did:keys.
//! - The backup is PKCS#8 `EncryptedPrivateKeyInfo` (RFC 5958) under PBES2 (RFC 8018) with scrypt
//!   (N = 2^14, r = 8, p = 1: OpenSSL 3's limits) and AES-256-CBC, as PEM "ENCRYPTED PRIVATE
//!   KEY": `openssl pkey -in key.pem -passin pass:…` reads it. The format is written and read by
//!   hand in [`super::pbes2`], which documents it.

use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use super::keyring::{Keyring, KeyringEntry};
use super::profile;

/// Multicodec prefix of an Ed25519 public key (0xed, as an unsigned varint).
pub const ED25519_PUB: [u8; 2] = [0xed, 0x01];
/// The format tag of public key files.
pub const PUBLIC_KEY_FORMAT: &str = "parscore-public-key/1";
/// A new backup's passphrase has at least this many characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("\"{text}\" is not a did:key of an Ed25519 public key: {reason}")]
    BadDid { text: String, reason: String },
    #[error("wrong passphrase: the backup cannot be opened with it")]
    WrongPassphrase,
    #[error("the passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters")]
    WeakPassphrase,
    #[error("the backup file cannot be read: {0}")]
    BadBackup(String),
    #[error("{location}: {message}")]
    BadPublicKeyFile { location: String, message: String },
    #[error("the system's random number generator failed: {0}")]
    Random(String),
}

/// 32 fresh random bytes from the system (the browser's crypto.getRandomValues on wasm32).
pub fn random_bytes<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| KeyError::Random(e.to_string()))?;
    Ok(bytes)
}

/// A new Ed25519 key.
pub fn generate() -> Result<SigningKey, KeyError> {
    let mut seed = random_bytes::<32>()?;
    let key = SigningKey::from_bytes(&seed);
    seed.fill(0);
    Ok(key)
}

/// Multibase base58btc: `z` then the bytes in Bitcoin's base58 alphabet.
pub fn multibase_encode(bytes: &[u8]) -> String {
    format!("z{}", bs58::encode(bytes).into_string())
}

/// Decodes multibase base58btc; any other base is refused.
pub fn multibase_decode(text: &str) -> Result<Vec<u8>, String> {
    let body = text.strip_prefix('z').ok_or("multibase base58btc values start with \"z\"")?;
    bs58::decode(body).into_vec().map_err(|e| format!("not base58btc: {e}"))
}

/// Five groups of four hex digits from SHA-256 of a public key's 32 bytes.
fn fingerprint_of(key: &[u8]) -> String {
    // ASCII capitals, not `to_uppercase`: its Unicode case tables weighed on every page.
    let mut hex = crate::canonical::hex(&Sha256::digest(key)[..10]);
    hex.make_ascii_uppercase();
    let mut out = String::with_capacity(24);
    for (i, digit) in hex.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(digit);
    }
    out
}

/// The fingerprint of the key a `did:key:z6Mk…` names, read without checking that its bytes are
/// a point of the curve (a page without the verifier shows a fingerprint the verifier checked).
pub fn did_fingerprint(did: &str) -> Option<String> {
    let bytes = multibase_decode(did.strip_prefix("did:key:")?).ok()?;
    let key = bytes.strip_prefix(&ED25519_PUB[..]).filter(|key| key.len() == 32)?;
    Some(fingerprint_of(key))
}

/// An Ed25519 public key as a did:key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DidKey(VerifyingKey);

impl DidKey {
    pub fn new(key: VerifyingKey) -> DidKey {
        DidKey(key)
    }

    pub fn of(key: &SigningKey) -> DidKey {
        DidKey(key.verifying_key())
    }

    pub fn public_key(&self) -> &VerifyingKey {
        &self.0
    }

    /// The method-specific part: `z6Mk…` (also the verification method's fragment).
    pub fn multibase(&self) -> String {
        let mut bytes = ED25519_PUB.to_vec();
        bytes.extend_from_slice(self.0.as_bytes());
        multibase_encode(&bytes)
    }

    /// `did:key:z6Mk…`
    pub fn did(&self) -> String {
        format!("did:key:{}", self.multibase())
    }

    /// `did:key:z6Mk…#z6Mk…`, as a proof's `verificationMethod` names it.
    pub fn verification_method(&self) -> String {
        let id = self.multibase();
        format!("did:key:{id}#{id}")
    }

    /// Five groups of four hex digits from SHA-256 of the public key, for reading aloud.
    pub fn fingerprint(&self) -> String {
        fingerprint_of(self.0.as_bytes())
    }

    /// Reads `did:key:z6Mk…`.
    pub fn parse(text: &str) -> Result<DidKey, KeyError> {
        let bad = |reason: &str| KeyError::BadDid { text: text.to_string(), reason: reason.to_string() };
        let id = text.strip_prefix("did:key:").ok_or_else(|| bad("it does not start with \"did:key:\""))?;
        let bytes = multibase_decode(id).map_err(|e| bad(&e))?;
        let key = bytes
            .strip_prefix(&ED25519_PUB[..])
            .ok_or_else(|| bad("the multicodec prefix is not Ed25519's (0xed 0x01)"))?;
        let key: [u8; 32] = key.try_into().map_err(|_| bad("an Ed25519 public key has 32 bytes"))?;
        let key = VerifyingKey::from_bytes(&key).map_err(|_| bad("the bytes are not a point of Ed25519"))?;
        if key.is_weak() {
            return Err(bad("the key has small order and would accept forged signatures"));
        }
        Ok(DidKey(key))
    }

    /// Reads a verification method `did:key:z6Mk…#z6Mk…`: both halves must name the same key.
    pub fn from_verification_method(text: &str) -> Result<DidKey, KeyError> {
        DidKey::from_verification_method_in(text, None)
    }

    /// [`DidKey::from_verification_method`], taking the key from `keyring` when it registers
    /// the did: the keyring read it already.
    pub fn from_verification_method_in(text: &str, keyring: Option<&super::Keyring>) -> Result<DidKey, KeyError> {
        let (did, fragment) = text.split_once('#').ok_or_else(|| KeyError::BadDid {
            text: text.to_string(),
            reason: "a verification method ends with #z6Mk…, the key again".to_string(),
        })?;
        let key = match keyring.and_then(|ring| ring.read_key(did)) {
            Some(key) => key,
            None => DidKey::parse(did)?,
        };
        // The fragment must be the key's multibase. Base58 reads back to the text it was read
        // from, so comparing the texts is comparing the keys, without encoding the key again.
        if Some(fragment) != did.strip_prefix("did:key:") {
            return Err(KeyError::BadDid {
                text: text.to_string(),
                reason: "the fragment after # is not the key's own multibase".to_string(),
            });
        }
        Ok(key)
    }
}

/// Passphrases are compared as NFC text, so that the same words typed with a composing or a
/// precomposed Vietnamese keyboard open the same backup.
fn passphrase_bytes(passphrase: &str) -> Vec<u8> {
    super::nfc::to_nfc(passphrase).into_bytes()
}

/// The key's passphrase-encrypted PKCS#8 backup, as PEM. The PKCS#8 inside is version 1 (the
/// seed only), which every OpenSSL since 1.1.1 reads.
pub fn backup_pem(key: &SigningKey, passphrase: &str) -> Result<String, KeyError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeyError::WeakPassphrase);
    }
    let salt = random_bytes::<16>()?;
    let iv = random_bytes::<16>()?;
    super::pbes2::seal(key, &passphrase_bytes(passphrase), &salt, &iv)
}

/// Opens a backup made by [`backup_pem`] (or by OpenSSL with PBES2, scrypt and AES-256-CBC). A
/// wrong passphrase is [`KeyError::WrongPassphrase`]; a damaged or foreign file (PBKDF2 or
/// another cipher included) is [`KeyError::BadBackup`].
pub fn restore_backup(pem: &str, passphrase: &str) -> Result<SigningKey, KeyError> {
    super::pbes2::open(pem, &passphrase_bytes(passphrase))
}

/// What an agency registers with the authority: its did:key, the fingerprint, its name and code.
/// Holds nothing secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicKeyFile {
    pub format: String,
    pub did: String,
    pub fingerprint: String,
    pub agency: KeyOwner,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyOwner {
    pub name: String,
    /// The agency's code as the authority registers it (mã đơn vị).
    pub code: String,
}

impl PublicKeyFile {
    pub fn new(key: &DidKey, name: &str, code: &str) -> PublicKeyFile {
        PublicKeyFile {
            format: PUBLIC_KEY_FORMAT.to_string(),
            did: key.did(),
            fingerprint: key.fingerprint(),
            agency: KeyOwner { name: profile::normalize_text(name), code: profile::normalize_text(code) },
        }
    }

    pub fn to_json_pretty(&self) -> String {
        // Plain structs with string members always serialize.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Reads one public key file and checks that its fingerprint belongs to its did:key.
    pub fn from_json(text: &str) -> Result<PublicKeyFile, KeyError> {
        let file: PublicKeyFile = crate::json_error::parse(text, None)
            .map_err(|e| KeyError::BadPublicKeyFile { location: e.location, message: e.message })?;
        file.check("")?;
        Ok(file)
    }

    /// Checks the format tag and that the fingerprint is the did:key's; `at` prefixes locations.
    pub(crate) fn check(&self, at: &str) -> Result<DidKey, KeyError> {
        let bad =
            |field: &str, message: String| KeyError::BadPublicKeyFile { location: format!("{at}{field}"), message };
        if self.format != PUBLIC_KEY_FORMAT {
            return Err(bad("format", format!("expected \"{PUBLIC_KEY_FORMAT}\", found \"{}\"", self.format)));
        }
        let key = DidKey::parse(&self.did).map_err(|e| bad("did", e.to_string()))?;
        if self.fingerprint != key.fingerprint() {
            return Err(bad(
                "fingerprint",
                format!("{} is not the fingerprint of this did:key ({})", self.fingerprint, key.fingerprint()),
            ));
        }
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// W3C Data Integrity EdDSA Cryptosuites v1.0, the eddsa-jcs-2022 test vector's key.
    const W3C_SEED_MULTIBASE: &str = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    const W3C_PUBLIC_MULTIBASE: &str = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    fn w3c_key() -> SigningKey {
        let bytes = multibase_decode(W3C_SEED_MULTIBASE).unwrap();
        assert_eq!(&bytes[..2], &[0x80, 0x26], "ed25519-priv multicodec");
        SigningKey::from_bytes(&bytes[2..].try_into().unwrap())
    }

    #[test]
    fn did_key_of_the_w3c_vector_key() {
        let did = DidKey::of(&w3c_key());
        assert_eq!(did.multibase(), W3C_PUBLIC_MULTIBASE);
        assert_eq!(did.did(), format!("did:key:{W3C_PUBLIC_MULTIBASE}"));
        assert_eq!(DidKey::parse(&did.did()).unwrap(), did);
        assert_eq!(DidKey::from_verification_method(&did.verification_method()).unwrap(), did);
    }

    #[test]
    fn bad_did_keys_are_refused_with_a_reason() {
        let short = format!("did:key:{}", multibase_encode(&[0xed, 0x01, 1, 2, 3]));
        for (text, reason) in [
            ("did:web:example.org", "did:key:"),
            ("did:key:6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "start with \"z\""),
            ("did:key:z0OIl", "base58"),
            ("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", "prefix"),
            (short.as_str(), "32 bytes"),
        ] {
            let err = DidKey::parse(text).unwrap_err().to_string();
            assert!(err.contains(reason), "{text}: {err}");
        }
        let did = DidKey::of(&w3c_key());
        let other = DidKey::of(&SigningKey::from_bytes(&[7; 32]));
        let mixed = format!("{}#{}", did.did(), other.multibase());
        assert!(DidKey::from_verification_method(&mixed).is_err());
    }

    #[test]
    fn fingerprint_is_five_groups_of_hex() {
        let f = DidKey::of(&w3c_key()).fingerprint();
        assert_eq!(f.len(), 24, "{f}");
        assert!(f.split('-').all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_hexdigit())), "{f}");
    }

    #[test]
    fn backup_round_trips_and_tells_a_wrong_passphrase() {
        let key = w3c_key();
        let pem = backup_pem(&key, "mật khẩu dài").unwrap();
        assert!(pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"), "{pem}");
        assert_eq!(restore_backup(&pem, "mật khẩu dài").unwrap(), key);
        // The same words typed with combining marks (NFD) open it too.
        assert_eq!(restore_backup(&pem, "ma\u{323}\u{302}t khâ\u{309}u da\u{300}i").unwrap(), key);
        assert_eq!(restore_backup(&pem, "mật khẩu sai").unwrap_err(), KeyError::WrongPassphrase);
        assert!(matches!(restore_backup("not a pem", "x"), Err(KeyError::BadBackup(_))));
        assert_eq!(backup_pem(&key, "short").unwrap_err(), KeyError::WeakPassphrase);
    }

    #[test]
    fn public_key_files_check_their_fingerprint() {
        let did = DidKey::of(&w3c_key());
        let file = PublicKeyFile::new(&did, "Sở Minh Hoạ", "SMH");
        assert_eq!(PublicKeyFile::from_json(&file.to_json_pretty()).unwrap(), file);
        let mut forged = file.clone();
        forged.fingerprint = "0000-0000-0000-0000-0000".into();
        let err = PublicKeyFile::from_json(&forged.to_json_pretty()).unwrap_err().to_string();
        assert!(err.starts_with("fingerprint:"), "{err}");
        let ring = Keyring::from_keys(vec![file.clone()]);
        let ring = Keyring::from_json(&ring.to_json_pretty()).unwrap();
        assert_eq!(ring.find(&did.did()).map(|e| &e.agency), Some(&file.agency));
        let err = Keyring::from_json(&format!("[{}]", forged.to_json_pretty())).unwrap_err().to_string();
        assert!(err.starts_with("[0].fingerprint:"), "{err}");
    }
}
