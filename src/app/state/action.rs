//! What the user (or the page, for loading) did: the one way the state changes.

use super::*;

/// What the user (or the page, for loading) did.
#[derive(Clone, Debug)]
pub enum Action {
    LanguageSwitched(Lang),
    /// The verifier worker's verdicts on signed criteria texts, in the order of `texts`.
    SetsChecked {
        texts: Vec<String>,
        verdicts: Vec<crate::signedset::SignatureVerdict>,
    },
    /// The verifier worker could not run: why, in the user's language.
    SetsUncheckable {
        reason: String,
    },
    /// A built-in file was fetched: its text, or why it could not be.
    BuiltInFetched {
        file: &'static str,
        text: Result<String, String>,
    },
    /// The user chose a set from the library for a new draft.
    SetChosen(SharedSet),
    /// The user opened a criteria file from disk for a new draft, and it was read.
    FileOpened {
        name: String,
        text: String,
    },
    /// The user confirmed removing a set they had added (by its SHA-256) from the picker.
    AddedSetRemoved(String),
    /// The user opened a file that the browser could not read.
    FileUnreadable {
        name: String,
        reason: String,
    },
    /// The user filled in the new draft's details.
    DraftCreated {
        agency: Agency,
        year: u16,
    },
    /// The user went back to the list of drafts.
    DraftsListOpened,
    DraftOpened(String),
    DraftDuplicated(String),
    DraftRenamed {
        id: String,
        name: String,
    },
    /// The user confirmed deleting a draft.
    DraftDeleted(String),
    /// The user opened a built-in set's demo agency (its draft file's text) to look at.
    DemoOpened {
        name: String,
        text: String,
    },
    /// The user copied the open demo agency into a new draft of their own.
    DemoCopied,
    /// The user imported a draft file, and it was read.
    DraftFileImported {
        name: String,
        text: String,
    },
    DraftFileUnreadable {
        name: String,
        reason: String,
    },
    ImportReportDismissed,
    SectionOpened(Section),
    ViewOpened(View),
    /// The user started trying a scenario on the open draft, or reset it to the draft.
    ScenarioStarted,
    /// The user left the scenario; the draft is as it was.
    ScenarioLeft,
    /// The user followed a link to an item from another view: the form opens on its section.
    ItemOpened(String),
    /// The address changed under the app (Back, Forward, a bookmark, an address typed).
    PlaceChanged(Place),
    /// The user typed or chose something in one of an item's inputs.
    AnswerChanged {
        code: String,
        field: InputField,
        text: String,
    },
    /// The user cleared an item's answer.
    AnswerCleared {
        code: String,
    },
    /// The user undid the last clearing of an answer or removal of evidence (Ctrl+Z, "Hoàn tác").
    Undone,
    EvidenceAdded {
        code: String,
    },
    EvidenceChanged {
        code: String,
        index: usize,
        field: EvidenceField,
        text: String,
    },
    EvidenceRemoved {
        code: String,
        index: usize,
    },
    /// A file chosen for an evidence entry was hashed (the file itself is not kept).
    EvidenceFileAttached {
        code: String,
        index: usize,
        file: FileRef,
    },
    EvidenceFileRemoved {
        code: String,
        index: usize,
    },
    /// The user typed in an item's explanation / remark.
    NoteChanged {
        code: String,
        text: String,
    },
    KeyScreenOpened,
    KeyRestoreOpened,
    StorageScreenOpened,
    /// Another tab or window of the app changed the store (the browser's `storage` event).
    StoreChangedElsewhere,
    /// The user chose, for a field two tabs changed differently, the version kept in the draft
    /// or the other one.
    ConflictResolved {
        key: FieldKey,
        use_other: bool,
    },
    /// The user tried importing a damaged entry (by its key) as a draft file or criteria file.
    DamagedEntryImported(String),
    /// The user confirmed deleting a damaged entry (by its key).
    DamagedEntryDeleted(String),
    /// The user saved the open draft's agency details (already checked by [`crate::app::details::check`]).
    DetailsChanged {
        agency: Agency,
        year: u16,
    },
    /// The user asked to sign the open draft (the signing page's link).
    SignTried,
    /// The user created a signing key or restored one from its backup (it replaces any other).
    KeySaved(StoredKey),
}

impl Action {
    /// The item an edit is about: it counts as touched from then on.
    pub fn touched_item(&self) -> Option<&str> {
        match self {
            Action::AnswerChanged { code, .. }
            | Action::AnswerCleared { code }
            | Action::EvidenceAdded { code }
            | Action::EvidenceChanged { code, .. }
            | Action::EvidenceRemoved { code, .. }
            | Action::EvidenceFileAttached { code, .. }
            | Action::EvidenceFileRemoved { code, .. }
            | Action::NoteChanged { code, .. } => Some(code),
            _ => None,
        }
    }
}
