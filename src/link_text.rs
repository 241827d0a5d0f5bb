//! A URL as a reader reads it: the host and the path, percent-decoded, with the scheme and a
//! leading `www.` left out, shortened for the screen. Text only: the `href` keeps the URL as
//! given, and nothing here is ever markup.

/// Characters a screen line of the link shows before it is cut with an ellipsis: one line of the
/// reader's footer at its default size.
const SHOWN_CHARS: usize = 56;

/// What the link shows: `shown` on screen, followed by `rest` on paper (where there is no
/// pointer to reveal it); `rest` is empty when the whole text fits.
#[derive(Debug, PartialEq, Eq)]
pub struct LinkText {
    pub shown: String,
    pub rest: String,
}

impl LinkText {
    /// The whole text, as paper shows it.
    pub fn whole(self) -> String {
        self.shown + &self.rest
    }
}

pub fn link_text(url: &str) -> LinkText {
    let text = readable(url);
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => LinkText { shown: text[..cut].to_owned(), rest: text[cut..].to_owned() },
        None => LinkText { shown: text, rest: String::new() },
    }
}

/// The URL without its scheme, credentials, `www.` and trailing slash, decoded where that gives
/// text that is safe to show.
///
/// Read byte by byte rather than with string patterns: a substring search links a searcher of
/// a kilobyte and a half into the app.
fn readable(url: &str) -> String {
    let bytes = url.as_bytes();
    let Some(colon) = bytes.iter().position(|&b| b == b':') else { return decoded(url) };
    if !bytes[colon..].starts_with(b"://") {
        return decoded(url);
    }
    let after_scheme = &url[colon + 3..];
    let end = after_scheme.bytes().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(after_scheme.len());
    let (authority, path) = after_scheme.split_at(end);
    // The host is what follows any `user:password@`: showing the part before it would let a
    // crafted URL name one site and lead to another.
    let host = authority.bytes().rposition(|b| b == b'@').map_or(authority, |at| &authority[at + 1..]);
    let host = host.strip_prefix("www.").unwrap_or(host);
    host.to_owned() + &decoded(path.strip_suffix('/').unwrap_or(path))
}

/// `text` with its `%XX` escapes decoded, or as given when they do not decode to UTF-8 or would
/// bring in a control or bidi formatting character (which could reorder the footer around it).
fn decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|&b| char::from(b).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, ..) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    match String::from_utf8(out) {
        Ok(decoded) if !decoded.chars().any(unsafe_to_show) => decoded,
        _ => text.to_owned(),
    }
}

fn unsafe_to_show(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::link_text;

    fn whole(url: &str) -> String {
        link_text(url).whole()
    }

    #[test]
    fn the_host_and_the_decoded_path() {
        let cases = [
            (
                "https://www.skynewsarabia.com/middle-east/1052705-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A",
                "skynewsarabia.com/middle-east/1052705-الجيش-الليبي",
            ),
            ("http://www.alarabiya.net/ar/2018/04/13/باكستان-تمنع.html", "alarabiya.net/ar/2018/04/13/باكستان-تمنع.html"),
            ("https://example.org/ar/report?id=42&lang=ar", "example.org/ar/report?id=42&lang=ar"),
            ("https://example.org/", "example.org"),
            ("https://example.org", "example.org"),
            ("https://example.org/a%20b/", "example.org/a b"),
            // The real host, not the credentials before it.
            ("https://trusted.example@evil.example/x", "evil.example/x"),
            // Not UTF-8, a stray % and a bidi override: kept as given.
            ("https://example.org/%FF%FE", "example.org/%FF%FE"),
            ("https://example.org/100%-sure", "example.org/100%-sure"),
            ("https://example.org/%E2%80%AEtxt.exe", "example.org/%E2%80%AEtxt.exe"),
            ("https://example.org/a%0Ab", "example.org/a%0Ab"),
            // Markup in a URL is text like the rest.
            ("https://example.org/%3Cscript%3E", "example.org/<script>"),
            ("mailto:info@example.org", "mailto:info@example.org"),
        ];
        for (url, expected) in cases {
            assert_eq!(whole(url), expected, "{url}");
        }
    }

    #[test]
    fn a_long_link_is_cut_for_the_screen_at_a_character() {
        let long = "https://example.org/ar/2023/03/14/report-on-al-sinaa-prison-testimonies-with-a-very-long-slug-that-goes-on";
        let text = link_text(long);
        assert_eq!(text.shown, "example.org/ar/2023/03/14/report-on-al-sinaa-prison-test");
        assert_eq!(text.rest, "imonies-with-a-very-long-slug-that-goes-on");
        let arabic = link_text(&format!("https://example.org/{}", "%D8%B3".repeat(80)));
        assert_eq!(arabic.shown.chars().count(), 56);
        assert_eq!(arabic.rest.chars().count(), 12 + 80 - 56);
        assert_eq!(link_text("https://example.org/short").rest, "");
    }
}
