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

use aes::cipher::{BlockCipherDecrypt, BlockCipherEncrypt, KeyInit};
use aes::{Aes256, Block};
use base64ct::{Base64, Encoding};
use ed25519_dalek::SigningKey;
use zeroize::Zeroizing;

use super::keys::KeyError;

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

// DER tags (X.690): universal primitive types, SEQUENCE (constructed) and the two context tags
// of OneAsymmetricKey.
const INTEGER: u8 = 0x02;
const OCTET_STRING: u8 = 0x04;
const OID: u8 = 0x06;
const SEQUENCE: u8 = 0x30;
const ATTRIBUTES: u8 = 0xa0; // [0] IMPLICIT SET OF Attribute (constructed)
const PUBLIC_KEY: u8 = 0x81; // [1] IMPLICIT BIT STRING (primitive)

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

/// One DER element: tag, minimal definite length, then the concatenated `parts`.
fn tlv(tag: u8, parts: &[&[u8]]) -> Vec<u8> {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    let mut out = Vec::with_capacity(len + 4);
    out.push(tag);
    // Our elements are far below 64 KiB; longer ones would need more length bytes.
    debug_assert!(len <= 0xffff);
    match len {
        0..=0x7f => out.push(len as u8),
        0x80..=0xff => out.extend_from_slice(&[0x81, len as u8]),
        _ => out.extend_from_slice(&[0x82, (len >> 8) as u8, len as u8]),
    }
    for part in parts {
        out.extend_from_slice(part);
    }
    out
}

/// A non-negative INTEGER, minimally encoded (a leading 0 only when the top bit is set).
fn der_uint(value: u64) -> Vec<u8> {
    let bytes = value.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count().min(7);
    let mut content = Vec::with_capacity(9);
    if bytes[skip] & 0x80 != 0 {
        content.push(0);
    }
    content.extend_from_slice(&bytes[skip..]);
    tlv(INTEGER, &[&content])
}

/// The PKCS#8 v1 PrivateKeyInfo of an Ed25519 key: 48 bytes, the 32-byte seed as an OCTET STRING
/// inside the privateKey OCTET STRING (RFC 8410 section 7), no public key, no attributes.
fn private_key_info(key: &SigningKey) -> Zeroizing<Vec<u8>> {
    let seed = Zeroizing::new(key.to_bytes());
    let inner = Zeroizing::new(tlv(OCTET_STRING, &[&seed[..]]));
    let algorithm = tlv(SEQUENCE, &[&tlv(OID, &[OID_ED25519])]);
    Zeroizing::new(tlv(SEQUENCE, &[&der_uint(0), &algorithm, &tlv(OCTET_STRING, &[&inner])]))
}

/// AES-256-CBC encryption in place, after PKCS#7 padding: 1 to 16 bytes, each holding the
/// padding's length.
fn cbc_encrypt(key: &[u8; AES_KEY], iv: &[u8; AES_BLOCK], data: &mut Vec<u8>) {
    let pad = AES_BLOCK - data.len() % AES_BLOCK;
    data.resize(data.len() + pad, pad as u8);
    let aes = Aes256::new(&(*key).into());
    let mut previous = *iv;
    for chunk in data.chunks_exact_mut(AES_BLOCK) {
        // C[i] = AES(P[i] xor C[i-1]), C[-1] = IV.
        let mut block = Block::default();
        for ((b, p), c) in block.iter_mut().zip(&previous).zip(chunk.iter()) {
            *b = p ^ c;
        }
        aes.encrypt_block(&mut block);
        chunk.copy_from_slice(&block);
        previous.copy_from_slice(&block);
    }
}

/// AES-256-CBC decryption in place (`data` is a whole number of blocks), then the PKCS#7 padding
/// checked and removed. False if the padding is not valid: what a wrong key almost always gives.
fn cbc_decrypt(key: &[u8; AES_KEY], iv: &[u8; AES_BLOCK], data: &mut Vec<u8>) -> bool {
    let aes = Aes256::new(&(*key).into());
    let mut previous = *iv;
    for chunk in data.chunks_exact_mut(AES_BLOCK) {
        // P[i] = AES^-1(C[i]) xor C[i-1], C[-1] = IV.
        let mut block = Block::default();
        block.copy_from_slice(chunk);
        aes.decrypt_block(&mut block);
        for ((c, b), p) in chunk.iter_mut().zip(&block).zip(&mut previous) {
            let cipher_byte = *c;
            *c = b ^ *p;
            *p = cipher_byte;
        }
    }
    let pad = usize::from(data.last().copied().unwrap_or(0));
    if pad == 0
        || pad > AES_BLOCK
        || pad > data.len()
        || !data[data.len() - pad..].iter().all(|&b| usize::from(b) == pad)
    {
        return false;
    }
    data.truncate(data.len() - pad);
    true
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

// ---- reading ----

/// A strict reader of DER (X.690 section 10) over a byte slice: one element at a time, definite
/// minimal lengths only. Errors are short reasons for [`KeyError::BadBackup`].
struct Der<'a> {
    rest: &'a [u8],
}

impl<'a> Der<'a> {
    fn new(bytes: &'a [u8]) -> Der<'a> {
        Der { rest: bytes }
    }

    fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    fn peek_tag(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    /// The content of the next element, which must have tag `tag`.
    fn element(&mut self, tag: u8) -> Result<&'a [u8], String> {
        let (&found, rest) = self.rest.split_first().ok_or("the data ends too early")?;
        if found != tag {
            return Err(format!("expected DER tag 0x{tag:02x}, found 0x{found:02x}"));
        }
        let (&first, mut rest) = rest.split_first().ok_or("the data ends too early")?;
        // Short form below 0x80; long form 0x81 / 0x82 with 1 or 2 length bytes, minimal (DER).
        // 0x80 (indefinite, BER only) and longer lengths are refused: a backup is a few hundred
        // bytes.
        let len = match first {
            0..=0x7f => usize::from(first),
            0x81 => {
                let (&b, r) = rest.split_first().ok_or("the data ends too early")?;
                rest = r;
                if b < 0x80 {
                    return Err("a DER length is not minimal".into());
                }
                usize::from(b)
            }
            0x82 => {
                let (b, r) = rest.split_first_chunk::<2>().ok_or("the data ends too early")?;
                rest = r;
                if b[0] == 0 {
                    return Err("a DER length is not minimal".into());
                }
                usize::from(u16::from_be_bytes(*b))
            }
            _ => return Err("a DER length is indefinite or too long".into()),
        };
        if len > rest.len() {
            return Err("an element is longer than the data".into());
        }
        let (content, rest) = rest.split_at(len);
        self.rest = rest;
        Ok(content)
    }

    fn sequence(&mut self) -> Result<Der<'a>, String> {
        self.element(SEQUENCE).map(Der::new)
    }

    fn octets(&mut self) -> Result<&'a [u8], String> {
        self.element(OCTET_STRING)
    }

    fn oid(&mut self) -> Result<&'a [u8], String> {
        self.element(OID)
    }

    /// A non-negative INTEGER that fits in 64 bits.
    fn uint(&mut self) -> Result<u64, String> {
        let content = self.element(INTEGER)?;
        match content {
            [] => Err("an INTEGER is empty".into()),
            [first, ..] if first & 0x80 != 0 => Err("an INTEGER is negative".into()),
            [0, second, ..] if second & 0x80 == 0 => Err("an INTEGER is not minimally encoded".into()),
            _ => {
                let digits = content.strip_prefix(&[0]).filter(|d| !d.is_empty()).unwrap_or(content);
                if digits.len() > 8 {
                    return Err("an INTEGER is too large".into());
                }
                Ok(digits.iter().fold(0, |n, &b| n << 8 | u64::from(b)))
            }
        }
    }

    /// Nothing may follow the elements read.
    fn end(&self) -> Result<(), String> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err("unexpected bytes after the last element".into())
        }
    }
}

/// An object identifier's dotted form, for messages; `?` for malformed content.
fn oid_text(content: &[u8]) -> String {
    let mut arcs: Vec<u64> = Vec::new();
    let mut arc: u64 = 0;
    for (i, &b) in content.iter().enumerate() {
        if arc > u64::MAX >> 7 || (arc == 0 && b == 0x80) {
            return "?".into();
        }
        arc = arc << 7 | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            if arcs.is_empty() {
                let first = (arc / 40).min(2);
                arcs.extend([first, arc - 40 * first]);
            } else {
                arcs.push(arc);
            }
            arc = 0;
        } else if i + 1 == content.len() {
            return "?".into();
        }
    }
    if arcs.is_empty() {
        return "?".into();
    }
    arcs.iter().map(u64::to_string).collect::<Vec<_>>().join(".")
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
mod tests {
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
        let mut der =
            vec![0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
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
        let rsa =
            tlv(SEQUENCE, &[&tlv(OID, &[&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]]), &[0x05, 0x00]]);
        let rsa_key = one_asymmetric_key(0, &rsa, &[1; 32], &[]);
        assert_eq!(reason(Recipe::new().open(&rsa_key)), "it holds a 1.2.840.113549.1.1.1 key, not an Ed25519 key");
        let with_null = tlv(SEQUENCE, &[&tlv(OID, &[OID_ED25519]), &[0x05, 0x00]]);
        for (plain, expected) in [
            (one_asymmetric_key(0, &with_null, &[0x42; 32], &[]), "has parameters"),
            (one_asymmetric_key(0, &ed25519_algorithm(), &[0x42; 31], &[]), "not 32 bytes"),
            (one_asymmetric_key(0, &ed25519_algorithm(), &[0x42; 32], &[&public_key(&key())]), "version 2"),
            (
                one_asymmetric_key(
                    1,
                    &ed25519_algorithm(),
                    &[0x42; 32],
                    &[&public_key(&SigningKey::from_bytes(&[7; 32]))],
                ),
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
}
