//! A paragraph of the open article as the URL carries it beside the search: its number, the
//! fingerprint of its text, and the quoted words (`para=3.652c15`, `para=3.652c15.12-40`); a
//! number alone (`para=3`) is what a person types. What the link finds is the core's
//! `paragraph_ref`; reading never fails, and what it cannot read is no paragraph.

use sahifa_core::paragraph_ref::{ParagraphRef, FINGERPRINT_BITS};

/// The query-string key the paragraph is kept under.
pub const KEY: &str = "para";

/// Reads a `para` value.
pub fn from_value(value: &str) -> Option<ParagraphRef> {
    let mut parts = value.split('.');
    let number = digits(parts.next()?)?;
    let fingerprint = match parts.next() {
        None => None,
        Some(hex) if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) => {
            Some(u32::from_str_radix(hex, 16).ok()?)
        }
        Some(_) => return None,
    };
    let quote = match parts.next() {
        None => None,
        Some(span) => {
            let (start, end) = span.split_once('-')?;
            let (start, end) = (digits(start)?, digits(end)?);
            // A quote is written with a fingerprint: words are only worth marking in the text
            // they were chosen from.
            if start >= end || fingerprint.is_none() {
                return None;
            }
            Some((start, end))
        }
    };
    (number > 0 && parts.next().is_none()).then_some(ParagraphRef { number, fingerprint, quote })
}

/// The `para` value that reads back as `link`.
pub fn to_value(link: &ParagraphRef) -> String {
    let mut value = link.number.to_string();
    if let Some(print) = link.fingerprint {
        let print = print & ((1 << FINGERPRINT_BITS) - 1);
        value.push_str(&format!(".{print:06x}"));
        if let Some((start, end)) = link.quote {
            value.push_str(&format!(".{start}-{end}"));
        }
    }
    value
}

/// A number as a link writes it: ASCII digits, no sign, no leading zero, so that each has one
/// spelling.
fn digits(text: &str) -> Option<u32> {
    let canonical =
        !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_read_and_write_as_number_fingerprint_and_quote() {
        let link = |number, fingerprint, quote| Some(ParagraphRef { number, fingerprint, quote });
        let cases = [
            ("3", link(3, None, None)),
            ("3.652c15", link(3, Some(0x65_2c15), None)),
            ("12.000001.0-40", link(12, Some(1), Some((0, 40)))),
            ("0", None),
            ("03", None),
            ("-3", None),
            ("3.652C15", None),
            ("3.652c", None),
            ("3.652c15.40-12", None),
            ("3.652c15.12-12", None),
            ("3.652c15.12", None),
            ("3.652c15.1-2.x", None),
            ("99999999999", None),
            ("", None),
            ("٣", None),
        ];
        for (value, expected) in cases {
            let read = from_value(value);
            assert_eq!(read, expected, "{value:?}");
            if let Some(link) = read {
                assert_eq!(to_value(&link), value);
            }
        }
    }
}
