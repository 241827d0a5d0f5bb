//! The cleaning every text field of a bundle gets (trimmed, blank as absent, bidi overrides made
//! isolates) and the rule for which addresses become links, shared by the article's fields and
//! its provenance.

use crate::bidi::without_overrides;
use crate::diagnostic::Severity;

/// A link the reader may follow: only full http(s) addresses become links, so a `javascript:` or
/// `data:` URL in a bundle can never run in the reader's page, and no address can pass for one
/// on the reader's own site.
pub(super) fn web_url(field: &str, url: Option<String>, report: &mut dyn FnMut(Severity, String)) -> Option<String> {
    let url = non_empty(url)?;
    if is_full_web_address(&url) {
        Some(url)
    } else {
        report(
            Severity::Warning,
            format!("the \"{field}\" {url:?} is left out: only full http:// and https:// addresses are linked"),
        );
        None
    }
}

/// `http://host…` or `https://host…`, the scheme in any case. Without the two slashes and a host
/// right after them, a browser resolves the address against the page it is on (`https:x/y` is
/// the path `x/y` of the reader's own site, `http:javascript:…` a path too), or reads the host
/// from further on (`https:///x`): none of them is the address the bundle seems to give.
fn is_full_web_address(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once(':') else { return false };
    let host_start = rest.strip_prefix("//").and_then(|host| host.chars().next());
    matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https")
        && host_start
            .is_some_and(|c| !matches!(c, '/' | '\\' | '?' | '#') && !c.is_ascii_whitespace() && !c.is_ascii_control())
        && port_is_a_number(&rest[2..])
}

/// Whether the port an address names after its host, if any, is digits: a browser cannot read
/// `https://javascript:alert(1)` (host `javascript`, port `alert(1)`) as an address at all, so
/// the link would lead nowhere.
fn port_is_a_number(after_slashes: &str) -> bool {
    let authority = after_slashes.split(['/', '\\', '?', '#']).next().unwrap_or_default();
    let host_and_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    // An IPv6 host is bracketed, and holds colons of its own.
    let after_host = host_and_port.rsplit_once(']').map_or(host_and_port, |(_, port)| port);
    after_host.split_once(':').is_none_or(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
}

/// Text the reader is shown, its bidi overrides made isolates (`bidi`).
pub(super) fn shown(text: Option<String>) -> Option<String> {
    text.map(without_overrides_owned)
}

/// `text` with its overrides made isolates; moved, not copied, when it has none (nearly always).
pub(super) fn without_overrides_owned(text: String) -> String {
    match without_overrides(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(safe) => safe,
    }
}

pub(super) fn non_empty(value: Option<String>) -> Option<String> {
    value.map(trimmed).filter(|v| !v.is_empty())
}

/// The text without white space at either end, in the same allocation.
pub(super) fn trimmed(mut text: String) -> String {
    text.truncate(text.trim_end().len());
    let start = text.len() - text.trim_start().len();
    text.drain(..start);
    text
}
