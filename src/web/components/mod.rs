//! The views, each named for what the user sees. They read the state and the core's scorecard
//! and dispatch [`super::state::Action`]s; none of them computes points.
//!
//! A view that keeps no state and is cheap to draw is a function (`set_trust_note(…, lang)`), not
//! a component: each component carries Yew's lifecycle code for it (mounting, reuse, props
//! comparison), about 1.5 kB of wasm before optimisation.

mod added_set_card;
mod answer_input;
mod app_header;
mod area_chart;
mod conflict_notice;
mod damaged_entries;
mod details_editor;
mod details_fields;
mod draft_card;
mod draft_screen;
mod draft_toolbar;
mod drafts_screen;
mod evidence_list;
mod explanation;
mod import_notice;
mod item_card;
mod item_finder;
// The key forms serve the agency's key screen and the authority's own key (web::authority).
pub(crate) mod key_forms;
mod keyring_input;
mod language_switch;
mod load_errors;
mod losses_view;
mod new_draft_form;
mod note_field;
mod page_header;
mod presentation_view;
mod projection_view;
mod report_details;
mod scenario_bar;
mod score_differences;
mod score_files_input;
mod section_nav;
mod section_view;
mod set_card;
mod set_picker;
mod set_trust;
mod storage_banner;
mod storage_screen;
mod text_file_input;
mod total_bar;
mod undo_notice;
mod verify_results;
mod verify_screen;
mod why_score;

pub use added_set_card::AddedSetCard;
pub use answer_input::AnswerInput;
pub use app_header::AppHeader;
pub use area_chart::area_chart;
pub use conflict_notice::conflict_notice;
pub use damaged_entries::DamagedEntries;
pub use details_editor::DetailsEditor;
pub use details_fields::DetailsFields;
pub use draft_card::DraftCard;
pub use draft_screen::DraftScreen;
pub use draft_toolbar::DraftToolbar;
pub use drafts_screen::DraftsScreen;
pub use evidence_list::{EvidenceEntry, EvidenceList};
pub use explanation::ExplanationScreen;
pub use import_notice::import_notice;
pub use item_card::ItemCard;
pub use item_finder::ItemFinder;
pub use keyring_input::KeyringInput;
pub use language_switch::language_buttons;
pub use load_errors::load_errors;
pub use losses_view::LossesView;
pub use new_draft_form::NewDraftForm;
pub use note_field::note_field;
pub use page_header::page_header;
pub use presentation_view::PresentationView;
pub use projection_view::ProjectionView;
pub use report_details::ReportDetails;
pub use scenario_bar::ScenarioBar;
pub use score_differences::ScoreDifferences;
pub use score_files_input::ScoreFilesInput;
pub use section_nav::section_nav;
pub use section_view::SectionView;
pub use set_card::SetCard;
pub use set_picker::set_picker;
pub use set_trust::set_trust_note;
pub use storage_banner::{DownloadDraftButton, StorageBanner, StorageFillingBanner};
pub use storage_screen::StorageScreen;
pub use text_file_input::TextFileInput;
pub use total_bar::total_bar;
pub use undo_notice::use_undo_notice;
pub use verify_results::VerifyResults;
pub use verify_screen::VerifyScreen;
pub use why_score::WhyScore;

/// The text of the input an `input` event came from.
pub fn input_text(e: yew::InputEvent) -> String {
    use yew::TargetCast;
    e.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

/// An element id made from a node code ("1.1.4" → "1-1-4"): codes are letters, digits and dots,
/// and a dot in an id would have to be escaped in every CSS selector.
pub fn dom_id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace('.', "-"))
}
