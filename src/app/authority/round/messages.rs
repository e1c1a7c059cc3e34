//! Every text of the round's sections (intake register, survey results, results and ranking),
//! Vietnamese first, English second, each language one exhaustive `match`. The core's own words
//! (statuses, headings, table errors, "tăng 2 bậc") come from `authority::Message`.

use crate::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundMsg<'a> {
    RoundHeading,
    RoundIntro,
    RosterLabel,
    RosterHint,
    RosterLoaded {
        file: &'a str,
        agencies: usize,
    },
    DeadlineLabel,
    DeadlineHint,
    DeadlineSet {
        deadline: &'a str,
    },
    SurveyLabel,
    SurveyHint,
    SurveyLoaded {
        file: &'a str,
        agencies: usize,
    },
    SurveyNeedsFiles,
    PreviousLabel,
    PreviousHint,
    PreviousLoaded {
        file: &'a str,
        year: u16,
        agencies: usize,
    },
    RemoveInput,
    Unreadable {
        reason: &'a str,
    },
    /// How many errors a table has, above the located list.
    TableErrors {
        count: usize,
    },
    RosterNotKept,
    SurveyNotKept,
    PreviousNotKept,
    DeadlineNotKept,
    DecisionNotKept,
    /// Why the store refused: full, or no storage at all.
    StoreFull,
    StoreUnavailable,

    RegisterHeading,
    NeedRoster,
    StatusFilter,
    GroupFilter,
    AllStatuses,
    AllGroups,
    Shown {
        shown: usize,
        total: usize,
    },
    StatusCounts,
    ExportRegisterXlsx,
    ExportRegisterCsv,
    ExportResultsXlsx,
    ExportResultsCsv,
    ExportResultsJson,
    ExportFailed {
        detail: &'a str,
    },

    ResultsHeading,
    NoEntrant,
    MixedYears {
        years: &'a str,
    },
    GroupHeading {
        group: &'a str,
        agencies: usize,
    },
    BandsChart,
    HeatMap,
    HeatMapHint,
    TopAndBottom,
    Top,
    Bottom,
    AreaColumn,
    PrintLabel,
    DecisionLabel,
    DecisionHint,
    DefaultDecision,
    AnnexTitle {
        year: u16,
    },
    Page,
}

impl RoundMsg<'_> {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.vi(),
            Lang::En => self.en(),
        }
    }

    fn vi(&self) -> String {
        use RoundMsg::*;
        match self {
            RoundHeading => "Tiếp nhận, điều tra xã hội học và xếp hạng".into(),
            RoundIntro => "Nạp danh sách đơn vị được đánh giá: sổ tiếp nhận đối chiếu với các tệp điểm đã nhận ở trên. Thêm kết quả điều tra xã hội học và kết quả năm trước để có chỉ số cuối cùng và xếp hạng theo nhóm.".into(),
            RosterLabel => "Danh sách đơn vị (CSV hoặc XLSX)".into(),
            RosterHint => "Các cột: Mã; Tên; Nhóm (sở, xã, phường…). Xếp hạng trong từng nhóm.".into(),
            RosterLoaded { file, agencies } => format!("{file}: {agencies} đơn vị"),
            DeadlineLabel => "Hạn nộp".into(),
            DeadlineHint => "Tệp ký sau hết ngày này (giờ Việt Nam) là nộp sau hạn.".into(),
            DeadlineSet { deadline } => format!("Hạn nộp: {deadline}"),
            SurveyLabel => "Kết quả điều tra xã hội học (CSV hoặc XLSX)".into(),
            SurveyHint => "Các cột: Mã đơn vị; Mã tiêu chí; Giá trị (điểm, hoặc tỷ lệ % khi bộ tiêu chí quy định).".into(),
            SurveyLoaded { file, agencies } => format!("{file}: kết quả của {agencies} đơn vị"),
            SurveyNeedsFiles => "Hãy nạp danh sách đơn vị và các tệp điểm trước: giá trị điều tra được kiểm tra theo bộ tiêu chí của từng đơn vị.".into(),
            PreviousLabel => "Kết quả năm trước (tệp parscore-results/1)".into(),
            PreviousHint => "Để so sánh chỉ số và thứ hạng với năm trước.".into(),
            PreviousLoaded { file, year, agencies } => format!("{file}: năm {year}, {agencies} đơn vị"),
            RemoveInput => "Bỏ tệp này".into(),
            Unreadable { reason } => format!("Không đọc được tệp: {reason}"),
            TableErrors { count } => format!("Tệp có {count} lỗi, chưa được dùng:"),
            RosterNotKept => "Danh sách đơn vị chưa được lưu trong trình duyệt".into(),
            SurveyNotKept => "Kết quả điều tra chưa được lưu trong trình duyệt".into(),
            PreviousNotKept => "Kết quả năm trước chưa được lưu trong trình duyệt".into(),
            DeadlineNotKept => "Hạn nộp chưa được lưu trong trình duyệt".into(),
            DecisionNotKept => "Dòng quyết định chưa được lưu trong trình duyệt".into(),
            StoreFull => "bộ nhớ của trình duyệt đã đầy; sẽ mất khi đóng trang, hãy nạp lại tệp lần sau.".into(),
            StoreUnavailable => "trình duyệt không cho trang lưu dữ liệu; sẽ mất khi đóng trang.".into(),

            RegisterHeading => "Sổ tiếp nhận".into(),
            NeedRoster => "Nạp danh sách đơn vị để lập sổ tiếp nhận và xếp hạng.".into(),
            StatusFilter => "Tình trạng".into(),
            GroupFilter => "Nhóm".into(),
            AllStatuses => "Tất cả tình trạng".into(),
            AllGroups => "Tất cả các nhóm".into(),
            Shown { shown, total } => format!("Đang hiện {shown}/{total} dòng"),
            StatusCounts => "Số dòng theo tình trạng".into(),
            ExportRegisterXlsx => "Xuất sổ tiếp nhận (XLSX)".into(),
            ExportRegisterCsv => "Xuất sổ tiếp nhận (CSV)".into(),
            ExportResultsXlsx => "Xuất kết quả (XLSX)".into(),
            ExportResultsCsv => "Xuất kết quả (CSV)".into(),
            ExportResultsJson => "Lưu tệp kết quả (dùng làm năm trước cho năm sau)".into(),
            ExportFailed { detail } => format!("Không tạo được tệp để tải xuống: {detail}"),

            ResultsHeading => "Kết quả và xếp hạng".into(),
            NoEntrant => "Chưa có đơn vị nào có tệp hợp lệ để xếp hạng.".into(),
            MixedYears { years } => format!("Các tệp hợp lệ thuộc nhiều năm đánh giá ({years}): chỉ xếp hạng được từng năm một."),
            GroupHeading { group, agencies } => format!("Nhóm {group}: {agencies} đơn vị"),
            BandsChart => "Số đơn vị theo xếp loại".into(),
            HeatMap => "Chỉ số thành phần theo lĩnh vực".into(),
            HeatMapHint => "Màu càng đậm, chỉ số thành phần càng cao.".into(),
            TopAndBottom => "Cao nhất và thấp nhất".into(),
            Top => "Cao nhất".into(),
            Bottom => "Thấp nhất".into(),
            AreaColumn => "Lĩnh vực".into(),
            PrintLabel => "In bảng kết quả (A4 ngang)".into(),
            DecisionLabel => "Dòng quyết định in dưới tiêu đề".into(),
            DecisionHint => "Ví dụ: (Kèm theo Quyết định số 123/QĐ-UBND ngày 15 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh)".into(),
            DefaultDecision => "(Kèm theo Quyết định số      /QĐ-UBND ngày      tháng      năm        )".into(),
            AnnexTitle { year } => format!("PHỤ LỤC\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}"),
            Page => "Trang".into(),
        }
    }

    fn en(&self) -> String {
        use RoundMsg::*;
        match self {
            RoundHeading => "Intake, survey results and ranking".into(),
            RoundIntro => "Load the roster of agencies under assessment: the intake register matches it with the score files received above. Add the survey results and last year's results for the final index and the ranking per group.".into(),
            RosterLabel => "Roster of agencies (CSV or XLSX)".into(),
            RosterHint => "Columns: Code; Name; Group (department, commune, ward…). Rankings are made within a group.".into(),
            RosterLoaded { file, agencies } => format!("{file}: {agencies} agencies"),
            DeadlineLabel => "Deadline".into(),
            DeadlineHint => "Files signed after the end of this day (Vietnam time) are late.".into(),
            DeadlineSet { deadline } => format!("Deadline: {deadline}"),
            SurveyLabel => "Survey results (CSV or XLSX)".into(),
            SurveyHint => "Columns: Agency code; Item code; Value (points, or a percent where the criteria set says so).".into(),
            SurveyLoaded { file, agencies } => format!("{file}: results for {agencies} agencies"),
            SurveyNeedsFiles => "Load the roster and the score files first: survey values are checked against each agency's criteria set.".into(),
            PreviousLabel => "Last year's results (a parscore-results/1 file)".into(),
            PreviousHint => "To compare indexes and ranks with last year.".into(),
            PreviousLoaded { file, year, agencies } => format!("{file}: year {year}, {agencies} agencies"),
            RemoveInput => "Remove this file".into(),
            Unreadable { reason } => format!("The file could not be read: {reason}"),
            TableErrors { count } => format!("The file has {count} errors and was not used:"),
            RosterNotKept => "The roster is not saved in the browser".into(),
            SurveyNotKept => "The survey results are not saved in the browser".into(),
            PreviousNotKept => "Last year's results are not saved in the browser".into(),
            DeadlineNotKept => "The deadline is not saved in the browser".into(),
            DecisionNotKept => "The decision line is not saved in the browser".into(),
            StoreFull => "the browser's storage is full; it lasts until the page closes, load the file again next time.".into(),
            StoreUnavailable => "the browser gives this page no storage; it lasts until the page closes.".into(),

            RegisterHeading => "Intake register".into(),
            NeedRoster => "Load the roster to draw up the intake register and the ranking.".into(),
            StatusFilter => "Status".into(),
            GroupFilter => "Group".into(),
            AllStatuses => "All statuses".into(),
            AllGroups => "All groups".into(),
            Shown { shown, total } => format!("Showing {shown} of {total} rows"),
            StatusCounts => "Rows per status".into(),
            ExportRegisterXlsx => "Export the register (XLSX)".into(),
            ExportRegisterCsv => "Export the register (CSV)".into(),
            ExportResultsXlsx => "Export the results (XLSX)".into(),
            ExportResultsCsv => "Export the results (CSV)".into(),
            ExportResultsJson => "Save the results file (next year's \"last year\")".into(),
            ExportFailed { detail } => format!("The file to download could not be made: {detail}"),

            ResultsHeading => "Results and ranking".into(),
            NoEntrant => "No agency has a valid file to rank yet.".into(),
            MixedYears { years } => format!("The valid files are of several evaluation years ({years}): rank one year at a time."),
            GroupHeading { group, agencies } => format!("Group {group}: {agencies} agencies"),
            BandsChart => "Agencies per band".into(),
            HeatMap => "Component indexes by area".into(),
            HeatMapHint => "The darker the cell, the higher the component index.".into(),
            TopAndBottom => "Top and bottom".into(),
            Top => "Top".into(),
            Bottom => "Bottom".into(),
            AreaColumn => "Area".into(),
            PrintLabel => "Print the results table (A4 landscape)".into(),
            DecisionLabel => "Decision line printed under the title".into(),
            DecisionHint => "For example: (Annex to Decision No. 123/QĐ-UBND of 15 March 2026 of the Provincial People's Committee)".into(),
            DefaultDecision => "(Annex to Decision No.      /QĐ-UBND of                    )".into(),
            AnnexTitle { year } => format!("ANNEX\nADMINISTRATIVE REFORM INDEX RESULTS {year}"),
            Page => "Page".into(),
        }
    }
}
