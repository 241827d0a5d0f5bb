//! The list's rows and the event markers.

use super::*;
use crate::format_date::DateStyle;
use crate::model::{Article, Event};
use crate::timeline::{markers, rows, GroupBy, Grouping, Labels, Order, Row, Scale};
use crate::ui_lang::UiLang;
use expect_test::{expect, Expect};

/// Items as (index, date) pairs in the order given, `""` for undated.
fn check_rows(items: &[&str], by: GroupBy, order: Order, expect: Expect) {
    let items = items.iter().enumerate().map(|(i, d)| (i, (!d.is_empty()).then(|| day(d))));
    let labels = Labels::new(UiLang::Arabic, DateStyle::default());
    let mut out = String::new();
    for row in rows(items, range("2022-01-01", "2022-02-28"), Grouping { by, order, with_undated: true }) {
        match row {
            Row::Header { group, count } => {
                out.push_str(&format!("# {} — {}\n", labels.group(group), labels.count(count)))
            }
            Row::Item { article, .. } => out.push_str(&format!("  {article}\n")),
        }
    }
    expect.assert_eq(&out);
}

#[test]
fn rows_group_by_day_or_month_in_either_order() {
    // Newest first, as the bundle orders them; the 2021 one lies outside the period.
    let items = ["2022-02-03", "2022-02-03", "", "2022-01-20", "2021-12-31", "2022-01-02"];
    check_rows(
        &items,
        GroupBy::Day,
        Order::NewestFirst,
        expect![[r#"
        # الخميس، 3 شباط (فبراير) 2022 — مقالتان
          0
          1
        # الخميس، 20 كانون الثاني (يناير) 2022 — مقالة واحدة
          3
        # الأحد، 2 كانون الثاني (يناير) 2022 — مقالة واحدة
          5
        # بلا تاريخ — مقالة واحدة
          2
    "#]],
    );
    check_rows(
        &items,
        GroupBy::Month,
        Order::OldestFirst,
        expect![[r#"
        # كانون الثاني (يناير) 2022 — مقالتان
          5
          3
        # شباط (فبراير) 2022 — مقالتان
          1
          0
        # بلا تاريخ — مقالة واحدة
          2
    "#]],
    );
    check_rows(&[], GroupBy::Month, Order::NewestFirst, expect![[r#""#]]);
}

fn article(id: &str, events: &[(&str, &str)]) -> Article {
    Article {
        events: events.iter().map(|(d, l)| Event { date: day(d), label: (*l).to_owned() }).collect(),
        ..Article::new(id, id, "ar", vec![String::new()])
    }
}

#[test]
fn markers_inside_the_view_point_to_their_article() {
    let articles = [
        article("a", &[("2022-01-20", "هجوم على سجن غويران"), ("2019-03-23", "outside")]),
        article("b", &[]),
        article("c", &[("2022-01-30", "end of the siege"), ("2022-01-20", "same day")]),
    ];
    let view = View::covering(grid(Scale::Week), range("2022-01-15", "2022-02-04"));
    let found = markers(articles.iter().enumerate(), &view);
    let lines: Vec<String> = found
        .iter()
        .map(|m| format!("{:?} bucket {} article {} {}", m.day, m.bucket.0 - view.first.0, m.article, m.label))
        .collect();
    expect![[r#"
        2022-01-20 bucket 0 article 0 هجوم على سجن غويران
        2022-01-20 bucket 0 article 2 same day
        2022-01-30 bucket 2 article 2 end of the siege"#]]
    .assert_eq(&lines.join("\n"));
}
