//! The report as Nghị định 30/2020/NĐ-CP lays out an administrative document: the issuing
//! agency and its number top left, the Quốc hiệu and tiêu ngữ top right with the place and date
//! line, the title, the summary, the recipients and the signature block, the signed file's
//! SHA-256 with its QR code, then the table as the annex on a page of its own.

use crate::i18n::Bilingual;
use std::rc::Rc;

use yew::prelude::*;

use super::table::ReportTable;
use crate::answers::Draft;
use crate::app::report_page::qr::qr_path;
use crate::app::report_page::signed::SignedRecord;
use crate::app::report_page::summary;
use crate::app::state::SharedSet;
use crate::i18n::report::ReportText as R;
use crate::letter_case;
use crate::scoring::Scorecard;
use crate::web::i18n::use_lang;
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct ReportDocumentProps {
    pub set: SharedSet,
    pub card: Rc<Scorecard>,
    pub draft: Rc<Draft>,
    /// The last score file signed for this draft in this browser, if any.
    pub signed: Option<SignedRecord>,
}

#[component]
pub fn ReportDocument(props: &ReportDocumentProps) -> Html {
    let lang = use_lang();
    let (set, draft) = (&props.set, &props.draft);
    let agency = &draft.agency;
    let code = agency.code.trim();
    let sum = summary(set, &props.card, lang);
    let set_name = format!("{} ({}, {})", set.title.get(lang), set.decision.number, set.version);
    html! {
        <article class="report-doc" aria-labelledby="report-title">
            <div class="doc-head">
                <div class="doc-agency">
                    <p class="doc-agency-name" id="doc-agency">{ letter_case::upper(agency.name.trim()) }</p>
                    <p class="doc-number">{ R::Number { code }.text(lang) }</p>
                </div>
                <div class="doc-nation">
                    <p class="doc-nation-name">{ R::Nation.text(lang) }</p>
                    <p class="doc-motto">{ R::Motto.text(lang) }</p>
                    <p class="doc-date" id="doc-date">{ R::DateLine.text(lang) }</p>
                </div>
            </div>
            <h2 class="doc-title" id="report-title">{ R::Title.text(lang) }</h2>
            <p class="doc-subtitle">{ R::Subtitle { year: draft.year }.text(lang) }</p>
            <div class="doc-body" id="doc-summary">
                <p>{ R::Intro { agency: agency.name.trim(), set: &set_name }.text(lang) }</p>
                <ul>
                    <li>{ R::Total { total: &sum.total, scale: &sum.scale }.text(lang) }</li>
                    <li>{ R::Index { index: &sum.index }.text(lang) }</li>
                    <li id="doc-band">{ R::Band { band: &sum.band }.text(lang) }</li>
                    if let Some((pending, items)) = sum.survey_pending {
                        <li id="doc-survey">{ R::SurveyPending { pending, items }.text(lang) }</li>
                    }
                </ul>
                <p>{ R::SeeAnnex.text(lang) }</p>
            </div>
            <div class="doc-signing">
                <div class="doc-recipients">
                    <p class="doc-recipients-head">{ R::Recipients.text(lang) }</p>
                    <p>{ R::RecipientAuthority.text(lang) }</p>
                    <p>{ R::RecipientArchive.text(lang) }</p>
                </div>
                <div class="doc-signer" id="doc-signer">
                    <p class="doc-signer-position">{ R::SignerPosition.text(lang) }</p>
                    <p class="doc-signer-hint">{ R::SignerHint.text(lang) }</p>
                    <p class="doc-signer-name">{ R::SignerName.text(lang) }</p>
                </div>
            </div>
            { signed_file(lang, props.signed.as_ref()) }
            <section class="doc-annex" aria-labelledby="annex-title">
                <h2 class="doc-title" id="annex-title">{ R::Annex.text(lang) }</h2>
                <p class="doc-subtitle">{ R::Subtitle { year: draft.year }.text(lang) }</p>
                <p class="doc-annex-of">{ R::AnnexOf { code }.text(lang) }</p>
                <ReportTable set={set.clone()} card={props.card.clone()} draft={draft.clone()} />
            </section>
        </article>
    }
}

/// The signed file's name, day and SHA-256, as text and as a QR code; on screen only, a hint
/// when there is none.
fn signed_file(lang: Lang, signed: Option<&SignedRecord>) -> Html {
    let Some(signed) = signed else {
        return html! { <p class="hint doc-screen-only" id="doc-not-signed">{ R::NotSigned.text(lang) }</p> };
    };
    let qr = qr_path(&signed.sha256).map(|qr| {
        // A quiet zone of 4 modules around the code, as the standard asks.
        let side = qr.size + 8;
        html! {
            <svg class="doc-qr" id="doc-qr" viewBox={format!("-4 -4 {side} {side}")} width="96" height="96"
                role="img" aria-label={R::QrLabel.text(lang)} shape-rendering="crispEdges">
                <rect x="-4" y="-4" width={side.to_string()} height={side.to_string()} fill="#fff" />
                <path d={qr.d} fill="#000" />
            </svg>
        }
    });
    html! {
        <div class="doc-hash" id="doc-hash">
            { qr.unwrap_or_default() }
            <p>
                { R::SignedFile { file: &signed.file, day: &signed.day(lang) }.text(lang) }
                <br /><code class="doc-sha" id="doc-sha">{ &signed.sha256 }</code>
            </p>
        </div>
    }
}
