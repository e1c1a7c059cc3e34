//! Every text of the signing page that the agency's form never shows (the page's own frame, the
//! confirmation for unanswered items, the key backup's checks), Vietnamese first and English
//! second, each one exhaustive `match`. The key and sign screens' older texts stay in
//! [`crate::i18n::Msg`].

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignPageText<'a> {
    /// The page's title in its header.
    Heading,
    BackToForm,
    /// From the key screen back to the draft being signed.
    BackToSigning,
    /// From signing to the key screen (make, back up, check, restore).
    ManageKey,
    DraftLoading,
    DraftMissing {
        id: &'a str,
    },
    NoDraft,
    ConfirmUnanswered {
        count: usize,
    },
    ConfirmFirst,
    /// The key's backup, as [`super::backup::Safety`] says it.
    NotDownloaded,
    DownloadRefused,
    Unchecked,
    Safe,
    /// Beside "Sign and export" while the key is not safe.
    SignWithUnsafeKey,
    CheckHeading,
    CheckHint,
    CheckFileLabel,
    CheckButton,
    CheckNoFile,
    CheckWorking,
    CheckOtherKey,
    CheckPassed,
}

impl crate::i18n::Bilingual for SignPageText<'_> {
    fn vi(&self) -> String {
        use SignPageText::*;
        match self {
            Heading => "Khoá ký và ký tệp điểm".into(),
            BackToForm => "Quay lại bản tự đánh giá".into(),
            BackToSigning => "Quay lại ký bản tự đánh giá".into(),
            ManageKey => "Khoá ký và tệp sao lưu".into(),
            DraftLoading => "Đang mở bản tự đánh giá…".into(),
            DraftMissing { id } => format!("Trình duyệt này không có bản tự đánh giá mã «{id}» (hoặc bộ tiêu chí của nó): mở bản cần ký trong biểu mẫu rồi bấm «Ký và xuất»."),
            NoDraft => "Chưa chọn bản tự đánh giá để ký: mở một bản trong biểu mẫu rồi bấm «Ký và xuất».".into(),
            ConfirmUnanswered { count } => format!("Tôi biết còn {count} tiêu chí chưa trả lời (không được điểm) và vẫn muốn ký."),
            ConfirmFirst => "Còn tiêu chí chưa trả lời: đánh dấu ô xác nhận ở trên trước khi ký.".into(),
            NotDownloaded => "Khoá chưa an toàn: tệp sao lưu chưa được tải về máy này. Tải tệp sao lưu, rồi kiểm tra nó.".into(),
            DownloadRefused => "Khoá chưa an toàn: trình duyệt không cho tải tệp sao lưu về. Tải lại tệp sao lưu, rồi kiểm tra nó.".into(),
            Unchecked => "Đã tải tệp sao lưu nhưng chưa kiểm tra: mở thử tệp đó bằng mật khẩu để chắc rằng nó khôi phục được khoá.".into(),
            Safe => "Khoá an toàn: tệp sao lưu đã được mở thử bằng mật khẩu và chứa đúng khoá này.".into(),
            SignWithUnsafeKey => "Khoá ký chưa có tệp sao lưu đã kiểm tra: nếu dữ liệu của trình duyệt bị xoá, khoá sẽ mất.".into(),
            CheckHeading => "Kiểm tra tệp sao lưu".into(),
            CheckHint => "Chọn tệp sao lưu vừa tải về và nhập mật khẩu của khoá: ứng dụng mở thử tệp (không lưu gì) để chắc rằng nó khôi phục được khoá.".into(),
            CheckFileLabel => "Tệp sao lưu (.key.pem)".into(),
            CheckButton => "Kiểm tra tệp sao lưu".into(),
            CheckNoFile => "Chưa chọn tệp sao lưu.".into(),
            CheckWorking => "Đang mở thử tệp sao lưu…".into(),
            CheckOtherKey => "Tệp này mở được nhưng chứa một khoá khác, không phải khoá của trình duyệt này.".into(),
            CheckPassed => "Tệp sao lưu mở được và chứa đúng khoá này.".into(),
        }
    }

    fn en(&self) -> String {
        use SignPageText::*;
        match self {
            Heading => "Signing key and signed score file".into(),
            BackToForm => "Back to the self-assessment".into(),
            BackToSigning => "Back to signing the self-assessment".into(),
            ManageKey => "Signing key and backup file".into(),
            DraftLoading => "Opening the self-assessment…".into(),
            DraftMissing { id } => format!("This browser has no self-assessment with the id “{id}” (or not its criteria set): open the one to sign in the form, then press “Sign and export”."),
            NoDraft => "No self-assessment chosen to sign: open one in the form, then press “Sign and export”.".into(),
            ConfirmUnanswered { count } => format!("I know that {count} items are unanswered (they score nothing) and I want to sign anyway."),
            ConfirmFirst => "Some items are unanswered: tick the confirmation above before signing.".into(),
            NotDownloaded => "The key is not safe yet: its backup file has not been downloaded to this computer. Download the backup, then check it.".into(),
            DownloadRefused => "The key is not safe yet: the browser refused to download its backup file. Download it again, then check it.".into(),
            Unchecked => "The backup file was downloaded but not checked: open it once with the passphrase to make sure it restores the key.".into(),
            Safe => "The key is safe: its backup file was opened with the passphrase and holds this very key.".into(),
            SignWithUnsafeKey => "The signing key has no checked backup file: if this browser's data is cleared, the key is lost.".into(),
            CheckHeading => "Check the backup file".into(),
            CheckHint => "Choose the backup file you downloaded and type the key's passphrase: the app opens the file once (keeping nothing) to make sure it restores the key.".into(),
            CheckFileLabel => "Backup file (.key.pem)".into(),
            CheckButton => "Check the backup file".into(),
            CheckNoFile => "No backup file chosen.".into(),
            CheckWorking => "Opening the backup file…".into(),
            CheckOtherKey => "This file opens, but it holds another key, not this browser's.".into(),
            CheckPassed => "The backup file opens and holds this very key.".into(),
        }
    }
}
