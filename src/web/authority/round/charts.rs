//! A group's charts in plain HTML and CSS: agencies per band (bars), the heat map of component
//! indexes by area (a table of shaded cells, readable without colour), and the top and bottom.

use crate::i18n::Bilingual;
use yew::prelude::*;

use crate::app::authority::round::view::{GroupView, ResultLine};
use crate::app::authority::round::RoundMsg;
use crate::web::i18n::use_lang;
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct GroupChartsProps {
    pub group: GroupView,
}

#[component]
pub fn GroupCharts(props: &GroupChartsProps) -> Html {
    let lang = use_lang();
    let group = &props.group;
    html! {
        <div class="round-charts screen-only">
            { bands(lang, group) }
            { heat_map(lang, group) }
            { top_bottom(lang, group) }
        </div>
    }
}

fn bands(lang: Lang, group: &GroupView) -> Html {
    let most = group.bands.iter().map(|(_, count)| *count).max().unwrap_or(0).max(1);
    html! {
        <figure class="band-chart">
            <figcaption>{ RoundMsg::BandsChart.text(lang) }</figcaption>
            <dl>
                { for group.bands.iter().map(|(band, count)| {
                    // Whole percents of the tallest bar: a width, not a figure anyone reads.
                    let width = count * 100 / most;
                    html! {
                        <div class="band-bar" data-band={band.clone()}>
                            <dt>{ band }</dt>
                            <dd>
                                // An SVG bar: a width attribute, not an inline style the page's
                                // Content-Security-Policy would refuse.
                                <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                    <rect width={width.to_string()} height="10" />
                                </svg>
                                <span class="bar-count">{ count }</span>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </figure>
    }
}

fn heat_map(lang: Lang, group: &GroupView) -> Html {
    html! {
        <figure class="heat-map">
            <figcaption>{ RoundMsg::HeatMap.text(lang) }</figcaption>
            <p class="hint">{ RoundMsg::HeatMapHint.text(lang) }</p>
            // A box that may scroll sideways: focusable, so that a keyboard can scroll it too.
            <div class="table-scroll" tabindex="0" role="region" aria-label={RoundMsg::HeatMap.text(lang)}>
                <table>
                    <thead><tr>
                        <th scope="col">{ RoundMsg::AreaColumn.text(lang) }</th>
                        { for group.lines.iter().map(|line| html! { <th scope="col" title={line.name.clone()}>{ &line.code }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for group.areas.iter().enumerate().map(|(i, (code, title))| html! {
                            <tr>
                                <th scope="row" title={title.clone()}>{ code }</th>
                                { for group.lines.iter().map(|line| {
                                    let (index, shade) = line.areas.get(i).cloned().unwrap_or_default();
                                    html! { <td class={format!("heat heat-{shade}")}>{ index }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </figure>
    }
}

fn top_bottom(lang: Lang, group: &GroupView) -> Html {
    let list = |lines: &[ResultLine]| {
        html! {
            <ol>
                { for lines.iter().map(|line| html! {
                    <li value={line.rank.to_string()}>{ format!("{} ({}): {}", line.name, line.code, line.index) }</li>
                }) }
            </ol>
        }
    };
    if group.top.is_empty() {
        return Html::default();
    }
    html! {
        <figure class="top-bottom">
            <figcaption>{ RoundMsg::TopAndBottom.text(lang) }</figcaption>
            <div class="top-bottom-lists">
                <div class="top"><p>{ RoundMsg::Top.text(lang) }</p>{ list(&group.top) }</div>
                <div class="bottom"><p>{ RoundMsg::Bottom.text(lang) }</p>{ list(&group.bottom) }</div>
            </div>
        </figure>
    }
}
