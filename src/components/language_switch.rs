//! The switch between the interface's two languages, each button named in its own language.

use crate::i18n::strings;
use sahifa_core::UiLang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub current: UiLang,
    pub on_change: Callback<UiLang>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let label = strings(props.current).language_label;
    html! {
        <div class="language-switch" role="group" aria-label={label}>
            { for UiLang::ALL.into_iter().map(|lang| {
                let onclick = props.on_change.reform(move |_: MouseEvent| lang);
                let pressed = lang == props.current;
                html! {
                    <button type="button" lang={lang.code()} dir={strings(lang).dir}
                        aria-pressed={pressed.to_string()} {onclick}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
