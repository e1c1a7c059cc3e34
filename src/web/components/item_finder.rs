//! "Tìm mục": find items of the open draft by code or words of the title (with or without
//! accents), or show only those not answered or without evidence; a result opens its item.
//! The finding is the model's (`app::finder`); this keeps what is typed and draws the results.

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Draft;
use crate::app::finder::{find, narrows, FinderText, Show};
use crate::app::state::Action;
use crate::app::state::SharedSet;
use crate::i18n::Bilingual;
use crate::scoring::Scorecard;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct ItemFinderProps {
    pub set: SharedSet,
    pub card: Rc<Scorecard>,
    pub draft: Rc<Draft>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ItemFinder(props: &ItemFinderProps) -> Html {
    let lang = use_lang();
    let words = use_state(String::new);
    let show = use_state(Show::default);
    let found = {
        let (set, card, draft) = (props.set.clone(), props.card.clone(), props.draft.clone());
        use_memo(((*words).clone(), *show, props.card.clone(), props.draft.clone(), lang), move |(words, show, ..)| {
            narrows(words, *show).then(|| find(&set, &card, &draft, words, *show, lang))
        })
    };
    let on_words = {
        let words = words.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                words.set(input.value());
            }
        })
    };
    let choice = |option: Show| {
        let (chosen, show) = (*show == option, show.clone());
        let on_change = Callback::from(move |_: Event| show.set(option));
        html! {
            <label class="finder-choice">
                <input type="radio" name="finder-show" checked={chosen} onchange={on_change} />
                { FinderText::Show(option).text(lang) }
            </label>
        }
    };
    let results = found.as_ref().as_ref().map(|found| {
        let rows = found.iter().map(|item| {
            let open = props.on_action.reform({
                let code = item.code.clone();
                move |_: MouseEvent| Action::ItemOpened(code.clone())
            });
            let status = if item.answered { FinderText::Answered } else { FinderText::Unanswered };
            html! {
                <li key={item.code.clone()}>
                    <button type="button" class="finder-result" onclick={open}>
                        <span class="code">{ &item.code }</span>{ " " }{ &item.title }
                        <span class="finder-status">
                            { " · " }{ status.text(lang) }
                            if item.missing_evidence { { " · " }{ FinderText::NoEvidence.text(lang) } }
                        </span>
                    </button>
                </li>
            }
        });
        html! {
            <div class="finder-results" role="status">
                <p class="finder-count">{ FinderText::Count(found.len()).text(lang) }</p>
                <ul>{ for rows }</ul>
            </div>
        }
    });
    html! {
        <section class="item-finder" role="search" aria-labelledby="finder-label">
            <label id="finder-label" for="finder-words">{ FinderText::Label.text(lang) }</label>
            <input id="finder-words" type="search" value={(*words).clone()} oninput={on_words}
                autocomplete="off" aria-describedby="finder-hint" />
            <fieldset class="finder-show">
                <legend>{ FinderText::ShowLegend.text(lang) }</legend>
                { choice(Show::All) }{ choice(Show::Unanswered) }{ choice(Show::MissingEvidence) }
            </fieldset>
            <p id="finder-hint" class="hint">{ FinderText::Hint.text(lang) }</p>
            { for results }
        </section>
    }
}
