//! One article for reading: its own language and direction, title, date, reading time, byline,
//! source, body, the people, places and organizations it names as links that filter the archive,
//! its original URL (as a reader reads it: `link_text`), its provenance (`provenance_panel`), and the
//! previous and next articles of the list.
//!
//! Every piece of article text sits in its own block or in a `<bdi>`, so a Latin name inside
//! Arabic, or a stray bidi control in the data, cannot reorder the labels and text around it; and
//! bidi overrides were made isolates when the bundle was read (`sahifa_core::bidi`), so they cannot reverse the letters either.

use crate::components::cite_panel::CitePanel;
use crate::components::highlighted::{unbroken_runs, Highlighted};
use crate::components::integrity_note::IntegrityNote;
use crate::components::print_record::print_record;
use crate::components::provenance_panel::ProvenancePanel;
use crate::components::reader_body::ReaderBody;
use crate::config::UrlBinding;
use crate::filter_links::filter_href;
use crate::i18n::{place_text, reading_time_text, Strings};
use crate::link_text::{link_text, LinkText};
use crate::location::{Location, Route};
use crate::reading_time::reading_minutes;
use crate::shared::SharedBundle;
use sahifa_core::date::write_day;
use sahifa_core::format_date::{format_long_date, DateStyle};
use sahifa_core::long_text::label;
use sahifa_core::paragraph_ref::Found;
use sahifa_core::search::Facet;
use sahifa_core::search::{highlight_ranges, ParsedQuery};
use sahifa_core::value_names::value_name;
use sahifa_core::{Article, ArticleDate};
use std::rc::Rc;
use yew::prelude::*;

/// A neighbouring article in the current list: its id and title.
pub type Neighbour = Option<(String, String)>;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// Whether the reader marked this article (for an export or a dossier), and the way to
    /// mark it or take the mark away.
    #[prop_or_default]
    pub marked: bool,
    #[prop_or_default]
    pub on_mark: Callback<()>,
    pub article: Rc<Article>,
    /// The search the reader came from: its matches are marked in the text.
    pub query: ParsedQuery,
    /// Where "back" leads: the list with the same search.
    pub location: Location,
    pub strings: &'static Strings,
    pub style: DateStyle,
    /// The article before this one in the list the reader came from.
    #[prop_or_default]
    pub previous: Neighbour,
    #[prop_or_default]
    pub next: Neighbour,
    /// Where this article stands in that list, from 1, and how long the list is.
    #[prop_or_default]
    pub place: Option<(usize, usize)>,
    /// The bundle the article is from, whose integrity record says whether it is as signed;
    /// `None` for a sharded archive.
    #[prop_or_default]
    pub bundle: Option<SharedBundle>,
    /// Where this viewer keeps its place in the URL, which a copied link to a paragraph names.
    #[prop_or(UrlBinding::Hash)]
    pub links: UrlBinding,
    /// The archive's title, which a citation names.
    #[prop_or_default]
    pub archive: AttrValue,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let article = &props.article;
    let strings = props.strings;
    let marks = |text: &str| if props.query.is_empty() { Vec::new() } else { highlight_ranges(text, &props.query) };
    let back = props.location.with_route(Route::List).to_hash();
    // Opening an article moves focus to its heading, so keyboard and screen-reader users start
    // reading where the text starts; the heading is found from here, inside the viewer's own
    // root, which may be a shadow root the document cannot see into. What is shown is the top
    // of the viewer, as a new page would be: scrolled to the heading, the masthead, the back
    // link and the settings above it were off screen.
    let heading = use_node_ref();
    // A link to a paragraph opens on the paragraph instead (`ReaderBody`); one whose paragraph
    // is gone opens at the top, where the note saying so is.
    let cites = props.location.paragraph.is_some_and(|link| matches!(link.find(&article.body), Found::At { .. }));
    {
        let heading = heading.clone();
        use_effect_with(article.id.clone(), move |_| {
            if cites {
                return;
            }
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
                if let Ok(Some(page)) = heading.closest(".page") {
                    page.scroll_into_view();
                }
            }
        });
    }
    let minutes = reading_minutes(&article.body, &article.lang);
    html! {
        <>
            <nav class="reader-nav" aria-label={strings.back_to_list}>
                <a href={back}>{ strings.back_to_list }</a>
            </nav>
            <article class="reader" lang={article.lang.clone()} dir={article.direction().as_attr()}>
                <header class="reader-header">
                    <h1 ref={heading} tabindex="-1"><Highlighted text={article.title.clone()} ranges={marks(&article.title)} /></h1>
                    <p class="reader-meta">
                        <DateLine date={article.date} style={props.style} strings={strings} />
                        <span class="reading-time" lang={strings.lang.code()} dir={strings.dir}>
                            { reading_time_text(strings, minutes, props.style.digits) }
                        </span>
                    </p>
                    if let Some(byline) = &article.byline {
                        <p class="reader-byline">{ unbroken_runs(byline) }</p>
                    }
                    if let Some(source) = &article.source {
                        <p class="reader-source">
                            <span lang={strings.lang.code()} dir={strings.dir}>{ strings.source_label }{ ":" }</span>
                            if let Some(url) = &source.url {
                                <a href={url.clone()} rel="noopener noreferrer"><bdi>{ label(&source.name).into_owned() }</bdi></a>
                                // Paper cannot follow the link: where it goes is printed after it,
                                // a flex item of its own so it sits after the name in either direction.
                                <small class="print-only" dir="ltr">{ link_text(url).whole() }</small>
                            } else {
                                <bdi>{ label(&source.name).into_owned() }</bdi>
                            }
                        </p>
                    }
                    <IntegrityNote article={article.clone()} bundle={props.bundle.clone()} {strings} />
                </header>
                <ReaderBody article={article.clone()} query={props.query.clone()} location={props.location.clone()}
                    {strings} digits={props.style.digits} links={props.links.clone()} />
                <CitePanel article={article.clone()} archive={props.archive.clone()} {strings} links={props.links.clone()} />
                <Entities article={article.clone()} {strings} />
                <ProvenancePanel article={article.clone()} {strings} style={props.style} />
                if let Some(url) = &article.url {
                    <footer class="reader-footer">
                        <span lang={strings.lang.code()} dir={strings.dir}>{ strings.original_url_label }{ ":" }</span>
                        { original_link(url) }
                    </footer>
                }
                <p class="reader-mark">
                    <button type="button" aria-pressed={if props.marked { "true" } else { "false" }}
                        onclick={props.on_mark.reform(|_: MouseEvent| ())}>{ strings.mark_this }</button>
                </p>
                { print_record(&article.id, strings, props.style) }
            </article>
            if props.previous.is_some() || props.next.is_some() {
                <nav class="article-pager" aria-label={strings.article_navigation}>
                    <PagerLink neighbour={props.previous.clone()} rel="prev" label={strings.previous_article}
                        location={props.location.clone()} />
                    if let Some((at, of)) = props.place {
                        <p class="pager-place">{ props.style.digits.apply(&place_text(strings, at, of)) }</p>
                    }
                    <PagerLink neighbour={props.next.clone()} rel="next" label={strings.next_article}
                        location={props.location.clone()} />
                </nav>
            }
        </>
    }
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
        (strings.people_label, Facet::Person, &article.people),
        (strings.places_label, Facet::Place, &article.places),
        (strings.organizations_label, Facet::Organization, &article.organizations),
        (strings.tags_label, Facet::Tag, &article.tags),
    ];
    if groups.iter().all(|(_, _, values)| values.is_empty()) {
        return html! {};
    }
    html! {
        <section class="reader-entities" aria-labelledby="entities-heading" lang={strings.lang.code()} dir={strings.dir}>
            <h2 id="entities-heading">{ strings.entities_heading }</h2>
            <dl>
                { for groups.iter().filter(|(_, _, values)| !values.is_empty()).map(|&(heading, key, values)| html! {
                    <div class="entity-group">
                        <dt>{ heading }</dt>
                        <dd>
                            <ul class="chips">
                                { for values.iter().map(|value| html! {
                                    <li><a href={filter_href(key, value)} lang={article.lang.clone()}><bdi>{ label(&value_name(key, value, strings.lang)).into_owned() }</bdi></a></li>
                                }) }
                            </ul>
                        </dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}

/// The original article's URL, its host and decoded path as the link's text, cut to a line on
/// screen with the rest printed on paper; the `href` is the URL as given. A function, not a
/// component: a component of its own cost a kilobyte of the size budget.
fn original_link(url: &str) -> Html {
    let LinkText { shown, rest } = link_text(url);
    html! {
        <a href={url.to_owned()} rel="noopener noreferrer" dir="ltr">
            { shown }
            if !rest.is_empty() {
                <span class="link-cut" aria-hidden="true">{ "…" }</span>
                <span class="link-rest">{ rest }</span>
            }
        </a>
    }
}

#[derive(Properties, PartialEq)]
struct PagerLinkProps {
    neighbour: Neighbour,
    rel: &'static str,
    label: &'static str,
    /// The search the list came from, which the link keeps: the next article's own neighbours,
    /// its highlights and "back" are those of the same list.
    location: Location,
}

/// A link to the previous or next article, or an empty slot that keeps the other one in place.
#[component]
fn PagerLink(props: &PagerLinkProps) -> Html {
    match &props.neighbour {
        Some((id, title)) => html! {
            <a class={classes!("pager-link", props.rel)} rel={props.rel}
                href={props.location.with_route(Route::Article(id.clone())).to_hash()}>
                <span class="pager-label">{ props.label }</span>
                <bdi class="pager-title">{ label(title).into_owned() }</bdi>
            </a>
        },
        None => html! { <span class={classes!("pager-link", props.rel)}></span> },
    }
}

#[derive(Properties, PartialEq)]
pub struct DateLineProps {
    pub date: Option<ArticleDate>,
    pub style: DateStyle,
    pub strings: &'static Strings,
}

/// A publication date as a `<time>` element, written in the UI's language: a date is the
/// archive's words about the article, not the article's own, and a reader who chose English
/// reads "Monday, 31 January 2022" beside an Arabic title.
#[component]
pub fn DateLine(props: &DateLineProps) -> Html {
    match props.date {
        Some(date) => {
            let mut machine = String::new();
            // Writing into a String cannot fail.
            let _ = write_day(&mut machine, date.day);
            let strings = props.strings;
            html! {
                <time datetime={machine} lang={strings.lang.code()} dir={strings.dir}>
                    { format_long_date(date.day, strings.lang, props.style) }
                </time>
            }
        }
        None => html! { <span class="undated">{ props.strings.undated }</span> },
    }
}
