//! What makes a signed file (a score file, a signed criteria set, an appraisal) unreadable, and
//! where: said in Vietnamese and English when it is found. A [`Malformed`] carries both texts,
//! so that it can cross the verifier worker, go into `--json`, and still be shown in whichever
//! language the user picks afterwards.

use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};

use crate::json_error::JsonProblem;
use crate::{Lang, Text};

/// Where in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole.
    Document,
    /// A JSON path: `answers.1.1.note`, `proof.proofValue`.
    Path(String),
    /// A line and column, for what breaks the JSON itself.
    Line { line: usize, column: usize },
    /// A byte offset, for what breaks UTF-8.
    Byte(usize),
}

/// What is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    NotUtf8,
    /// Broken JSON, or a member of the wrong kind, missing or unknown.
    Json(JsonProblem),
    Null,
    /// A number beyond ±(2^53 − 1) or with a fraction.
    Number {
        number: String,
    },
    ControlCharacter(char),
    NotNfc {
        text: String,
    },
    MemberName {
        name: String,
    },
    /// The file is not a JSON object; `what` is the kind of file expected.
    NotAnObject {
        what: Kind,
    },
    /// Only an object without a proof can be signed.
    NotSignable,
    NotSigned,
    ProofNotAnObject,
    /// A member that must be a given text is missing or another one.
    Expected {
        wanted: String,
        found: Option<String>,
    },
    MissingText,
    /// The signature's encoding (multibase base58btc) does not decode.
    SignatureEncoding {
        detail: String,
    },
    SignatureLength,
    /// The verification method is not the did:key of an Ed25519 public key.
    BadKey {
        detail: String,
    },
    ContextMismatch,
    /// A score file names its criteria set by content only.
    PublisherNotAllowed,
}

/// The kinds of file a [`FileProblem::NotAnObject`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Signed,
    ScoreFile,
    CriteriaFile,
    Appraisal,
}

/// A place in a file that breaks the profile or the format, said in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{}: {}", location.get(Lang::En), message.get(Lang::En))]
pub struct Malformed {
    pub location: Text,
    pub message: Text,
}

impl Malformed {
    pub fn new(place: Place, problem: FileProblem) -> Malformed {
        let both = |say: &dyn Fn(Lang) -> String| Text { vi: say(Lang::Vi), en: Some(say(Lang::En)) };
        Malformed { location: both(&|lang| place.text(lang)), message: both(&|lang| problem.text(lang)) }
    }

    /// At a JSON path, or the whole document when the path is empty.
    pub fn at(path: &str, problem: FileProblem) -> Malformed {
        let place = if path.is_empty() { Place::Document } else { Place::Path(path.to_string()) };
        Malformed::new(place, problem)
    }

    /// "place: problem" in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        format!("{}: {}", self.location.get(lang), self.message.get(lang))
    }
}

impl Place {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Place::Document, Lang::Vi) => "(toàn tệp)".into(),
            (Place::Document, Lang::En) => "(the document)".into(),
            (Place::Path(path), _) => path.clone(),
            (Place::Line { line, column }, Lang::Vi) => format!("dòng {line}, cột {column}"),
            (Place::Line { line, column }, Lang::En) => format!("line {line}, column {column}"),
            (Place::Byte(at), Lang::Vi) => format!("byte thứ {at}"),
            (Place::Byte(at), Lang::En) => format!("byte {at}"),
        }
    }
}

impl FileProblem {
    /// One of each kind, for tests that check every text in both languages.
    pub fn samples() -> Vec<FileProblem> {
        use FileProblem::*;
        let mut all = vec![
            NotUtf8,
            Null,
            Number { number: "1.5".into() },
            ControlCharacter('\r'),
            NotNfc { text: "Hoa\u{300}".into() },
            MemberName { name: "mã".into() },
            NotSignable,
            NotSigned,
            ProofNotAnObject,
            Expected { wanted: "a".into(), found: Some("b".into()) },
            Expected { wanted: "a".into(), found: None },
            MissingText,
            SignatureEncoding { detail: "x".into() },
            SignatureLength,
            BadKey { detail: "x".into() },
            ContextMismatch,
            PublisherNotAllowed,
        ];
        all.extend(
            [Kind::Signed, Kind::ScoreFile, Kind::CriteriaFile, Kind::Appraisal].map(|what| NotAnObject { what }),
        );
        all.extend(JsonProblem::samples().into_iter().map(Json));
        all
    }
}

impl Bilingual for FileProblem {
    fn vi(&self) -> String {
        use FileProblem::*;
        let max = super::profile::MAX_INTEGER;
        match self {
            NotUtf8 => "tệp không phải văn bản UTF-8 hợp lệ".into(),
            Json(problem) => problem.text(Lang::Vi),
            Null => "tệp điểm không dùng null; hãy bỏ hẳn mục này".into(),
            Number { number } => format!(
                "không được dùng số {number}: chỉ số nguyên đến {max}; số thập phân viết trong ngoặc kép (\"0.25\")"
            ),
            ControlCharacter(c) => {
                format!("văn bản có ký tự điều khiển U+{:04X}; chỉ được xuống dòng và tab", *c as u32)
            }
            NotNfc { text } => format!("văn bản \"{}\" không ở dạng Unicode NFC (dựng sẵn)", text.escape_debug()),
            MemberName { name } => format!("tên mục \"{}\" không phải ký tự ASCII in được", name.escape_debug()),
            NotAnObject { what } => format!("{} phải là một đối tượng JSON", what.vi()),
            NotSignable => "chỉ ký được một đối tượng chưa có chữ ký (proof)".into(),
            NotSigned => "tệp chưa được ký: không có chữ ký (proof)".into(),
            ProofNotAnObject => "chữ ký (proof) phải là một đối tượng".into(),
            Expected { wanted, found: Some(found) } => format!("cần \"{wanted}\", tệp ghi \"{found}\""),
            Expected { wanted, found: None } => format!("thiếu; cần \"{wanted}\""),
            MissingText => "thiếu, hoặc không phải văn bản".into(),
            SignatureEncoding { detail } => format!("chữ ký không giải mã được (multibase base58btc: {detail})"),
            SignatureLength => "chữ ký Ed25519 phải dài 64 byte".into(),
            BadKey { detail } => format!("không phải did:key của một khóa công khai Ed25519 ({detail})"),
            ContextMismatch => "không khớp với phần đầu @context của tài liệu".into(),
            PublisherNotAllowed => {
                "tệp điểm chỉ ghi mã, phiên bản và SHA-256 của bộ tiêu chí, không ghi nơi ban hành".into()
            }
        }
    }
    fn en(&self) -> String {
        use FileProblem::*;
        let max = super::profile::MAX_INTEGER;
        match self {
            NotUtf8 => "the file is not valid UTF-8".into(),
            Json(problem) => problem.text(Lang::En),
            Null => "null is not used in score files; leave the member out".into(),
            Number { number } => format!(
                "the number {number} is not allowed: only whole numbers up to {max}; write decimals as strings (\"0.25\")"
            ),
            ControlCharacter(c) => {
                format!("the text holds the control character U+{:04X}; only line feeds and tabs are allowed", *c as u32)
            }
            NotNfc { text } => format!("the text \"{}\" is not in Unicode NFC (composed) form", text.escape_debug()),
            MemberName { name } => format!("the member name \"{}\" is not printable ASCII", name.escape_debug()),
            NotAnObject { what } => format!("{} is a JSON object", what.en()),
            NotSignable => "only an object without a proof can be signed".into(),
            NotSigned => "the file is not signed: it has no proof".into(),
            ProofNotAnObject => "the proof must be an object".into(),
            Expected { wanted, found: Some(found) } => format!("expected \"{wanted}\", found \"{found}\""),
            Expected { wanted, found: None } => format!("missing; expected \"{wanted}\""),
            MissingText => "missing, or not a string".into(),
            SignatureEncoding { detail } => format!("the signature does not decode (multibase base58btc: {detail})"),
            SignatureLength => "an Ed25519 signature has 64 bytes".into(),
            BadKey { detail } => format!("not the did:key of an Ed25519 public key ({detail})"),
            ContextMismatch => "does not match the start of the document's @context".into(),
            PublisherNotAllowed => "a score file names its criteria set by id, version and SHA-256 only, not its publisher".into(),
        }
    }
}

impl Kind {
    fn vi(self) -> &'static str {
        match self {
            Kind::Signed => "tài liệu đã ký",
            Kind::ScoreFile => "tệp điểm",
            Kind::CriteriaFile => "tệp bộ tiêu chí",
            Kind::Appraisal => "tệp thẩm định",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Kind::Signed => "a signed document",
            Kind::ScoreFile => "a score file",
            Kind::CriteriaFile => "a criteria file",
            Kind::Appraisal => "an appraisal file",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_and_place_reads_in_both_languages() {
        for problem in FileProblem::samples() {
            let (vi, en) = (problem.text(Lang::Vi), problem.text(Lang::En));
            assert!(!vi.is_empty() && !en.is_empty(), "{problem:?}");
            if !matches!(problem, FileProblem::Json(_)) {
                assert_ne!(vi, en, "{problem:?} is not translated");
            }
        }
        let located = Malformed::new(Place::Line { line: 3, column: 5 }, FileProblem::NotUtf8);
        assert_eq!(located.text(Lang::Vi), "dòng 3, cột 5: tệp không phải văn bản UTF-8 hợp lệ");
        assert_eq!(located.to_string(), "line 3, column 5: the file is not valid UTF-8");
        assert_eq!(Malformed::at("", FileProblem::NotSigned).location.get(Lang::Vi), "(toàn tệp)");
    }
}
