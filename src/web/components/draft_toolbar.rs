//! The bar under the totals: the views of the draft (form, chart…), the links to the report, the
//! signing page and the trainer's page (pages of their own: the form carries none of their code),
//! the start of a scenario ("Thử tình huống") and the draft's export. Ctrl+P opens the report to
//! print it.

use crate::i18n::Bilingual;
use std::rc::Rc;

use yew::prelude::*;

use super::DownloadDraftButton;
use crate::answers::Draft;
use crate::app::report_page::report_link;
use crate::app::sign_page::sign_link;
use crate::app::state::{Action, View};
use crate::app::trainer::TrainerText;
use crate::web::hooks::print_key::use_print_opens_report;
use crate::web::i18n::{t, use_lang, Msg};
use crate::web::pages::{page_href, REPORT_PAGE, SIGN_PAGE, TRAINER_PAGE};

#[derive(Properties, PartialEq)]
pub struct DraftToolbarProps {
    pub name: String,
    /// The saved draft's id, to sign it on the signing page (none for a demo looked at).
    pub id: Option<AttrValue>,
    pub draft: Rc<Draft>,
    pub view: View,
    /// Whether a scenario is tried (then its bar says so, under the toolbar, with its own way out).
    pub trying: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DraftToolbar(props: &DraftToolbarProps) -> Html {
    let lang = use_lang();
    use_print_opens_report(props.id.clone());
    let tab = |view: View, msg: Msg| {
        let on_click = props.on_action.reform(move |_: MouseEvent| Action::ViewOpened(view));
        html! {
            <button type="button" class="view-tab" aria-pressed={(props.view == view).to_string()} onclick={on_click}>
                { t(lang, msg) }
            </button>
        }
    };
    html! {
        // A landmark, so that screen-reader users can jump to the views (axe: `region`).
        <nav class="draft-toolbar" aria-label={t(lang, Msg::ViewsLabel)}>
            <div class="view-tabs" role="group">
                { tab(View::Form, Msg::ViewForm) }
                if let Some(id) = &props.id {
                    <a class="view-tab" id="open-report" href={report_link(&page_href(REPORT_PAGE), id, false)}>{ t(lang, Msg::ViewReport) }</a>
                }
                { tab(View::Chart, Msg::ViewChart) }
                { tab(View::Losses, Msg::ViewLosses) }
            </div>
            // The way to a submission: the primary action, outside the views so that a narrow
            // screen never scrolls it out of sight.
            if let Some(id) = &props.id {
                <a class="button-primary" id="open-sign" href={sign_link(&page_href(SIGN_PAGE), id)}
                    onclick={props.on_action.reform(|_: MouseEvent| Action::SignTried)}>{ t(lang, Msg::ViewSign) }</a>
            }
            <a class="button-quiet" id="open-trainer" href={page_href(TRAINER_PAGE)}>{ TrainerText::OpenButton.text(lang) }</a>
            // In the toolbar's row, not on a line of its own under it.
            if !props.trying {
                <button type="button" class="button-quiet" onclick={props.on_action.reform(|_: MouseEvent| Action::ScenarioStarted)}>
                    { t(lang, Msg::ScenarioTry) }
                </button>
            }
            // An unsigned copy to keep or move, never a submission: secondary, named for what it is.
            <DownloadDraftButton name={props.name.clone()} draft={props.draft.clone()} label={t(lang, Msg::ExportDraft)} quiet={true} />
        </nav>
    }
}
