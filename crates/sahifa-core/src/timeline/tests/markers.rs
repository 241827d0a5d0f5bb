//! Event markers gathered into groups a chart can draw legibly, whatever the density.

use super::*;
use crate::model::{Article, Event};
use crate::timeline::{marker_groups, markers, Scale};
use expect_test::{expect, Expect};

/// One article a day listed, each with one event that day; `*n` gives the day n events.
fn articles(spec: &[&str]) -> Vec<Article> {
    spec.iter()
        .flat_map(|item| {
            let (text, n) = item.split_once('*').unwrap_or((item, "1"));
            (0..n.parse::<usize>().unwrap()).map(move |i| {
                let id = format!("{text}-{i}");
                Article {
                    events: vec![Event { date: day(text), label: id.clone() }],
                    ..Article::new(&id, &id, "ar", vec![String::new()])
                }
            })
        })
        .collect()
}

/// For each span: the groups as `columns first–last: count`.
fn check(spec: &[&str], spans: &[usize], expect: Expect) {
    let articles = articles(spec);
    let view = View::covering(grid(Scale::Month), range("2015-01-01", "2015-12-31"));
    let found = markers(articles.iter().enumerate(), &view);
    let mut out = String::new();
    for &span in spans {
        let groups: Vec<String> = marker_groups(&found, &view, span)
            .iter()
            .map(|g| format!("{}–{}: {}", g.first, g.last, g.count()))
            .collect();
        out.push_str(&format!("span {span}: {}\n", groups.join(", ")));
    }
    expect.assert_eq(&out);
}

#[test]
fn a_column_with_many_events_is_one_marker_that_counts_them() {
    check(
        &["2015-07-04*837", "2015-07-20", "2015-03-01"],
        &[1],
        expect![[r#"
        span 1: 2–2: 1, 6–6: 838
    "#]],
    );
}

#[test]
fn a_dense_row_merges_neighbours_into_groups_that_never_share_a_column() {
    let every_month: Vec<String> = (1..=12).map(|m| format!("2015-{m:02}-10")).collect();
    let every_month: Vec<&str> = every_month.iter().map(String::as_str).collect();
    check(
        &every_month,
        &[1, 2, 5, 12],
        expect![[r#"
        span 1: 0–0: 1, 1–1: 1, 2–2: 1, 3–3: 1, 4–4: 1, 5–5: 1, 6–6: 1, 7–7: 1, 8–8: 1, 9–9: 1, 10–10: 1, 11–11: 1
        span 2: 0–1: 2, 2–3: 2, 4–5: 2, 6–7: 2, 8–9: 2, 10–11: 2
        span 5: 0–4: 5, 5–9: 5, 10–11: 2
        span 12: 0–11: 12
    "#]],
    );
    // Gaps start a new group at the next marker, and the last group stops at the view's end.
    check(
        &["2015-01-05", "2015-02-05", "2015-06-05", "2015-12-05*3"],
        &[3],
        expect![[r#"
        span 3: 0–2: 2, 5–7: 1, 11–11: 3
    "#]],
    );
}

#[test]
fn events_outside_the_view_make_no_group() {
    check(
        &["2014-12-31", "2016-01-01"],
        &[1],
        expect![[r#"
        span 1: 
    "#]],
    );
}
