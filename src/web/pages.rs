//! The app's pages, one per audience, and how one links to another: beside it when served, or
//! to its single file when opened from disk (file://), where each page is a file of its own.

/// The agency's page: served, and as a single file.
pub const AGENCY_PAGE: (&str, &str) = ("./", "parscore-offline.html");
/// The agency's answer to an appraisal (giải trình).
pub const EXPLAIN_PAGE: (&str, &str) = ("explain.html", "parscore-explain-offline.html");
/// The Verify page, for the authority that receives score files.
pub const VERIFY_PAGE: (&str, &str) = ("verify.html", "parscore-verify-offline.html");
/// The trainer's page: slides and the projected index.
pub const TRAINER_PAGE: (&str, &str) = ("trainer.html", "parscore-trainer-offline.html");
/// The agency's signing key and "Ký và xuất" (the form links here with `#draft=ID`).
pub const SIGN_PAGE: (&str, &str) = ("sign.html", "parscore-sign-offline.html");
/// The official report of a draft (the form links here with `#draft=ID`).
pub const REPORT_PAGE: (&str, &str) = ("report.html", "parscore-report-offline.html");
/// The help page (Hướng dẫn; the form links here with `#draft=ID`): the report page's wasm.
pub const HELP_PAGE: (&str, &str) = ("help.html", "parscore-help-offline.html");
/// The authority's page (Sở Nội vụ).
pub const AUTHORITY_PAGE: (&str, &str) = ("authority.html", "parscore-authority-offline.html");

/// The address of `page` from the page now open.
pub fn page_href((served, single_file): (&str, &str)) -> String {
    let from_disk = web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "file:");
    if from_disk { single_file } else { served }.to_string()
}
