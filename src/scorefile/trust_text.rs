//! Every message of trust (verdicts, signers, duplicates) and of keyrings, in Vietnamese first
//! and English second: the command line prints them and the Verify page shows them, so both say
//! the same thing in the same words.

use crate::i18n::Bilingual;

/// A message about a file's trust or a keyring, with what it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrustText {
    /// The verdict of a file that is trusted.
    Verified,
    /// The verdict of a file whose signature is right but whose signer is not registered.
    SignatureOnly,
    Invalid,
    /// Why a signer is not verified: no keyring was given.
    NoKeyring,
    NotInKeyring {
        fingerprint: String,
    },
    RegisteredToOther {
        fingerprint: String,
        name: String,
        code: String,
        file_code: String,
    },
    SignedBy {
        name: String,
        code: String,
        fingerprint: String,
    },
    /// `file` is an older file of the same agency and year as `by`, from the same signer.
    Superseded {
        by: String,
    },
    /// Files of the same agency and year signed by keys that are not both registered to it.
    Conflicting {
        with: String,
    },
    /// A failure's kind, by its JSON name (`bad_signature`…).
    FailureKind {
        kind: String,
    },
    /// The closing line of a batch: how many files are verified, signature only, invalid.
    Summary {
        verified: usize,
        signature_only: usize,
        invalid: usize,
        conflicts: usize,
    },
    /// A file that could not be read at all.
    Unreadable,
    /// `--allow-unregistered` let unverified signers through.
    UnregisteredAllowed,
    KeyAdded {
        source: String,
        name: String,
        code: String,
        fingerprint: String,
    },
    KeyAlreadyPresent {
        source: String,
        name: String,
        code: String,
        fingerprint: String,
    },
    /// The did is registered for one agency code and a file asks to register it for another.
    DidRegisteredElsewhere {
        source: String,
        did: String,
        registered_code: String,
        wanted_code: String,
    },
    KeyringUnchanged,
    KeyringEmpty,
    /// One entry of a keyring as a list prints it; `added` is empty when unknown.
    KeyringEntry {
        code: String,
        name: String,
        fingerprint: String,
        did: String,
        added: String,
    },
    /// A keyring file cannot be read: where and what.
    KeyringUnreadable {
        location: String,
        message: String,
    },
}

impl Bilingual for TrustText {
    fn vi(&self) -> String {
        match self {
            TrustText::Verified => "Hợp lệ".into(),
            TrustText::SignatureOnly => "Chữ ký đúng nhưng chưa xác minh người ký".into(),
            TrustText::Invalid => "Không hợp lệ".into(),
            TrustText::NoKeyring => "không có danh sách khoá để đối chiếu người ký".into(),
            TrustText::NotInKeyring { fingerprint } => {
                format!("khoá {fingerprint} không có trong danh sách khoá")
            }
            TrustText::RegisteredToOther { fingerprint, name, code, file_code } => format!(
                "khoá {fingerprint} đăng ký cho {name} (mã {code}), không phải cho mã đơn vị {file_code} của tệp"
            ),
            TrustText::SignedBy { name, code, fingerprint } => {
                format!("ký bởi {name} (mã {code}), vân tay khoá {fingerprint}")
            }
            TrustText::Superseded { by } => format!("đã được thay bằng tệp mới hơn {by}"),
            TrustText::Conflicting { with } => {
                format!("mâu thuẫn với {with}: cùng đơn vị và năm nhưng khoá ký khác nhau")
            }
            TrustText::FailureKind { kind } => match kind.as_str() {
                "malformed" => "sai định dạng".into(),
                "bad_signature" => "chữ ký sai".into(),
                "unknown_key" => "khoá chưa đăng ký".into(),
                "criteria_mismatch" => "bộ tiêu chí không khớp".into(),
                "score_differs" => "điểm tính lại khác".into(),
                other => other.into(),
            },
            TrustText::Summary { verified, signature_only, invalid, conflicts } => format!(
                "{verified} tệp hợp lệ, {signature_only} tệp chưa xác minh người ký, {invalid} tệp không hợp lệ, {conflicts} tệp mâu thuẫn."
            ),
            TrustText::Unreadable => "không đọc được tệp".into(),
            TrustText::UnregisteredAllowed => {
                "Đã cho phép tệp chưa xác minh người ký (--allow-unregistered).".into()
            }
            TrustText::KeyAdded { source, name, code, fingerprint } => {
                format!("{source}: đã thêm {name} (mã {code}), vân tay {fingerprint}")
            }
            TrustText::KeyAlreadyPresent { source, name, code, fingerprint } => {
                format!("{source}: {name} (mã {code}), vân tay {fingerprint} đã có trong danh sách khoá")
            }
            TrustText::DidRegisteredElsewhere { source, did, registered_code, wanted_code } => format!(
                "{source}: did: khoá {did} đã đăng ký cho mã đơn vị {registered_code}, không thể đăng ký thêm cho {wanted_code}"
            ),
            TrustText::KeyringUnchanged => "Danh sách khoá không thay đổi.".into(),
            TrustText::KeyringEmpty => "Danh sách khoá trống.".into(),
            TrustText::KeyringEntry { code, name, fingerprint, did, added } => {
                let added = if added.is_empty() { "không rõ ngày thêm".to_string() } else { format!("thêm {added}") };
                format!("{code}\t{name}\t{fingerprint}\t{added}\t{did}")
            }
            TrustText::KeyringUnreadable { location, message } => {
                format!("Không đọc được danh sách khoá tại {location}: {message}")
            }
        }
    }
    fn en(&self) -> String {
        match self {
            TrustText::Verified => "Verified".into(),
            TrustText::SignatureOnly => "Signature valid but signer not verified".into(),
            TrustText::Invalid => "Invalid".into(),
            TrustText::NoKeyring => "no keyring given to check the signer against".into(),
            TrustText::NotInKeyring { fingerprint } => format!("key {fingerprint} is not in the keyring"),
            TrustText::RegisteredToOther { fingerprint, name, code, file_code } => format!(
                "key {fingerprint} is registered to {name} (code {code}), not to the file's agency code {file_code}"
            ),
            TrustText::SignedBy { name, code, fingerprint } => {
                format!("signed by {name} (code {code}), key fingerprint {fingerprint}")
            }
            TrustText::Superseded { by } => format!("superseded by the later file {by}"),
            TrustText::Conflicting { with } => {
                format!("conflicts with {with}: same agency and year, different signing keys")
            }
            TrustText::FailureKind { kind } => match kind.as_str() {
                "malformed" => "malformed".into(),
                "bad_signature" => "bad signature".into(),
                "unknown_key" => "unknown key".into(),
                "criteria_mismatch" => "criteria mismatch".into(),
                "score_differs" => "recomputed score differs".into(),
                other => other.into(),
            },
            TrustText::Summary { verified, signature_only, invalid, conflicts } => format!(
                "{verified} verified, {signature_only} with the signer not verified, {invalid} invalid, {conflicts} conflicting."
            ),
            TrustText::Unreadable => "cannot be read".into(),
            TrustText::UnregisteredAllowed => "Files with an unverified signer were allowed (--allow-unregistered).".into(),
            TrustText::KeyAdded { source, name, code, fingerprint } => {
                format!("{source}: added {name} (code {code}), fingerprint {fingerprint}")
            }
            TrustText::KeyAlreadyPresent { source, name, code, fingerprint } => {
                format!("{source}: {name} (code {code}), fingerprint {fingerprint} is already in the keyring")
            }
            TrustText::DidRegisteredElsewhere { source, did, registered_code, wanted_code } => format!(
                "{source}: did: the key {did} is registered for agency code {registered_code}; it cannot also be registered for {wanted_code}"
            ),
            TrustText::KeyringUnchanged => "The keyring is unchanged.".into(),
            TrustText::KeyringEmpty => "The keyring is empty.".into(),
            TrustText::KeyringEntry { code, name, fingerprint, did, added } => {
                let added = if added.is_empty() { "added: unknown".to_string() } else { format!("added {added}") };
                format!("{code}\t{name}\t{fingerprint}\t{added}\t{did}")
            }
            TrustText::KeyringUnreadable { location, message } => {
                format!("The keyring cannot be read at {location}: {message}")
            }
        }
    }
}
