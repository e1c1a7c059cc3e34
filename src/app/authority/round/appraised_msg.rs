//! The words of the final appraisals in the page's ranking, Vietnamese first, English second,
//! each language one exhaustive `match`. What became of each file is the core's
//! ([`crate::authority::appraised::AppraisalUse::text`]).

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppraisedMsg<'a> {
    /// Some or all ranked agencies are on their final appraisal.
    Appraised {
        appraised: usize,
        ranked: usize,
    },
    /// The agencies still on their self-assessed figures.
    StillSelfAssessed {
        codes: &'a str,
    },
    /// The basis column's heading.
    BasisHeading,
    /// A row on its final appraisal: the self-assessed index beside it.
    RowAppraised {
        self_index: &'a str,
        index: &'a str,
    },
    RowSelfAssessed,
    FilesLabel,
    /// On the appraisal tab, when the agency sent no explanation.
    FinalWithoutExplanation,
    FilesHint,
    FilesLoaded {
        files: usize,
    },
    FilesCleared,
    Unread {
        file: &'a str,
        reason: &'a str,
    },
}

impl crate::i18n::Bilingual for AppraisedMsg<'_> {
    fn vi(&self) -> String {
        match self {
            AppraisedMsg::Appraised { appraised, ranked } => {
                format!("{appraised}/{ranked} đơn vị được xếp hạng theo kết quả thẩm định cuối cùng.")
            }
            AppraisedMsg::StillSelfAssessed { codes } => format!("Còn theo điểm tự đánh giá: {codes}."),
            AppraisedMsg::BasisHeading => "Căn cứ".into(),
            AppraisedMsg::RowAppraised { self_index, index } => {
                format!("Thẩm định (tự đánh giá {self_index} → {index})")
            }
            AppraisedMsg::RowSelfAssessed => "Tự đánh giá".into(),
            AppraisedMsg::FilesLabel => "Kết quả thẩm định cuối cùng nhận từ nơi khác".into(),
            AppraisedMsg::FinalWithoutExplanation => "Chưa có giải trình của đơn vị. Nếu đơn vị không giải trình, ký kết quả thẩm định cuối cùng giữ nguyên kết quả thẩm định; nếu có, chọn tệp giải trình ở trên trước.".into(),
            AppraisedMsg::FilesHint => "Tệp .json do Hội đồng ký trên máy khác; chỉ tệp cuối cùng, ký bằng khoá có trong danh sách khoá hoặc khoá của trang này, gắn với tệp điểm đang xếp hạng mới được dùng. Tệp không được lưu: mở lại trang thì chọn lại.".into(),
            AppraisedMsg::FilesLoaded { files } => format!("Đã nạp {files} tệp thẩm định."),
            AppraisedMsg::FilesCleared => "Bỏ các tệp thẩm định đã nạp".into(),
            AppraisedMsg::Unread { file, reason } => format!("{file}: trình duyệt không đọc được tệp ({reason})"),
        }
    }

    fn en(&self) -> String {
        match self {
            AppraisedMsg::Appraised { appraised, ranked } => {
                format!("{appraised} of {ranked} agencies are ranked on their final appraisal.")
            }
            AppraisedMsg::StillSelfAssessed { codes } => format!("Still self-assessed: {codes}."),
            AppraisedMsg::BasisHeading => "Basis".into(),
            AppraisedMsg::RowAppraised { self_index, index } => format!("Appraised (self {self_index} → {index})"),
            AppraisedMsg::RowSelfAssessed => "Self-assessed".into(),
            AppraisedMsg::FilesLabel => "Final appraisals received from elsewhere".into(),
            AppraisedMsg::FinalWithoutExplanation => "No explanation from the agency yet. If it sends none, sign the final appraisal as the appraisal stands; if it does, pick its explanation file above first.".into(),
            AppraisedMsg::FilesHint => "The council's .json files signed on another machine; only a final one, signed by a key of the keyring or this page's key and bound to a score file being ranked, is used. The files are not kept: pick them again after a reload.".into(),
            AppraisedMsg::FilesLoaded { files } => format!("{files} appraisal files loaded."),
            AppraisedMsg::FilesCleared => "Remove the loaded appraisal files".into(),
            AppraisedMsg::Unread { file, reason } => format!("{file}: the browser could not read the file ({reason})"),
        }
    }
}
