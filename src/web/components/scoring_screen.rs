//! The scoring screen: the total bar on top, the sections on the side, one section at a time.

use yew::prelude::*;

use super::{SectionNav, SectionView, TotalBar};
use crate::web::sections::summaries;
use crate::web::state::{Action, Session};

#[derive(Properties, PartialEq)]
pub struct ScoringScreenProps {
    pub session: Session,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ScoringScreen(props: &ScoringScreenProps) -> Html {
    let session = &props.session;
    let on_open = props.on_action.reform(Action::SectionOpened);
    html! {
        <>
            <TotalBar set={session.set.clone()} card={session.card.clone()} />
            <div class="scoring-layout">
                <SectionNav set={session.set.clone()} summaries={summaries(&session.set, &session.card)}
                    current={session.section} on_open={on_open} />
                <main id="main" class="scoring-main">
                    <SectionView set={session.set.clone()} card={session.card.clone()} typed={session.typed.clone()}
                        section={session.section} on_action={props.on_action.clone()} />
                </main>
            </div>
        </>
    }
}
