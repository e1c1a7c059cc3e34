//! The keys of the catalogue: one per message a page shows. `vi.rs` and `en.rs` each match every
//! one of them.

/// A message of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppTagline,
    LanguageLabel,
    ResumeSet,

    PickerHeading,
    LibraryHeading,
    Loading,
    DecisionLabel,
    YearLabel,
    LevelLabel,
    UseThisSet,
    DemoOpen,
    DemoCopy,
    DemoReadOnly,
    /// {0}: file name; {1}: reason.
    FileUnreachable,
    /// {0}: file name; {1}: number of problems.
    FileInvalid,
    OpenFileHeading,
    OpenFileLabel,
    OpenFileHint,
    AddedSetsHeading,
    /// {0}: set title.
    ConfirmRemoveSet,
    RemoveSet,
    ConfirmRemoveSetButton,
    /// Beside a valid signature: the app lists no publishers, so the fingerprint is to compare.
    KeyNotConfirmed,
    SetTrustLabel,
    /// {0}: file name; {1}: why the signature check refuses it.
    FileRefused,
    /// A signed file opened in the form, while the verifier worker checks its signature.
    FileChecking,
    /// After a draft's set-replaced warning: the draft keeps its own set.
    SetChangeKept,
    /// {0}: draft file name; {1}: what was replaced.
    SetReplacedImport,

    LevelMinistry,
    LevelProvince,
    LevelDepartment,
    LevelDistrict,
    LevelCommune,
    LevelTraining,

    SectionsHeading,
    BonusSection,
    PenaltySection,
    /// {0}: answered; {1}: items.
    AnsweredOf,
    SurveyOnlySection,
    /// {0}: points; {1}: max.
    PointsOf,
    /// {0}: max points.
    MaxPoints,
    /// {0}: points.
    Points,
    ScoringRule,
    HowScored,
    WhyInputs,
    Evidence,
    Guidance,
    ChooseLevel,
    LevelInput,
    PassQuestion,
    Yes,
    No,
    FaultCount,
    ItemsCounted,
    ManualPoints,
    Justification,
    SurveyBadge,
    SurveyExplained,
    ClearAnswer,
    /// {0}: what was typed.
    NotAWholeNumber,
    /// {0}: what was typed.
    NotANumber,

    TotalLabel,
    IndexLabel,
    BandLabel,
    NoBand,
    AnsweredLabel,
    SurveyLabel,
    /// {0}: the gates' titles.
    CappedBy,

    DraftsButton,
    DraftsHeading,
    NoDrafts,
    /// {0}: agency name; {1}: agency code.
    DraftAgency,
    /// {0}/{1}: total/scale; {2}/{3}: items answered/self-assessed; {4}: evidence documents.
    DraftFigures,
    /// {0}: the local time of the last save.
    DraftSavedAt,
    VersionLabel,
    OpenDraft,
    DuplicateDraft,
    RenameDraft,
    DeleteDraft,
    NewName,
    SaveName,
    Cancel,
    /// {0}: the draft's name.
    ConfirmDelete,
    ConfirmDeleteButton,
    CopySuffix,
    ImportHeading,
    ImportLabel,
    ImportHint,
    /// {0}: file name; {1}: reason.
    DraftFileUnreadable,
    /// {0}: file name; {1}: the located problem.
    NotADraft,
    /// {0}: set id; {1}: version.
    SetMissing,
    NewDraftHeading,
    AgencyName,
    AgencyCode,
    EvaluationYear,
    CreateDraft,
    Required,
    NameRequired,
    /// {0}: what was typed.
    YearInvalid,
    StorageFull,
    /// The store is close to its limit: {0} used of about {1} ({2}%).
    StorageFilling,
    StorageUnavailable,
    DownloadDraft,
    StorageButton,
    StorageHeading,
    StorageDrafts,
    StorageUsed,
    /// {0}: space used; {1}: space allowed.
    StorageOfQuota,
    StoragePersisted,
    PersistedYes,
    PersistedNo,
    StorageUnknown,
    StoragePurgedAfterAWeek,
    StorageAdvice,
    ViewsLabel,
    ViewForm,
    ViewReport,
    ViewChart,
    ViewLosses,
    LossesHint,
    NoLosses,
    /// {0}: points missing.
    PointsMissing,
    NotAnswered,
    OpenItem,
    ViewProjection,
    NoPendingSurvey,
    ProjectionLow,
    ProjectionHigh,
    ExpectedSurvey,
    ProjectionEstimate,
    ScenarioTry,
    ScenarioHint,
    ScenarioReset,
    ScenarioLeave,
    /// {0}: before; {1}: after; {2}: difference.
    ScenarioDelta,
    ScenarioNoChange,
    ViewPresentation,
    /// {0}: the item's position; {1}: how many.
    PresentationHint,
    ExportDraft,
    /// {0}: the version the draft was made for; {1}: the version it now uses.
    ImportedOtherVersion,
    ImportAllMatch,
    /// {0}: how many.
    ImportMismatches,
    Dismiss,
    /// {0}: the entry's number.
    EvidenceEntry,
    EvidenceNumber,
    EvidenceDate,
    EvidenceTitle,
    EvidenceFile,
    AddEvidence,
    RemoveEvidence,
    RemoveFile,
    Hashing,
    /// {0}: reason.
    FileHashFailed,
    /// {0}: size in bytes.
    FileSize,
    Note,
    NoteRequired,
    ExplanationMissing,
    ReportHeading,
    ColStt,
    ColCriterion,
    ColMax,
    ColSelfScore,
    ColEvidence,
    ColNote,
    Print,
    DownloadCsv,
    AgencyLabel,
    SetLabel,
    ChartHeading,
    ChartHint,
    /// {0}: points (one).
    OnePoint,

    // Verifying score files (the receiving authority).
    AuthorityPage,
    VerifyButton,
    VerifyHeading,
    VerifyIntro,
    VerifyFilesLabel,
    VerifyFilesHint,
    KeyringLabel,
    KeyringHint,
    /// {0}: file name; {1}: number of keys.
    KeyringLoaded,
    /// {0}: file name.
    KeyringChecking,
    /// {0}: file name; {1}: the located problem.
    KeyringInvalid,
    NoKeyring,
    RemoveKeyring,
    KnownSetsHeading,
    VerifierStarting,
    ResultsHeading,
    NoFilesYet,
    /// {0}: files waiting.
    ResultsChecking,
    ClearFiles,
    ColFile,
    ColVerdict,
    Checking,
    Valid,
    /// {0}: the kinds of failure.
    NotValid,
    /// {0}: the reason.
    Unreadable,
    KindMalformed,
    KindBadSignature,
    KindUnknownKey,
    KindCriteriaMismatch,
    KindScoreDiffers,
    /// {0}: file name.
    DetailsHeading,
    VerdictValid,
    /// {0}: the kinds of failure.
    VerdictNotValid,
    /// {0}: where; {1}: what (English).
    MalformedAt,
    SignatureLabel,
    SignatureValid,
    SignatureBad,
    SignatureUnchecked,
    FingerprintLabel,
    DidKeyLabel,
    SignedByLabel,
    /// {0}: agency name; {1}: agency code.
    RegisteredAs,
    NotInKeyring,
    /// {0}: agency name; {1}: agency code.
    RegisteredToOther,
    NoKeyringGiven,
    ClaimedIndex,
    ClaimedBand,
    /// {0}: title; {1}: id; {2}: version.
    CriteriaMatches,
    /// {0}: id; {1}: version; {2}: SHA-256.
    CriteriaUnknown,
    /// {0}: the known versions.
    CriteriaSameId,
    RecomputeLabel,
    RecomputeMatches,
    /// {0}: how many.
    RecomputeDiffers,
    RecomputeSkipped,
    ColPlace,
    ColClaimed,
    ColRecomputed,
    NoValue,

    // Signing key and "Sign and export".
    ViewSign,
    KeyButton,
    KeyHeading,
    KeyIntro,
    KeyNone,
    KeyReplace,
    KeyReplaceWarning,
    KeyCurrent,
    KeyFingerprint,
    KeyDid,
    KeyDownloadPublic,
    KeyDownloadBackup,
    KeyFilesHint,
    KeyCreateHeading,
    KeyPassphrase,
    /// {0}: the minimum number of characters.
    KeyPassphraseHint,
    KeyPassphraseAgain,
    KeyCreate,
    KeyCreated,
    KeyRestoreHeading,
    KeyRestoreIntro,
    KeyRestoreHint,
    KeyBackupHeading,
    KeyBack,
    KeyBackupFile,
    KeyBackupFileHint,
    /// {0}: the reason.
    KeyBackupUnreadable,
    KeyBackupMissing,
    KeyRestore,
    KeyRestored,
    KeyOwnerRequired,
    /// {0}: the minimum number of characters.
    KeyPassphraseShort,
    KeyPassphraseMismatch,
    KeyWrongPassphrase,
    /// {0}: what is wrong (English).
    KeyBackupInvalid,
    /// {0}: what went wrong (English).
    KeyFailed,
    KeyWorking,
    SignHeading,
    SignIntro,
    SignDemo,
    SignBlocked,
    SignNoKey,
    SignGetKey,
    /// {0}: number of survey items.
    SignSurveyPending,
    /// {0}: number of answers.
    SignProblems,
    /// {0}: number of items.
    SignUnanswered,
    SignAllAnswered,
    /// {0}: number of items.
    SignMissingEvidence,
    SignAllEvidenced,
    SignDownloadFailed,
    /// {0}: file name.
    DownloadFailed,
    DownloadRetry,
    VerifierCannotStart,
    VerifierStopped,
    /// The form cannot start the verifier worker to check a signed criteria set.
    SetCheckerCannotStart,
    SetCheckerStopped,
    NotChecked,
    FieldLevel,
    FieldPass,
    FieldNumerator,
    FieldDenominator,
    FieldPercent,
    FieldCount,
    FieldPoints,
    FieldJustification,
    /// {0} and {1}: two inputs.
    FieldsBoth,
    /// {0}: what went wrong (English).
    SignFailed,
    SignWithKey,
    /// {0}: the key's agency code; {1}: the draft's.
    SignOtherAgency,
    SignAndExport,
    SignWorking,
    SignClock,
    /// {0}: the offset of the first byte that is not UTF-8.
    NotUtf8,
    /// {0}: the file name.
    SignDone,
    CodeInvalid,        // {0}: the code as typed.
    YearBeforeDecision, // {0}: the year; {1}: the set's decision number; {2}: its year.
    NotYetRated,
    WhyScoreOf, // {0}: the item's code; {1}: its points, with their unit.
    WhyTotal,   // {0}: the total.
    AgencyDetailsHeading,
    EditDetails,
    SaveDetails,
    DetailsSaved,
    DemoDetailsNeeded,
    ItemsSelfAssessed, // {0}: how many.
    ItemsSurvey,       // {0}: how many.
    ItemsOptional,     // {0}: how many.
    OptionalSection,   // {0}: how many items.
    SurveyOnce,
}
