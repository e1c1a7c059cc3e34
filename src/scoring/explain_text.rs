//! The words of [`super::explain`] and [`super::insights`]: what a rule says, the steps of its
//! arithmetic and the total, in Vietnamese and English. Numbers are formatted here, in the
//! language's own way (91,14 / 91.14); texts from the criteria set arrive already in the
//! user's language.

use crate::decimal::{Decimal, Rounding};
use crate::i18n::Bilingual;
use crate::Lang;

/// One phrase of an explanation, with the figures it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said<'a> {
    /// "3 điểm" / "3 points", "1 point".
    Points(Decimal),
    /// The line of a ratio rule whose denominator is 0.
    NothingCounted,
    PassDefault,
    FailDefault,
    Proportional {
        max: Decimal,
        rounding: Rounding,
        places: u32,
    },
    /// `what` is the fault's name in the set, if it gives one.
    Deduction {
        max: Decimal,
        per_fault: Decimal,
        what: Option<&'a str>,
    },
    PerCount {
        per_item: Decimal,
        what: Option<&'a str>,
        max: Decimal,
    },
    Manual {
        max: Decimal,
        step: Option<Decimal>,
    },
    Survey {
        max: Decimal,
    },
    SurveyPercent {
        max: Decimal,
        places: u32,
    },
    Index,
    NotAnswered,
    CannotBeScored,
    Chosen,
    /// "87% thuộc khoảng từ 70% đến dưới 90% → 1 điểm"; `range` as [`crate::interval`] says it.
    InBand {
        percent: Decimal,
        range: &'a str,
        points: Decimal,
    },
    NothingToCount,
    Faults,
    BelowZero,
    Count,
    AboveMaximum {
        max: Decimal,
    },
    PointsGiven,
    SurveyResult,
    SurveyPoints(Decimal),
    SurveyUnknown,
    Rescaled {
        scale: Decimal,
        self_assessed: Decimal,
        max: Decimal,
        rescaled: Decimal,
    },
    Total {
        self_assessed: Decimal,
        survey: Decimal,
        bonus: Decimal,
        penalty: Decimal,
        total: Decimal,
    },
    BonusCapped,
    PenaltyCapped,
    IsIn,
    Gate,
    AtMost,
    Undecided,
    NotAnsweredYet,
    /// A pass/fail answer in a next step.
    Met(bool),
    CountField,
    PointsField,
    LevelField,
}

impl Bilingual for Said<'_> {
    fn vi(&self) -> String {
        use Said::*;
        let n = |d: &Decimal| Lang::Vi.number(*d);
        let p = |d: &Decimal| format!("{} điểm", n(d));
        match self {
            Points(d) => p(d),
            NothingCounted => "Không phát sinh (mẫu số bằng 0)".into(),
            PassDefault => "Đạt yêu cầu".into(),
            FailDefault => "Không đạt".into(),
            Proportional { max, rounding, places } => {
                let rounding = match rounding {
                    Rounding::HalfUp => "làm tròn",
                    Rounding::Down => "làm tròn xuống",
                    Rounding::Up => "làm tròn lên",
                };
                format!("Điểm = tỷ lệ × {} ({rounding} đến {places} chữ số thập phân)", p(max))
            }
            Deduction { max, per_fault, what } => {
                format!("{}, trừ {} cho {}, thấp nhất 0 điểm", p(max), p(per_fault), what.unwrap_or("mỗi lỗi"))
            }
            PerCount { per_item, what, max } => {
                format!("{} cho {}, tối đa {}", p(per_item), what.unwrap_or("mỗi trường hợp"), p(max))
            }
            Manual { max, step: Some(step) } => {
                format!("Tự chấm từ 0 đến {}, theo bước {}, kèm lý do", p(max), n(step))
            }
            Manual { max, step: None } => format!("Tự chấm từ 0 đến {}, kèm lý do", p(max)),
            Survey { max } => format!("Điểm điều tra xã hội học (tối đa {}), do cơ quan có thẩm quyền chấm", p(max)),
            SurveyPercent { max, places } => format!(
                "Kết quả điều tra xã hội học theo tỷ lệ %: điểm = {} × tỷ lệ / 100, làm tròn {places} chữ số thập phân",
                n(max)
            ),
            Index => "Chỉ số".into(),
            NotAnswered => "Chưa trả lời: 0 điểm, chưa tính là đã chấm".into(),
            CannotBeScored => "Không chấm được".into(),
            Chosen => "Mức đã chọn".into(),
            InBand { percent, range, points } => format!("{}% thuộc khoảng {range} → {}", n(percent), p(points)),
            NothingToCount => "Không phát sinh trường hợp nào (mẫu số bằng 0)".into(),
            Faults => "Số lỗi".into(),
            BelowZero => "Kết quả âm, lấy 0 điểm (không trừ quá số điểm tối đa)".into(),
            Count => "Số trường hợp".into(),
            AboveMaximum { max } => format!("Vượt mức tối đa, lấy {}", p(max)),
            PointsGiven => "Điểm tự chấm".into(),
            SurveyResult => "Kết quả điều tra".into(),
            SurveyPoints(points) => format!("Điểm điều tra xã hội học: {}", p(points)),
            SurveyUnknown => "Chưa có kết quả điều tra xã hội học".into(),
            Rescaled { scale, self_assessed, max, rescaled } => format!(
                "Không có điều tra XHH: điểm tự đánh giá quy về thang {}: {} × {} / {} = {}",
                n(scale),
                n(self_assessed),
                n(scale),
                n(max),
                n(rescaled)
            ),
            Total { self_assessed, survey, bonus, penalty, total } => format!(
                "Tổng = tự đánh giá {} + điều tra XHH {} + điểm thưởng {} − điểm trừ {} = {}",
                n(self_assessed),
                n(survey),
                n(bonus),
                n(penalty),
                p(total)
            ),
            BonusCapped => "Điểm thưởng bị giới hạn:".into(),
            PenaltyCapped => "Điểm trừ bị giới hạn:".into(),
            IsIn => "thuộc khoảng".into(),
            Gate => "Điều kiện".into(),
            AtMost => "tối đa".into(),
            Undecided => "Chưa xác định".into(),
            NotAnsweredYet => "thiếu dữ liệu".into(),
            Met(true) => "đạt".into(),
            Met(false) => "không đạt".into(),
            CountField => "Số lượng".into(),
            PointsField => "Điểm".into(),
            LevelField => "Mức".into(),
        }
    }

    fn en(&self) -> String {
        use Said::*;
        let n = |d: &Decimal| Lang::En.number(*d);
        let p = |d: &Decimal| format!("{} {}", n(d), if *d == Decimal::ONE { "point" } else { "points" });
        match self {
            Points(d) => p(d),
            NothingCounted => "Nothing to count (denominator 0)".into(),
            PassDefault => "Meets the requirement".into(),
            FailDefault => "Does not meet it".into(),
            Proportional { max, rounding, places } => {
                let rounding = match rounding {
                    Rounding::HalfUp => "rounded half up",
                    Rounding::Down => "rounded down",
                    Rounding::Up => "rounded up",
                };
                format!("Points = ratio × {} ({rounding} to {places} decimal places)", p(max))
            }
            Deduction { max, per_fault, what } => {
                format!("{}, less {} for {}, never below 0", p(max), p(per_fault), what.unwrap_or("each fault"))
            }
            PerCount { per_item, what, max } => {
                format!("{} for {}, at most {}", p(per_item), what.unwrap_or("each case"), p(max))
            }
            Manual { max, step: Some(step) } => {
                format!("Points from 0 to {} in steps of {}, with a justification", n(max), n(step))
            }
            Manual { max, step: None } => format!("Points from 0 to {}, with a justification", n(max)),
            Survey { max } => format!("Sociological survey points (at most {}), entered by the authority", n(max)),
            SurveyPercent { max, places } => format!(
                "Sociological survey result as a percent: points = {} × percent / 100, rounded to {places} places",
                n(max)
            ),
            Index => "Index".into(),
            NotAnswered => "Not answered: 0 points, counted as unanswered".into(),
            CannotBeScored => "Cannot be scored".into(),
            Chosen => "Chosen".into(),
            InBand { percent, range, points } => format!("{}% is in {range} → {}", n(percent), p(points)),
            NothingToCount => "Nothing to count (denominator 0)".into(),
            Faults => "Faults".into(),
            BelowZero => "Below 0, so 0 points (a deduction never goes below 0)".into(),
            Count => "Count".into(),
            AboveMaximum { max } => format!("Above the maximum, so {}", p(max)),
            PointsGiven => "Points given".into(),
            SurveyResult => "Survey result".into(),
            SurveyPoints(points) => format!("Survey points: {}", p(points)),
            SurveyUnknown => "Survey result not known yet".into(),
            Rescaled { scale, self_assessed, max, rescaled } => format!(
                "No survey: self-assessed points rescaled to {}: {} × {} / {} = {}",
                n(scale),
                n(self_assessed),
                n(scale),
                n(max),
                n(rescaled)
            ),
            Total { self_assessed, survey, bonus, penalty, total } => format!(
                "Total = self-assessed {} + survey {} + bonus {} − penalty {} = {}",
                n(self_assessed),
                n(survey),
                n(bonus),
                n(penalty),
                p(total)
            ),
            BonusCapped => "Bonus capped:".into(),
            PenaltyCapped => "Penalty capped:".into(),
            IsIn => "is in".into(),
            Gate => "Gate".into(),
            AtMost => "at most".into(),
            Undecided => "Undecided".into(),
            NotAnsweredYet => "its input is not answered yet".into(),
            Met(true) => "met".into(),
            Met(false) => "not met".into(),
            CountField => "Count".into(),
            PointsField => "Points".into(),
            LevelField => "Level".into(),
        }
    }
}
