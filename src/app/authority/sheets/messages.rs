//! The texts of the page's workbooks (read and written by the spreadsheet worker), Vietnamese
//! first, English second, each language one exhaustive `match`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetsMsg<'a> {
    /// A workbook is being read or written.
    Working,
    CannotStart,
    Stopped,
    WriteFailed {
        detail: &'a str,
    },
    Dismiss,
}

impl crate::i18n::Bilingual for SheetsMsg<'_> {
    fn vi(&self) -> String {
        use SheetsMsg::*;
        match self {
            Working => "Đang đọc hoặc ghi bảng tính Excel…".into(),
            CannotStart => "Trình duyệt không cho chạy bộ đọc/ghi bảng tính Excel (Web Worker bị chặn). Tệp .xlsx chưa được mở hay xuất; bảng CSV vẫn dùng được. Hãy mở trang qua địa chỉ web, hoặc dùng tệp parscore-authority-offline.html trên trình duyệt khác.".into(),
            Stopped => "Bộ đọc/ghi bảng tính Excel không tải được hoặc đã dừng. Tệp .xlsx chưa được mở hay xuất; hãy thử lại, hoặc dùng bảng CSV.".into(),
            WriteFailed { detail } => format!("Không ghi được bảng tính Excel: {detail}"),
            Dismiss => "Đóng thông báo".into(),
        }
    }

    fn en(&self) -> String {
        use SheetsMsg::*;
        match self {
            Working => "Reading or writing an Excel workbook…".into(),
            CannotStart => "The browser does not let the Excel reader and writer run (Web Workers are blocked). The .xlsx file was not opened or exported; CSV tables still work. Open the page from its web address, or use parscore-authority-offline.html in another browser.".into(),
            Stopped => "The Excel reader and writer did not load or stopped. The .xlsx file was not opened or exported; try again, or use a CSV table.".into(),
            WriteFailed { detail } => format!("The Excel workbook could not be written: {detail}"),
            Dismiss => "Close the notice".into(),
        }
    }
}
