//! Every sentence of signed sets, Vietnamese first: one enum, one exhaustive match per language.

use super::{Broken, SetChange};
use crate::criteria::raw::Publisher;
use crate::i18n::Bilingual;
use crate::scorefile::keys::KeyOwner;
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// "Ban hành bởi …, chữ ký hợp lệ"; `registered` when a list of known publishers has the key.
    Signed {
        publisher: Publisher,
        fingerprint: String,
        registered: bool,
    },
    Unsigned,
    Tampered(Broken),
    UnknownKey {
        publisher: Publisher,
        fingerprint: String,
        registered_to: Option<KeyOwner>,
    },
    Changed(SetChange),
    /// A set that does not load is not signed.
    SetInvalid {
        location: String,
        detail: String,
    },
    BlankPublisher {
        field: &'static str,
    },
}

fn short(sha256: &str) -> &str {
    sha256.get(..12).unwrap_or(sha256)
}

impl Bilingual for Message {
    fn vi(&self) -> String {
        match self {
            Message::Signed { publisher: p, fingerprint, registered } => format!(
                "Ban hành bởi {} ({}), vân tay khoá {fingerprint}, chữ ký hợp lệ{}",
                p.name,
                p.code,
                if *registered { "; khoá có trong danh sách cơ quan ban hành" } else { "" }
            ),
            Message::Unsigned => "Bộ tiêu chí không có chữ ký: không xác nhận được cơ quan ban hành, \
                                  nội dung có thể đã bị sửa"
                .to_string(),
            Message::Tampered(broken) => format!(
                "Bộ tiêu chí đã bị sửa sau khi ký hoặc chữ ký hỏng ({}): không dùng bộ này",
                match broken {
                    Broken::BadSignature => "chữ ký không khớp với nội dung".to_string(),
                    Broken::NoProof => "có tên cơ quan ban hành nhưng không có chữ ký".to_string(),
                    Broken::NoPublisher => "có chữ ký nhưng không có cơ quan ban hành".to_string(),
                    Broken::OtherKey { signer, named } => {
                        format!("chữ ký của khoá {signer}, không phải khoá của cơ quan ban hành {named}")
                    }
                    Broken::Malformed(m) => format!("không đọc được tại {}: {}", m.location.get(Lang::Vi), m.message.get(Lang::Vi)),
                }
            ),
            Message::UnknownKey { publisher: p, fingerprint, registered_to } => match registered_to {
                None => format!(
                    "Chữ ký hợp lệ nhưng khoá không có trong danh sách cơ quan ban hành: {} ({}), vân tay {fingerprint}",
                    p.name, p.code
                ),
                Some(owner) => format!(
                    "Chữ ký hợp lệ nhưng khoá vân tay {fingerprint} được đăng ký cho {} ({}), không phải {} ({})",
                    owner.name, owner.code, p.name, p.code
                ),
            },
            Message::Changed(change) => match change {
                SetChange::OtherSet { remembered, found } => {
                    format!("Bản tự đánh giá được lập cho bộ tiêu chí \"{remembered}\", không phải \"{found}\"")
                }
                SetChange::OtherVersion { id, remembered, found } => format!(
                    "Bản tự đánh giá được lập theo phiên bản {remembered} của bộ {id}; bộ đang dùng là phiên bản {found}"
                ),
                SetChange::Replaced { id, version, remembered, found } => format!(
                    "Bộ tiêu chí {id} phiên bản {version} đã bị thay nội dung mà không đổi phiên bản \
                     (SHA-256 {}… thay vì {}…): kiểm tra lại với cơ quan ban hành",
                    short(found),
                    short(remembered)
                ),
                SetChange::OtherPublisher { remembered, found: Some(found) } => format!(
                    "Bộ tiêu chí nay được ký bởi khoá {found}, không phải khoá {remembered} như khi lập bản tự đánh giá"
                ),
                SetChange::OtherPublisher { remembered, found: None } => format!(
                    "Bộ tiêu chí nay không còn chữ ký của cơ quan ban hành (khoá {remembered}) như khi lập bản tự đánh giá"
                ),
            },
            Message::SetInvalid { location, detail } => format!("{location}: bộ tiêu chí không hợp lệ, không ký: {detail}"),
            Message::BlankPublisher { field } => format!(
                "Thiếu {} của cơ quan ban hành",
                match *field {
                    "name" => "tên",
                    _ => "mã",
                }
            ),
        }
    }
    fn en(&self) -> String {
        match self {
            Message::Signed { publisher: p, fingerprint, registered } => format!(
                "Issued by {} ({}), key fingerprint {fingerprint}, valid signature{}",
                p.name,
                p.code,
                if *registered { "; the key is in the list of publishers" } else { "" }
            ),
            Message::Unsigned => "The criteria set is not signed: its publisher cannot be confirmed and its \
                                  content may have been changed"
                .to_string(),
            Message::Tampered(broken) => format!(
                "The criteria set was changed after signing, or its signature is broken ({}): do not use it",
                match broken {
                    Broken::BadSignature => "the signature does not match the content".to_string(),
                    Broken::NoProof => "a publisher is named but there is no signature".to_string(),
                    Broken::NoPublisher => "a signature without a publisher".to_string(),
                    Broken::OtherKey { signer, named } => {
                        format!("signed by the key {signer}, not by the publisher's key {named}")
                    }
                    Broken::Malformed(m) => format!("unreadable at {}: {}", m.location.get(Lang::En), m.message.get(Lang::En)),
                }
            ),
            Message::UnknownKey { publisher: p, fingerprint, registered_to } => match registered_to {
                None => format!(
                    "Valid signature, but the key is not in the list of publishers: {} ({}), fingerprint {fingerprint}",
                    p.name, p.code
                ),
                Some(owner) => format!(
                    "Valid signature, but the key with fingerprint {fingerprint} is registered to {} ({}), not {} ({})",
                    owner.name, owner.code, p.name, p.code
                ),
            },
            Message::Changed(change) => match change {
                SetChange::OtherSet { remembered, found } => {
                    format!("The draft was made for the criteria set \"{remembered}\", not \"{found}\"")
                }
                SetChange::OtherVersion { id, remembered, found } => {
                    format!("The draft was made for version {remembered} of {id}; the set at hand is version {found}")
                }
                SetChange::Replaced { id, version, remembered, found } => format!(
                    "The criteria set {id} version {version} was replaced without a new version \
                     (SHA-256 {}… instead of {}…): check with the publisher",
                    short(found),
                    short(remembered)
                ),
                SetChange::OtherPublisher { remembered, found: Some(found) } => format!(
                    "The criteria set is now signed by the key {found}, not by {remembered} as when the draft was made"
                ),
                SetChange::OtherPublisher { remembered, found: None } => format!(
                    "The criteria set no longer carries its publisher's signature (key {remembered}) as when the draft was made"
                ),
            },
            Message::SetInvalid { location, detail } => {
                format!("{location}: the criteria set is not valid, so it was not signed: {detail}")
            }
            Message::BlankPublisher { field } => format!("The publisher's {field} is missing"),
        }
    }
}
