//! The page's parts as tabs: real links to `#tiep-nhan`, `#tham-dinh`… (so that a reload, the back
//! button and a bookmark keep the part open), and the part the address names.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::app::authority::Section;
use crate::i18n::Bilingual;
use crate::web::i18n::use_lang;

/// The part of the page the address names; follows the address.
#[hook]
pub fn use_section() -> Section {
    let read = || Section::from_hash(&web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default());
    let named = use_state(read);
    {
        let named = named.clone();
        use_effect_with((), move |_| {
            let listener =
                web_sys::window().map(|window| EventListener::new(&window, "hashchange", move |_| named.set(read())));
            move || drop(listener)
        });
    }
    *named
}

#[derive(Properties, PartialEq)]
pub struct SectionTabsProps {
    pub open: Section,
}

#[component]
pub fn SectionTabs(props: &SectionTabsProps) -> Html {
    let lang = use_lang();
    html! {
        <nav class="section-tabs" aria-label={lang.pick("Các phần của trang", "Parts of the page")}>
            { for Section::ALL.into_iter().map(|section| {
                let current = (section == props.open).then_some("page");
                html! {
                    <a href={format!("#{}", section.anchor())} id={format!("tab-{}", section.anchor())}
                        aria-current={current}>{ section.text(lang) }</a>
                }
            }) }
        </nav>
    }
}
