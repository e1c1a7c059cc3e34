//! The storage page: what this browser keeps for parscore and how safe it is there, so that an
//! official knows when a draft file (export) is the copy to rely on.

use yew::prelude::*;

use super::DamagedEntries;
use crate::app::damaged::DamagedEntry;
use crate::app::drafts::bytes_used;
use crate::app::state::{Action, StoreHandle};
use crate::app::storage_page::{purges_idle_storage, size_text};
use crate::web::browser_storage::{user_agent, SiteStorage};
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct StorageScreenProps {
    pub store: StoreHandle,
    /// Stored entries the app cannot use.
    pub damaged: Vec<DamagedEntry>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StorageScreen(props: &StorageScreenProps) -> Html {
    let lang = use_lang();
    // The browser answers asynchronously; until then the figures read "…".
    let site = use_state(|| None::<SiteStorage>);
    {
        let site = site.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { site.set(Some(SiteStorage::ask().await)) })
        });
    }
    let unknown = || t(lang, Msg::StorageUnknown).to_string();
    let (usage, persisted) = match *site {
        None => (t(lang, Msg::Loading).to_string(), t(lang, Msg::Loading).to_string()),
        Some(site) => (
            site.usage.map_or_else(unknown, |(used, quota)| {
                tf(lang, Msg::StorageOfQuota, &[&size_text(lang, used), &size_text(lang, quota)])
            }),
            site.persisted.map_or_else(unknown, |granted| {
                t(lang, if granted { Msg::PersistedYes } else { Msg::PersistedNo }).to_string()
            }),
        ),
    };
    let fact = |id: &'static str, label: Msg, value: String| {
        html! { <div><dt>{ t(lang, label) }</dt><dd id={id}>{ value }</dd></div> }
    };
    html! {
        <main class="storage-screen" id="main">
            <h2>{ t(lang, Msg::StorageHeading) }</h2>
            <dl class="storage-facts">
                { fact("storage-drafts", Msg::StorageDrafts, size_text(lang, bytes_used(&*props.store.0))) }
                { fact("storage-used", Msg::StorageUsed, usage) }
                { fact("storage-persisted", Msg::StoragePersisted, persisted) }
            </dl>
            if purges_idle_storage(&user_agent()) {
                <p class="storage-warning">{ t(lang, Msg::StoragePurgedAfterAWeek) }</p>
            }
            <p>{ t(lang, Msg::StorageAdvice) }</p>
            <DamagedEntries entries={props.damaged.clone()} on_action={props.on_action.clone()} />
        </main>
    }
}
