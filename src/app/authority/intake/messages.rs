//! The texts of the received files' checking (the verifier workers) and keeping (between
//! visits), Vietnamese first, each language one exhaustive `match`.

use crate::app::verify::VerifierFailure;
use crate::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntakeMsg<'a> {
    /// A file waits for its check.
    Checking,
    /// How many files are still being checked.
    StillChecking {
        files: usize,
    },
    /// No background checker could run: the files are checked on the page itself.
    InPage(VerifierFailure),
    /// Some of the background checkers stopped; their files went to the others.
    SomeStopped {
        stopped: usize,
        of: usize,
    },
    KeptNote,
    /// The browser's storage is full: these files are not kept.
    NotKeptFull {
        count: usize,
        files: &'a str,
    },
    NotKeptRefused {
        count: usize,
        files: &'a str,
        reason: &'a str,
    },
    /// The kept files could not be read back or forgotten.
    ShelfRefused {
        reason: &'a str,
    },
    /// The reason when the browser's storage is full.
    StorageFull,
    RemoveFile {
        file: &'a str,
    },
    RemoveAll,
    ConfirmRemoveOne {
        file: &'a str,
    },
    ConfirmRemoveAll {
        count: usize,
    },
    ConfirmRemove,
    Cancel,
}

impl IntakeMsg<'_> {
    pub fn text(self, lang: Lang) -> String {
        match lang {
            Lang::Vi => vi(self),
            Lang::En => en(self),
        }
    }
}

fn vi(msg: IntakeMsg) -> String {
    match msg {
        IntakeMsg::Checking => "Đang kiểm tra…".into(),
        IntakeMsg::StillChecking { files } => format!("Đang kiểm tra {files} tệp…"),
        IntakeMsg::InPage(VerifierFailure::CannotStart) => {
            "Trình duyệt không cho chạy bộ kiểm tra nền (trang mở từ tệp trên máy): \
             các tệp được kiểm tra ngay trên trang, chậm hơn và trang có thể đứng trong lúc kiểm tra."
                .into()
        }
        IntakeMsg::InPage(VerifierFailure::Stopped) => {
            "Các bộ kiểm tra nền đã dừng: các tệp còn lại được kiểm tra ngay trên trang, \
             chậm hơn và trang có thể đứng trong lúc kiểm tra."
                .into()
        }
        IntakeMsg::SomeStopped { stopped, of } => {
            format!("{stopped}/{of} bộ kiểm tra nền đã dừng; các tệp của chúng được kiểm tra lại bằng các bộ còn chạy.")
        }
        IntakeMsg::KeptNote => "Các tệp đã nhận được giữ trong trình duyệt này cho lần mở sau; khi mở lại, chúng được \
             kiểm tra lại theo danh sách khoá lúc đó."
            .into(),
        IntakeMsg::NotKeptFull { count, files } => format!(
            "Bộ nhớ của trình duyệt đã đầy: {count} tệp không được giữ ({files}). Chúng vẫn có trong danh sách lần này \
             nhưng sẽ mất khi tải lại trang; các tệp đã giữ trước đó vẫn còn."
        ),
        IntakeMsg::NotKeptRefused { count, files, reason } => format!(
            "Trình duyệt không giữ được {count} tệp ({files}): {reason}. Chúng vẫn có trong danh sách lần này nhưng sẽ \
             mất khi tải lại trang; các tệp đã giữ trước đó vẫn còn."
        ),
        IntakeMsg::ShelfRefused { reason } => {
            format!("Không đọc lại hoặc không xoá được các tệp đã giữ trong trình duyệt: {reason}.")
        }
        IntakeMsg::StorageFull => "bộ nhớ của trình duyệt đã đầy".into(),
        IntakeMsg::RemoveFile { file } => format!("Bỏ tệp {file}"),
        IntakeMsg::RemoveAll => "Bỏ mọi tệp đã nhận".into(),
        IntakeMsg::ConfirmRemoveOne { file } => format!("Bỏ tệp {file} khỏi danh sách và khỏi trình duyệt?"),
        IntakeMsg::ConfirmRemoveAll { count } => {
            format!("Bỏ cả {count} tệp đã nhận khỏi danh sách và khỏi trình duyệt? Muốn dùng lại phải nạp lại các tệp.")
        }
        IntakeMsg::ConfirmRemove => "Bỏ".into(),
        IntakeMsg::Cancel => "Huỷ".into(),
    }
}

fn en(msg: IntakeMsg) -> String {
    match msg {
        IntakeMsg::Checking => "Checking…".into(),
        IntakeMsg::StillChecking { files } => format!("Checking {files} file(s)…"),
        IntakeMsg::InPage(VerifierFailure::CannotStart) => "The browser does not allow background checking here (the page was opened \
             from a file): the files are checked on the page itself, more slowly, and the page may pause meanwhile."
            .into(),
        IntakeMsg::InPage(VerifierFailure::Stopped) => "The background checkers stopped: the remaining files are checked on the page \
             itself, more slowly, and the page may pause meanwhile."
            .into(),
        IntakeMsg::SomeStopped { stopped, of } => {
            format!("{stopped} of {of} background checkers stopped; their files were checked again by the others.")
        }
        IntakeMsg::KeptNote => "Received files are kept in this browser for your next visit; they are checked again \
             then, against the keyring of that time."
            .into(),
        IntakeMsg::NotKeptFull { count, files } => format!(
            "The browser's storage is full: {count} file(s) were not kept ({files}). They are listed for now but will be \
             gone after a reload; the files kept before are still kept."
        ),
        IntakeMsg::NotKeptRefused { count, files, reason } => format!(
            "The browser did not keep {count} file(s) ({files}): {reason}. They are listed for now but will be gone \
             after a reload; the files kept before are still kept."
        ),
        IntakeMsg::ShelfRefused { reason } => {
            format!("The files kept in this browser could not be read back or removed: {reason}.")
        }
        IntakeMsg::StorageFull => "the browser's storage is full".into(),
        IntakeMsg::RemoveFile { file } => format!("Remove {file}"),
        IntakeMsg::RemoveAll => "Remove all received files".into(),
        IntakeMsg::ConfirmRemoveOne { file } => format!("Remove {file} from the list and from this browser?"),
        IntakeMsg::ConfirmRemoveAll { count } => {
            format!("Remove all {count} received files from the list and from this browser? To use them again, load them again.")
        }
        IntakeMsg::ConfirmRemove => "Remove".into(),
        IntakeMsg::Cancel => "Cancel".into(),
    }
}
