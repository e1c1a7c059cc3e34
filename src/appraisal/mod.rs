//! The council's half of the round (thẩm định, giải trình): files an authority and an agency sign
//! after the score file, each bound to the file it answers by the SHA-256 of that file's canonical
//! JSON, and signed with the same `eddsa-jcs-2022` profile as score files (docs/appraisal-file.md).
//!
//! ```text
//! score file ──(council)──▶ appraisal file ──(agency)──▶ explanation file ──(council)──▶ final
//!  agency key               authority key,                agency key,                    appraisal
//!                           binds score file              binds appraisal                binds both
//! ```
//!
//! - [`document`]: the two documents, how an appraisal turns into a draft to score, and signing;
//! - [`verify`]: everything a receiver checks, with one reason per kind of failure;
//! - [`compare`]: self-assessed against appraised points, item by item;
//! - [`messages`]: every text of the above in Vietnamese and English.
//!
//! Points are computed by [`crate::scoring::score`] only: an appraisal carries the council's
//! answers (the same rule inputs an agency gives), never points of its own making.

pub mod compare;
pub mod document;
pub mod messages;
pub mod verify;

pub use compare::{compare, ItemComparison};
pub use document::{
    file_sha256, AppraisalDocument, AppraisedItem, ExplainedItem, ExplanationDocument, Stage, APPRAISAL_FORMAT,
    EXPLANATION_FORMAT,
};
pub use messages::AppraisalMessage;
pub use verify::{verify_appraisal, verify_explanation, Check, Trust};
