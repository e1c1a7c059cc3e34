//! One score file's report in full: the verdict, the signature, who signed, what the file
//! claims, its criteria set, and the recomputation with every figure that differs.

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::ScoreDifferences;
use crate::app::state::SharedSet;
use crate::app::verify::wording;
use crate::app::verify::Check;
use crate::scorefile::verify::Signer;
use crate::scorefile::{Failure, Report, Verdict};
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct ReportDetailsProps {
    pub name: String,
    pub check: Check,
    pub sets: Vec<SharedSet>,
}

#[component]
pub fn ReportDetails(props: &ReportDetailsProps) -> Html {
    let lang = use_lang();
    let body = match &props.check {
        Check::Pending(_) => html! { <p class="hint" role="status">{ t(lang, Msg::Checking) }</p> },
        Check::NotChecked => html! { <p class="hint">{ t(lang, Msg::NotChecked) }</p> },
        Check::Unreadable(reason) => {
            html! { <p class="verdict-bad" role="alert">{ tf(lang, Msg::Unreadable, &[reason]) }</p> }
        }
        Check::Done(report) => report_body(lang, report, &props.sets),
    };
    html! {
        <section class="report-details" id="verify-details" aria-labelledby="verify-details-heading">
            <h3 id="verify-details-heading">{ tf(lang, Msg::DetailsHeading, &[&props.name]) }</h3>
            { body }
        </section>
    }
}

fn report_body(lang: Lang, report: &Report, sets: &[SharedSet]) -> Html {
    let set = wording::known_set(sets, report.criteria.as_ref());
    let malformed = report.failures.iter().find_map(|f| match f {
        Failure::Malformed { location, message } => {
            Some(tf(lang, Msg::MalformedAt, &[location.get(lang), message.get(lang)]))
        }
        _ => None,
    });
    html! {
        <>
            if report.verdict() == Verdict::Verified {
                <p class="verdict-ok" role="status">{ t(lang, Msg::VerdictValid) }</p>
            } else if report.verdict() == Verdict::SignatureOnly {
                <p class="verdict-warn" role="status">{ signature_only(lang, report) }</p>
            } else {
                <div class="verdict-bad" role="alert">
                    <p>{ tf(lang, Msg::VerdictNotValid, &[&wording::kinds(lang, report)]) }</p>
                    if let Some(malformed) = malformed {
                        <p class="malformed">{ malformed }</p>
                    }
                </div>
            }
            <dl class="report-facts">
                { fact(t(lang, Msg::SignatureLabel), signature(lang, report)) }
                if let Some(signer) = &report.signer {
                    { fact(t(lang, Msg::SignedByLabel), signed_by(lang, signer, report)) }
                    { fact(t(lang, Msg::FingerprintLabel), html! { <code class="fingerprint">{ &signer.fingerprint }</code> }) }
                    { fact(t(lang, Msg::DidKeyLabel), html! { <code class="did">{ &signer.did }</code> }) }
                }
                if let Some(agency) = &report.agency {
                    { fact(t(lang, Msg::AgencyLabel), html! { tf(lang, Msg::DraftAgency, &[&agency.name, &agency.code]) }) }
                }
                if let Some(year) = report.year {
                    { fact(t(lang, Msg::EvaluationYear), html! { year }) }
                }
                if let Some(index) = wording::index(lang, report, set) {
                    { fact(t(lang, Msg::ClaimedIndex), html! { index }) }
                    { fact(t(lang, Msg::ClaimedBand), html! { wording::band(lang, report, set) }) }
                }
                if report.criteria.is_some() {
                    { fact(t(lang, Msg::SetLabel), criteria(lang, report, set)) }
                }
            </dl>
            if report.criteria.is_some() {
                { recomputation(lang, report, set) }
            }
        </>
    }
}

/// "Chữ ký đúng nhưng chưa xác minh người ký: không có danh sách khoá…", in the core's words.
fn signature_only(lang: Lang, report: &Report) -> String {
    let verdict = Verdict::SignatureOnly.text().text(lang);
    match report.signer_text() {
        Some(why) => format!("{verdict}: {}", why.text(lang)),
        None => verdict,
    }
}

fn fact(term: &str, value: Html) -> Html {
    html! { <div><dt>{ term }</dt><dd>{ value }</dd></div> }
}

fn signature(lang: Lang, report: &Report) -> Html {
    let has = |kind: &str| report.failures.iter().any(|f| f.kind() == kind);
    let (class, msg) = if has("malformed") {
        ("verdict-bad", Msg::SignatureUnchecked)
    } else if has("bad_signature") {
        ("verdict-bad", Msg::SignatureBad)
    } else {
        ("verdict-ok", Msg::SignatureValid)
    };
    html! { <span class={class} id="signature-verdict">{ t(lang, msg) }</span> }
}

/// Whom the keyring registers the key to, or why it does not say.
fn signed_by(lang: Lang, signer: &Signer, report: &Report) -> Html {
    let unknown = report.failures.iter().find_map(|f| match f {
        Failure::UnknownKey { registered_to, .. } => Some(registered_to),
        _ => None,
    });
    let text = match (&signer.registered, unknown) {
        (Some(owner), _) => tf(lang, Msg::RegisteredAs, &[&owner.name, &owner.code]),
        (None, Some(Some(owner))) => tf(lang, Msg::RegisteredToOther, &[&owner.name, &owner.code]),
        (None, Some(None)) => t(lang, Msg::NotInKeyring).to_string(),
        (None, None) => t(lang, Msg::NoKeyringGiven).to_string(),
    };
    let class = if signer.registered.is_some() { "verdict-ok" } else { "verdict-warn" };
    html! { <span id="signed-by" class={class}>{ text }</span> }
}

fn criteria(lang: Lang, report: &Report, set: Option<&SharedSet>) -> Html {
    let Some(claimed) = &report.criteria else { return html! {} };
    if let Some(set) = set {
        return html! { <span class="verdict-ok">{ tf(lang, Msg::CriteriaMatches, &[set.title.get(lang), &set.id, &set.version]) }</span> };
    }
    let same_id = report.failures.iter().find_map(|f| match f {
        Failure::CriteriaMismatch { known, .. } if !known.is_empty() => Some(known.join("; ")),
        _ => None,
    });
    html! {
        <>
            <span class="verdict-bad">{ tf(lang, Msg::CriteriaUnknown, &[&claimed.id, &claimed.version, &claimed.sha256]) }</span>
            if let Some(same_id) = same_id {
                <br />{ tf(lang, Msg::CriteriaSameId, &[&same_id]) }
            }
        </>
    }
}

fn recomputation(lang: Lang, report: &Report, set: Option<&SharedSet>) -> Html {
    let differences = report.failures.iter().find_map(|f| match f {
        Failure::ScoreDiffers { differences } => Some(differences.clone()),
        _ => None,
    });
    let body = match (set, differences) {
        (None, _) => html! { <p class="hint">{ t(lang, Msg::RecomputeSkipped) }</p> },
        (Some(_), None) => html! { <p class="verdict-ok">{ t(lang, Msg::RecomputeMatches) }</p> },
        (Some(set), Some(differences)) => html! {
            <>
                <p class="verdict-bad">{ tf(lang, Msg::RecomputeDiffers, &[&differences.len().to_string()]) }</p>
                <ScoreDifferences differences={differences} set={set.clone()} />
            </>
        },
    };
    html! {
        <section class="recomputation" aria-labelledby="recompute-heading">
            <h4 id="recompute-heading">{ t(lang, Msg::RecomputeLabel) }</h4>
            { body }
        </section>
    }
}
