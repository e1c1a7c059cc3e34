//! Errors in the user's language: every problem a criteria or draft file can have is said in
//! Vietnamese and English, and serde_json's errors reach users as those problems, not as its
//! English text.

use parscore::answers::{Draft, DraftError, DraftFileProblem};
use parscore::criteria::{self, validate::CriteriaProblem};
use parscore::i18n::Bilingual;
use parscore::json_error::{self, Expected, Found, JsonProblem};
use parscore::{Decimal, Lang};

fn dec(text: &str) -> Decimal {
    text.parse().expect("a decimal literal in the test")
}

/// One of each problem. The match below has no wildcard, so a new variant does not compile
/// until it is listed here (and so put through both languages).
fn every_criteria_problem() -> Vec<CriteriaProblem> {
    use CriteriaProblem::*;
    let s = |t: &str| t.to_string();
    let json = json_error::parse::<Draft>("{", None).expect_err("not a draft");
    let all = vec![
        Json(json),
        NumberNotInteger { number: s("1.5") },
        FormatMismatch { expected: s("parscore-criteria/1"), found: s("x") },
        BadSetId { id: s("A B") },
        Empty,
        BadDate { date: s("28/12/2017") },
        NotPositive,
        TooManyPlaces { places: 4 },
        VerifiedWithoutSource,
        BadCode { code: s("1 1") },
        RepeatedCode { code: s("1.1"), first: s("nodes[0]") },
        MaxNotPositive { max: dec("0") },
        ChildrenAndRule,
        LeafWithoutRule,
        EvidenceOnGroup,
        EmptyGroup,
        ChildrenSum { sum: dec("5.5"), max: dec("5") },
        NoAreas,
        AreasSum { sum: dec("5"), scale: dec("100") },
        EmptyAdjustment,
        AdjustmentItemWithChildren,
        PointsBelowZero { points: dec("-1") },
        PointsAboveMax { points: dec("1.5"), max: dec("1") },
        TooFewLevels,
        RepeatedId { id: s("a"), first: s("levels[0]") },
        StepNotDivisor { max: dec("1"), step: dec("0.3") },
        SurveyOutsideMain,
        PlacesTooFewForMax { max: dec("0.25"), places: 1 },
        BestBelowMax { best: dec("1.5"), code: s("1.1.4"), max: dec("2") },
        UnnamedMeasure,
        NoBands,
        BandsNotBestFirst,
        UnknownBand { id: s("kha") },
        EmptyInterval { interval: s("[5, 5)") },
        IntervalOutside { interval: s("[0, 120]") },
        BandsOverlap { value: dec("90"), first: 0, second: 1 },
        NotCovered { gap: s("[70, 80)") },
        UnknownCode { code: s("9.9") },
        MeasureOrIndex,
        MeasuresNothing { code: s("1.1.2") },
    ];
    for problem in &all {
        match problem {
            Json(_) | NumberNotInteger { .. } | FormatMismatch { .. } | BadSetId { .. } | Empty | BadDate { .. } => {}
            NotPositive | TooManyPlaces { .. } | VerifiedWithoutSource | BadCode { .. } | RepeatedCode { .. } => {}
            MaxNotPositive { .. } | ChildrenAndRule | LeafWithoutRule | EvidenceOnGroup | EmptyGroup => {}
            ChildrenSum { .. } | NoAreas | AreasSum { .. } | EmptyAdjustment | AdjustmentItemWithChildren => {}
            PointsBelowZero { .. } | PointsAboveMax { .. } | TooFewLevels | RepeatedId { .. } => {}
            StepNotDivisor { .. } | SurveyOutsideMain | PlacesTooFewForMax { .. } | BestBelowMax { .. } => {}
            UnnamedMeasure | NoBands | BandsNotBestFirst | UnknownBand { .. } | EmptyInterval { .. } => {}
            IntervalOutside { .. } | BandsOverlap { .. } | NotCovered { .. } | UnknownCode { .. } => {}
            MeasureOrIndex | MeasuresNothing { .. } => {}
        }
    }
    all
}

fn assert_said_in_both(vi: &str, en: &str, what: &str) {
    assert!(!vi.trim().is_empty() && !en.trim().is_empty(), "{what}: empty text");
    assert_ne!(vi, en, "{what}: the same text in both languages");
}

#[test]
fn every_criteria_problem_is_said_in_both_languages() {
    let all = every_criteria_problem();
    assert_eq!(all.len(), 40);
    for problem in all {
        assert_said_in_both(&problem.text(Lang::Vi), &problem.text(Lang::En), &format!("{problem:?}"));
    }
}

#[test]
fn every_json_problem_is_said_in_both_languages() {
    for problem in JsonProblem::samples() {
        assert_said_in_both(&problem.text(Lang::Vi), &problem.text(Lang::En), &format!("{problem:?}"));
    }
}

#[test]
fn every_draft_problem_is_said_in_both_languages() {
    let json = json_error::parse::<Draft>("[]", None).expect_err("not a draft");
    let problems = [
        DraftFileProblem::Json(Box::new(json)),
        DraftFileProblem::ScoreFile,
        DraftFileProblem::Format { found: "parscore-criteria/1".into() },
        DraftFileProblem::OtherSet { draft_set: "a".into(), given_set: "b".into() },
    ];
    for problem in problems {
        let error = DraftError { location: "format".into(), problem };
        assert_said_in_both(&error.message(Lang::Vi), &error.message(Lang::En), &format!("{error:?}"));
    }
}

/// serde_json's real errors, read back as problems and said in both languages.
#[test]
fn serde_errors_become_problems() {
    // Syntax is read as any JSON value; the rest as a draft, whose members are known.
    let read = |json: &str| match json_error::parse_value(json) {
        Err(syntax) => syntax,
        Ok(_) => json_error::parse::<Draft>(json, None).expect_err(json),
    };
    let cases: [(&str, JsonProblem, &str, &str); 8] = [
        ("", JsonProblem::EndOfFile(json_error::Unclosed::Value), "dòng 1, cột 0", "EOF while parsing a value"),
        ("{\"format\": ", JsonProblem::EndOfFile(json_error::Unclosed::Value), "dòng 1, cột 11", "EOF"),
        ("{} x", JsonProblem::TrailingCharacters, "dòng 1, cột 4", "trailing characters"),
        ("{\"format\": \"a\nb\"}", JsonProblem::ControlCharacter, "dòng 2, cột 0", "a control character"),
        ("{\"format\": 01}", JsonProblem::InvalidNumber, "dòng 1, cột 13", "invalid number"),
        (
            "{\"format\": \"x\", \"year\": \"2025\"}",
            JsonProblem::InvalidType { found: Found::Text("\"2025\"".into()), expected: Expected::WholeNumber },
            "year (dòng 1, cột 30)",
            "invalid type: string \"2025\", expected a whole number, 0 or more",
        ),
        (
            "{\"format\": \"x\", \"format\": \"y\"}",
            JsonProblem::DuplicateField { field: "format".into() },
            "dòng 1, cột 24",
            "duplicate field `format`",
        ),
        (
            "{\"format\": \"x\"}",
            JsonProblem::MissingField { field: "criteria".into() },
            "dòng 1, cột 15",
            "missing field `criteria`",
        ),
    ];
    for (json, problem, vi_location, en_start) in cases {
        let error = read(json);
        assert_eq!((&*error.problem, error.location_in(Lang::Vi).as_str()), (&problem, vi_location), "{json:?}");
        assert!(error.problem.text(Lang::En).starts_with(en_start), "{json:?}: {}", error.message);
        assert!(!error.text(Lang::Vi).contains("line"), "{}", error.text(Lang::Vi));
    }
}

#[test]
fn an_unrecognised_serde_message_is_quoted_inside_a_vietnamese_sentence() {
    let problem = JsonProblem::Other { text: "something serde says".into() };
    let vi = problem.text(Lang::Vi);
    assert!(vi.starts_with("không đọc được nội dung JSON") && vi.contains("«something serde says»"), "{vi}");
}

#[test]
fn a_criteria_file_with_an_unknown_field_is_said_in_vietnamese_without_serde_text() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/valid-small.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["created"] = "2026-01-01".into();
    let errors = criteria::load(&serde_json::to_string_pretty(&value).unwrap()).expect_err("unknown member");
    let [error] = &errors[..] else { panic!("one problem: {errors:?}") };
    assert!(matches!(&error.problem, CriteriaProblem::Json(e)
        if matches!(&*e.problem, JsonProblem::UnknownField { field, allowed } if field == "created" && allowed.contains(&"scale".to_string()))));
    let vi = error.text(Lang::Vi);
    assert!(vi.starts_with("created (dòng "), "{vi}");
    assert!(
        vi.contains(": trường `created` không có trong định dạng; các trường được phép: `$schema`, `format`, `id`"),
        "{vi}"
    );
    for english in ["unknown field", "expected one of", "line", "column"] {
        assert!(!vi.contains(english), "{english:?} in {vi}");
    }
    assert!(error.to_string().contains("unknown field `created`"), "English stays available: {error}");
}

#[test]
fn a_fraction_in_a_criteria_file_is_located_and_said_in_both_languages() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/valid-small.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["nodes"][0]["max"] = serde_json::json!(5.5);
    let errors = criteria::load(&value.to_string()).expect_err("a JSON fraction");
    assert_eq!(errors[0].location, "nodes[0].max");
    assert_eq!(errors[0].problem, CriteriaProblem::NumberNotInteger { number: "5.5".into() });
    assert!(errors[0].text(Lang::Vi).contains("không phải số nguyên"), "{}", errors[0].text(Lang::Vi));
}

#[test]
fn a_score_file_read_as_a_draft_is_named_as_such() {
    let score_file =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/teaching-demo.score.json")).unwrap();
    let error = Draft::from_json(&score_file).expect_err("a score file is not a draft");
    assert_eq!(error.problem, DraftFileProblem::ScoreFile);
    assert_eq!(
        error.text(Lang::Vi),
        "format: đây là tệp điểm đã ký (parscore-score/1), không phải bản tự đánh giá: hãy mở nó bằng \
         “Kiểm tra tệp điểm” (hoặc lệnh parscore verify)"
    );
    assert!(error.text(Lang::En).starts_with("format: this is a signed score file"), "{error}");
    let criteria_file =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/valid-small.json")).unwrap();
    let error = Draft::from_json(&criteria_file).expect_err("a criteria file is not a draft");
    assert_eq!(error.text(Lang::Vi), "format: cần \"parscore-draft/1\", gặp \"parscore-criteria/1\"");
}

#[test]
fn a_measure_in_two_forms_is_said_without_serde_words_in_vietnamese() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/valid-small.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let leaf = &mut value["nodes"][0]["children"][0]["children"][3]["rule"]["measure"];
    assert!(leaf.get("ratio").is_some(), "the fixture's 1.1.4 measures a ratio");
    leaf["percent"] = serde_json::json!({ "label": { "vi": "Tỷ lệ" } });
    let errors = criteria::load(&value.to_string()).expect_err("two forms");
    let vi = errors[0].text(Lang::Vi);
    assert!(
        vi.contains("giá trị không hợp lệ: gặp một đối tượng {…}, cần một đối tượng {…} chỉ có một trường"),
        "{vi}"
    );
    assert!(errors[0].text(Lang::En).contains("invalid value: map, expected map with a single key"));
}

#[test]
fn a_member_given_twice_is_refused_where_it_stands_in_both_languages() {
    // An answer code twice in a draft: before, the last one silently won.
    let draft = r#"{"format": "parscore-draft/1",
        "criteria": {"id": "x", "version": "1", "sha256": "00"},
        "agency": {"name": "A", "code": "A", "level": "training"}, "year": 2025,
        "answers": {"1.1": {"count": 1}, "1.1": {"count": 5}}}"#;
    let error = Draft::from_json(draft).expect_err("a code twice is refused");
    let (vi, en) = (error.text(Lang::Vi), error.text(Lang::En));
    assert!(vi.contains("dòng 4") && vi.contains("`1.1` xuất hiện hai lần"), "{vi}");
    assert!(en.contains("line 4") && en.contains("duplicate field `1.1`"), "{en}");
    // A member twice in a criteria file, likewise.
    let set = crate::util::signing::read("criteria/teaching-demo.json").replacen(
        "\"scale\":",
        "\"scale\": \"100\", \"scale\":",
        1,
    );
    let errors = parscore::criteria::load(&set).expect_err("a member twice is refused");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].text(Lang::Vi).contains("`scale` xuất hiện hai lần"), "{}", errors[0].text(Lang::Vi));
}
