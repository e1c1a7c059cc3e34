//! The authority's half (Sở Nội vụ): what happens to score files once agencies send them.
//!
//! Plain Rust with no browser dependency, shared by the `parscore` command line and the
//! authority's web page. Data flows down this list:
//! - [`roster`]: the agencies under assessment, with their groups (CSV);
//! - [`received`]: a received file verified into one verdict (verified, signature only, invalid);
//! - [`intake`]: the intake register, each agency's status (submitted, late, superseded,
//!   unverified, invalid, missing);
//! - [`survey`]: survey results per agency and item (CSV), as points or a percent of the maximum;
//! - [`appraised`]: verified final appraisals replace the self-assessed answers;
//! - [`results`]: each agency's final index, its survey points put into its answers and scored by
//!   [`crate::scoring::score`];
//! - [`ranking`]: ranks within each group, ties sharing a rank, changes since last year, band
//!   counts; [`results_file`] is the ranking as JSON, read back as last year's;
//! - [`export`]: the register and the ranking as CSV, and [`xlsx`] (the CLI and the authority's page).
//!
//! Every text a user reads is a [`messages::Message`], in Vietnamese and English.

pub mod appraised;
pub mod export;
mod headings;
pub mod intake;
pub mod messages;
pub mod ranking;
pub mod received;
pub mod results;
pub mod results_file;
pub mod roster;
pub mod survey;
pub mod table;
pub mod xlsx;
// calamine (with its encodings) would triple the authority page's wasm: the page has tables
// read from XLSX by the spreadsheet worker (sheet_worker), and never calls this itself.
pub(crate) mod xlsx_input;

pub use intake::{IntakeOptions, Register, RegisterRow, Status};
pub use messages::Message;
pub use ranking::{rank, Basis, Ranking};
pub use received::{ReceivedFile, Verdict};
pub use results::{final_result, AgencyResult, Entrant};
pub use results_file::ResultsFile;
pub use roster::Roster;
pub use survey::SurveyResults;
pub use table::TableError;
