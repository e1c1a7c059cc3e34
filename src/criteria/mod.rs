//! Criteria sets (bộ tiêu chí): the tree of areas, criteria and sub-criteria with their maxima and
//! scoring rules. Raw JSON ([`raw`]) → validation with located errors ([`validate`]) → a
//! [`CriteriaSet`] ([`model`]) that the rest of the program can trust.

pub mod diff;
pub mod model;
pub mod raw;
mod rule_reader;
pub mod validate;

pub use diff::diff;
pub use model::*;
pub use validate::{load, CriteriaError, CriteriaProblem};
