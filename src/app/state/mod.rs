//! The app's one state and the actions that change it, named for what the user did.
//!
//! The reducer is the only place in the app that calls the core's [`score`]: every change to an
//! answer rescores the draft and keeps the new [`Scorecard`], so components only read it. It is
//! also where drafts are saved, as an explicit step: a transition lists the writes it needs as
//! [`Effect`]s, and [`AppState::reduce`] performs them before it returns, so a reload right after
//! a keystroke finds every change. When the store refuses, the draft stays in memory and
//! [`AppState::storage`] says why (the app then offers a download).

mod action;
mod effect;
mod place;
mod reduce;
mod session;
mod sets;
mod signatures;
mod sync;
mod transitions;
mod undo;

use std::ops::Deref;
use std::rc::Rc;

use super::damaged::{damaged_entries, DamagedEntry, EntryKind};
use super::drafts::{self, DraftSummary, Record};
use super::library::BUILT_IN;
use super::merge::{self as draft_merge, Conflict, FieldKey};
use super::sections::{section_of, Section};
use super::signing_key::StoredKey;
use super::store::{MemoryStore, Store, StoreError};
use super::typed::{fields_of, TypedAnswer};
use crate::answers::InputField;
use crate::answers::{Agency, Answer, CriteriaRef, Draft, DraftError, Evidence, FileRef};
use crate::criteria::{self, CriteriaError, CriteriaSet};
use crate::scoring::{score, AnswerProblem, Scorecard};
use crate::signedset::{self, Broken, SetChange, SetTrust};
use crate::Lang;

pub use action::Action;
pub use effect::Effect;
pub use place::Place;
pub use session::Session;
pub use signatures::{Purpose, SetChecks, Unchecked, WorkerChecks, VERDICTS_KEY, WORKER};
pub use undo::{UndoKind, UndoText, Undoable, UNDO_DEPTH};

/// A validated criteria set shared between the state and the views, with the text it was read
/// from (saved beside the drafts that use it) and what its signature says. Two handles are equal
/// when they point to the same set, which keeps comparing props cheap.
#[derive(Clone, Debug)]
pub struct SharedSet {
    set: Rc<CriteriaSet>,
    pub source: Rc<str>,
    /// Signed (by whom), or unsigned; never tampered, since a tampered set does not load.
    pub trust: Rc<SetTrust>,
}

impl SharedSet {
    /// Checks a criteria file's signature, then parses and validates it (`signedset::open`).
    /// The app has no list of known publishers: a valid signature names its publisher and key
    /// fingerprint, which the user compares with the publisher's own documents.
    pub fn load(text: &str) -> Result<SharedSet, LoadFailure> {
        SharedSet::load_with(text, |text| signedset::verify_set(text, None))
    }

    /// [`SharedSet::load`] with the signature checked by `verify` (a page's [`SetChecks::Here`]).
    pub(super) fn load_with(text: &str, verify: fn(&str) -> SetTrust) -> Result<SharedSet, LoadFailure> {
        match verify(text) {
            // A file that is not JSON at all is not a tampered set: its located syntax error says more.
            SetTrust::Tampered(Broken::Malformed(m)) => match criteria::load(text) {
                Err(errors) => Err(LoadFailure::Invalid(errors)),
                Ok(_) => Err(LoadFailure::Tampered(Broken::Malformed(m))),
            },
            trust => SharedSet::with_verdict(text, trust),
        }
    }
}

impl PartialEq for SharedSet {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.set, &other.set)
    }
}

impl Deref for SharedSet {
    type Target = CriteriaSet;
    fn deref(&self) -> &CriteriaSet {
        &self.set
    }
}

/// The store the state saves to; equal when it is the same store.
#[derive(Clone)]
pub struct StoreHandle(pub Rc<dyn Store>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for StoreHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreHandle")
    }
}

/// Why a criteria file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadFailure {
    /// It could not be fetched or read (the text says why).
    Unreadable(String),
    /// It was read, and validation found these located problems.
    Invalid(Vec<CriteriaError>),
    /// It was changed after it was signed, or its signature is broken: refused, never loaded.
    Tampered(Broken),
    /// Signed, and not checked yet: the verifier worker is asked (`signatures.rs`).
    Unchecked,
    /// Refused by the verifier worker (changed after signing, or a broken signature): its words.
    Refused(crate::Text),
}

/// One built-in criteria file and how far loading it got.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryEntry {
    pub file: &'static str,
    pub status: LibraryStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LibraryStatus {
    Loading,
    Ready(SharedSet),
    Failed(LoadFailure),
}

/// A file the user opened from disk that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedFile {
    pub name: String,
    pub failure: LoadFailure,
}

/// Why a draft could not be opened or imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// The draft file could not be read by the browser.
    Unreadable { name: String, reason: String },
    /// The file is not a draft file (the location says where it went wrong).
    NotADraft { name: String, error: DraftError },
    /// The draft's criteria set is neither built in nor saved in this browser.
    SetMissing { id: String, version: String },
    /// The app's set of the draft's id and version is not the one the draft was made for (other
    /// content, or another publisher): the draft is not rescored with it.
    SetReplaced { name: String, change: SetChange },
}

/// What changed when a draft made for another version of its criteria set was imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// The version the draft was made for, and the version it now uses.
    pub from: CriteriaRef,
    pub to: CriteriaRef,
    /// The answers that no longer fit (codes the set lacks, values its rules do not take).
    pub problems: Vec<AnswerProblem>,
}

/// What the open draft shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The form, one section at a time.
    #[default]
    Form,
    /// The component index of each area as a chart.
    Chart,
    /// The items ranked by the points they miss, each with the next step that gains some.
    Losses,
    /// The range of the final index while survey points are unknown.
    Projection,
    /// One item per screen in large type, for a projector.
    Presentation,
}

/// Which part of an evidence entry the user typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceField {
    Number,
    Date,
    Title,
}

/// The draft as it was when a scenario started.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    pub draft: Rc<Draft>,
    pub typed: Rc<Vec<TypedAnswer>>,
    pub card: Rc<Scorecard>,
}

/// The key of a demo opened read-only; never a key in the store.
pub const DEMO_ID: &str = "demo";

/// Which screen is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// The list of drafts, and the criteria sets a new one can use.
    Drafts,
    /// The agency details of a new draft on this set.
    NewDraft(SharedSet),
    /// The open draft ([`AppState::session`]).
    Draft,
    /// The agency's signing key: what it is, its files, a new one.
    Key,
    /// Restoring the signing key from its backup file.
    KeyRestore,
    /// What this browser keeps for parscore and how safe it is there.
    Storage,
}

/// Everything the app shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub store: StoreHandle,
    /// Why the last save failed, until a save succeeds again.
    pub storage: Option<StoreError>,
    /// The built-in sets, in the order of [`BUILT_IN`].
    pub library: Vec<LibraryEntry>,
    /// The sets the user added from files, kept in the store, oldest first.
    pub added: Vec<SharedSet>,
    /// The saved drafts, oldest first.
    pub drafts: Vec<DraftSummary>,
    /// The last criteria file opened from disk, when it could not be used.
    pub rejected_file: Option<RejectedFile>,
    /// The last draft that could not be opened or imported.
    pub draft_problem: Option<DraftProblem>,
    /// The open draft; kept while the user looks at the list of drafts.
    pub session: Option<Session>,
    pub screen: Screen,
    /// The agency's signing key in this browser (encrypted).
    pub key: Option<StoredKey>,
    /// Stored entries the app cannot use, listed until the user deletes them.
    pub damaged: Vec<DamagedEntry>,
    /// The bytes parscore's entries take in the store ([`drafts::bytes_used`]): counted again
    /// after any write but a save of the open draft, which updates it by the size of the one
    /// entry it wrote (a keystroke does not read the whole store), and when another tab wrote.
    pub storage_used: u64,
    /// Where this page checks a signed set's signature.
    pub checks: SetChecks,
    /// Signed texts waiting for the verifier worker's verdict (only with [`SetChecks::Worker`]).
    pub unchecked: Vec<Unchecked>,
    /// The writes the transition under way asked for ([`Effect`]), taken when it ends.
    pending: Vec<Effect>,
}
