//! The structure-aware fuzz checks: inputs read through `arbitrary` into drafts and appraisals
//! that are well formed, so that mutations reach scoring, signing and verification instead of
//! dying in the JSON reader. Included beside checks.rs by the targets and by the regression test.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use arbitrary::{Result, Unstructured};
use ed25519_dalek::SigningKey;
use parscore::answers::{Agency, Answer, CriteriaRef, Draft, Evidence};
use parscore::appraisal::{self, document, AppraisalDocument, AppraisedItem, Stage, Trust};
use parscore::criteria::{CriteriaSet, Measure, Rule};
use parscore::i18n::Bilingual;
use parscore::scorefile::keys::{DidKey, KeyOwner, Keyring, PublicKeyFile};
use parscore::scorefile::{self, App};
use parscore::{Decimal, Lang};

use super::{created, render, KEY, SETS};

/// A whole number, mostly near the range a form takes, sometimes anything.
fn count(u: &mut Unstructured) -> Result<i64> {
    Ok(if u.ratio(7, 8)? { u.int_in_range(-3..=250)? } else { u.arbitrary()? })
}

/// A decimal with at most four places, mostly within a leaf's points or a percent.
fn decimal(u: &mut Unstructured) -> Result<Decimal> {
    let units: i128 = if u.ratio(7, 8)? { u.int_in_range(-20_000..=1_200_000)? } else { u.arbitrary::<i64>()?.into() };
    Ok(Decimal::from_units(units))
}

fn maybe<T>(u: &mut Unstructured, f: impl FnOnce(&mut Unstructured) -> Result<T>) -> Result<Option<T>> {
    Ok(if u.arbitrary()? { Some(f(u)?) } else { None })
}

/// Texts as officials type them, for the well-formed answers (NFC, no control characters).
const TEXTS: [&str; 4] = ["Đã ban hành kế hoạch.", "Số 125/KH-UBND", "Báo cáo quý IV\nđã gửi", "x"];

fn text(u: &mut Unstructured) -> Result<String> {
    Ok(u.choose(&TEXTS)?.to_string())
}

/// An answer `rule` accepts: the inputs it takes, each within its range.
fn well_formed(u: &mut Unstructured, rule: &Rule, max: Decimal) -> Result<Answer> {
    let mut a = Answer::default();
    match rule {
        Rule::Levels(levels) => a.level = Some(u.choose(levels)?.id.clone()),
        Rule::PassFail { .. } => a.pass = Some(u.arbitrary()?),
        Rule::Bands { measure, .. } | Rule::Proportional { measure, .. } => match measure {
            Measure::Ratio { .. } => {
                let whole = u.int_in_range(1..=200)?;
                (a.numerator, a.denominator) = (Some(u.int_in_range(0..=whole)?), Some(whole));
            }
            Measure::Percent { .. } => a.percent = Some(Decimal::from_units(u.int_in_range(0..=10_000)? * 100)),
        },
        Rule::Deduction { .. } | Rule::PerCount { .. } => a.count = Some(u.int_in_range(0..=30)?),
        Rule::Manual { step } => {
            let step = step.unwrap_or(Decimal::from_units(100)).units().max(1);
            a.points = Some(Decimal::from_units(u.int_in_range(0..=max.units() / step)? * step));
            a.justification = Some(text(u)?);
        }
        Rule::Survey { .. } => {}
    }
    for _ in 0..u.int_in_range(0..=2)? {
        a.evidence.push(Evidence { title: text(u)?, ..Evidence::default() });
    }
    a.note = maybe(u, text)?;
    Ok(a)
}

/// Any inputs at all, which scoring must refuse or ignore, never trip on.
fn wild(u: &mut Unstructured, rule: &Rule) -> Result<Answer> {
    Ok(Answer {
        level: maybe(u, |u| match rule {
            Rule::Levels(levels) if !levels.is_empty() && u.arbitrary()? => Ok(u.choose(levels)?.id.clone()),
            _ => u.arbitrary(),
        })?,
        pass: u.arbitrary()?,
        numerator: maybe(u, count)?,
        denominator: maybe(u, count)?,
        percent: maybe(u, decimal)?,
        count: maybe(u, count)?,
        points: maybe(u, decimal)?,
        justification: u.arbitrary()?,
        evidence: vec![Evidence { title: u.arbitrary()?, ..Evidence::default() }],
        note: u.arbitrary()?,
    })
}

/// Answers for some of `set`'s leaves: well formed but for one leaf in `1/odds` (so that most
/// drafts score without problems and go on to be signed), and now and then for a code the set
/// does not have.
fn answers(u: &mut Unstructured, set: &CriteriaSet) -> Result<BTreeMap<String, Answer>> {
    let odds = *u.choose(&[4u32, 64, 1024])?;
    let mut out = BTreeMap::new();
    for id in set.leaves() {
        let node = set.node(id);
        if let (Some(leaf), true) = (node.leaf(), u.ratio(3, 4)?) {
            let answer = if u.ratio(1, odds)? { wild(u, &leaf.rule)? } else { well_formed(u, &leaf.rule, node.max)? };
            out.insert(node.code.clone(), answer);
        }
    }
    if u.ratio(1, 16)? {
        out.insert(u.arbitrary()?, wild(u, &Rule::Manual { step: None })?);
    }
    Ok(out)
}

/// Target `draft_structured`: a draft for one of the shipped sets, built from the bytes. It is
/// scored (twice, the same), rendered, its insights computed; its file reads back equal; and a
/// draft that scores without problems signs into a file that verifies.
pub fn draft_structured(data: &[u8]) {
    draft_signed(data);
}

/// [`draft_structured`], saying whether the bytes went as far as a signed file verified (the
/// regression test checks that random bytes often do).
pub fn draft_signed(data: &[u8]) -> bool {
    let mut u = Unstructured::new(data);
    let Ok(set) = u.choose(&SETS[..]) else { return false };
    let Ok(answers) = answers(&mut u, set) else { return false };
    let agency = Agency { name: "Fuzz".into(), code: "SMH".into(), level: set.level };
    let mut draft = Draft::new(set, agency, set.year);
    draft.answers = answers;

    let card = parscore::scoring::score(set, &draft);
    assert_eq!(card, parscore::scoring::score(set, &draft), "scoring the same draft twice differs");
    render(set, &card);
    let _ = parscore::scoring::insights::points_lost(set, &draft, &card);
    let _ = parscore::scoring::insights::project(set, &draft, None);
    match Draft::from_json(&draft.to_json_pretty()) {
        Ok(again) => assert_eq!(again, draft, "a draft's file does not read back equal"),
        Err(e) => assert!(!e.text(Lang::Vi).is_empty() && !e.text(Lang::En).is_empty()),
    }

    let app = App { name: "parscore".into(), version: "0.1.0".into() };
    draft.criteria = CriteriaRef::of(set);
    let (true, Ok(file)) = (card.problems.is_empty(), scorefile::sign(set, &draft, &KEY, created(), app)) else {
        return false;
    };
    let report = scorefile::verify(&file.canonical_bytes(), &SETS, None);
    assert!(report.failures.is_empty(), "a file parscore signed does not verify: {:?}", report.failures);
    true
}

/// The council's key (seed 0x20, 0x21, …), registered to the authority "SNV".
static COUNCIL: LazyLock<SigningKey> =
    LazyLock::new(|| SigningKey::from_bytes(&std::array::from_fn(|i| 0x20 + i as u8)));
static AUTHORITY: LazyLock<Keyring> =
    LazyLock::new(|| Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&COUNCIL), "Sở Nội vụ (mẫu)", "SNV")]));
/// The golden score file (the teaching set, signed by the vector key): what is appraised.
const SCORE_FILE: &[u8] = include_bytes!("../tests/golden/teaching-demo.score.json");

fn texts(check: &appraisal::Check<impl Sized>) {
    for failure in &check.failures {
        assert!(!failure.text(Lang::Vi).is_empty() && !failure.text(Lang::En).is_empty());
    }
}

/// Target `appraisal`: the bytes as an appraisal file and as an explanation file, checked against
/// the golden score file (never a panic, every failure said in both languages); then the council's
/// items built from the bytes are appraised, signed and verified: an appraisal parscore signs over
/// answers the core scores must verify, and only under the council's code.
pub fn appraisal(data: &[u8]) {
    appraisal_verified(data);
}

/// [`appraisal`], saying whether the bytes went as far as a signed appraisal verified.
pub fn appraisal_verified(data: &[u8]) -> bool {
    texts(&appraisal::verify_appraisal(data, SCORE_FILE, &SETS, Some(&AUTHORITY)));

    let (Ok(score), Ok(hash)) = (appraisal::verify::score_document(SCORE_FILE), document::file_sha256(SCORE_FILE))
    else {
        panic!("the golden score file reads")
    };
    let mut u = Unstructured::new(data);
    let Ok(stage) = u.choose(&[Stage::Appraisal, Stage::Final]).copied() else { return false };
    let Ok(answers) = answers(&mut u, &SETS[0]) else { return false };
    let mut items = BTreeMap::new();
    for (code, answer) in answers {
        let Ok(comment) = u.arbitrary() else { break };
        let agrees = u.ratio(1, 3).unwrap_or(true);
        items.insert(code, AppraisedItem { answer: (!agrees).then_some(answer), comment });
    }
    let appraiser = KeyOwner { name: "Sở Nội vụ (mẫu)".into(), code: "SNV".into() };
    let Ok(built) = AppraisalDocument::build(&SETS[0], &score, hash, appraiser, stage, items, created()) else {
        return false;
    };
    let Ok(file) = document::sign(&built, &COUNCIL, created()) else { return false };
    let checked = appraisal::verify_appraisal(file.as_bytes(), SCORE_FILE, &SETS, Some(&AUTHORITY));
    texts(&checked);
    if checked.failures.iter().any(|f| matches!(f, appraisal::AppraisalMessage::UnknownItem { .. })) {
        return false; // an item code the set does not have: refused, as it must be
    }
    assert_eq!(checked.trust(), Trust::Verified, "a signed appraisal does not verify: {:?}", checked.failures);
    texts(&appraisal::verify_explanation(data, file.as_bytes(), Some(&AUTHORITY)));
    true
}
