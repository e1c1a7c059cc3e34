//! The texts the authority's appraisal screen and the agency's explanation screen share: both set
//! an item's self-assessed points beside the appraised ones, both read files the other side
//! sent, and both sign with a key kept in the browser. Written once, so the two sides of one
//! appraisal use the same words.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewText<'a> {
    Unreadable { file: &'a str, reason: &'a str },
    SelfColumn,
    AppraisedColumn,
    WrongPassphrase,
    Clock,
}

impl crate::i18n::Bilingual for ReviewText<'_> {
    fn vi(&self) -> String {
        use ReviewText::*;
        match self {
            Unreadable { file, reason } => format!("{file}: không đọc được tệp: {reason}"),
            SelfColumn => "Tự đánh giá".into(),
            AppraisedColumn => "Thẩm định".into(),
            WrongPassphrase => "Mật khẩu không mở được khoá ký.".into(),
            Clock => "Đồng hồ máy tính không cho thời điểm ký hợp lệ.".into(),
        }
    }

    fn en(&self) -> String {
        use ReviewText::*;
        match self {
            Unreadable { file, reason } => format!("{file}: the file cannot be read: {reason}"),
            SelfColumn => "Self-assessed".into(),
            AppraisedColumn => "Appraised".into(),
            WrongPassphrase => "The passphrase does not open the signing key.".into(),
            Clock => "The computer's clock gives no valid signing time.".into(),
        }
    }
}
