//! The key backup's file format, written and read by hand: exactly one layout, so that the web
//! app does not carry a general ASN.1/PKCS#8/PKCS#5 library (with the `pkcs8` crate the backup
//! cost about 41 KB of the app's wasm, brotli; written this way, scrypt and AES included, 11 KB).
//!
//! The file is PEM "ENCRYPTED PRIVATE KEY" (RFC 7468) around this DER:
//!
//! ```text
//! EncryptedPrivateKeyInfo ::= SEQUENCE {                      -- RFC 5958
//!   encryptionAlgorithm SEQUENCE {
//!     algorithm  OID 1.2.840.113549.1.5.13,                   -- PBES2 (RFC 8018)
//!     parameters SEQUENCE {                                   -- PBES2-params
//!       keyDerivationFunc SEQUENCE {
//!         algorithm  OID 1.3.6.1.4.1.11591.4.11,              -- scrypt (RFC 7914)
//!         parameters SEQUENCE {                               -- scrypt-params
//!           salt                     OCTET STRING,
//!           costParameter            INTEGER,                 -- N, a power of two
//!           blockSize                INTEGER,                 -- r
//!           parallelizationParameter INTEGER,                 -- p
//!           keyLength                INTEGER OPTIONAL } },    -- 32 if present
//!       encryptionScheme SEQUENCE {
//!         algorithm  OID 2.16.840.1.101.3.4.1.42,             -- AES-256-CBC
//!         parameters OCTET STRING (16 bytes) } } },           -- the IV
//!   encryptedData OCTET STRING }                              -- AES-256-CBC, PKCS#7 padding
//!
//! -- encryptedData decrypts to:
//! OneAsymmetricKey ::= SEQUENCE {                             -- RFC 5958 (PKCS#8)
//!   version             INTEGER,                              -- 0 (v1), or 1 (v2) for publicKey
//!   privateKeyAlgorithm SEQUENCE { algorithm OID 1.3.101.112 },  -- Ed25519, no parameters
//!   privateKey          OCTET STRING { OCTET STRING (32 bytes) },  -- the seed (RFC 8410)
//!   attributes          [0] IMPLICIT SET OPTIONAL,            -- skipped
//!   publicKey           [1] IMPLICIT BIT STRING OPTIONAL }    -- must match the seed
//! ```
//!
//! The writer always produces version 0, a 16-byte salt, N = 2^14, r = 8, p = 1 and no
//! keyLength (the layout the `pkcs8` crate wrote before, so old and new backups are alike).
//! The reader is strict DER (definite, minimal lengths; minimal positive INTEGERs; no trailing
//! bytes) and accepts that and what `openssl pkcs8 -topk8 -scrypt -v2 aes-256-cbc` writes (an
//! 8-byte salt). Anything else, PBKDF2 included, is refused with a reason.

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use aes::Aes256;
use base64ct::{Base64, Encoding};
use ed25519_dalek::SigningKey;
use zeroize::Zeroizing;

use super::keys::KeyError;
use der::{der_uint, oid_text, tlv, Der, ATTRIBUTES, OCTET_STRING, OID, PUBLIC_KEY, SEQUENCE};

mod der;

const PEM_LABEL: &str = "ENCRYPTED PRIVATE KEY";
/// scrypt's cost N = 2^14, r = 8, p = 1: 16 MiB, within OpenSSL 3's default 32 MiB limit.
const SCRYPT_LOG_N: u8 = 14;
const SCRYPT_R: u32 = 8;
const SCRYPT_P: u32 = 1;
/// Backups asking for more scrypt memory than this are refused rather than tried (a hostile
/// file could ask for gigabytes).
const MAX_SCRYPT_BYTES: u64 = 256 << 20;
const AES_BLOCK: usize = 16;
const AES_KEY: usize = 32;

// The content octets of the object identifiers (X.690 8.19: base-128, first two arcs as 40x+y).
/// 1.2.840.113549.1.5.13, PBES2.
const OID_PBES2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];
/// 1.2.840.113549.1.5.12, PBKDF2: recognised only to explain why it is refused.
const OID_PBKDF2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c];
/// 1.3.6.1.4.1.11591.4.11, id-scrypt.
const OID_SCRYPT: &[u8] = &[0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x04, 0x0b];
/// 2.16.840.1.101.3.4.1.42, aes256-CBC-PAD.
const OID_AES256_CBC: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a];
/// 1.3.101.112, id-Ed25519.
const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];

fn bad(reason: impl Into<String>) -> KeyError {
    KeyError::BadBackup(reason.into())
}

// ---- writing ----

/// The PKCS#8 v1 PrivateKeyInfo of an Ed25519 key: 48 bytes, the 32-byte seed as an OCTET STRING
/// inside the privateKey OCTET STRING (RFC 8410 section 7), no public key, no attributes.
fn private_key_info(key: &SigningKey) -> Zeroizing<Vec<u8>> {
    let seed = Zeroizing::new(key.to_bytes());
    let inner = Zeroizing::new(tlv(OCTET_STRING, &[&seed[..]]));
    let algorithm = tlv(SEQUENCE, &[&tlv(OID, &[OID_ED25519])]);
    Zeroizing::new(tlv(SEQUENCE, &[&der_uint(0), &algorithm, &tlv(OCTET_STRING, &[&inner])]))
}

/// AES-256-CBC encryption in place, after PKCS#7 padding (1 to 16 bytes, each holding the
/// padding's length).
fn cbc_encrypt(key: &[u8; AES_KEY], iv: &[u8; AES_BLOCK], data: &mut Vec<u8>) {
    let len = data.len();
    data.resize(len + AES_BLOCK - len % AES_BLOCK, 0);
    // The buffer was just grown to hold the padding, so padding cannot fail.
    let _ = cbc::Encryptor::<Aes256>::new(key.into(), iv.into()).encrypt_padded::<Pkcs7>(data, len);
}

/// AES-256-CBC decryption in place, then the PKCS#7 padding checked and removed. False if the
/// data is not whole blocks or the padding is not valid: what a wrong key almost always gives.
fn cbc_decrypt(key: &[u8; AES_KEY], iv: &[u8; AES_BLOCK], data: &mut Vec<u8>) -> bool {
    match cbc::Decryptor::<Aes256>::new(key.into(), iv.into()).decrypt_padded::<Pkcs7>(data) {
        Ok(plain) => {
            let len = plain.len();
            data.truncate(len);
            true
        }
        Err(_) => false,
    }
}

/// The DER EncryptedPrivateKeyInfo of `plain` (a PrivateKeyInfo) under PBES2: scrypt with the
/// given salt and settings (log2 N, r, p; no keyLength), then AES-256-CBC with the given IV.
fn seal_der(
    plain: &[u8],
    passphrase: &[u8],
    salt: &[u8],
    iv: &[u8; AES_BLOCK],
    (log_n, r, p): (u8, u32, u32),
) -> Result<Vec<u8>, KeyError> {
    let params = scrypt::Params::new(log_n, r, p).map_err(|e| bad(e.to_string()))?;
    let mut encrypted = Zeroizing::new(plain.to_vec());
    let key = derive_key(passphrase, salt, &params)?;
    cbc_encrypt(&key, iv, &mut encrypted);
    let scrypt_params =
        tlv(SEQUENCE, &[&tlv(OCTET_STRING, &[salt]), &der_uint(1 << log_n), &der_uint(r.into()), &der_uint(p.into())]);
    let kdf = tlv(SEQUENCE, &[&tlv(OID, &[OID_SCRYPT]), &scrypt_params]);
    let cipher = tlv(SEQUENCE, &[&tlv(OID, &[OID_AES256_CBC]), &tlv(OCTET_STRING, &[iv])]);
    let algorithm = tlv(SEQUENCE, &[&tlv(OID, &[OID_PBES2]), &tlv(SEQUENCE, &[&kdf, &cipher])]);
    Ok(tlv(SEQUENCE, &[&algorithm, &tlv(OCTET_STRING, &[&encrypted])]))
}

/// PEM (RFC 7468): base64 in lines of 64 characters between the BEGIN and END lines, LF endings.
fn to_pem(der: &[u8]) -> String {
    let base64 = Base64::encode_string(der);
    let mut pem = format!("-----BEGIN {PEM_LABEL}-----\n");
    for line in base64.as_bytes().chunks(64) {
        // Base64 is ASCII, so every chunk is UTF-8.
        pem.push_str(std::str::from_utf8(line).unwrap_or_default());
        pem.push('\n');
    }
    pem.push_str(&format!("-----END {PEM_LABEL}-----\n"));
    pem
}

/// The backup of `key` under `passphrase` (already NFC UTF-8), with the given salt and IV (fresh
/// random ones in [`super::keys::backup_pem`]; fixed ones in tests).
pub(super) fn seal(
    key: &SigningKey,
    passphrase: &[u8],
    salt: &[u8; 16],
    iv: &[u8; AES_BLOCK],
) -> Result<String, KeyError> {
    let der = seal_der(&private_key_info(key), passphrase, salt, iv, (SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P))?;
    Ok(to_pem(&der))
}

/// The AES-256 key scrypt derives from the passphrase.
fn derive_key(passphrase: &[u8], salt: &[u8], params: &scrypt::Params) -> Result<Zeroizing<[u8; AES_KEY]>, KeyError> {
    let mut key = Zeroizing::new([0u8; AES_KEY]);
    scrypt::scrypt(passphrase, salt, params, &mut key[..]).map_err(|e| bad(e.to_string()))?;
    Ok(key)
}

/// The DER inside a PEM "ENCRYPTED PRIVATE KEY" (RFC 7468): the label is checked, whitespace
/// between base64 lines ignored, headers (legacy encrypted PEM) refused as bad base64.
fn pem_body(pem: &str) -> Result<Vec<u8>, KeyError> {
    let not_pem = |why: &str| bad(format!("not a PEM file ({why})"));
    let text = pem.trim();
    let rest = text.strip_prefix("-----BEGIN ").ok_or_else(|| not_pem("it does not start with -----BEGIN"))?;
    let (label, rest) = rest.split_once("-----").ok_or_else(|| not_pem("its BEGIN line is incomplete"))?;
    if label != PEM_LABEL {
        return Err(bad(format!("expected a PEM \"{PEM_LABEL}\", found \"{label}\"")));
    }
    let body = rest
        .strip_suffix(&format!("-----END {PEM_LABEL}-----"))
        .ok_or_else(|| not_pem("it does not end with its END line"))?;
    let base64: String = body.split_ascii_whitespace().collect();
    Base64::decode_vec(&base64).map_err(|_| not_pem("its base64 is damaged"))
}

/// The scrypt settings, salt and IV of a backup, and its ciphertext.
struct Sealed<'a> {
    salt: &'a [u8],
    params: scrypt::Params,
    iv: [u8; AES_BLOCK],
    encrypted: &'a [u8],
}

/// Reads the EncryptedPrivateKeyInfo; only PBES2 with scrypt and AES-256-CBC is accepted.
fn parse_sealed(der: &[u8]) -> Result<Sealed<'_>, KeyError> {
    let structure = |e: String| bad(format!("not a PKCS#8 EncryptedPrivateKeyInfo ({e})"));
    let mut file = Der::new(der);
    let mut info = file.sequence().map_err(structure)?;
    file.end().map_err(structure)?;
    let mut algorithm = info.sequence().map_err(structure)?;
    let encrypted = info.octets().map_err(structure)?;
    info.end().map_err(structure)?;

    let scheme = algorithm.oid().map_err(structure)?;
    if scheme != OID_PBES2 {
        return Err(bad(format!("only PBES2 backups are read (this one uses {})", oid_text(scheme))));
    }
    let mut pbes2 = algorithm.sequence().map_err(structure)?;
    algorithm.end().map_err(structure)?;
    let mut kdf = pbes2.sequence().map_err(structure)?;
    let mut cipher = pbes2.sequence().map_err(structure)?;
    pbes2.end().map_err(structure)?;

    let kdf_oid = kdf.oid().map_err(structure)?;
    if kdf_oid == OID_PBKDF2 {
        return Err(bad("its key derivation is PBKDF2; only scrypt backups are read \
             (openssl pkcs8 -topk8 -scrypt -v2 aes-256-cbc converts it)"));
    }
    if kdf_oid != OID_SCRYPT {
        return Err(bad(format!("its key derivation ({}) is not supported; only scrypt is read", oid_text(kdf_oid))));
    }
    let mut settings = kdf.sequence().map_err(structure)?;
    kdf.end().map_err(structure)?;
    let salt = settings.octets().map_err(structure)?;
    let n = settings.uint().map_err(structure)?;
    let r = settings.uint().map_err(structure)?;
    let p = settings.uint().map_err(structure)?;
    if !settings.is_empty() {
        let key_length = settings.uint().map_err(structure)?;
        if key_length != AES_KEY as u64 {
            return Err(bad(format!("its scrypt keyLength is {key_length}, not the {AES_KEY} bytes of AES-256")));
        }
    }
    settings.end().map_err(structure)?;

    let cipher_oid = cipher.oid().map_err(structure)?;
    if cipher_oid != OID_AES256_CBC {
        return Err(bad(format!(
            "its encryption ({}) is not supported; only AES-256-CBC is read",
            oid_text(cipher_oid)
        )));
    }
    let iv = cipher.octets().map_err(structure)?;
    cipher.end().map_err(structure)?;
    let iv: [u8; AES_BLOCK] = iv.try_into().map_err(|_| bad("its AES-256-CBC IV is not 16 bytes"))?;

    if n < 2 || !n.is_power_of_two() {
        return Err(bad(format!("its scrypt cost N = {n} is not a power of two above 1")));
    }
    let (Ok(r), Ok(p)) = (u32::try_from(r), u32::try_from(p)) else {
        return Err(bad("its scrypt r or p is too large"));
    };
    if r == 0 || p == 0 {
        return Err(bad("its scrypt r and p must be at least 1"));
    }
    // scrypt needs 128·N·r bytes (plus 128·r·p); the product bounds both memory and time.
    let bytes = [u64::from(r), u64::from(p)].into_iter().fold(n.saturating_mul(128), u64::saturating_mul);
    if bytes > MAX_SCRYPT_BYTES {
        return Err(bad(format!("its scrypt settings ask for {} MiB of memory", bytes >> 20)));
    }
    let params =
        scrypt::Params::new(n.trailing_zeros() as u8, r, p).map_err(|_| bad("its scrypt settings are out of range"))?;
    if encrypted.is_empty() || encrypted.len() % AES_BLOCK != 0 {
        return Err(bad("its encrypted key is not a whole number of AES blocks"));
    }
    Ok(Sealed { salt, params, iv, encrypted })
}

/// The Ed25519 key in a decrypted OneAsymmetricKey. Bytes that are not PKCS#8 at all mean a
/// wrong passphrase (its padding happened to check out); PKCS#8 of something else is a bad backup.
fn parse_private_key(plain: &[u8]) -> Result<SigningKey, KeyError> {
    let wrong = |_: String| KeyError::WrongPassphrase;
    let mut outer = Der::new(plain);
    let mut info = outer.sequence().map_err(wrong)?;
    outer.end().map_err(wrong)?;
    let version = info.uint().map_err(wrong)?;
    if version > 1 {
        return Err(KeyError::WrongPassphrase);
    }
    let mut algorithm = info.sequence().map_err(wrong)?;
    let private_key = info.octets().map_err(wrong)?;
    if info.peek_tag() == Some(ATTRIBUTES) {
        info.element(ATTRIBUTES).map_err(wrong)?;
    }
    let public_key =
        if info.peek_tag() == Some(PUBLIC_KEY) { Some(info.element(PUBLIC_KEY).map_err(wrong)?) } else { None };
    info.end().map_err(wrong)?;

    let oid = algorithm.oid().map_err(wrong)?;
    if oid != OID_ED25519 {
        return Err(bad(format!("it holds a {} key, not an Ed25519 key", oid_text(oid))));
    }
    let damaged = |why: &str| bad(format!("its Ed25519 key is damaged ({why})"));
    if !algorithm.is_empty() {
        return Err(damaged("the algorithm has parameters"));
    }
    let mut private_key = Der::new(private_key);
    let seed = private_key.octets().map_err(|e| damaged(&e))?;
    private_key.end().map_err(|e| damaged(&e))?;
    let seed: &[u8; 32] = seed.try_into().map_err(|_| damaged("the private key is not 32 bytes"))?;
    let key = SigningKey::from_bytes(seed);
    if let Some(public_key) = public_key {
        if version != 1 {
            return Err(damaged("a public key needs OneAsymmetricKey version 2"));
        }
        // BIT STRING content: the count of unused bits (0), then the 32-byte key.
        if public_key.strip_prefix(&[0]) != Some(key.verifying_key().as_bytes()) {
            return Err(damaged("its public key is not the private key's"));
        }
    }
    Ok(key)
}

/// Opens a backup: `passphrase` is already NFC UTF-8.
pub(super) fn open(pem: &str, passphrase: &[u8]) -> Result<SigningKey, KeyError> {
    let der = pem_body(pem)?;
    let sealed = parse_sealed(&der)?;
    let key = derive_key(passphrase, sealed.salt, &sealed.params)?;
    let mut plain = Zeroizing::new(sealed.encrypted.to_vec());
    if !cbc_decrypt(&key, &sealed.iv, &mut plain) {
        return Err(KeyError::WrongPassphrase);
    }
    parse_private_key(&plain)
}

#[cfg(test)]
mod tests;
