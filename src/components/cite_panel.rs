//! "Cite this" for the open article: the five forms `sahifa_core::citation` writes, each as
//! text with a button that copies it whole (the Clipboard API), behind one disclosure so that
//! it costs the reader nothing until asked for. The citation names the archive's own address
//! of the article and, in the browser, today as the access date.

use crate::config::UrlBinding;
use crate::i18n::Strings;
use crate::location::{Location, Route};
use sahifa_core::citation::{apa, bibtex, chicago, csl_json, ris, Cited};
use sahifa_core::Article;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitePanelProps {
    pub article: Rc<Article>,
    /// The archive's title.
    pub archive: AttrValue,
    pub strings: &'static Strings,
    pub links: UrlBinding,
}

#[component]
pub fn CitePanel(props: &CitePanelProps) -> Html {
    let strings = props.strings;
    let article = &props.article;
    // Which form was copied last, and whether it reached the clipboard.
    let copied = use_state(|| None::<(usize, bool)>);
    let link = article_address(&props.links, &Location::default().with_route(Route::Article(article.id.clone())));
    let cited = Cited { article, archive: &props.archive, link: &link, accessed: today() };
    let forms = [
        ("Chicago", chicago(&cited), true),
        ("APA", apa(&cited), true),
        ("BibTeX", bibtex(&cited), false),
        ("RIS", ris(&cited), false),
        ("CSL-JSON", csl_json(&cited), false),
    ];
    let status = match *copied {
        Some((at, true)) => format!("{} {}", forms[at].0, strings.citation_copied),
        Some((_, false)) => strings.link_not_copied.to_owned(),
        None => String::new(),
    };
    html! {
        <details class="cite-panel" lang={strings.lang.code()} dir={strings.dir}>
            <summary>{ strings.cite_this }</summary>
            { for forms.into_iter().enumerate().map(|(at, (name, text, prose))| {
                let onclick = {
                    let (copied, text) = (copied.clone(), text.clone());
                    Callback::from(move |_: MouseEvent| copy(text.clone(), at, copied.clone()))
                };
                // The two styles read in the article's language and direction; the three
                // formats are code, left to right.
                let (lang, dir) = if prose { (article.lang.clone(), article.direction().as_attr()) } else { ("en".to_owned(), "ltr") };
                html! {
                    <section class="citation" aria-label={name}>
                        <h2>{ name }</h2>
                        <pre {lang} {dir} tabindex="0">{ text }</pre>
                        <button type="button" {onclick}>{ format!("{} {name}", strings.copy_citation) }</button>
                    </section>
                }
            }) }
            <p class="copy-status" role="status">{ status }</p>
        </details>
    }
}

#[cfg(target_arch = "wasm32")]
fn copy(text: String, at: usize, copied: UseStateHandle<Option<(usize, bool)>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let done = crate::clipboard::write_text(&text).await;
        copied.set(Some((at, done)));
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn copy(_: String, _: usize, _: UseStateHandle<Option<(usize, bool)>>) {}

/// The whole address of the article in this viewer, as a reader would paste it; the hash alone
/// where there is none (natively, or a viewer that keeps no state in the URL).
#[cfg(target_arch = "wasm32")]
pub fn article_address(links: &UrlBinding, location: &Location) -> String {
    crate::browser::location_url(links, location).unwrap_or_else(|| location.to_hash())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn article_address(_: &UrlBinding, location: &Location) -> String {
    location.to_hash()
}

/// Today in the reader's time zone, the access date; natively none, so that snapshots hold.
#[cfg(target_arch = "wasm32")]
fn today() -> Option<time::Date> {
    let now = js_sys::Date::new_0();
    let month = time::Month::try_from(u8::try_from(now.get_month() + 1).ok()?).ok()?;
    time::Date::from_calendar_date(i32::try_from(now.get_full_year()).ok()?, month, u8::try_from(now.get_date()).ok()?)
        .ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn today() -> Option<time::Date> {
    None
}
