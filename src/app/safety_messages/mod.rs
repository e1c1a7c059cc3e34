//! The texts of what keeps the agency's drafts safe: several tabs on one draft (conflicts) and
//! stored entries that cannot be read. Vietnamese first ([`vi`]) and English ([`en`]), each one
//! exhaustive `match`, so a message without a translation does not compile.

mod en;
mod vi;

use crate::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SafetyMsg<'a> {
    ConflictHeading,
    ConflictIntro,
    /// Which field: an item's input, note or evidence (`what` is already in the language).
    ConflictField {
        code: &'a str,
        what: &'a str,
    },
    ConflictName,
    ConflictNote,
    ConflictEvidence,
    ConflictInUse,
    ConflictOther,
    Blank,
    KeepInUse,
    UseOther,

    DamagedHeading,
    DamagedIntro,
    /// One damaged entry, by kind (`name`: the draft's id or the set's hash).
    DamagedDraft {
        name: &'a str,
    },
    DamagedCriteriaText {
        name: &'a str,
    },
    DamagedSigningKey,
    DamagedAddedSets,
    EntryUnreadable {
        detail: &'a str,
    },
    EntryNewer {
        format: &'a str,
    },
    UnknownFormat {
        format: &'a str,
    },
    DownloadRaw,
    TryImport,
    DeleteEntry,
    ConfirmDeleteEntry,
    ConfirmDeleteButton,
    Cancel,
}

impl SafetyMsg<'_> {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => vi::text(self),
            Lang::En => en::text(self),
        }
    }
}
