//! Tiếng Việt: the authority page's first language.

use super::Msg;

pub fn text(msg: &Msg) -> String {
    match msg {
        Msg::PageTitle => "Sở Nội vụ: tiếp nhận và kiểm tra Chỉ số CCHC".into(),
        Msg::PageTagline => "Trang của cơ quan thẩm định: mọi tệp chỉ được đọc trên máy này, không gửi đi đâu.".into(),
        Msg::AgencyPageLink => "Trang đơn vị tự chấm".into(),
        Msg::LanguageLabel => "Ngôn ngữ".into(),
        Msg::StorageFull => {
            "Bộ nhớ của trình duyệt đã đầy: danh sách khoá chỉ còn đến khi đóng trang. Hãy xuất danh sách khoá ra tệp."
                .into()
        }
        Msg::StorageUnavailable => {
            "Trình duyệt không cho trang này lưu dữ liệu: danh sách khoá chỉ còn đến khi đóng trang. Hãy xuất danh sách khoá ra tệp.".into()
        }

        Msg::KeyringHeading => "Danh sách khoá của các đơn vị".into(),
        Msg::KeyringIntro => {
            "Khoá công khai mà các đơn vị đã đăng ký. Một tệp điểm chỉ hợp lệ khi người ký có trong danh sách này với đúng mã đơn vị của tệp.".into()
        }
        Msg::AddKeysLabel => "Thêm tệp khoá công khai (chọn được nhiều tệp)".into(),
        Msg::AddKeysHint => "Tệp .json định dạng parscore-public-key/1, hoặc một danh sách khoá. Có thể kéo thả vào đây.".into(),
        Msg::DropKeysHere => "Thả tệp khoá vào đây".into(),
        Msg::ImportKeyringLabel => "Nhập danh sách khoá từ tệp".into(),
        Msg::ImportKeyringHint => "Tệp danh sách khoá (mảng JSON các tệp khoá công khai) hoặc một tệp khoá; khoá mới được thêm vào danh sách.".into(),
        Msg::DownloadFailed => "Trình duyệt không tải được tệp danh sách khoá xuống: hãy thử lại.".into(),
        Msg::ExportKeyring => "Xuất danh sách khoá".into(),
        Msg::KeyringEmpty => "Chưa có khoá nào: chưa xác minh được người ký của tệp điểm nào.".into(),
        Msg::KeyringCount(n) => format!("{n} khoá đã đăng ký."),
        Msg::CodeColumn => "Mã đơn vị".into(),
        Msg::NameColumn => "Tên đơn vị".into(),
        Msg::FingerprintColumn => "Dấu vân tay khoá".into(),
        Msg::AddedColumn => "Ngày thêm".into(),
        Msg::RemoveKey => "Xoá".into(),
        Msg::ConfirmRemoveKey { name, code } => {
            format!("Xoá khoá của {name} (mã {code})? Tệp điểm do khoá này ký sẽ không còn được xác minh.")
        }
        Msg::ConfirmRemoveButton => "Xoá khoá".into(),
        Msg::Cancel => "Huỷ".into(),
        Msg::Dismiss => "Đóng".into(),
        Msg::KeyAdded { file, name, code } => format!("{file}: đã thêm khoá của {name} (mã {code})."),
        Msg::KeyAlreadyPresent { file, code } => format!("{file}: khoá của mã {code} đã có trong danh sách, không thêm lần nữa."),
        Msg::KeyForOtherAgency { file, code, fingerprint, registered_name, registered_code } => format!(
            "{file}: không thêm. Khoá {fingerprint} đã được đăng ký cho {registered_name} (mã {registered_code}), không thể đăng ký thêm cho mã {code}."
        ),
        Msg::KeyFileInvalid { file, location: "", message } => {
            format!("{file}: không phải tệp khoá công khai: {message}")
        }
        Msg::KeyFileInvalid { file, location, message } => {
            format!("{file}: không phải tệp khoá công khai (tại {location}): {message}")
        }
        Msg::FileUnreadable { file, reason } => format!("{file}: không đọc được tệp: {reason}"),

        Msg::VerifyHeading => "Kiểm tra tệp điểm nhận được".into(),
        Msg::VerifyIntro => {
            "Kiểm tra chữ ký, bộ tiêu chí và điểm tính lại của từng tệp, rồi đối chiếu người ký với danh sách khoá.".into()
        }
        Msg::ScoreFilesLabel => "Chọn tệp điểm (.score.json, chọn được nhiều tệp)".into(),
        Msg::ScoreFilesHint => "Có thể kéo thả nhiều tệp, hoặc cả một thư mục, vào đây.".into(),
        Msg::ScoreFolderLabel => "Hoặc chọn cả một thư mục".into(),
        Msg::DropScoreFilesHere => "Thả tệp điểm hoặc thư mục vào đây".into(),
        Msg::ClearScoreFiles => "Bỏ mọi tệp đã chọn".into(),
        Msg::SetsLoading => "Đang tải các bộ tiêu chí có sẵn…".into(),
        Msg::SetUnreachable { file, reason } => format!("Không tải được bộ tiêu chí {file}: {reason}"),
        Msg::SetInvalid { file, problems } => format!("Bộ tiêu chí {file} không dùng được: {problems} lỗi"),
        Msg::FileColumn => "Tệp".into(),
        Msg::AgencyColumn => "Đơn vị".into(),
        Msg::YearColumn => "Năm".into(),
        Msg::IndexColumn => "Chỉ số tệp khai".into(),
        Msg::BandColumn => "Xếp loại tệp khai".into(),
        Msg::VerdictColumn => "Kết quả kiểm tra".into(),
        Msg::NoBand => "Không xếp loại".into(),
        Msg::Summary { valid, unverified, invalid, total } => format!(
            "{valid}/{total} tệp hợp lệ, {unverified} tệp chữ ký đúng nhưng chưa xác minh người ký, {invalid} tệp không hợp lệ."
        ),

        Msg::Valid => "Hợp lệ".into(),
        Msg::ValidSigner { name, code } => format!("Người ký: {name} (mã {code}), có trong danh sách khoá."),
        Msg::SignerUnverified => "Chữ ký đúng nhưng chưa xác minh người ký".into(),
        Msg::NoKeyring => "Danh sách khoá đang trống: hãy thêm khoá của các đơn vị.".into(),
        Msg::NotRegistered { fingerprint, code } => {
            format!("Khoá ký {fingerprint} không có trong danh sách khoá cho mã {code}.")
        }
        Msg::RegisteredToOther { fingerprint, name, code, file_code } => {
            format!("Khoá ký {fingerprint} đã đăng ký cho {name} (mã {code}), không phải cho mã {file_code} của tệp.")
        }
        Msg::Invalid { kinds } => format!("Không hợp lệ: {kinds}"),
        Msg::KindMalformed => "sai định dạng".into(),
        Msg::KindBadSignature => "chữ ký sai".into(),
        Msg::KindUnknownKey => "khoá không có trong danh sách".into(),
        Msg::KindCriteriaMismatch => "bộ tiêu chí không khớp".into(),
        Msg::KindScoreDiffers => "điểm tính lại khác".into(),
        Msg::Malformed { location, message } => format!("Tệp sai định dạng tại {location}: {message}"),
        Msg::BadSignature => "Chữ ký không khớp với nội dung tệp: tệp đã bị sửa sau khi ký.".into(),
        Msg::CriteriaMismatch { id, version } => {
            format!("Bộ tiêu chí {id}, phiên bản {version} không phải bộ tiêu chí nào đã biết.")
        }
        Msg::ScoreDiffers { count, places } => format!("Tính lại khác {count} chỗ: {places}"),
        Msg::Difference { place, claimed, recomputed } => format!("{place} (khai {claimed}, tính lại {recomputed})"),
        Msg::Nothing => "không có".into(),
        Msg::Unreadable => "Không đọc được tệp".into(),
        Msg::NotUtf8 { at } => format!("không phải văn bản UTF-8 (sai từ byte {at})"),
        Msg::SupersededBy { file } => format!("Đã được thay bằng tệp ký sau: {file}"),
        Msg::Supersedes { files } => format!("Tệp mới nhất của đơn vị trong năm, thay cho: {files}"),
        Msg::ConflictingKeys { files } => {
            format!("Xung đột: cùng đơn vị và năm nhưng ký bằng khoá khác với {files}")
        }
    }
}
