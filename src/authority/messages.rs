//! Every text of the authority's area a user reads, in Vietnamese first and English second: one
//! enum, one exhaustive `match` per language, so a message cannot exist in one language only.

pub use super::headings::{column_letter, Column, Heading};
use crate::criteria::Level;
use crate::decimal::Decimal;
use crate::i18n::Bilingual;
use crate::scorefile::profile::Malformed;
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    NotUtf8 {
        byte: usize,
    },
    EmptyTable,
    CsvSyntax {
        detail: String,
    },
    MissingColumn {
        column: Column,
        accepted: String,
    },
    EmptyCell,
    DuplicateAgency {
        code: String,
        first_row: usize,
    },
    UnknownAgency {
        code: String,
    },
    UnknownItem {
        item: String,
        criteria: String,
    },
    NotSurveyItem {
        item: String,
    },
    NotANumber {
        text: String,
    },
    PointsOutOfRange {
        value: Decimal,
        max: Decimal,
    },
    PercentOutOfRange {
        value: Decimal,
    },
    /// A percent for an item whose rule takes points.
    PercentNotTaken {
        item: String,
    },
    DuplicateSurveyValue {
        agency: String,
        item: String,
        first_row: usize,
    },
    BadResultsFile {
        location: String,
        detail: String,
    },
    MixedYears {
        years: String,
    },
    /// Where a table problem is: 1-based row, and the column's letter and heading when known.
    At {
        row: usize,
        column: Option<(usize, String)>,
    },
    Heading(Heading),
    LevelName(Level),
    /// The ranking's header line: which points it ranks.
    RankedOnSelfAssessed,
    RankedOnAppraised,
    RankUp(u64),
    RankDown(u64),
    RankSame,
    NewInRanking,
    NoBand,
    SurveyLacking {
        agencies: usize,
    },
    Excluded,
    // The intake register: each agency's status, and why a file was not accepted.
    StatusSubmitted,
    StatusLate,
    StatusSuperseded,
    StatusUnverified,
    StatusInvalid,
    StatusMissing,
    StatusNotInRoster,
    SignedAfterDeadline {
        deadline: String,
    },
    SupersededBy {
        file: String,
    },
    SignerNotRegistered {
        fingerprint: String,
    },
    Unreadable {
        detail: String,
    },
    /// Boxed: the other messages are small.
    Malformed(Box<Malformed>),
    BadSignature,
    KeyOfAnotherAgency {
        owner: String,
    },
    CriteriaUnknown {
        id: String,
        version: String,
    },
    ScoreDiffers {
        count: usize,
        first: String,
    },
    WrongYear {
        year: u16,
        expected: u16,
    },
    BadDeadline {
        text: String,
    },
    NotXlsx {
        detail: String,
    },
    /// `--out` names a file of a kind that cannot be written (the kinds accepted listed).
    UnsupportedOut {
        accepted: String,
    },
}

impl Bilingual for Message {
    fn vi(&self) -> String {
        let n = |d: &Decimal| Lang::Vi.number(*d);
        match self {
            Message::NotUtf8 { byte } => {
                format!("tệp không phải văn bản UTF-8 (byte {byte}); hãy lưu lại dưới dạng CSV UTF-8")
            }
            Message::EmptyTable => "tệp không có dòng tiêu đề nào".into(),
            Message::CsvSyntax { detail } => format!("không đọc được dòng CSV ({detail})"),
            Message::MissingColumn { column, accepted } => {
                format!("thiếu cột {} (tiêu đề được chấp nhận: {accepted})", column.vi())
            }
            Message::EmptyCell => "ô trống".into(),
            Message::DuplicateAgency { code, first_row } => format!("mã {code} đã có ở dòng {first_row}"),
            Message::UnknownAgency { code } => format!("không có đơn vị mã {code} trong danh sách hoặc các tệp nhận"),
            Message::UnknownItem { item, criteria } => format!("bộ tiêu chí {criteria} không có mục {item}"),
            Message::NotSurveyItem { item } => format!("mục {item} không phải mục điều tra xã hội học"),
            Message::NotANumber { text } => format!("\"{text}\" không phải số (viết 12,5 hoặc 85%)"),
            Message::PointsOutOfRange { value, max } => format!("{} điểm nằm ngoài [0, {}]", n(value), n(max)),
            Message::PercentOutOfRange { value } => format!("{}% nằm ngoài [0%, 100%]", n(value)),
            Message::PercentNotTaken { item } => format!(
                "mục {item} nhận kết quả bằng điểm; bộ tiêu chí không quy định đổi tỷ lệ % ra điểm, hãy nhập số điểm"
            ),
            Message::DuplicateSurveyValue { agency, item, first_row } => {
                format!("đơn vị {agency}, mục {item} đã có giá trị ở dòng {first_row}")
            }
            Message::BadResultsFile { location, detail } => format!("tệp kết quả sai ở {location}: {detail}"),
            Message::MixedYears { years } => {
                format!("các tệp thuộc nhiều năm đánh giá ({years}); hãy xếp hạng từng năm")
            }
            Message::At { row, column: None } => format!("dòng {row}"),
            Message::At { row, column: Some((index, heading)) } => {
                format!("dòng {row}, cột {} ({heading})", column_letter(*index))
            }
            Message::Heading(h) => h.vi(),
            Message::LevelName(level) => match level {
                Level::Ministry => "Bộ, cơ quan ngang bộ",
                Level::Province => "Tỉnh, thành phố",
                Level::Department => "Sở, ban, ngành",
                Level::District => "Huyện, quận",
                Level::Commune => "Xã, phường, đặc khu",
                Level::Training => "Bộ dạy học",
            }
            .into(),
            Message::RankedOnSelfAssessed => "Xếp hạng theo điểm tự đánh giá (chưa có kết quả thẩm định)".into(),
            Message::RankedOnAppraised => "Xếp hạng theo điểm thẩm định".into(),
            Message::RankUp(k) => format!("tăng {k} bậc"),
            Message::RankDown(k) => format!("giảm {k} bậc"),
            Message::RankSame => "giữ nguyên".into(),
            Message::NewInRanking => "mới".into(),
            Message::NoBand => "chưa xếp loại".into(),
            Message::SurveyLacking { agencies } => {
                format!("{agencies} đơn vị chưa có đủ điểm điều tra xã hội học: chỉ số cuối cùng còn chờ")
            }
            Message::Excluded => "không xếp hạng".into(),
            Message::StatusSubmitted => "Đã nộp (hợp lệ)".into(),
            Message::StatusLate => "Nộp sau hạn".into(),
            Message::StatusSuperseded => "Đã được thay bằng tệp sau".into(),
            Message::StatusUnverified => "Chữ ký đúng nhưng chưa xác minh người ký".into(),
            Message::StatusInvalid => "Không hợp lệ".into(),
            Message::StatusMissing => "Chưa nộp".into(),
            Message::StatusNotInRoster => "Không có trong danh sách đơn vị".into(),
            Message::SignedAfterDeadline { deadline } => format!("ký sau hạn {deadline}"),
            Message::SupersededBy { file } => format!("thay bằng {file}"),
            Message::SignerNotRegistered { fingerprint } => {
                format!("khoá {fingerprint} chưa đăng ký cho đơn vị này trong danh sách khoá")
            }
            Message::Unreadable { detail } => format!("không đọc được tệp: {detail}"),
            Message::Malformed(m) => {
                format!("tệp sai định dạng ở {}: {}", m.location.get(Lang::Vi), m.message.get(Lang::Vi))
            }
            Message::BadSignature => "chữ ký không khớp nội dung tệp (tệp đã bị sửa)".into(),
            Message::KeyOfAnotherAgency { owner } => format!("khoá ký đã đăng ký cho đơn vị khác: {owner}"),
            Message::CriteriaUnknown { id, version } => {
                format!("bộ tiêu chí {id} {version} không có trong thư mục bộ tiêu chí")
            }
            Message::ScoreDiffers { count, first } => {
                format!("{count} số liệu tính lại không khớp (đầu tiên: {first})")
            }
            Message::WrongYear { year, expected } => format!("tệp của năm {year}, không phải năm {expected}"),
            Message::NotXlsx { detail } => format!("tệp không phải bảng tính XLSX ({detail})"),
            Message::UnsupportedOut { accepted } => format!("chỉ ghi được tệp {accepted}"),
            Message::BadDeadline { text } => {
                format!("hạn nộp \"{text}\" phải có dạng NNNN-TT-NN hoặc NNNN-TT-NNTgg:pp:ssZ")
            }
        }
    }
    fn en(&self) -> String {
        let n = |d: &Decimal| Lang::En.number(*d);
        match self {
            Message::NotUtf8 { byte } => format!("the file is not UTF-8 text (byte {byte}); save it as CSV UTF-8"),
            Message::EmptyTable => "the file has no heading row".into(),
            Message::CsvSyntax { detail } => format!("the CSV line cannot be read ({detail})"),
            Message::MissingColumn { column, accepted } => {
                format!("the {} column is missing (accepted headings: {accepted})", column.en())
            }
            Message::EmptyCell => "empty cell".into(),
            Message::DuplicateAgency { code, first_row } => format!("code {code} is already on row {first_row}"),
            Message::UnknownAgency { code } => format!("no agency has the code {code} in the roster or the files"),
            Message::UnknownItem { item, criteria } => format!("the criteria set {criteria} has no item {item}"),
            Message::NotSurveyItem { item } => format!("item {item} is not a survey item"),
            Message::NotANumber { text } => format!("\"{text}\" is not a number (write 12.5 or 85%)"),
            Message::PointsOutOfRange { value, max } => format!("{} points is outside [0, {}]", n(value), n(max)),
            Message::PercentOutOfRange { value } => format!("{}% is outside [0%, 100%]", n(value)),
            Message::PercentNotTaken { item } => format!(
                "item {item} takes its result as points; the criteria set gives no way to turn a percent into points, so enter the points"
            ),
            Message::DuplicateSurveyValue { agency, item, first_row } => {
                format!("agency {agency}, item {item} already has a value on row {first_row}")
            }
            Message::BadResultsFile { location, detail } => format!("results file wrong at {location}: {detail}"),
            Message::MixedYears { years } => {
                format!("the files are of several years ({years}); rank one year at a time")
            }
            Message::At { row, column: None } => format!("row {row}"),
            Message::At { row, column: Some((index, heading)) } => {
                format!("row {row}, column {} ({heading})", column_letter(*index))
            }
            Message::Heading(h) => h.en(),
            Message::LevelName(level) => match level {
                Level::Ministry => "Ministries",
                Level::Province => "Provinces",
                Level::Department => "Departments",
                Level::District => "Districts",
                Level::Commune => "Communes, wards, special zones",
                Level::Training => "Teaching set",
            }
            .into(),
            Message::RankedOnSelfAssessed => "Ranked on self-assessed points (no appraisal results yet)".into(),
            Message::RankedOnAppraised => "Ranked on appraised points".into(),
            Message::RankUp(k) => format!("up {k} place{}", if *k == 1 { "" } else { "s" }),
            Message::RankDown(k) => format!("down {k} place{}", if *k == 1 { "" } else { "s" }),
            Message::RankSame => "unchanged".into(),
            Message::NewInRanking => "new".into(),
            Message::NoBand => "no band".into(),
            Message::SurveyLacking { agencies } => {
                format!("{agencies} agencies lack survey points: their final index is still waiting")
            }
            Message::Excluded => "not ranked".into(),
            Message::StatusSubmitted => "Submitted (valid)".into(),
            Message::StatusLate => "Submitted after the deadline".into(),
            Message::StatusSuperseded => "Superseded by a later file".into(),
            Message::StatusUnverified => "Signature valid but signer not verified".into(),
            Message::StatusInvalid => "Invalid".into(),
            Message::StatusMissing => "Missing".into(),
            Message::StatusNotInRoster => "Not in the roster".into(),
            Message::SignedAfterDeadline { deadline } => format!("signed after the deadline {deadline}"),
            Message::SupersededBy { file } => format!("replaced by {file}"),
            Message::SignerNotRegistered { fingerprint } => {
                format!("key {fingerprint} is not registered for this agency in the keyring")
            }
            Message::Unreadable { detail } => format!("the file cannot be read: {detail}"),
            Message::Malformed(m) => format!("malformed file at {}: {}", m.location.get(Lang::En), m.message.get(Lang::En)),
            Message::BadSignature => "the signature does not match the file's content (the file was changed)".into(),
            Message::KeyOfAnotherAgency { owner } => {
                format!("the signing key is registered to another agency: {owner}")
            }
            Message::CriteriaUnknown { id, version } => {
                format!("criteria set {id} {version} is not in the criteria folder")
            }
            Message::ScoreDiffers { count, first } => format!("{count} recomputed figures differ (first: {first})"),
            Message::WrongYear { year, expected } => format!("the file is for {year}, not {expected}"),
            Message::NotXlsx { detail } => format!("the file is not an XLSX workbook ({detail})"),
            Message::UnsupportedOut { accepted } => format!("only {accepted} files can be written"),
            Message::BadDeadline { text } => {
                format!("deadline \"{text}\" must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
            }
        }
    }
}
