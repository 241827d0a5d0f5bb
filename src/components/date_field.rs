//! One end of the date range: a text field that reads a day as the reader types it (day first or
//! year first, Western or Arabic-Indic digits: `sahifa_core::date_entry`), in the UI's direction,
//! and says so when the text names no day, instead of a browser date control that is month first
//! and left to right whatever the page's language.

use crate::hooks::use_digits::use_digits;
use crate::i18n::Strings;
use sahifa_core::date_entry::{parse_date_entry, write_date_entry};
use time::Date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub label: &'static str,
    /// The day the filter has, if any.
    pub value: Option<Date>,
    /// The field's id: its message is named after it.
    pub id: &'static str,
    pub strings: &'static Strings,
    /// A day read, or `None` for a field emptied.
    pub on_change: Callback<Option<Date>>,
}

#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let digits = use_digits();
    // Text that names no day stays in the field, to be corrected, and leaves the filter as it was.
    let unread = use_state(|| None::<String>);
    let onchange = {
        let unread = unread.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if text.trim().is_empty() {
                unread.set(None);
                on_change.emit(None);
            } else if let Some(day) = parse_date_entry(&text) {
                unread.set(None);
                on_change.emit(Some(day));
            } else {
                unread.set(Some(text));
            }
        })
    };
    let shown = match (&*unread, props.value) {
        (Some(text), _) => text.clone(),
        (None, Some(day)) => digits.apply(&write_date_entry(day)),
        (None, None) => String::new(),
    };
    let message_id = format!("{}-message", props.id);
    html! {
        <>
            // `chosen` tells the print stylesheet which ends of the period are set: a field's
            // value is a property, which no selector can read.
            <label class={props.value.map(|_| "chosen")}>
                { props.label }
                <input id={props.id} type="text" inputmode="numeric" autocomplete="off" value={shown}
                    placeholder={props.strings.date_placeholder} {onchange}
                    aria-invalid={unread.is_some().then_some("true")}
                    aria-describedby={unread.is_some().then(|| message_id.clone())} />
            </label>
            if unread.is_some() {
                <p id={message_id} class="date-message">{ digits.apply(props.strings.date_not_understood) }</p>
            }
        </>
    }
}
