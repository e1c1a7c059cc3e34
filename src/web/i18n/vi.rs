//! Tiếng Việt: the default language of the interface.

use super::Msg;

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "Tự đánh giá Chỉ số cải cách hành chính",
        Msg::AppTagline => "Chấm điểm ngay trên trình duyệt: dữ liệu không rời khỏi máy này.",
        Msg::LanguageLabel => "Ngôn ngữ",
        Msg::ChooseAnotherSet => "Chọn bộ tiêu chí khác",
        Msg::ResumeSet => "Tiếp tục chấm bộ đang mở",

        Msg::PickerHeading => "Chọn bộ tiêu chí",
        Msg::LibraryHeading => "Bộ tiêu chí có sẵn",
        Msg::Loading => "Đang tải…",
        Msg::DecisionLabel => "Quyết định",
        Msg::YearLabel => "Năm",
        Msg::LevelLabel => "Cấp",
        Msg::ItemCount => "{0} tiêu chí chấm điểm",
        Msg::UseThisSet => "Chấm theo bộ này",
        Msg::FileUnreachable => "Không tải được tệp {0}: {1}",
        Msg::FileInvalid => "Tệp {0} không dùng được: {1} lỗi",
        Msg::OpenFileHeading => "Mở tệp tiêu chí từ máy",
        Msg::OpenFileLabel => "Tệp tiêu chí (.json)",
        Msg::OpenFileHint => {
            "Tệp JSON theo định dạng parscore-criteria/1. Tệp chỉ được đọc trên máy này, không gửi đi đâu."
        }

        Msg::LevelMinistry => "Bộ, cơ quan ngang bộ",
        Msg::LevelProvince => "Tỉnh, thành phố",
        Msg::LevelDepartment => "Sở, ban, ngành",
        Msg::LevelDistrict => "Cấp huyện",
        Msg::LevelCommune => "Cấp xã",
        Msg::LevelTraining => "Tập huấn (không dùng để chấm chính thức)",

        Msg::SectionsHeading => "Lĩnh vực",
        Msg::BonusSection => "Điểm thưởng",
        Msg::PenaltySection => "Điểm trừ",
        Msg::AnsweredOf => "đã chấm {0}/{1}",
        Msg::SurveyOnlySection => "điều tra xã hội học",
        Msg::PointsOf => "{0}/{1} điểm",
        Msg::MaxPoints => "tối đa {0} điểm",
        Msg::Points => "{0} điểm",
        Msg::ScoringRule => "Thang điểm",
        Msg::HowScored => "Cách tính",
        Msg::Evidence => "Tài liệu kiểm chứng",
        Msg::Guidance => "Hướng dẫn",
        Msg::ChooseLevel => "— Chọn mức —",
        Msg::LevelInput => "Mức đạt được",
        Msg::PassQuestion => "Kết quả",
        Msg::Yes => "Đạt",
        Msg::No => "Không đạt",
        Msg::FaultCount => "Số lỗi",
        Msg::ItemsCounted => "Số trường hợp",
        Msg::ManualPoints => "Điểm tự chấm",
        Msg::Justification => "Lý do chấm điểm",
        Msg::SurveyBadge => "Đánh giá qua điều tra xã hội học",
        Msg::SurveyExplained => {
            "Cơ quan không tự chấm tiêu chí này: điểm do cơ quan có thẩm quyền nhập theo kết quả điều tra."
        }
        Msg::ClearAnswer => "Xoá câu trả lời",
        Msg::NotAWholeNumber => "«{0}» không phải là số nguyên",
        Msg::NotANumber => "«{0}» không phải là số (viết như 12 hoặc 0,25)",

        Msg::TotalLabel => "Tổng điểm",
        Msg::IndexLabel => "Chỉ số",
        Msg::BandLabel => "Xếp loại",
        Msg::NoBand => "chưa xếp loại",
        Msg::AnsweredLabel => "Đã chấm",
        Msg::SurveyLabel => "Điều tra XHH",
        Msg::CappedBy => "bị giới hạn bởi: {0}",
    }
}
