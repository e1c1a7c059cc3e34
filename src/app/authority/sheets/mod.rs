//! Workbooks on the authority's page: XLSX is read and written by the spreadsheet worker (a wasm
//! of its own, src/bin/sheets.rs), so an action that needs it becomes a [`SheetsRequest`] the
//! page sends ([`Effect::SendSheets`]), and the reply comes back as [`SheetsAction::Replied`],
//! handed to the editor or the round as if they had read the file themselves. The worker is
//! started on the first request; if it cannot start or stops, every waiting request is dropped
//! and the page says why, so nothing waits forever.

pub mod messages;

use super::editor::EditorAction;
use super::round::view::{workbook, Export, ExportKind};
use super::round::RoundAction;
use super::state::{Action, AuthorityState, Effect};
use crate::sheet_worker::{SheetsReply, SheetsRequest, XLSX_TYPE};

pub use messages::SheetsMsg;

#[derive(Clone, Debug, PartialEq)]
pub enum SheetsAction {
    /// An XLSX export asked for (it is written by the worker, then offered as a download).
    ExportAsked(WorkbookExport),
    /// The worker answered.
    Replied(SheetsReply),
    /// The worker could not start, or stopped.
    Failed(SheetsFailure),
    /// The page offered the finished workbook as a download.
    Offered,
    /// The official closed the notice of a failure.
    Dismissed,
}

/// The workbooks the page writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkbookExport {
    /// The criteria sheet's template (the teaching set).
    Template,
    /// The set being edited.
    EditedSet,
    /// The register or the ranking (an XLSX kind).
    Round(ExportKind),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetsFailure {
    /// The browser refused the worker (a page opened from a file without its workbook code, a
    /// browser that blocks workers).
    CannotStart,
    /// Its files did not load, or it stopped while working.
    Stopped,
}

/// What a request is for: where its reply goes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Purpose {
    EditorOpen { name: String },
    Roster { file: String },
    Survey { file: String },
    Download { name: String },
}

#[derive(Clone, Debug, Default)]
pub struct SheetsState {
    next_id: u32,
    pending: Vec<(u32, Purpose)>,
    outbox: Vec<SheetsRequest>,
    pub failure: Option<SheetsFailure>,
    /// Why the last workbook could not be written.
    pub write_problem: Option<String>,
    /// A workbook written and not yet offered as a download, with its request's id.
    pub finished: Option<(u32, Export)>,
}

impl SheetsState {
    /// Whether a request waits for the worker's answer (the page says it is working).
    pub fn working(&self) -> bool {
        !self.pending.is_empty()
    }

    /// The requests to send now (the page's side of [`Effect::SendSheets`]).
    pub fn take_outbox(&mut self) -> Vec<SheetsRequest> {
        std::mem::take(&mut self.outbox)
    }

    fn ask(&mut self, purpose: Purpose, request: impl FnOnce(u32) -> SheetsRequest) -> Vec<Effect> {
        self.next_id = self.next_id.wrapping_add(1);
        let id = self.next_id;
        self.pending.push((id, purpose));
        self.outbox.push(request(id));
        (self.failure, self.write_problem) = (None, None);
        vec![Effect::SendSheets]
    }

    fn answered(&mut self, id: u32) -> Option<Purpose> {
        let at = self.pending.iter().position(|(waiting, _)| *waiting == id)?;
        Some(self.pending.remove(at).1)
    }
}

/// A table file named .xlsx is a workbook (as the round reads it).
fn is_xlsx(file: &str) -> bool {
    crate::file_name::has_extension(file, ".xlsx")
}

impl AuthorityState {
    /// An action that needs the worker becomes a request (`Err`: the effects to return at once);
    /// any other is handed back to be reduced as before.
    pub(super) fn through_sheets(&mut self, action: Action) -> Result<Action, Vec<Effect>> {
        let sheets = &mut self.sheets;
        match action {
            Action::Editor(EditorAction::FileOpened { name, bytes }) if bytes.starts_with(b"PK") => {
                Err(sheets.ask(Purpose::EditorOpen { name }, |id| SheetsRequest::ReadCriteria { id, bytes }))
            }
            Action::Round(RoundAction::RosterRead((file, Ok(bytes)))) if is_xlsx(&file) => {
                Err(sheets.ask(Purpose::Roster { file }, |id| SheetsRequest::ReadTable { id, bytes }))
            }
            Action::Round(RoundAction::SurveyRead((file, Ok(bytes)))) if is_xlsx(&file) => {
                Err(sheets.ask(Purpose::Survey { file }, |id| SheetsRequest::ReadTable { id, bytes }))
            }
            Action::Sheets(action) => Err(self.reduce_sheets(action)),
            other => Ok(other),
        }
    }

    fn reduce_sheets(&mut self, action: SheetsAction) -> Vec<Effect> {
        match action {
            SheetsAction::ExportAsked(export) => self.export(export),
            SheetsAction::Replied(reply) => self.replied(reply),
            SheetsAction::Failed(failure) => {
                self.sheets.pending.clear();
                self.sheets.outbox.clear();
                self.sheets.failure = Some(failure);
                Vec::new()
            }
            SheetsAction::Offered => {
                self.sheets.finished = None;
                Vec::new()
            }
            SheetsAction::Dismissed => {
                (self.sheets.failure, self.sheets.write_problem) = (None, None);
                Vec::new()
            }
        }
    }

    fn export(&mut self, export: WorkbookExport) -> Vec<Effect> {
        let download = |name: String| Purpose::Download { name };
        match export {
            WorkbookExport::Template => {
                self.sheets.ask(download("mau-bo-tieu-chi.xlsx".into()), |id| SheetsRequest::WriteTemplate { id })
            }
            WorkbookExport::EditedSet => {
                let Some(doc) = self.editor.doc.as_deref() else { return Vec::new() };
                let name = crate::file_name::file_name(&doc.raw.id, ".xlsx");
                match crate::sheet::grids(&doc.raw) {
                    Ok((info, criteria)) => {
                        self.sheets.ask(download(name), |id| SheetsRequest::WriteCriteria { id, info, criteria })
                    }
                    Err(problems) => {
                        let lang = self.lang;
                        let reasons: Vec<String> = problems.iter().map(|p| p.text(lang)).collect();
                        self.sheets.write_problem = Some(reasons.join("; "));
                        Vec::new()
                    }
                }
            }
            WorkbookExport::Round(kind) => match workbook(&self.round, kind, self.lang) {
                Some((name, sheets)) => self.sheets.ask(download(name), |id| SheetsRequest::WriteTables { id, sheets }),
                None => Vec::new(),
            },
        }
    }

    fn replied(&mut self, reply: SheetsReply) -> Vec<Effect> {
        let id = match &reply {
            SheetsReply::CriteriaRead { id, .. }
            | SheetsReply::TableRead { id, .. }
            | SheetsReply::Written { id, .. } => *id,
            SheetsReply::Ready | SheetsReply::BadRequest { .. } => return Vec::new(),
        };
        // A reply to a request dropped after a failure is left unread.
        let Some(purpose) = self.sheets.answered(id) else { return Vec::new() };
        match (purpose, reply) {
            (Purpose::EditorOpen { name }, SheetsReply::CriteriaRead { result, .. }) => {
                let cells = result.map_err(|problems| problems.into_iter().map(|p| p.into_sheet_problem()).collect());
                match self.editor.reduce(EditorAction::SheetRead { name, cells }) {
                    true => vec![Effect::SaveEditor],
                    false => Vec::new(),
                }
            }
            (Purpose::Roster { file }, SheetsReply::TableRead { result, .. }) => {
                let table = result.map_err(|p| p.into_table_error());
                self.round
                    .reduce(RoundAction::RosterTableRead { file, table })
                    .into_iter()
                    .map(Effect::SaveRound)
                    .collect()
            }
            (Purpose::Survey { file }, SheetsReply::TableRead { result, .. }) => {
                let table = result.map_err(|p| p.into_table_error());
                self.round
                    .reduce(RoundAction::SurveyTableRead { file, table })
                    .into_iter()
                    .map(Effect::SaveRound)
                    .collect()
            }
            (Purpose::Download { name }, SheetsReply::Written { result, .. }) => {
                match result {
                    Ok(bytes) => self.sheets.finished = Some((id, Export { name, mime: XLSX_TYPE, bytes })),
                    Err(reason) => self.sheets.write_problem = Some(reason),
                }
                Vec::new()
            }
            // A reply of another kind than asked: the worker is not the one this page knows.
            _ => {
                self.sheets.failure = Some(SheetsFailure::Stopped);
                Vec::new()
            }
        }
    }
}
