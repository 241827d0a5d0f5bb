//! Article text with some of its byte ranges marked, as text nodes and `<mark>` elements (never
//! HTML); runs too long to wrap (`sahifa_core::long_text`) each in a box of their own that
//! scrolls, so that no word of the data can hold the page while the browser wraps it.

use sahifa_core::long_text::{runs, MARKS_SHOWN};
use std::ops::Range;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
    /// Sorted, non-overlapping byte ranges on character boundaries of `text`.
    pub ranges: Vec<Range<usize>>,
}

#[component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    // The text holds no bidi override: the core made them isolates when the bundle was read.
    let text = props.text.as_str();
    let mut pieces = Vec::with_capacity(props.ranges.len().min(MARKS_SHOWN) * 2 + 1);
    let mut at = 0;
    for range in props.ranges.iter().take(MARKS_SHOWN) {
        // A range the text cannot hold is skipped rather than trusted.
        let (Some(before), Some(marked)) = (text.get(at..range.start), text.get(range.clone())) else { continue };
        pieces.push(unbroken_runs(before));
        pieces.push(html! { <mark>{ unbroken_runs(marked) }</mark> });
        at = range.end;
    }
    pieces.push(unbroken_runs(text.get(at..).unwrap_or("")));
    html! { <>{ for pieces }</> }
}

/// `text` as a text node, or, where it holds a run too long to wrap, its pieces with each such
/// run in a `.unbroken` box.
pub fn unbroken_runs(text: &str) -> Html {
    let pieces = runs(text);
    if let [only] = pieces.as_slice() {
        if !only.unbroken {
            return html! { { text.to_owned() } };
        }
    }
    html! {
        <>
            { for pieces.into_iter().map(|piece| {
                let shown = text[piece.range].to_owned();
                if piece.unbroken { html! { <span class="unbroken">{ shown }</span> } } else { html! { { shown } } }
            }) }
        </>
    }
}
