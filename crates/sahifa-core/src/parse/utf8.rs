//! UTF-8 checking for the window, fast on Arabic text.
//!
//! `std::str::from_utf8` runs fast over ASCII but takes each multi-byte character on its own:
//! on the corpus, four fifths of whose bytes are Arabic letters (two bytes each), it took about
//! half of the parse. Here eight bytes are checked at once while they hold only ASCII and
//! two-byte characters, which is nearly all of an Arabic text; any other character is checked
//! alone by `std`, and any error is left to `std` to describe, so the outcome is always `std`'s.

use std::str::Utf8Error;

const HIGH: u64 = 0x8080_8080_8080_8080;

/// Whether each of eight bytes leads a two-byte character (`C2..=DF`) and whether it continues
/// one (`80..=BF`), as the high bit of its byte in two masks; `None` if any byte is another
/// non-ASCII byte.
#[inline(always)]
fn two_byte_marks(word: u64) -> Option<(u64, u64)> {
    let bit7 = word & HIGH;
    let bit6 = (word << 1) & HIGH;
    let bit5 = (word << 2) & HIGH;
    let lead = bit7 & bit6 & !bit5;
    let continuation = bit7 & !bit6;
    let longer = bit7 & bit6 & bit5;
    // `C0` and `C1` lead overlong forms: a lead's bits 1 to 4 must not all be 0. Each byte's
    // masked bits plus 7F reach its high bit only when they are not 0, and never carry over.
    let not_overlong = ((word & 0x1E1E_1E1E_1E1E_1E1E) + 0x7F7F_7F7F_7F7F_7F7F) & HIGH;
    (longer | (lead & !not_overlong) == 0).then_some((lead, continuation))
}

/// The same as `std::str::from_utf8`.
pub(super) fn from_utf8(bytes: &[u8]) -> Result<&str, Utf8Error> {
    let n = bytes.len();
    let mut at = 0;
    'text: while at < n {
        // Words of ASCII and two-byte characters, each continuation byte right after a lead;
        // `pending` is a lead in the word's last byte, whose continuation opens the next word.
        let mut pending = 0u64;
        while let Some(chunk) = bytes.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            match two_byte_marks(word) {
                Some((lead, continuation)) if continuation == (lead << 8 | pending) => {
                    pending = lead >> 56;
                    at += 8;
                }
                _ => break,
            }
        }
        // A character left open is taken again whole.
        at -= usize::from(pending != 0);
        // Character by character past the word that stopped the fast path.
        let until = (at + 8).min(n);
        while at < until {
            let width = match bytes[at] {
                0..=0x7F => 1,
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => break 'text,
            };
            match bytes.get(at..at + width) {
                Some(c) if std::str::from_utf8(c).is_ok() => at += width,
                _ => break 'text,
            }
        }
    }
    if at >= n {
        // SAFETY: every character of `bytes` was checked above.
        Ok(unsafe { std::str::from_utf8_unchecked(bytes) })
    } else {
        std::str::from_utf8(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that texts are made of: ASCII, characters of each width, and every kind of error.
    const PIECES: &[&[u8]] = &[
        b"a",
        b" ",
        "ب".as_bytes(),
        "ߺ".as_bytes(),
        "€".as_bytes(),
        "😀".as_bytes(),
        &[0xC2, 0x80],
        &[0xDF, 0xBF],
        &[0xC0, 0x80],
        &[0xC1, 0xBF],
        &[0x80],
        &[0xBF],
        &[0xC2],
        &[0xE0, 0x80, 0x80],
        &[0xED, 0xA0, 0x80],
        &[0xF4, 0x90, 0x80, 0x80],
        &[0xF5],
        &[0xFF],
    ];

    fn outcome(r: Result<&str, Utf8Error>) -> Result<usize, (usize, Option<usize>)> {
        r.map(str::len).map_err(|e| (e.valid_up_to(), e.error_len()))
    }

    #[test]
    fn arabic_text_and_edges() {
        let text = "مكة المكرمة، «السعودية» — 2026\n".repeat(9);
        assert_eq!(from_utf8(text.as_bytes()), Ok(text.as_str()));
        assert_eq!(from_utf8(b""), Ok(""));
        // A two-byte letter cut in two, at the end and in the middle of a word of eight bytes.
        let mut cut = text.into_bytes();
        cut.truncate(cut.len() - 2 - "مكة المكرمة".len());
        assert_eq!(outcome(from_utf8(&cut)), outcome(std::str::from_utf8(&cut)));
        assert!(from_utf8(&cut).is_err());
        cut.extend_from_slice(b"abcdefgh");
        assert_eq!(outcome(from_utf8(&cut)), outcome(std::str::from_utf8(&cut)));
        assert!(from_utf8(&cut).is_err());
    }

    proptest! {
        #[test]
        fn same_as_std(pieces in proptest::collection::vec(0..PIECES.len(), 0..60), shift in 0usize..8) {
            let mut bytes = vec![b'x'; shift];
            pieces.iter().for_each(|&p| bytes.extend_from_slice(PIECES[p]));
            prop_assert_eq!(outcome(from_utf8(&bytes)), outcome(std::str::from_utf8(&bytes)));
        }

        #[test]
        fn same_as_std_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
            prop_assert_eq!(outcome(from_utf8(&bytes)), outcome(std::str::from_utf8(&bytes)));
        }
    }
}
