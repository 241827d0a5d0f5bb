//! Article text with some of its byte ranges marked, as text nodes and `<mark>` elements (never
//! HTML), and with bidi overrides shown as isolates (`bidi_text`).

use crate::bidi_text::without_overrides;
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
    // Overrides and the isolates that replace them are all three bytes in UTF-8, so the ranges,
    // computed on the text as written, still fall on the same characters.
    let text = without_overrides(props.text.as_str());
    let text = text.as_ref();
    let mut pieces = Vec::with_capacity(props.ranges.len() * 2 + 1);
    let mut at = 0;
    for range in &props.ranges {
        // A range the text cannot hold is skipped rather than trusted.
        let (Some(before), Some(marked)) = (text.get(at..range.start), text.get(range.clone())) else { continue };
        pieces.push(html! { { before.to_owned() } });
        pieces.push(html! { <mark>{ marked.to_owned() }</mark> });
        at = range.end;
    }
    pieces.push(html! { { text.get(at..).unwrap_or("").to_owned() } });
    html! { <>{ for pieces }</> }
}
