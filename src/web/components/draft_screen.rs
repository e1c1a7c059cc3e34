//! The open draft: the total bar on top, the draft's toolbar, what changed on import, and the
//! chosen view: the form (sections on the side, one section at a time), the report, the chart.

use yew::prelude::*;

use super::{AreaChart, DraftToolbar, ImportNotice, ReportView, SectionNav, SectionView, TotalBar};
use crate::web::sections::summaries;
use crate::web::state::{Action, Session, View};

#[derive(Properties, PartialEq)]
pub struct DraftScreenProps {
    pub session: Session,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DraftScreen(props: &DraftScreenProps) -> Html {
    let session = &props.session;
    let on_open = props.on_action.reform(Action::SectionOpened);
    let view = match session.view {
        View::Form => html! {
            <div class="scoring-layout">
                <SectionNav set={session.set.clone()} summaries={summaries(&session.set, &session.card)}
                    current={session.section} on_open={on_open} />
                <main id="main" class="scoring-main">
                    <SectionView set={session.set.clone()} card={session.card.clone()} typed={session.typed.clone()}
                        draft={session.draft.clone()} section={session.section} on_action={props.on_action.clone()} />
                </main>
            </div>
        },
        View::Report => html! {
            <main id="main" class="wide-main">
                <ReportView name={session.name.clone()} set={session.set.clone()} card={session.card.clone()} draft={session.draft.clone()} />
            </main>
        },
        View::Chart => html! {
            <main id="main" class="wide-main">
                <AreaChart set={session.set.clone()} card={session.card.clone()} />
            </main>
        },
    };
    html! {
        <>
            <TotalBar set={session.set.clone()} card={session.card.clone()} />
            <DraftToolbar name={session.name.clone()} draft={session.draft.clone()} view={session.view} on_action={props.on_action.clone()} />
            if let Some(report) = &session.import_report {
                <ImportNotice report={report.clone()} on_action={props.on_action.clone()} />
            }
            { view }
        </>
    }
}
