//! The received files' checks, dealt out to verifier workers (one per core in the browser)
//! through [`Pool`]: files arrive [`ReceivedFile::pending`], the page posts each
//! [`Outgoing`] request to its worker, and the replies fill the files' reports in any order.
//! Without any worker (a page opened from a file, or every worker stopped) the files are checked
//! in the page, as before, and the page says so in the user's language.
//!
//! The workers run the same checks as [`ReceivedFile::check`] (`scorefile::verify` without a
//! keyring), so trust is still judged here against the page's keyring.

pub mod kept;
pub mod messages;

use std::rc::Rc;

use kept::{KeptFile, ShelfCommand, ShelfError, ShelfOutcome};
pub use messages::IntakeMsg;

use super::received::{ReadProblem, ReceivedFile};
use crate::app::verify::pool::{Dispatch, Failover, Pool};
use crate::app::verify::VerifierFailure;
use crate::criteria::CriteriaSet;
use crate::scorefile::request::{VerifyReply, VerifyRequest};

/// A file sent for checking: its id, and how many criteria sets were known when it was sent (a
/// reply made against fewer sets than are known now is checked again in the page).
type Job = (u64, usize);

#[derive(Clone, Debug, Default, PartialEq)]
enum Workers {
    /// Files are checked in the page: where there are no workers (natively), until
    /// [`IntakeState::use_workers`].
    #[default]
    InPage,
    /// None asked for yet: they start with the first files.
    NotStarted,
    Running(Pool<Job>),
    /// None can run: files are checked in the page.
    Unavailable(VerifierFailure),
}

/// What the page's workers did.
#[derive(Clone, Debug, PartialEq)]
pub enum IntakeAction {
    /// The page started `size` workers; these ones could not start.
    WorkersStarted {
        size: usize,
        failed: Vec<(usize, VerifierFailure)>,
    },
    /// A worker stopped or its files did not load.
    WorkerFailed {
        worker: usize,
        why: VerifierFailure,
    },
    Replied {
        worker: usize,
        reply: VerifyReply,
    },
    /// The files kept from earlier visits (or why they could not be read back).
    Restored(Result<Vec<KeptFile>, ShelfError>),
    /// What became of a [`ShelfCommand`].
    Shelved(ShelfOutcome),
    RemovalAsked(Removal),
    RemovalCancelled,
    RemovalConfirmed,
}

/// Which received files the user asked to remove (from the page and from the browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    One(u64),
    All,
}

/// One request for the page to post to one worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub worker: usize,
    pub request: VerifyRequest,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct IntakeState {
    workers: Workers,
    /// The texts of the known criteria sets, sent with each request.
    criteria: Vec<Rc<str>>,
    /// Files received before the workers started.
    waiting: Vec<Job>,
    outbox: Vec<Outgoing>,
    last_id: u64,
    stopped: usize,
    /// What the browser must keep or forget, taken by the page.
    shelf_out: Vec<ShelfCommand>,
    /// Files the browser refused to keep, by name, and why (the last reason).
    pub not_kept: Vec<String>,
    pub keep_problem: Option<ShelfError>,
    /// The kept files could not be read back, or forgotten.
    pub shelf_problem: Option<ShelfError>,
    /// The removal waiting for confirmation.
    pub removing: Option<Removal>,
}

impl IntakeState {
    /// From now on files are checked in workers, started with the first files.
    pub fn use_workers(&mut self) {
        if self.workers == Workers::InPage {
            self.workers = Workers::NotStarted;
        }
    }

    /// A criteria set the page now knows (it is also in the page's `known`).
    pub fn set_known(&mut self, text: &str) {
        self.criteria.push(Rc::from(text));
    }

    /// A file as received, to be kept in the browser: pending for a worker, or checked now
    /// when no worker can run.
    pub fn receive(
        &mut self,
        name: String,
        content: Result<String, ReadProblem>,
        known: &[CriteriaSet],
    ) -> ReceivedFile {
        let Ok(text) = content else { return ReceivedFile::new(name, content, known) };
        self.last_id += 1;
        let id = self.last_id;
        self.shelf_out.push(ShelfCommand::Keep(KeptFile { id, name: name.clone(), text: text.clone() }));
        self.admit(id, name, text, known)
    }

    fn admit(&mut self, id: u64, name: String, text: String, known: &[CriteriaSet]) -> ReceivedFile {
        let mut file = ReceivedFile::pending(id, name, text);
        match self.workers {
            Workers::NotStarted | Workers::Running(_) => self.waiting.push((id, self.criteria.len())),
            Workers::InPage | Workers::Unavailable(_) => file.check(known),
        }
        file
    }

    /// What the browser must keep or forget, taken once.
    pub fn take_shelf_commands(&mut self) -> Vec<ShelfCommand> {
        std::mem::take(&mut self.shelf_out)
    }

    /// Every received file was cleared: the browser forgets them too.
    pub fn forget_all(&mut self) {
        self.shelf_out.push(ShelfCommand::ForgetAll);
        self.not_kept.clear();
    }

    /// Sends the files received since the last call to the workers; without any worker, checks
    /// them here; before the workers start, keeps them waiting.
    pub fn deal(&mut self, files: &mut [Rc<ReceivedFile>], known: &[CriteriaSet]) {
        let waiting = std::mem::take(&mut self.waiting);
        match &mut self.workers {
            Workers::NotStarted => self.waiting = waiting,
            Workers::Running(pool) => {
                let failover = pool.add(waiting);
                self.follow(failover, files, known);
            }
            Workers::InPage | Workers::Unavailable(_) => {
                for (file_id, _) in waiting {
                    update(files, file_id, |file| file.check(known));
                }
            }
        }
    }

    /// Whether the page should start its workers now (files wait and none was started).
    pub fn start_wanted(&self) -> bool {
        self.workers == Workers::NotStarted && !self.waiting.is_empty()
    }

    /// Files still waiting for a worker's reply.
    pub fn checking(&self) -> usize {
        match &self.workers {
            Workers::Running(pool) => pool.pending() + self.waiting.len(),
            _ => self.waiting.len(),
        }
    }

    /// The requests to post, taken once.
    pub fn take_outbox(&mut self) -> Vec<Outgoing> {
        std::mem::take(&mut self.outbox)
    }

    /// What the page says about its checkers, if anything went wrong.
    pub fn notice(&self) -> Option<IntakeMsg<'static>> {
        match &self.workers {
            Workers::Unavailable(why) => Some(IntakeMsg::InPage(*why)),
            Workers::Running(pool) if self.stopped > 0 => {
                Some(IntakeMsg::SomeStopped { stopped: self.stopped, of: pool.size() })
            }
            _ => None,
        }
    }

    pub fn reduce(&mut self, action: IntakeAction, files: &mut Vec<Rc<ReceivedFile>>, known: &[CriteriaSet]) {
        match action {
            IntakeAction::Restored(Ok(kept)) => {
                self.last_id = kept.iter().map(|f| f.id).fold(self.last_id, u64::max);
                let restored: Vec<_> =
                    kept.into_iter().map(|f| Rc::new(self.admit(f.id, f.name, f.text, known))).collect();
                // Kept files came first; any dropped meanwhile follow them.
                files.splice(0..0, restored);
                self.deal(files, known);
            }
            IntakeAction::Restored(Err(why)) => self.shelf_problem = Some(why),
            IntakeAction::Shelved(outcome) => match outcome {
                ShelfOutcome::Kept(_) | ShelfOutcome::Forgotten => {}
                ShelfOutcome::NotKept { id, why } => {
                    self.not_kept.extend(files.iter().find(|f| f.id() == id).map(|f| f.name.clone()));
                    self.keep_problem = Some(why);
                }
                ShelfOutcome::ForgetFailed(why) => self.shelf_problem = Some(why),
            },
            IntakeAction::RemovalAsked(removal) => self.removing = Some(removal),
            IntakeAction::RemovalCancelled => self.removing = None,
            IntakeAction::RemovalConfirmed => match self.removing.take() {
                Some(Removal::One(id)) => {
                    files.retain(|f| f.id() != id);
                    self.shelf_out.push(ShelfCommand::Forget(id));
                }
                Some(Removal::All) => {
                    files.clear();
                    self.forget_all();
                }
                None => {}
            },
            IntakeAction::WorkersStarted { size, failed } => {
                self.workers = Workers::Running(Pool::new(size));
                for (worker, why) in failed {
                    self.fail(worker, why, files, known);
                }
                self.deal(files, known);
            }
            IntakeAction::WorkerFailed { worker, why } => self.fail(worker, why, files, known),
            IntakeAction::Replied { worker, reply } => match reply {
                VerifyReply::Verified { id, reports, .. } => {
                    let Workers::Running(pool) = &mut self.workers else { return };
                    let Some((jobs, dispatches)) = pool.replied(id) else { return };
                    let mut reports = reports.into_iter();
                    let mut again = Vec::new();
                    for (file_id, sets) in jobs {
                        match reports.next() {
                            Some(report) if sets == self.criteria.len() => {
                                update(files, file_id, |file| file.checked(report))
                            }
                            // Made against fewer sets than are known now: sent again.
                            Some(_) => again.push((file_id, self.criteria.len())),
                            // Missing from the reply: checked here.
                            None => update(files, file_id, |file| file.check(known)),
                        }
                    }
                    self.post(dispatches, files);
                    self.waiting.extend(again);
                    self.deal(files, known);
                }
                VerifyReply::Ready => {}
                VerifyReply::BadRequest { .. } => self.fail(worker, VerifierFailure::Stopped, files, known),
            },
        }
    }

    fn fail(&mut self, worker: usize, why: VerifierFailure, files: &mut [Rc<ReceivedFile>], known: &[CriteriaSet]) {
        let Workers::Running(pool) = &mut self.workers else { return };
        self.stopped += 1;
        let failover = pool.failed(worker);
        if pool.live() == 0 {
            self.workers = Workers::Unavailable(why);
        }
        self.follow(failover, files, known);
    }

    /// Posts what was dealt and checks in the page what no worker will take.
    fn follow(&mut self, failover: Failover<Job>, files: &mut [Rc<ReceivedFile>], known: &[CriteriaSet]) {
        for (file_id, _) in failover.orphaned {
            update(files, file_id, |file| file.check(known));
        }
        self.post(failover.dispatches, files);
    }

    fn post(&mut self, dispatches: Vec<Dispatch<Job>>, files: &[Rc<ReceivedFile>]) {
        for Dispatch { worker, request, jobs } in dispatches {
            let texts = jobs
                .iter()
                .map(|(file_id, _)| {
                    // A file cleared since is sent empty: its report is not used.
                    files.iter().find(|f| f.id() == *file_id).and_then(|f| f.text()).unwrap_or_default().to_string()
                })
                .collect();
            let criteria = self.criteria.iter().map(|text| text.to_string()).collect();
            self.outbox.push(Outgoing {
                worker,
                request: VerifyRequest { id: request, files: texts, keyring: None, criteria, sets: Vec::new() },
            });
        }
    }
}

/// Changes the waiting file `id` into a new file (a new `Rc`, so what was derived from the
/// old one is derived again).
fn update(files: &mut [Rc<ReceivedFile>], id: u64, change: impl FnOnce(&mut ReceivedFile)) {
    if let Some(slot) = files.iter_mut().find(|f| f.id() == id && f.is_checking()) {
        let mut file = ReceivedFile::clone(slot);
        change(&mut file);
        *slot = Rc::new(file);
    }
}

/// The lines the received files' panel shows about checking: how many files are still checked,
/// and what went wrong with the workers.
pub fn status_lines(intake: &IntakeState, lang: crate::Lang) -> Vec<String> {
    let checking = intake.checking();
    let progress = (checking > 0).then_some(IntakeMsg::StillChecking { files: checking });
    progress.into_iter().chain(intake.notice()).map(|msg| msg.text(lang)).collect()
}

/// What went wrong keeping the received files, said in the user's language.
pub fn shelf_problems(intake: &IntakeState, lang: crate::Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(why) = &intake.keep_problem {
        let (count, files) = (intake.not_kept.len(), intake.not_kept.join(", "));
        lines.push(match why {
            ShelfError::Full => IntakeMsg::NotKeptFull { count, files: &files }.text(lang),
            ShelfError::Refused(reason) => IntakeMsg::NotKeptRefused { count, files: &files, reason }.text(lang),
        });
    }
    if let Some(why) = &intake.shelf_problem {
        let reason = match why {
            ShelfError::Full => IntakeMsg::StorageFull.text(lang),
            ShelfError::Refused(reason) => reason.clone(),
        };
        lines.push(IntakeMsg::ShelfRefused { reason: &reason }.text(lang));
    }
    lines
}

/// The question the page asks before removing files, if a removal waits.
pub fn removal_question(intake: &IntakeState, files: &[Rc<ReceivedFile>], lang: crate::Lang) -> Option<String> {
    Some(match intake.removing? {
        Removal::One(id) => {
            let file = files.iter().find(|f| f.id() == id)?;
            IntakeMsg::ConfirmRemoveOne { file: &file.name }.text(lang)
        }
        Removal::All => IntakeMsg::ConfirmRemoveAll { count: files.len() }.text(lang),
    })
}
