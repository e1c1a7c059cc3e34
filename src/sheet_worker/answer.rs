//! The worker's side: each request answered with the XLSX readers and writers of `sheet` and
//! `authority`. Only the worker (and natively the tests) call this; the page never does, so
//! calamine and rust_xlsxwriter stay out of the page's wasm.

use super::{CriteriaReadProblem, SheetsReply, SheetsRequest, TableReadProblem};
use crate::authority::messages::Message;
use crate::sheet::{Problem, SheetProblem};

/// A request as JSON text answered as JSON text; anything else gets [`SheetsReply::BadRequest`].
pub fn answer(request: &str) -> String {
    let reply = match serde_json::from_str::<SheetsRequest>(request) {
        Ok(request) => answer_request(request),
        Err(e) => SheetsReply::BadRequest { reason: e.to_string() },
    };
    // Strings, numbers and lists only: serializing cannot fail.
    serde_json::to_string(&reply).unwrap_or_default()
}

pub fn answer_request(request: SheetsRequest) -> SheetsReply {
    let written = |id, result: Result<Vec<u8>, String>| SheetsReply::Written { id, result };
    let reasons =
        |problems: Vec<SheetProblem>| problems.iter().map(|p| p.text(crate::Lang::Vi)).collect::<Vec<_>>().join("; ");
    match request {
        SheetsRequest::ReadCriteria { id, bytes } => SheetsReply::CriteriaRead {
            id,
            result: crate::sheet::read_workbook(&bytes)
                .map_err(|problems| problems.into_iter().map(criteria_problem).collect()),
        },
        SheetsRequest::ReadTable { id, bytes } => SheetsReply::TableRead {
            id,
            result: crate::authority::xlsx_input::table_from_xlsx(&bytes).map_err(|e| match e.message {
                Message::NotXlsx { detail } => TableReadProblem::NotXlsx { detail },
                _ => TableReadProblem::Empty,
            }),
        },
        SheetsRequest::WriteCriteria { id, info, criteria } => {
            written(id, crate::sheet::write_workbook(&info, &criteria).map_err(|p| reasons(vec![p])))
        }
        SheetsRequest::WriteTemplate { id } => written(id, crate::sheet::template_xlsx().map_err(reasons)),
        SheetsRequest::WriteTables { id, sheets } => {
            written(id, crate::authority::xlsx::workbook(&sheets).map_err(|e| e.to_string()))
        }
    }
}

/// The reader gives only these two kinds; anything else is said as the workbook's problem.
fn criteria_problem(problem: SheetProblem) -> CriteriaReadProblem {
    match (problem.sheet, problem.row, problem.column, problem.problem) {
        (Some(sheet), Some(row), Some(column), Problem::CellError { value }) => {
            CriteriaReadProblem::CellError { sheet, row, column, value }
        }
        (_, _, _, Problem::NotWorkbook { reason }) => CriteriaReadProblem::NotWorkbook { reason },
        (_, _, _, other) => CriteriaReadProblem::NotWorkbook { reason: format!("{other:?}") },
    }
}
