//! The switch between Western and Arabic-Indic digits in dates.

use crate::i18n::Strings;
use sahifa_core::digits::Digits;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DigitsToggleProps {
    pub digits: Digits,
    pub strings: &'static Strings,
    pub on_toggle: Callback<()>,
}

#[component]
pub fn DigitsToggle(props: &DigitsToggleProps) -> Html {
    let pressed = props.digits == Digits::ArabicIndic;
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="digits-toggle" aria-pressed={pressed.to_string()} title={props.strings.digits_label} {onclick}>
            { props.strings.digits_arabic_indic }
        </button>
    }
}
