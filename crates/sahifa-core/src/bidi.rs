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

/// `text` with its overrides turned into isolates; borrowed when it has none (nearly always).
pub fn without_overrides(text: &str) -> Cow<'_, str> {
    if !text.contains([LRO, RLO]) {
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
    use super::without_overrides;

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
