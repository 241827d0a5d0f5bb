//! Overview, histogram, zoom, pan, scale changes and selection round trips.

use super::*;
use crate::timeline::{buckets_of_range, pan, range_of_buckets, set_scale, zoom, Bucket, Overview, Scale};
use expect_test::{expect, Expect};
use time::Weekday;

/// The overview of some dates: the default view, the full one and the bounds.
fn check_overview(spec: &[&str], expect: Expect) {
    let counts = counts(spec);
    let actual = match Overview::new(&counts, Weekday::Saturday, 120) {
        Some(o) => {
            let shown = Histogram::new(&counts, o.view);
            format!(
                "view {} shows {} hides {} before {} after\nfull {}\nbounds {}",
                show_view(&o.view),
                shown.total(),
                shown.before,
                shown.after,
                show_view(&o.full),
                show_range(o.bounds.range)
            )
        }
        None => "nothing dated".to_owned(),
    };
    expect.assert_eq(&actual);
}

#[test]
fn overviews_for_every_shape_of_archive() {
    check_overview(&[], expect!["nothing dated"]);
    check_overview(&["*5"], expect!["nothing dated"]);
    // The sample bundle: one article.
    check_overview(
        &["2022-01-31"],
        expect![[r#"
            view Day 2022-01-28..2022-02-03 (7) shows 1 hides 0 before 0 after
            full Day 2022-01-28..2022-02-03 (7)
            bounds 2022-01-28..2022-02-03"#]],
    );
    check_overview(
        &["2015-08-11*300"],
        expect![[r#"
            view Day 2015-08-08..2015-08-14 (7) shows 300 hides 0 before 0 after
            full Day 2015-08-08..2015-08-14 (7)
            bounds 2015-08-08..2015-08-14"#]],
    );
    // Most of the archive in two spans, 2013–2014 and 2017–2018.
    let mut two_spans: Vec<String> = Vec::new();
    for year in [2013, 2014, 2017, 2018] {
        two_spans.extend((1..=12).map(|m| format!("{year}-{m:02}-10*5")));
    }
    two_spans.push("2016-03-01".to_owned());
    let spans: Vec<&str> = two_spans.iter().map(String::as_str).collect();
    check_overview(
        &spans,
        expect![[r#"
            view Month 2013-01-01..2018-12-31 (72) shows 241 hides 0 before 0 after
            full Month 2013-01-01..2018-12-31 (72)
            bounds 2012-09-24..2019-03-28"#]],
    );
    // A few strays months before the bulk: still a monthly chart, so they stay in view.
    let mut strays = spans.clone();
    strays.extend(["2012-03-01", "2012-07-01"]);
    check_overview(
        &strays,
        expect![[r#"
        view Month 2012-03-01..2018-12-31 (82) shows 243 hides 0 before 0 after
        full Month 2012-03-01..2018-12-31 (82)
        bounds 2011-10-30..2019-04-12"#]],
    );
    // The same with far outliers: the default view keeps to the bulk.
    let mut outliers = spans.clone();
    outliers.extend(["1900-01-01", "2099-12-31*2"]);
    check_overview(
        &outliers,
        expect![[r#"
            view Month 2013-01-01..2018-12-31 (72) shows 241 hides 1 before 2 after
            full Decade 1900-01-01..2099-12-31 (20)
            bounds 1898-12-31..2101-01-01"#]],
    );
}

#[test]
fn absurd_dates_get_coarser_bars_not_more_of_them() {
    // The calendar's four-digit ends in a small archive: no bulk to keep to.
    check_overview(
        &["0000-01-01", "2022-01-31", "9999-12-31"],
        expect![[r#"
            view Century 0000-01-01..9999-12-31 (100) shows 3 hides 0 before 0 after
            full Century 0000-01-01..9999-12-31 (100)
            bounds 0000-01-01..9999-12-31"#]],
    );
    // One typo'd year among 2020s articles: the default view keeps to the 2020s, the whole
    // span still fits the chart.
    let mut typo: Vec<String> = (2020..2026).flat_map(|y| (1..=12).map(move |m| format!("{y}-{m:02}-10*3"))).collect();
    typo.push("0202-05-01".to_owned());
    let typo: Vec<&str> = typo.iter().map(String::as_str).collect();
    check_overview(
        &typo,
        expect![[r#"
            view Month 2020-01-01..2025-12-31 (72) shows 216 hides 1 before 0 after
            full Century 0200-01-01..2099-12-31 (19)
            bounds 0201-04-30..2026-12-11"#]],
    );
}

fn check_histogram(spec: &[&str], view: View, expect: Expect) {
    expect.assert_eq(&show_histogram(&Histogram::new(&counts(spec), view)));
}

#[test]
fn histograms_count_every_bucket_and_what_lies_outside() {
    let spec = ["2024-02-28", "2024-02-29*2", "2024-03-01", "2023-12-31", "", "2025-01-01"];
    check_histogram(
        &spec,
        View::covering(grid(Scale::Day), range("2024-02-27", "2024-03-01")),
        expect![[r#"
            2024-02-27: 0
            2024-02-28: 1
            2024-02-29: 2
            2024-03-01: 1
            before 1 after 1 undated 1 highest 2
        "#]],
    );
    check_histogram(
        &spec,
        View::covering(grid(Scale::Month), range("2023-12-01", "2024-03-31")),
        expect![[r#"
            2023-12-01: 1
            2024-01-01: 0
            2024-02-01: 3
            2024-03-01: 1
            before 0 after 1 undated 1 highest 3
        "#]],
    );
    // Saturday weeks: 2023-12-31 is a Sunday, in the week that starts 2023-12-30.
    check_histogram(
        &spec,
        View::covering(grid(Scale::Week), range("2023-12-30", "2024-01-12")),
        expect![[r#"
            2023-12-30: 1
            2024-01-06: 0
            before 0 after 5 undated 1 highest 1
        "#]],
    );
    check_histogram(
        &[],
        View::covering(grid(Scale::Year), range("2020-01-01", "2021-01-01")),
        expect![[r#"
            2020-01-01: 0
            2021-01-01: 0
            before 0 after 0 undated 0 highest 0
        "#]],
    );
}

/// A sequence of navigation steps from a start view, one line each.
fn check_steps(start: View, bounds_extent: DateRange, steps: &[&str], expect: Expect) {
    let bounds = crate::timeline::Bounds::around(bounds_extent, 120);
    let mut view = bounds.clamp(start);
    let mut out = format!("start {}\n", show_view(&view));
    for step in steps {
        let (verb, arg) = step.split_once(' ').unwrap();
        view = match verb {
            "in" => zoom(&view, day(arg), 2.0, &bounds),
            "out" => zoom(&view, day(arg), 0.5, &bounds),
            "nudge" => zoom(&view, day(arg), 1.01, &bounds),
            "pan" => pan(&view, arg.parse().unwrap(), &bounds),
            "year" => set_scale(&view, Scale::Year, view.range().from, &bounds),
            "week" => set_scale(&view, Scale::Week, day(arg), &bounds),
            "day" => set_scale(&view, Scale::Day, day(arg), &bounds),
            _ => unreachable!("unknown step {verb}"),
        };
        out.push_str(&format!("{step:<16} {}\n", show_view(&view)));
    }
    expect.assert_eq(&out);
}

#[test]
fn zoom_pan_and_scale_stay_in_bounds() {
    let extent = range("2013-01-01", "2018-12-31");
    let start = View::covering(grid(Scale::Month), extent);
    check_steps(
        start,
        extent,
        &[
            "in 2015-06-15",
            "in 2015-06-15",
            "in 2015-06-15",
            "in 2015-06-15",
            "in 2015-06-15",
            "in 2015-06-15",
            "in 2015-06-15",
            "nudge 2015-06-15",
            "pan 3",
            "pan -100000",
            "out 2013-01-01",
            "out 2013-01-01",
            "out 2013-01-01",
            "out 2013-01-01",
            "out 2013-01-01",
            "out 2013-01-01",
            "out 2013-01-01",
            "out 2013-01-01",
            "out 2013-01-01",
            "pan 100000",
            "year -",
            "week 2016-02-29",
            "day 2016-02-29",
        ],
        expect![[r#"
            start Month 2013-01-01..2018-12-31 (72)
            in 2015-06-15    Month 2014-03-01..2017-03-31 (37)
            in 2015-06-15    Week 2014-10-18..2016-05-13 (82)
            in 2015-06-15    Week 2015-02-14..2015-12-04 (42)
            in 2015-06-15    Week 2015-04-11..2015-09-11 (22)
            in 2015-06-15    Day 2015-05-13..2015-07-28 (77)
            in 2015-06-15    Day 2015-05-29..2015-07-06 (39)
            in 2015-06-15    Day 2015-06-06..2015-06-25 (20)
            nudge 2015-06-15 Day 2015-06-06..2015-06-24 (19)
            pan 3            Day 2015-06-09..2015-06-27 (19)
            pan -100000      Day 2012-09-14..2012-10-02 (19)
            out 2013-01-01   Day 2012-09-14..2012-10-21 (38)
            out 2013-01-01   Day 2012-09-14..2012-11-28 (76)
            out 2013-01-01   Week 2012-09-08..2013-02-08 (22)
            out 2013-01-01   Week 2012-09-08..2013-07-19 (45)
            out 2013-01-01   Week 2012-09-08..2014-06-06 (91)
            out 2013-01-01   Month 2012-09-01..2016-03-31 (43)
            out 2013-01-01   Month 2012-09-01..2019-04-30 (80)
            out 2013-01-01   Month 2012-09-01..2019-04-30 (80)
            out 2013-01-01   Month 2012-09-01..2019-04-30 (80)
            pan 100000       Month 2012-09-01..2019-04-30 (80)
            year -           Year 2012-01-01..2019-12-31 (8)
            week 2016-02-29  Week 2015-01-03..2017-04-21 (120)
            day 2016-02-29   Day 2015-12-31..2016-04-28 (120)
        "#]],
    );
}

#[test]
fn selections_round_trip() {
    let mut out = String::new();
    for scale in Scale::ALL {
        let g = grid(scale);
        let a = g.bucket_of(day("2021-12-30"));
        let b = g.offset(a, 2);
        let selected = range_of_buckets(g, b, a);
        let back = buckets_of_range(g, selected);
        assert_eq!((back.first, back.last), (a, b), "{scale:?}");
        assert!(!back.first_partial && !back.last_partial, "{scale:?}");
        out.push_str(&format!("{scale:?}: {}\n", show_range(selected)));
    }
    let typed = buckets_of_range(grid(Scale::Month), range("2022-01-15", "2022-03-31"));
    out.push_str(&format!("typed: {typed:?}\n"));
    assert_eq!(typed.last.0 - typed.first.0, 2);
    expect![[r#"
        Day: 2021-12-30..2022-01-01
        Week: 2021-12-25..2022-01-14
        Month: 2021-12-01..2022-02-28
        Year: 2021-01-01..2023-12-31
        Decade: 2020-01-01..2049-12-31
        Century: 2000-01-01..2299-12-31
        Millennium: 2000-01-01..4999-12-31
        typed: Covered { first: Bucket(24264), last: Bucket(24266), first_partial: true, last_partial: false }
    "#]]
    .assert_eq(&out);
    let view = View::covering(grid(Scale::Month), range("2022-01-01", "2022-12-31"));
    assert_eq!(view.index_of(typed.last), Some(2));
    assert_eq!(view.index_of(grid(Scale::Month).bucket_of(day("2023-01-01"))), None);
    let one = Bucket(grid(Scale::Day).bucket_of(day("2024-02-29")).0);
    assert_eq!(range_of_buckets(grid(Scale::Day), one, one), range("2024-02-29", "2024-02-29"));
}

/// One thing a reader can do to the chart, as the property test draws it.
#[derive(Debug, Clone)]
enum Move {
    Zoom { anchor: i32, factor: f64 },
    Pan(i32),
    Scale { scale: usize, anchor: i32 },
    ShowAll,
}

fn any_day() -> impl proptest::strategy::Strategy<Value = i32> {
    use proptest::prelude::*;
    // Most dates a bundle can hold, and now and then the ends of the calendar itself.
    let (min, max) = (Date::MIN.to_julian_day(), Date::MAX.to_julian_day());
    let bundle_years = day("0000-01-01").to_julian_day()..=day("9999-12-31").to_julian_day();
    prop_oneof![4 => bundle_years, 1 => Just(min), 1 => Just(max), 1 => min..=max]
}

fn any_move() -> impl proptest::strategy::Strategy<Value = Move> {
    use proptest::prelude::*;
    let factor = prop_oneof![Just(2.0), Just(0.5), Just(1.01), Just(0.99), 1e-6f64..1e6];
    prop_oneof![
        (any_day(), factor).prop_map(|(anchor, factor)| Move::Zoom { anchor, factor }),
        prop_oneof![-3i32..=3, any::<i32>()].prop_map(Move::Pan),
        (0..Scale::ALL.len(), any_day()).prop_map(|(scale, anchor)| Move::Scale { scale, anchor }),
        Just(Move::ShowAll),
    ]
}

proptest::proptest! {
    /// Whatever the dates, every view the chart opens on or navigation reaches has at most
    /// the bars the chart has room for (given room for the whole calendar in millennia) and
    /// lies inside the bounds.
    #[test]
    fn every_view_is_bounded_in_bars_and_in_time(
        days in proptest::collection::vec(any_day(), 1..12),
        max in 20u32..160,
        moves in proptest::collection::vec(any_move(), 0..24),
    ) {
        let julian = |d: i32| Date::from_julian_day(d).unwrap();
        let counts = DayCounts::new(days.iter().map(|&d| Some(julian(d))));
        let overview = Overview::new(&counts, Weekday::Saturday, max).unwrap();
        let bounds = overview.bounds;
        let check = |view: &View, after: &str| {
            let whole = View::covering(view.grid, bounds.range);
            proptest::prop_assert!(view.bucket_count() <= max as usize, "{} bars after {after}", view.bucket_count());
            proptest::prop_assert!(whole.first <= view.first && view.last <= whole.last, "{} out of bounds after {after}", show_view(view));
            Ok(())
        };
        check(&overview.view, "opening")?;
        check(&overview.full, "opening")?;
        let mut view = overview.view;
        for m in &moves {
            view = match *m {
                Move::Zoom { anchor, factor } => zoom(&view, julian(anchor), factor, &bounds),
                Move::Pan(by) => pan(&view, by, &bounds),
                Move::Scale { scale, anchor } => set_scale(&view, Scale::ALL[scale], julian(anchor), &bounds),
                Move::ShowAll => overview.full,
            };
            check(&view, &format!("{m:?}"))?;
        }
    }
}
