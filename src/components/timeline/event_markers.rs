//! The events the hits report, drawn above the bars on their own dates: one marker for the
//! events of neighbouring bars, saying how many it holds, one Tab stop for the whole row (the
//! arrow keys move along it), a lone event a link to its article, several a list of them.

use super::bars::{columns, focus_tab_stop};
use crate::hooks::use_chart_room::Room;
use crate::hooks::use_css_from_data::use_css_from_data;
use crate::i18n::Strings;
use crate::location::Route;
use crate::shared::SharedBundle;
use sahifa_core::long_text::label;
use sahifa_core::timeline::{marker_groups, markers, DateRange, Labels, Marker, MarkerGroup, View};
use std::rc::Rc;
use yew::prelude::*;

/// The narrowest a marker is drawn, in CSS pixels: the smallest target WCAG 2.5.8 allows, and
/// room for a count of three digits.
const MARKER_PX: u32 = 24;
/// How many of a group's events its list shows at first, and adds with each "more".
const LIST_PAGE: usize = 50;
const LIST_ID: &str = "timeline-events";

#[derive(Properties, PartialEq)]
pub struct EventMarkersProps {
    pub bundle: SharedBundle,
    pub hits: Rc<Vec<usize>>,
    pub view: View,
    pub labels: Labels,
    pub rtl: bool,
    pub room: Room,
    pub strings: &'static Strings,
}

#[component]
pub fn EventMarkers(props: &EventMarkersProps) -> Html {
    let root = use_node_ref();
    use_css_from_data(root.clone());
    // The marker holding the row's tab stop, and the group whose list is open (by first column).
    let focus = use_state_eq(|| 0usize);
    let open = use_state_eq(|| None::<(View, usize)>);
    let shown = use_state_eq(|| LIST_PAGE);
    {
        let root = root.clone();
        use_effect_with(*focus, move |_| focus_tab_stop(&root));
    }
    let articles = props.bundle.articles();
    let all = markers(props.hits.iter().map(|&i| (i, &articles[i])), &props.view);
    if all.is_empty() {
        return html! {};
    }
    let n = props.view.bucket_count();
    let span = (MARKER_PX as usize * n).div_ceil(props.room.width.max(1) as usize).max(1);
    let groups = marker_groups(&all, &props.view, span);
    let focus_at = (*focus).min(groups.len() - 1);
    let rtl = props.rtl;
    let onkeydown = {
        let (focus, count) = (focus.clone(), groups.len());
        Callback::from(move |e: KeyboardEvent| {
            let last = count - 1;
            let next = match e.key().as_str() {
                "ArrowRight" if rtl => focus_at.saturating_sub(1),
                "ArrowRight" => (focus_at + 1).min(last),
                "ArrowLeft" if rtl => (focus_at + 1).min(last),
                "ArrowLeft" => focus_at.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            focus.set(next);
        })
    };
    let open_group = open.filter(|(view, _)| *view == props.view).map(|(_, first)| first);
    let controls = groups.iter().enumerate().map(|(i, group)| {
        let tabindex = if i == focus_at { "0" } else { "-1" };
        let place = format!("grid-column: {} / {}", group.first + 1, group.last + 2);
        let events = &all[group.markers.clone()];
        let onfocus = {
            let focus = focus.clone();
            Callback::from(move |_: FocusEvent| focus.set(i))
        };
        let control = if let [only] = events {
            let article = &articles[only.article];
            html! {
                <a class="tl-marker" href={Route::Article(article.id.clone()).to_hash()} {tabindex} {onfocus}
                    aria-label={only.label.to_owned()} title={only.label.to_owned()} lang={article.lang.clone()}>
                    <span aria-hidden="true">{ "◆" }</span>
                </a>
            }
        } else {
            let is_open = open_group == Some(group.first);
            let onclick = {
                let (open, shown, view, first) = (open.clone(), shown.clone(), props.view, group.first);
                Callback::from(move |_: MouseEvent| {
                    shown.set(LIST_PAGE);
                    open.set((!is_open).then_some((view, first)));
                })
            };
            html! {
                <button type="button" class="tl-marker tl-marker-many" {tabindex} {onfocus} {onclick}
                    aria-expanded={is_open.to_string()} aria-controls={LIST_ID}
                    aria-label={group_name(&props.labels, group, events)}>
                    <span aria-hidden="true">{ props.labels.number(group.count()) }</span>
                </button>
            }
        };
        html! { <span key={group.first} class="tl-marker-cell" data-css={place}>{ control }</span> }
    });
    let list = open_group.and_then(|first| groups.iter().find(|g| g.first == first)).map(|group| {
        let events = &all[group.markers.clone()];
        let more = {
            let shown = shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(*shown + LIST_PAGE))
        };
        html! {
            <>
                <p>{ group_name(&props.labels, group, events) }</p>
                <ul>
                    { for events.iter().take(*shown).map(|event| event_link(event, &articles[event.article])) }
                </ul>
                if events.len() > *shown {
                    <button type="button" class="show-more" onclick={more}>{ props.strings.timeline_more_events }</button>
                }
            </>
        }
    });
    html! {
        <>
            <div ref={root} class="tl-markers" role="toolbar" aria-label={props.strings.timeline_events_label}
                data-css={columns(n)} {onkeydown}>
                { for controls }
            </div>
            // Always in the page, hidden while closed: a list that came and went beside the row
            // made Yew rebuild the row, and the marker that opened it lost the focus.
            <div id={LIST_ID} class="tl-event-list" hidden={list.is_none()}>{ for list }</div>
        </>
    }
}

/// What a marker of several events is called: how many, and the days they fall on.
fn group_name(labels: &Labels, group: &MarkerGroup, events: &[Marker<'_>]) -> String {
    let days = DateRange { from: events[0].day, to: events[events.len() - 1].day };
    format!("{}: {}", labels.events(group.count() as u32), labels.range(days))
}

fn event_link(event: &Marker<'_>, article: &sahifa_core::model::Article) -> Html {
    html! {
        <li><a href={Route::Article(article.id.clone()).to_hash()} lang={article.lang.clone()}>{ label(event.label).into_owned() }</a></li>
    }
}
