//! What can be wrong with an answer, located by node code, in both languages.

use crate::answers::InputField;
use crate::decimal::Decimal;
use crate::i18n::{tf, Msg};
use crate::Lang;

/// An answer that cannot be scored as given. The item scores 0 and counts as unanswered until
/// it is corrected; the typed values stay in the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerProblem {
    /// The draft answers a code the criteria set does not have.
    UnknownCode {
        code: String,
    },
    /// An input that this item's rule does not take.
    FieldNotApplicable {
        code: String,
        field: InputField,
        /// The inputs the rule takes.
        expected: &'static [InputField],
    },
    /// A required input is missing while others are filled (a numerator without denominator).
    Missing {
        code: String,
        field: InputField,
    },
    UnknownLevel {
        code: String,
        level: String,
    },
    Negative {
        code: String,
        field: InputField,
        value: i64,
    },
    NumeratorAboveDenominator {
        code: String,
        numerator: i64,
        denominator: i64,
    },
    /// Nothing counted (denominator 0) and the rule says nothing about that case.
    ZeroDenominator {
        code: String,
    },
    PercentOutOfRange {
        code: String,
        percent: Decimal,
    },
    PointsOutOfRange {
        code: String,
        points: Decimal,
        max: Decimal,
    },
    PointsOffStep {
        code: String,
        points: Decimal,
        step: Decimal,
    },
    JustificationMissing {
        code: String,
    },
}

impl AnswerProblem {
    /// The node code the problem is about.
    pub fn code(&self) -> &str {
        use AnswerProblem::*;
        match self {
            UnknownCode { code }
            | FieldNotApplicable { code, .. }
            | Missing { code, .. }
            | UnknownLevel { code, .. }
            | Negative { code, .. }
            | NumeratorAboveDenominator { code, .. }
            | ZeroDenominator { code }
            | PercentOutOfRange { code, .. }
            | PointsOutOfRange { code, .. }
            | PointsOffStep { code, .. }
            | JustificationMissing { code } => code,
        }
    }

    /// The input field the problem is about, for showing it next to that field.
    pub fn field(&self) -> Option<InputField> {
        use AnswerProblem::*;
        match self {
            FieldNotApplicable { field, .. } | Missing { field, .. } | Negative { field, .. } => Some(*field),
            UnknownLevel { .. } => Some(InputField::Level),
            NumeratorAboveDenominator { .. } => Some(InputField::Numerator),
            ZeroDenominator { .. } => Some(InputField::Denominator),
            PercentOutOfRange { .. } => Some(InputField::Percent),
            PointsOutOfRange { .. } | PointsOffStep { .. } => Some(InputField::Points),
            JustificationMissing { .. } => Some(InputField::Justification),
            UnknownCode { .. } => None,
        }
    }

    /// The message without the code, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use AnswerProblem::*;
        let n = |d: &Decimal| lang.number(*d);
        match (self, lang) {
            (UnknownCode { .. }, Lang::Vi) => "bộ tiêu chí không có mã này".into(),
            (UnknownCode { .. }, Lang::En) => "the criteria set has no such code".into(),
            (FieldNotApplicable { field, expected, .. }, Lang::Vi) => {
                format!("tiêu chí này không nhập {} (chỉ nhập {})", field.label(lang), labels(expected, lang))
            }
            (FieldNotApplicable { field, expected, .. }, Lang::En) => {
                format!("this item takes no {} (only {})", field.label(lang), labels(expected, lang))
            }
            (Missing { field, .. }, Lang::Vi) => format!("còn thiếu {}", field.label(lang)),
            (Missing { field, .. }, Lang::En) => format!("the {} is missing", field.label(lang)),
            (UnknownLevel { level, .. }, Lang::Vi) => format!("mức \"{level}\" không có trong thang điểm"),
            (UnknownLevel { level, .. }, Lang::En) => format!("\"{level}\" is not one of this item's levels"),
            (Negative { field, value, .. }, Lang::Vi) => format!("{} không được âm ({value})", field.label(lang)),
            (Negative { field, value, .. }, Lang::En) => {
                format!("the {} cannot be negative ({value})", field.label(lang))
            }
            (NumeratorAboveDenominator { numerator, denominator, .. }, Lang::Vi) => {
                format!("tử số {numerator} lớn hơn mẫu số {denominator}")
            }
            (NumeratorAboveDenominator { numerator, denominator, .. }, Lang::En) => {
                format!("the numerator {numerator} is above the denominator {denominator}")
            }
            (ZeroDenominator { .. }, Lang::Vi) => "mẫu số bằng 0: không có gì để tính tỷ lệ".into(),
            (ZeroDenominator { .. }, Lang::En) => "the denominator is 0: there is nothing to take a ratio of".into(),
            (PercentOutOfRange { percent, .. }, Lang::Vi) => format!("tỷ lệ {}% nằm ngoài khoảng 0–100%", n(percent)),
            (PercentOutOfRange { percent, .. }, Lang::En) => format!("{}% is outside 0–100%", n(percent)),
            (PointsOutOfRange { points, max, .. }, Lang::Vi) => {
                format!("{} điểm nằm ngoài khoảng 0–{} điểm", n(points), n(max))
            }
            (PointsOutOfRange { points, max, .. }, Lang::En) => format!("{} points is outside 0–{}", n(points), n(max)),
            (PointsOffStep { points, step, .. }, Lang::Vi) => {
                format!("{} điểm không phải bội số của {}", n(points), n(step))
            }
            (PointsOffStep { points, step, .. }, Lang::En) => {
                format!("{} points is not a multiple of {}", n(points), n(step))
            }
            (JustificationMissing { .. }, Lang::Vi) => "cần ghi lý do cho số điểm tự chấm".into(),
            (JustificationMissing { .. }, Lang::En) => "a justification is required for manual points".into(),
        }
    }

    /// "1.1.4: …", as the command line prints it.
    pub fn located(&self, lang: Lang) -> String {
        format!("{}: {}", self.code(), self.message(lang))
    }
}

/// "tử số và mẫu số" / "numerator and denominator": the inputs a rule takes, as the screens name
/// them.
fn labels(fields: &[InputField], lang: Lang) -> String {
    match fields {
        [one] => one.label(lang).to_string(),
        [first, second] => tf(lang, Msg::FieldsBoth, &[first.label(lang), second.label(lang)]),
        more => more.iter().map(|f| f.label(lang)).collect::<Vec<_>>().join(", "),
    }
}
