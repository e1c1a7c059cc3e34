//! The help page (help.html, Hướng dẫn): the steps, and the bands and survey part of the draft
//! the address names (`help.html#draft=ID`). It shares the report page's wasm, which starts it
//! when the page's `<body>` says `data-page="help"`; what it says is `app::help`'s.

use yew::prelude::*;

use super::use_addressed_draft;
use crate::app::help::{set_guide, HelpText, STEPS};
use crate::app::state::{Place, View};
use crate::i18n::Bilingual;
use crate::web::components::language_buttons;
use crate::web::hooks::restored_app::language_switch;
use crate::web::i18n::{t, Msg};
use crate::web::pages::{page_href, AGENCY_PAGE};
use crate::Lang;

#[component]
pub fn HelpPage() -> Html {
    let (state, address, _) = use_addressed_draft();
    let lang = state.lang;
    let text = |said: HelpText| said.text(lang);
    let session = state.session.as_ref().filter(|s| address.draft.as_ref() == Some(&s.id));
    let back = match session {
        Some(s) => Place::Draft { id: s.id.clone(), view: View::Form, section: None, item: None }.to_hash(),
        None => String::new(),
    };
    let guide = session.map(|s| set_guide(&s.set, lang));
    html! {
        <ContextProvider<Lang> context={lang}>
            <header class="app-header">
                <div class="app-header-text">
                    <h1>{ text(HelpText::Title) }</h1>
                </div>
                <nav class="app-header-actions">
                    <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE) + &back}>{ text(HelpText::BackToDraft) }</a>
                    { language_buttons(&language_switch(&state), t(lang, Msg::LanguageLabel), lang) }
                </nav>
            </header>
            <main id="main" class="help-main">
                <p>{ text(HelpText::Intro) }</p>
                <h2>{ text(HelpText::StepsHeading) }</h2>
                <ol class="help-steps">
                    { for STEPS.iter().map(|&step| html! {
                        <li><strong>{ text(HelpText::StepTitle(step)) }</strong>{ ". " }{ text(HelpText::StepText(step)) }</li>
                    }) }
                </ol>
                if let Some(guide) = guide {
                    <h2>{ text(HelpText::BandsHeading(guide.title.clone())) }</h2>
                    <p>{ text(HelpText::BandsIntro) }</p>
                    <table class="help-bands">
                        <tbody>
                            { for guide.bands.iter().map(|band| html! {
                                <tr><th scope="row">{ &band.title }</th><td>{ &band.range }</td></tr>
                            }) }
                        </tbody>
                    </table>
                    if !guide.caps.is_empty() {
                        <ul class="help-caps">{ for guide.caps.iter().map(|cap| html! { <li>{ cap }</li> }) }</ul>
                    }
                    <h2>{ text(HelpText::SurveyHeading) }</h2>
                    <p id="help-survey">{ match guide.survey {
                        Some((points, scale)) => text(HelpText::Survey { points, scale }),
                        None => text(HelpText::NoSurvey),
                    } }</p>
                } else {
                    <p class="warning" role="status">{ text(HelpText::NoDraft) }</p>
                }
            </main>
        </ContextProvider<Lang>>
    }
}
