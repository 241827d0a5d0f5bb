//! Finding an article by its id, for a cold link (`#/article/<id>`): ids are spread over
//! buckets by a hash of the id, each bucket a small file listing its ids with their numbers, so
//! a link costs one bucket whatever the archive's size.

use serde::{Deserialize, Serialize};

/// The bucket of `id` among `buckets`: FNV-1a (64 bits) of the id's UTF-8 bytes, modulo the
/// number of buckets. Written down in docs/archive-format.md, so any reader can find a bucket.
pub fn bucket_of(id: &str, buckets: usize) -> usize {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in id.as_bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash % buckets.max(1) as u64) as usize
}

/// One bucket's file. It names its own number, so no two buckets share a content name (two
/// empty buckets would otherwise be one file, and a list page would name it twice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    pub bucket: u32,
    /// The bucket's ids with their articles' numbers, sorted by id.
    pub ids: Vec<(String, u32)>,
    /// The name of each id's chunk of whole articles, in the order of `ids`: a cold link then
    /// goes from the bucket straight to the article, without the chunks' list page. Absent in
    /// archives written before it, whose readers look the chunk up in the list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<String>,
}

/// How many buckets an archive of `articles` has, for about `per_bucket` ids each.
pub fn bucket_count(articles: usize, per_bucket: u32) -> usize {
    articles.div_ceil(per_bucket.max(1) as usize).max(1)
}

/// Every bucket of the articles' ids, in order (an article's number is its place).
pub fn buckets<'a>(ids: impl ExactSizeIterator<Item = &'a str>, per_bucket: u32) -> Vec<Bucket> {
    let count = bucket_count(ids.len(), per_bucket);
    let mut buckets: Vec<Bucket> =
        (0..count as u32).map(|bucket| Bucket { bucket, ids: Vec::new(), bodies: Vec::new() }).collect();
    for (number, id) in ids.enumerate() {
        buckets[bucket_of(id, count)].ids.push((id.to_owned(), number as u32));
    }
    buckets.iter_mut().for_each(|b| crate::one_sort::sort(&mut b.ids));
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bucket_function_is_fnv_1a_and_stays_fixed() {
        // FNV-1a's published test value for "a" (0xaf63dc4c8601ec8c), so other readers can check
        // theirs; changing the function would strand every archive already published.
        assert_eq!(bucket_of("a", usize::MAX), (0xaf63_dc4c_8601_ec8c_u64 % usize::MAX as u64) as usize);
        assert_eq!(bucket_of("", 7), (0xcbf2_9ce4_8422_2325_u64 % 7) as usize);
    }

    #[test]
    fn every_id_lands_in_its_bucket_once() {
        let ids: Vec<String> = (0..1000).map(|i| format!("article-{i}")).collect();
        let buckets = buckets(ids.iter().map(String::as_str), 64);
        assert_eq!(buckets.len(), 16);
        assert_eq!(buckets.iter().map(|b| b.ids.len()).sum::<usize>(), 1000);
        for (b, bucket) in buckets.iter().enumerate() {
            assert_eq!(bucket.bucket as usize, b);
            assert!(bucket.ids.windows(2).all(|w| w[0] < w[1]), "sorted");
            for (id, number) in &bucket.ids {
                assert_eq!(bucket_of(id, 16), b);
                assert_eq!(ids[*number as usize], *id);
            }
        }
        // Spread about evenly: no bucket holds more than twice its share.
        let sizes: Vec<usize> = buckets.iter().map(|b| b.ids.len()).collect();
        assert!(sizes.iter().all(|&n| n < 2 * 64), "{sizes:?}");
    }
}
