//! Every text the appraisal round shows, in Vietnamese and English: one exhaustive `match` per
//! language, so that a message without its translation does not compile.

use crate::i18n::Bilingual;
use crate::scorefile::profile::Malformed;
use crate::Lang;

/// A finding about an appraisal or explanation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppraisalMessage {
    /// Not strict JSON, outside the profile, or not the document it says (with its place).
    Malformed(Malformed),
    WrongFormat {
        expected: String,
        found: String,
    },
    BadSignature,
    /// The signing key is registered, but to another code than the file's party.
    RegisteredToAnother {
        fingerprint: String,
        registered_code: String,
        expected_code: String,
    },
    /// The file is bound (by SHA-256) to another file than the one given.
    BoundToAnotherFile {
        bound: String,
        given: String,
    },
    NotAScoreFile,
    NotAnAppraisal,
    /// The agency, year or criteria set differ from the file it answers.
    OtherAgencyOrYear,
    UnknownCriteria {
        id: String,
        version: String,
    },
    UnknownItem {
        code: String,
    },
    /// An appraised answer that the rule cannot score.
    AnswerProblem {
        code: String,
    },
    FigureDiffers {
        location: String,
        claimed: Option<String>,
        recomputed: Option<String>,
    },
    /// The explanation answers an item the appraisal does not mention.
    NotAppraised {
        code: String,
    },
}

impl Bilingual for AppraisalMessage {
    fn vi(&self) -> String {
        use AppraisalMessage::*;
        match self {
            Malformed(m) => {
                format!("Tệp không đúng định dạng tại {}: {}", m.location.get(Lang::Vi), m.message.get(Lang::Vi))
            }
            WrongFormat { expected, found } => {
                format!("Tệp không phải loại cần mở: cần \"{expected}\", tệp ghi \"{found}\"")
            }
            BadSignature => "Chữ ký không khớp với nội dung tệp: tệp đã bị sửa sau khi ký.".into(),
            RegisteredToAnother { fingerprint, registered_code, expected_code } => format!(
                "Khoá ký {fingerprint} đã đăng ký cho đơn vị {registered_code}, không phải cho {expected_code}."
            ),
            BoundToAnotherFile { bound, given } => format!(
                "Tệp gắn với một tệp khác (SHA-256 {}…), không phải tệp đã cho (SHA-256 {}…).",
                short(bound),
                short(given)
            ),
            NotAScoreFile => "Tệp kèm theo không phải là tệp điểm đọc được.".into(),
            NotAnAppraisal => "Tệp kèm theo không phải là tệp thẩm định đọc được.".into(),
            OtherAgencyOrYear => "Đơn vị, năm hoặc bộ tiêu chí khác với tệp được trả lời.".into(),
            UnknownCriteria { id, version } => format!("Bộ tiêu chí {id} phiên bản {version} chưa được nạp."),
            UnknownItem { code } => format!("Mục {code} không có trong bộ tiêu chí."),
            AnswerProblem { code } => format!("Mục {code}: kết quả thẩm định không chấm được theo quy tắc."),
            FigureDiffers { location, claimed, recomputed } => format!(
                "{location}: tệp ghi {}, tính lại được {}.",
                claimed.as_deref().unwrap_or("(không có)"),
                recomputed.as_deref().unwrap_or("(không có)")
            ),
            NotAppraised { code } => format!("Mục {code} được giải trình nhưng không có trong tệp thẩm định."),
        }
    }
    fn en(&self) -> String {
        use AppraisalMessage::*;
        match self {
            Malformed(m) => {
                format!("The file is malformed at {}: {}", m.location.get(Lang::En), m.message.get(Lang::En))
            }
            WrongFormat { expected, found } => {
                format!("This is not the kind of file expected: \"{expected}\" is needed, the file says \"{found}\"")
            }
            BadSignature => "The signature does not match the file's content: it was changed after signing.".into(),
            RegisteredToAnother { fingerprint, registered_code, expected_code } => format!(
                "The signing key {fingerprint} is registered to agency {registered_code}, not to {expected_code}."
            ),
            BoundToAnotherFile { bound, given } => format!(
                "The file is bound to another file (SHA-256 {}…), not to the one given (SHA-256 {}…).",
                short(bound),
                short(given)
            ),
            NotAScoreFile => "The file given with it is not a readable score file.".into(),
            NotAnAppraisal => "The file given with it is not a readable appraisal file.".into(),
            OtherAgencyOrYear => "The agency, year or criteria set differ from the file it answers.".into(),
            UnknownCriteria { id, version } => format!("The criteria set {id} version {version} is not loaded."),
            UnknownItem { code } => format!("Item {code} is not in the criteria set."),
            AnswerProblem { code } => format!("Item {code}: the appraised answer cannot be scored by its rule."),
            FigureDiffers { location, claimed, recomputed } => format!(
                "{location}: the file says {}, recomputed {}.",
                claimed.as_deref().unwrap_or("(nothing)"),
                recomputed.as_deref().unwrap_or("(nothing)")
            ),
            NotAppraised { code } => format!("Item {code} is explained but not in the appraisal file."),
        }
    }
}

fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}
