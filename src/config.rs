//! How one viewer is set up: where its bundle comes from, where it keeps its state in the URL,
//! and how it starts. The standalone page and each `<sahifa-viewer>` element differ only here.

use crate::limits::Limits;
use crate::location::{Location, Route};
use sahifa_core::UiLang;

/// Where a viewer keeps its route and search in the page's URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlBinding {
    /// The whole hash: the standalone page, which owns its URL.
    Hash,
    /// One query parameter of the host page's URL, so that several viewers (and the host's own
    /// routing) share a URL without overwriting each other; the path is never touched.
    Param(String),
    /// Nowhere: the state lives and dies with the viewer.
    Off,
}

/// Where the bundle comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleSource {
    /// `?bundle=` of the page when its origin is allowed, else the built-in sample.
    Page,
    /// An address the deployer wrote in the page's markup (`src`), already resolved.
    Url(String),
    /// An embedded viewer without `src`: shown as an error in the viewer's own box.
    Missing,
}

/// One viewer's set-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewerConfig {
    pub bundle: BundleSource,
    pub url: UrlBinding,
    /// Where the viewer opens when the URL holds no state for it.
    pub start: Location,
    /// The UI language when the deployer chose one; else the bundle's language decides.
    pub ui_lang: Option<UiLang>,
    /// `light`, `dark`, `sepia` or `system`, when the deployer chose one.
    pub theme: Option<String>,
    /// Whether the viewer sets the document's `lang`, `dir` and title: only when it is the page.
    pub owns_document: bool,
    /// How long the bundle and each archive file may wait (`embed.rs` reads the deployer's).
    pub limits: Limits,
}

impl ViewerConfig {
    /// The standalone page: the bundle from `?bundle=`, the state in the hash.
    pub fn standalone() -> Self {
        ViewerConfig {
            bundle: BundleSource::Page,
            url: UrlBinding::Hash,
            start: Location::default(),
            ui_lang: None,
            theme: None,
            owns_document: true,
            limits: Limits::default(),
        }
    }

    /// An embedded viewer from its element's attributes (`src` already resolved against the host
    /// page). Unknown or empty values fall back to the defaults rather than failing: a `lang`
    /// other than `ar` or `en` leaves the choice to the bundle.
    pub fn embedded(
        src: Option<String>,
        view: Option<&str>,
        state_param: Option<String>,
        ui_lang: Option<String>,
        theme: Option<String>,
    ) -> Self {
        let non_empty = |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let url = match non_empty(state_param) {
            Some(off) if off == "off" => UrlBinding::Off,
            Some(name) => UrlBinding::Param(name),
            None => UrlBinding::Off,
        };
        ViewerConfig {
            bundle: non_empty(src).map_or(BundleSource::Missing, BundleSource::Url),
            url,
            start: start_view(view.unwrap_or("")),
            ui_lang: non_empty(ui_lang).as_deref().and_then(UiLang::from_code),
            theme: non_empty(theme),
            owns_document: false,
            limits: Limits::default(),
        }
    }
}

/// Reads a `view` attribute: `list` (or nothing), `timeline`, or `article:<id>`.
fn start_view(view: &str) -> Location {
    match view.trim().strip_prefix("article:") {
        Some(id) if !id.trim().is_empty() => {
            Location { route: Route::Article(id.trim().to_owned()), ..Location::default() }
        }
        _ => Location::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_attributes_fall_back_to_sensible_defaults() {
        let config = ViewerConfig::embedded(None, None, None, Some(" ".into()), None);
        assert_eq!(config.bundle, BundleSource::Missing);
        assert_eq!(config.url, UrlBinding::Off);
        assert_eq!(config.ui_lang, None);
        assert!(!config.owns_document);
        let config = ViewerConfig::embedded(
            Some("https://adl.example/a.json".into()),
            Some("article:e5bda383449404da"),
            Some("archive".into()),
            Some("en".into()),
            Some("dark".into()),
        );
        assert_eq!(config.bundle, BundleSource::Url("https://adl.example/a.json".into()));
        assert_eq!(config.url, UrlBinding::Param("archive".into()));
        assert_eq!(config.ui_lang, Some(UiLang::English));
        assert_eq!(config.start.route, Route::Article("e5bda383449404da".into()));
        assert_eq!(ViewerConfig::embedded(None, Some("timeline"), Some("off".into()), None, None).url, UrlBinding::Off);
        assert_eq!(ViewerConfig::embedded(None, None, None, Some("fr".into()), None).ui_lang, None);
    }
}
