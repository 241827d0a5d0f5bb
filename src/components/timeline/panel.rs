//! The timeline as one component: it counts the hits over time, keeps the view and the focused
//! bar, and turns what the reader does on the chart into the date filter it reports up.

use super::axis::Axis;
use super::bars::BarChart;
use super::count_table::{summary, CountTable};
use super::event_markers::EventMarkers;
use super::intent::{Cursor, Effect, Intent};
use super::period_list::PeriodList;
use super::toolbar::Toolbar;
use crate::catalogue::Catalogue;
use crate::chart_place::ChartPlace;
use crate::hooks::use_chart_room::{use_chart_room, Room};
use crate::i18n::Strings;
use sahifa_core::format_date::{Calendars, DateStyle};
use sahifa_core::timeline::{
    buckets_of_range, default_week_start, pan, range_of_buckets, set_scale, zoom, Bucket, DateRange, DayCounts, Grid,
    Histogram, Labels, Overview, Scale,
};
use std::rc::Rc;
use yew::prelude::*;

/// The most bars the chart draws: enough for six years of months, few enough to keep the page
/// small and each bar wide enough to hit.
pub const MAX_BARS: u32 = 80;

/// The narrowest a bar is drawn on a phone: WCAG 2.5.8's smallest target.
const PHONE_BAR_PX: u32 = 24;
/// Charts narrower than this are a phone's (the widest phone's chart is about 400 px).
const PHONE_CHART_PX: u32 = 480;

/// How many bars the chart may draw in `room`: on a phone few enough that each is a target a
/// finger can hit, and the reader zooms for more; wider, `MAX_BARS` at a mouse's precision.
fn bars_that_fit(room: Option<Room>) -> u32 {
    match room {
        // Each bar and the 1 px gap after it (`.tl-bars`' column gap), the last one's gap spare.
        Some(room) if room.width < PHONE_CHART_PX => ((room.width + 1) / (PHONE_BAR_PX + 1)).max(1),
        _ => MAX_BARS,
    }
}

/// The catalogue compared by its articles' days alone: the same for a sharded archive however
/// many of its files have come in.
#[derive(Clone)]
struct DaysOf(Catalogue);

impl PartialEq for DaysOf {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Catalogue::Archive(a), Catalogue::Archive(b)) => std::rc::Rc::ptr_eq(&a.handle, &b.handle),
            (a, b) => a == b,
        }
    }
}

/// Where the reader moved the chart, for the hits and the URL place it was moved from.
struct Moved {
    overview: Rc<Option<Overview>>,
    /// The place the URL held when the reader moved the chart.
    given: Option<ChartPlace>,
    /// Where they moved it to.
    place: ChartPlace,
    cursor: Cursor,
}

impl Moved {
    /// Whether this move is still what the chart shows: the same hits, and the URL either
    /// says this place or has not changed since (a viewer that keeps no URL); a place the URL
    /// came to otherwise (the back button, a link) is opened instead.
    fn holds(&self, overview: &Rc<Option<Overview>>, place: Option<ChartPlace>) -> bool {
        Rc::ptr_eq(&self.overview, overview) && (place == Some(self.place) || place == self.given)
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub catalogue: Catalogue,
    /// Indices into the bundle's articles of the current results, whatever the date filter.
    pub hits: Rc<Vec<usize>>,
    /// The date filter in force.
    pub selected: Option<DateRange>,
    /// Sets (`Some`) or clears (`None`) the date filter.
    pub on_select: Callback<Option<DateRange>>,
    /// Where the URL says the reader left the chart: it opens there.
    #[prop_or_default]
    pub place: Option<ChartPlace>,
    /// The reader moved the chart: its new place, for the URL.
    #[prop_or_default]
    pub on_place: Callback<ChartPlace>,
    pub strings: &'static Strings,
    pub style: DateStyle,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    // A sharded archive renders again as its files come in; the chart's counts depend only on
    // the days, which it has from the start, so they are computed once per set of hits.
    let deps = (DaysOf(props.catalogue.clone()), props.hits.clone());
    let counts =
        use_memo(deps.clone(), |(DaysOf(catalogue), hits)| DayCounts::new(hits.iter().map(|&i| catalogue.day(i))));
    // The axis's labels, the markers and the number of bars are chosen for the chart's width.
    let chart = use_node_ref();
    let room = use_chart_room(chart.clone());
    // Bars of Hijri months and years when the reader reads dates in the Hijri calendar.
    let hijri = props.style.calendars == Calendars::Hijri;
    let overview =
        use_memo((deps.0, deps.1, bars_that_fit(room), hijri), |(DaysOf(catalogue), hits, max_bars, hijri)| {
            // The chart spans the events the hits report as well as their publication dates, so
            // an article's markers are in reach even when they precede it.
            let days = hits.iter().flat_map(|&i| {
                let events = match catalogue {
                    Catalogue::Bundle(b) => b.articles()[i].events.as_slice(),
                    Catalogue::Archive(_) => &[],
                };
                catalogue.day(i).into_iter().chain(events.iter().map(|e| e.date))
            });
            let like = Grid::new(Scale::Day, default_week_start(&catalogue.lang())).in_hijri(*hijri);
            Overview::in_calendar(&DayCounts::new(days.map(Some)), like, *max_bars)
        });
    // The view belongs to one set of hits and one place in the URL: new hits start again from
    // the place the URL holds, or their overview.
    let stored = use_state(|| None::<Moved>);
    let anchor = use_mut_ref(|| None::<(Grid, Bucket)>);
    // On a narrow screen the chart opens from a button, so that the results come first.
    let open = use_state(|| false);
    // In the UI's language, as the words around them are: the bundle's language is the
    // articles', and a reader who chose English hears the chart in English.
    let strings = props.strings;
    let labels = Labels::new(strings.lang, props.style);
    let room = room.unwrap_or(Room::NARROW);

    let Some(ov) = *overview else {
        // No chart: either nothing matched (the list says so; the timeline must not claim the
        // archive has no dates), or nothing that matched has a date.
        let why = if props.hits.is_empty() { strings.timeline_no_matches } else { strings.timeline_no_dates };
        return html! {
            <section class="timeline" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{ strings.timeline_heading }</h2>
                <p class="tl-empty">{ why }</p>
                if counts.undated() > 0 {
                    <p>{ format!("{} {}", labels.count(counts.undated()), strings.timeline_undated) }</p>
                }
            </section>
        };
    };
    let (cursor, flipped) = match &*stored {
        Some(moved) if moved.holds(&overview, props.place) => (moved.cursor, moved.place.flipped),
        _ => match props.place {
            Some(place) => {
                let view = set_scale(&ov.full, place.scale, place.at, &ov.bounds);
                (Cursor::within(view, view.grid.bucket_of(place.at)), place.flipped)
            }
            None => {
                let focus =
                    props.selected.map(|r| ov.view.grid.bucket_of(r.from)).filter(|b| ov.view.index_of(*b).is_some());
                (Cursor::within(ov.view, focus.unwrap_or(ov.view.last)), false)
            }
        },
    };
    let view = cursor.view;
    let grid = view.grid;
    let histogram = Rc::new(Histogram::new(&counts, view));
    // Time runs the way the UI reads (older at the start of the line: the right in Arabic, the
    // left in English), as the words around the chart and its Newer/Older buttons do.
    let rtl = (strings.dir == "rtl") != flipped;

    let move_to = {
        let (stored, overview, given, on_place) =
            (stored.clone(), overview.clone(), props.place, props.on_place.clone());
        Rc::new(move |cursor: Cursor, flipped: bool| {
            let place =
                ChartPlace { scale: cursor.view.grid.scale, at: cursor.view.grid.first_day(cursor.focus), flipped };
            stored.set(Some(Moved { overview: overview.clone(), given, place, cursor }));
            on_place.emit(place);
        })
    };
    let set_cursor = {
        let move_to = move_to.clone();
        Rc::new(move |next: Cursor| move_to(next, flipped))
    };
    let select = {
        let (on_select, anchor) = (props.on_select.clone(), anchor.clone());
        Rc::new(move |from: Bucket, to: Bucket| {
            *anchor.borrow_mut() = Some((grid, from));
            on_select.emit(Some(range_of_buckets(grid, from, to)));
        })
    };
    let on_intent = {
        let (set_cursor, select, anchor, on_select) =
            (set_cursor.clone(), select.clone(), anchor.clone(), props.on_select.clone());
        Callback::from(move |intent: Intent| {
            let from = anchor.borrow().filter(|(g, _)| *g == grid).map(|(_, b)| b);
            let (next, effect) = cursor.apply(intent, from, &ov.bounds);
            set_cursor(next);
            match effect {
                Effect::Keep => {}
                Effect::Select(a, b) => select(a, b),
                Effect::Clear => on_select.emit(None),
            }
        })
    };
    let on_focus = {
        let set_cursor = set_cursor.clone();
        Callback::from(move |focus: Bucket| {
            if focus != cursor.focus {
                set_cursor(Cursor { focus, ..cursor });
            }
        })
    };
    let on_span = {
        let (set_cursor, select) = (set_cursor.clone(), select.clone());
        Callback::from(move |(from, to): (Bucket, Bucket)| {
            set_cursor(Cursor { focus: to, ..cursor });
            select(from, to);
        })
    };
    let on_wheel_zoom = {
        let set_cursor = set_cursor.clone();
        Callback::from(move |(at, factor): (Bucket, f64)| {
            let next = zoom(&view, grid.first_day(at), factor, &ov.bounds);
            set_cursor(Cursor::within(next, next.grid.bucket_of(grid.first_day(cursor.focus))));
        })
    };
    let on_pan = {
        let set_cursor = set_cursor.clone();
        Callback::from(move |by: i32| {
            let next = pan(&view, by, &ov.bounds);
            set_cursor(Cursor::within(next, grid.offset(cursor.focus, next.first.0 - view.first.0)));
        })
    };
    let on_scale = {
        let set_cursor = set_cursor.clone();
        Callback::from(move |scale: Scale| {
            let day = grid.first_day(cursor.focus);
            let next = set_scale(&view, scale, day, &ov.bounds);
            set_cursor(Cursor::within(next, next.grid.bucket_of(day)));
        })
    };
    let on_show_all = {
        let set_cursor = set_cursor.clone();
        Callback::from(move |()| {
            set_cursor(Cursor::within(ov.full, ov.full.grid.bucket_of(grid.first_day(cursor.focus))))
        })
    };
    let on_flip = Callback::from(move |()| move_to(cursor, !flipped));

    let covered = props.selected.map(|r| buckets_of_range(grid, r)).map(|c| (c.first, c.last));
    let announcement = props.selected.map(|r| {
        format!(
            "{}{}{}{}",
            strings.timeline_selected,
            labels.range(r),
            strings.timeline_separator,
            labels.count(counts.count_in(r))
        )
    });
    let on_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let button_text = match props.selected {
        Some(range) => format!("{}: {}", strings.timeline_heading, labels.range(range)),
        None => strings.timeline_heading.to_owned(),
    };
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ strings.timeline_heading }</h2>
            <button type="button" class="timeline-button" aria-expanded={open.to_string()} aria-controls="timeline-body"
                onclick={on_open}>{ button_text }</button>
            <div id="timeline-body" class={classes!("timeline-body", open.then_some("open"))}>
            <p class="tl-summary">{ summary(&histogram, &labels, strings) }</p>
            if hijri {
                <p class="tl-calendar-note">{ strings.hijri_note }</p>
            }
            <Toolbar {strings} scale={grid.scale} {rtl} {flipped} has_selection={props.selected.is_some()}
                on_zoom={on_intent.reform(Intent::Zoom)} on_page={on_intent.reform(Intent::Page)} {on_scale}
                {on_show_all} {on_flip} on_clear={props.on_select.reform(|()| None)} />
            <div ref={chart} class="tl-chart" dir={if rtl { "rtl" } else { "ltr" }}>
                if let Catalogue::Bundle(bundle) = &props.catalogue {
                    <EventMarkers bundle={bundle.clone()} hits={props.hits.clone()} {view} {labels} {rtl} {room} {strings} />
                }
                <BarChart histogram={histogram.clone()} {labels} {rtl} focus={cursor.focus} selected={covered} {strings}
                    {on_focus} {on_intent} {on_span} on_zoom={on_wheel_zoom} {on_pan} />
                <Axis {view} {labels} {room} />
            </div>
            <p class="tl-selection" role="status" aria-live="polite">{ announcement.unwrap_or_default() }</p>
            <CountTable {histogram} {labels} {strings} />
            // The period's articles, open once a period is chosen: before that the results
            // below list the same articles, and the list would push them off the screen.
            <details class="tl-period-list" open={props.selected.is_some()}>
                <summary>{ strings.timeline_list_label }</summary>
                <PeriodList catalogue={props.catalogue.clone()} hits={props.hits.clone()}
                    range={props.selected.unwrap_or(view.range())} with_undated={props.selected.is_none()} {labels} {strings} />
            </details>
            </div>
        </section>
    }
}
