//! The names of the columns the authority's tables are read by and written with, Vietnamese
//! first: the part of [`super::messages`] that labels tables.

/// A column the authority's tables are read by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The roster's agency code (Mã).
    Code,
    /// The roster's agency name (Tên).
    Name,
    /// The roster's group (Nhóm): sở, xã, phường, đặc khu…
    Group,
    /// The survey table's agency code (Mã đơn vị).
    Agency,
    /// The survey table's item code (Mã tiêu chí).
    Item,
    /// The survey table's value (Giá trị): points, or a percent of the item's maximum.
    Value,
}

/// A heading of the register or the ranking as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heading {
    Group,
    Rank,
    Code,
    Name,
    Status,
    Detail,
    File,
    SignedAt,
    Index,
    Band,
    Total,
    /// The component index of an area, by its code.
    Area(String),
    PreviousIndex,
    IndexChange,
    PreviousRank,
    RankChange,
    SurveyMissing,
    Count,
}

impl Column {
    pub(super) fn vi(self) -> &'static str {
        match self {
            Column::Code => "Mã",
            Column::Name => "Tên",
            Column::Group => "Nhóm",
            Column::Agency => "Mã đơn vị",
            Column::Item => "Mã tiêu chí",
            Column::Value => "Giá trị",
        }
    }

    pub(super) fn en(self) -> &'static str {
        match self {
            Column::Code => "Code",
            Column::Name => "Name",
            Column::Group => "Group",
            Column::Agency => "Agency",
            Column::Item => "Item",
            Column::Value => "Value",
        }
    }
}

impl Heading {
    pub(super) fn vi(&self) -> String {
        match self {
            Heading::Group => "Nhóm".into(),
            Heading::Rank => "Hạng".into(),
            Heading::Code => "Mã".into(),
            Heading::Name => "Đơn vị".into(),
            Heading::Status => "Tình trạng".into(),
            Heading::Detail => "Chi tiết".into(),
            Heading::File => "Tệp".into(),
            Heading::SignedAt => "Thời điểm ký".into(),
            Heading::Index => "Chỉ số (%)".into(),
            Heading::Band => "Xếp loại".into(),
            Heading::Total => "Tổng điểm".into(),
            Heading::Area(code) => format!("Chỉ số thành phần {code}"),
            Heading::PreviousIndex => "Chỉ số năm trước".into(),
            Heading::IndexChange => "Tăng/giảm chỉ số".into(),
            Heading::PreviousRank => "Hạng năm trước".into(),
            Heading::RankChange => "Thay đổi thứ hạng".into(),
            Heading::SurveyMissing => "Thiếu điểm điều tra XHH".into(),
            Heading::Count => "Số đơn vị".into(),
        }
    }

    pub(super) fn en(&self) -> String {
        match self {
            Heading::Group => "Group".into(),
            Heading::Rank => "Rank".into(),
            Heading::Code => "Code".into(),
            Heading::Name => "Agency".into(),
            Heading::Status => "Status".into(),
            Heading::Detail => "Detail".into(),
            Heading::File => "File".into(),
            Heading::SignedAt => "Signed at".into(),
            Heading::Index => "Index (%)".into(),
            Heading::Band => "Band".into(),
            Heading::Total => "Total points".into(),
            Heading::Area(code) => format!("Component index {code}"),
            Heading::PreviousIndex => "Last year's index".into(),
            Heading::IndexChange => "Index change".into(),
            Heading::PreviousRank => "Last year's rank".into(),
            Heading::RankChange => "Rank change".into(),
            Heading::SurveyMissing => "Survey points missing".into(),
            Heading::Count => "Agencies".into(),
        }
    }
}

/// A spreadsheet's letter for a 1-based column number: 1 → A, 27 → AA.
pub fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    while index > 0 {
        let rem = (index - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        index = (index - 1) / 26;
    }
    letters.iter().rev().collect()
}
