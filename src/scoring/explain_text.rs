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
        self.say(Lang::Vi)
    }

    fn en(&self) -> String {
        self.say(Lang::En)
    }
}

impl Said<'_> {
    /// The phrase in `lang`. Each phrase takes its figures once and gives its two wordings side by
    /// side, Vietnamese first.
    fn say(&self, lang: Lang) -> String {
        use Said::*;
        let vi = lang == Lang::Vi;
        let pick = |vi_text: &str, en_text: &str| if vi { vi_text } else { en_text }.to_string();
        let n = |d: &Decimal| lang.number(*d);
        let p = |d: &Decimal| match lang {
            Lang::Vi => format!("{} điểm", n(d)),
            Lang::En => format!("{} {}", n(d), if *d == Decimal::ONE { "point" } else { "points" }),
        };
        match self {
            Points(d) => p(d),
            NothingCounted => pick("Không phát sinh (mẫu số bằng 0)", "Nothing to count (denominator 0)"),
            PassDefault => pick("Đạt yêu cầu", "Meets the requirement"),
            FailDefault => pick("Không đạt", "Does not meet it"),
            Proportional { max, rounding, places } => {
                let (max, rounding) = (p(max), rounding_said(*rounding, lang));
                match lang {
                    Lang::Vi => format!("Điểm = tỷ lệ × {max} ({rounding} đến {places} chữ số thập phân)"),
                    Lang::En => format!("Points = ratio × {max} ({rounding} to {places} decimal places)"),
                }
            }
            Deduction { max, per_fault, what } => {
                let (max, per_fault) = (p(max), p(per_fault));
                match lang {
                    Lang::Vi => format!("{max}, trừ {per_fault} cho {}, thấp nhất 0 điểm", what.unwrap_or("mỗi lỗi")),
                    Lang::En => format!("{max}, less {per_fault} for {}, never below 0", what.unwrap_or("each fault")),
                }
            }
            PerCount { per_item, what, max } => {
                let (per_item, max) = (p(per_item), p(max));
                match lang {
                    Lang::Vi => format!("{per_item} cho {}, tối đa {max}", what.unwrap_or("mỗi trường hợp")),
                    Lang::En => format!("{per_item} for {}, at most {max}", what.unwrap_or("each case")),
                }
            }
            Manual { max, step } => match (lang, step) {
                (Lang::Vi, Some(step)) => format!("Tự chấm từ 0 đến {}, theo bước {}, kèm lý do", p(max), n(step)),
                (Lang::Vi, None) => format!("Tự chấm từ 0 đến {}, kèm lý do", p(max)),
                (Lang::En, Some(step)) => {
                    format!("Points from 0 to {} in steps of {}, with a justification", n(max), n(step))
                }
                (Lang::En, None) => format!("Points from 0 to {}, with a justification", n(max)),
            },
            Survey { max } => match lang {
                Lang::Vi => format!("Điểm điều tra xã hội học (tối đa {}), do cơ quan có thẩm quyền chấm", p(max)),
                Lang::En => format!("Sociological survey points (at most {}), entered by the authority", n(max)),
            },
            SurveyPercent { max, places } => {
                let max = n(max);
                match lang {
                    Lang::Vi => format!(
                        "Kết quả điều tra xã hội học theo tỷ lệ %: điểm = {max} × tỷ lệ / 100, làm tròn {places} chữ số thập phân"
                    ),
                    Lang::En => format!(
                        "Sociological survey result as a percent: points = {max} × percent / 100, rounded to {places} places"
                    ),
                }
            }
            Index => pick("Chỉ số", "Index"),
            NotAnswered => {
                pick("Chưa trả lời: 0 điểm, chưa tính là đã chấm", "Not answered: 0 points, counted as unanswered")
            }
            CannotBeScored => pick("Không chấm được", "Cannot be scored"),
            Chosen => pick("Mức đã chọn", "Chosen"),
            InBand { percent, range, points } => {
                let (percent, points) = (n(percent), p(points));
                match lang {
                    Lang::Vi => format!("{percent}% thuộc khoảng {range} → {points}"),
                    Lang::En => format!("{percent}% is in {range} → {points}"),
                }
            }
            NothingToCount => {
                pick("Không phát sinh trường hợp nào (mẫu số bằng 0)", "Nothing to count (denominator 0)")
            }
            Faults => pick("Số lỗi", "Faults"),
            BelowZero => pick(
                "Kết quả âm, lấy 0 điểm (không trừ quá số điểm tối đa)",
                "Below 0, so 0 points (a deduction never goes below 0)",
            ),
            Count => pick("Số trường hợp", "Count"),
            AboveMaximum { max } => match lang {
                Lang::Vi => format!("Vượt mức tối đa, lấy {}", p(max)),
                Lang::En => format!("Above the maximum, so {}", p(max)),
            },
            PointsGiven => pick("Điểm tự chấm", "Points given"),
            SurveyResult => pick("Kết quả điều tra", "Survey result"),
            SurveyPoints(points) => match lang {
                Lang::Vi => format!("Điểm điều tra xã hội học: {}", p(points)),
                Lang::En => format!("Survey points: {}", p(points)),
            },
            SurveyUnknown => pick("Chưa có kết quả điều tra xã hội học", "Survey result not known yet"),
            Rescaled { scale, self_assessed, max, rescaled } => {
                let [scale, own, max, rescaled] = [scale, self_assessed, max, rescaled].map(n);
                match lang {
                    Lang::Vi => format!(
                        "Không có điều tra XHH: điểm tự đánh giá quy về thang {scale}: {own} × {scale} / {max} = {rescaled}"
                    ),
                    Lang::En => {
                        format!("No survey: self-assessed points rescaled to {scale}: {own} × {scale} / {max} = {rescaled}")
                    }
                }
            }
            Total { self_assessed, survey, bonus, penalty, total } => {
                let [own, survey, bonus, penalty] = [self_assessed, survey, bonus, penalty].map(n);
                let total = p(total);
                match lang {
                    Lang::Vi => format!(
                        "Tổng = tự đánh giá {own} + điều tra XHH {survey} + điểm thưởng {bonus} − điểm trừ {penalty} = {total}"
                    ),
                    Lang::En => {
                        format!("Total = self-assessed {own} + survey {survey} + bonus {bonus} − penalty {penalty} = {total}")
                    }
                }
            }
            BonusCapped => pick("Điểm thưởng bị giới hạn:", "Bonus capped:"),
            PenaltyCapped => pick("Điểm trừ bị giới hạn:", "Penalty capped:"),
            IsIn => pick("thuộc khoảng", "is in"),
            Gate => pick("Điều kiện", "Gate"),
            AtMost => pick("tối đa", "at most"),
            Undecided => pick("Chưa xác định", "Undecided"),
            NotAnsweredYet => pick("thiếu dữ liệu", "its input is not answered yet"),
            Met(true) => pick("đạt", "met"),
            Met(false) => pick("không đạt", "not met"),
            CountField => pick("Số lượng", "Count"),
            PointsField => pick("Điểm", "Points"),
            LevelField => pick("Mức", "Level"),
        }
    }
}

fn rounding_said(rounding: Rounding, lang: Lang) -> &'static str {
    match (lang, rounding) {
        (Lang::Vi, Rounding::HalfUp) => "làm tròn",
        (Lang::Vi, Rounding::Down) => "làm tròn xuống",
        (Lang::Vi, Rounding::Up) => "làm tròn lên",
        (Lang::En, Rounding::HalfUp) => "rounded half up",
        (Lang::En, Rounding::Down) => "rounded down",
        (Lang::En, Rounding::Up) => "rounded up",
    }
}
