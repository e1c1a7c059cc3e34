//! The criteria-set editor (soạn bộ tiêu chí) of the authority's page, without the page: the set
//! being edited is the raw structure the core validates ([`RawCriteriaSet`]); every change runs
//! the validator again and places its problems at the node and field they concern
//! ([`problems`]); changes can be undone ([`history`]) and are saved at once through the
//! [`crate::app::store::Store`] (the reducer returns the save as an effect).
//!
//! - [`tree`]: where a node is, and the tree edits (add, delete, move, indent, outdent);
//! - [`fields`]: the forms' fields and where the validator places their problems;
//! - [`apply`], [`node_values`]: a field's value read and written;
//! - [`start`]: a new set, a copy of a built-in set, a new version, a file opened;
//! - [`state`]: [`EditorState`] and [`EditorAction`].

pub mod apply;
pub mod fields;
pub mod forms;
pub mod history;
pub mod messages;
pub mod node_values;
pub mod preview;
pub mod problems;
pub mod signing;
pub mod start;
pub mod state;
pub mod tree;
pub mod view;

use serde::{Deserialize, Serialize};

use crate::criteria::raw::RawCriteriaSet;

pub use crate::sheet::layout::InfoField;
pub use fields::{BandField, Edge, Field, GateField, NodeField};
pub use messages::EditorMsg;
pub use state::{EditorAction, EditorState};
pub use tree::NodePath;

/// Where the set being edited is kept between visits.
pub const EDITOR_KEY: &str = "parscore.authority.editor";

/// The set being edited, and the version it started from (for the diff).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    pub raw: RawCriteriaSet,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<RawCriteriaSet>,
}
