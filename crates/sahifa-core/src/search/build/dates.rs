//! The articles' dates as the search reads them: a recency rank to order by and a day number to
//! filter by.

use crate::model::Article;

/// Each article's recency rank (higher is newer, 0 undated) and day.
pub(super) fn dates(articles: &[Article]) -> (Vec<u32>, Vec<Option<i32>>) {
    let mut dated: Vec<u32> = (0..articles.len() as u32).filter(|&i| articles[i as usize].date.is_some()).collect();
    crate::one_sort::sort_by_key(&mut dated, |&i| articles[i as usize].date);
    // Articles of the same date share a rank, so the date alone decides among them.
    let mut recency = vec![0u32; articles.len()];
    let mut rank = 0;
    for (k, &i) in dated.iter().enumerate() {
        if k == 0 || articles[i as usize].date != articles[dated[k - 1] as usize].date {
            rank += 1;
        }
        recency[i as usize] = rank;
    }
    let days = articles.iter().map(|a| a.date.map(|d| d.day.to_julian_day())).collect();
    (recency, days)
}
