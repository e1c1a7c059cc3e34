//! English: the authority page's second language.

use super::Msg;

pub fn text(msg: &Msg) -> String {
    match msg {
        Msg::PageTitle => "Department of Home Affairs: receiving and checking PAR INDEX files".into(),
        Msg::PageTagline => "The appraising authority's page: every file is read on this machine and sent nowhere.".into(),
        Msg::AgencyPageLink => "Agency self-assessment".into(),
        Msg::LanguageLabel => "Language".into(),
        Msg::StorageFull => {
            "The browser's storage is full: the keyring lasts only until this page closes. Export the keyring to a file.".into()
        }
        Msg::StorageUnavailable => {
            "The browser lets this page store nothing: the keyring lasts only until this page closes. Export the keyring to a file.".into()
        }

        Msg::KeyringHeading => "Agencies' keyring".into(),
        Msg::KeyringIntro => {
            "The public keys the agencies registered. A score file is valid only when its signer is in this keyring under the file's own agency code.".into()
        }
        Msg::AddKeysLabel => "Add public key files (several at once)".into(),
        Msg::AddKeysHint => "parscore-public-key/1 .json files, or a keyring. They can be dragged and dropped here.".into(),
        Msg::DropKeysHere => "Drop key files here".into(),
        Msg::ImportKeyringLabel => "Import a keyring file".into(),
        Msg::ImportKeyringHint => "A keyring (a JSON array of public key files) or a single key file; new keys are added to the list.".into(),
        Msg::DownloadFailed => "The browser could not download the keyring file: try again.".into(),
        Msg::ExportKeyring => "Export the keyring".into(),
        Msg::KeyringEmpty => "No key yet: no score file's signer can be verified.".into(),
        Msg::KeyringCount(1) => "1 registered key.".into(),
        Msg::KeyringCount(n) => format!("{n} registered keys."),
        Msg::CodeColumn => "Agency code".into(),
        Msg::NameColumn => "Agency".into(),
        Msg::FingerprintColumn => "Key fingerprint".into(),
        Msg::AddedColumn => "Added".into(),
        Msg::RemoveKey => "Remove".into(),
        Msg::ConfirmRemoveKey { name, code } => {
            format!("Remove the key of {name} (code {code})? Score files signed with it will no longer be verified.")
        }
        Msg::ConfirmRemoveButton => "Remove the key".into(),
        Msg::Cancel => "Cancel".into(),
        Msg::Dismiss => "Close".into(),
        Msg::KeyAdded { file, name, code } => format!("{file}: added the key of {name} (code {code})."),
        Msg::KeyAlreadyPresent { file, code } => format!("{file}: the key of code {code} is in the keyring already, not added twice."),
        Msg::KeyForOtherAgency { file, code, fingerprint, registered_name, registered_code } => format!(
            "{file}: not added. Key {fingerprint} is registered to {registered_name} (code {registered_code}); it cannot also be registered for code {code}."
        ),
        Msg::KeyFileInvalid { file, location: "", message } => {
            format!("{file}: not a public key file: {message}")
        }
        Msg::KeyFileInvalid { file, location, message } => {
            format!("{file}: not a public key file (at {location}): {message}")
        }
        Msg::FileUnreadable { file, reason } => format!("{file}: the file cannot be read: {reason}"),

        Msg::VerifyHeading => "Check received score files".into(),
        Msg::VerifyIntro => {
            "Checks each file's signature, criteria set and recomputed score, then looks its signer up in the keyring.".into()
        }
        Msg::ScoreFilesLabel => "Choose score files (.score.json, several at once)".into(),
        Msg::ScoreFilesHint => "Many files, or a whole folder, can be dragged and dropped here.".into(),
        Msg::ScoreFolderLabel => "Or choose a whole folder".into(),
        Msg::DropScoreFilesHere => "Drop score files or a folder here".into(),
        Msg::ClearScoreFiles => "Clear every chosen file".into(),
        Msg::SetsLoading => "Loading the built-in criteria sets…".into(),
        Msg::SetUnreachable { file, reason } => format!("The criteria set {file} cannot be loaded: {reason}"),
        Msg::SetInvalid { file, problems } => format!("The criteria set {file} cannot be used: {problems} problems"),
        Msg::FileColumn => "File".into(),
        Msg::AgencyColumn => "Agency".into(),
        Msg::YearColumn => "Year".into(),
        Msg::IndexColumn => "Claimed index".into(),
        Msg::BandColumn => "Claimed band".into(),
        Msg::VerdictColumn => "Verdict".into(),
        Msg::NoBand => "No band".into(),
        Msg::Summary { valid, unverified, invalid, total } => format!(
            "{valid}/{total} files valid, {unverified} with a sound signature but an unverified signer, {invalid} not valid."
        ),

        Msg::Valid => "Valid".into(),
        Msg::ValidSigner { name, code } => format!("Signed by {name} (code {code}), in the keyring."),
        Msg::SignerUnverified => "Signature sound, signer not verified".into(),
        Msg::NoKeyring => "The keyring is empty: add the agencies' keys.".into(),
        Msg::NotRegistered { fingerprint, code } => format!("Signing key {fingerprint} is not in the keyring for code {code}."),
        Msg::RegisteredToOther { fingerprint, name, code, file_code } => {
            format!("Signing key {fingerprint} is registered to {name} (code {code}), not to the file's code {file_code}.")
        }
        Msg::Invalid { kinds } => format!("Not valid: {kinds}"),
        Msg::KindMalformed => "malformed".into(),
        Msg::KindBadSignature => "bad signature".into(),
        Msg::KindUnknownKey => "key not in the keyring".into(),
        Msg::KindCriteriaMismatch => "criteria set mismatch".into(),
        Msg::KindScoreDiffers => "recomputed score differs".into(),
        Msg::Malformed { location, message } => format!("Malformed file at {location}: {message}"),
        Msg::BadSignature => "The signature does not match the file's content: it was changed after signing.".into(),
        Msg::CriteriaMismatch { id, version } => format!("Criteria set {id}, version {version} is not a known set."),
        Msg::ScoreDiffers { count, places } => format!("Recomputation differs in {count} places: {places}"),
        Msg::Difference { place, claimed, recomputed } => format!("{place} (claimed {claimed}, recomputed {recomputed})"),
        Msg::Nothing => "nothing".into(),
        Msg::Unreadable => "The file cannot be read".into(),
        Msg::NotUtf8 { at } => format!("not UTF-8 text (wrong from byte {at})"),
        Msg::SupersededBy { file } => format!("Superseded by a file signed later: {file}"),
        Msg::Supersedes { files } => format!("The agency's latest file for the year, superseding: {files}"),
        Msg::ConflictingKeys { files } => format!("Conflict: same agency and year signed with another key than {files}"),
    }
}
