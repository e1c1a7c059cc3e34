//! Every text of the official report page (report.html) that the form never shows: the
//! administrative document's frame (Nghị định 30/2020/NĐ-CP), its summary and signature block,
//! Vietnamese first and English second, each one exhaustive `match`. The table's column names
//! stay in [`crate::i18n::Msg`], which the form's other views share.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportText<'a> {
    /// The page's title in its header (on screen only).
    Heading,
    BackToForm,
    DraftLoading,
    DraftMissing {
        id: &'a str,
    },
    NoDraft,
    /// The agency block's number field: "Số: …/BC-CODE".
    Number {
        code: &'a str,
    },
    /// The Quốc hiệu and the tiêu ngữ.
    Nation,
    Motto,
    /// "…, ngày … tháng … năm …", left as dots to fill by hand.
    DateLine,
    Title,
    Subtitle {
        year: u16,
    },
    Intro {
        agency: &'a str,
        set: &'a str,
    },
    Total {
        total: &'a str,
        scale: &'a str,
    },
    Index {
        index: &'a str,
    },
    Band {
        band: &'a str,
    },
    SurveyPending {
        pending: usize,
        items: usize,
    },
    SeeAnnex,
    Annex,
    AnnexOf {
        code: &'a str,
    },
    Recipients,
    RecipientAuthority,
    RecipientArchive,
    /// The signer's position (chức vụ), to fill in, then how the document is signed.
    SignerPosition,
    SignerHint,
    SignerName,
    SignedFile {
        file: &'a str,
        day: &'a str,
    },
    QrLabel,
    NotSigned,
    CsvHint,
    /// The Excel download: its button, hint and worksheet, and what went wrong.
    XlsxButton,
    XlsxHint,
    XlsxWorking,
    XlsxSheetName,
    XlsxFailed {
        detail: &'a str,
    },
    XlsxCannotStart,
    XlsxStopped,
    /// The workbook's header lines.
    LabelAgency,
    LabelCode,
    LabelYear,
    LabelSet,
    LabelExported,
    LabelTotal,
    LabelIndex,
    LabelBand,
    LabelSurvey,
}

impl crate::i18n::Bilingual for ReportText<'_> {
    fn vi(&self) -> String {
        use ReportText::*;
        match self {
            Heading => "Báo cáo tự đánh giá".into(),
            BackToForm => "Quay lại bản tự đánh giá".into(),
            DraftLoading => "Đang mở bản tự đánh giá…".into(),
            DraftMissing { id } => format!("Trình duyệt này không có bản tự đánh giá mã «{id}» (hoặc bộ tiêu chí của nó): mở bản cần in trong biểu mẫu rồi bấm «Báo cáo»."),
            NoDraft => "Chưa chọn bản tự đánh giá: mở một bản trong biểu mẫu rồi bấm «Báo cáo».".into(),
            Number { code } => format!("Số: ……/BC-{code}"),
            Nation => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
            Motto => "Độc lập - Tự do - Hạnh phúc".into(),
            DateLine => "……………, ngày …… tháng …… năm ……".into(),
            Title => "BÁO CÁO".into(),
            Subtitle { year } => format!("Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year}"),
            Intro { agency, set } => format!("{agency} báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính theo {set} như sau:"),
            Total { total, scale } => format!("Tổng điểm tự đánh giá: {total}/{scale} điểm."),
            Index { index } => format!("Chỉ số cải cách hành chính: {index}."),
            Band { band } => format!("Xếp loại: {band}."),
            SurveyPending { pending, items } => format!("Phần điều tra xã hội học ({pending}/{items} tiêu chí) do cơ quan có thẩm quyền chấm, chưa có điểm: tổng điểm và chỉ số trên chưa gồm phần này."),
            SeeAnnex => "Điểm từng tiêu chí, tài liệu kiểm chứng và giải trình tại Phụ lục kèm theo.".into(),
            Annex => "PHỤ LỤC".into(),
            AnnexOf { code } => format!("(Kèm theo Báo cáo số ……/BC-{code})"),
            Recipients => "Nơi nhận:".into(),
            RecipientAuthority => "- Sở Nội vụ (để thẩm định);".into(),
            RecipientArchive => "- Lưu: VT.".into(),
            SignerPosition => "THỦ TRƯỞNG CƠ QUAN".into(),
            SignerHint => "(Ký tên, đóng dấu)".into(),
            SignerName => "Họ và tên".into(),
            SignedFile { file, day } => format!("Tệp điểm đã ký: {file}, ký ngày {day}. SHA-256:"),
            QrLabel => "Mã QR của SHA-256 tệp điểm đã ký".into(),
            NotSigned => "Chưa có tệp điểm đã ký cho bản này trong trình duyệt: sau khi «Ký và xuất», báo cáo ghi mã SHA-256 của tệp để đối chiếu bản giấy với tệp.".into(),
            CsvHint => "Tệp CSV dùng dấu chấm phẩy và dấu phẩy thập phân: Excel tiếng Việt mở thẳng thành cột.".into(),
            XlsxButton => "Tải Excel (.xlsx)".into(),
            XlsxHint => "Bảng điểm kèm thông tin cơ quan, năm, bộ tiêu chí và ngày xuất; điểm là số, Excel cộng được.".into(),
            XlsxWorking => "Đang tạo tệp Excel…".into(),
            XlsxSheetName => "Bang diem".into(),
            XlsxFailed { detail } => format!("Không tạo được tệp Excel: {detail}. Bảng CSV vẫn tải được."),
            XlsxCannotStart => "Trình duyệt không chạy được phần tạo tệp Excel (Web Worker). Bảng CSV vẫn tải được.".into(),
            XlsxStopped => "Phần tạo tệp Excel không tải được hoặc đã dừng: hãy thử lại. Bảng CSV vẫn tải được.".into(),
            LabelAgency => "Cơ quan".into(),
            LabelCode => "Mã cơ quan".into(),
            LabelYear => "Năm đánh giá".into(),
            LabelSet => "Bộ tiêu chí".into(),
            LabelExported => "Ngày xuất".into(),
            LabelTotal => "Tổng điểm".into(),
            LabelIndex => "Chỉ số".into(),
            LabelBand => "Xếp loại".into(),
            LabelSurvey => "Điều tra xã hội học".into(),
        }
    }

    fn en(&self) -> String {
        use ReportText::*;
        match self {
            Heading => "Self-assessment report".into(),
            BackToForm => "Back to the self-assessment".into(),
            DraftLoading => "Opening the self-assessment…".into(),
            DraftMissing { id } => format!("This browser has no self-assessment with the id “{id}” (or not its criteria set): open the one to print in the form, then press “Report”."),
            NoDraft => "No self-assessment chosen: open one in the form, then press “Report”.".into(),
            Number { code } => format!("No.: ……/BC-{code}"),
            Nation => "SOCIALIST REPUBLIC OF VIET NAM".into(),
            Motto => "Independence - Freedom - Happiness".into(),
            DateLine => "……………, date …… month …… year ……".into(),
            Title => "REPORT".into(),
            Subtitle { year } => format!("Self-assessment of the Administrative Reform Index, {year}"),
            Intro { agency, set } => format!("{agency} reports its self-assessment of the Administrative Reform Index on {set} as follows:"),
            Total { total, scale } => format!("Self-assessed total: {total}/{scale} points."),
            Index { index } => format!("Administrative Reform Index: {index}."),
            Band { band } => format!("Band: {band}."),
            SurveyPending { pending, items } => format!("The sociological survey ({pending}/{items} items) is scored by the authority and has no points yet: the total and index above do not include it."),
            SeeAnnex => "Each item's points, evidence and explanations are in the annex.".into(),
            Annex => "ANNEX".into(),
            AnnexOf { code } => format!("(Attached to report No. ……/BC-{code})"),
            Recipients => "Recipients:".into(),
            RecipientAuthority => "- Department of Home Affairs (for appraisal);".into(),
            RecipientArchive => "- Archive.".into(),
            SignerPosition => "HEAD OF THE AGENCY".into(),
            SignerHint => "(Signature and seal)".into(),
            SignerName => "Full name".into(),
            SignedFile { file, day } => format!("Signed score file: {file}, signed on {day}. SHA-256:"),
            QrLabel => "QR code of the signed score file's SHA-256".into(),
            NotSigned => "This browser holds no signed score file for this self-assessment: after “Sign and export”, the report names the file's SHA-256 so that paper and file can be matched.".into(),
            CsvHint => "The CSV file is separated by semicolons, as Excel set to Vietnamese expects: it opens in columns.".into(),
            XlsxButton => "Download Excel (.xlsx)".into(),
            XlsxHint => "The scoring table with the agency, year, criteria set and date; points are numbers Excel can add up.".into(),
            XlsxWorking => "Writing the Excel file…".into(),
            XlsxSheetName => "Scorecard".into(),
            XlsxFailed { detail } => format!("The Excel file could not be written: {detail}. The CSV still downloads."),
            XlsxCannotStart => "This browser cannot run the part that writes Excel files (a Web Worker). The CSV still downloads.".into(),
            XlsxStopped => "The part that writes Excel files did not load or stopped: try again. The CSV still downloads.".into(),
            LabelAgency => "Agency".into(),
            LabelCode => "Agency code".into(),
            LabelYear => "Assessment year".into(),
            LabelSet => "Criteria set".into(),
            LabelExported => "Exported on".into(),
            LabelTotal => "Total".into(),
            LabelIndex => "Index".into(),
            LabelBand => "Band".into(),
            LabelSurvey => "Sociological survey".into(),
        }
    }
}
