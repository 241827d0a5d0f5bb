//! Article text with some of its byte ranges marked, as text nodes and `<mark>` elements (never
//! HTML), and with bidi overrides shown as isolates (`bidi_text`).

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
