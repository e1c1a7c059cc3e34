//! The names of the layout: the two sheets, their columns and the metadata fields, each as the
//! workbook writes it (Vietnamese) and as an English reader sees it. Headers and field names are
//! matched loosely on import (case, spacing, Vietnamese or English), so an official may retype
//! them.

use crate::Lang;

/// The two sheets: the set's metadata first, then the decision's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetName {
    Info,
    Criteria,
}

impl SheetName {
    /// The sheet's name in the workbook (and its CSV section marker, in brackets).
    pub fn workbook_name(self) -> &'static str {
        match self {
            SheetName::Info => "Thông tin",
            SheetName::Criteria => "Tiêu chí",
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (_, Lang::Vi) => self.workbook_name(),
            (SheetName::Info, Lang::En) => "Thông tin (information)",
            (SheetName::Criteria, Lang::En) => "Tiêu chí (criteria)",
        }
    }

    pub fn find(name: &str) -> Option<SheetName> {
        let name = normalize(name);
        [SheetName::Info, SheetName::Criteria].into_iter().find(|sheet| {
            let english = match sheet {
                SheetName::Info => "info",
                SheetName::Criteria => "criteria",
            };
            name == normalize(sheet.workbook_name()) || name == english
        })
    }
}

/// A column of either sheet. The first eight of the criteria sheet are the decision's own table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Code,
    Title,
    TitleEn,
    Max,
    Rule,
    Evidence,
    Explain,
    Source,
    SourceNote,
    Guidance,
    GuidanceEn,
    EvidenceEn,
    RuleEn,
    LevelIds,
    /// The metadata sheet: field name, value, English value.
    Field,
    Value,
    ValueEn,
    /// The result bands' and the gates' small tables on the metadata sheet.
    Id,
    Name,
    NameEn,
    Range,
    GateOn,
    GateCode,
    GateCap,
    GateSource,
}

/// The criteria sheet's columns, in the order the workbook writes them.
pub const CRITERIA_COLUMNS: [Column; 14] = [
    Column::Code,
    Column::Title,
    Column::TitleEn,
    Column::Max,
    Column::Rule,
    Column::Evidence,
    Column::Explain,
    Column::Source,
    Column::SourceNote,
    Column::Guidance,
    Column::GuidanceEn,
    Column::EvidenceEn,
    Column::RuleEn,
    Column::LevelIds,
];
pub const INFO_COLUMNS: [Column; 3] = [Column::Field, Column::Value, Column::ValueEn];
pub const BAND_COLUMNS: [Column; 4] = [Column::Id, Column::Name, Column::NameEn, Column::Range];
pub const GATE_COLUMNS: [Column; 8] = [
    Column::Id,
    Column::Name,
    Column::NameEn,
    Column::GateOn,
    Column::GateCode,
    Column::Range,
    Column::GateCap,
    Column::GateSource,
];

impl Column {
    /// The header as the workbook writes it.
    pub fn header(self) -> &'static str {
        match self {
            Column::Code => "Mã",
            Column::Title => "Tiêu chí",
            Column::TitleEn => "Tiêu chí (English, optional)",
            Column::Max => "Điểm tối đa",
            Column::Rule => "Cách chấm",
            Column::Evidence => "Tài liệu kiểm chứng",
            Column::Explain => "Bắt buộc giải trình",
            Column::Source => "Nguồn",
            Column::SourceNote => "Ghi chú nguồn",
            Column::Guidance => "Hướng dẫn",
            Column::GuidanceEn => "Hướng dẫn (English)",
            Column::EvidenceEn => "Tài liệu kiểm chứng (English)",
            Column::RuleEn => "Cách chấm (English)",
            Column::LevelIds => "Mã các mức",
            Column::Field => "Mục",
            Column::Value => "Giá trị",
            Column::ValueEn => "Tiếng Anh (English)",
            Column::Id => "Mã",
            Column::Name => "Tên",
            Column::NameEn => "Tên (English)",
            Column::Range => "Khoảng chỉ số",
            Column::GateOn => "Xét theo",
            Column::GateCode => "Mã tiêu chí",
            Column::GateCap => "Xếp loại cao nhất",
            Column::GateSource => "Nguồn",
        }
    }

    /// The header in English, also accepted on import.
    fn english(self) -> &'static str {
        match self {
            Column::Code | Column::Id => "Code",
            Column::Title => "Criterion",
            Column::TitleEn => "Criterion (English)",
            Column::Max => "Maximum",
            Column::Rule => "Scoring",
            Column::Evidence => "Evidence",
            Column::Explain => "Explanation required",
            Column::Source | Column::GateSource => "Source",
            Column::SourceNote => "Source note",
            Column::Guidance => "Guidance",
            Column::GuidanceEn => "Guidance (English)",
            Column::EvidenceEn => "Evidence (English)",
            Column::RuleEn => "Scoring (English)",
            Column::LevelIds => "Level ids",
            Column::Field => "Field",
            Column::Value => "Value",
            Column::ValueEn => "English",
            Column::Name => "Name",
            Column::NameEn => "Name (English)",
            Column::Range => "Index range",
            Column::GateOn => "Applies to",
            Column::GateCode => "Criterion code",
            Column::GateCap => "Best band",
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.header(),
            Lang::En => self.english(),
        }
    }

    /// Which of `columns` a header cell names.
    pub fn find(columns: &[Column], header: &str) -> Option<Column> {
        let header = normalize(header);
        let short_title_en = normalize("Tiêu chí (English)");
        columns.iter().copied().find(|c| {
            header == normalize(c.header())
                || header == normalize(c.english())
                || (*c == Column::TitleEn && header == short_title_en)
        })
    }
}

/// A key/value row of the metadata sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InfoField {
    Format,
    Schema,
    Id,
    Version,
    Title,
    Description,
    DecisionNumber,
    DecisionDate,
    Issuer,
    Year,
    Level,
    Scale,
    IndexPlaces,
    Provenance,
    ProvenanceNote,
    BonusCap,
    PenaltyCap,
    RescaleWithoutSurvey,
}

impl InfoField {
    /// Where the validator names a problem of this field (`decision.date`); the set's editor shows
    /// the problem beside the field's input.
    pub fn place(self) -> &'static str {
        match self {
            InfoField::Format => "format",
            InfoField::Schema => "$schema",
            InfoField::Id => "id",
            InfoField::Version => "version",
            InfoField::Title => "title.vi",
            InfoField::Description => "description",
            InfoField::DecisionNumber => "decision.number",
            InfoField::DecisionDate => "decision.date",
            InfoField::Issuer => "decision.issuer",
            InfoField::Year => "year",
            InfoField::Level => "level",
            InfoField::Scale => "scale",
            InfoField::IndexPlaces => "index_places",
            InfoField::Provenance => "provenance.status",
            InfoField::ProvenanceNote => "provenance.source",
            InfoField::BonusCap => "bonus.cap",
            InfoField::PenaltyCap => "penalty.cap",
            InfoField::RescaleWithoutSurvey => "rescale_without_survey",
        }
    }
}

pub const INFO_FIELDS: [InfoField; 18] = [
    InfoField::Format,
    InfoField::Schema,
    InfoField::Id,
    InfoField::Version,
    InfoField::Title,
    InfoField::Description,
    InfoField::DecisionNumber,
    InfoField::DecisionDate,
    InfoField::Issuer,
    InfoField::Year,
    InfoField::Level,
    InfoField::Scale,
    InfoField::IndexPlaces,
    InfoField::Provenance,
    InfoField::ProvenanceNote,
    InfoField::BonusCap,
    InfoField::PenaltyCap,
    InfoField::RescaleWithoutSurvey,
];

impl InfoField {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (InfoField::Format, Lang::Vi) => "Định dạng",
            (InfoField::Format, Lang::En) => "Format",
            (InfoField::Schema, Lang::Vi) => "Lược đồ JSON",
            (InfoField::Schema, Lang::En) => "JSON schema",
            (InfoField::Id, Lang::Vi) => "Mã bộ tiêu chí",
            (InfoField::Id, Lang::En) => "Set id",
            (InfoField::Version, Lang::Vi) => "Phiên bản",
            (InfoField::Version, Lang::En) => "Version",
            (InfoField::Title, Lang::Vi) => "Tên bộ tiêu chí",
            (InfoField::Title, Lang::En) => "Title",
            (InfoField::Description, Lang::Vi) => "Mô tả",
            (InfoField::Description, Lang::En) => "Description",
            (InfoField::DecisionNumber, Lang::Vi) => "Số quyết định",
            (InfoField::DecisionNumber, Lang::En) => "Decision number",
            (InfoField::DecisionDate, Lang::Vi) => "Ngày quyết định",
            (InfoField::DecisionDate, Lang::En) => "Decision date",
            (InfoField::Issuer, Lang::Vi) => "Cơ quan ban hành",
            (InfoField::Issuer, Lang::En) => "Issuer",
            (InfoField::Year, Lang::Vi) => "Năm đánh giá",
            (InfoField::Year, Lang::En) => "Evaluation year",
            (InfoField::Level, Lang::Vi) => "Cấp đánh giá",
            (InfoField::Level, Lang::En) => "Level",
            (InfoField::Scale, Lang::Vi) => "Thang điểm",
            (InfoField::Scale, Lang::En) => "Scale",
            (InfoField::IndexPlaces, Lang::Vi) => "Số chữ số thập phân của chỉ số",
            (InfoField::IndexPlaces, Lang::En) => "Index decimal places",
            (InfoField::Provenance, Lang::Vi) => "Nguồn",
            (InfoField::Provenance, Lang::En) => "Provenance",
            (InfoField::ProvenanceNote, Lang::Vi) => "Ghi chú nguồn",
            (InfoField::ProvenanceNote, Lang::En) => "Provenance note",
            (InfoField::BonusCap, Lang::Vi) => "Điểm thưởng tối đa",
            (InfoField::BonusCap, Lang::En) => "Bonus cap",
            (InfoField::PenaltyCap, Lang::Vi) => "Điểm trừ tối đa",
            (InfoField::PenaltyCap, Lang::En) => "Penalty cap",
            (InfoField::RescaleWithoutSurvey, Lang::Vi) => "Quy đổi về thang điểm khi không điều tra XHH",
            (InfoField::RescaleWithoutSurvey, Lang::En) => "Rescale to the scale when no survey is run",
        }
    }

    pub fn find(label: &str) -> Option<InfoField> {
        let label = normalize(label);
        INFO_FIELDS.into_iter().find(|f| label == normalize(f.text(Lang::Vi)) || label == normalize(f.text(Lang::En)))
    }
}

/// Titles of the metadata sheet's two small tables, and the criteria sheet's marker rows that
/// open the bonus and penalty blocks (in the "Mã" column).
pub const BANDS_TITLE: &str = "Xếp loại";
pub const GATES_TITLE: &str = "Điều kiện chặn xếp loại";
pub const BONUS_MARKER: &str = "Điểm thưởng";
pub const PENALTY_MARKER: &str = "Điểm trừ";

/// Whether `cell` is `vietnamese` or `english`, loosely.
pub fn is(cell: &str, vietnamese: &str, english: &str) -> bool {
    let cell = normalize(cell);
    cell == normalize(vietnamese) || cell == normalize(english)
}

/// Lowercase, single spaces, Vietnamese "hoạ"/"họa" spelt one way, no trailing colon: how
/// headers, field names and keywords are compared.
pub fn normalize(text: &str) -> String {
    let lower = crate::letter_case::lower(text.trim().trim_end_matches(':').trim());
    let spaced: Vec<&str> = lower.split_whitespace().collect();
    spaced.join(" ").replace("oạ", "ọa").replace("oá", "óa").replace("tỉ lệ", "tỷ lệ")
}
