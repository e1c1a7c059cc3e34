//! Downloads that are never silently lost: when the browser refuses one, the component shows why
//! in the user's language, with a button that offers the same file again. The draft file offered
//! when storage is full is the only copy of the work; a refused key backup is the only way back
//! to a key.

use std::rc::Rc;

use yew::prelude::*;

use crate::web::files::{download, download_bytes};
use crate::web::i18n::{t, tf, use_lang, Msg};

/// A file to offer: its name, type and content.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub name: String,
    pub mime: &'static str,
    pub content: Content,
}

/// What a file holds: text, or bytes (a workbook).
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    Text(Rc<str>),
    Bytes(Rc<[u8]>),
}

impl Offer {
    pub fn new(name: impl Into<String>, mime: &'static str, text: impl Into<Rc<str>>) -> Offer {
        Offer { name: name.into(), mime, content: Content::Text(text.into()) }
    }

    pub fn bytes(name: impl Into<String>, mime: &'static str, bytes: impl Into<Rc<[u8]>>) -> Offer {
        Offer { name: name.into(), mime, content: Content::Bytes(bytes.into()) }
    }
}

/// Offers files for download and remembers the last one the browser refused.
#[derive(Clone, PartialEq)]
pub struct Downloads {
    refused: UseStateHandle<Option<Offer>>,
}

impl Downloads {
    /// Offers `file`; true when the browser took it.
    pub fn offer(&self, file: Offer) -> bool {
        let taken = match &file.content {
            Content::Text(text) => download(&file.name, file.mime, text),
            Content::Bytes(bytes) => download_bytes(&file.name, file.mime, bytes),
        }
        .is_ok();
        self.refused.set((!taken).then_some(file));
        taken
    }

    /// The file the browser refused last, if it is still to be retried.
    pub fn refused(&self) -> Option<Offer> {
        (*self.refused).clone()
    }
}

#[hook]
pub fn use_downloads() -> Downloads {
    Downloads { refused: use_state(|| None) }
}

#[derive(Properties, PartialEq)]
pub struct DownloadRefusedProps {
    pub downloads: Downloads,
    /// Told of each retry: the file, and whether the browser took it this time (a key's backup
    /// counts as downloaded only then).
    #[prop_or_default]
    pub on_retry: Callback<(Offer, bool)>,
}

/// What the browser refused, and a button to offer it again; an empty box when all went well.
/// The box is always there: a component that renders nothing and then something, between
/// siblings that come and go, trips Yew's placement of nodes.
#[component]
pub fn DownloadRefused(props: &DownloadRefusedProps) -> Html {
    let lang = use_lang();
    let refused = props.downloads.refused();
    let retry = {
        let (downloads, file, on_retry) = (props.downloads.clone(), refused.clone(), props.on_retry.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(file) = &file {
                on_retry.emit((file.clone(), downloads.offer(file.clone())));
            }
        })
    };
    html! {
        <div class="download-status">
            if let Some(file) = refused {
                <p class="download-refused" role="alert">
                    { tf(lang, Msg::DownloadFailed, &[&file.name]) }{ " " }
                    <button type="button" class="button-quiet" onclick={retry}>{ t(lang, Msg::DownloadRetry) }</button>
                </p>
            }
        </div>
    }
}
