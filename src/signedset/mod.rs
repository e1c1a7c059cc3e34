//! Signed criteria sets (bộ tiêu chí có chữ ký số): the authority that issues a set (usually a Sở
//! Nội vụ) signs it with its own Ed25519 key, with the same eddsa-jcs-2022 proof as score files
//! ([`crate::scorefile::proof`]), and agencies see who issued the set and that nobody changed it.
//!
//! A signed set is a criteria file with two more members, `publisher` (name, code, did:key) and
//! `proof`. Neither is part of the set's SHA-256 ([`crate::criteria::raw::content_sha256`]),
//! so drafts and score files name the same content whether the set is signed or not; the
//! signature covers everything but the proof, publisher included. docs/criteria-format.md
//! documents the members.
//!
//! - [`sign_set`]: a criteria file → the same file signed;
//! - [`open`]: a set loaded with its verdict, refused when tampered or invalid;
//! - [`verify_set`]: a file's text → [`SetTrust`] (signed and valid, unsigned, tampered, or signed
//!   by an unknown key);
//! - [`SetChange`]: a set replaced under a draft (same id and version, other content, or another
//!   publisher);
//! - [`Message`]: every sentence of this area, in Vietnamese and English.

mod change;
mod messages;
pub mod mismatch;
mod sign;
mod verify;

pub use change::SetChange;
pub use messages::Message;
pub use sign::{sign_set, SignSetError};
pub use verify::{claims_signature, held_trust, open, verify_set, Broken, Refused, SetTrust, SignatureVerdict};
