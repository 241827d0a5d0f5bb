//! The articles of the period on show, grouped by day or month, in a virtualized scroll box:
//! only the rows in view (and a few either side) are in the page, whatever the archive's size.

use crate::catalogue::Catalogue;
use crate::hooks::use_css_from_data::use_css_from_data;
use crate::i18n::Strings;
use crate::location::Route;
use sahifa_core::long_text::label;
use sahifa_core::timeline::{rows, DateRange, GroupBy, Grouping, Labels, Order, Row};
use std::rc::Rc;
use yew::prelude::*;

/// Every row's height in CSS pixels: fixed, so a row's place is its index times this.
pub const ROW_PX: i32 = 36;
/// How many rows the box shows at once.
const VISIBLE_ROWS: i32 = 12;
/// Rows kept beyond each edge, so a fast scroll or a Tab does not meet a blank.
const OVERSCAN: i32 = 8;
/// A period longer than this lists its articles by month rather than by day.
const DAYS_GROUPED_BY_DAY: i32 = 62;

#[derive(Properties, PartialEq)]
pub struct PeriodListProps {
    pub catalogue: Catalogue,
    pub hits: Rc<Vec<usize>>,
    pub range: DateRange,
    /// Whether undated hits follow in a group of their own.
    pub with_undated: bool,
    pub labels: Labels,
    pub strings: &'static Strings,
}

#[component]
pub fn PeriodList(props: &PeriodListProps) -> Html {
    let scroller = use_node_ref();
    use_css_from_data(scroller.clone());
    let scroll_top = use_state(|| 0);
    let by = if props.range.days() <= DAYS_GROUPED_BY_DAY { GroupBy::Day } else { GroupBy::Month };
    let list =
        use_memo((props.hits.clone(), props.range, by, props.with_undated), |(hits, range, by, with_undated)| {
            let items = hits.iter().map(|&i| (i, props.catalogue.day(i)));
            rows(items, *range, Grouping { by: *by, order: Order::NewestFirst, with_undated: *with_undated })
        });
    {
        // A new period starts at its top, not where the last one was left. The box is already
        // there when the scroll position it last reported is 0: writing scrollTop forces a
        // layout in the middle of the render, and setting the state renders the list again.
        let (scroller, scroll_top) = (scroller.clone(), scroll_top.clone());
        use_effect_with(list.clone(), move |_| {
            if *scroll_top != 0 {
                if let Some(element) = scroller.cast::<web_sys::Element>() {
                    element.set_scroll_top(0);
                }
                scroll_top.set(0);
            }
        });
    }
    let onscroll = {
        let (scroller, scroll_top) = (scroller.clone(), scroll_top.clone());
        Callback::from(move |_: Event| {
            if let Some(element) = scroller.cast::<web_sys::Element>() {
                scroll_top.set(element.scroll_top());
            }
        })
    };
    let total = list.len() as i32;
    let first = (*scroll_top / ROW_PX - OVERSCAN).clamp(0, total);
    let last = (*scroll_top / ROW_PX + VISIBLE_ROWS + OVERSCAN).clamp(0, total);
    {
        // An archive's rows come a chunk at a time: the list asks for those in view.
        let shown: Vec<usize> = (first..last)
            .filter_map(|i| match list[i as usize] {
                Row::Item { article, .. } => Some(article),
                Row::Header { .. } => None,
            })
            .collect();
        use_effect_with((props.catalogue.clone(), shown), |(catalogue, shown)| catalogue.want_rows(shown));
    }
    if list.is_empty() {
        return html! { <p class="tl-empty">{ props.strings.timeline_nothing }</p> };
    }
    let row = |i: i32| {
        let css = format!("inset-block-start: {}px; block-size: {ROW_PX}px", i * ROW_PX);
        let (setsize, posinset) = (total.to_string(), (i + 1).to_string());
        match list[i as usize] {
            Row::Header { group, count } => html! {
                <li key={format!("h{i}")} class="tl-row tl-group" data-css={css.clone()} aria-setsize={setsize} aria-posinset={posinset}>
                    { format!("{} · {}", props.labels.group(group), props.labels.count(count)) }
                </li>
            },
            Row::Item { article, .. } => props
                .catalogue
                .with_row(article, |article| html! {
                    <li key={format!("a{i}")} class="tl-row" data-css={css.clone()} aria-setsize={setsize.clone()} aria-posinset={posinset.clone()}
                        lang={article.lang.clone()} dir={article.direction().as_attr()}>
                        <a href={Route::Article(article.id.clone()).to_hash()}>{ label(&article.title).into_owned() }</a>
                    </li>
                })
                .unwrap_or_else(|| html! {
                    <li key={format!("a{i}")} class="tl-row" data-css={css} aria-setsize={setsize} aria-posinset={posinset} aria-busy="true">
                        { props.strings.row_loading }
                    </li>
                }),
        }
    };
    html! {
        <div ref={scroller} class="tl-list" role="region" aria-label={props.strings.timeline_list_label} tabindex="0"
            data-css={format!("max-block-size: {}px", VISIBLE_ROWS * ROW_PX)} {onscroll}>
            <ul data-css={format!("block-size: {}px", total * ROW_PX)}>
                { for (first..last).map(row) }
            </ul>
        </div>
    }
}
