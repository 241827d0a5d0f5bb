//! The events the hits report, drawn above the bars on their own dates, each a link to the
//! article that reports it.

use super::bars::columns;
use crate::hooks::use_css_from_data::use_css_from_data;
use crate::i18n::Strings;
use crate::location::Route;
use crate::shared::SharedBundle;
use sahifa_core::timeline::{markers, Bucket, View};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventMarkersProps {
    pub bundle: SharedBundle,
    pub hits: Rc<Vec<usize>>,
    pub view: View,
    pub strings: &'static Strings,
}

#[component]
pub fn EventMarkers(props: &EventMarkersProps) -> Html {
    let root = use_node_ref();
    use_css_from_data(root.clone());
    let articles = props.bundle.articles();
    let all = markers(props.hits.iter().map(|&i| (i, &articles[i])), &props.view);
    if all.is_empty() {
        return html! {};
    }
    // One link a bar: a busy archive can report hundreds of events in one period, and the
    // page must stay small. The bar's other events are named in the link's tooltip, the first
    // few of them only (see `tooltip`).
    let mut shown: Vec<(usize, Bucket, usize, &str, Vec<&str>)> = Vec::new();
    for marker in &all {
        let Some(column) = props.view.index_of(marker.bucket) else { continue };
        match shown.last_mut() {
            Some((last, _, _, _, labels)) if *last == column => labels.push(marker.label),
            _ => shown.push((column, marker.bucket, marker.article, marker.label, vec![marker.label])),
        }
    }
    let links: Vec<Html> = shown
        .into_iter()
        .map(|(column, bucket, article, label, labels)| {
            let article = &articles[article];
            // Keyed by period, not place: zooming in keeps the markers of the periods still
            // shown as they are, where keys by column would rewrite every one.
            html! {
                <li key={bucket.0} class="tl-marker" data-css={format!("grid-column: {}", column + 1)}>
                    <a href={Route::Article(article.id.clone()).to_hash()} aria-label={label.to_owned()}
                        title={tooltip(&labels)} lang={article.lang.clone()}>
                        <span aria-hidden="true">{ "◆" }</span>
                    </a>
                </li>
            }
        })
        .collect();
    html! {
        <ul ref={root} class="tl-markers" aria-label={props.strings.timeline_events_label} data-css={columns(props.view.bucket_count())}>
            { for links }
        </ul>
    }
}

/// The most events a marker's tooltip names.
const TOOLTIP_LABELS: usize = 12;

/// The events of one bar for its marker's tooltip, cut short after `TOOLTIP_LABELS`. A year's
/// bar on a real archive holds hundreds of events: naming them all made the attributes rewritten
/// on every zoom the bulk of the chart, for a tooltip no one can read to its end and a
/// description a screen reader would read out in full.
fn tooltip(labels: &[&str]) -> String {
    let mut text = labels[..labels.len().min(TOOLTIP_LABELS)].join(" · ");
    if labels.len() > TOOLTIP_LABELS {
        text.push_str(" · …");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tooltip_names_every_event_up_to_the_limit_and_then_says_there_are_more() {
        assert_eq!(tooltip(&["a", "b"]), "a · b");
        let many: Vec<String> = (0..TOOLTIP_LABELS + 5).map(|i| i.to_string()).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let text = tooltip(&many);
        assert!(text.starts_with("0 · 1 · "), "{text}");
        assert!(text.ends_with(&format!("{} · …", TOOLTIP_LABELS - 1)), "{text}");
    }
}
