//! The spreadsheet worker's requests and replies (src/bin/sheets.rs). XLSX is read with calamine
//! and written with rust_xlsxwriter, with their ZIP, XML and encoding crates: most of the
//! authority page's code once. The page sends a [`SheetsRequest`] and gets a [`SheetsReply`],
//! both JSON text, so that those crates live in a wasm of their own, fetched only when a
//! workbook is opened or written. The page keeps what reads the cells (the criteria layout, the
//! roster and survey tables) and what says a problem, so the replies carry cells, not messages.
//!
//! [`answer`] is the worker's side; natively it is what the tests and the command line run.

mod answer;

use serde::{Deserialize, Serialize};

pub use answer::{answer, answer_request};

use crate::authority::export::Sheet;
use crate::authority::messages::Message;
use crate::authority::table::{Table, TableError};
use crate::sheet::{Book, Grid, Problem, SheetName, SheetProblem};

/// The media type of an XLSX workbook.
pub const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What the worker is asked; `id` comes back in the reply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SheetsRequest {
    /// The criteria layout's two sheets ("Thông tin", "Tiêu chí") of a workbook, as text.
    ReadCriteria {
        id: u32,
        #[serde(with = "base64_bytes")]
        bytes: Vec<u8>,
    },
    /// The first worksheet of a workbook as a table (a roster, survey results).
    ReadTable {
        id: u32,
        #[serde(with = "base64_bytes")]
        bytes: Vec<u8>,
    },
    /// A criteria set's two sheets, as [`crate::sheet::grids`] gives them.
    WriteCriteria { id: u32, info: Grid, criteria: Grid },
    /// The template officials start from (the teaching set).
    WriteTemplate { id: u32 },
    /// The register or the ranking, one worksheet per sheet.
    WriteTables { id: u32, sheets: Vec<Sheet> },
}

impl SheetsRequest {
    pub fn id(&self) -> u32 {
        match self {
            SheetsRequest::ReadCriteria { id, .. }
            | SheetsRequest::ReadTable { id, .. }
            | SheetsRequest::WriteCriteria { id, .. }
            | SheetsRequest::WriteTemplate { id }
            | SheetsRequest::WriteTables { id, .. } => *id,
        }
    }
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SheetsReply {
    /// The worker listens: requests sent before this were lost, so the page waits for it.
    Ready,
    CriteriaRead {
        id: u32,
        result: Result<Book, Vec<CriteriaReadProblem>>,
    },
    TableRead {
        id: u32,
        result: Result<Table, TableReadProblem>,
    },
    Written {
        id: u32,
        #[serde(with = "base64_result")]
        result: Result<Vec<u8>, String>,
    },
    /// A message that is not a request (never sent by the page).
    BadRequest {
        reason: String,
    },
}

/// [`SheetsRequest::WriteTables`] as a page that only writes workbooks sends it (the report
/// page): the same JSON, without serializing the other requests' types into that page's wasm.
#[derive(Serialize)]
pub struct WriteTables<'a> {
    kind: &'static str,
    id: u32,
    sheets: &'a [Sheet],
}

impl<'a> WriteTables<'a> {
    pub fn new(id: u32, sheets: &'a [Sheet]) -> WriteTables<'a> {
        WriteTables { kind: "write_tables", id, sheets }
    }
}

/// A reply as a page that only writes workbooks reads it: the worker is ready, or it wrote a
/// workbook; any other kind is none of its business. Flat, so that reading it needs none of
/// serde's buffering of internally tagged enums.
#[derive(Debug, Deserialize)]
pub struct WriteReply {
    kind: String,
    #[serde(default)]
    result: Option<WrittenWire>,
}

/// [`SheetsReply::Written`]'s result as it crosses: the bytes in base64, or the writer's reason.
#[derive(Debug, Deserialize)]
enum WrittenWire {
    Ok(String),
    Err(String),
}

impl WriteReply {
    pub fn is_ready(&self) -> bool {
        self.kind == "ready"
    }

    /// The workbook written, or the writer's reason; none for a reply of another kind.
    pub fn written(self) -> Option<Result<Vec<u8>, String>> {
        use base64ct::{Base64, Encoding};
        match (self.kind.as_str(), self.result?) {
            ("written", WrittenWire::Ok(text)) => Some(Base64::decode_vec(&text).map_err(|_| "not base64".into())),
            ("written", WrittenWire::Err(reason)) => Some(Err(reason)),
            _ => None,
        }
    }
}

/// Why a workbook's criteria sheets could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CriteriaReadProblem {
    NotWorkbook {
        reason: String,
    },
    /// A cell holding a formula error (#REF!…).
    CellError {
        sheet: SheetName,
        row: u32,
        column: u32,
        value: String,
    },
}

impl CriteriaReadProblem {
    /// The problem as the editor shows it, located like any other of the sheet's.
    pub fn into_sheet_problem(self) -> SheetProblem {
        match self {
            CriteriaReadProblem::NotWorkbook { reason } => {
                SheetProblem::new(None, None, Problem::NotWorkbook { reason })
            }
            CriteriaReadProblem::CellError { sheet, row, column, value } => {
                SheetProblem::at(sheet, row, column, None, Problem::CellError { value })
            }
        }
    }
}

/// Why a workbook's first worksheet could not be read as a table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TableReadProblem {
    NotXlsx { detail: String },
    Empty,
}

impl TableReadProblem {
    /// The problem as the round shows it: on the file's first row.
    pub fn into_table_error(self) -> TableError {
        let message = match self {
            TableReadProblem::NotXlsx { detail } => Message::NotXlsx { detail },
            TableReadProblem::Empty => Message::EmptyTable,
        };
        TableError { row: 1, column: None, message }
    }
}

/// Bytes as base64 text: a workbook crosses to and from the worker as one JSON string.
mod base64_bytes {
    use base64ct::{Base64, Encoding};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&Base64::encode_string(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        Base64::decode_vec(&text).map_err(|_| D::Error::custom("not base64"))
    }
}

mod base64_result {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    enum Wire {
        Ok(#[serde(with = "super::base64_bytes")] Vec<u8>),
        Err(String),
    }

    pub fn serialize<S: Serializer>(result: &Result<Vec<u8>, String>, serializer: S) -> Result<S::Ok, S::Error> {
        match result {
            Ok(bytes) => Wire::Ok(bytes.clone()),
            Err(reason) => Wire::Err(reason.clone()),
        }
        .serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Result<Vec<u8>, String>, D::Error> {
        Ok(match Wire::deserialize(deserializer)? {
            Wire::Ok(bytes) => Ok(bytes),
            Wire::Err(reason) => Err(reason),
        })
    }
}
