//! The facets with their counts (each with OR or AND, its values by count or by name, a filter
//! box and "show all" when long), the date range and "clear": filters that follow the search.

use crate::components::date_field::DateField;
use crate::hooks::use_digits::use_digits;
use crate::i18n::Strings;
use sahifa_core::digits::Digits;
use sahifa_core::format_date::{computed, Calendars, DateStyle};
use sahifa_core::long_text::label;
use sahifa_core::search::{
    by_name as by_name_order, name_matches, BucketCount, Facet, FacetCounts, FacetValue, Filters,
};
use sahifa_core::timeline::{DateRange, Labels};
use sahifa_core::value_names::value_name;
use yew::prelude::*;

/// How many values a facet shows before "show all": enough to scan, few enough to not bury
/// the other facets; a facet with more also gets a box to filter its values.
const FIRST_VALUES: usize = 8;

#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    pub facets: Vec<FacetCounts>,
    pub filters: Filters,
    pub strings: &'static Strings,
    pub on_toggle: Callback<(Facet, FacetValue)>,
    /// A facet switched to AND (`true`) or back to OR.
    #[prop_or_default]
    pub on_all: Callback<(Facet, bool)>,
    pub on_dates: Callback<(Option<time::Date>, Option<time::Date>)>,
    pub on_clear: Callback<()>,
    /// Whether the panel offers "clear": not while the list, with no results, offers it itself.
    #[prop_or(true)]
    pub offer_clear: bool,
    /// How dates read: the period is also written in the Hijri calendar when the reader reads it.
    #[prop_or_default]
    pub style: DateStyle,
}

/// The chosen period in the Hijri calendar, when the reader reads dates in it: the fields take
/// Gregorian days, as a bundle's dates are.
fn hijri_period(
    style: DateStyle,
    strings: &Strings,
    from: Option<time::Date>,
    to: Option<time::Date>,
) -> Option<String> {
    if style.calendars == Calendars::Gregorian {
        return None;
    }
    let labels = Labels::new(strings.lang, DateStyle { calendars: Calendars::Hijri, ..style });
    let day = |d: time::Date| labels.range(DateRange { from: d, to: d });
    let text = match (from, to) {
        (Some(from), Some(to)) => labels.range(DateRange::new(from, to)),
        (Some(from), None) => format!("{}: {}", strings.date_from, day(from)),
        (None, Some(to)) => format!("{}: {}", strings.date_to, day(to)),
        (None, None) => return None,
    };
    Some(format!("{text} {}", computed(strings.lang)))
}

/// The heading of a facet in the UI's language.
pub fn facet_name(strings: &Strings, facet: Facet) -> &'static str {
    match facet {
        Facet::Source => strings.facet_source,
        Facet::Publisher => strings.facet_publisher,
        Facet::Tag => strings.facet_tag,
        Facet::Place => strings.facet_place,
        Facet::Person => strings.facet_person,
        Facet::Organization => strings.facet_organization,
        Facet::Language => strings.facet_language,
        Facet::Year => strings.facet_year,
    }
}

#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let strings = props.strings;
    let (from, to) = (props.filters.from, props.filters.to);
    let on_from = props.on_dates.reform(move |day: Option<time::Date>| (day, to));
    let on_to = props.on_dates.reform(move |day: Option<time::Date>| (from, day));
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    // On a narrow screen the panel opens from a button, so that the results come first; the
    // button says how many filters are on. On a wide one it is always open, beside the results.
    let open = use_state(|| false);
    let on_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on = props.filters.facets.values().map(|values| values.len()).sum::<usize>()
        + usize::from(from.is_some())
        + usize::from(to.is_some());
    let digits = use_digits();
    let button_text = match on {
        0 => strings.filters_button.to_owned(),
        n => digits.apply(&format!("{} ({n})", strings.filters_button)),
    };
    html! {
        <aside class="facet-panel" aria-labelledby="filters-heading">
            <button type="button" class="filters-button" aria-expanded={open.to_string()} aria-controls="filters-body"
                onclick={on_open}>{ button_text }</button>
            <div id="filters-body" class={classes!("filters-body", open.then_some("open"))}>
            <h2 id="filters-heading">{ strings.filters_heading }</h2>
            <fieldset class="date-range">
                <legend>{ strings.date_range_label }</legend>
                <DateField id="date-from" label={strings.date_from} value={from} {strings} on_change={on_from} />
                <DateField id="date-to" label={strings.date_to} value={to} {strings} on_change={on_to} />
                if let Some(hijri) = hijri_period(props.style, strings, from, to) {
                    <p class="date-range-hijri">{ hijri }</p>
                }
            </fieldset>
            { for props.facets.iter().filter(|f| worth_showing(f)).map(|counts| html! {
                <FacetGroup key={counts.facet.key()} counts={counts.clone()} {strings} on_toggle={props.on_toggle.clone()}
                    all={props.filters.requires_all(counts.facet)} on_all={props.on_all.clone()} />
            }) }
            if props.offer_clear {
                <button type="button" class="clear-filters" onclick={on_clear}>{ strings.clear_filters }</button>
            }
            </div>
        </aside>
    }
}

/// What the articles without a value of `facet` are called: "no source", "undated".
pub fn none_of(strings: &Strings, facet: Facet) -> &'static str {
    let at = Facet::ALL.iter().position(|f| *f == facet).unwrap_or_default();
    strings.facet_none[at]
}

/// A facet helps only when it can tell articles apart: one whose every article is "unknown"
/// (a bundle without publishers, say) is left out unless the reader has selected something in it.
fn worth_showing(counts: &FacetCounts) -> bool {
    counts.buckets.iter().any(|b| b.selected || b.bucket != FacetValue::Unknown)
}

#[derive(Properties, PartialEq)]
struct FacetGroupProps {
    counts: FacetCounts,
    strings: &'static Strings,
    on_toggle: Callback<(Facet, FacetValue)>,
    /// Whether the ticked values combine with AND; offered where `Facet::can_require_all`.
    all: bool,
    on_all: Callback<(Facet, bool)>,
}

/// A value as the panel names it: a year in the reader's digits, a code by its name, the rest
/// as written (cut to a label's length).
fn value_label(facet: Facet, value: &str, strings: &Strings, digits: Digits) -> String {
    if facet == Facet::Year {
        digits.apply(value)
    } else {
        label(&value_name(facet, value, strings.lang)).into_owned()
    }
}

#[component]
fn FacetGroup(props: &FacetGroupProps) -> Html {
    let expanded = use_state(|| false);
    // How the reader narrows and orders this facet's values: a view of the list, not a filter
    // of the archive, so it stays with the panel rather than in the URL.
    let by_name = use_state(|| false);
    let typed = use_state(String::new);
    let digits = use_digits();
    let strings = props.strings;
    let facet = props.counts.facet;
    let buckets = &props.counts.buckets;
    // The articles without a value come last, apart, whatever their count: they are not one
    // of the values.
    let values: Vec<(&BucketCount, String)> = buckets
        .iter()
        .filter_map(|b| match &b.bucket {
            FacetValue::Value(v) => Some((b, value_label(facet, v, strings, digits))),
            FacetValue::Unknown => None,
        })
        .collect();
    let many = values.len() > FIRST_VALUES;
    let order: Vec<usize> = if *by_name {
        by_name_order(&values.iter().map(|(_, name)| name.as_str()).collect::<Vec<_>>())
    } else {
        (0..values.len()).collect()
    };
    let narrowing = !typed.trim().is_empty();
    let matching: Vec<usize> = order.into_iter().filter(|&i| name_matches(&values[i].1, &typed)).collect();
    // Selected values always show, however far down the list they are; a filter typed shows
    // every value it matches.
    let shown = matching
        .iter()
        .enumerate()
        .filter(|(n, &i)| *expanded || narrowing || *n < FIRST_VALUES || values[i].0.selected);
    let unknown = buckets.iter().filter(|b| b.bucket == FacetValue::Unknown && !narrowing);
    let toggle_more = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let on_typed = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let sort_button = |name: bool, text: &'static str| {
        let pressed = (*by_name == name).to_string();
        let by_name = by_name.clone();
        let onclick = Callback::from(move |_: MouseEvent| by_name.set(name));
        html! { <button type="button" aria-pressed={pressed} {onclick}>{ text }</button> }
    };
    let all = props.all;
    let on_all = props.on_all.reform(move |_: Event| (facet, !all));
    let row = |count: &BucketCount, name: Html| {
        let bucket = count.bucket.clone();
        let onchange = props.on_toggle.reform(move |_: Event| (facet, bucket.clone()));
        html! {
            <li class={(count.bucket == FacetValue::Unknown).then_some("facet-none")}>
                <label>
                    <input type="checkbox" checked={count.selected} {onchange} />
                    { name }{ " " }<span class="facet-count">{ digits.apply(&format!("({})", count.count)) }</span>
                </label>
            </li>
        }
    };
    let name = facet_name(strings, facet);
    html! {
        <fieldset class="facet">
            <legend>{ name }</legend>
            if many {
                // A text field, not a search one: the page has one search box, which the keys and
                // every journey find as the searchbox.
                <input type="text" class="facet-filter" enterkeyhint="search" autocomplete="off" aria-label={format!("{}: {name}", strings.facet_filter)}
                    placeholder={strings.facet_filter} value={(*typed).clone()} oninput={on_typed} />
            }
            if values.len() > 1 {
                <div class="facet-tools" role="group" aria-label={format!("{}: {name}", strings.facet_order)}>
                    { sort_button(false, strings.facet_by_count) }{ sort_button(true, strings.facet_by_name) }
                </div>
            }
            if facet.can_require_all() && values.len() > 1 {
                <label class="facet-all">
                    <input type="checkbox" checked={all} onchange={on_all} />{ strings.facet_require_all }
                </label>
            }
            <ul>
                { for shown.map(|(_, &i)| row(values[i].0, html! { <bdi>{ values[i].1.clone() }</bdi> })) }
                { for unknown.map(|b| row(b, html! { <span>{ none_of(strings, facet) }</span> })) }
            </ul>
            if narrowing && matching.is_empty() {
                <p class="facet-no-match" role="status">{ strings.facet_no_match }</p>
            }
            if many && !narrowing {
                <button type="button" class="facet-more" aria-expanded={expanded.to_string()} onclick={toggle_more}>
                    { if *expanded { strings.fewer_values.to_owned() } else { digits.apply(&strings.more_values.replace("{n}", &values.len().to_string())) } }
                </button>
            }
        </fieldset>
    }
}
