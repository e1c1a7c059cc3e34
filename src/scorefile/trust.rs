//! Whether a verified file is to be trusted, said as it is.
//!
//! A valid signature proves only that the holder of some key signed the file: anyone can make a
//! key and write any agency's name and code in its public key file. So a file is
//! [`Verdict::Verified`] only when its signer's did:key is in the keyring registered for the
//! file's own agency code, and [`Verdict::SignatureOnly`] when everything else checks.

use serde::{Deserialize, Serialize};

use super::trust_text::TrustText;
use super::verify::{Failure, Report};

/// The verdict of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The signature is valid, the signer is registered for the file's agency code, the criteria
    /// set is known and every figure recomputes.
    Verified,
    /// Everything checks but the signer: no keyring, or the key is not registered for that code.
    SignatureOnly,
    /// Malformed, a bad signature, an unknown criteria set or figures that do not recompute.
    Invalid,
}

impl Verdict {
    /// The verdict in words ("Hợp lệ", "Chữ ký đúng nhưng chưa xác minh người ký"…).
    pub fn text(self) -> TrustText {
        match self {
            Verdict::Verified => TrustText::Verified,
            Verdict::SignatureOnly => TrustText::SignatureOnly,
            Verdict::Invalid => TrustText::Invalid,
        }
    }
}

impl Report {
    /// The file's verdict. Failures other than an unknown key make it invalid.
    pub fn verdict(&self) -> Verdict {
        let invalid = self.failures.iter().any(|f| !matches!(f, Failure::UnknownKey { .. }));
        match &self.signer {
            _ if invalid => Verdict::Invalid,
            None => Verdict::Invalid,
            Some(signer) if signer.registered.is_some() => Verdict::Verified,
            Some(_) => Verdict::SignatureOnly,
        }
    }

    /// Who signed, in words: the registered agency, or why the signer is not verified.
    pub fn signer_text(&self) -> Option<TrustText> {
        let signer = self.signer.as_ref()?;
        if let Some(owner) = &signer.registered {
            return Some(TrustText::SignedBy {
                name: owner.name.clone(),
                code: owner.code.clone(),
                fingerprint: signer.fingerprint.clone(),
            });
        }
        let unknown = self.failures.iter().find_map(|f| match f {
            Failure::UnknownKey { registered_to, .. } => Some(registered_to),
            _ => None,
        });
        Some(match unknown {
            None => TrustText::NoKeyring,
            Some(None) => TrustText::NotInKeyring { fingerprint: signer.fingerprint.clone() },
            Some(Some(owner)) => TrustText::RegisteredToOther {
                fingerprint: signer.fingerprint.clone(),
                name: owner.name.clone(),
                code: owner.code.clone(),
                file_code: self.agency.as_ref().map(|a| a.code.clone()).unwrap_or_default(),
            },
        })
    }

    /// The kinds of the failures that make the file invalid, in words, in the order found.
    pub fn invalid_reasons(&self) -> Vec<TrustText> {
        let failing = self.failures.iter().filter(|f| !matches!(f, Failure::UnknownKey { .. }));
        failing.map(|f| TrustText::FailureKind { kind: f.kind().to_string() }).collect()
    }
}

/// Verifies many files at once on every core, the reports in the files' order.
#[cfg(not(target_arch = "wasm32"))]
pub fn verify_batch<F: AsRef<[u8]> + Sync>(
    files: &[F],
    known: &[crate::criteria::CriteriaSet],
    keyring: Option<&super::Keyring>,
) -> Vec<Report> {
    use rayon::prelude::*;
    files.par_iter().map(|bytes| super::verify(bytes.as_ref(), known, keyring)).collect()
}
