//! What the loading bar may measure a download against. The body arrives decoded, while
//! `Content-Length` counts the bytes on the wire: for a compressed response the two are not
//! comparable (a 10.9 MB gzipped bundle streams 42 MB of text), and a bar that compared them
//! would sit full long before the end.

/// The total the bytes received can be shown against, or `None` for a bar that only counts.
///
/// `content_encoding` is the response's header as the page can read it; `readable_headers` says
/// whether every header is readable (a same-origin response), since a cross-origin one hides a
/// `Content-Encoding` its server did not expose, and its absence then tells nothing.
pub fn comparable_total(
    content_length: Option<u64>,
    content_encoding: Option<&str>,
    readable_headers: bool,
) -> Option<u64> {
    let identity = match content_encoding.map(str::trim) {
        None | Some("") => readable_headers,
        Some(encoding) => encoding.eq_ignore_ascii_case("identity"),
    };
    content_length.filter(|_| identity)
}

/// The total to show once `received` bytes have arrived: past the announced total, the
/// announcement was wrong, and the bar only counts from then on.
pub fn shown_total(total: Option<u64>, received: u64) -> Option<u64> {
    total.filter(|&t| received <= t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compressed_length_is_no_total_for_decoded_bytes() {
        assert_eq!(comparable_total(Some(10_900_000), Some("gzip"), true), None);
        assert_eq!(comparable_total(Some(10_900_000), Some("br"), false), None);
        assert_eq!(comparable_total(Some(42_000_000), None, true), Some(42_000_000));
        assert_eq!(comparable_total(Some(42_000_000), Some("identity"), true), Some(42_000_000));
        // Cross-origin without an exposed encoding: it may be compressed.
        assert_eq!(comparable_total(Some(42_000_000), None, false), None);
        assert_eq!(comparable_total(None, None, true), None);
    }

    #[test]
    fn bytes_past_the_announced_total_make_the_bar_count_instead() {
        assert_eq!(shown_total(Some(100), 100), Some(100));
        assert_eq!(shown_total(Some(100), 101), None);
    }
}
