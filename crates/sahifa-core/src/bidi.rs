//! Bundle text made safe to show, once, when the bundle is read: a bidi *override* (LRO, RLO)
//! becomes the matching *isolate* (LRI, RLI), and the PDF that closes it a PDI. Every string an
//! article or the bundle shows passes through here at parse time, so no view, attribute or tab
//! title can meet an override, however the text reaches it.
//!
//! An override forces every letter after it into one direction, so a stray RLO prints
//! "Human Rights Watch" as "hctaW sthgiR namuH" and tears Arabic letters apart; it is also the
//! "Trojan Source" spoofing trick. An isolate keeps the author's intent (this run goes right to
//! left) while letters keep their own order. Embeddings, isolates and marks pass unchanged, and
//! every element that holds article text isolates it, so nothing leaks into the UI either way.

use std::borrow::Cow;

const LRE: char = '\u{202a}';
const RLE: char = '\u{202b}';
const PDF: char = '\u{202c}';
const LRO: char = '\u{202d}';
const RLO: char = '\u{202e}';
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// What an open explicit formatting character was, so the one that closes it can be matched.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Embedding,
    /// An override shown as an isolate: its PDF must become a PDI.
    Override,
    Isolate,
}

/// Whether `text` holds an override. Every text of a bundle is checked, tens of megabytes of it,
/// so this looks for the overrides' first byte (0xE2, which Arabic and Latin letters never use)
/// eight bytes at a time, where a search for the characters decodes every one.
fn has_override(text: &str) -> bool {
    const LEAD: u64 = 0xE2 * (u64::MAX / 0xFF);
    let bytes = text.as_bytes();
    let is_override = |at: usize| matches!(bytes.get(at..at + 3), Some([0xE2, 0x80, 0xAD | 0xAE]));
    let mut chunks = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ LEAD;
        // A byte of `word` is zero where the text has 0xE2 (the classic has-a-zero-byte test).
        let lead_here = word.wrapping_sub(u64::MAX / 0xFF) & !word & (0x80 * (u64::MAX / 0xFF)) != 0;
        if lead_here && (start..start + 8).any(is_override) {
            return true;
        }
        start += 8;
    }
    (start..bytes.len()).any(is_override)
}

/// `text` with its overrides turned into isolates; borrowed when it has none (nearly always).
pub fn without_overrides(text: &str) -> Cow<'_, str> {
    if !has_override(text) {
        return Cow::Borrowed(text);
    }
    let mut open: Vec<Open> = Vec::new();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // What stands for `c`: each arm only decides, and one push writes it (the crate is
        // built for speed, and a push inlined in every arm would be copied into the app as often).
        let shown = match c {
            LRE | RLE => {
                open.push(Open::Embedding);
                c
            }
            LRO | RLO => {
                open.push(Open::Override);
                if c == LRO {
                    LRI
                } else {
                    RLI
                }
            }
            LRI | RLI | FSI => {
                open.push(Open::Isolate);
                c
            }
            // A PDF closes the innermost embedding or override, never an isolate.
            PDF => match open.last() {
                Some(Open::Override) => {
                    open.pop();
                    PDI
                }
                Some(Open::Embedding) => {
                    open.pop();
                    c
                }
                _ => c,
            },
            // A PDI closes the innermost isolate and everything opened inside it; the overrides
            // inside became isolates of their own, which this PDI does not close, so each gets one.
            PDI => {
                if let Some(at) = open.iter().rposition(|o| *o == Open::Isolate) {
                    let inner = open[at + 1..].iter().filter(|o| **o == Open::Override).count();
                    out.extend(std::iter::repeat_n(PDI, inner));
                    open.truncate(at);
                }
                c
            }
            _ => c,
        };
        out.push(shown);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{has_override, without_overrides};

    proptest::proptest! {
        /// The byte scan finds exactly what a search for the characters finds.
        #[test]
        fn the_byte_scan_finds_the_overrides(text in "[a\u{627}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{20ac} ]{0,40}") {
            proptest::prop_assert_eq!(has_override(&text), text.contains(['\u{202d}', '\u{202e}']));
        }
    }

    #[test]
    fn text_without_overrides_is_borrowed_unchanged() {
        let text = "نص \u{2067}مع عزل\u{2069} و\u{202b}تضمين\u{202c}";
        assert!(matches!(without_overrides(text), std::borrow::Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn overrides_become_isolates_and_their_pdf_a_pdi() {
        assert_eq!(without_overrides("\u{202e}Human Rights Watch"), "\u{2067}Human Rights Watch");
        assert_eq!(without_overrides("a\u{202d}b\u{202c}c"), "a\u{2066}b\u{2069}c");
        // The PDF of an embedding opened inside an override still closes the embedding.
        assert_eq!(without_overrides("\u{202e}x\u{202a}y\u{202c}z\u{202c}"), "\u{2067}x\u{202a}y\u{202c}z\u{2069}");
    }

    #[test]
    fn a_pdi_closing_an_outer_isolate_also_closes_the_overrides_inside_it() {
        assert_eq!(without_overrides("\u{2068}a\u{202e}b\u{2069}c"), "\u{2068}a\u{2067}b\u{2069}\u{2069}c");
    }
}
