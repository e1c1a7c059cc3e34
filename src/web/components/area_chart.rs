//! The component index of each area (chỉ số thành phần) as a bar chart, drawn here in SVG. The
//! figures are the scorecard's; only their geometry is computed.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::SharedSet;
use crate::scoring::Scorecard;
use crate::web::i18n::{t, tf, Msg};
use crate::Lang;

// Geometry in whole SVG units: formatting floats would add several kilobytes to the app.
const WIDTH: i64 = 760;
/// Room for the index written after a full bar.
const BAR_MAX: i64 = 640;
const ROW: i64 = 52;
const TOP: i64 = 8;

/// The chart, in `lang` (a function, not a component: see the module list).
pub fn area_chart(set: &SharedSet, card: &Rc<Scorecard>, lang: Lang) -> Html {
    let height = TOP + ROW * set.roots.len() as i64 + 20;
    let summary: Vec<String> = set
        .roots
        .iter()
        .map(|&id| {
            format!("{} {}: {}%", set.nodes[id].code, set.nodes[id].title.get(lang), lang.number(card.nodes[id].index))
        })
        .collect();
    let ticks = [0, 25, 50, 75, 100];
    html! {
        <figure class="area-chart">
            <figcaption>
                <h2 id="chart-title">{ t(lang, Msg::ChartHeading) }</h2>
                <p class="hint" id="chart-hint">{ t(lang, Msg::ChartHint) }</p>
            </figcaption>
            <svg viewBox={format!("-16 0 {} {height}", WIDTH + 16)} role="img" aria-labelledby="chart-title chart-desc"
                preserveAspectRatio="xMinYMin meet">
                <desc id="chart-desc">{ summary.join("; ") }</desc>
                { for ticks.iter().map(|&tick| {
                    let x = tick * BAR_MAX / 100;
                    html! {
                        <g class="chart-tick">
                            <line x1={x.to_string()} x2={x.to_string()} y1={TOP.to_string()} y2={(height - 18).to_string()} />
                            <text x={x.to_string()} y={(height - 4).to_string()} text-anchor="middle">{ format!("{tick}%") }</text>
                        </g>
                    }
                }) }
                { for set.roots.iter().enumerate().map(|(i, &id)| {
                    let node = &set.nodes[id];
                    let score = &card.nodes[id];
                    let y = TOP + ROW * i as i64;
                    // The index is a percentage in units of 1/10 000, at most 100 %: to the
                    // nearest SVG unit.
                    let units = score.index.units().clamp(0, 1_000_000) as i64;
                    let width = (units * BAR_MAX + 500_000) / 1_000_000;
                    html! {
                        <g class="chart-bar" data-code={node.code.clone()}>
                            <text class="chart-label" x="0" y={(y + 14).to_string()}>{ format!("{} {}", node.code, node.title.get(lang)) }</text>
                            <rect class="chart-track" x="0" y={(y + 20).to_string()} width={BAR_MAX.to_string()} height="18" />
                            <rect class="chart-fill" x="0" y={(y + 20).to_string()} width={width.to_string()} height="18" />
                            <text class="chart-value" x={(BAR_MAX + 8).to_string()} y={(y + 34).to_string()}>
                                { format!("{}%", lang.number(score.index)) }
                            </text>
                            <title>{ tf(lang, Msg::PointsOf, &[&lang.number(score.points), &lang.number(score.max)]) }</title>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
