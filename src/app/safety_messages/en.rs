//! English: the second language.

use super::SafetyMsg as Msg;

pub fn text(msg: &Msg) -> String {
    match msg {
        Msg::ConflictHeading => "Two places changed the same field".into(),
        Msg::ConflictIntro => "This draft is open in another tab or window, and both changed the fields below differently. Both versions are kept: choose the one to use.".into(),
        Msg::ConflictField { code, what } => format!("Item {code}, {what}"),
        Msg::ConflictName => "The draft's name".into(),
        Msg::ConflictNote => "explanation / remark".into(),
        Msg::ConflictEvidence => "evidence".into(),
        Msg::ConflictInUse => "In use".into(),
        Msg::ConflictOther => "The other version".into(),
        Msg::Blank => "(blank)".into(),
        Msg::KeepInUse => "Keep the version in use".into(),
        Msg::UseOther => "Use the other version".into(),

        Msg::DamagedHeading => "Stored entries that cannot be read".into(),
        Msg::DamagedIntro => "The browser still keeps the entries below but the app cannot use them. They are not deleted: download their content to keep it, or try importing it.".into(),
        Msg::DamagedDraft { name } => format!("Self-assessment draft {name}"),
        Msg::DamagedCriteriaText { name } => format!("Stored criteria set (SHA-256 {name})"),
        Msg::DamagedSigningKey => "The agency's signing key".into(),
        Msg::DamagedAddedSets => "The list of added criteria sets".into(),
        Msg::EntryUnreadable { detail } => format!("Cannot be read: {detail}"),
        Msg::EntryNewer { format } => format!("Written by a newer version of the app (format {format}): open it with that version, or download its content."),
        Msg::UnknownFormat { format: "" } => "no format given".into(),
        Msg::UnknownFormat { format } => format!("unknown format: {format}"),
        Msg::DownloadRaw => "Download its content".into(),
        Msg::TryImport => "Try importing".into(),
        Msg::DeleteEntry => "Delete".into(),
        Msg::ConfirmDeleteEntry => "Delete this entry from the browser for good? Content not downloaded will be lost.".into(),
        Msg::ConfirmDeleteButton => "Delete for good".into(),
        Msg::Cancel => "Cancel".into(),
    }
}
