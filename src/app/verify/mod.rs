//! The Verify page's model: the score files the user opened, the keyring, and each file's report
//! as the verifier (a worker in the browser) sends it back. [`Checks::reduce`] returns the
//! request to send, if any: the page hands it to its worker, so this model runs and is tested
//! natively. [`wording`] says a report in the user's language.
//!
//! Requests are numbered; a file waits for the reply to the request it was last sent in, so a
//! reply that a newer request made obsolete (the keyring or the known sets changed meanwhile) is
//! ignored. Changing the keyring or the known sets checks every file again.

pub mod pool;
pub mod wording;

use std::rc::Rc;

use crate::scorefile::request::{KeyringStatus, VerifyReply, VerifyRequest};
use crate::scorefile::{find_duplicates, Duplicates, Report, TrustText, Verdict};

/// Whether the worker can be used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum WorkerState {
    #[default]
    Starting,
    Running,
    Failed(VerifierFailure),
}

/// Why the verifier cannot check files, said to the user in their language (the browser's own
/// reason is English and says nothing a user can act on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifierFailure {
    /// The browser refuses to start a worker: the page was opened from a file (file://).
    CannotStart,
    /// The worker stopped, or its files did not load, or it answered nonsense.
    Stopped,
}

/// Where one file's check stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// Sent in this request; waiting for its reply.
    Pending(u32),
    Done(Rc<Report>),
    /// The browser could not read the file (the text says why).
    Unreadable(String),
    /// The verifier cannot run here, so the file was not checked.
    NotChecked,
}

/// One opened score file.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    text: Rc<str>,
    pub check: Check,
}

/// The keyring file the user opened.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyringFile {
    pub name: String,
    /// `None` when the browser could not read it.
    text: Option<Rc<str>>,
    /// What the worker made of it (or why the browser could not read it); `None` until known.
    pub status: Option<KeyringStatus>,
}

/// Everything the Verify page shows, and what it needs to ask the worker.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checks {
    pub worker: WorkerState,
    /// The texts of the criteria sets files are checked against.
    criteria: Vec<Rc<str>>,
    pub keyring: Option<KeyringFile>,
    pub rows: Vec<Row>,
    /// The row whose details are shown.
    pub selected: Option<usize>,
    /// The last request number used.
    last_id: u32,
    /// The first request that carried the current keyring: older replies say nothing of it.
    keyring_since: u32,
}

/// What the user, the page or the worker did.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckAction {
    VerifierStarted,
    VerifierFailed(VerifierFailure),
    /// The known criteria sets are now these texts.
    SetsChanged(Vec<Rc<str>>),
    /// Score files were read: each one's name and text, or why it could not be read.
    FilesRead(Vec<(String, Result<String, String>)>),
    KeyringRead {
        name: String,
        text: Result<String, String>,
    },
    KeyringRemoved,
    Replied(VerifyReply),
    RowSelected(usize),
    Cleared,
}

/// How the files with a verdict stand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub verified: usize,
    pub signature_only: usize,
    pub invalid: usize,
    /// Files that conflict with another of the same agency and year.
    pub conflicting: usize,
}

impl Tally {
    /// The summary line, in the command line's words.
    pub fn text(&self) -> TrustText {
        TrustText::Summary {
            verified: self.verified,
            signature_only: self.signature_only,
            invalid: self.invalid,
            conflicts: self.conflicting,
        }
    }
}

impl Checks {
    /// How many files are verified, signature only or invalid (unreadable files are invalid),
    /// and how many conflict. Only verified files count as valid.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for (row, twins) in self.rows.iter().zip(self.duplicates()) {
            match &row.check {
                Check::Pending(_) | Check::NotChecked => continue,
                Check::Unreadable(_) => tally.invalid += 1,
                Check::Done(report) => match report.verdict() {
                    Verdict::Verified => tally.verified += 1,
                    Verdict::SignatureOnly => tally.signature_only += 1,
                    Verdict::Invalid => tally.invalid += 1,
                },
            }
            tally.conflicting += usize::from(twins.is_conflicting());
        }
        tally
    }

    /// Each row's duplicates among the checked files (row indexes).
    pub fn duplicates(&self) -> Vec<Duplicates> {
        let reports: Vec<Option<&Report>> = self
            .rows
            .iter()
            .map(|row| match &row.check {
                Check::Done(report) => Some(report.as_ref()),
                _ => None,
            })
            .collect();
        find_duplicates(&reports)
    }

    /// How many files wait for the worker.
    pub fn pending(&self) -> usize {
        self.rows.iter().filter(|row| matches!(row.check, Check::Pending(_))).count()
    }

    fn next_id(&mut self) -> u32 {
        self.last_id = self.last_id.wrapping_add(1);
        self.last_id
    }

    /// Checks every readable file again (and the keyring, even without files).
    fn recheck_all(&mut self) -> Option<VerifyRequest> {
        let id = self.next_id();
        self.keyring_since = id;
        let waiting = self.waiting_check(id);
        for row in &mut self.rows {
            if !matches!(row.check, Check::Unreadable(_)) {
                row.check = waiting.clone();
            }
        }
        self.request(id)
    }

    /// A file waits for reply `id`, or is not checked at all when the verifier cannot run.
    fn waiting_check(&self, id: u32) -> Check {
        match self.worker {
            WorkerState::Failed(_) => Check::NotChecked,
            _ => Check::Pending(id),
        }
    }

    /// The verifier cannot run: files still waiting will not be checked, and say so.
    fn fail(&mut self, failure: VerifierFailure) {
        self.worker = WorkerState::Failed(failure);
        for row in &mut self.rows {
            if matches!(row.check, Check::Pending(_)) {
                row.check = Check::NotChecked;
            }
        }
    }

    fn add_files(&mut self, files: Vec<(String, Result<String, String>)>) -> Option<VerifyRequest> {
        if files.is_empty() {
            return None;
        }
        let id = self.next_id();
        let first_new = self.rows.len();
        for (name, text) in files {
            let row = match text {
                Ok(text) => Row { name, text: text.into(), check: self.waiting_check(id) },
                Err(reason) => Row { name, text: "".into(), check: Check::Unreadable(reason) },
            };
            self.rows.push(row);
        }
        self.selected = Some(first_new);
        self.request(id)
    }

    /// Request `id`, with the files waiting for it (none: only the keyring is checked); none
    /// while the verifier is not running (when it starts, every file is sent again).
    fn request(&self, id: u32) -> Option<VerifyRequest> {
        if self.worker != WorkerState::Running {
            return None;
        }
        let files: Vec<String> =
            self.rows.iter().filter(|row| row.check == Check::Pending(id)).map(|row| row.text.to_string()).collect();
        let keyring = self.keyring.as_ref().and_then(|k| k.text.as_deref()).map(str::to_string);
        if files.is_empty() && keyring.is_none() {
            return None;
        }
        let criteria = self.criteria.iter().map(|text| text.to_string()).collect();
        Some(VerifyRequest { id, files, keyring, criteria, sets: Vec::new() })
    }

    fn take_reply(&mut self, reply: VerifyReply) {
        match reply {
            VerifyReply::Verified { id, keyring, reports } => {
                let waiting = self.rows.iter_mut().filter(|row| row.check == Check::Pending(id));
                for (row, report) in waiting.zip(reports) {
                    row.check = Check::Done(Rc::new(report));
                }
                let current = self.keyring.as_mut().filter(|k| k.text.is_some() && id >= self.keyring_since);
                if let Some(file) = current {
                    file.status = Some(keyring);
                }
            }
            VerifyReply::BadRequest { .. } => self.fail(VerifierFailure::Stopped),
            // Only the worker's handle waits for this one.
            VerifyReply::Ready => {}
        }
    }

    fn set_keyring(&mut self, keyring: Option<KeyringFile>) -> Option<VerifyRequest> {
        self.keyring = keyring;
        self.recheck_all()
    }

    /// Applies `action`; returns the request the verifier must be sent, if any.
    pub fn reduce(&mut self, action: CheckAction) -> Option<VerifyRequest> {
        let next = self;
        match action {
            CheckAction::VerifierStarted => {
                next.worker = WorkerState::Running;
                return next.recheck_all();
            }
            CheckAction::VerifierFailed(failure) => next.fail(failure),
            CheckAction::SetsChanged(criteria) => {
                if criteria != next.criteria {
                    next.criteria = criteria;
                    return next.recheck_all();
                }
            }
            CheckAction::FilesRead(files) => return next.add_files(files),
            CheckAction::KeyringRead { name, text } => {
                let keyring = match text {
                    Ok(text) => KeyringFile { name, text: Some(text.into()), status: None },
                    Err(reason) => KeyringFile {
                        name,
                        text: None,
                        status: Some(KeyringStatus::Invalid { location: String::new(), message: reason }),
                    },
                };
                return next.set_keyring(Some(keyring));
            }
            CheckAction::KeyringRemoved => return next.set_keyring(None),
            CheckAction::Replied(reply) => next.take_reply(reply),
            CheckAction::RowSelected(index) => next.selected = (index < next.rows.len()).then_some(index),
            CheckAction::Cleared => {
                next.rows.clear();
                next.selected = None;
            }
        }
        None
    }
}
