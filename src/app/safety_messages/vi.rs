//! Tiếng Việt: the first language.

use super::SafetyMsg as Msg;

pub fn text(msg: &Msg) -> String {
    match msg {
        Msg::ConflictHeading => "Hai nơi đã sửa cùng một ô".into(),
        Msg::ConflictIntro => "Bản nháp này đang mở ở một thẻ hoặc cửa sổ khác, và cả hai nơi đã sửa các ô dưới đây khác nhau. Cả hai bản đều được giữ: hãy chọn bản sẽ dùng.".into(),
        Msg::ConflictField { code, what } => format!("Mục {code}, {what}"),
        Msg::ConflictName => "Tên bản nháp".into(),
        Msg::ConflictNote => "giải trình / ghi chú".into(),
        Msg::ConflictEvidence => "tài liệu kiểm chứng".into(),
        Msg::ConflictInUse => "Bản đang dùng".into(),
        Msg::ConflictOther => "Bản kia".into(),
        Msg::Blank => "(để trống)".into(),
        Msg::KeepInUse => "Giữ bản đang dùng".into(),
        Msg::UseOther => "Dùng bản kia".into(),

        Msg::DamagedHeading => "Mục lưu không đọc được".into(),
        Msg::DamagedIntro => "Trình duyệt còn giữ các mục dưới đây nhưng ứng dụng không dùng được. Chúng không bị xoá: hãy tải nội dung về để giữ, hoặc thử nhập lại.".into(),
        Msg::DamagedDraft { name } => format!("Bản tự đánh giá số {name}"),
        Msg::DamagedCriteriaText { name } => format!("Bộ tiêu chí đã lưu (SHA-256 {name})"),
        Msg::DamagedSigningKey => "Khoá ký của cơ quan".into(),
        Msg::DamagedAddedSets => "Danh sách bộ tiêu chí đã thêm".into(),
        Msg::EntryUnreadable { detail } => format!("Không đọc được: {detail}"),
        Msg::EntryNewer { format } => format!("Do phiên bản mới hơn của ứng dụng ghi (định dạng {format}): hãy mở bằng phiên bản đó, hoặc tải nội dung về."),
        Msg::UnknownFormat { format: "" } => "không ghi định dạng".into(),
        Msg::UnknownFormat { format } => format!("định dạng không biết: {format}"),
        Msg::DownloadRaw => "Tải nội dung về".into(),
        Msg::TryImport => "Thử nhập".into(),
        Msg::DeleteEntry => "Xoá".into(),
        Msg::ConfirmDeleteEntry => "Xoá hẳn mục này khỏi trình duyệt? Nội dung chưa tải về sẽ mất.".into(),
        Msg::ConfirmDeleteButton => "Xoá hẳn".into(),
        Msg::Cancel => "Huỷ".into(),
    }
}
