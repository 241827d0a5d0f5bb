//! An article's body for citing: each paragraph with a link of its own beside it (a stable
//! address, `paragraph_link`, copied to the clipboard as it is followed), the paragraph a link
//! points at marked, scrolled to and focused, the words a link quotes marked in it, and a note
//! when the link's paragraph has changed or is not there; words selected in one paragraph get a
//! link of their own, to the quote.
//!
//! The link is a real `<a href>`: a mouse, a finger, the keyboard and a browser's own "copy
//! link" all reach it, and following it puts the address in the URL as every other place of the
//! app is.

use crate::components::highlighted::Highlighted;
use crate::config::UrlBinding;
use crate::i18n::{paragraph_text, Strings};
use crate::location::{Location, Route};
use crate::selection::{self, Selected};
use sahifa_core::digits::Digits;
use sahifa_core::long_text::{parts, MARKS_SHOWN};
use sahifa_core::paragraph_ref::{cite, Found};
use sahifa_core::search::{highlight_ranges, ParsedQuery};
use sahifa_core::Article;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderBodyProps {
    pub article: Rc<Article>,
    /// The search the reader came from: its matches are marked in the text.
    pub query: ParsedQuery,
    /// Where the reader is, with the paragraph a link named, if any.
    pub location: Location,
    pub strings: &'static Strings,
    pub digits: Digits,
    /// Where this viewer keeps its place, which a copied link must name.
    pub links: UrlBinding,
}

#[component]
pub fn ReaderBody(props: &ReaderBodyProps) -> Html {
    let article = &props.article;
    let strings = props.strings;
    let linked = props.location.paragraph;
    let found = linked.map(|link| link.find(&article.body));
    let (cited, quote) = match &found {
        Some(Found::At { index, quote }) => (Some(*index), quote.clone()),
        _ => (None, None),
    };
    // Whether the last copy reached the clipboard, once there was one.
    let copied = use_state(|| None::<bool>);
    // The words last selected in one paragraph, which a link to the quote names; forgotten
    // with the article.
    let selected = use_state(|| None::<Selected>);
    let body_ref = use_node_ref();
    {
        let (body_ref, selected) = (body_ref.clone(), selected.clone());
        use_effect_with(article.id.clone(), move |_| {
            selected.set(None);
            selection::watch(body_ref, Callback::from(move |words| selected.set(Some(words))))
        });
    }
    // A link names the paragraph the reader should read first: it is brought into view and
    // takes the focus, as the heading does when an article opens without one.
    let cited_ref = use_node_ref();
    {
        let cited_ref = cited_ref.clone();
        use_effect_with((article.id.clone(), cited, quote.clone()), move |_| {
            if let Some(paragraph) = cited_ref.cast::<web_sys::HtmlElement>() {
                let _ = paragraph.focus();
            }
        });
    }
    let note = match (&found, linked) {
        (Some(Found::Changed), _) => Some(strings.paragraph_changed.to_owned()),
        (Some(Found::Missing), Some(link)) => {
            Some(paragraph_text(strings.paragraph_missing, link.number, props.digits))
        }
        _ => None,
    };
    let paragraph = |(index, text): (usize, &String)| {
        let is_cited = cited == Some(index);
        let marks = match (&quote, is_cited) {
            (Some(quote), true) => vec![quote.clone()],
            _ if props.query.is_empty() => Vec::new(),
            _ => highlight_ranges(text, &props.query),
        };
        let here = props.location.with_route(Route::Article(article.id.clone()));
        let link = cite(&article.body, index, None).map(|link| here.with_paragraph(link));
        let number = index as u32 + 1;
        let onclick = link.clone().map(|target| {
            let (links, copied) = (props.links.clone(), copied.clone());
            Callback::from(move |_: MouseEvent| copy_link(&links, &target, copied.clone()))
        });
        let name = paragraph_text(strings.paragraph_link, number, props.digits);
        let quote_link = (*selected)
            .filter(|words| words.index == index)
            .and_then(|words| cite(&article.body, index, Some((words.start, words.end))))
            .map(|link| {
                let target = here.with_paragraph(link);
                let (links, copied, to) = (props.links.clone(), copied.clone(), target.clone());
                let onclick = Callback::from(move |_: MouseEvent| copy_link(&links, &to, copied.clone()));
                html! {
                    <a class="quote-link" href={target.to_hash()} lang={strings.lang.code()} dir={strings.dir} {onclick}>
                        { strings.quote_link }
                    </a>
                }
            });
        html! {
            <div class={classes!("paragraph", is_cited.then_some("cited"))} data-paragraph={number.to_string()}
                ref={if is_cited { cited_ref.clone() } else { NodeRef::default() }} tabindex={is_cited.then_some("-1")}>
                { body_paragraph(text, marks) }
                if let Some(target) = link {
                    <a class="paragraph-link" href={target.to_hash()} aria-label={name.clone()} title={name}
                        lang={strings.lang.code()} {onclick}>{ "¶" }</a>
                }
                { for quote_link }
            </div>
        }
    };
    html! {
        // The messages are divs, not paragraphs: the body's `p` elements are the article's own.
        <div class="reader-body" ref={body_ref}>
            if let Some(note) = note {
                <div class="paragraph-note" role="status" lang={strings.lang.code()} dir={strings.dir}>{ note }</div>
            }
            { for article.body.iter().enumerate().map(paragraph) }
            <div class="copy-status" role="status" lang={strings.lang.code()} dir={strings.dir}>
                { match *copied {
                    Some(true) => strings.link_copied,
                    Some(false) => strings.link_not_copied,
                    None => "",
                } }
            </div>
        </div>
    }
}

/// Puts the whole address of `target` on the clipboard and says how it went. The click that
/// asked for it also follows the link, so the address bar holds it too.
#[cfg(target_arch = "wasm32")]
fn copy_link(links: &UrlBinding, target: &Location, copied: UseStateHandle<Option<bool>>) {
    let url = crate::browser::location_url(links, target);
    wasm_bindgen_futures::spawn_local(async move {
        let done = match url {
            Some(url) => crate::clipboard::write_text(&url).await,
            None => false,
        };
        copied.set(Some(done));
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn copy_link(_: &UrlBinding, _: &Location, _: UseStateHandle<Option<bool>>) {}

/// One paragraph of the body with its marks. A paragraph of many pages is shown in parts, each a
/// block the browser lays out only when it comes into view (`.part`, `content-visibility`);
/// the parts are cut after spaces, so the words flow as in one paragraph.
fn body_paragraph(paragraph: &str, mut marks: Vec<Range<usize>>) -> Html {
    marks.truncate(MARKS_SHOWN);
    let cut = parts(paragraph);
    if cut.len() == 1 {
        return html! { <p><Highlighted text={paragraph.to_owned()} ranges={marks} /></p> };
    }
    html! {
        <p class="long-paragraph">
            { for cut.into_iter().map(|part| {
                // A mark is a word or a phrase: one that a cut crosses is shown in both parts.
                let ranges = marks.iter()
                    .filter(|m| m.start < part.end && m.end > part.start)
                    .map(|m| m.start.max(part.start) - part.start..m.end.min(part.end) - part.start)
                    .collect::<Vec<_>>();
                html! { <span class="part"><Highlighted text={paragraph[part].to_owned()} {ranges} /></span> }
            }) }
        </p>
    }
}
