//! The bars of the histogram as one keyboard stop: a horizontal listbox of periods whose
//! focus roves with the arrow keys, selected by click, drag, or Enter, zoomed by the wheel or
//! a two-finger pinch.

use super::gesture::{Gesture, Pointers};
use super::intent::{intent_of, Intent};
use crate::decimal::tenths;
use crate::hooks::use_css_from_data::use_css_from_data;
use crate::i18n::Strings;
use sahifa_core::timeline::{Bucket, Histogram, Labels};
use std::rc::Rc;
use web_sys::wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of the hint that describes the chart's keys, for `aria-describedby`.
const HINT_ID: &str = "timeline-keys";

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub histogram: Rc<Histogram>,
    pub labels: Labels,
    pub rtl: bool,
    /// The bar that holds the roving tab stop; always one of the histogram's.
    pub focus: Bucket,
    /// The bars the date filter covers, oldest first.
    pub selected: Option<(Bucket, Bucket)>,
    pub strings: &'static Strings,
    pub on_focus: Callback<Bucket>,
    pub on_intent: Callback<Intent>,
    /// A click on one bar or a drag across several: the bars at both ends, in either order.
    pub on_span: Callback<(Bucket, Bucket)>,
    /// The wheel or a pinch over a bar: that bar, and how many times less time to show.
    pub on_zoom: Callback<(Bucket, f64)>,
    /// A sideways wheel: bars to move, later in time when positive.
    pub on_pan: Callback<i32>,
}

#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let listbox = use_node_ref();
    use_css_from_data(listbox.clone());
    let drag = use_state(|| None::<(usize, usize)>);
    let view = props.histogram.view;
    let n = view.bucket_count();
    let bucket = move |i: usize| Bucket(view.first.0 + i as i32);
    let rtl = props.rtl;

    {
        // Keyboard moves change which bar holds the tab stop; the DOM focus must follow it,
        // but only while the reader is inside the chart.
        let listbox = listbox.clone();
        use_effect_with((props.focus, view), move |_| focus_tab_stop(&listbox));
    }

    let onkeydown = {
        let on_intent = props.on_intent.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            if let Some(intent) = intent_of(&e.key(), e.shift_key(), rtl) {
                e.prevent_default();
                on_intent.emit(intent);
            }
        })
    };
    let pointers = use_mut_ref(Pointers::default);
    // Every pointer event goes through `Pointers`, which says what it means for the chart.
    let on_pointer = {
        let (drag, listbox, on_span, on_zoom) =
            (drag.clone(), listbox.clone(), props.on_span.clone(), props.on_zoom.clone());
        Rc::new(move |gesture: Gesture| match gesture {
            Gesture::DragFrom(x) => drag.set(bar_at(&listbox, x, n, rtl).map(|i| (i, i))),
            Gesture::DragTo(x) => {
                if let (Some((from, to)), Some(i)) = (*drag, bar_at(&listbox, x, n, rtl)) {
                    if i != to {
                        drag.set(Some((from, i)));
                    }
                }
            }
            Gesture::DragEnd => {
                if let Some((from, to)) = *drag {
                    drag.set(None);
                    on_span.emit((bucket(from), bucket(to)));
                }
            }
            Gesture::DragCancel => drag.set(None),
            Gesture::Zoom { at, factor } => {
                if let Some(i) = bar_at(&listbox, at, n, rtl) {
                    on_zoom.emit((bucket(i), factor));
                }
            }
            Gesture::Nothing => {}
        })
    };
    let onpointerdown = {
        let (listbox, pointers, on_pointer) = (listbox.clone(), pointers.clone(), on_pointer.clone());
        Callback::from(move |e: PointerEvent| {
            if e.button() == 0 {
                capture(&listbox, e.pointer_id());
                on_pointer(pointers.borrow_mut().down(e.pointer_id(), e.client_x()));
            }
        })
    };
    let onpointermove = {
        let (pointers, on_pointer) = (pointers.clone(), on_pointer.clone());
        Callback::from(move |e: PointerEvent| on_pointer(pointers.borrow_mut().moved(e.pointer_id(), e.client_x())))
    };
    let onpointerup = {
        let (pointers, on_pointer) = (pointers.clone(), on_pointer.clone());
        Callback::from(move |e: PointerEvent| on_pointer(pointers.borrow_mut().up(e.pointer_id(), false)))
    };
    let onpointercancel = {
        let (pointers, on_pointer) = (pointers.clone(), on_pointer.clone());
        Callback::from(move |e: PointerEvent| on_pointer(pointers.borrow_mut().up(e.pointer_id(), true)))
    };
    let onwheel = {
        let (listbox, on_zoom, on_pan) = (listbox.clone(), props.on_zoom.clone(), props.on_pan.clone());
        Callback::from(move |e: WheelEvent| {
            // Lines (Firefox's mouse wheel) are about 33 pixels; pages are far more.
            let unit = [1.0, 33.0, 400.0].get(e.delta_mode() as usize).copied().unwrap_or(1.0);
            let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
            e.prevent_default();
            if dx.abs() > dy.abs() && !e.ctrl_key() {
                let visual = if dx > 0.0 { 1 } else { -1 };
                on_pan.emit(if rtl { -visual } else { visual } * (n as i32 / 10).max(1));
            } else if let Some(i) = bar_at(&listbox, e.client_x(), n, rtl) {
                // A pinch arrives as ctrl+wheel with small deltas, so it gets a stronger rate.
                let rate = if e.ctrl_key() { 0.01 } else { 0.002 };
                on_zoom.emit((bucket(i), (-dy * rate).exp()));
            }
        })
    };

    // A bar's name and height change with the counts, not with the focus or the selection:
    // kept across those renders, they are neither formatted nor written into the page again.
    let faces = use_memo((props.histogram.clone(), props.labels), |(histogram, labels)| {
        let max = histogram.max_count().max(1);
        let grid = histogram.view.grid;
        histogram
            .bars()
            .map(|(b, count)| {
                // An empty bar keeps a hairline so the reader sees the period exists.
                // A percentage of the tallest, to a tenth: integers, so no float is formatted.
                let height = if count == 0 {
                    String::from("0.0")
                } else {
                    tenths((u64::from(count) * 100).max(u64::from(max) * 3), u64::from(max))
                };
                (AttrValue::from(labels.bar(grid, b, count)), AttrValue::from(format!("block-size: {height}%")))
            })
            .collect::<Vec<_>>()
    });
    // The bars' focus and activation are heard on the listbox, not on each bar: a render then
    // builds no closures for the bars and Yew has no listeners to swap on each of them.
    let onfocusin = {
        let on_focus = props.on_focus.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(i) = bar_of(&e) {
                on_focus.emit(bucket(i));
            }
        })
    };
    // Pointer clicks are handled as drags; a click with no pointer behind it (detail 0) comes
    // from a screen reader's activation and selects the bar.
    let onclick = {
        let on_span = props.on_span.clone();
        Callback::from(move |e: MouseEvent| {
            if e.detail() == 0 {
                if let Some(i) = bar_of(&e) {
                    on_span.emit((bucket(i), bucket(i)));
                }
            }
        })
    };

    let dragged = drag.map(|(a, b)| (bucket(a.min(b)), bucket(a.max(b))));
    let bars = props.histogram.bars().zip(faces.iter()).map(|((b, _), (label, height))| {
        let in_span = |span: Option<(Bucket, Bucket)>| span.is_some_and(|(lo, hi)| lo <= b && b <= hi);
        html! {
            <div key={b.0} role="option" class={if in_span(dragged) { "tl-bar tl-dragged" } else { "tl-bar" }}
                tabindex={if b == props.focus { "0" } else { "-1" }}
                aria-selected={if in_span(props.selected) { "true" } else { "false" }}
                aria-label={label.clone()}>
                <span class="tl-fill" data-css={height.clone()}></span>
            </div>
        }
    });
    html! {
        <>
            <div ref={listbox} class="tl-bars" role="listbox" aria-multiselectable="true"
                aria-orientation="horizontal" aria-label={props.strings.timeline_chart_label}
                aria-describedby={HINT_ID} data-css={columns(n)}
                {onkeydown} {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onwheel} {onfocusin} {onclick}>
                { for bars }
            </div>
            <p id={HINT_ID} class="visually-hidden">{ props.strings.timeline_keys_hint }</p>
        </>
    }
}

/// The grid the bars, the axis and the markers share, so they line up in either direction.
pub fn columns(n: usize) -> String {
    format!("grid-template-columns: repeat({n}, minmax(0, 1fr))")
}

/// The bar under the pointer, from its position across the chart: a drag keeps working when
/// the pointer (captured) strays above or below the bars.
fn bar_at(listbox: &NodeRef, client_x: i32, n: usize, rtl: bool) -> Option<usize> {
    let rect = listbox.cast::<web_sys::Element>()?.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let share = ((f64::from(client_x) - rect.left()) / rect.width()).clamp(0.0, 1.0);
    let i = ((share * n as f64) as usize).min(n - 1);
    Some(if rtl { n - 1 - i } else { i })
}

/// The place among the bars of the bar an event happened on or inside: the bars are the
/// listbox's only children, in the histogram's order.
fn bar_of(event: &Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let mut at = target.closest("[role=option]").ok()??.previous_element_sibling();
    let mut place = 0;
    while let Some(bar) = at {
        place += 1;
        at = bar.previous_element_sibling();
    }
    Some(place)
}

fn capture(listbox: &NodeRef, pointer: i32) {
    if let Some(element) = listbox.cast::<web_sys::Element>() {
        // Capture fails only for a pointer that is no longer down: then there is nothing to drag.
        let _ = element.set_pointer_capture(pointer);
    }
}

/// Moves the DOM focus onto the element holding the roving tab stop inside `listbox`, when the
/// focus is already inside it (a re-render must not pull the focus in from elsewhere).
pub(super) fn focus_tab_stop(listbox: &NodeRef) {
    let Some(list) = listbox.cast::<web_sys::Element>() else { return };
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let Some(active) = active else { return };
    if !list.contains(Some(&active)) {
        return;
    }
    if let Ok(Some(stop)) = list.query_selector("[tabindex='0']") {
        if stop != active {
            if let Ok(stop) = stop.dyn_into::<web_sys::HtmlElement>() {
                let _ = stop.focus();
            }
        }
    }
}
