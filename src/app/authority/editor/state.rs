//! [`EditorState`]: the set being edited, the selected row, the problems the validator finds
//! after every change, undo and redo; [`EditorAction`]: what the official did.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::apply::{self, InputProblem};
use super::fields::Field;
use super::history::{History, Snapshot};
use super::node_values;
use super::problems::{self, Placed};
use super::start::{self, Opened};
use super::tree::{self, NodePath};
use super::{Document, EDITOR_KEY};
use crate::answers::{Answer, InputField};
use crate::app::signing_key::{StoredKey, AUTHORITY_KEY_ENTRY};
use crate::app::store::{Store, StoreError};
use crate::criteria::model::Part;
use crate::criteria::raw::{RawAdjustment, RawBand, RawCondition, RawCriteriaSet, RawGate};
use crate::criteria::{self, CriteriaSet};
use crate::Text;

#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    /// A new, empty set for the year given (the model reads no clock).
    NewSet {
        year: u16,
    },
    /// A copy of the built-in set with this id.
    CopyBuiltIn {
        id: String,
    },
    /// The set being edited becomes the next version (next year).
    NewVersion,
    /// A criteria file or spreadsheet chosen by the official.
    FileOpened {
        name: String,
        bytes: Vec<u8>,
    },
    /// A workbook's cells as the spreadsheet worker read them (or why it could not).
    SheetRead {
        name: String,
        cells: Result<crate::sheet::Book, Vec<crate::sheet::SheetProblem>>,
    },
    OpenReportDismissed,
    Selected(NodePath),
    /// Enter: the next row at the selected row's level (the first row when none is selected).
    RowAdded,
    ChildAdded,
    /// The first item of a bonus or penalty block (the block is made when missing).
    BlockItemAdded(Part),
    BlockRemoved(Part),
    DeleteAsked,
    DeleteConfirmed,
    DeleteCancelled,
    MovedUp,
    MovedDown,
    Indented,
    Outdented,
    Edited {
        field: Field,
        value: String,
    },
    RuleRowAdded,
    RuleRowRemoved(usize),
    BandAdded,
    BandRemoved(usize),
    GateAdded,
    GateRemoved(usize),
    Undone,
    Redone,
    /// The authority's own key, made or restored in this browser.
    KeySaved(StoredKey),
    /// An answer typed in the preview (a trial: not saved).
    PreviewAnswered {
        code: String,
        field: InputField,
        value: String,
    },
}

/// What opening the last file gave, for the page to report.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenReport {
    pub file: String,
    pub outcome: Opened,
}

#[derive(Clone, Debug, Default)]
pub struct EditorState {
    /// Shared with the undo history: a change copies the set once, not the history.
    pub doc: Option<Rc<Document>>,
    pub selected: Option<NodePath>,
    /// The row whose deletion waits for confirmation.
    pub deleting: Option<NodePath>,
    /// Values typed that could not be taken (a number that is not one), shown with the problem.
    pub typed: Vec<(Field, String, InputProblem)>,
    /// The validator's problems with the set as it is now.
    pub problems: Vec<Placed>,
    /// The set validated, when it has no problem: what preview, diff and signing use.
    pub valid: Option<Rc<CriteriaSet>>,
    /// The built-in sets, to copy from.
    pub built_in: Rc<Vec<RawCriteriaSet>>,
    pub report: Option<OpenReport>,
    /// The authority's signing key kept in this browser, encrypted.
    pub key: Option<StoredKey>,
    /// The answers typed in the preview, by code.
    pub preview: BTreeMap<String, Answer>,
    history: History,
}

impl EditorState {
    /// The set saved on an earlier visit, if any.
    pub fn restore(store: &dyn Store) -> EditorState {
        let doc = store.get(EDITOR_KEY).and_then(|text| crate::json_error::parse::<Document>(&text, None).ok());
        let key = StoredKey::load_from(store, AUTHORITY_KEY_ENTRY);
        let mut state = EditorState { doc: doc.map(Rc::new), key, ..EditorState::default() };
        state.selected = state.doc.as_ref().and_then(|d| tree::rows(&d.raw).first().map(|(p, _)| p.clone()));
        state.revalidate();
        state
    }

    /// Writes the set being edited (or forgets it when there is none), and the key.
    pub fn save(&self, store: &dyn Store) -> Result<(), StoreError> {
        if let Some(key) = &self.key {
            key.save_to(store, AUTHORITY_KEY_ENTRY)?;
        }
        match &self.doc {
            Some(doc) => store.set(EDITOR_KEY, &serde_json::to_string(&**doc).unwrap_or_default()),
            None => {
                store.remove(EDITOR_KEY);
                Ok(())
            }
        }
    }

    /// A built-in criteria file arrived: kept to be copied (a file that does not read is left out).
    pub fn built_in_arrived(&mut self, text: &str) {
        if let Ok(raw) = crate::json_error::parse::<RawCriteriaSet>(text, None) {
            Rc::make_mut(&mut self.built_in).push(raw);
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The set as a criteria file's text (indented JSON).
    pub fn json(&self) -> Option<String> {
        self.doc.as_ref().map(|doc| document_json(&doc.raw))
    }

    /// Applies `action`; returns whether the set changed (and so must be saved).
    pub fn reduce(&mut self, action: EditorAction) -> bool {
        let before = Snapshot { doc: self.doc.clone(), selected: self.selected.clone() };
        let typing = match &action {
            EditorAction::Edited { field, .. } => Some(field.clone()),
            _ => None,
        };
        match action {
            EditorAction::KeySaved(key) => {
                self.key = Some(key);
                true
            }
            EditorAction::PreviewAnswered { code, field, value } => {
                super::preview::answer(&mut self.preview, &code, field, &value);
                false
            }
            EditorAction::Undone | EditorAction::Redone => {
                let back = match action {
                    EditorAction::Undone => self.history.undo(before),
                    _ => self.history.redo(before),
                };
                let Some(back) = back else { return false };
                (self.doc, self.selected) = (back.doc, back.selected);
                self.typed.clear();
                self.deleting = None;
                self.revalidate();
                true
            }
            action => {
                let changed = self.apply(action);
                if changed {
                    self.history.record(before, typing.as_ref());
                    self.revalidate();
                }
                changed
            }
        }
    }

    fn apply(&mut self, action: EditorAction) -> bool {
        use EditorAction::*;
        match action {
            NewSet { year } => self.start(start::new_set(year)),
            CopyBuiltIn { id } => match self.built_in.iter().find(|raw| raw.id == id).map(start::copy) {
                Some(doc) => self.start(doc),
                None => false,
            },
            NewVersion => match self.doc.as_deref().map(start::new_version) {
                Some(doc) => self.start(doc),
                None => false,
            },
            FileOpened { name, bytes } => {
                let (doc, outcome) = start::open(&bytes);
                self.report = Some(OpenReport { file: name, outcome });
                doc.is_some_and(|doc| self.start(doc))
            }
            SheetRead { name, cells } => {
                let (doc, outcome) = start::open_cells(cells);
                self.report = Some(OpenReport { file: name, outcome });
                doc.is_some_and(|doc| self.start(doc))
            }
            OpenReportDismissed => {
                self.report = None;
                false
            }
            Selected(path) => {
                self.selected = Some(path);
                false
            }
            DeleteAsked => {
                self.deleting = self.selected.clone();
                false
            }
            DeleteCancelled => {
                self.deleting = None;
                false
            }
            Edited { field, value } => self.edit(field, value),
            other => self.restructure(other),
        }
    }

    fn start(&mut self, doc: Document) -> bool {
        self.selected = tree::rows(&doc.raw).first().map(|(path, _)| path.clone());
        self.doc = Some(Rc::new(doc));
        self.typed.clear();
        self.deleting = None;
        true
    }

    fn raw_mut(&mut self) -> Option<&mut RawCriteriaSet> {
        self.doc.as_mut().map(|doc| &mut Rc::make_mut(doc).raw)
    }

    fn edit(&mut self, field: Field, value: String) -> bool {
        let Some(raw) = self.raw_mut() else { return false };
        let result = match &field {
            Field::Meta(meta) => apply::set_meta(raw, *meta, &value),
            Field::TitleEn => {
                apply::set_title_en(raw, &value);
                Ok(())
            }
            Field::Band(i, band) => {
                raw.bands.get_mut(*i).map_or(Err(InputProblem::Gone), |b| apply::set_band(b, *band, &value))
            }
            Field::Gate(i, gate) => {
                raw.gates.get_mut(*i).map_or(Err(InputProblem::Gone), |g| apply::set_gate(g, *gate, &value))
            }
            Field::Node(path, node) => apply::set_node(raw, path, node, &value),
        };
        self.typed.retain(|(f, _, _)| f != &field);
        match result {
            Ok(()) => true,
            Err(InputProblem::Gone) => false,
            Err(problem) => {
                self.typed.push((field, value, problem));
                false
            }
        }
    }

    /// Tree and list edits: rows added, deleted, moved; levels, bands, gates and blocks.
    fn restructure(&mut self, action: EditorAction) -> bool {
        use EditorAction::*;
        let selected = self.selected.clone();
        let deleting = self.deleting.take();
        let Some(raw) = self.raw_mut() else { return false };
        let on_selected = |f: fn(&mut RawCriteriaSet, &NodePath) -> Option<NodePath>, raw: &mut RawCriteriaSet| {
            selected.as_ref().and_then(|path| f(raw, path))
        };
        let moved = match action {
            RowAdded => match &selected {
                Some(path) => tree::add_sibling(raw, path),
                None => tree::add_root(raw, Part::Main),
            },
            ChildAdded => on_selected(tree::add_child, raw),
            MovedUp => on_selected(|raw, path| tree::shift(raw, path, true), raw),
            MovedDown => on_selected(|raw, path| tree::shift(raw, path, false), raw),
            Indented => on_selected(tree::indent, raw),
            Outdented => on_selected(tree::outdent, raw),
            DeleteConfirmed => match deleting.as_ref().and_then(|path| tree::delete(raw, path)) {
                Some(next) => {
                    self.selected = next;
                    self.typed.clear();
                    return true;
                }
                None => None,
            },
            BlockItemAdded(part) => {
                let block = match part {
                    Part::Main => None,
                    Part::Bonus => Some(&mut raw.bonus),
                    Part::Penalty => Some(&mut raw.penalty),
                };
                if let Some(block) = block {
                    block.get_or_insert_with(|| RawAdjustment { cap: crate::Decimal::ZERO, items: Vec::new() });
                }
                tree::add_root(raw, part)
            }
            other => return self.edit_lists(other),
        };
        match moved {
            Some(path) => {
                self.selected = Some(path);
                self.typed.clear();
                true
            }
            None => false,
        }
    }

    fn edit_lists(&mut self, action: EditorAction) -> bool {
        use EditorAction::*;
        let selected = self.selected.clone();
        let Some(raw) = self.raw_mut() else { return false };
        let node = selected.as_ref().and_then(|path| tree::node_mut(raw, path));
        let changed = match (action, node) {
            (RuleRowAdded, Some(node)) => node_values::add_rule_row(node),
            (RuleRowRemoved(i), Some(node)) => node_values::remove_rule_row(node, i),
            (BandAdded, _) => {
                raw.bands.push(RawBand { id: String::new(), title: Text::default(), range: apply::full_range() });
                true
            }
            (BandRemoved(i), _) => {
                i < raw.bands.len() && {
                    raw.bands.remove(i);
                    true
                }
            }
            (GateAdded, _) => {
                let when = RawCondition { measure: Some(String::new()), index: None, within: apply::full_range() };
                raw.gates.push(RawGate {
                    id: String::new(),
                    title: Text::default(),
                    when,
                    cap: String::new(),
                    source: None,
                });
                true
            }
            (GateRemoved(i), _) => {
                i < raw.gates.len() && {
                    raw.gates.remove(i);
                    true
                }
            }
            (BlockRemoved(Part::Bonus), _) => raw.bonus.take().is_some(),
            (BlockRemoved(Part::Penalty), _) => raw.penalty.take().is_some(),
            _ => false,
        };
        if changed {
            self.typed.clear();
            if self
                .selected
                .as_ref()
                .is_some_and(|p| self.doc.as_ref().is_some_and(|d| tree::node(&d.raw, p).is_none()))
            {
                self.selected = None;
            }
        }
        changed
    }

    /// Runs the validator on the set as it is now, as an agency's app will load it.
    fn revalidate(&mut self) {
        let Some(doc) = &self.doc else {
            (self.problems, self.valid) = (Vec::new(), None);
            return;
        };
        match criteria::load(&document_json(&doc.raw)) {
            Ok(set) => (self.problems, self.valid) = (Vec::new(), Some(Rc::new(set))),
            Err(errors) => (self.problems, self.valid) = (problems::place_all(&doc.raw, &errors), None),
        }
    }
}

/// A raw set as a criteria file's text.
pub fn document_json(raw: &RawCriteriaSet) -> String {
    serde_json::to_string_pretty(raw).unwrap_or_default() + "\n"
}
