//! What the app keeps in its [`Store`], and under which keys:
//!
//! - `parscore.lang`: the interface language;
//! - `parscore.draft.<id>`: one [`Record`] per draft: the draft itself, the texts typed for it,
//!   the section last open;
//! - `parscore.set.<sha256>`: the text of every criteria file a draft uses, so that a draft opens
//!   (and a reload restores it) without fetching anything, even for a file opened from disk;
//! - `parscore.sets`: which of those set texts the user added to the picker
//!   ([`super::added_sets`]);
//! - `parscore.current`: the draft open at the last change, reopened by a reload;
//! - `parscore.app-version`: the version seen at the last visit (offline/offline.js).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::store::{Store, StoreError};
use crate::answers::{Agency, Draft, DraftError, Evidence};
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::scoring::Scorecard;
use crate::Text;

/// Every key of parscore's starts with it.
const PREFIX: &str = "parscore.";
const CURRENT_KEY: &str = "parscore.current";
pub const DRAFT_PREFIX: &str = "parscore.draft.";
pub const SET_PREFIX: &str = "parscore.set.";

/// The layout of a [`Record`] this version writes. A later layout that an older app must not
/// read (and overwrite) names its number in a `record_format` member; a record with a larger
/// one, or whose draft has a later `format`, is listed as damaged ([`super::damaged`]).
pub const RECORD_FORMAT: u64 = 1;

/// Texts typed for one item: field name → text (blank fields left out).
pub type TypedTexts = BTreeMap<String, String>;

/// Everything saved for one draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub draft: Draft,
    /// Node code → the texts typed for it, kept exactly (a half-typed "4," included).
    #[serde(default)]
    pub typed: BTreeMap<String, TypedTexts>,
    /// The section open at the last change: an area's code, "+" (bonus) or "-" (penalty).
    #[serde(default)]
    pub section: String,
    /// The criteria set's title, for the list of drafts.
    pub title: Text,
    /// What the list of drafts calls it (the user can rename it).
    #[serde(default)]
    pub name: String,
    /// Counts the saves: a tab that finds another revision than the one it read merges
    /// ([`super::merge`]).
    #[serde(default)]
    pub revision: u64,
    /// Fields two tabs changed differently, waiting for the user's choice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<super::merge::Conflict>,
    /// When it was last written, in seconds since 1970 by the store's clock ([`save`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<i64>,
    /// The draft's figures at that write, for the list of drafts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<SavedFigures>,
    /// The layout a later version names ([`RECORD_FORMAT`]); this version writes none. Read with
    /// the rest, so that [`load`] refuses a later layout without reading the text twice.
    #[serde(default, skip_serializing)]
    pub record_format: Option<u64>,
}

/// What the list of drafts shows of a draft's progress, as scored when it was last saved. The
/// draft stays the truth; these spare the list loading a criteria set and scoring every draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedFigures {
    pub total: Decimal,
    pub scale: Decimal,
    /// Self-assessed items answered, of all of them (the one count of [`super::counts`]).
    pub answered: usize,
    pub items: usize,
    /// Evidence entries that name a document, over every item.
    pub evidence: usize,
}

impl SavedFigures {
    pub fn of(set: &CriteriaSet, draft: &Draft, card: &Scorecard) -> SavedFigures {
        let counts = super::counts::item_counts(set, Some(card));
        let named = |evidence: &Vec<Evidence>| evidence.iter().filter(|e| e.names_a_document()).count();
        SavedFigures {
            total: card.totals.total,
            scale: card.totals.scale,
            answered: counts.answered,
            items: counts.self_assessed,
            evidence: draft.answers.values().map(|a| named(&a.evidence)).sum(),
        }
    }
}

impl Record {
    /// A record never saved: nothing typed, no section chosen.
    pub fn new(draft: Draft, title: Text, name: String) -> Record {
        Record {
            draft,
            typed: Default::default(),
            section: String::new(),
            title,
            name,
            revision: 0,
            conflicts: Vec::new(),
            saved_at: None,
            figures: None,
            record_format: None,
        }
    }
}

/// One draft as the list of drafts shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: String,
    pub name: String,
    pub agency: Agency,
    pub year: u16,
    pub title: Text,
    pub version: String,
    pub saved_at: Option<i64>,
    pub figures: Option<SavedFigures>,
}

impl DraftSummary {
    pub fn of(id: &str, record: &Record) -> DraftSummary {
        DraftSummary {
            id: id.to_string(),
            name: record.name.clone(),
            agency: record.draft.agency.clone(),
            year: record.draft.year,
            title: record.title.clone(),
            version: record.draft.criteria.version.clone(),
            saved_at: record.saved_at,
            figures: record.figures.clone(),
        }
    }
}

/// The language is shared with the authority's page: one key for both.
pub use crate::app::store::{load_lang, save_lang};

/// The record of draft `id`; none when there is none, or when it cannot be read or was written by
/// a newer version of the app (then [`super::damaged`] lists it).
pub fn load(store: &dyn Store, id: &str) -> Option<Record> {
    read(&store.get(&draft_key(id))?)
}

/// A stored record's text as [`load`] reads it.
pub fn read(text: &str) -> Option<Record> {
    // Read as the damaged-entry check reads it (one deserializer for records: see `parse_draft`).
    let record: Record = crate::json_error::parse(text, None).ok()?;
    let layout = record.record_format.unwrap_or(RECORD_FORMAT);
    (layout <= RECORD_FORMAT && record.draft.format == crate::answers::FORMAT).then_some(record)
}

/// Writes `record`, stamped with the store's clock when the write succeeds; the text written.
pub fn save(store: &dyn Store, id: &str, record: &mut Record) -> Result<String, StoreError> {
    let before = record.saved_at;
    record.saved_at = store.now().or(before);
    let text = to_json(record);
    match store.set(&draft_key(id), &text) {
        Ok(()) => Ok(text),
        Err(refused) => {
            record.saved_at = before;
            Err(refused)
        }
    }
}

/// JSON written the way draft files are (pretty), so that the app carries one JSON writer for
/// drafts, not two. Plain structs with string keys always serialize.
pub fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// Reads a draft file as the core does ([`Draft::from_json`]: a problem located by its JSON
/// path, a member given twice refused). Records, drafts, keys and the lists in the store are all
/// read through that one strict deserializer (`json_error::parse`): each other one, serde_json's
/// own or its `Value`'s, would carry a copy of the reading code of every type it reads.
pub fn parse_draft(text: &str) -> Result<Draft, DraftError> {
    Draft::from_json(text)
}

/// Removes a draft, the record of its last signed file, and the criteria text it used when no
/// other draft uses it.
pub fn delete(store: &dyn Store, id: &str) {
    let sha = load(store, id).map(|r| r.draft.criteria.sha256);
    store.remove(&draft_key(id));
    super::report_page::signed::forget(store, id);
    if current(store).as_deref() == Some(id) {
        store.remove(CURRENT_KEY);
    }
    if let Some(sha) = sha {
        if !set_in_use(store, &sha) && !super::added_sets::is_added(store, &sha) {
            store.remove(&set_key(&sha));
        }
    }
}

/// Whether a saved draft uses the set with this SHA-256.
pub fn set_in_use(store: &dyn Store, sha256: &str) -> bool {
    ids(store).iter().filter_map(|i| load(store, i)).any(|r| r.draft.criteria.sha256 == sha256)
}

/// Where the text of the set with this SHA-256 is kept.
pub fn set_key(sha256: &str) -> String {
    format!("{SET_PREFIX}{sha256}")
}

/// Every saved draft, oldest first. Records that cannot be read are left out.
pub fn list(store: &dyn Store) -> Vec<DraftSummary> {
    ids(store).iter().filter_map(|id| load(store, id).map(|r| DraftSummary::of(id, &r))).collect()
}

/// Ids of the saved drafts, in the order they were created (ids are counters).
fn ids(store: &dyn Store) -> Vec<String> {
    // Kept in order as they come rather than sorted: the app has no other use for sort code.
    let mut ids: Vec<u64> = Vec::new();
    for key in store.keys() {
        if let Some(id) = key.strip_prefix(DRAFT_PREFIX).and_then(|id| id.parse::<u64>().ok()) {
            ids.insert(ids.partition_point(|&other| other < id), id);
        }
    }
    ids.into_iter().map(|id| id.to_string()).collect()
}

/// An id no saved draft has: one more than the largest.
pub fn next_id(store: &dyn Store, taken: &[DraftSummary]) -> String {
    let stored = ids(store);
    let largest = stored.iter().map(String::as_str).chain(taken.iter().map(|d| d.id.as_str()));
    (largest.filter_map(|id| id.parse::<u64>().ok()).max().unwrap_or(0) + 1).to_string()
}

pub fn save_set(store: &dyn Store, sha256: &str, text: &str) -> Result<(), StoreError> {
    let key = set_key(sha256);
    if store.get(&key).is_some() {
        return Ok(());
    }
    store.set(&key, text)
}

pub fn load_set(store: &dyn Store, sha256: &str) -> Option<String> {
    store.get(&set_key(sha256))
}

pub fn current(store: &dyn Store) -> Option<String> {
    store.get(CURRENT_KEY)
}

/// Remembers which draft is open (`None`: the list of drafts is shown).
pub fn set_current(store: &dyn Store, id: Option<&str>) -> Result<(), StoreError> {
    match id {
        // Every keystroke saves the draft; the current id rarely changes.
        Some(id) if store.get(CURRENT_KEY).as_deref() == Some(id) => Ok(()),
        Some(id) => store.set(CURRENT_KEY, id),
        None => {
            store.remove(CURRENT_KEY);
            Ok(())
        }
    }
}

/// The bytes parscore's keys and values take in the store, counted as browsers count
/// localStorage against its quota: UTF-16, two bytes a code unit.
pub fn bytes_used(store: &dyn Store) -> u64 {
    store.keys().into_iter().filter(|key| key.starts_with(PREFIX)).map(|key| entry_bytes(store, &key)).sum()
}

/// The bytes one entry takes (its key and value), counted as [`bytes_used`] counts; 0 when there
/// is none.
pub fn entry_bytes(store: &dyn Store, key: &str) -> u64 {
    text_bytes(key, store.get(key).as_deref())
}

/// The bytes an entry holding `value` under `key` takes, as [`entry_bytes`] counts them.
pub fn text_bytes(key: &str, value: Option<&str>) -> u64 {
    value.map_or(0, |value| 2 * (utf16_units(key) + utf16_units(value)))
}

/// The length of `text` in UTF-16, as the browser's storage counts it, read from its UTF-8
/// bytes: one unit a character, two for one outside the Basic Multilingual Plane (four bytes in
/// UTF-8). Every save counts the draft's whole text, which `encode_utf16` walked character by
/// character.
pub fn utf16_units(text: &str) -> u64 {
    text.bytes().map(|b| u64::from(b & 0xC0 != 0x80) + u64::from(b >= 0xF0)).sum()
}

/// The key draft `id` is stored under.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}
