//! The views, each named for what the user sees. They read the state and the core's scorecard
//! and dispatch [`super::state::Action`]s; none of them computes points.

mod answer_input;
mod app_header;
mod criteria_file_input;
mod item_card;
mod language_switch;
mod load_errors;
mod scoring_screen;
mod section_nav;
mod section_view;
mod set_card;
mod set_picker;
mod total_bar;

pub use answer_input::AnswerInput;
pub use app_header::AppHeader;
pub use criteria_file_input::CriteriaFileInput;
pub use item_card::ItemCard;
pub use language_switch::LanguageSwitch;
pub use load_errors::LoadErrors;
pub use scoring_screen::ScoringScreen;
pub use section_nav::SectionNav;
pub use section_view::SectionView;
pub use set_card::SetCard;
pub use set_picker::SetPicker;
pub use total_bar::TotalBar;

/// An element id made from a node code ("1.1.4" → "1-1-4"): codes are letters, digits and dots,
/// and a dot in an id would have to be escaped in every CSS selector.
pub fn dom_id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace('.', "-"))
}
