//! The help page (help.html, Hướng dẫn): the steps from a draft to the report, the signature and
//! sending the file; the band thresholds and band caps of the open draft's set; and what its
//! survey part is. The page shares the report page's wasm (it reads the same draft and set);
//! this module is what it says, so that every sentence is tested natively.

use crate::criteria::CriteriaSet;
use crate::i18n::Bilingual;
use crate::Lang;

/// The steps, in order: what the agency does from a new draft to the authority's appraisal.
pub const STEPS: [Step; 5] = [Step::Draft, Step::Score, Step::Report, Step::Sign, Step::Send];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Draft,
    Score,
    Report,
    Sign,
    Send,
}

/// One band of the set: its title and the index it takes ("từ 90% trở lên").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandLine {
    pub title: String,
    pub range: String,
}

/// What the page says of one set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetGuide {
    pub title: String,
    pub bands: Vec<BandLine>,
    /// The set's caps on the band, as its gates word them ("…: không xếp trên loại Khá").
    pub caps: Vec<String>,
    /// The survey's points and the set's scale, in `lang`'s numbers ("30", "100"); no survey: none.
    pub survey: Option<(String, String)>,
}

/// What the page says of `set`, in `lang`.
pub fn set_guide(set: &CriteriaSet, lang: Lang) -> SetGuide {
    let bands =
        set.bands.iter().map(|b| BandLine { title: b.title.get(lang).to_string(), range: b.range.describe(lang, "%") });
    // A gate's title says the whole rule ("…: không xếp trên loại Khá").
    let caps = set.gates.iter().map(|gate| gate.title.get(lang).to_string());
    let survey = set.survey_max();
    SetGuide {
        title: set.title.get(lang).to_string(),
        bands: bands.collect(),
        caps: caps.collect(),
        survey: (!survey.is_zero()).then(|| (lang.number(survey), lang.number(set.scale))),
    }
}

/// Every text of the help page, Vietnamese first and English second.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelpText {
    /// The form's link to this page.
    Link,
    Title,
    Intro,
    StepsHeading,
    StepTitle(Step),
    StepText(Step),
    BandsHeading(String),
    BandsIntro,
    NoDraft,
    SurveyHeading,
    /// The survey's points of the set's scale.
    Survey {
        points: String,
        scale: String,
    },
    NoSurvey,
    BackToDraft,
}

impl Bilingual for HelpText {
    fn vi(&self) -> String {
        match self {
            HelpText::Link => "Hướng dẫn".into(),
            HelpText::Title => "Hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC".into(),
            HelpText::Intro => "parscore chạy hoàn toàn trên máy này: bản nháp, khoá ký và tệp điểm ở lại trong trình duyệt, không gửi đi đâu. Trang này dùng được cả khi không có mạng.".into(),
            HelpText::StepsHeading => "Các bước".into(),
            HelpText::StepTitle(step) => match step {
                Step::Draft => "Tạo bản nháp",
                Step::Score => "Tự chấm từng mục",
                Step::Report => "Xem và in báo cáo",
                Step::Sign => "Ký và xuất tệp điểm",
                Step::Send => "Gửi Sở Nội vụ",
            }
            .into(),
            HelpText::StepText(step) => match step {
                Step::Draft => "Chọn bộ tiêu chí tỉnh ban hành, nhập tên, mã, cấp và năm đánh giá của cơ quan. Bản nháp được lưu ngay trong trình duyệt sau mỗi thay đổi; có thể sửa thông tin cơ quan bất cứ lúc nào.",
                Step::Score => "Với mỗi tiêu chí thành phần, chọn hoặc nhập kết quả: điểm, chỉ số và xếp loại được tính lại ngay. Ghi tài liệu kiểm chứng (số, ký hiệu, ngày ban hành, trích yếu), hoặc giải trình khi chưa có. \"Tìm mục\" lọc các mục chưa chấm hoặc thiếu tài liệu; xoá nhầm thì bấm \"Hoàn tác\" (Ctrl+Z).",
                Step::Report => "\"Báo cáo\" mở Báo cáo tự đánh giá, chấm điểm theo thể thức văn bản hành chính, khổ A4, kèm bảng điểm làm phụ lục. Ctrl+P in báo cáo; bảng điểm tải được dạng Excel (.xlsx) hoặc CSV.",
                Step::Sign => "\"Ký và xuất\" ký tệp điểm (.score.json) bằng khoá ký của cơ quan: tệp bị sửa sau khi ký sẽ bị phát hiện. Báo cáo in mã SHA-256 và mã QR của tệp đã ký để đối chiếu giấy với tệp. Nhớ tải và giữ bản sao lưu khoá ký.",
                Step::Send => "Gửi tệp điểm đã ký cùng báo cáo có chữ ký, đóng dấu và tài liệu kiểm chứng theo hướng dẫn của Sở Nội vụ (parscore không gửi gì qua mạng). Hội đồng thẩm định; cơ quan trả lời những điểm chưa thống nhất trên trang Giải trình.",
            }
            .into(),
            HelpText::BandsHeading(title) => format!("Xếp loại theo {title}"),
            HelpText::BandsIntro => "Xếp loại theo chỉ số (tổng điểm so với điểm tối đa, tính theo %):".into(),
            HelpText::NoDraft => "Mở trang này từ một bản nháp để xem ngưỡng xếp loại và phần điều tra xã hội học của bộ tiêu chí bản nháp dùng.".into(),
            HelpText::SurveyHeading => "Phần điều tra xã hội học".into(),
            HelpText::Survey { points, scale } => format!("{points} trên {scale} điểm của bộ tiêu chí này đến từ điều tra xã hội học (lấy ý kiến người dân, tổ chức, cán bộ, công chức). Cơ quan không tự chấm phần này: trên biểu mẫu, các mục điều tra không có ô nhập và được đếm riêng. Sở Nội vụ nhập điểm điều tra khi có kết quả; đến lúc đó tổng điểm và chỉ số trên biểu mẫu chỉ gồm phần tự chấm."),
            HelpText::NoSurvey => "Bộ tiêu chí này không có phần điều tra xã hội học: mọi điểm đều do cơ quan tự chấm và được thẩm định.".into(),
            HelpText::BackToDraft => "Về bản nháp".into(),
        }
    }

    fn en(&self) -> String {
        match self {
            HelpText::Link => "Help".into(),
            HelpText::Title => "How to self-assess the Administrative Reform Index".into(),
            HelpText::Intro => "parscore runs entirely on this computer: drafts, the signing key and score files stay in this browser and are sent nowhere. This page works without a network too.".into(),
            HelpText::StepsHeading => "The steps".into(),
            HelpText::StepTitle(step) => match step {
                Step::Draft => "Create a draft",
                Step::Score => "Score each item",
                Step::Report => "View and print the report",
                Step::Sign => "Sign and export the score file",
                Step::Send => "Send it to the Department of Home Affairs",
            }
            .into(),
            HelpText::StepText(step) => match step {
                Step::Draft => "Choose the criteria set the province issued, and enter the agency's name, code, level and assessment year. The draft is saved in the browser after every change; the agency's details can be edited at any time.",
                Step::Score => "For each sub-criterion, choose or enter the result: points, index and band are recomputed at once. Name the evidence documents (number, date, subject), or explain where there are none yet. \"Find an item\" lists the items not answered or missing evidence; a mistaken deletion is undone with \"Undo\" (Ctrl+Z).",
                Step::Report => "\"Report\" opens the self-assessment report laid out as an administrative document on A4, with the scoring table as its annex. Ctrl+P prints it; the table downloads as Excel (.xlsx) or CSV.",
                Step::Sign => "\"Sign and export\" signs the score file (.score.json) with the agency's key: a file changed after signing is detected. The report prints the signed file's SHA-256 and a QR code, so that paper and file can be matched. Download and keep the key's backup.",
                Step::Send => "Send the signed score file with the signed and stamped report and the evidence as the Department of Home Affairs asks (parscore sends nothing over the network). Its council appraises the file; the agency answers the points in dispute on the Explanation page.",
            }
            .into(),
            HelpText::BandsHeading(title) => format!("Bands of {title}"),
            HelpText::BandsIntro => "The band follows the index (the total against the maximum, in %):".into(),
            HelpText::NoDraft => "Open this page from a draft to see the band thresholds and the survey part of the set the draft uses.".into(),
            HelpText::SurveyHeading => "The sociological survey".into(),
            HelpText::Survey { points, scale } => format!("{points} of this set's {scale} points come from a sociological survey (of citizens, organisations, officials and civil servants). The agency does not score this part: in the form, survey items have no input and are counted apart. The Department of Home Affairs enters the survey points once its results are in; until then the form's total and index cover the self-assessed part only."),
            HelpText::NoSurvey => "This set has no survey part: every point is self-assessed, then appraised.".into(),
            HelpText::BackToDraft => "Back to the draft".into(),
        }
    }
}
