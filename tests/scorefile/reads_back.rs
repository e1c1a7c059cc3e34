//! What parscore signs, its own reader reads back: a value beyond the range a decimal is read in
//! is refused when the file is built, in the reader's words and place, never signed into a file
//! that then does not verify.

use crate::util;
use parscore::answers::Answer;
use parscore::decimal::Decimal;
use parscore::scorefile::{self, BuildError, ScoreDocument, Timestamp};
use parscore::Lang;
use util::signing::*;

#[test]
fn a_value_its_reader_could_not_hold_is_not_signed() {
    // Found by fuzzing (tests/fuzz-regressions/draft_structured): an answer under an area's code,
    // which scoring passes over, holding a percent beyond the reader's range; the file was
    // signed, then refused by `verify` ("answers.7.percent: … is too large").
    let created = Timestamp::parse(VECTOR_CREATED).unwrap();
    let set = teaching_set();
    let mut draft = demo_draft();
    let huge = Answer { percent: Some(Decimal::from_units(2_377_899_774_322_933_759)), ..Answer::default() };
    draft.answers.insert("2".into(), huge);
    let built = ScoreDocument::build(&set, &draft, created, vector_app());
    let Err(BuildError::Profile(malformed)) = built else { panic!("refused as the reader would: {built:?}") };
    assert_eq!(malformed.text(Lang::En), "answers.2.percent: `237789977432293.3759` is too large");
    assert_eq!(malformed.text(Lang::Vi), "answers.2.percent: `237789977432293.3759` quá lớn");
    assert!(scorefile::sign(&set, &draft, &vector_key(), created, vector_app()).is_err(), "and never signed");

    // The same draft without it signs, and verifies.
    draft.answers.remove("2");
    let file = scorefile::sign(&set, &draft, &vector_key(), created, vector_app()).expect("signs");
    let report = scorefile::verify(&file.canonical_bytes(), &[set], None);
    assert!(report.failures.is_empty(), "{:?}", report.failures);
}
