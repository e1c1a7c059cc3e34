//! The authority's page (Sở Nội vụ's workbench), without the page: its state and actions
//! ([`state`]), the keyring it keeps ([`keyring`]), the score files it receives and their
//! verdicts ([`received`]), what it shows ([`view`]) and its texts ([`messages`]). The Yew
//! components in `web::authority` render [`view`]'s rows and dispatch [`state::Action`]s.

pub mod appraisal;
pub mod editor;
pub mod intake;
pub mod keyring;
pub mod messages;
pub mod received;
pub mod round;
pub mod section;
pub mod sheets;
pub mod state;
pub mod view;

pub use keyring::{KeyBook, KeyEntry, KeyOutcome};
pub use messages::Msg;
pub use received::{Duplicate, ReadProblem, ReceivedFile, Unverified, Verdict};
pub use section::Section;
pub use state::{Action, AuthorityState, Effect};
