//! Progress while the bundle downloads, so a large archive never looks like a blank page, and
//! the way to stop a load the reader no longer wants to wait for.

use crate::hooks::use_digits::use_digits;
use crate::i18n::{progress_text, Strings};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadingViewProps {
    pub received: u64,
    pub total: Option<u64>,
    pub strings: &'static Strings,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn LoadingView(props: &LoadingViewProps) -> Html {
    let strings = props.strings;
    let digits = use_digits();
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="loading-view" role="status" aria-live="polite">
            <p>{ strings.loading }</p>
            if let Some(total) = props.total {
                <progress max={total.to_string()} value={props.received.min(total).to_string()} aria-label={strings.loading}></progress>
            } else {
                <progress aria-label={strings.loading}></progress>
            }
            <p class="loading-amount">{ digits.apply(&progress_text(strings, props.received, props.total)) }</p>
            <p class="loading-actions"><button type="button" onclick={cancel}>{ strings.cancel_load }</button></p>
        </section>
    }
}
