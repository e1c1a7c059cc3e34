//! The figures a score file claims that recomputing from its answers does not give: where,
//! claimed, recomputed.

use yew::prelude::*;

use crate::app::state::SharedSet;
use crate::app::verify::wording;
use crate::scorefile::verify::Difference;
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct ScoreDifferencesProps {
    pub differences: Vec<Difference>,
    /// The file's criteria set, for the items' titles.
    pub set: SharedSet,
}

#[component]
pub fn ScoreDifferences(props: &ScoreDifferencesProps) -> Html {
    let lang = use_lang();
    let value = |v: &Option<String>| match v {
        Some(number) => number.parse::<crate::Decimal>().map(|d| lang.number(d)).unwrap_or_else(|_| number.clone()),
        None => t(lang, Msg::NoValue).to_string(),
    };
    html! {
        <table class="differences">
            <thead>
                <tr>
                    <th scope="col">{ t(lang, Msg::ColPlace) }</th>
                    <th scope="col">{ t(lang, Msg::ColClaimed) }</th>
                    <th scope="col">{ t(lang, Msg::ColRecomputed) }</th>
                </tr>
            </thead>
            <tbody>
                { for props.differences.iter().map(|d| html! {
                    <tr data-location={d.location.clone()}>
                        <th scope="row">{ wording::place(lang, &d.location, Some(&props.set)) }</th>
                        <td class="number">{ value(&d.claimed) }</td>
                        <td class="number">{ value(&d.recomputed) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
