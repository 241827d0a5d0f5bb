//! The article as a record for filing: a button that prints it, and on paper a closing line
//! that says when it was printed, from which address and which article it is, beside the
//! integrity note and the provenance panel the print styles keep.

use crate::components::reader::DateLine;
use crate::i18n::Strings;
use sahifa_core::format_date::DateStyle;
use sahifa_core::ArticleDate;
use time::Date;
use yew::prelude::*;

/// The record's footer for article `id`. A function, not a component (a component of its own
/// costs about a kilobyte of the size budget); the day and the address are read as it renders,
/// so a record printed with the browser's own menu (Ctrl+P) carries them as well as one printed
/// with the button.
pub fn print_record(id: &str, strings: &'static Strings, style: DateStyle) -> Html {
    let onclick = Callback::from(|_: MouseEvent| print());
    html! {
        <footer class="reader-record" lang={strings.lang.code()} dir={strings.dir}>
            <button type="button" class="print-record" {onclick}>{ strings.print_record }</button>
            <p class="print-only record-line">
                { strings.record_article_id }{ ": " }<code dir="ltr">{ id }</code>
                if let Some(day) = today() {
                    { " · " }{ strings.record_printed_on }{ " " }
                    <DateLine date={Some(ArticleDate::from_day(day))} {style} {strings} />
                }
                if let Some(address) = address() {
                    { " · " }{ strings.record_printed_from }{ " " }<bdi dir="ltr">{ address }</bdi>
                }
            </p>
        </footer>
    }
}

/// The reader's own calendar day, in their time zone: the day they will write on the record.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let month = time::Month::try_from(now.get_month() as u8 + 1).ok()?;
    Date::from_calendar_date(now.get_full_year() as i32, month, now.get_date() as u8).ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Option<Date> {
    None
}

/// The page's address, which holds the article and the search it was reached by.
#[cfg(target_arch = "wasm32")]
fn address() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn address() -> Option<String> {
    None
}

#[cfg(target_arch = "wasm32")]
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn print() {}
