//! Undo and redo: the states before each change, at most [`LIMIT`] of them. Typing in one field
//! is one change, however many keystrokes it takes, so that undo takes back the word, not a
//! letter.

use std::collections::VecDeque;
use std::rc::Rc;

use super::fields::Field;
use super::tree::NodePath;
use super::Document;

/// How many changes can be undone.
pub const LIMIT: usize = 200;

/// A state to go back to: the document and the row selected then.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub doc: Option<Rc<Document>>,
    pub selected: Option<NodePath>,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    past: VecDeque<Snapshot>,
    future: Vec<Snapshot>,
    /// The field the last change typed into, while typing goes on there.
    typing: Option<Field>,
}

impl History {
    /// Remembers `before`, the state a change is about to leave; `field` is the field typed
    /// into, if the change is typing.
    pub fn record(&mut self, before: Snapshot, field: Option<&Field>) {
        self.future.clear();
        if field.is_some() && field == self.typing.as_ref() {
            return;
        }
        self.typing = field.cloned();
        self.past.push_back(before);
        if self.past.len() > LIMIT {
            self.past.pop_front();
        }
    }

    /// The state before the last change, trading `now` for it.
    pub fn undo(&mut self, now: Snapshot) -> Option<Snapshot> {
        let before = self.past.pop_back()?;
        self.future.push(now);
        self.typing = None;
        Some(before)
    }

    pub fn redo(&mut self, now: Snapshot) -> Option<Snapshot> {
        let after = self.future.pop()?;
        self.past.push_back(now);
        self.typing = None;
        Some(after)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
