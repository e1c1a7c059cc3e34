//! After importing a draft made for another version of its criteria set: which version it was
//! made for, which it now uses, and every item that no longer matches.

use yew::prelude::*;

use crate::app::state::{Action, ImportReport};
use crate::web::i18n::{t, tf, Msg};
use crate::Lang;

/// The notice, in `lang` (a function, not a component: see the module list).
pub fn import_notice(report: &ImportReport, on_action: &Callback<Action>, lang: Lang) -> Html {
    let on_dismiss = on_action.reform(|_: MouseEvent| Action::ImportReportDismissed);
    html! {
        <section class="import-notice" role="status">
            <p>{ tf(lang, Msg::ImportedOtherVersion, &[&report.from.version, &report.to.version]) }</p>
            if report.problems.is_empty() {
                <p>{ t(lang, Msg::ImportAllMatch) }</p>
            } else {
                <p>{ tf(lang, Msg::ImportMismatches, &[&report.problems.len().to_string()]) }</p>
                <ul class="import-mismatches">
                    { for report.problems.iter().map(|p| html! {
                        <li><span class="code">{ p.code() }</span>{ ": " }{ p.message(lang) }</li>
                    }) }
                </ul>
            }
            <button type="button" class="button-quiet button-small" onclick={on_dismiss}>{ t(lang, Msg::Dismiss) }</button>
        </section>
    }
}
