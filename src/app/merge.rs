//! Several tabs (or windows of the single file) on one draft. Each saved [`Record`] carries a
//! revision; a tab remembers the record it last read or wrote (its base). When the store holds
//! another revision, another tab saved in between, and [`merge`] combines the three field by
//! field: a field changed on one side only takes that change; a field changed on both sides to
//! different texts keeps this tab's text in the draft and the other one in a [`Conflict`], kept
//! in the record (so every tab shows it) until the user chooses. Nothing typed is dropped
//! without the user's choice.
//!
//! A field is one input of one item (as typed, "4," included), an item's note, its evidence
//! list, or the draft's name. The section open is each tab's own and is not merged.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::drafts::{Record, TypedTexts};
use super::safety_messages::SafetyMsg;
use super::typed::TypedAnswer;
use crate::answers::{Answer, Evidence, InputField};
use crate::Lang;

/// One field of a draft that two tabs can change. Kept in a record as `{"part": "input",
/// "code": …, "field": …}`, read and written through [`FieldKeyFields`]: serde's internally
/// tagged enums buffer every member first, which costs the form's page several kB of code.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "FieldKeyFields", into = "FieldKeyFields")]
pub enum FieldKey {
    /// What the list of drafts calls it.
    Name,
    /// One input of an item, by its field name (`justification`, `count`…).
    Input {
        code: String,
        field: String,
    },
    Note {
        code: String,
    },
    Evidence {
        code: String,
    },
}

/// A [`FieldKey`] as a record keeps it: the part, and the item and input where they apply.
#[derive(Serialize, Deserialize)]
struct FieldKeyFields {
    part: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    field: Option<String>,
}

impl TryFrom<FieldKeyFields> for FieldKey {
    type Error = String;

    fn try_from(FieldKeyFields { part, code, field }: FieldKeyFields) -> Result<FieldKey, String> {
        let needs = |what: Option<String>, name: &str| what.ok_or(format!("missing field `{name}`"));
        let key = match part.as_str() {
            "name" => FieldKey::Name,
            "input" => FieldKey::Input { code: needs(code, "code")?, field: needs(field, "field")? },
            "note" => FieldKey::Note { code: needs(code, "code")? },
            "evidence" => FieldKey::Evidence { code: needs(code, "code")? },
            other => {
                return Err(format!("unknown variant `{other}`, expected one of `name`, `input`, `note`, `evidence`"))
            }
        };
        Ok(key)
    }
}

impl From<FieldKey> for FieldKeyFields {
    fn from(key: FieldKey) -> FieldKeyFields {
        let (part, code, field) = match key {
            FieldKey::Name => ("name", None, None),
            FieldKey::Input { code, field } => ("input", Some(code), Some(field)),
            FieldKey::Note { code } => ("note", Some(code), None),
            FieldKey::Evidence { code } => ("evidence", Some(code), None),
        };
        FieldKeyFields { part: part.to_string(), code, field }
    }
}

impl FieldKey {
    /// The item the field belongs to (none for the name).
    pub fn code(&self) -> Option<&str> {
        match self {
            FieldKey::Name => None,
            FieldKey::Input { code, .. } | FieldKey::Note { code } | FieldKey::Evidence { code } => Some(code),
        }
    }

    /// The input, for an input field.
    pub fn input(&self) -> Option<InputField> {
        match self {
            FieldKey::Input { field, .. } => InputField::from_name(field),
            _ => None,
        }
    }
}

/// A field that two tabs changed to different texts: `kept` is in the draft, `other` waits for
/// the user's choice. `None` is a blank field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub key: FieldKey,
    pub kept: Option<String>,
    pub other: Option<String>,
}

impl Conflict {
    /// A side as the user reads it: the text, or the titles of an evidence list.
    pub fn shown(&self, side: &Option<String>) -> String {
        let Some(value) = side else { return String::new() };
        match self.key {
            FieldKey::Evidence { .. } => {
                let list: Vec<Evidence> = crate::json_error::parse(value, None).unwrap_or_default();
                let titles: Vec<String> =
                    list.iter().map(|e| format!("{} {}", e.number, e.title).trim().to_string()).collect();
                titles.join("; ")
            }
            _ => value.clone(),
        }
    }
}

impl Conflict {
    /// Which field, as the user reads it: "Mục 2.3, lý do" / "Item 2.3, justification".
    pub fn field_text(&self, lang: Lang) -> String {
        let what = match &self.key {
            FieldKey::Name => return SafetyMsg::ConflictName.text(lang),
            FieldKey::Note { .. } => SafetyMsg::ConflictNote.text(lang),
            FieldKey::Evidence { .. } => SafetyMsg::ConflictEvidence.text(lang),
            FieldKey::Input { field, .. } => {
                InputField::from_name(field).map_or_else(|| field.clone(), |f| f.label(lang).to_string())
            }
        };
        SafetyMsg::ConflictField { code: self.key.code().unwrap_or_default(), what: &what }.text(lang)
    }
}

/// A draft's fields and their texts (blank fields left out).
pub type Fields = BTreeMap<FieldKey, String>;

/// The fields of a record. Answers without typed texts (read from a draft file) count with the
/// texts that show them.
pub fn fields(record: &Record) -> Fields {
    let mut fields = Fields::new();
    fields.insert(FieldKey::Name, record.name.clone());
    for (code, answer) in &record.draft.answers {
        if !record.typed.contains_key(code) {
            add_inputs(&mut fields, code, &TypedAnswer::from_answer(answer, Lang::Vi).to_texts());
        }
        if let Some(note) = &answer.note {
            fields.insert(FieldKey::Note { code: code.clone() }, note.clone());
        }
        if !answer.evidence.is_empty() {
            let evidence = serde_json::to_string(&answer.evidence).unwrap_or_default();
            fields.insert(FieldKey::Evidence { code: code.clone() }, evidence);
        }
    }
    for (code, texts) in &record.typed {
        add_inputs(&mut fields, code, texts);
    }
    fields
}

fn add_inputs(fields: &mut Fields, code: &str, texts: &TypedTexts) {
    for (field, text) in texts.iter().filter(|(_, text)| !text.is_empty()) {
        fields.insert(FieldKey::Input { code: code.to_string(), field: field.clone() }, text.clone());
    }
}

/// `template` (its set, agency, year, section, title, revision) with these fields: each item's
/// answer is derived again from its typed texts, as the form derives it.
pub fn with_fields(template: &Record, fields: &Fields) -> Record {
    with_field_list(template, &mut fields.iter())
}

/// [`with_fields`] over the fields in key order, as one iterator type: a second `Fields` with a
/// field removed would carry the map's removal code, and a generic list a second copy of this.
fn with_field_list<'a>(template: &Record, fields: &mut dyn Iterator<Item = (&'a FieldKey, &'a String)>) -> Record {
    let mut record = template.clone();
    record.typed.clear();
    record.draft.answers.clear();
    record.name = String::new();
    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    for (key, value) in fields {
        match key {
            FieldKey::Name => record.name = value.clone(),
            FieldKey::Input { code, field } => {
                record.typed.entry(code.clone()).or_default().insert(field.clone(), value.clone());
                answers.entry(code.clone()).or_default();
            }
            FieldKey::Note { code } => answers.entry(code.clone()).or_default().note = Some(value.clone()),
            FieldKey::Evidence { code } => {
                answers.entry(code.clone()).or_default().evidence =
                    crate::json_error::parse(value, None).unwrap_or_default()
            }
        }
    }
    for (code, mut answer) in answers {
        let typed = record.typed.get(code.as_str()).map(TypedAnswer::from_texts).unwrap_or_default();
        let present: Vec<InputField> = InputField::ALL.into_iter().filter(|&f| !typed.text(f).is_empty()).collect();
        typed.write_into(&present, &mut answer);
        if !answer.filled_inputs().is_empty() || !answer.evidence.is_empty() || answer.note.is_some() {
            record.draft.answers.insert(code, answer);
        }
    }
    record
}

/// Combines this tab's record (`ours`) with the store's (`theirs`), both changed since `base`.
/// The result is based on `theirs` (its revision) and keeps `ours`'s section.
pub fn merge(base: &Record, ours: &Record, theirs: &Record) -> Record {
    let (b, o, t) = (fields(base), fields(ours), fields(theirs));
    let mut merged = Fields::new();
    let mut found = Vec::new();
    for key in all_keys([&b, &o, &t]) {
        let (was, mine, other) = (b.get(key), o.get(key), t.get(key));
        let chosen = if mine == other || other == was {
            mine
        } else if mine == was {
            other
        } else {
            found.push(Conflict { key: key.clone(), kept: mine.cloned(), other: other.cloned() });
            mine
        };
        if let Some(value) = chosen {
            merged.insert(key.clone(), value.clone());
        }
    }
    let mut record = with_fields(ours, &merged);
    // The agency's details, edited as one: the other tab's edit stands unless this tab made one.
    if (&ours.draft.agency, ours.draft.year) == (&base.draft.agency, base.draft.year) {
        (record.draft.agency, record.draft.year) = (theirs.draft.agency.clone(), theirs.draft.year);
    }
    record.revision = theirs.revision;
    record.conflicts = merge_conflicts(base, ours, theirs, found);
    record
}

/// The keys of the three maps in order, each once, walked side by side: collecting them into a
/// set would sort a copy with the standard library's sort, built again for this type.
fn all_keys(maps: [&Fields; 3]) -> impl Iterator<Item = &FieldKey> {
    let mut keys = maps.map(|map| map.keys().peekable());
    std::iter::from_fn(move || {
        let next = keys.iter_mut().filter_map(|k| k.peek().copied()).min()?;
        for k in &mut keys {
            k.next_if_eq(&next);
        }
        Some(next)
    })
}

/// Conflicts either side still has, less those one side resolved since `base`, then the new.
fn merge_conflicts(base: &Record, ours: &Record, theirs: &Record, found: Vec<Conflict>) -> Vec<Conflict> {
    let has = |record: &Record, key: &FieldKey| record.conflicts.iter().any(|c| &c.key == key);
    let resolved = |key: &FieldKey| has(base, key) && (!has(ours, key) || !has(theirs, key));
    let mut all: Vec<Conflict> = Vec::new();
    for conflict in ours.conflicts.iter().chain(&theirs.conflicts).chain(&found) {
        if resolved(&conflict.key) && !found.iter().any(|c| c.key == conflict.key) {
            continue;
        }
        match all.iter_mut().find(|c| c.key == conflict.key) {
            Some(known) => *known = conflict.clone(),
            None => all.push(conflict.clone()),
        }
    }
    all
}

/// `record` with the conflict on `key` settled: the other version when `use_other`, else the
/// kept one.
pub fn resolve(record: &Record, key: &FieldKey, use_other: bool) -> Record {
    let Some(conflict) = record.conflicts.iter().find(|c| &c.key == key) else { return record.clone() };
    let mut fields = fields(record);
    // The other version of a field it had emptied: the field is left out.
    let left_out = use_other && conflict.other.is_none();
    if let (true, Some(value)) = (use_other, &conflict.other) {
        fields.insert(key.clone(), value.clone());
    }
    let mut resolved = with_field_list(record, &mut fields.iter().filter(|(k, _)| !(left_out && *k == key)));
    resolved.conflicts.retain(|c| &c.key != key);
    resolved
}

/// Whether two records hold the same fields and conflicts (the section and revision aside).
pub fn same_content(a: &Record, b: &Record) -> bool {
    fields(a) == fields(b) && a.conflicts == b.conflicts
}
