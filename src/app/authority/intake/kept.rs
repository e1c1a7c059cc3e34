//! Received files kept in the browser between visits. Hundreds of score files do not fit the
//! few megabytes of localStorage, so the page keeps them in IndexedDB; the model only sees the
//! [`Shelf`] port, which tests fill with a [`MemoryShelf`]. The model says what to keep or
//! forget ([`ShelfCommand`]); the shelf answers later with a [`ShelfOutcome`] per command.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// One received file as kept: its number in the page, name and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptFile {
    pub id: u64,
    pub name: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShelfCommand {
    Keep(KeptFile),
    Forget(u64),
    ForgetAll,
}

/// Why the browser did not keep or give back files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShelfError {
    /// The browser's storage for this page is full.
    Full,
    /// The browser's own reason (storage turned off, private window, …).
    Refused(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShelfOutcome {
    Kept(u64),
    NotKept {
        id: u64,
        why: ShelfError,
    },
    /// A file, or every file, forgotten.
    Forgotten,
    ForgetFailed(ShelfError),
}

/// Where the received files are kept. Answers come through `done`, at once or later.
pub trait Shelf {
    /// Every kept file, by number.
    fn load(&self, done: Box<dyn FnOnce(Result<Vec<KeptFile>, ShelfError>)>);
    fn run(&self, command: ShelfCommand, done: Box<dyn FnOnce(ShelfOutcome)>);
}

/// A shelf in memory, answering at once; `capacity` (bytes of text) plays a full browser.
#[derive(Debug, Default)]
pub struct MemoryShelf {
    files: RefCell<BTreeMap<u64, KeptFile>>,
    pub capacity: Cell<Option<usize>>,
}

impl MemoryShelf {
    pub fn len(&self) -> usize {
        self.files.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.borrow().is_empty()
    }

    fn used(&self) -> usize {
        self.files.borrow().values().map(|f| f.text.len()).sum()
    }
}

impl Shelf for MemoryShelf {
    fn load(&self, done: Box<dyn FnOnce(Result<Vec<KeptFile>, ShelfError>)>) {
        done(Ok(self.files.borrow().values().cloned().collect()));
    }

    fn run(&self, command: ShelfCommand, done: Box<dyn FnOnce(ShelfOutcome)>) {
        let outcome = match command {
            ShelfCommand::Keep(file) => {
                if self.capacity.get().is_some_and(|capacity| self.used() + file.text.len() > capacity) {
                    ShelfOutcome::NotKept { id: file.id, why: ShelfError::Full }
                } else {
                    let id = file.id;
                    self.files.borrow_mut().insert(id, file);
                    ShelfOutcome::Kept(id)
                }
            }
            ShelfCommand::Forget(id) => {
                self.files.borrow_mut().remove(&id);
                ShelfOutcome::Forgotten
            }
            ShelfCommand::ForgetAll => {
                self.files.borrow_mut().clear();
                ShelfOutcome::Forgotten
            }
        };
        done(outcome);
    }
}
