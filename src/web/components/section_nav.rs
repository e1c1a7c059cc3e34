//! The list of sections (areas, bonus, penalty) with each one's progress and points.

use yew::prelude::*;

use crate::app::sections::{Section, SectionSummary};
use crate::app::state::SharedSet;
use crate::web::i18n::{t, tf, Msg};
use crate::Lang;

/// The list, in `lang`, `current` marked (a function, not a component: see the module list; it
/// changes with every keystroke's points anyway).
pub fn section_nav(
    set: &SharedSet,
    summaries: &[SectionSummary],
    current: Section,
    on_open: &Callback<Section>,
    lang: Lang,
) -> Html {
    let item = |summary: &SectionSummary| {
        let (code, title) = match summary.section {
            Section::Area(id) => (set.nodes[id].code.clone(), set.nodes[id].title.get(lang).to_string()),
            Section::Bonus => ("+".to_string(), t(lang, Msg::BonusSection).to_string()),
            Section::Penalty => ("−".to_string(), t(lang, Msg::PenaltySection).to_string()),
        };
        let c = summary.counts;
        // Counted as every screen counts them: survey and optional items apart.
        let progress = if c.adjustments > 0 {
            tf(lang, Msg::OptionalSection, &[&c.adjustments.to_string()])
        } else if c.self_assessed == 0 && c.survey > 0 {
            t(lang, Msg::SurveyOnlySection).to_string()
        } else {
            tf(lang, Msg::AnsweredOf, &[&c.answered.to_string(), &c.self_assessed.to_string()])
        };
        let complete = c.self_assessed > 0 && c.answered == c.self_assessed;
        let current = summary.section == current;
        let on_click = {
            let (on_open, section) = (on_open.clone(), summary.section);
            Callback::from(move |_: MouseEvent| on_open.emit(section))
        };
        html! {
            <li>
                <button type="button" class={classes!("section-link", current.then_some("current"), complete.then_some("complete"))}
                    aria-current={current.then_some("step")} onclick={on_click}>
                    <span class="section-code">{ code }</span>
                    <span class="section-title">{ title }</span>
                    <span class="section-progress">{ progress }</span>
                    <span class="section-points">{ tf(lang, Msg::PointsOf, &[&lang.number(summary.points), &lang.number(summary.max)]) }</span>
                </button>
            </li>
        }
    };
    html! {
        <nav class="section-nav" aria-labelledby="sections-heading">
            <h2 id="sections-heading">{ t(lang, Msg::SectionsHeading) }</h2>
            <ol>{ for summaries.iter().map(item) }</ol>
            // The survey explained once, where its items are counted apart.
            if summaries.iter().any(|s| s.counts.survey > 0) {
                <p class="survey-once">{ t(lang, Msg::SurveyOnce) }</p>
            }
        </nav>
    }
}
