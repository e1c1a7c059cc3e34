//! Every text of the agency's explanation screen, Vietnamese first and English second, each one
//! exhaustive `match`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplanationText<'a> {
    OpenButton,
    Heading,
    Intro,
    AppraisalFileLabel,
    ScoreFileLabel,
    AppraisalSound { name: &'a str, code: &'a str, fingerprint: &'a str },
    AppraisalInvalid { reasons: &'a str },
    Totals { self_index: &'a str, appraised_index: &'a str, differences: usize },
    CommentColumn,
    ExplainLabel { code: &'a str },
    EvidenceNumber,
    EvidenceDate,
    EvidenceTitle,
    Differs,
    NoKey,
    PassphraseLabel,
    Sign,
    Signed { file: &'a str },
    NoSoundAppraisal,
    NothingExplained,
    Refused { reason: &'a str },
    DownloadFailed,
}

impl crate::i18n::Bilingual for ExplanationText<'_> {
    fn vi(&self) -> String {
        use ExplanationText::*;
        match self {
            OpenButton => "Giải trình".into(),
            Heading => "Giải trình kết quả thẩm định".into(),
            Intro => "Mở tệp thẩm định Sở Nội vụ gửi và tệp điểm đơn vị đã nộp. Với các mục không nhất trí, ghi giải trình và tài liệu kiểm chứng, rồi ký tệp giải trình bằng khoá ký của đơn vị.".into(),
            AppraisalFileLabel => "Tệp thẩm định (.appraisal.json)".into(),
            ScoreFileLabel => "Tệp điểm đơn vị đã nộp (.score.json)".into(),
            AppraisalSound { name, code, fingerprint } => format!("Tệp thẩm định còn nguyên vẹn, gắn với tệp điểm này, do {name} (mã {code}) ký bằng khoá {fingerprint}: đối chiếu dấu vân tay với thông báo của Sở Nội vụ."),
            AppraisalInvalid { reasons } => format!("Tệp thẩm định không dùng được: {reasons}"),
            Totals { self_index, appraised_index, differences } => format!("Tự đánh giá {self_index}, thẩm định {appraised_index}; {differences} mục khác điểm."),
            CommentColumn => "Nhận xét của Hội đồng".into(),
            ExplainLabel { code } => format!("Giải trình mục {code}"),
            EvidenceNumber => "Số văn bản".into(),
            EvidenceDate => "Ngày (YYYY-MM-DD)".into(),
            EvidenceTitle => "Trích yếu".into(),
            Differs => "Khác điểm".into(),
            NoKey => "Trình duyệt này chưa có khoá ký của đơn vị: tạo hoặc khôi phục khoá ở mục \"Khoá ký\".".into(),
            PassphraseLabel => "Mật khẩu khoá ký".into(),
            Sign => "Ký và tải tệp giải trình".into(),
            Signed { file } => format!("Đã ký và tải về: {file}. Gửi tệp này cho Sở Nội vụ."),
            NoSoundAppraisal => "Cần mở tệp thẩm định hợp lệ và tệp điểm tương ứng.".into(),
            NothingExplained => "Chưa có mục nào được giải trình.".into(),
            Refused { reason } => format!("Không ký được: {reason}"),
            DownloadFailed => "Trình duyệt không tải được tệp: thử lại.".into(),
        }
    }

    fn en(&self) -> String {
        use ExplanationText::*;
        match self {
            OpenButton => "Explanation".into(),
            Heading => "Explain the appraisal".into(),
            Intro => "Open the appraisal file the department sent and the score file your agency submitted. For the items you dispute, write an explanation with evidence, then sign the explanation file with your agency's key.".into(),
            AppraisalFileLabel => "Appraisal file (.appraisal.json)".into(),
            ScoreFileLabel => "Your submitted score file (.score.json)".into(),
            AppraisalSound { name, code, fingerprint } => format!("The appraisal file is intact, bound to this score file, signed by {name} (code {code}) with key {fingerprint}: compare the fingerprint with the department's notice."),
            AppraisalInvalid { reasons } => format!("The appraisal file cannot be used: {reasons}"),
            Totals { self_index, appraised_index, differences } => format!("Self-assessed {self_index}, appraised {appraised_index}; {differences} items differ."),
            CommentColumn => "The council's comment".into(),
            ExplainLabel { code } => format!("Explanation of item {code}"),
            EvidenceNumber => "Document number".into(),
            EvidenceDate => "Date (YYYY-MM-DD)".into(),
            EvidenceTitle => "Title".into(),
            Differs => "Differs".into(),
            NoKey => "This browser has no signing key of the agency: make or restore it under \"Signing key\".".into(),
            PassphraseLabel => "Signing key passphrase".into(),
            Sign => "Sign and download the explanation file".into(),
            Signed { file } => format!("Signed and downloaded: {file}. Send this file to the department."),
            NoSoundAppraisal => "Open a valid appraisal file and its score file first.".into(),
            NothingExplained => "No item is explained yet.".into(),
            Refused { reason } => format!("Cannot sign: {reason}"),
            DownloadFailed => "The browser could not download the file: try again.".into(),
        }
    }
}
