//! The help page's text (app::help): the five steps, and the bands, band caps and survey part
//! of a set, in both languages.

use parscore::app::finder::FinderText;
use parscore::app::help::{set_guide, BandLine, HelpText, Step, STEPS};
use parscore::app::state::UndoText;
use parscore::criteria;
use parscore::i18n::{t, Bilingual, Msg};
use parscore::Lang;

const HUE: &str = include_str!("../../criteria/commune-hue-2204-2022.json");
const TEACHING: &str = include_str!("../../criteria/teaching-demo.json");
const PROVINCE: &str = include_str!("../../criteria/province-876-2022.json");

fn set(text: &str) -> criteria::CriteriaSet {
    criteria::load(text).expect("a shipped set loads")
}

#[test]
fn the_bands_are_the_sets_with_their_index_ranges() {
    let guide = set_guide(&set(HUE), Lang::Vi);
    assert_eq!(guide.bands.len(), 5);
    assert_eq!(guide.bands[0], BandLine { title: "Xuất sắc".into(), range: "từ 90% đến 100%".into() });
    assert_eq!(guide.bands[4], BandLine { title: "Yếu".into(), range: "dưới 50%".into() });
    let en = set_guide(&set(HUE), Lang::En);
    assert_eq!(en.bands[1].title, "Good");
    assert!(en.bands[1].range.contains("80%") && en.bands[1].range.contains("90%"), "{}", en.bands[1].range);
    assert!(guide.caps.is_empty(), "the Huế set caps no band");
}

#[test]
fn the_survey_part_says_its_points_of_the_scale() {
    let guide = set_guide(&set(HUE), Lang::Vi);
    let (points, scale) = guide.survey.clone().expect("30 survey points");
    assert_eq!((points.as_str(), scale.as_str()), ("30", "100"));
    let said = HelpText::Survey { points, scale }.vi();
    assert!(said.starts_with("30 trên 100 điểm của bộ tiêu chí này đến từ điều tra xã hội học"), "{said}");
    assert!(HelpText::Survey { points: "30".into(), scale: "100".into() }
        .en()
        .starts_with("30 of this set's 100 points"));
}

#[test]
fn a_sets_gates_are_said_as_it_words_them() {
    let guide = set_guide(&set(TEACHING), Lang::Vi);
    assert_eq!(
        guide.caps,
        [
            "Trả đúng hẹn dưới 80% hồ sơ thì không được xếp loại Tốt",
            "Điểm khảo sát dưới 50% thì cao nhất chỉ xếp loại Trung bình"
        ]
    );
    assert!(set_guide(&set(TEACHING), Lang::En).caps[0].starts_with("Fewer than 80% of dossiers on time"));
}

#[test]
fn a_set_without_a_survey_says_so() {
    let province = set(PROVINCE);
    let guide = set_guide(&province, Lang::Vi);
    assert_eq!(guide.survey.is_some(), !province.survey_max().is_zero());
    assert_eq!(guide.title, province.title.vi);
}

#[test]
fn every_step_is_said_in_both_languages_and_names_the_forms_own_words() {
    assert_eq!(STEPS.len(), 5);
    for step in STEPS {
        for said in [HelpText::StepTitle(step), HelpText::StepText(step)] {
            assert!(!said.vi().is_empty() && !said.en().is_empty());
            assert_ne!(said.vi(), said.en());
        }
    }
    // The buttons the steps name are the form's, in both languages.
    for lang in [Lang::Vi, Lang::En] {
        let quoted = |text: &str| format!("\"{text}\"");
        let score = HelpText::StepText(Step::Score).text(lang);
        assert!(HelpText::StepText(Step::Sign).text(lang).contains(&quoted(t(lang, Msg::ViewSign))));
        assert!(HelpText::StepText(Step::Report).text(lang).contains(&quoted(t(lang, Msg::ViewReport))));
        assert!(score.contains(&quoted(&FinderText::Label.text(lang))), "{score}");
        assert!(score.contains(&quoted(&UndoText::Undo.text(lang))), "{score}");
    }
}
