//! The banner shown while the browser refuses to save: it says so plainly and offers the open
//! draft as a file, since the page is then its only copy.

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Draft;
use crate::app::drafts::to_json;
use crate::app::quota::Filling;
use crate::app::storage_page::size_text;
use crate::app::store::StoreError;
use crate::file_name::file_name;
use crate::web::hooks::download::{use_downloads, DownloadRefused, Offer};
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct StorageBannerProps {
    pub problem: StoreError,
    /// The open draft's name and content, when one is open.
    pub draft: Option<(String, Rc<Draft>)>,
}

#[component]
pub fn StorageBanner(props: &StorageBannerProps) -> Html {
    let lang = use_lang();
    let message = match props.problem {
        StoreError::Full => Msg::StorageFull,
        StoreError::Unavailable => Msg::StorageUnavailable,
    };
    html! {
        <div class="storage-banner" role="alert">
            <p>{ t(lang, message) }</p>
            if let Some((name, draft)) = &props.draft {
                <DownloadDraftButton name={name.clone()} draft={draft.clone()} label={t(lang, Msg::DownloadDraft)} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StorageFillingBannerProps {
    pub filling: Filling,
}

/// The warning while the store still has room: how full it is, and what to do before it is full.
#[component]
pub fn StorageFillingBanner(props: &StorageFillingBannerProps) -> Html {
    let lang = use_lang();
    let Filling { used, limit } = props.filling;
    let percent = props.filling.percent().to_string();
    html! {
        <div class="storage-banner storage-filling" role="status">
            <p>{ tf(lang, Msg::StorageFilling, &[&size_text(lang, used), &size_text(lang, limit), &percent]) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DownloadDraftButtonProps {
    pub name: String,
    pub draft: Rc<Draft>,
    pub label: AttrValue,
    /// A secondary action beside "Ký và xuất" on the toolbar; where storage refused, the file is
    /// the only copy and the button is the primary one.
    #[prop_or_default]
    pub quiet: bool,
}

/// A button that saves the draft as a parscore-draft/1 file.
#[component]
pub fn DownloadDraftButton(props: &DownloadDraftButtonProps) -> Html {
    let downloads = use_downloads();
    let onclick = {
        let (name, draft, downloads) = (props.name.clone(), props.draft.clone(), downloads.clone());
        Callback::from(move |_: MouseEvent| {
            // Where storage refuses, this file is the only copy: a refusal is said, with a retry.
            downloads.offer(Offer::new(file_name(&name, ".draft.json"), "application/json", to_json(&*draft)));
        })
    };
    html! {
        <>
            <button type="button" class={if props.quiet { "button-quiet" } else { "button-primary" }} onclick={onclick}>{ &props.label }</button>
            <DownloadRefused downloads={downloads} />
        </>
    }
}
