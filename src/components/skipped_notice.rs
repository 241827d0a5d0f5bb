//! The notice that lists every article skipped as invalid, so nothing disappears silently.

use crate::hooks::use_digits::use_digits;
use crate::i18n::Strings;
use sahifa_core::Diagnostic;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SkippedNoticeProps {
    pub skipped: Vec<Diagnostic>,
    pub strings: &'static Strings,
}

#[component]
pub fn SkippedNotice(props: &SkippedNoticeProps) -> Html {
    let digits = use_digits();
    if props.skipped.is_empty() {
        return html! {};
    }
    html! {
        <details class="skipped-notice" role="note" open=true>
            <summary>{ props.strings.skipped_heading }{ digits.apply(&format!(" ({})", props.skipped.len())) }</summary>
            <ul dir="ltr" lang="en">
                { for props.skipped.iter().map(|d| html! {
                    <li><bdi>{ d.subject.to_string() }</bdi>{ ": " }{ &d.message }</li>
                }) }
            </ul>
        </details>
    }
}
