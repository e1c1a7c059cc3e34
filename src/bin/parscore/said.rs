//! What the command line says outside its tables and the core's own messages, in both languages.

use parscore::i18n::Bilingual;

pub(crate) enum Said<'a> {
    /// `check`: a set that loads.
    SetOk { path: &'a str, id: &'a str, items: usize, points: String },
    /// `check`: a JSON Schema given with the sets (the natural `criteria/*.json` glob).
    SchemaSkipped { path: &'a str },
    /// A file of the criteria folder that does not load, left out of the sets verified against.
    SetSkipped { path: &'a str },
    /// `verify` with no `--criteria` and no criteria/ folder where it runs.
    NoCriteriaFolder,
    /// `verify`: how many of the files are verified.
    VerifiedOf { verified: usize, total: usize },
}

impl Bilingual for Said<'_> {
    fn vi(&self) -> String {
        match self {
            Said::SetOk { path, id, items, points } => format!("{path}: ok ({id}, {items} tiêu chí, {points} điểm)"),
            Said::SchemaSkipped { path } => {
                format!("{path}: tệp JSON Schema (mô tả định dạng), không phải bộ tiêu chí: bỏ qua")
            }
            Said::SetSkipped { path } => format!("{path}: không phải bộ tiêu chí hợp lệ: bỏ qua"),
            Said::NoCriteriaFolder => "Không có bộ tiêu chí nào để đối chiếu: ở thư mục này không có thư mục \
                criteria/. Hãy chỉ ra thư mục (hoặc tệp) bộ tiêu chí bằng --criteria."
                .into(),
            Said::VerifiedOf { verified, total } => format!("{verified}/{total} tệp hợp lệ."),
        }
    }

    fn en(&self) -> String {
        match self {
            Said::SetOk { path, id, items, points } => format!("{path}: ok ({id}, {items} items, {points} points)"),
            Said::SchemaSkipped { path } => format!("{path}: a JSON Schema (the format), not a criteria set: skipped"),
            Said::SetSkipped { path } => format!("{path}: not a valid criteria set: skipped"),
            Said::NoCriteriaFolder => "No criteria sets to verify against: there is no criteria/ folder here. \
                Name the folder (or file) of criteria sets with --criteria."
                .into(),
            Said::VerifiedOf { verified, total } => format!("{verified}/{total} files verified."),
        }
    }
}

/// Whether `text` is a JSON Schema rather than a criteria set: its top-level `$schema` names a
/// JSON Schema dialect (a criteria set names its schema file, "./criteria.schema.json").
pub(crate) fn is_json_schema(text: &str) -> bool {
    let value: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    value.get("$schema").and_then(serde_json::Value::as_str).is_some_and(|s| s.contains("json-schema.org"))
}
