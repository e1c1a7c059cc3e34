//! Every text of the criteria-set editor, Vietnamese first ([`vi`]) and English ([`en`]), each
//! one exhaustive `match`. Values shown inside a message travel in the variant.

mod en;
mod vi;

use super::fields::{Edge, NodeField};
use crate::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditorMsg<'a> {
    Heading,
    Intro,
    NewSet,
    CopyLabel,
    CopyButton,
    NewVersion,
    OpenLabel,
    OpenHint,
    DropHere,
    DownloadTemplate,
    ExportXlsx,
    ExportCsv,
    ExportJson,
    ExportFailed {
        reason: &'a str,
    },
    Undo,
    Redo,
    NothingEdited,
    TreeLabel,
    KeyboardHint,
    AddRow,
    AddChild,
    Delete,
    MoveUp,
    MoveDown,
    Indent,
    Outdent,
    ConfirmDelete {
        code: &'a str,
        rows: usize,
    },
    ConfirmDeleteButton,
    Cancel,
    Dismiss,
    NoTitle,
    RowProblems(usize),
    Points,
    SetValid {
        rows: usize,
        sha: &'a str,
    },
    SetProblems(usize),
    GoToRow,
    NodeHeading {
        code: &'a str,
    },
    GroupNote,
    // A node's fields: each field's label.
    Field(NodeField),
    /// A rule kind's name: one of `fields::RULE_KINDS`.
    Kind(&'a str),
    LevelRow(usize),
    AddLevel,
    RemoveRow,
    MeasurePercent,
    MeasureRatio,
    BandRow(usize),
    /// A range's bounds, in a rule's bands and in the set's.
    From,
    To,
    /// Whether the edge belongs to the range: shown beside each bound.
    EdgeIncluded,
    AddRuleBand,
    RoundingName(&'a str),
    // The set's fields.
    MetaHeading,
    SetId,
    Version,
    SetTitle,
    SetTitleEn,
    DecisionNumber,
    DecisionDate,
    Issuer,
    Year,
    Level,
    LevelName(&'a str),
    Scale,
    ProvenanceStatus,
    ProvenanceName(&'a str),
    ProvenanceSource,
    BandsHeading,
    BandId,
    BandTitle,
    BandTitleEn,
    AddBand,
    GatesHeading,
    GateId,
    GateTitle,
    GateOperand,
    OperandMeasure,
    OperandIndex,
    GateCode,
    GateCap,
    GateSource,
    AddGate,
    BonusHeading,
    PenaltyHeading,
    BlockCap,
    AddBlockItem,
    RemoveBlock,
    // What was typed or opened.
    NotANumber,
    NotAWholeNumber,
    Opened {
        file: &'a str,
    },
    OpenedWithProblems {
        file: &'a str,
        problems: usize,
    },
    SheetNotRead {
        file: &'a str,
        problems: usize,
    },
    JsonNotRead {
        file: &'a str,
        detail: &'a str,
    },
    Notice {
        text: &'a str,
    },
    // The authority's key and signature.
    SignHeading,
    SignIntro,
    NoKeyYet,
    KeyOf {
        name: &'a str,
        code: &'a str,
        fingerprint: &'a str,
    },
    DownloadBackup,
    DownloadPublicKey,
    Passphrase,
    SignButton,
    Signing,
    Signed {
        file: &'a str,
    },
    WrongPassphrase,
    KeyFailed {
        reason: &'a str,
    },
    Clock,
    DiffHeading,
    DiffNeedsValid,
    PreviewHeading,
    PreviewNeedsValid,
    Choose,
    Passed,
    Failed,
    PreviewTotal {
        total: &'a str,
        scale: &'a str,
        index: &'a str,
    },
}

impl EditorMsg<'_> {
    /// The label of a range's bound.
    pub fn edge(edge: Edge) -> EditorMsg<'static> {
        match edge {
            Edge::Lo => EditorMsg::From,
            Edge::Hi => EditorMsg::To,
            Edge::LoInclusive | Edge::HiInclusive => EditorMsg::EdgeIncluded,
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => vi::text(self),
            Lang::En => en::text(self),
        }
    }
}
