//! One article for reading: its own language and direction, title, date, reading time, byline,
//! source, body, the people, places and organizations it names as links that filter the archive,
//! its original URL, and the previous and next articles of the list.
//!
//! Every piece of article text sits in its own block or in a `<bdi>`, so a Latin name inside
//! Arabic, or a stray bidi control in the data, cannot reorder the labels and text around it; and
//! bidi overrides are shown as isolates (`bidi_text`), so they cannot reverse the letters either.

use crate::bidi_text::without_overrides;
use crate::filter_links::{filter_href, FilterKey};
use crate::i18n::{reading_time_text, Strings};
use crate::reading_time::reading_minutes;
use crate::route::Route;
use sahifa_core::date::write_day;
use sahifa_core::format_date::{format_long_date, DateStyle};
use sahifa_core::{Article, ArticleDate};
use std::rc::Rc;
use yew::prelude::*;

/// A neighbouring article in the current list: its id and title.
pub type Neighbour = Option<(String, String)>;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub article: Rc<Article>,
    pub strings: &'static Strings,
    pub style: DateStyle,
    /// The article before this one in the list the reader came from.
    #[prop_or_default]
    pub previous: Neighbour,
    #[prop_or_default]
    pub next: Neighbour,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let article = &props.article;
    let strings = props.strings;
    let minutes = reading_minutes(&article.body, &article.lang);
    html! {
        <>
            <nav class="reader-nav" aria-label={strings.back_to_list}>
                <a href={Route::List.to_hash()}>{ strings.back_to_list }</a>
            </nav>
            <article class="reader" lang={article.lang.clone()} dir={article.direction().as_attr()}>
                <header class="reader-header">
                    <h1 tabindex="-1">{ shown(&article.title) }</h1>
                    <p class="reader-meta">
                        <DateLine date={article.date} lang={article.lang.clone()} style={props.style} strings={strings} />
                        <span class="reading-time" lang={strings.lang} dir={strings.dir}>
                            { reading_time_text(strings, minutes, props.style.digits) }
                        </span>
                    </p>
                    if let Some(byline) = &article.byline {
                        <p class="reader-byline">{ shown(byline) }</p>
                    }
                    if let Some(source) = &article.source {
                        <p class="reader-source">
                            <span lang={strings.lang} dir={strings.dir}>{ strings.source_label }{ ":" }</span>
                            if let Some(url) = &source.url {
                                <a href={url.clone()} rel="noopener noreferrer"><bdi>{ shown(&source.name) }</bdi></a>
                            } else {
                                <bdi>{ shown(&source.name) }</bdi>
                            }
                        </p>
                    }
                </header>
                <div class="reader-body">
                    { for article.body.iter().map(|paragraph| html! { <p>{ shown(paragraph) }</p> }) }
                </div>
                <Entities article={article.clone()} {strings} />
                if let Some(url) = &article.url {
                    <footer class="reader-footer">
                        <span lang={strings.lang} dir={strings.dir}>{ strings.original_url_label }{ ":" }</span>
                        <a href={url.clone()} rel="noopener noreferrer" dir="ltr">{ url }</a>
                    </footer>
                }
            </article>
            if props.previous.is_some() || props.next.is_some() {
                <nav class="article-pager" aria-label={strings.article_navigation}>
                    <PagerLink neighbour={props.previous.clone()} rel="prev" label={strings.previous_article} />
                    <PagerLink neighbour={props.next.clone()} rel="next" label={strings.next_article} />
                </nav>
            }
        </>
    }
}

/// Article text for a text node, with its bidi overrides made harmless.
fn shown(text: &str) -> String {
    without_overrides(text).into_owned()
}

#[derive(Properties, PartialEq)]
struct EntitiesProps {
    article: Rc<Article>,
    strings: &'static Strings,
}

/// The article's people, places, organizations and topics, each a link to the list filtered by it.
#[component]
fn Entities(props: &EntitiesProps) -> Html {
    let article = &props.article;
    let strings = props.strings;
    let groups = [
        (strings.people_label, FilterKey::Person, &article.people),
        (strings.places_label, FilterKey::Place, &article.places),
        (strings.organizations_label, FilterKey::Org, &article.organizations),
        (strings.tags_label, FilterKey::Tag, &article.tags),
    ];
    if groups.iter().all(|(_, _, values)| values.is_empty()) {
        return html! {};
    }
    html! {
        <section class="reader-entities" aria-labelledby="entities-heading" lang={strings.lang} dir={strings.dir}>
            <h2 id="entities-heading">{ strings.entities_heading }</h2>
            <dl>
                { for groups.iter().filter(|(_, _, values)| !values.is_empty()).map(|&(label, key, values)| html! {
                    <div class="entity-group">
                        <dt>{ label }</dt>
                        <dd>
                            <ul class="chips">
                                { for values.iter().map(|value| html! {
                                    <li><a href={filter_href(key, value)} lang={article.lang.clone()}><bdi>{ shown(value) }</bdi></a></li>
                                }) }
                            </ul>
                        </dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PagerLinkProps {
    neighbour: Neighbour,
    rel: &'static str,
    label: &'static str,
}

/// A link to the previous or next article, or an empty slot that keeps the other one in place.
#[component]
fn PagerLink(props: &PagerLinkProps) -> Html {
    match &props.neighbour {
        Some((id, title)) => html! {
            <a class={classes!("pager-link", props.rel)} rel={props.rel} href={Route::Article(id.clone()).to_hash()}>
                <span class="pager-label">{ props.label }</span>
                <bdi class="pager-title">{ shown(title) }</bdi>
            </a>
        },
        None => html! { <span class={classes!("pager-link", props.rel)}></span> },
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
