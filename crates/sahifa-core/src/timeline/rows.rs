//! The list under the chart: the articles of the visible period grouped by day or month, as
//! flat rows (a header, then its items) that a virtualized list windows over by index.

use super::range::DateRange;
use time::{Date, Month};

/// What the list groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupBy {
    Day,
    Month,
}

/// Which end of time the list starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Order {
    #[default]
    NewestFirst,
    OldestFirst,
}

/// The period a header stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Day(Date),
    Month { year: i32, month: Month },
    Undated,
}

/// One line of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Row {
    Header {
        group: Group,
        count: u32,
    },
    /// `article` is the index the caller gave with the item.
    Item {
        article: usize,
        day: Option<Date>,
    },
}

/// How the list is cut and ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Grouping {
    pub by: GroupBy,
    pub order: Order,
    /// Whether the undated items follow, in a group of their own.
    pub with_undated: bool,
}

/// The rows for the items dated inside `range`, grouped and ordered.
///
/// Items on the same day keep the order they came in for `NewestFirst` and take the reverse
/// for `OldestFirst`: given the bundle's order (newest first, by time of day too), both
/// orders are then chronological to the minute.
pub fn rows(items: impl IntoIterator<Item = (usize, Option<Date>)>, range: DateRange, grouping: Grouping) -> Vec<Row> {
    let Grouping { by, order, with_undated } = grouping;
    let mut dated: Vec<(Date, usize, usize)> = Vec::new();
    let mut without: Vec<usize> = Vec::new();
    for (seq, (article, day)) in items.into_iter().enumerate() {
        match day {
            Some(day) if range.contains(day) => dated.push((day, seq, article)),
            Some(_) => {}
            None if with_undated => without.push(article),
            None => {}
        }
    }
    match order {
        Order::NewestFirst => crate::one_sort::sort_by(&mut dated, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1))),
        Order::OldestFirst => crate::one_sort::sort_by(&mut dated, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1))),
    }
    let group_of = |day: Date| match by {
        GroupBy::Day => Group::Day(day),
        GroupBy::Month => Group::Month { year: day.year(), month: day.month() },
    };
    let mut out = Vec::with_capacity(dated.len() + without.len() + 1);
    let mut rest = &dated[..];
    while let Some(&(day, _, _)) = rest.first() {
        let group = group_of(day);
        let len = rest.iter().take_while(|item| group_of(item.0) == group).count();
        out.push(Row::Header { group, count: len as u32 });
        out.extend(rest[..len].iter().map(|&(day, _, article)| Row::Item { article, day: Some(day) }));
        rest = &rest[len..];
    }
    if !without.is_empty() {
        out.push(Row::Header { group: Group::Undated, count: without.len() as u32 });
        out.extend(without.into_iter().map(|article| Row::Item { article, day: None }));
    }
    out
}
