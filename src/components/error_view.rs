//! Why the bundle could not be shown (or that the reader stopped its load), the URL it is
//! about, and what to do next.

use crate::hooks::use_digits::use_digits;
use crate::i18n::{timed_out_text, Strings};
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
    let digits = use_digits();
    let (advice, detail): (String, _) = match &props.error {
        LoadError::Refused { .. } => (strings.refused.into(), None),
        LoadError::NoSource => (strings.no_source.into(), None),
        LoadError::Network { detail, .. } => (strings.network_failed.into(), Some(detail.clone())),
        LoadError::Http { status, status_text, .. } => {
            (strings.http_failed.into(), Some(format!("HTTP {status} {status_text}").trim_end().to_owned()))
        }
        LoadError::Invalid { detail, .. } => (strings.invalid_bundle.into(), Some(detail.clone())),
        LoadError::TimedOut { limit, seconds, .. } => (digits.apply(&timed_out_text(strings, *limit, *seconds)), None),
        LoadError::Cancelled { .. } => (strings.cancelled.into(), None),
    };
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    // The reader's own cancel is news they asked for, not an alarm.
    let (role, heading) = match props.error {
        LoadError::Cancelled { .. } => ("status", strings.load_cancelled),
        _ => ("alert", strings.load_failed),
    };
    html! {
        <section class="error-view" {role} aria-labelledby="error-heading">
            <h1 id="error-heading">{ heading }</h1>
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
