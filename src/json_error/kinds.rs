//! The kinds of values serde names in its messages ("found an integer, expected a string"), in
//! both languages. English keeps serde's words, which readers of JSON tools know.

use super::classify::between;

/// What was still open when the file ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unclosed {
    Value,
    List,
    Object,
    Text,
}

/// What a file held where something else was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Integer(String),
    Float(String),
    Text(String),
    Bool(String),
    Null,
    Object,
    List,
    Other(String),
}

/// What the format wants at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    DecimalText,
    TimeText,
    Text,
    WholeNumber,
    Bool,
    Object,
    /// An object with exactly one member, naming which of several forms it is.
    OneMemberObject,
    List,
    Other(String),
}

impl Found {
    pub(super) fn parse(text: &str) -> Found {
        let inner = || between(text, '`', '`').unwrap_or_default();
        if text.starts_with("integer ") {
            Found::Integer(inner())
        } else if text.starts_with("floating point ") {
            Found::Float(inner())
        } else if let Some(s) = text.strip_prefix("string ") {
            Found::Text(s.to_string())
        } else if text.starts_with("boolean ") {
            Found::Bool(inner())
        } else {
            match text {
                "null" | "unit value" => Found::Null,
                "map" => Found::Object,
                "sequence" => Found::List,
                _ => Found::Other(text.to_string()),
            }
        }
    }

    pub(super) fn vi(&self) -> String {
        match self {
            Found::Integer(n) => format!("số nguyên {n} (không có ngoặc kép)"),
            Found::Float(x) => format!("số {x} (không có ngoặc kép)"),
            Found::Text(s) => format!("chuỗi {s}"),
            Found::Bool(b) => format!("giá trị {b}"),
            Found::Null => "null".into(),
            Found::Object => "một đối tượng {…}".into(),
            Found::List => "một danh sách […]".into(),
            Found::Other(t) => format!("«{t}»"),
        }
    }

    pub(super) fn en(&self) -> String {
        match self {
            Found::Integer(n) => format!("integer `{n}`"),
            Found::Float(x) => format!("floating point `{x}`"),
            Found::Text(s) => format!("string {s}"),
            Found::Bool(b) => format!("boolean `{b}`"),
            Found::Null => "null".into(),
            Found::Object => "map".into(),
            Found::List => "sequence".into(),
            Found::Other(t) => t.clone(),
        }
    }
}

impl Expected {
    pub(super) fn parse(text: &str) -> Expected {
        const WHOLE: [&str; 10] = ["u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize"];
        if text.starts_with("a decimal number written as a string") {
            Expected::DecimalText
        } else if text.starts_with("a UTC time") {
            Expected::TimeText
        } else if text == "map with a single key" {
            Expected::OneMemberObject
        } else if text.starts_with("struct ") || text == "a map" || text == "map" {
            Expected::Object
        } else if WHOLE.contains(&text) {
            Expected::WholeNumber
        } else {
            match text {
                "a string" => Expected::Text,
                "a boolean" => Expected::Bool,
                "a sequence" => Expected::List,
                _ => Expected::Other(text.to_string()),
            }
        }
    }

    pub(super) fn vi(&self) -> String {
        match self {
            Expected::DecimalText => "một số thập phân viết trong ngoặc kép, như \"0.25\"".into(),
            Expected::TimeText => "một thời điểm UTC viết dạng YYYY-MM-DDTHH:MM:SSZ".into(),
            Expected::Text => "một chuỗi trong ngoặc kép".into(),
            Expected::WholeNumber => "một số nguyên không âm".into(),
            Expected::Bool => "true hoặc false".into(),
            Expected::Object => "một đối tượng {…}".into(),
            Expected::OneMemberObject => "một đối tượng {…} chỉ có một trường (một trong các dạng được phép)".into(),
            Expected::List => "một danh sách […]".into(),
            Expected::Other(t) => format!("«{t}»"),
        }
    }

    pub(super) fn en(&self) -> String {
        match self {
            Expected::DecimalText => "a decimal number written as a string, like \"0.25\"".into(),
            Expected::TimeText => "a UTC time written as YYYY-MM-DDTHH:MM:SSZ".into(),
            Expected::Text => "a string".into(),
            Expected::WholeNumber => "a whole number, 0 or more".into(),
            Expected::Bool => "a boolean".into(),
            Expected::Object => "an object".into(),
            Expected::OneMemberObject => "map with a single key".into(),
            Expected::List => "a list".into(),
            Expected::Other(t) => t.clone(),
        }
    }
}
