//! BM25, the ranking's model of how much a term says about an article: its constants and the
//! per-article length normalization, shared by the build (which computes the norms once) and
//! the search (which scores with them).

/// Term-frequency saturation, at its usual value.
pub(super) const K1: f32 = 1.2;
/// Length normalization, at its usual value.
const B: f32 = 0.75;

/// Each article's length normalization of a field, with the saturation constant: what every
/// term's score divides by, computed once rather than for every posting.
pub(super) fn length_norms(lens: &[u32], average_len: f32) -> Vec<f32> {
    lens.iter().map(|&len| length_norm(len, average_len)).collect()
}

/// One article's length normalization of a field: the same arithmetic wherever the norm is
/// computed (the built index keeps them; a sharded archive computes them from the lengths in
/// its postings), so both rank alike to the bit.
#[inline]
pub(super) fn length_norm(len: u32, average_len: f32) -> f32 {
    K1 * (1.0 - B + B * len as f32 / average_len.max(1.0))
}

/// The score of a term met `tf` times in an article, given its `scale` (weight, idf and
/// `K1 + 1` together) and the article's length norm.
#[inline]
pub(super) fn term_score(scale: f32, tf: f32, length_norm: f32) -> f32 {
    scale * tf / (tf + length_norm)
}

/// The inverse document frequency of a term found in `df` of `n` articles.
pub(super) fn idf(n: usize, df: usize) -> f32 {
    let (n, df) = (n as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}
