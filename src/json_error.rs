//! Where a JSON file went wrong, said so that a person can find it: from the deepest node with a
//! code (`1.1.2 rule.kind`), else the JSON path (`answers.1.1.4.count`), with line and column.

use serde::de::DeserializeOwned;

/// A located problem while reading a JSON file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub location: String,
    pub message: String,
}

/// Deserializes `json`, locating any error. `value` (the same text already parsed) lets the
/// location start from the nearest node code; without it the JSON path is used.
pub fn parse<T: DeserializeOwned>(json: &str, value: Option<&serde_json::Value>) -> Result<T, JsonError> {
    let mut de = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner = e.inner();
        let at = format!("line {}, column {}", inner.line(), inner.column());
        let path = match value {
            Some(value) => locate(value, e.path()),
            None => Some(e.path().to_string()).filter(|p| p != "."),
        };
        let location = match path {
            Some(path) => format!("{path} ({at})"),
            None => at,
        };
        JsonError { location, message: message(inner) }
    })
}

/// A serde path as a location: from the deepest node with a code on, like `1.1.2 rule.kind`,
/// else the JSON path itself (`bands[0].range`). `None` for the document root.
fn locate(value: &serde_json::Value, path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment;
    let mut current = Some(value);
    let mut located = String::new();
    for segment in path.iter() {
        let step = match segment {
            Segment::Seq { index } => {
                current = current.and_then(|v| v.get(index));
                format!("[{index}]")
            }
            Segment::Map { key } => {
                current = current.and_then(|v| v.get(key));
                if located.is_empty() || located.ends_with(' ') {
                    key.clone()
                } else {
                    format!(".{key}")
                }
            }
            Segment::Enum { .. } | Segment::Unknown => continue,
        };
        located.push_str(&step);
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
