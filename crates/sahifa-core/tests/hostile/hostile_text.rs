//! Text a hostile or careless publisher writes, as classes rather than fixed strings: markup and
//! script in every shape, bidi controls in any order and balance, control characters, and plain
//! text of any kind, mixed.

use proptest::prelude::*;

/// The explicit bidi formatting characters: embeddings, overrides, their PDF, the isolates and PDI.
pub const BIDI_CONTROLS: &[char] =
    &['\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// The two overrides, which no shown text may keep.
pub fn has_override(text: &str) -> bool {
    text.contains(['\u{202d}', '\u{202e}'])
}

/// Markup a browser would run or render if text were ever read as HTML, built from parts so that
/// the tag, the handler and the quoting vary.
fn markup() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec!["img", "svg", "script", "iframe", "a", "details", "math", "body"]);
    let handler = prop::sample::select(vec!["onerror", "onload", "onclick", "ontoggle", "onfocus"]);
    let quote = prop::sample::select(vec!["", "\"", "'", "`"]);
    let opener = prop::sample::select(vec!["", "\">", "'>", "</title>", "</textarea>", "-->", "]]>"]);
    (opener, tag, handler, quote)
        .prop_map(|(opener, tag, handler, q)| format!("{opener}<{tag} src=x {handler}={q}alert(1){q}>{tag}</{tag}>"))
}

/// A run of bidi controls, balanced or not, around some letters.
fn bidi() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![prop::sample::select(BIDI_CONTROLS.to_vec()).prop_map(String::from), "[a-zء-ي ]{0,4}"],
        1..8,
    )
    .prop_map(|parts| parts.concat())
}

/// One piece of hostile text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => markup(),
        2 => bidi(),
        1 => prop::sample::select(vec!["javascript:alert(1)", "{{constructor}}", "&lt;b&gt;", "&#x3C;", "\u{0}", "\u{feff}", "%00"])
            .prop_map(str::to_owned),
        2 => "\\PC{0,12}",
        1 => ".{0,6}",
    ]
}

/// Hostile text: a few pieces joined.
pub fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..4).prop_map(|pieces| pieces.concat())
}
