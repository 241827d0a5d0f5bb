//! The time axis under the bars: labels on calendar boundaries, as many as the chart's width
//! holds without one running into the next, laid on the bars' grid so they mirror with them.

use super::bars::columns;
use crate::hooks::use_chart_room::Room;
use crate::hooks::use_css_from_data::use_css_from_data;
use sahifa_core::timeline::{Labels, View};
use yew::prelude::*;

/// The axis's text size, as a percentage of the chart's (`.tl-axis` in style.css).
const AXIS_TEXT_PERCENT: u32 = 75;

#[derive(Properties, PartialEq)]
pub struct AxisProps {
    pub view: View,
    pub labels: Labels,
    pub room: Room,
}

#[component]
pub fn Axis(props: &AxisProps) -> Html {
    let root = use_node_ref();
    use_css_from_data(root.clone());
    let view = props.view;
    let room = props.room;
    let ticks = props.labels.axis(&view, room.width, |text| room.text_width(text, AXIS_TEXT_PERCENT));
    let cells = ticks.into_iter().map(|tick| {
        let column = (tick.bucket.0 - view.first.0) as usize + 1;
        html! {
            <span key={tick.bucket.0} class="tl-tick" data-css={format!("grid-column: {column}")}>{ tick.label }</span>
        }
    });
    html! {
        <div ref={root} class="tl-axis" aria-hidden="true" data-css={columns(view.bucket_count())}>{ for cells }</div>
    }
}
