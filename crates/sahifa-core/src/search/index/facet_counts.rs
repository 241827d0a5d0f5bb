//! The filters applied to a query's matches, and every facet counted, in one pass: each facet
//! counts the matches that pass every filter but its own (an OR facet: what ticking one more
//! value would add) or every filter (an AND facet: what ticking one more value would leave),
//! and the timeline gets the matches that pass every filter but the date range.

use super::data::IndexData;
use crate::search::facets::{Facet, FacetValue};
use crate::search::filters::Filters;

/// The filter bit of the date range, after the facets' bits.
const DATE_BIT: u16 = 1 << Facet::ALL.len();

/// A facet's buckets with how many articles each would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    pub facet: Facet,
    /// Buckets with at least one article, and selected ones even if they have none; most
    /// articles first, then by value, "unknown" last among equals.
    pub buckets: Vec<BucketCount>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketCount {
    pub bucket: FacetValue,
    /// The articles that match the query and every filter except this facet's own.
    pub count: u32,
    pub selected: bool,
}

/// The matches that pass the filters, and what the facets and the timeline show of them.
pub(super) struct Filtered {
    /// The matches that pass every filter, ascending.
    pub(super) hits: Vec<u32>,
    /// With a date range: the matches that pass every filter but the range, ascending.
    pub(super) in_any_period: Option<Vec<u32>>,
    pub(super) facets: Vec<FacetCounts>,
}

/// Keeps the articles that pass every filter, and counts each facet's buckets over the
/// articles that pass every filter except that facet's own.
pub(super) fn filter_and_count(data: &impl IndexData, matching: Vec<u32>, filters: &Filters) -> Filtered {
    let (columns, days) = (data.facets(), data.days());
    // Each ticked facet's value ids, and whether an article needs all of them; under AND a
    // value the index lacks leaves nothing (no id stands for it, so `None`).
    let selected: Vec<(usize, Option<Vec<u32>>, bool)> = Facet::ALL
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let buckets = filters.facets.get(f).filter(|b| !b.is_empty())?;
            let ids: Vec<u32> = buckets.iter().filter_map(|b| columns[i].id(b)).collect();
            let all = filters.requires_all(*f);
            let known = !all || ids.len() == buckets.len();
            Some((i, known.then_some(ids), all))
        })
        .collect();
    let from = filters.from.map(|d| d.to_julian_day());
    let to = filters.to.map(|d| d.to_julian_day());
    let dated = from.is_some() || to.is_some();
    let mut counts: Vec<Vec<u32>> = columns.iter().map(|c| vec![0; c.slots()]).collect();
    let (hits, in_any_period) = if selected.is_empty() && !dated {
        // No filter: every match is a hit, and counts in every facet.
        for (column, counts) in columns.iter().zip(&mut counts) {
            column.count(matching.iter().copied(), counts);
        }
        (matching, None)
    } else {
        // Which filters each match fails, a bit per facet and one for the date range.
        let failed: Vec<u16> = matching
            .iter()
            .map(|&d| {
                let mut failed = 0u16;
                for (i, ids, all) in &selected {
                    let values = columns[*i].of(d);
                    let passes = match ids {
                        None => false,
                        Some(ids) if *all => ids.iter().all(|v| values.contains(v)),
                        Some(ids) => values.iter().any(|v| ids.contains(v)),
                    };
                    if !passes {
                        failed |= 1 << i;
                    }
                }
                let in_range =
                    || days[d as usize].is_some_and(|day| from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t));
                if dated && !in_range() {
                    failed |= DATE_BIT;
                }
                failed
            })
            .collect();
        // A facet counts the matches that pass every filter but its own; an AND facet's own
        // filter counts too, so that each count is what ticking that value would leave.
        for (i, (column, counts)) in columns.iter().zip(&mut counts).enumerate() {
            let ignored = if filters.requires_all(Facet::ALL[i]) { 0 } else { 1 << i };
            let counted = matching.iter().zip(&failed).filter(move |(_, &f)| f & !ignored == 0).map(|(&d, _)| d);
            column.count(counted, counts);
        }
        let passing = |mask: u16| matching.iter().zip(&failed).filter(move |(_, &f)| f & mask == 0).map(|(&d, _)| d);
        let in_any_period = dated.then(|| passing(!DATE_BIT).collect());
        (passing(u16::MAX).collect(), in_any_period)
    };
    let facets = Facet::ALL
        .iter()
        .zip(columns)
        .zip(counts)
        .map(|((&facet, column), counts)| {
            let mut buckets: Vec<BucketCount> = counts
                .iter()
                .enumerate()
                .filter(|(_, &c)| c > 0)
                .map(|(slot, &count)| {
                    let bucket = column.bucket(slot as u32);
                    let selected = filters.is_selected(facet, &bucket);
                    BucketCount { bucket, count, selected }
                })
                .collect();
            for bucket in filters.facets.get(&facet).into_iter().flatten() {
                if !buckets.iter().any(|b| &b.bucket == bucket) {
                    buckets.push(BucketCount { bucket: bucket.clone(), count: 0, selected: true });
                }
            }
            crate::one_sort::sort_by(&mut buckets, |a, b| b.count.cmp(&a.count).then_with(|| a.bucket.cmp(&b.bucket)));
            FacetCounts { facet, buckets }
        })
        .collect();
    Filtered { hits, in_any_period, facets }
}
