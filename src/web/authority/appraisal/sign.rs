//! Signing the appraisal (or the final appraisal) with the authority's own key, kept encrypted in
//! this browser under its own entry: the passphrase opens it for this one signature. The signed
//! file is downloaded, then recorded in the round (and so kept).

use std::rc::Rc;

use yew::prelude::*;

use super::{item_id, say};
use crate::app::authority::appraisal::{Appraisal, AppraisalAction, AppraisalText as T, Round, SignProblem};
use crate::app::authority::Action;
use crate::app::review_text::ReviewText;
use crate::app::signing_key::{StoredKey, AUTHORITY_KEY_ENTRY};
use crate::scorefile::keys::KeyError;
use crate::web::components::input_text;
use crate::web::files::download;
use crate::web::i18n::use_lang;
use crate::web::storage::LocalStore;
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct SignProps {
    pub round: Rc<Appraisal>,
    pub which: Round,
    pub known: super::Known,
    pub file_name: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SignBox(props: &SignProps) -> Html {
    let lang = use_lang();
    let passphrase = use_state(String::new);
    let outcome = use_state(|| None::<Result<String, String>>);
    // Read on each render: the key may have been made a moment ago in the key panel.
    let key = StoredKey::load_from(&LocalStore::open(), AUTHORITY_KEY_ENTRY);
    let Some(key) = key else {
        return html! { <p class="load-errors" role="alert">{ say(lang, T::NoAuthorityKey) }</p> };
    };
    let owner = key.public.clone();
    let id = |what: &str| item_id(props.which, what, "box");
    let on_sign = {
        let (passphrase, outcome) = (passphrase.clone(), outcome.clone());
        let (round, which, known, name) =
            (props.round.clone(), props.which, props.known.clone(), props.file_name.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(set) = round.subject.set(&known.0) else { return };
            let now = (js_sys::Date::now() / 1000.0) as i64;
            let result = round.sign(which, set, &key, &passphrase, now).map_err(|problem| problem_text(&problem, lang));
            let result = result.and_then(|text| match download(&name, "application/json", &text) {
                Ok(()) => Ok(text),
                Err(_) => Err(say(lang, T::DownloadFailed)),
            });
            if let Ok(text) = &result {
                passphrase.set(String::new());
                on_action.emit(Action::Appraisal(AppraisalAction::Signed { round: which, text: text.clone() }));
            }
            outcome.set(Some(result.map(|_| say(lang, T::SignedAs { file: &name }))));
        })
    };
    let label = match props.which {
        Round::Appraisal => T::SignAppraisal,
        Round::Final => T::SignFinal,
    };
    html! {
        <form class="sign-box" onsubmit={on_sign}>
            <p class="hint">{ say(lang, T::KeyOwner { name: &owner.agency.name, code: &owner.agency.code, fingerprint: &owner.fingerprint }) }</p>
            <div class="field">
                <label for={id("passphrase")}>{ say(lang, T::PassphraseLabel) }</label>
                <input id={id("passphrase")} type="password" autocomplete="off" value={(*passphrase).clone()}
                    oninput={{ let p = passphrase.clone(); Callback::from(move |e: InputEvent| p.set(input_text(e))) }} />
            </div>
            <button type="submit" id={id("sign")} class="button-primary">{ say(lang, label) }</button>
            { match &*outcome {
                Some(Ok(done)) => html! { <p class="sign-done" role="status">{ done }</p> },
                Some(Err(problem)) => html! { <p class="field-problem" role="alert">{ problem }</p> },
                None => html! {},
            } }
        </form>
    }
}

fn problem_text(problem: &SignProblem, lang: Lang) -> String {
    match problem {
        SignProblem::Key(KeyError::WrongPassphrase) => say(lang, ReviewText::WrongPassphrase),
        SignProblem::Key(other) => say(lang, T::KeyDamaged { reason: &other.to_string() }),
        SignProblem::Unscorable(problems) => {
            let located: Vec<String> = problems.iter().map(|p| p.located(lang)).collect();
            say(lang, T::Unscorable { problems: &located.join("; ") })
        }
        SignProblem::Clock => say(lang, ReviewText::Clock),
        SignProblem::NotSignedYet => say(lang, T::NotSignedYet),
        SignProblem::Refused(reason) => say(lang, T::Refused { reason }),
    }
}
