//! Where the form is, as an address (`#draft=7&view=chart&section=2&item=2.1`): the list of
//! drafts, the storage page, or a draft with its view, section and item. The browser keeps one
//! history entry per place, so Back and Forward walk through them, and a reload or a bookmark
//! comes back to the same place. The address names a draft by its id in this browser's storage.

use super::*;

/// A place in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Place {
    #[default]
    Drafts,
    Storage,
    Draft {
        id: String,
        view: View,
        section: Option<String>,
        item: Option<String>,
    },
}

/// The views an address names; the slides and the projection are the trainer's page's.
const VIEWS: [(View, &str); 3] = [(View::Form, "form"), (View::Chart, "chart"), (View::Losses, "losses")];

impl Place {
    /// Reads an address (with or without its `#`); what it does not name is left out, and an
    /// address that names no draft is the list of drafts.
    pub fn parse(hash: &str) -> Place {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash == "storage" {
            return Place::Storage;
        }
        let mut draft = None;
        let (mut view, mut section, mut item) = (View::Form, None, None);
        for pair in hash.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "draft" if !value.is_empty() => draft = Some(value),
                "view" => view = VIEWS.iter().find(|(_, name)| *name == value).map_or(View::Form, |(v, _)| *v),
                "section" if !value.is_empty() => section = Some(value),
                "item" if !value.is_empty() => item = Some(value),
                _ => {}
            }
        }
        match draft {
            Some(id) => Place::Draft { id, view, section, item },
            None => Place::Drafts,
        }
    }

    /// The address of this place, `#` included.
    pub fn to_hash(&self) -> String {
        match self {
            Place::Drafts => "#".into(),
            Place::Storage => "#storage".into(),
            Place::Draft { id, view, section, item } => {
                let view = VIEWS.iter().find(|(v, _)| v == view).map_or("form", |(_, name)| name);
                let mut hash = format!("#draft={}&view={view}", encode(id));
                if let Some(section) = section {
                    hash += &format!("&section={}", encode(section));
                }
                if let Some(item) = item {
                    hash += &format!("&item={}", encode(item));
                }
                hash
            }
        }
    }
}

impl AppState {
    /// Where the form is now. A demo opened read-only and a new draft's details have no address
    /// of their own: nothing in the storage names them.
    pub fn place(&self) -> Place {
        match (&self.screen, &self.session) {
            (Screen::Storage, _) => Place::Storage,
            (Screen::Draft, Some(s)) if !s.read_only => Place::Draft {
                id: s.id.clone(),
                view: VIEWS.iter().find(|(v, _)| *v == s.view).map_or(View::Form, |(v, _)| *v),
                section: Some(s.section.code(&s.set)),
                item: s.focus.clone(),
            },
            _ => Place::Drafts,
        }
    }

    /// The browser tab's title: the open draft's name first, so that tabs and the history list
    /// say which draft each is ("Sở Tư pháp 2026 · Tự đánh giá Chỉ số cải cách hành chính").
    pub fn page_title(&self) -> String {
        let app = crate::i18n::t(self.lang, crate::i18n::Msg::AppTitle);
        match (&self.screen, &self.session) {
            (Screen::Draft, Some(s)) => format!("{} · {app}", s.name),
            _ => app.to_string(),
        }
    }

    /// Goes to `place` (Back, Forward, an address typed or bookmarked). A draft that is not in
    /// this browser leaves the list of drafts showing why, as opening it from the list would.
    pub(super) fn go_to(&mut self, place: Place) {
        if place == self.place() {
            return;
        }
        match place {
            Place::Drafts => {
                self.screen = Screen::Drafts;
                self.ask(Effect::RememberCurrent);
            }
            Place::Storage => self.screen = Screen::Storage,
            Place::Draft { id, view, section, item } => {
                self.open(&id);
                let Some(session) = self.session.as_mut().filter(|s| s.id == id && self.screen == Screen::Draft) else {
                    self.screen = Screen::Drafts;
                    return;
                };
                let set = session.set.clone();
                let item_section = item.as_deref().and_then(|code| Some(section_of(&set, set.find(code)?)));
                match (item_section, section.and_then(|code| Section::from_code(&set, &code))) {
                    (Some(at), _) => self.show(at, item),
                    (None, Some(at)) => self.show(at, None),
                    (None, None) => {}
                }
                // After the section: showing one opens the form.
                if let Some(session) = self.session.as_mut() {
                    session.view = view;
                }
            }
        }
    }
}

/// Percent-encodes what an address must not carry as is (`&`, `=`, `#`, `%`, spaces, letters
/// beyond ASCII); codes like `1.2.3`, `B1`, `+` pass unchanged.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'~' | b'-' | b'+' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Undoes [`encode`] (and any percent-encoding a browser added); a broken escape stays as typed.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%').then(|| text.get(i + 1..i + 3)).flatten();
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}
