//! Every problem validation finds in a criteria file, said in Vietnamese (with the words of the
//! official tables: lĩnh vực, tiêu chí, điểm tối đa, thang điểm, khoảng, xếp loại) and English.

use crate::decimal::Decimal;
use crate::i18n::Bilingual;
use crate::json_error::JsonError;
use crate::Lang;

/// What is wrong at one place of a criteria file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CriteriaProblem {
    /// The file is not JSON, or not the shape of a criteria file.
    Json(JsonError),
    /// A JSON number with a fraction, which canonical JSON (and so the set's hash) refuses.
    NumberNotInteger {
        number: String,
    },
    FormatMismatch {
        expected: String,
        found: String,
    },
    BadSetId {
        id: String,
    },
    Empty,
    BadDate {
        date: String,
    },
    NotPositive,
    TooManyPlaces {
        places: u32,
    },
    VerifiedWithoutSource,
    BadCode {
        code: String,
    },
    RepeatedCode {
        code: String,
        first: String,
    },
    MaxNotPositive {
        max: Decimal,
    },
    ChildrenAndRule,
    LeafWithoutRule,
    EvidenceOnGroup,
    EmptyGroup,
    ChildrenSum {
        sum: Decimal,
        max: Decimal,
    },
    NoAreas,
    AreasSum {
        sum: Decimal,
        scale: Decimal,
    },
    EmptyAdjustment,
    AdjustmentItemWithChildren,
    PointsBelowZero {
        points: Decimal,
    },
    PointsAboveMax {
        points: Decimal,
        max: Decimal,
    },
    TooFewLevels,
    /// An id that an earlier entry of the same list (`first`, like `levels[0]`) has.
    RepeatedId {
        id: String,
        first: String,
    },
    StepNotDivisor {
        max: Decimal,
        step: Decimal,
    },
    SurveyOutsideMain,
    PlacesTooFewForMax {
        max: Decimal,
        places: u32,
    },
    BestBelowMax {
        best: Decimal,
        code: String,
        max: Decimal,
    },
    UnnamedMeasure,
    NoBands,
    BandsNotBestFirst,
    UnknownBand {
        id: String,
    },
    EmptyInterval {
        interval: String,
    },
    IntervalOutside {
        interval: String,
    },
    BandsOverlap {
        value: Decimal,
        first: usize,
        second: usize,
    },
    /// A value or stretch of [0, 100] that no band covers.
    NotCovered {
        gap: String,
    },
    UnknownCode {
        code: String,
    },
    MeasureOrIndex,
    MeasuresNothing {
        code: String,
    },
}

impl Bilingual for CriteriaProblem {
    fn vi(&self) -> String {
        let n = |d: &Decimal| Lang::Vi.number(*d);
        match self {
            CriteriaProblem::Json(e) => e.problem.text(Lang::Vi),
            CriteriaProblem::NumberNotInteger { number } => {
                format!("số {number} không phải số nguyên; hãy viết số thập phân trong ngoặc kép (\"0.25\")")
            }
            CriteriaProblem::FormatMismatch { expected, found } => format!("cần \"{expected}\", gặp \"{found}\""),
            CriteriaProblem::BadSetId { id } => {
                format!("\"{id}\" chỉ được gồm chữ thường không dấu, chữ số và dấu '-'")
            }
            CriteriaProblem::Empty => "không được để trống".into(),
            CriteriaProblem::BadDate { date } => {
                format!("\"{date}\" không phải ngày dạng 2017-12-28 (hoặc chỉ năm, như 2013)")
            }
            CriteriaProblem::NotPositive => "phải lớn hơn 0".into(),
            CriteriaProblem::TooManyPlaces { places } => format!("tối đa {places} chữ số thập phân"),
            CriteriaProblem::VerifiedWithoutSource => {
                "tiêu chí ghi là đã đối chiếu với văn bản thì phải nêu nguồn".into()
            }
            CriteriaProblem::BadCode { code } => {
                format!("mã \"{code}\" chỉ được gồm chữ, chữ số và dấu chấm, như 1.1.4")
            }
            CriteriaProblem::RepeatedCode { code, first } => format!("mã {code} bị trùng (đã có tại {first})"),
            CriteriaProblem::MaxNotPositive { max } => format!("điểm tối đa phải lớn hơn 0, đang là {}", n(max)),
            CriteriaProblem::ChildrenAndRule => {
                "một tiêu chí hoặc có tiêu chí con, hoặc có thang điểm, không được có cả hai".into()
            }
            CriteriaProblem::LeafWithoutRule => {
                "tiêu chí không có tiêu chí con thì cần thang điểm (hoặc hãy thêm tiêu chí con)".into()
            }
            CriteriaProblem::EvidenceOnGroup => {
                "tài liệu kiểm chứng ghi ở tiêu chí thành phần, không ghi ở nhóm tiêu chí".into()
            }
            CriteriaProblem::EmptyGroup => "nhóm tiêu chí cần ít nhất một tiêu chí con".into(),
            CriteriaProblem::ChildrenSum { sum, max } => {
                format!("điểm tối đa của các tiêu chí con cộng lại là {}, không phải {}", n(sum), n(max))
            }
            CriteriaProblem::NoAreas => "bộ tiêu chí cần ít nhất một lĩnh vực".into(),
            CriteriaProblem::AreasSum { sum, scale } => format!(
                "điểm tối đa của các lĩnh vực cộng lại là {}, không bằng tổng điểm {} của bộ tiêu chí",
                n(sum),
                n(scale)
            ),
            CriteriaProblem::EmptyAdjustment => "cần ít nhất một mục (hoặc bỏ hẳn phần này)".into(),
            CriteriaProblem::AdjustmentItemWithChildren => {
                "mục điểm thưởng, điểm trừ là tiêu chí thành phần: ghi thang điểm, không ghi tiêu chí con".into()
            }
            CriteriaProblem::PointsBelowZero { points } => format!("{} điểm là nhỏ hơn 0", n(points)),
            CriteriaProblem::PointsAboveMax { points, max } => {
                format!("{} điểm vượt điểm tối đa {} của tiêu chí", n(points), n(max))
            }
            CriteriaProblem::TooFewLevels => "thang điểm theo mức cần ít nhất hai mức".into(),
            CriteriaProblem::RepeatedId { id, first } => format!("\"{id}\" trùng với {first}"),
            CriteriaProblem::StepNotDivisor { max, step } => {
                format!("điểm tối đa {} không chia hết cho bước chấm {}", n(max), n(step))
            }
            CriteriaProblem::SurveyOutsideMain => {
                "tiêu chí điều tra xã hội học thuộc các lĩnh vực chính, không thuộc phần điểm thưởng hay điểm trừ"
                    .into()
            }
            CriteriaProblem::PlacesTooFewForMax { max, places } => format!(
                "điểm tối đa {} có nhiều hơn {places} chữ số thập phân, nên khi làm tròn điểm có thể vượt quá nó",
                n(max)
            ),
            CriteriaProblem::BestBelowMax { best, code, max } => format!(
                "kết quả tốt nhất chỉ được {} điểm, nên {code} không bao giờ đạt điểm tối đa {}",
                n(best),
                n(max)
            ),
            CriteriaProblem::UnnamedMeasure => "hãy ghi tên đại lượng được đo (nhãn không được để trống)".into(),
            CriteriaProblem::NoBands => "bộ tiêu chí cần các mức xếp loại".into(),
            CriteriaProblem::BandsNotBestFirst => "liệt kê các mức xếp loại từ cao xuống thấp".into(),
            CriteriaProblem::UnknownBand { id } => format!("không có mức xếp loại nào có mã \"{id}\""),
            CriteriaProblem::EmptyInterval { interval } => format!("khoảng {interval} không chứa giá trị nào"),
            CriteriaProblem::IntervalOutside { interval } => format!("khoảng {interval} vượt ra ngoài [0, 100]"),
            CriteriaProblem::BandsOverlap { value, first, second } => {
                format!("{} thuộc cả hai khoảng bands[{first}] và bands[{second}]", n(value))
            }
            CriteriaProblem::NotCovered { gap } => format!("{gap} không thuộc khoảng nào"),
            CriteriaProblem::UnknownCode { code } => format!("không có tiêu chí nào có mã {code}"),
            CriteriaProblem::MeasureOrIndex => "ghi đúng một trong hai: \"measure\" hoặc \"index\"".into(),
            CriteriaProblem::MeasuresNothing { code } => format!(
                "{code} không đo đại lượng nào: hãy dùng tiêu chí thành phần chấm theo khoảng (bands), theo tỷ lệ \
                 (proportional), trừ điểm theo lỗi (deduction) hoặc theo số lượng (per_count), tiêu chí điều tra \
                 có tỷ lệ phần trăm, hoặc \"index\""
            ),
        }
    }
    fn en(&self) -> String {
        let n = |d: &Decimal| Lang::En.number(*d);
        match self {
            CriteriaProblem::Json(e) => e.problem.text(Lang::En),
            CriteriaProblem::NumberNotInteger { number } => {
                format!("the number {number} is not an integer; write decimals as strings (\"0.25\")")
            }
            CriteriaProblem::FormatMismatch { expected, found } => {
                format!("expected \"{expected}\", found \"{found}\"")
            }
            CriteriaProblem::BadSetId { id } => format!("\"{id}\" must be lowercase letters, digits and '-'"),
            CriteriaProblem::Empty => "must not be empty".into(),
            CriteriaProblem::BadDate { date } => {
                format!("\"{date}\" is not a date like 2017-12-28 (or a year alone, like 2013)")
            }
            CriteriaProblem::NotPositive => "must be above 0".into(),
            CriteriaProblem::TooManyPlaces { places } => format!("at most {places} decimal places"),
            CriteriaProblem::VerifiedWithoutSource => "a verified node must name its source".into(),
            CriteriaProblem::BadCode { code } => format!("\"{code}\" must be letters, digits and dots, like 1.1.4"),
            CriteriaProblem::RepeatedCode { code, first } => format!("code {code} repeats (first at {first})"),
            CriteriaProblem::MaxNotPositive { max } => format!("must be above 0, found {}", n(max)),
            CriteriaProblem::ChildrenAndRule => "a node has either children or a rule, not both".into(),
            CriteriaProblem::LeafWithoutRule => "a leaf needs a rule (or give the node children)".into(),
            CriteriaProblem::EvidenceOnGroup => "evidence belongs on leaves, not on groups".into(),
            CriteriaProblem::EmptyGroup => "a group needs at least one child".into(),
            CriteriaProblem::ChildrenSum { sum, max } => {
                format!("the children's maxima sum to {}, not {}", n(sum), n(max))
            }
            CriteriaProblem::NoAreas => "a criteria set needs at least one area".into(),
            CriteriaProblem::AreasSum { sum, scale } => {
                format!("the areas' maxima sum to {}, not the scale {}", n(sum), n(scale))
            }
            CriteriaProblem::EmptyAdjustment => "needs at least one item (or leave the block out)".into(),
            CriteriaProblem::AdjustmentItemWithChildren => {
                "bonus and penalty items are leaves: give a rule, not children".into()
            }
            CriteriaProblem::PointsBelowZero { points } => format!("{} points is below 0", n(points)),
            CriteriaProblem::PointsAboveMax { points, max } => {
                format!("{} points is above the node's max {}", n(points), n(max))
            }
            CriteriaProblem::TooFewLevels => "needs at least two levels".into(),
            CriteriaProblem::RepeatedId { id, first } => format!("\"{id}\" repeats {first}"),
            CriteriaProblem::StepNotDivisor { max, step } => {
                format!("the max {} is not a multiple of the step {}", n(max), n(step))
            }
            CriteriaProblem::SurveyOutsideMain => {
                "survey items belong in the main tree, not in a bonus or penalty block".into()
            }
            CriteriaProblem::PlacesTooFewForMax { max, places } => {
                format!("the max {} has more than {places} decimal places, so rounding could exceed it", n(max))
            }
            CriteriaProblem::BestBelowMax { best, code, max } => {
                format!("the best outcome gives {} points, so {code} could never reach its max {}", n(best), n(max))
            }
            CriteriaProblem::UnnamedMeasure => "name what is measured (the labels must not be empty)".into(),
            CriteriaProblem::NoBands => "a criteria set needs result bands".into(),
            CriteriaProblem::BandsNotBestFirst => "list bands best first (highest index first)".into(),
            CriteriaProblem::UnknownBand { id } => format!("no band has the id \"{id}\""),
            CriteriaProblem::EmptyInterval { interval } => format!("{interval} is empty"),
            CriteriaProblem::IntervalOutside { interval } => format!("{interval} reaches outside [0, 100]"),
            CriteriaProblem::BandsOverlap { value, first, second } => {
                format!("{} is inside both bands[{first}] and bands[{second}]", n(value))
            }
            CriteriaProblem::NotCovered { gap } => format!("{gap} is in no band"),
            CriteriaProblem::UnknownCode { code } => format!("no node has the code {code}"),
            CriteriaProblem::MeasureOrIndex => "give exactly one of \"measure\" or \"index\"".into(),
            CriteriaProblem::MeasuresNothing { code } => format!(
                "{code} measures nothing: use a leaf with a bands, proportional, deduction or per_count rule, a \
                 survey item with a percent, or \"index\""
            ),
        }
    }
}
