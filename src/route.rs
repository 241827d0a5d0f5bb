//! Where the reader is, as the URL's hash says: `#/` for the list, `#/article/<id>` for one
//! article, either followed by `?<search state>` (query, facets, dates, sort). The hash needs no
//! server rewrite rules, so deep links work on any static host and under any sub-path, survive a
//! reload, and the back button steps through them.

use sahifa_core::search::SearchRequest;

/// A place in the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    List,
    Article(String),
}

const ARTICLE_PREFIX: &str = "#/article/";

/// A route and the search state around it: everything the URL's hash carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub route: Route,
    pub search: SearchRequest,
}

impl Location {
    /// Reads a `location.hash` value; what it cannot read falls back to the list and no search.
    pub fn from_hash(hash: &str) -> Location {
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        Location { route: Route::from_hash(path), search: SearchRequest::from_query_string(query) }
    }

    /// The hash that leads here.
    pub fn to_hash(&self) -> String {
        let query = self.search.to_query_string();
        let path = self.route.to_hash();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    }

    /// This search with another route: links keep the search, so "back" returns to the results.
    pub fn with_route(&self, route: Route) -> Location {
        Location { route, search: self.search.clone() }
    }
}

impl Route {
    /// Reads a `location.hash` value; anything unknown is the list.
    pub fn from_hash(hash: &str) -> Route {
        match hash.strip_prefix(ARTICLE_PREFIX) {
            Some(id) if !id.is_empty() => Route::Article(percent_decode(id)),
            _ => Route::List,
        }
    }

    /// The hash that leads here, for an `href`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::List => "#/".to_owned(),
            Route::Article(id) => format!("{ARTICLE_PREFIX}{}", percent_encode(id)),
        }
    }
}

/// Escapes what a hash must not hold raw (and `%` itself), keeping Arabic ids readable as they
/// are: browsers show and accept non-ASCII in fragments.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-_.~".contains(c) || !c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("%{:02X}", c as u32));
        }
    }
    out
}

/// Undoes any percent-escapes (browsers escape non-ASCII in `location.hash`); bytes that do
/// not form UTF-8 are kept as written rather than lost.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn locations_carry_the_search_beside_the_route() {
        let location =
            super::Location::from_hash("#/article/x?q=%D8%B3%D8%AC%D9%86&place=%D8%AD%D9%84%D8%A8&sort=oldest");
        assert_eq!(location.route, Route::Article("x".into()));
        assert_eq!(location.search.query, "سجن");
        assert_eq!(super::Location::from_hash(&location.to_hash()), location);
        let plain = super::Location::from_hash("#/");
        assert_eq!(plain.to_hash(), "#/");
        assert_eq!(
            super::Location::from_hash("#/?q=a").with_route(Route::Article("y".into())).to_hash(),
            "#/article/y?q=a"
        );
    }

    #[test]
    fn hashes_round_trip_and_unknown_ones_mean_the_list() {
        let table = [
            ("", Route::List),
            ("#/", Route::List),
            ("#/article/", Route::List),
            ("#/nowhere", Route::List),
            ("#/article/e5bda383449404da", Route::Article("e5bda383449404da".into())),
            ("#/article/a%20b%2Fc", Route::Article("a b/c".into())),
            ("#/article/%D8%B3%D8%AC%D9%86", Route::Article("سجن".into())),
            ("#/article/%E2%28", Route::Article("%E2%28".into())),
        ];
        for (hash, route) in table {
            assert_eq!(Route::from_hash(hash), route, "reading {hash:?}");
            assert_eq!(Route::from_hash(&route.to_hash()), route, "round trip of {route:?}");
        }
    }
}
