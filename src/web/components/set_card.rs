//! One built-in criteria set in the picker: its title, decision, year and level, or why it
//! could not be loaded.

use yew::prelude::*;

use super::LoadErrors;
use crate::web::i18n::{level_name, t, tf, use_lang, Msg};
use crate::web::state::{LibraryEntry, LibraryStatus, SharedSet};

#[derive(Properties, PartialEq)]
pub struct SetCardProps {
    pub entry: LibraryEntry,
    pub on_choose: Callback<SharedSet>,
}

#[component]
pub fn SetCard(props: &SetCardProps) -> Html {
    let lang = use_lang();
    let file = props.entry.file;
    match &props.entry.status {
        LibraryStatus::Loading => html! {
            <li class="set-card set-card-loading" aria-busy="true" data-file={file}>
                <p>{ file }{ " · " }{ t(lang, Msg::Loading) }</p>
            </li>
        },
        LibraryStatus::Failed(failure) => html! {
            <li class="set-card set-card-failed" data-file={file}>
                <LoadErrors name={file} failure={failure.clone()} />
            </li>
        },
        LibraryStatus::Ready(set) => {
            let on_click = {
                let (set, on_choose) = (set.clone(), props.on_choose.clone());
                Callback::from(move |_: MouseEvent| on_choose.emit(set.clone()))
            };
            let title_id = format!("set-{}", set.id);
            html! {
                <li class="set-card" data-file={file}>
                    <h4 id={title_id.clone()}>{ set.title.get(lang) }</h4>
                    <dl class="set-facts">
                        <div><dt>{ t(lang, Msg::DecisionLabel) }</dt><dd>{ &set.decision.number }{ " · " }{ &set.decision.issuer }</dd></div>
                        <div><dt>{ t(lang, Msg::YearLabel) }</dt><dd>{ set.year }</dd></div>
                        <div><dt>{ t(lang, Msg::LevelLabel) }</dt><dd>{ level_name(lang, set.level) }</dd></div>
                    </dl>
                    <p class="set-count">{ tf(lang, Msg::ItemCount, &[&set.leaf_count().to_string()]) }</p>
                    <button type="button" class="button-primary" onclick={on_click} aria-describedby={title_id}>
                        { t(lang, Msg::UseThisSet) }
                    </button>
                </li>
            }
        }
    }
}
