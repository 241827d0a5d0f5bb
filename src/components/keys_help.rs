//! The list of keys a reader can use, opened with `?` and closed with Escape or its button; the
//! keys are named as they are printed on the keyboard, whatever layout types them.

use crate::i18n::Strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeysHelpProps {
    pub strings: &'static Strings,
    pub on_close: Callback<()>,
}

#[component]
pub fn KeysHelp(props: &KeysHelpProps) -> Html {
    let strings = props.strings;
    // Focus moves into the list as it opens, so that a screen reader reads it and Escape or
    // Tab start from it.
    let close = use_node_ref();
    {
        let close = close.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let keys = [
        ("/", strings.key_search),
        ("j", strings.key_next),
        ("k", strings.key_previous),
        ("?", strings.key_help),
        ("Esc", strings.key_close),
    ];
    html! {
        <section class="keys-help" role="dialog" aria-labelledby="keys-heading">
            <h2 id="keys-heading">{ strings.keys_heading }</h2>
            <dl>
                { for keys.iter().map(|(key, what)| html! {
                    <div><dt><kbd dir="ltr">{ *key }</kbd></dt><dd>{ *what }</dd></div>
                }) }
            </dl>
            <button ref={close} type="button" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ strings.key_close }</button>
        </section>
    }
}
