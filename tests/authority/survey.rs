//! Survey results: points or a percent of the item's maximum, every error located.

use parscore::authority::final_result;
use parscore::authority::results::final_draft;
use parscore::authority::survey::{parse_value, SurveyValue};
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
fn points_with_either_decimal_mark_are_read() {
    let set = teaching_set();
    let results = import("Mã đơn vị;Mã tiêu chí;Giá trị\nSA;4.1;8,5\nSA;4.2;8.75\nSB;4.1;7.25\n", &set).unwrap();
    let sa = results.of("SA").unwrap();
    assert_eq!((sa["4.1"], sa["4.2"]), (SurveyValue::Points(d("8.5")), SurveyValue::Points(d("8.75"))));
    assert_eq!(results.missing("SB", &set), ["4.2"]);
    assert!(results.missing("SA", &set).is_empty());
}

#[test]
fn a_percent_is_refused_where_the_set_takes_points() {
    let set = teaching_set();
    assert_eq!(
        import("Mã đơn vị;Mã tiêu chí;Giá trị\nSA;4.2;87,5%\n", &set).unwrap_err(),
        ["dòng 2, cột C (Giá trị): mục 4.2 nhận kết quả bằng điểm; bộ tiêu chí không quy định đổi tỷ lệ % ra điểm, hãy nhập số điểm"]
    );
}

#[test]
fn where_the_set_takes_a_percent_the_core_turns_it_into_points() {
    let mut json = appraisal_and_survey_json();
    json["nodes"][1]["children"][0]["rule"] =
        serde_json::json!({ "kind": "survey", "percent": { "places": 2, "rounding": "half_up" } });
    let set = parscore::criteria::load(&json.to_string()).expect("a set whose survey gives a percent");
    // With or without "%", the value of a percent item is the percent.
    let results = import("Mã đơn vị;Mã tiêu chí;Giá trị\nSA;2.1;84,675\nSB;2.1;0,6667%\n", &set).unwrap();
    assert_eq!(results.of("SA").unwrap()["2.1"], SurveyValue::Percent(d("84.675")));
    // 84.675% of 40 = 33.87; 0.6667% of 40 = 0.26668 → 0.27 at the rule's 2 places, half up.
    let sa = final_result(&entrant(&set, "SA", "Tỉnh", "50"), Some(&results));
    let sb = final_draft(&entrant(&set, "SB", "Tỉnh", "50"), Some(&results));
    assert_eq!(sa.totals.survey, d("33.87"));
    assert_eq!(sb.answers["2.1"].percent, Some(d("0.6667")));
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
            "dòng 7, cột C (Giá trị): mục 4.2 nhận kết quả bằng điểm; bộ tiêu chí không quy định đổi tỷ lệ % ra điểm, hãy nhập số điểm",
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

/// A survey workbook as a spreadsheet writes it: numbers as numbers, a percent typed as text.
fn workbook(rows: &[(&str, &str, Option<f64>, Option<&str>)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, heading) in ["Mã đơn vị", "Mã tiêu chí", "Giá trị"].iter().enumerate() {
        sheet.write_string(0, c as u16, *heading).unwrap();
    }
    for (r, (agency, item, number, text)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, *agency).unwrap();
        sheet.write_string(r, 1, *item).unwrap();
        match (number, text) {
            (Some(n), _) => sheet.write_number(r, 2, *n).map(|_| ()).unwrap(),
            (None, Some(t)) => sheet.write_string(r, 2, *t).map(|_| ()).unwrap(),
            (None, None) => {}
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_workbook_is_read_like_csv_with_the_same_located_errors() {
    let set = teaching_set();
    let known = |code: &str| (code == "SA").then_some(&set);
    let good = workbook(&[("SA", "4.1", Some(8.75), None), ("SA", "4.2", None, Some("9"))]);
    let results = SurveyResults::from_xlsx(&good, known).unwrap();
    let sa = results.of("SA").unwrap();
    assert_eq!((sa["4.1"], sa["4.2"]), (SurveyValue::Points(d("8.75")), SurveyValue::Points(d("9"))));
    let bad = workbook(&[("SA", "4.1", Some(10.5), None), ("SA", "4.2", None, None)]);
    let errors: Vec<String> =
        SurveyResults::from_xlsx(&bad, known).unwrap_err().iter().map(|e| e.text(Lang::En)).collect();
    assert_eq!(
        errors,
        ["row 2, column C (Giá trị): 10.5 points is outside [0, 10]", "row 3, column C (Giá trị): empty cell"]
    );
    let not_a_workbook = SurveyResults::from_xlsx(b"Agency,Item,Value\n", known).unwrap_err();
    assert!(not_a_workbook[0].text(Lang::Vi).starts_with("dòng 1: tệp không phải bảng tính XLSX"));
}
