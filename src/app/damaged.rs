//! Stored entries the app cannot use: a draft, a criteria text, the signing key or the list of
//! added sets that does not parse (a truncated write, a hand edit), or that a newer version of
//! the app wrote. They are listed, never skipped silently, with their raw text; the user can
//! download it, try importing it, and delete it after confirming. Nothing here removes one.

use serde_json::Value;

use super::drafts::{self, Record, RECORD_FORMAT};
use super::safety_messages::SafetyMsg;
use super::state::{LoadFailure, SetChecks, SharedSet};
use super::store::Store;
use crate::answers::FORMAT as DRAFT_FORMAT;
use crate::json_error::JsonError;
use crate::Lang;

/// What a stored entry is, by its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    Draft,
    CriteriaText,
    SigningKey,
    AddedSets,
}

/// Why the app cannot use it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The text is not what the app writes there: where it went wrong.
    Unreadable(JsonError),
    /// Read as JSON, but not as this kind of entry: what the reader says, located, in the
    /// language it was checked in.
    NotUsable(String),
    /// A newer version of the app wrote it, in this format.
    Newer(String),
}

/// One entry the app cannot use, with everything needed to recover it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DamagedEntry {
    pub key: String,
    pub kind: EntryKind,
    pub damage: Damage,
    /// The stored text, exactly.
    pub raw: String,
}

impl DamagedEntry {
    /// The name for its raw text's download: `parscore.draft.3` → `parscore.draft.3.json`.
    pub fn file_name(&self) -> String {
        crate::file_name::file_name(&self.key, ".json")
    }

    /// The draft id or set hash the key names (empty for the key and the list).
    pub fn name(&self) -> &str {
        self.key.rsplit_once('.').map_or("", |(_, last)| last)
    }

    /// The text to try importing: a draft record's draft, or a criteria text as it is.
    pub fn importable(&self) -> Option<String> {
        match self.kind {
            EntryKind::Draft => Some(
                serde_json::from_str::<Value>(&self.raw)
                    .ok()
                    .and_then(|record| record.get("draft").map(Value::to_string))
                    .unwrap_or_else(|| self.raw.clone()),
            ),
            EntryKind::CriteriaText => Some(self.raw.clone()),
            EntryKind::SigningKey | EntryKind::AddedSets => None,
        }
    }

    /// What it is, in the user's language.
    pub fn title(&self, lang: Lang) -> String {
        let name = self.name();
        match self.kind {
            EntryKind::Draft => SafetyMsg::DamagedDraft { name }.text(lang),
            EntryKind::CriteriaText => SafetyMsg::DamagedCriteriaText { name }.text(lang),
            EntryKind::SigningKey => SafetyMsg::DamagedSigningKey.text(lang),
            EntryKind::AddedSets => SafetyMsg::DamagedAddedSets.text(lang),
        }
    }

    /// Why, in the user's language.
    pub fn why(&self, lang: Lang) -> String {
        match &self.damage {
            Damage::Unreadable(error) => SafetyMsg::EntryUnreadable { detail: &error.text(lang) }.text(lang),
            Damage::NotUsable(text) => SafetyMsg::EntryUnreadable { detail: text }.text(lang),
            Damage::Newer(format) => SafetyMsg::EntryNewer { format }.text(lang),
        }
    }
}

/// Every entry of parscore's in `store` that the app cannot use, in key order.
/// A criteria text's signature is checked as the page does (`checks`): one the verifier worker
/// has not judged yet is not damaged. A criteria text equal to one of `loaded` (the texts of the
/// sets the page has already loaded) is not read again: validating a large set takes
/// milliseconds, and the list is made again at start, on a language switch and on every save
/// in another tab.
pub fn damaged_entries(store: &dyn Store, lang: Lang, checks: SetChecks, loaded: &[&str]) -> Vec<DamagedEntry> {
    let mut keys = store.keys();
    crate::short_sort::sort_short_by(&mut keys, |a, b| a < b);
    keys.into_iter().filter_map(|key| check(store, &key, lang, checks, loaded)).collect()
}

fn check(store: &dyn Store, key: &str, lang: Lang, checks: SetChecks, loaded: &[&str]) -> Option<DamagedEntry> {
    let kind = kind_of(key)?;
    let raw = store.get(key)?;
    if kind == EntryKind::CriteriaText && loaded.contains(&raw.as_str()) {
        return None;
    }
    let damage = damage_of(kind, &raw, lang, |raw| SharedSet::load_checked(raw, checks, store))?;
    Some(DamagedEntry { key: key.to_string(), kind, damage, raw })
}

fn kind_of(key: &str) -> Option<EntryKind> {
    if key.strip_prefix(drafts::DRAFT_PREFIX).is_some_and(|id| id.parse::<u64>().is_ok()) {
        Some(EntryKind::Draft)
    } else if key.starts_with(drafts::SET_PREFIX) {
        Some(EntryKind::CriteriaText)
    } else if key == super::signing_key::KEY_ENTRY {
        Some(EntryKind::SigningKey)
    } else if key == super::added_sets::LIST_KEY {
        Some(EntryKind::AddedSets)
    } else {
        None
    }
}

/// What is wrong with `raw` as an entry of `kind`, if anything.
fn damage_of(
    kind: EntryKind,
    raw: &str,
    lang: Lang,
    load_set: impl Fn(&str) -> Result<SharedSet, LoadFailure>,
) -> Option<Damage> {
    let value = match serde_json::from_str::<Value>(raw) {
        Ok(value) => value,
        Err(e) => return Some(Damage::Unreadable(JsonError::from_serde(&e))),
    };
    let format = |v: &Value| v.get("format").and_then(Value::as_str).unwrap_or_default().to_string();
    match kind {
        EntryKind::Draft => {
            let record_format = value.get("record_format").and_then(Value::as_u64).unwrap_or(1);
            let draft_format = value.get("draft").map(format).unwrap_or_default();
            if record_format > RECORD_FORMAT {
                return Some(Damage::Newer(format!("record_format {record_format}")));
            }
            if newer_than(&draft_format, DRAFT_FORMAT) {
                return Some(Damage::Newer(draft_format));
            }
            crate::json_error::parse::<Record>(raw, Some(&value)).err().map(Damage::Unreadable)
        }
        EntryKind::CriteriaText => match load_set(raw) {
            Ok(_) | Err(LoadFailure::Unchecked) => None,
            Err(_) if newer_than(&format(&value), "parscore-criteria/1") => Some(Damage::Newer(format(&value))),
            Err(failure) => Some(Damage::NotUsable(failure.problems(lang).into_iter().next().map_or_else(
                || failure.summary("", lang),
                |(at, what)| if at.is_empty() { what } else { format!("{at}: {what}") },
            ))),
        },
        EntryKind::SigningKey => match format(&value).as_str() {
            super::signing_key::FORMAT => crate::json_error::parse::<super::signing_key::StoredKey>(raw, Some(&value))
                .err()
                .map(Damage::Unreadable),
            other if newer_than(other, super::signing_key::FORMAT) => Some(Damage::Newer(other.to_string())),
            other => Some(Damage::NotUsable(SafetyMsg::UnknownFormat { format: other }.text(lang))),
        },
        EntryKind::AddedSets => {
            crate::json_error::parse::<Vec<String>>(raw, Some(&value)).err().map(Damage::Unreadable)
        }
    }
}

/// Whether `format` ("parscore-draft/2") is a later version of `ours` ("parscore-draft/1").
fn newer_than(format: &str, ours: &str) -> bool {
    let version = |f: &str| f.rsplit_once('/').map(|(name, v)| (name.to_string(), v.parse::<u32>().ok()));
    match (version(format), version(ours)) {
        (Some((name, Some(theirs))), Some((our_name, Some(ours)))) => name == our_name && theirs > ours,
        _ => false,
    }
}
