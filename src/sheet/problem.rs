//! Problems found in a sheet, each located by sheet, row and column so that the authority's
//! editor can show it next to the cell, and worded in Vietnamese and English.

use serde::Serialize;

use super::layout::{Column, InfoField, SheetName};
use super::notation::NotationError;
use crate::Lang;

/// One problem, and where it is. `row` is the spreadsheet's row number (1 for the first row) or,
/// in a CSV file, the file's line; `column` the 0-based column index (A = 0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SheetProblem {
    pub sheet: Option<SheetName>,
    pub row: Option<u32>,
    pub column: Option<u32>,
    /// The column's name, when it is one the layout knows.
    pub column_name: Option<Column>,
    pub problem: Problem,
}

/// What is wrong (or, for the notices, what was done).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// Not an XLSX workbook calamine can open; the reason as calamine gives it.
    NotWorkbook {
        reason: String,
    },
    /// Neither UTF-8 nor Windows-1258: refused rather than read as the wrong letters.
    UnknownEncoding,
    Csv {
        reason: String,
    },
    MissingSheet,
    /// No header row (a row holding "Mã" and "Tiêu chí", or "Mục" and "Giá trị").
    MissingHeader,
    MissingColumn {
        column: Column,
    },
    UnknownColumn {
        header: String,
    },
    RepeatedColumn,
    /// A spreadsheet error value in a cell (#DIV/0!, #REF!…).
    CellError {
        value: String,
    },
    Required,
    Notation {
        error: NotationError,
    },
    Number {
        text: String,
    },
    WholeNumber {
        text: String,
    },
    Range {
        text: String,
    },
    YesNo {
        text: String,
    },
    Date {
        text: String,
    },
    Level {
        text: String,
    },
    Status {
        text: String,
    },
    GateOn {
        text: String,
    },
    UnknownField {
        text: String,
    },
    RepeatedField,
    MissingField {
        field: InfoField,
    },
    EnglishWithoutVietnamese,
    NoteWithoutSource,
    ExplainWithoutEvidence,
    /// Rows of a bonus or penalty block, but no cap for the block on the metadata sheet.
    BlockWithoutCap {
        penalty: bool,
    },
    RepeatedBlock,
    /// A row outside any table of the metadata sheet.
    StrayRow,
    /// The set's tree cannot be written as a table whose codes nest (1 > 1.1 > 1.1.4).
    CodesDoNotNest {
        code: String,
    },
    LevelIdNotWritable {
        id: String,
    },
    Write {
        reason: String,
    },
    /// The set read from the sheet breaks a rule of the criteria format: the validator's
    /// location and its problem, said in the user's language.
    Invalid {
        location: String,
        #[serde(skip)]
        error: Box<crate::criteria::CriteriaError>,
    },
    /// Notice: a CSV file that was not UTF-8 was read as Windows-1258 (Vietnamese Windows).
    ReadAsWindows1258,
    /// Notice: a CSV file in UTF-16 (Excel's "Unicode Text") was read as such.
    ReadAsUtf16,
}

impl SheetProblem {
    pub fn new(sheet: Option<SheetName>, row: Option<u32>, problem: Problem) -> SheetProblem {
        SheetProblem { sheet, row, column: None, column_name: None, problem }
    }

    pub fn at(sheet: SheetName, row: u32, column: u32, name: Option<Column>, problem: Problem) -> SheetProblem {
        SheetProblem { sheet: Some(sheet), row: Some(row), column: Some(column), column_name: name, problem }
    }

    /// "Tiêu chí, dòng 7, cột E (Cách chấm): …" / "Tiêu chí (criteria), row 7, column E (Scoring): …"
    pub fn text(&self, lang: Lang) -> String {
        let mut place = Vec::new();
        if let Some(sheet) = self.sheet {
            place.push(sheet.text(lang).to_string());
        }
        if let Some(row) = self.row {
            place.push(format!("{} {row}", lang.pick("dòng", "row")));
        }
        if let Some(column) = self.column {
            let name = self.column_name.map(|c| format!(" ({})", c.text(lang))).unwrap_or_default();
            place.push(format!("{} {}{name}", lang.pick("cột", "column"), column_letter(column)));
        }
        let what = match (&self.problem, self.row) {
            // Located at its row, the validator's JSON path would only repeat the place.
            (Problem::Invalid { error, .. }, Some(_)) => {
                format!("{}: {}", lang.pick("bộ tiêu chí không hợp lệ", "the set is not valid"), error.message_in(lang))
            }
            (problem, _) => problem.text(lang),
        };
        match place.is_empty() {
            true => what,
            false => format!("{}: {what}", place.join(", ")),
        }
    }
}

/// "A", "B", …, "Z", "AA": the column's letter as a spreadsheet shows it.
pub fn column_letter(index: u32) -> String {
    let mut n = index as u64 + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push((b'A' + rem) as char);
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl Problem {
    pub fn text(&self, lang: Lang) -> String {
        use Problem::*;
        let vi = matches!(lang, Lang::Vi);
        match self {
            NotWorkbook { reason } if vi => format!("không mở được tệp Excel (.xlsx): {reason}"),
            NotWorkbook { reason } => format!("not an Excel workbook (.xlsx) that can be opened: {reason}"),
            UnknownEncoding if vi => "tệp CSV không phải UTF-8 cũng không phải Windows-1258; trong Excel hãy chọn \"Lưu thành\" → \"CSV UTF-8 (phân cách bằng dấu phẩy)\" rồi nhập lại".into(),
            UnknownEncoding => "the CSV file is neither UTF-8 nor Windows-1258; in Excel use \"Save As\" → \"CSV UTF-8 (Comma delimited)\" and import it again".into(),
            Csv { reason } if vi => format!("tệp CSV hỏng: {reason}"),
            Csv { reason } => format!("broken CSV file: {reason}"),
            MissingSheet if vi => "thiếu trang này (trang tính hoặc phần [..] của tệp CSV)".into(),
            MissingSheet => "this sheet is missing (a worksheet, or a [..] section of the CSV file)".into(),
            MissingHeader if vi => "không tìm thấy dòng tiêu đề cột".into(),
            MissingHeader => "no header row found".into(),
            MissingColumn { column } if vi => format!("thiếu cột \"{}\"", column.header()),
            MissingColumn { column } => format!("the column \"{}\" is missing", column.header()),
            UnknownColumn { header } if vi => format!("không biết cột \"{header}\" (xem tài liệu về các cột)"),
            UnknownColumn { header } => format!("unknown column \"{header}\" (see the documented columns)"),
            RepeatedColumn if vi => "cột này có hai lần".into(),
            RepeatedColumn => "this column appears twice".into(),
            CellError { value } if vi => format!("ô có lỗi công thức {value}"),
            CellError { value } => format!("the cell holds the formula error {value}"),
            Required if vi => "không được để trống".into(),
            Required => "must not be empty".into(),
            Notation { error } => error.text(lang),
            Number { text } if vi => format!("\"{text}\" không phải là số (viết như 14,5 hoặc 14.5)"),
            Number { text } => format!("\"{text}\" is not a number (write it like 14.5 or 14,5)"),
            WholeNumber { text } if vi => format!("\"{text}\" không phải là số nguyên"),
            WholeNumber { text } => format!("\"{text}\" is not a whole number"),
            Range { text } if vi => format!("\"{text}\" không phải là khoảng (viết như [70; 90))"),
            Range { text } => format!("\"{text}\" is not a range (write it like [70; 90))"),
            YesNo { text } if vi => format!("\"{text}\": ghi \"Có\" hoặc \"Không\""),
            YesNo { text } => format!("\"{text}\": write \"Có\" (yes) or \"Không\" (no)"),
            Date { text } if vi => format!("\"{text}\" không phải là ngày (viết như 28/12/2017 hoặc 2017-12-28)"),
            Date { text } => format!("\"{text}\" is not a date (write it like 2017-12-28 or 28/12/2017)"),
            Level { text } if vi => format!("\"{text}\": cấp phải là Bộ, Tỉnh, Sở, Huyện, Xã hoặc Dạy học"),
            Level { text } => format!("\"{text}\": the level is one of Bộ, Tỉnh, Sở, Huyện, Xã, Dạy học (ministry, province, department, district, commune, training)"),
            Status { text } if vi => format!("\"{text}\": nguồn bắt đầu bằng \"Đã kiểm chứng\", \"Suy ra\" hoặc \"Minh hoạ\""),
            Status { text } => format!("\"{text}\": provenance starts with \"Đã kiểm chứng\" (verified), \"Suy ra\" (inferred) or \"Minh hoạ\" (demonstration)"),
            GateOn { text } if vi => format!("\"{text}\": ghi \"Chỉ số\" hoặc \"Giá trị đo\""),
            GateOn { text } => format!("\"{text}\": write \"Chỉ số\" (index) or \"Giá trị đo\" (measure)"),
            UnknownField { text } if vi => format!("không biết mục \"{text}\""),
            UnknownField { text } => format!("unknown field \"{text}\""),
            RepeatedField if vi => "mục này có hai lần".into(),
            RepeatedField => "this field appears twice".into(),
            MissingField { field } if vi => format!("thiếu mục \"{}\"", field.text(Lang::Vi)),
            MissingField { field } => format!("the field \"{}\" ({}) is missing", field.text(Lang::Vi), field.text(Lang::En)),
            EnglishWithoutVietnamese if vi => "có bản tiếng Anh nhưng thiếu bản tiếng Việt".into(),
            EnglishWithoutVietnamese => "an English text without its Vietnamese".into(),
            NoteWithoutSource if vi => "có ghi chú nguồn nhưng chưa ghi nguồn".into(),
            NoteWithoutSource => "a provenance note without a provenance".into(),
            ExplainWithoutEvidence if vi => "bắt buộc giải trình khi thiếu tài liệu, nhưng chưa ghi tài liệu kiểm chứng".into(),
            ExplainWithoutEvidence => "explanation required without evidence, but no evidence is named".into(),
            BlockWithoutCap { penalty: false } if vi => "có điểm thưởng nhưng trang Thông tin chưa ghi \"Điểm thưởng tối đa\"".into(),
            BlockWithoutCap { penalty: true } if vi => "có điểm trừ nhưng trang Thông tin chưa ghi \"Điểm trừ tối đa\"".into(),
            BlockWithoutCap { penalty: false } => "bonus rows, but the information sheet gives no \"Điểm thưởng tối đa\" (bonus cap)".into(),
            BlockWithoutCap { penalty: true } => "penalty rows, but the information sheet gives no \"Điểm trừ tối đa\" (penalty cap)".into(),
            RepeatedBlock if vi => "khối này đã mở ở dòng trên".into(),
            RepeatedBlock => "this block was already opened above".into(),
            StrayRow if vi => "dòng này không thuộc bảng nào (mục, xếp loại hay điều kiện)".into(),
            StrayRow => "this row belongs to no table (fields, bands or gates)".into(),
            CodesDoNotNest { code } if vi => format!("mã {code} không nằm trong mã của mục cha, nên bảng không giữ được cây tiêu chí"),
            CodesDoNotNest { code } => format!("the code {code} does not extend its parent's code, so a table cannot keep the tree"),
            LevelIdNotWritable { id } if vi => format!("mã mức \"{id}\" có dấu phẩy, chấm phẩy hoặc khoảng trắng ở đầu/cuối"),
            LevelIdNotWritable { id } => format!("the level id \"{id}\" holds a comma, a semicolon or surrounding spaces"),
            Write { reason } if vi => format!("không ghi được tệp: {reason}"),
            Write { reason } => format!("could not write the file: {reason}"),
            Invalid { error, .. } if vi => {
                format!("bộ tiêu chí không hợp lệ ({}): {}", error.location_in(Lang::Vi), error.message_in(Lang::Vi))
            }
            Invalid { error, .. } => {
                format!("the set is not valid ({}): {}", error.location_in(Lang::En), error.message_in(Lang::En))
            }
            ReadAsWindows1258 if vi => "tệp CSV không phải UTF-8: đã đọc theo bảng mã Windows-1258 (tiếng Việt trên Windows); hãy kiểm tra dấu tiếng Việt".into(),
            ReadAsWindows1258 => "the CSV file is not UTF-8: it was read as Windows-1258 (Vietnamese Windows); check the Vietnamese letters".into(),
            ReadAsUtf16 if vi => "tệp CSV ở dạng UTF-16 (\"Unicode Text\" của Excel): đã đọc theo UTF-16".into(),
            ReadAsUtf16 => "the CSV file is UTF-16 (Excel's \"Unicode Text\"): it was read as such".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn located_in_both_languages() {
        let p = SheetProblem::at(SheetName::Criteria, 7, 4, Some(Column::Rule), Problem::Required);
        assert_eq!(p.text(Lang::Vi), "Tiêu chí, dòng 7, cột E (Cách chấm): không được để trống");
        assert_eq!(p.text(Lang::En), "Tiêu chí (criteria), row 7, column E (Scoring): must not be empty");
        assert_eq!(column_letter(26), "AA");
    }
}
