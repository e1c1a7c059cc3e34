//! The texts of the received files' checking (the verifier workers), Vietnamese first, each
//! language one exhaustive `match`.

use crate::app::verify::VerifierFailure;
use crate::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntakeMsg {
    /// A file waits for its check.
    Checking,
    /// How many files are still being checked.
    StillChecking { files: usize },
    /// No background checker could run: the files are checked on the page itself.
    InPage(VerifierFailure),
    /// Some of the background checkers stopped; their files went to the others.
    SomeStopped { stopped: usize, of: usize },
}

impl IntakeMsg {
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
    }
}

fn en(msg: IntakeMsg) -> String {
    match msg {
        IntakeMsg::Checking => "Checking…".into(),
        IntakeMsg::StillChecking { files } => format!("Checking {files} file(s)…"),
        IntakeMsg::InPage(VerifierFailure::CannotStart) => {
            "The browser does not allow background checking here (the page was opened \
             from a file): the files are checked on the page itself, more slowly, and the page may pause meanwhile."
                .into()
        }
        IntakeMsg::InPage(VerifierFailure::Stopped) => {
            "The background checkers stopped: the remaining files are checked on the page \
             itself, more slowly, and the page may pause meanwhile."
                .into()
        }
        IntakeMsg::SomeStopped { stopped, of } => {
            format!("{stopped} of {of} background checkers stopped; their files were checked again by the others.")
        }
    }
}
