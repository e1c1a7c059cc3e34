//! Every text of the authority's page, Vietnamese first ([`vi`]) and English ([`en`]), each one
//! exhaustive `match`: a message without a translation does not compile. Values the page shows
//! inside a message (file names, codes, counts) travel in the variant.

mod en;
mod vi;

use crate::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg<'a> {
    PageTitle,
    PageTagline,
    /// The link to the agency's page.
    AgencyPageLink,
    LanguageLabel,
    StorageFull,
    StorageUnavailable,

    KeyringHeading,
    KeyringIntro,
    AddKeysLabel,
    AddKeysHint,
    DropKeysHere,
    ImportKeyringLabel,
    ImportKeyringHint,
    ExportKeyring,
    DownloadFailed,
    KeyringEmpty,
    KeyringCount(usize),
    CodeColumn,
    NameColumn,
    FingerprintColumn,
    AddedColumn,
    RemoveKey,
    ConfirmRemoveKey {
        name: &'a str,
        code: &'a str,
    },
    ConfirmRemoveButton,
    Cancel,
    Dismiss,
    KeyAdded {
        file: &'a str,
        name: &'a str,
        code: &'a str,
    },
    KeyAlreadyPresent {
        file: &'a str,
        code: &'a str,
    },
    KeyForOtherAgency {
        file: &'a str,
        code: &'a str,
        fingerprint: &'a str,
        registered_name: &'a str,
        registered_code: &'a str,
    },
    KeyFileInvalid {
        file: &'a str,
        location: &'a str,
        message: &'a str,
    },
    FileUnreadable {
        file: &'a str,
        reason: &'a str,
    },

    VerifyHeading,
    VerifyIntro,
    ScoreFilesLabel,
    ScoreFilesHint,
    ScoreFolderLabel,
    DropScoreFilesHere,
    ClearScoreFiles,
    SetsLoading,
    SetUnreachable {
        file: &'a str,
        reason: &'a str,
    },
    SetInvalid {
        file: &'a str,
        problems: usize,
    },
    FileColumn,
    AgencyColumn,
    YearColumn,
    IndexColumn,
    BandColumn,
    VerdictColumn,
    NoBand,
    Summary {
        valid: usize,
        unverified: usize,
        invalid: usize,
        total: usize,
    },

    Valid,
    ValidSigner {
        name: &'a str,
        code: &'a str,
    },
    SignerUnverified,
    NoKeyring,
    NotRegistered {
        fingerprint: &'a str,
        code: &'a str,
    },
    RegisteredToOther {
        fingerprint: &'a str,
        name: &'a str,
        code: &'a str,
        file_code: &'a str,
    },
    Invalid {
        kinds: &'a str,
    },
    KindMalformed,
    KindBadSignature,
    KindUnknownKey,
    KindCriteriaMismatch,
    KindScoreDiffers,
    Malformed {
        location: &'a str,
        message: &'a str,
    },
    BadSignature,
    CriteriaMismatch {
        id: &'a str,
        version: &'a str,
    },
    /// `places`: [`Msg::Difference`]s, joined.
    ScoreDiffers {
        count: usize,
        places: &'a str,
    },
    Difference {
        place: &'a str,
        claimed: &'a str,
        recomputed: &'a str,
    },
    /// A figure that one side does not have.
    Nothing,
    Unreadable,
    NotUtf8 {
        at: usize,
    },
    SupersededBy {
        file: &'a str,
    },
    Supersedes {
        files: &'a str,
    },
    ConflictingKeys {
        files: &'a str,
    },
}

impl Msg<'_> {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => vi::text(self),
            Lang::En => en::text(self),
        }
    }
}
