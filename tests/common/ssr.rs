//! Rendering natively for snapshots: a component to HTML with Yew's `LocalServerRenderer`, and
//! that HTML made to read and diff well.

use expect_test::Expect;
use yew::{BaseComponent, LocalServerRenderer};

pub async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props).hydratable(false).render().await
}

/// The bidi controls a snapshot shows as code points: raw controls in a literal are denied by the
/// compiler, and invisible in a diff.
pub const BIDI_CONTROLS: [char; 9] =
    ['\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// Puts each element on its own line and shows bidi controls as their code points.
pub fn pretty(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for c in html.replace("><", ">\n<").chars() {
        if BIDI_CONTROLS.contains(&c) {
            out.push_str(&format!("⟨U+{:04X}⟩", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

pub fn check(html: &str, expect: Expect) {
    expect.assert_eq(&pretty(html));
}

/// `html` with the content of the element that `opening_tag` opens (its first occurrence) shown
/// as `…`: a view snapshotted in its own module appears once, not again in each view around it.
pub fn elide(html: &str, opening_tag: &str) -> String {
    let start = html.find(opening_tag).unwrap_or_else(|| panic!("{opening_tag} in {html}")) + opening_tag.len();
    let name = opening_tag[1..].split([' ', '>']).next().expect("a tag name");
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 1;
    let mut at = start;
    let end = loop {
        let next_close = at + html[at..].find(&close).unwrap_or_else(|| panic!("{opening_tag} closes"));
        match html[at..next_close].match_indices(&open).find(|(i, _)| {
            // `<dt` is not an opening `<d`: the name must end there.
            html[at + i + open.len()..].starts_with([' ', '>'])
        }) {
            Some((i, _)) => {
                depth += 1;
                at += i + open.len();
            }
            None => {
                depth -= 1;
                if depth == 0 {
                    break next_close;
                }
                at = next_close + close.len();
            }
        }
    };
    format!("{}…{}", &html[..start], &html[end..])
}
