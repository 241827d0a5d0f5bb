//! The events articles report, as markers on the chart linked to their article.

use super::scale::Bucket;
use super::view::View;
use crate::model::Article;
use time::Date;

/// One event inside the view: where to draw it and which article to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Marker<'a> {
    pub day: Date,
    pub bucket: Bucket,
    pub label: &'a str,
    /// The index the caller gave with the article.
    pub article: usize,
}

/// The events of `articles` that fall inside the view, oldest first (then by article and
/// label, so the order never depends on the input's).
pub fn markers<'a>(articles: impl IntoIterator<Item = (usize, &'a Article)>, view: &View) -> Vec<Marker<'a>> {
    let range = view.range();
    let mut out: Vec<Marker<'a>> = articles
        .into_iter()
        .flat_map(|(article, a)| a.events.iter().map(move |e| (article, e)))
        .filter(|(_, e)| range.contains(e.date))
        .map(|(article, e)| Marker { day: e.date, bucket: view.grid.bucket_of(e.date), label: &e.label, article })
        .collect();
    crate::one_sort::sort_by(&mut out, |a, b| (a.day, a.article, a.label).cmp(&(b.day, b.article, b.label)));
    out
}

/// Neighbouring markers drawn as one: the bars it stands over and the markers it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerGroup {
    /// The view's columns the group takes, `first..=last`, oldest first.
    pub first: usize,
    pub last: usize,
    /// The markers it holds, as positions in the list given to `marker_groups`.
    pub markers: std::ops::Range<usize>,
}

impl MarkerGroup {
    pub fn count(&self) -> usize {
        self.markers.len()
    }
}

/// `markers` (as `markers` returns them, oldest first) gathered into groups `span` columns wide,
/// so that a dense row stays a row of separate, legible markers however many bars the chart
/// has: each group starts at the column of the oldest marker not yet taken and takes every
/// marker in its `span` columns. Groups never share a column, and the last stops at the view's.
pub fn marker_groups(markers: &[Marker<'_>], view: &View, span: usize) -> Vec<MarkerGroup> {
    let span = span.max(1);
    let columns = view.bucket_count();
    let mut out: Vec<MarkerGroup> = Vec::new();
    for (i, marker) in markers.iter().enumerate() {
        let Some(column) = view.index_of(marker.bucket) else { continue };
        match out.last_mut() {
            Some(group) if column <= group.last => group.markers.end = i + 1,
            _ => {
                let last = (column + span - 1).min(columns - 1);
                out.push(MarkerGroup { first: column, last, markers: i..i + 1 });
            }
        }
    }
    out
}
