//! The chart's buttons: zoom, move through time, pick a scale, show the whole span, reverse
//! the direction, clear the selection.

use super::intent::ZOOM_STEP;
use crate::i18n::Strings;
use sahifa_core::timeline::Scale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub strings: &'static Strings,
    pub scale: Scale,
    /// Whether time runs right to left on the chart, so the move buttons point the same way.
    pub rtl: bool,
    pub flipped: bool,
    pub has_selection: bool,
    /// How many times less time to show.
    pub on_zoom: Callback<f64>,
    /// Screens to move, later in time when positive.
    pub on_page: Callback<i32>,
    pub on_scale: Callback<Scale>,
    pub on_show_all: Callback<()>,
    pub on_flip: Callback<()>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let s = props.strings;
    let button = |label: &'static str, glyph: &'static str, onclick: Callback<MouseEvent>| {
        html! {
            <button type="button" {onclick}>
                if !glyph.is_empty() { <span aria-hidden="true">{ glyph }</span>{ " " } }
                { label }
            </button>
        }
    };
    let (older_glyph, newer_glyph) = if props.rtl { ("→", "←") } else { ("←", "→") };
    let scales = [
        (Scale::Year, s.timeline_year),
        (Scale::Month, s.timeline_month),
        (Scale::Week, s.timeline_week),
        (Scale::Day, s.timeline_day),
    ];
    html! {
        <div class="tl-toolbar">
            <div class="tl-tools" dir={if props.rtl { "rtl" } else { "ltr" }}>
                { button(s.timeline_older, older_glyph, props.on_page.reform(|_| -1)) }
                { button(s.timeline_newer, newer_glyph, props.on_page.reform(|_| 1)) }
            </div>
            <div class="tl-tools">
                { button(s.timeline_zoom_in, "+", props.on_zoom.reform(|_| ZOOM_STEP)) }
                { button(s.timeline_zoom_out, "−", props.on_zoom.reform(|_| 1.0 / ZOOM_STEP)) }
                { button(s.timeline_show_all, "", props.on_show_all.reform(|_| ())) }
            </div>
            <div class="tl-tools" role="group" aria-label={s.timeline_scale_label}>
                { for scales.into_iter().map(|(scale, label)| html! {
                    <button type="button" aria-pressed={(scale == props.scale).to_string()}
                        onclick={props.on_scale.reform(move |_| scale)}>{ label }</button>
                }) }
            </div>
            <div class="tl-tools">
                <button type="button" aria-pressed={props.flipped.to_string()} onclick={props.on_flip.reform(|_| ())}>
                    { s.timeline_flip }
                </button>
                if props.has_selection {
                    { button(s.timeline_clear, "✕", props.on_clear.reform(|_| ())) }
                }
            </div>
        </div>
    }
}
