//! Times the timeline core on 100,000 synthetic dates: counting, bucketing at each scale,
//! the overview, and view changes. Prints figures only; run with
//! `cargo bench -p sahifa-core --bench timeline_bench`.

use sahifa_core::timeline::{pan, set_scale, zoom, DayCounts, Grid, Histogram, Overview, Scale, View};
use std::hint::black_box;
use std::time::{Duration, Instant};
use time::{Date, Month, Weekday};

const ARTICLES: usize = 100_000;

/// A 64-bit linear congruential generator (Knuth's MMIX constants): the same dates every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % u64::from(n)) as u32
    }
}

/// An archive shaped like the benchmark corpus: most dates in 2013–2014 and 2017–2018, a
/// thin spread over 2015–2016, a few far outliers and some undated articles.
fn synthetic_dates() -> Vec<Option<Date>> {
    let mut rng = Lcg(0x5a11fa);
    let start = |y| Date::from_calendar_date(y, Month::January, 1).unwrap().to_julian_day();
    (0..ARTICLES)
        .map(|_| {
            let (from, days) = match rng.below(1000) {
                0..=9 => return None,
                10..=14 => (start(1900), 365 * 200),
                15..=114 => (start(2015), 730),
                115..=557 => (start(2013), 730),
                _ => (start(2017), 730),
            };
            Date::from_julian_day(from + rng.below(days) as i32).ok()
        })
        .collect()
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn report(what: &str, d: Duration) {
    println!("{what:<48} {:>10.1} µs", d.as_secs_f64() * 1e6);
}

fn main() {
    let dates = synthetic_dates();
    println!("{} articles, {} undated", dates.len(), dates.iter().filter(|d| d.is_none()).count());

    report(
        "count dates per day (DayCounts::new)",
        median(21, || {
            black_box(DayCounts::new(black_box(&dates).iter().copied()));
        }),
    );
    let counts = DayCounts::new(dates.iter().copied());

    let bulk = counts.robust_extent().expect("the synthetic archive has dates");
    for scale in Scale::ALL {
        let view = View::covering(Grid::new(scale, Weekday::Saturday), bulk);
        let what = format!("histogram 2013–2018 by {scale:?} ({} bars)", view.bucket_count());
        report(
            &what,
            median(101, || {
                black_box(Histogram::new(&counts, black_box(view)));
            }),
        );
    }
    let full = View::covering(Grid::new(Scale::Year, Weekday::Saturday), counts.extent().unwrap());
    report(
        &format!("histogram full extent by Year ({} bars)", full.bucket_count()),
        median(101, || {
            black_box(Histogram::new(&counts, black_box(full)));
        }),
    );

    report(
        "overview (robust extent, fitting scale)",
        median(101, || {
            black_box(Overview::new(&counts, Weekday::Saturday, 120));
        }),
    );

    let overview = Overview::new(&counts, Weekday::Saturday, 120).unwrap();
    let (view, bounds) = (overview.view, overview.bounds);
    let anchor = view.range().from.saturating_add(time::Duration::days(500));
    report(
        "zoom in + histogram",
        median(1001, || {
            let next = zoom(black_box(&view), anchor, 2.0, &bounds);
            black_box(Histogram::new(&counts, next));
        }),
    );
    report(
        "zoom out + histogram",
        median(1001, || {
            let next = zoom(black_box(&view), anchor, 0.5, &bounds);
            black_box(Histogram::new(&counts, next));
        }),
    );
    report(
        "pan by 3 + histogram",
        median(1001, || {
            let next = pan(black_box(&view), 3, &bounds);
            black_box(Histogram::new(&counts, next));
        }),
    );
    report(
        "set scale to Week + histogram",
        median(1001, || {
            let next = set_scale(black_box(&view), Scale::Week, anchor, &bounds);
            black_box(Histogram::new(&counts, next));
        }),
    );
}
