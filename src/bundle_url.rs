//! Which bundle the page opens: `?bundle=<url>` when the deployer allows its origin, else the
//! bundle packed into the page, else the built-in sample. The policy is pure; resolving URLs against the page is the browser's job.

/// Where the sample bundle sits in `dist/`, relative to the page.
pub const SAMPLE_BUNDLE: &str = "sample/bundle.json";

/// The bundle inside the page itself, as `sahifa pack` writes it: the id of its
/// `<script type="application/json">` element, written as the in-page address the load names.
pub const EMBEDDED_BUNDLE: &str = "#sahifa-bundle";

/// The name of the `<meta>` tag in which a deployer lists other origins that `?bundle=` may
/// point to, separated by spaces (`*` allows any).
pub const ALLOWED_ORIGINS_META: &str = "sahifa-allowed-origins";

/// The selector of that tag, written out rather than formatted at run time (a few bytes less).
pub const ALLOWED_ORIGINS_SELECTOR: &str = "meta[name=\"sahifa-allowed-origins\"]";

/// Whether a bundle at `bundle_origin` may be shown on a page at `page_origin`.
///
/// Same-origin is always allowed. Anything else needs the deployer's consent, so that a crafted
/// link cannot make a centre's page show someone else's articles under its name.
pub fn origin_allowed(bundle_origin: &str, page_origin: &str, allowlist: &str) -> bool {
    bundle_origin == page_origin
        || allowlist.split_whitespace().any(|allowed| allowed == "*" || allowed.trim_end_matches('/') == bundle_origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selector_names_the_tag() {
        assert_eq!(ALLOWED_ORIGINS_SELECTOR, format!("meta[name=\"{ALLOWED_ORIGINS_META}\"]"));
    }

    #[test]
    fn only_the_page_origin_and_listed_origins_are_allowed() {
        let page = "https://adl.example";
        let table = [
            ("https://adl.example", "", true),
            ("https://evil.example", "", false),
            ("https://cdn.example", "https://cdn.example", true),
            ("https://cdn.example", "https://other.example https://cdn.example/", true),
            ("http://adl.example", "", false),
            ("https://evil.example", "https://cdn.example", false),
            ("https://evil.example", "*", true),
            ("null", "", false),
        ];
        for (origin, allowlist, allowed) in table {
            assert_eq!(origin_allowed(origin, page, allowlist), allowed, "{origin} with {allowlist:?}");
        }
    }

    /// The app asks the rule twice: of the address a link names, and of the one the fetch
    /// ended at after redirects (`Response.url`), whose origin the browser writes in lower
    /// case with the default port left out.
    #[test]
    fn where_a_redirect_ends_is_held_to_the_same_rule() {
        let page = "http://127.0.0.1:8080";
        let table = [
            // A redirect within the site, to a listed CDN, or anywhere with `*`.
            ("http://127.0.0.1:8080", "", true),
            ("https://cdn.example", "https://cdn.example", true),
            ("https://cdn.example", "*", true),
            // Another port, another scheme, another host: another origin.
            ("http://127.0.0.1:8081", "", false),
            ("https://127.0.0.1:8080", "", false),
            ("http://localhost:8080", "", false),
            // `data:` and `blob:` answers have an opaque origin.
            ("null", "", false),
            // An allowlist entry names an origin, not a prefix of one.
            ("https://cdn.example.evil", "https://cdn.example", false),
            ("https://cdn.example:444", "https://cdn.example", false),
        ];
        for (end, allowlist, allowed) in table {
            assert_eq!(origin_allowed(end, page, allowlist), allowed, "ending at {end} with {allowlist:?}");
        }
    }
}
