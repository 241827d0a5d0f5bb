//! The list of results: each entry a link named by its title (matches marked), with date,
//! source and, while searching, a snippet of the paragraph that matched.

use crate::catalogue::Catalogue;
use crate::components::highlighted::Highlighted;
use crate::components::reader::DateLine;
use crate::i18n::{show_more_text, Strings};
use crate::location::{Location, Route};
use sahifa_core::format_date::DateStyle;
use sahifa_core::long_text::label;
use sahifa_core::search::{highlight_ranges, snippet, ParsedQuery};
use sahifa_core::Article;
use std::rc::Rc;
use yew::prelude::*;

/// How many entries the list adds at a time: a long archive should not put tens of thousands
/// of links into the page before the reader has seen the first screen.
pub const PAGE_SIZE: usize = 50;
/// The same for a sharded archive, whose rows are fetched a page at a time: the first page is
/// the one the first-screen file carries.
pub const ARCHIVE_PAGE_SIZE: usize = 20;

/// About how many characters of a matching paragraph an entry shows.
const SNIPPET_WIDTH: usize = 160;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub catalogue: Catalogue,
    /// The articles to list (positions in the bundle), in order.
    pub hits: Rc<Vec<usize>>,
    /// False while the search is not ready: no "no results" before there are results.
    #[prop_or(true)]
    pub ready: bool,
    pub query: ParsedQuery,
    /// Where the reader is: entries link to articles with the same search around them.
    pub location: Location,
    pub strings: &'static Strings,
    pub style: DateStyle,
    pub on_clear: Callback<()>,
    /// With no results: a search of the nearest words that finds something, to offer.
    #[prop_or_default]
    pub did_you_mean: Option<AttrValue>,
    #[prop_or_default]
    pub on_search: Callback<String>,
    /// The ids the reader marked, each entry's box ticked when its article is among them.
    #[prop_or_default]
    pub marked: crate::marks::Marked,
    /// Marks an article, or takes its mark away.
    #[prop_or_default]
    pub on_mark: Callback<String>,
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let page = if matches!(props.catalogue, Catalogue::Archive(_)) { ARCHIVE_PAGE_SIZE } else { PAGE_SIZE };
    let shown = use_state(|| page);
    let remaining = props.hits.len().saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + page))
    };
    {
        // An archive's rows come a chunk at a time; the list asks for those it shows.
        let visible: Vec<usize> = props.hits.iter().take(*shown).copied().collect();
        use_effect_with((props.catalogue.clone(), visible), |(catalogue, visible)| catalogue.want_rows(visible));
    }
    let searching = !props.query.is_empty();
    let entries = props.hits.iter().take(*shown).map(|&i| {
        props.catalogue.with_row(i, |article| entry(props, article, searching)).unwrap_or_else(|| {
            html! { <li class="entry entry-loading" key={format!("#{i}")} aria-busy="true">{ props.strings.row_loading }</li> }
        })
    });
    let entries: Vec<Html> = entries.collect();
    html! {
        <section class="article-list" aria-labelledby="articles-heading">
            <h1 id="articles-heading">{ props.strings.articles_heading }</h1>
            if props.hits.is_empty() && props.ready {
                <div class="no-results" role="status">
                    <p>{ props.strings.no_results }</p>
                    if let Some(suggestion) = props.did_you_mean.clone() {
                        <p>
                            { props.strings.did_you_mean }{ " " }
                            <button type="button" class="did-you-mean"
                                onclick={props.on_search.reform({ let s = suggestion.clone(); move |_: MouseEvent| s.to_string() })}>
                                <bdi>{ suggestion }</bdi>
                            </button>
                        </p>
                    }
                    <button type="button" onclick={props.on_clear.reform(|_: MouseEvent| ())}>{ props.strings.clear_filters }</button>
                </div>
            }
            <ol class="entries">{ for entries }</ol>
            if remaining > 0 {
                <button type="button" class="show-more" onclick={show_more}>
                    { props.style.digits.apply(&show_more_text(props.strings, remaining.min(page), remaining)) }
                </button>
            }
        </section>
    }
}

/// One entry: the title as a link with its matches marked, date, source, and while searching
/// the window of the paragraph that matched.
fn entry(props: &ArticleListProps, article: &Article, searching: bool) -> Html {
    let href = props.location.with_route(Route::Article(article.id.clone())).to_hash();
    let onchange = props.on_mark.reform({
        let id = article.id.clone();
        move |_: Event| id.clone()
    });
    let title_marks = if searching { highlight_ranges(&article.title, &props.query) } else { Vec::new() };
    let excerpt = searching.then(|| snippet(&article.body, &props.query, SNIPPET_WIDTH)).flatten();
    html! {
        <li class="entry" key={article.id.clone()} lang={article.lang.clone()} dir={article.direction().as_attr()}>
            <input type="checkbox" class="entry-mark" checked={props.marked.contains(&article.id)} {onchange}
                aria-label={format!("{}: {}", props.strings.mark_article, label(&article.title))} />
            <a class="entry-title" {href}><Highlighted text={article.title.clone()} ranges={title_marks} /></a>
            <p class="entry-meta">
                <DateLine date={article.date} style={props.style} strings={props.strings} />
                if let Some(source) = &article.source {
                    <bdi class="entry-source">{ label(&source.name).into_owned() }</bdi>
                }
            </p>
            if let Some(excerpt) = excerpt {
                <p class="entry-snippet">
                    { excerpt_text(&article.body[excerpt.paragraph], excerpt.range.clone(), excerpt.highlights) }
                </p>
            }
        </li>
    }
}

/// The window of a paragraph, with ellipses where it was cut and its matches marked. Each
/// ellipsis is held to its neighbouring word by a no-break space, so that it never ends up alone
/// on a line of its own.
fn excerpt_text(paragraph: &str, window: std::ops::Range<usize>, highlights: Vec<std::ops::Range<usize>>) -> Html {
    let Some(text) = paragraph.get(window.clone()) else { return html! {} };
    let ranges = highlights.into_iter().map(|h| h.start - window.start..h.end - window.start).collect::<Vec<_>>();
    html! {
        <>
            if window.start > 0 { { "…\u{a0}" } }
            <Highlighted text={text.to_owned()} {ranges} />
            if window.end < paragraph.len() { { "\u{a0}…" } }
        </>
    }
}
