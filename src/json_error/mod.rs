//! Where a JSON file went wrong and what, said so that a person can find it in their language:
//! from the deepest node with a code (`1.1.2 rule.kind`), else the JSON path
//! (`answers.1.1.4.count`), with line and column, and the problem as a [`JsonProblem`].

mod classify;
mod kinds;
pub mod objects;
pub mod path;
mod problem;
pub mod strict;

use crate::i18n::Bilingual;
use serde::de::DeserializeOwned;
use serde::Deserialize;

pub use kinds::{Expected, Found, Unclosed};
pub use problem::JsonProblem;

use crate::Lang;

/// A located problem while reading a JSON file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// The place in English (`1.1.2 max (line 73, column 22)`), for callers that print one
    /// language; [`JsonError::location_in`] says it in the user's.
    pub location: String,
    /// The problem in English; [`JsonError::text`] says it in the user's language.
    pub message: String,
    /// Boxed: most problems are small, and an error travels in every `Result` of the readers.
    pub problem: Box<JsonProblem>,
    pub place: JsonPlace,
}

/// Where in the file: the node code or JSON path when known, and the line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonPlace {
    pub path: Option<String>,
    pub line: usize,
    pub column: usize,
}

impl JsonPlace {
    /// "1.1.2 max (dòng 73, cột 22)" / "1.1.2 max (line 73, column 22)".
    pub fn text(&self, lang: Lang) -> String {
        let (line, column) = (self.line, self.column);
        let at = match lang {
            Lang::Vi => format!("dòng {line}, cột {column}"),
            Lang::En => format!("line {line}, column {column}"),
        };
        match &self.path {
            Some(path) => format!("{path} ({at})"),
            None => at,
        }
    }
}

impl JsonError {
    fn new(problem: JsonProblem, place: JsonPlace) -> JsonError {
        JsonError { location: place.text(Lang::En), message: problem.text(Lang::En), problem: Box::new(problem), place }
    }

    /// A problem found after reading, at a place the caller located.
    pub fn at(problem: JsonProblem, path: Option<String>, line: usize, column: usize) -> JsonError {
        JsonError::new(problem, JsonPlace { path, line, column })
    }

    /// serde_json's error with its line and column, without a path.
    pub fn from_serde(e: &serde_json::Error) -> JsonError {
        JsonError::new(JsonProblem::of(e), JsonPlace { path: None, line: e.line(), column: e.column() })
    }

    pub fn location_in(&self, lang: Lang) -> String {
        self.place.text(lang)
    }

    /// "place: problem" in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        format!("{}: {}", self.place.text(lang), self.problem.text(lang))
    }
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for JsonError {}

/// Parses `json` as any JSON value, locating a syntax error; a member name that appears twice
/// in one object is refused at its line and column instead of the last one silently winning.
pub fn parse_value(json: &str) -> Result<serde_json::Value, JsonError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value = strict::StrictValue::deserialize(&mut de).and_then(|strict::StrictValue(v)| de.end().map(|()| v));
    value.map_err(|e| JsonError::from_serde(&e))
}

/// Deserializes `json`, locating any error; an array where the format has an object is refused. `value` (the same text already parsed) lets the
/// location start from the nearest node code; without it the JSON path is used.
pub fn parse<T: DeserializeOwned>(json: &str, value: Option<&serde_json::Value>) -> Result<T, JsonError> {
    let mut de = serde_json::Deserializer::from_str(json);
    // Structs must be objects (`objects::Strict`), and nothing may follow the value.
    let read = T::deserialize(objects::Strict(&mut de)).map_err(|e| {
        let problem = JsonProblem::of(&e);
        let steps = path::path_at(json, e.line(), e.column(), &problem);
        let path = match value {
            Some(value) => locate(value, &steps),
            None => path::display(&steps),
        };
        JsonError::new(problem, JsonPlace { path, line: e.line(), column: e.column() })
    })?;
    de.end().map_err(|e| JsonError::from_serde(&e))?;
    Ok(read)
}

/// A path as a location: from the deepest node with a code on, like `1.1.2 rule.kind`, else the
/// JSON path itself (`bands[0].range`). `None` for the document root.
fn locate(value: &serde_json::Value, steps: &[path::Step]) -> Option<String> {
    let mut current = Some(value);
    let mut located = String::new();
    for step in steps {
        let text = match step {
            path::Step::Index(index) => {
                current = current.and_then(|v| v.get(index));
                format!("[{index}]")
            }
            path::Step::Key(key) => {
                current = current.and_then(|v| v.get(key));
                if located.is_empty() || located.ends_with(' ') {
                    key.clone()
                } else {
                    format!(".{key}")
                }
            }
        };
        located.push_str(&text);
        if let Some(code) = current.and_then(|v| v.get("code")).and_then(|c| c.as_str()) {
            located = format!("{code} ");
        }
    }
    let located = located.trim_end().to_string();
    (!located.is_empty()).then_some(located)
}

/// serde_json's message without its own " at line X column Y" suffix (the location says it).
pub fn message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
