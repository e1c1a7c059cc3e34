//! What went wrong in a JSON file, as a value rather than serde_json's English sentence, so that
//! it can be said in the user's language (one exhaustive match per language).

use super::kinds::{Expected, Found, Unclosed};
use crate::i18n::Bilingual;

/// One problem while reading a JSON file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonProblem {
    ExpectedValue,
    /// The file ends inside something still open.
    EndOfFile(Unclosed),
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    ExpectedColon,
    TrailingCharacters,
    TrailingComma,
    InvalidNumber,
    NumberOutOfRange,
    ControlCharacter,
    InvalidEscape,
    InvalidUnicode,
    KeyMustBeString,
    TooDeep,
    /// A member the format does not have; `allowed` lists the members it has here.
    UnknownField {
        field: String,
        allowed: Vec<String>,
    },
    MissingField {
        field: String,
    },
    DuplicateField {
        field: String,
    },
    InvalidType {
        found: Found,
        expected: Expected,
    },
    InvalidValue {
        found: Found,
        expected: Expected,
    },
    UnknownVariant {
        variant: String,
        allowed: Vec<String>,
    },
    InvalidLength {
        length: String,
        expected: Expected,
    },
    NotADecimal {
        text: String,
    },
    TooManyPlaces {
        text: String,
        places: String,
    },
    DecimalTooLarge {
        text: String,
    },
    NotAnInterval {
        text: String,
    },
    /// Not recognised: serde_json's own text, quoted.
    Other {
        text: String,
    },
}

impl JsonProblem {
    /// Every kind, with sample values: what the tests put through both languages.
    pub fn samples() -> Vec<JsonProblem> {
        let s = |t: &str| t.to_string();
        let mut all = vec![
            JsonProblem::ExpectedValue,
            JsonProblem::ExpectedCommaOrBrace,
            JsonProblem::ExpectedCommaOrBracket,
            JsonProblem::ExpectedColon,
            JsonProblem::TrailingCharacters,
            JsonProblem::TrailingComma,
            JsonProblem::InvalidNumber,
            JsonProblem::NumberOutOfRange,
            JsonProblem::ControlCharacter,
            JsonProblem::InvalidEscape,
            JsonProblem::InvalidUnicode,
            JsonProblem::KeyMustBeString,
            JsonProblem::TooDeep,
            JsonProblem::UnknownField { field: s("maxx"), allowed: vec![s("max"), s("code")] },
            JsonProblem::UnknownField { field: s("maxx"), allowed: vec![] },
            JsonProblem::MissingField { field: s("code") },
            JsonProblem::DuplicateField { field: s("code") },
            JsonProblem::UnknownVariant { variant: s("yes_no"), allowed: vec![s("levels")] },
            JsonProblem::InvalidLength { length: s("3"), expected: Expected::List },
            JsonProblem::NotADecimal { text: s("1,5") },
            JsonProblem::TooManyPlaces { text: s("0.00001"), places: s("4") },
            JsonProblem::DecimalTooLarge { text: s("9e99") },
            JsonProblem::NotAnInterval { text: s(">90") },
            JsonProblem::Other { text: s("something new") },
        ];
        all.extend([Unclosed::Value, Unclosed::List, Unclosed::Object, Unclosed::Text].map(JsonProblem::EndOfFile));
        let found = [
            Found::Integer(s("1")),
            Found::Float(s("1.5")),
            Found::Text(s("\"x\"")),
            Found::Bool(s("true")),
            Found::Null,
            Found::Object,
            Found::List,
            Found::Other(s("unit value")),
            Found::Object,
        ];
        let expected = [
            Expected::DecimalText,
            Expected::TimeText,
            Expected::Text,
            Expected::WholeNumber,
            Expected::Bool,
            Expected::Object,
            Expected::List,
            Expected::Other(s("a widget")),
            Expected::OneMemberObject,
        ];
        for (found, expected) in found.into_iter().zip(expected) {
            all.push(JsonProblem::InvalidType { found: found.clone(), expected: expected.clone() });
            all.push(JsonProblem::InvalidValue { found, expected });
        }
        all
    }
}

impl Bilingual for JsonProblem {
    fn vi(&self) -> String {
        match self {
            JsonProblem::ExpectedValue => {
                "thiếu một giá trị ở đây (chuỗi trong ngoặc kép, số, true, false, null, {…} hoặc […])".into()
            }
            JsonProblem::EndOfFile(unclosed) => {
                let what = match unclosed {
                    Unclosed::Value => "một giá trị",
                    Unclosed::List => "một danh sách […]",
                    Unclosed::Object => "một đối tượng {…}",
                    Unclosed::Text => "một chuỗi",
                };
                format!("tệp kết thúc khi {what} chưa xong (tệp bị cắt cụt?)")
            }
            JsonProblem::ExpectedCommaOrBrace => "thiếu dấu `,` hoặc `}`".into(),
            JsonProblem::ExpectedCommaOrBracket => "thiếu dấu `,` hoặc `]`".into(),
            JsonProblem::ExpectedColon => "thiếu dấu `:` sau tên trường".into(),
            JsonProblem::TrailingCharacters => "còn ký tự thừa sau khi nội dung JSON đã kết thúc".into(),
            JsonProblem::TrailingComma => "dấu `,` thừa trước dấu đóng".into(),
            JsonProblem::InvalidNumber => "số viết không hợp lệ".into(),
            JsonProblem::NumberOutOfRange => "số quá lớn".into(),
            JsonProblem::ControlCharacter => {
                "chuỗi chứa ký tự điều khiển (như xuống dòng thật); hãy viết \\n".into()
            }
            JsonProblem::InvalidEscape => "chuỗi có dấu thoát `\\` không hợp lệ".into(),
            JsonProblem::InvalidUnicode => "chuỗi có mã Unicode không hợp lệ".into(),
            JsonProblem::KeyMustBeString => "tên trường phải là chuỗi trong ngoặc kép".into(),
            JsonProblem::TooDeep => "tệp lồng nhau quá sâu".into(),
            JsonProblem::UnknownField { field, allowed } if allowed.is_empty() => {
                format!("trường `{field}` không có trong định dạng; ở đây không có trường nào")
            }
            JsonProblem::UnknownField { field, allowed } => {
                format!("trường `{field}` không có trong định dạng; các trường được phép: {}", quoted(allowed))
            }
            JsonProblem::MissingField { field } => format!("thiếu trường `{field}`"),
            JsonProblem::DuplicateField { field } => format!("trường `{field}` xuất hiện hai lần"),
            JsonProblem::InvalidType { found, expected } => {
                format!("sai kiểu: gặp {}, cần {}", found.vi(), expected.vi())
            }
            JsonProblem::InvalidValue { found, expected } => {
                format!("giá trị không hợp lệ: gặp {}, cần {}", found.vi(), expected.vi())
            }
            JsonProblem::UnknownVariant { variant, allowed } => {
                format!("`{variant}` không phải giá trị được phép; các giá trị được phép: {}", quoted(allowed))
            }
            JsonProblem::InvalidLength { length, expected } => {
                format!("độ dài {length} không đúng, cần {}", expected.vi())
            }
            JsonProblem::NotADecimal { text } => {
                format!("`{text}` không phải số thập phân (viết như 12 hoặc 0.25, dùng dấu chấm)")
            }
            JsonProblem::TooManyPlaces { text, places } => format!("`{text}` có quá {places} chữ số thập phân"),
            JsonProblem::DecimalTooLarge { text } => format!("`{text}` quá lớn"),
            JsonProblem::NotAnInterval { text } => format!(
                "`{text}` không phải một khoảng: viết như \"[70, 90)\" ('[' hoặc ']' gồm cả đầu mút, '(' hoặc ')' không gồm)"
            ),
            JsonProblem::Other { text } => format!("không đọc được nội dung JSON (thông báo gốc: «{text}»)"),
        }
    }
    /// English keeps serde_json's wording, which readers of JSON tools know.
    fn en(&self) -> String {
        match self {
            JsonProblem::ExpectedValue => "expected value".into(),
            JsonProblem::EndOfFile(unclosed) => {
                let what = match unclosed {
                    Unclosed::Value => "a value",
                    Unclosed::List => "a list",
                    Unclosed::Object => "an object",
                    Unclosed::Text => "a string",
                };
                format!("EOF while parsing {what} (is the file cut short?)")
            }
            JsonProblem::ExpectedCommaOrBrace => "expected `,` or `}`".into(),
            JsonProblem::ExpectedCommaOrBracket => "expected `,` or `]`".into(),
            JsonProblem::ExpectedColon => "expected `:` after the member name".into(),
            JsonProblem::TrailingCharacters => "trailing characters after the JSON ends".into(),
            JsonProblem::TrailingComma => "trailing comma before the closing bracket".into(),
            JsonProblem::InvalidNumber => "invalid number".into(),
            JsonProblem::NumberOutOfRange => "number out of range".into(),
            JsonProblem::ControlCharacter => "a control character (like a real line break) in a string; write \\n".into(),
            JsonProblem::InvalidEscape => "invalid escape `\\` in a string".into(),
            JsonProblem::InvalidUnicode => "invalid unicode code point in a string".into(),
            JsonProblem::KeyMustBeString => "a member name must be a string in double quotes".into(),
            JsonProblem::TooDeep => "the file nests too deeply".into(),
            JsonProblem::UnknownField { field, allowed } if allowed.is_empty() => {
                format!("unknown field `{field}`; no member is allowed here")
            }
            JsonProblem::UnknownField { field, allowed } => {
                format!("unknown field `{field}`; the fields allowed here: {}", quoted(allowed))
            }
            JsonProblem::MissingField { field } => format!("missing field `{field}`"),
            JsonProblem::DuplicateField { field } => format!("duplicate field `{field}`"),
            JsonProblem::InvalidType { found, expected } => {
                format!("invalid type: {}, expected {}", found.en(), expected.en())
            }
            JsonProblem::InvalidValue { found, expected } => {
                format!("invalid value: {}, expected {}", found.en(), expected.en())
            }
            JsonProblem::UnknownVariant { variant, allowed } => {
                format!("unknown variant `{variant}`; the values allowed: {}", quoted(allowed))
            }
            JsonProblem::InvalidLength { length, expected } => {
                format!("invalid length {length}, expected {}", expected.en())
            }
            JsonProblem::NotADecimal { text } => {
                format!("`{text}` is not a decimal number (write it like 12 or 0.25, with a dot)")
            }
            JsonProblem::TooManyPlaces { text, places } => format!("`{text}` has more than {places} decimal places"),
            JsonProblem::DecimalTooLarge { text } => format!("`{text}` is too large"),
            JsonProblem::NotAnInterval { text } => format!(
                "`{text}` is not an interval: write it like \"[70, 90)\" ('[' or ']' includes the bound, '(' or ')' excludes it)"
            ),
            JsonProblem::Other { text } => format!("the JSON cannot be read (original message: “{text}”)"),
        }
    }
}

fn quoted(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}
