//! Undo for the edits that throw work away: clearing an item's answer, removing an evidence
//! entry, detaching an evidence file (Ctrl+Z, or "Hoàn tác" in the form).
//!
//! Each such edit keeps the item as it was before (answer and typed texts) and as it was right
//! after. Undo puts the item back only while it is still as its last such edit left it: an item
//! changed otherwise since (by this tab, or merged from another) drops its entries, so undo never
//! throws away newer work. Typing is not on this list: the browser already undoes typing inside
//! a text field.

use super::*;

/// How many destructive edits can be undone, most recent first.
pub const UNDO_DEPTH: usize = 20;

/// What a destructive edit did, for the undo notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoKind {
    AnswerCleared,
    /// The evidence entry at this place (0-based) was removed.
    EvidenceRemoved(usize),
    /// The file of the evidence entry at this place was detached.
    EvidenceFileRemoved(usize),
}

/// One destructive edit of item `code` that can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Undoable {
    pub code: String,
    pub kind: UndoKind,
    before: ItemState,
    after: ItemState,
}

/// An item's answer and typed texts.
#[derive(Clone, Debug, PartialEq)]
struct ItemState {
    answer: Option<Answer>,
    typed: TypedAnswer,
}

impl Action {
    /// The kind of destructive edit this action is, if it is one.
    fn undo_kind(&self) -> Option<UndoKind> {
        match self {
            Action::AnswerCleared { .. } => Some(UndoKind::AnswerCleared),
            Action::EvidenceRemoved { index, .. } => Some(UndoKind::EvidenceRemoved(*index)),
            Action::EvidenceFileRemoved { index, .. } => Some(UndoKind::EvidenceFileRemoved(*index)),
            _ => None,
        }
    }
}

impl Session {
    fn item_state(&self, code: &str) -> ItemState {
        ItemState { answer: self.draft.answer(code).cloned(), typed: self.typed(code) }
    }

    /// The edit Ctrl+Z would undo.
    pub fn last_undoable(&self) -> Option<&Undoable> {
        self.undo.last()
    }

    /// The edit the notice offers to undo ("Hoàn tác"): shown right after it, until the user
    /// does anything else (Ctrl+Z still undoes it then).
    pub fn undo_notice(&self) -> Option<&Undoable> {
        self.undo_shown.then(|| self.undo.last()).flatten()
    }

    /// Puts back the item of the last destructive edit, as it was before it.
    pub(super) fn undo_last(&mut self) {
        let Some(entry) = self.undo.pop() else { return };
        let Some(id) = self.set.find(&entry.code) else { return };
        if let Some(typed) = Rc::make_mut(&mut self.typed).get_mut(id) {
            *typed = entry.before.typed;
        }
        let answers = &mut Rc::make_mut(&mut self.draft).answers;
        match entry.before.answer {
            Some(answer) => answers.insert(entry.code, answer),
            None => answers.remove(&entry.code),
        };
        self.rescore();
    }

    /// Drops the entries of an item changed since its last undoable edit (they would undo newer
    /// work). Earlier entries of an item chain to its later ones, so the last one decides.
    fn forget_stale_undo(&mut self) {
        // At most [`UNDO_DEPTH`] entries: lists, not sets, keep the code small.
        let mut seen: Vec<&str> = Vec::new();
        let mut stale: Vec<String> = Vec::new();
        for entry in self.undo.iter().rev() {
            if !seen.contains(&entry.code.as_str()) {
                seen.push(&entry.code);
                if self.item_state(&entry.code) != entry.after {
                    stale.push(entry.code.clone());
                }
            }
        }
        self.undo.retain(|e| !stale.contains(&e.code));
    }
}

impl AppState {
    /// Applies `action`, keeping what undo needs when it throws work away.
    pub(super) fn apply(&mut self, action: Action) {
        let before = self.undo_before(&action);
        self.apply_action(action);
        if let Some(session) = self.session.as_mut() {
            session.remember_undo(before);
        }
    }

    // Not inlined into the reducer, which every page with drafts carries (measured: 1.7 kB of
    // code inlined into yew's reducer hook, against two calls).
    #[inline(never)]
    fn undo_before(&self, action: &Action) -> Option<(UndoKind, String, ItemState)> {
        let (kind, code, session) = (action.undo_kind()?, action.touched_item()?, self.session.as_ref()?);
        Some((kind, code.to_string(), session.item_state(code)))
    }
}

impl Session {
    #[inline(never)]
    fn remember_undo(&mut self, before: Option<(UndoKind, String, ItemState)>) {
        self.undo_shown = false;
        if let Some((kind, code, before)) = before {
            let after = self.item_state(&code);
            // An edit that changed nothing (an item already blank) has nothing to undo.
            if after != before {
                self.undo_shown = true;
                self.undo.push(Undoable { code, kind, before, after });
                if self.undo.len() > UNDO_DEPTH {
                    self.undo.remove(0);
                }
            }
        }
        self.forget_stale_undo();
    }
}

/// The notice of an edit that can be undone: what was thrown away, and where.
impl crate::i18n::Bilingual for Undoable {
    fn vi(&self) -> String {
        let code = &self.code;
        match self.kind {
            UndoKind::AnswerCleared => format!("Đã xoá câu trả lời của mục {code}."),
            UndoKind::EvidenceRemoved(i) => format!("Đã xoá tài liệu kiểm chứng thứ {} của mục {code}.", i + 1),
            UndoKind::EvidenceFileRemoved(i) => format!("Đã bỏ tệp của tài liệu kiểm chứng thứ {}, mục {code}.", i + 1),
        }
    }

    fn en(&self) -> String {
        let code = &self.code;
        match self.kind {
            UndoKind::AnswerCleared => format!("The answer to item {code} was cleared."),
            UndoKind::EvidenceRemoved(i) => format!("Evidence {} of item {code} was removed.", i + 1),
            UndoKind::EvidenceFileRemoved(i) => format!("The file of evidence {} of item {code} was detached.", i + 1),
        }
    }
}

/// The undo notice's controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoText {
    Undo,
    /// The shortcut, the button's tooltip.
    Shortcut,
}

impl crate::i18n::Bilingual for UndoText {
    fn vi(&self) -> String {
        match self {
            UndoText::Undo => "Hoàn tác",
            UndoText::Shortcut => "Hoàn tác (Ctrl+Z)",
        }
        .into()
    }

    fn en(&self) -> String {
        match self {
            UndoText::Undo => "Undo",
            UndoText::Shortcut => "Undo (Ctrl+Z)",
        }
        .into()
    }
}
