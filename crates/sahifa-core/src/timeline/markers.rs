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
    out.sort_unstable_by(|a, b| (a.day, a.article, a.label).cmp(&(b.day, b.article, b.label)));
    out
}
