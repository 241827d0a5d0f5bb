//! The time axis under the bars: short labels often enough to read, and the wider period's
//! name (year, month) where it starts, laid on the bars' grid so it mirrors with them.

use super::bars::columns;
use crate::hooks::use_css_from_data::use_css_from_data;
use sahifa_core::timeline::{Labels, View};
use yew::prelude::*;

/// About how many short labels fit under the chart without crowding.
const SHORT_LABELS: usize = 12;
/// About how many period names fit.
const PERIOD_LABELS: usize = 6;

#[derive(Properties, PartialEq)]
pub struct AxisProps {
    pub view: View,
    pub labels: Labels,
}

#[component]
pub fn Axis(props: &AxisProps) -> Html {
    let root = use_node_ref();
    use_css_from_data(root.clone());
    let n = props.view.bucket_count();
    let every = n.div_ceil(SHORT_LABELS);
    let period_gap = n / PERIOD_LABELS;
    let mut last_period: Option<usize> = None;
    let mut cells = Vec::new();
    for (i, tick) in props.labels.axis(&props.view).into_iter().enumerate() {
        if i % every == 0 {
            cells.push(html! {
                <span key={format!("s{i}")} class="tl-tick" data-css={format!("grid-row: 1; grid-column: {}", i + 1)}>{ tick.label }</span>
            });
        }
        if let Some(period) = tick.period {
            // A period that starts too close to the last named one stays unnamed rather
            // than writing over it.
            if last_period.is_none_or(|last| i - last >= period_gap) {
                last_period = Some(i);
                cells.push(html! {
                    <span key={format!("p{i}")} class="tl-period" data-css={format!("grid-row: 2; grid-column: {}", i + 1)}>{ period }</span>
                });
            }
        }
    }
    html! {
        <div ref={root} class="tl-axis" aria-hidden="true" data-css={columns(n)}>{ for cells }</div>
    }
}
