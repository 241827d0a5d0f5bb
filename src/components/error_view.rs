//! Why the bundle could not be shown, the URL it is about, and what to do next.

use crate::i18n::Strings;
use crate::state::LoadError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorViewProps {
    pub error: LoadError,
    pub strings: &'static Strings,
    pub on_retry: Callback<()>,
    /// Inside a host's page: the link to the sample (`?`) would navigate the host page, losing
    /// its query and every other viewer's state, so it is left out.
    pub embedded: bool,
}

#[component]
pub fn ErrorView(props: &ErrorViewProps) -> Html {
    let strings = props.strings;
    let (advice, detail) = match &props.error {
        LoadError::Refused { .. } => (strings.refused, None),
        LoadError::NoSource => (strings.no_source, None),
        LoadError::Network { detail, .. } => (strings.network_failed, Some(detail.clone())),
        LoadError::Http { status, status_text, .. } => {
            (strings.http_failed, Some(format!("HTTP {status} {status_text}").trim_end().to_owned()))
        }
        LoadError::Invalid { detail, .. } => (strings.invalid_bundle, Some(detail.clone())),
    };
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <section class="error-view" role="alert" aria-labelledby="error-heading">
            <h1 id="error-heading">{ strings.load_failed }</h1>
            <p>{ advice }</p>
            if !props.error.url().is_empty() {
                <p class="error-url"><code dir="ltr">{ props.error.url() }</code></p>
            }
            if let Some(detail) = detail {
                <p class="error-detail"><code dir="ltr" lang="en">{ detail }</code></p>
            }
            <p class="error-actions">
                if props.error.retryable() {
                    <button type="button" onclick={retry}>{ strings.retry }</button>
                }
                if !props.embedded {
                    <a href="?">{ strings.open_sample }</a>
                }
            </p>
        </section>
    }
}
