//! Which bundle the page opens: `?bundle=<url>` when the deployer allows its origin, else the
//! built-in sample. The policy is pure; resolving URLs against the page is the browser's job.

/// Where the sample bundle sits in `dist/`, relative to the page.
pub const SAMPLE_BUNDLE: &str = "sample/bundle.json";

/// The name of the `<meta>` tag in which a deployer lists other origins that `?bundle=` may
/// point to, separated by spaces (`*` allows any).
pub const ALLOWED_ORIGINS_META: &str = "sahifa-allowed-origins";

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
    use super::origin_allowed;

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
}
