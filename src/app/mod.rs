//! The app model: everything the pages do that does not touch a page, compiled for every target
//! and tested natively with `cargo test`. The web layer (`web`, wasm32 only) renders it and adapts
//! the browser's APIs to it; it never computes points.
//!
//! - [`state`]: the agency app's one state and the [`state::Action`]s that change it; the reducer
//!   is the only place that calls [`crate::scoring::score`], and the one that saves drafts.
//! - [`typed`]: what the user typed, field by field, and how it becomes an [`crate::answers::Answer`].
//! - [`store`]: the key–value [`store::Store`] behind the drafts (the browser's localStorage on
//!   the page, a map in memory in tests) and the language both pages share; [`drafts`]: what is kept there for each draft;
//!   [`storage_page`]: what the storage page says about it.
//! - [`damaged`]: stored entries the app cannot use, listed with their raw text.
//! - [`merge`]: several tabs on one draft: revisions, the field-by-field merge, conflicts.
//! - [`sections`]: which items a section shows, and each section's progress; [`counts`]: the one
//!   count of a set's items every screen shows.
//! - [`calm`]: when a requirement reads as a hint and when as an error.
//! - [`details`]: the agency's details of a draft (name, code, level, year), checked.
//! - [`report`]: the official report table and its CSV.
//! - [`signing_key`]: the agency's signing key, kept encrypted, and signing a draft with it;
//!   [`sign_page`]: the signing page's address, the confirmation before signing, the key backup's checks.
//! - [`library`]: the built-in criteria files; [`added_sets`]: the sets added from files, kept.
//! - [`verify`]: the Verify page's files, the requests to its verifier and the reports' wording.
//! - [`view`]: formatting several screens share (a band's title, the index as the set writes it);
//!   [`review_text`]: the words the appraisal and the explanation screens share.
//! - [`authority`]: the authority's page (keyring, received score files, verdicts).

pub mod added_sets;
pub mod authority;
pub mod calm;
pub mod counts;
pub mod damaged;
pub mod details;
pub mod drafts;
pub mod explanation;
pub mod finder;
pub mod help;
pub mod library;
pub mod merge;
pub mod quota;
pub mod report;
pub mod report_page;
pub mod review_text;
pub mod safety_messages;
pub mod sections;
pub mod sign_page;
pub mod signing_key;
pub mod state;
pub mod storage_page;
pub mod store;
pub mod trainer;
pub mod typed;
pub mod verify;
pub mod view;
