//! One article for reading: its own language and direction, title, date, byline, source, body.

use crate::components::highlighted::Highlighted;
use crate::i18n::Strings;
use crate::route::{Location, Route};
use sahifa_core::date::write_day;
use sahifa_core::format_date::{format_long_date, DateStyle};
use sahifa_core::search::{highlight_ranges, ParsedQuery};
use sahifa_core::{Article, ArticleDate};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub article: Rc<Article>,
    /// The search the reader came from: its matches are marked in the text.
    pub query: ParsedQuery,
    /// Where "back" leads: the list with the same search.
    pub location: Location,
    pub strings: &'static Strings,
    pub style: DateStyle,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let article = &props.article;
    let strings = props.strings;
    let marks = |text: &str| if props.query.is_empty() { Vec::new() } else { highlight_ranges(text, &props.query) };
    let back = props.location.with_route(Route::List).to_hash();
    html! {
        <>
            <nav class="reader-nav" aria-label={strings.back_to_list}>
                <a href={back}>{ strings.back_to_list }</a>
            </nav>
            <article class="reader" lang={article.lang.clone()} dir={article.direction().as_attr()}>
                <header class="reader-header">
                    <h1 tabindex="-1"><Highlighted text={article.title.clone()} ranges={marks(&article.title)} /></h1>
                    <p class="reader-meta">
                        <DateLine date={article.date} lang={article.lang.clone()} style={props.style} strings={strings} />
                    </p>
                    if let Some(byline) = &article.byline {
                        <p class="reader-byline">{ byline }</p>
                    }
                    if let Some(source) = &article.source {
                        <p class="reader-source">
                            { strings.source_label }{ ": " }
                            if let Some(url) = &source.url {
                                <a href={url.clone()} rel="noopener noreferrer">{ &source.name }</a>
                            } else {
                                <bdi>{ &source.name }</bdi>
                            }
                        </p>
                    }
                </header>
                <div class="reader-body">
                    { for article.body.iter().map(|paragraph| html! {
                        <p><Highlighted text={paragraph.clone()} ranges={marks(paragraph)} /></p>
                    }) }
                </div>
                if let Some(url) = &article.url {
                    <footer class="reader-footer">
                        <a href={url.clone()} rel="noopener noreferrer" dir="ltr">{ url }</a>
                    </footer>
                }
            </article>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateLineProps {
    pub date: Option<ArticleDate>,
    pub lang: AttrValue,
    pub style: DateStyle,
    pub strings: &'static Strings,
}

/// A publication date as a `<time>` element, written in the article's language.
#[component]
pub fn DateLine(props: &DateLineProps) -> Html {
    match props.date {
        Some(date) => {
            let mut machine = String::new();
            // Writing into a String cannot fail.
            let _ = write_day(&mut machine, date.day);
            html! { <time datetime={machine}>{ format_long_date(date.day, &props.lang, props.style) }</time> }
        }
        None => html! { <span class="undated">{ props.strings.undated }</span> },
    }
}
