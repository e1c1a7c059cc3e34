//! Survey results: points or a percent of the item's maximum, every error located.

use parscore::authority::survey::{parse_value, points_of_percent, SurveyValue};
use parscore::authority::SurveyResults;
use parscore::criteria::CriteriaSet;
use parscore::Lang;

use crate::fixtures::*;
use crate::util::{d, signing::teaching_set};

fn import(csv: &str, set: &CriteriaSet) -> Result<SurveyResults, Vec<String>> {
    let known = |code: &str| ["SA", "SB"].contains(&code).then_some(set);
    SurveyResults::from_csv(csv.as_bytes(), known).map_err(|errors| errors.iter().map(|e| e.text(Lang::Vi)).collect())
}

#[test]
fn points_and_percents_with_either_decimal_mark_are_read() {
    let set = teaching_set();
    let results = import("Mã đơn vị;Mã tiêu chí;Giá trị\nSA;4.1;8,5\nSA;4.2;87,5%\nSB;4.1;7.25\n", &set).unwrap();
    let sa = results.of("SA").unwrap();
    // 87.5% of 10 points is 8.75.
    assert_eq!((sa["4.1"], sa["4.2"]), (d("8.5"), d("8.75")));
    assert_eq!(results.missing("SB", &set), ["4.2"]);
    assert!(results.missing("SA", &set).is_empty());
}

#[test]
fn a_percent_is_converted_with_the_sets_places_half_up() {
    let set = appraisal_and_survey_set();
    // 2/3 % of 40 = 0.2666… → 0.27 at the set's 2 places.
    assert_eq!(points_of_percent(d("0.6667"), d("40"), &set), d("0.27"));
    assert_eq!(points_of_percent(d("84.675"), d("40"), &set), d("33.87"));
    assert_eq!(parse_value(" 84,675 % "), Ok(SurveyValue::Percent(d("84.675"))));
    assert_eq!(parse_value("33,87"), Ok(SurveyValue::Points(d("33.87"))));
    assert!(parse_value("ba mươi").is_err());
}

#[test]
fn every_wrong_row_is_located_by_row_and_column() {
    let set = teaching_set();
    let csv = "Mã đơn vị;Mã tiêu chí;Giá trị\n\
               SX;4.1;5\n\
               SA;9.9;5\n\
               SA;1.1;5\n\
               SA;4.1;năm\n\
               SA;4.2;12\n\
               SB;4.2;120%\n\
               SB;4.1;;\n\
               SA;4.1;5\n\
               SA;4.1;6\n";
    assert_eq!(
        import(csv, &set).unwrap_err(),
        [
            "dòng 2, cột A (Mã đơn vị): không có đơn vị mã SX trong danh sách hoặc các tệp nhận",
            "dòng 3, cột B (Mã tiêu chí): bộ tiêu chí parscore-teaching-demo không có mục 9.9",
            "dòng 4, cột B (Mã tiêu chí): mục 1.1 không phải mục điều tra xã hội học",
            "dòng 5, cột C (Giá trị): \"năm\" không phải số (viết 12,5 hoặc 85%)",
            "dòng 6, cột C (Giá trị): 12 điểm nằm ngoài [0, 10]",
            "dòng 7, cột C (Giá trị): 120% nằm ngoài [0%, 100%]",
            "dòng 8, cột C (Giá trị): ô trống",
            "dòng 10, cột B (Mã tiêu chí): đơn vị SA, mục 4.1 đã có giá trị ở dòng 9",
        ]
    );
}

#[test]
fn missing_columns_are_all_named() {
    let errors = import("Mã đơn vị;Điểm số\nSA;5\n", &teaching_set()).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("thiếu cột Mã tiêu chí") && errors[1].contains("thiếu cột Giá trị"), "{errors:?}");
}
