//! A bundle's bytes, fetched with progress and kept in JavaScript: a connection that drops
//! part-way is taken up once, from where it stopped when the server can say it is the same file
//! (`resume.rs`), else from the start, and reported if it fails again.

use crate::browser;
use crate::download_size::{comparable_total, shown_total};
use crate::fetch_watch::FetchWatch;
use crate::resume::{version_of, Continuation, FirstAnswer};
use crate::state::LoadError;
use js_sys::Array;
use wasm_bindgen::JsValue;
use web_sys::Response;

/// Downloads `url`, reporting `(received, total)` bytes as they come; its chunks, in order.
pub async fn fetch_chunks(
    url: &str,
    check_origin: bool,
    watch: &FetchWatch,
    on_progress: impl Fn(u64, Option<u64>),
) -> Result<Array, LoadError> {
    let mut response = answer(url, None, check_origin, watch, false).await?;
    ok_or_error(url, &response)?;
    let mut first = first_answer(&response);
    // The chunks stay on the JS side until the parser reads them (see `load::Chunks`).
    let chunks = Array::new();
    let mut received: u64 = 0;
    let mut dropped_once = false;
    loop {
        let read = watch
            .body(url, &response, |chunk| {
                received += u64::from(chunk.length());
                chunks.push(&chunk);
                on_progress(received, shown_total(first.length, received));
            })
            .await;
        match read {
            Ok(()) => return Ok(chunks),
            // A limit that ran out or the reader's cancel is not a drop to take up again.
            Err(LoadError::Network { .. }) if !dropped_once => dropped_once = true,
            Err(error) => return Err(error),
        }
        let (next, continuation) = take_up(url, &first, received, check_origin, watch).await?;
        if continuation != Continuation::Append {
            chunks.set_length(0);
            received = 0;
            first = first_answer(&next);
            on_progress(0, first.length);
        }
        response = next;
    }
}

/// The answer that goes on from a drop after `received` bytes, and what it holds.
async fn take_up(
    url: &str,
    first: &FirstAnswer,
    received: u64,
    check_origin: bool,
    watch: &FetchWatch,
) -> Result<(Response, Continuation), LoadError> {
    if let Some(offset) = first.resume_at(received) {
        let rest = answer(url, Some(offset), check_origin, watch, true).await?;
        let header = |name: &str| rest.headers().get(name).ok().flatten();
        let version = version_of(header("etag").as_deref(), header("last-modified").as_deref());
        let continuation =
            first.continuation(offset, rest.status(), header("content-range").as_deref(), version.as_deref());
        if continuation != Continuation::Refetch {
            ok_or_error(url, &rest)?;
            return Ok((rest, continuation));
        }
    }
    let whole = answer(url, None, check_origin, watch, true).await?;
    ok_or_error(url, &whole)?;
    Ok((whole, Continuation::Replace))
}

/// The response to the request for `url` (`again`, from `offset` when given, to take a drop up),
/// once the origin it ended on is allowed.
async fn answer(
    url: &str,
    offset: Option<u64>,
    check_origin: bool,
    watch: &FetchWatch,
    again: bool,
) -> Result<Response, LoadError> {
    let request = if again { watch.request_again(url, offset) } else { watch.request(url) };
    let response = watch.answer(url, request).await?;
    // The fetch follows redirects before it answers: an allowed address that redirects to
    // another origin (an open redirect on the centre's own site) must not pass for the centre.
    if check_origin {
        // Read through `Reflect`, which the app already imports, rather than a binding of
        // its own: a new import renumbers every function and costs some 300 bytes gzipped.
        let end = js_sys::Reflect::get(&response, &JsValue::from_str("url")).ok().and_then(|v| v.as_string());
        // Without one (never seen), an address with no origin, refused: not "", the page itself.
        browser::allowed_here(end.as_deref().unwrap_or("about:blank"))?;
    }
    Ok(response)
}

fn ok_or_error(url: &str, response: &Response) -> Result<(), LoadError> {
    if response.ok() {
        return Ok(());
    }
    Err(LoadError::Http { url: url.to_owned(), status: response.status(), status_text: response.status_text() })
}

/// What `response` says of its file: the total its received bytes can be counted against, and
/// its version.
fn first_answer(response: &Response) -> FirstAnswer {
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let length = header("content-length").and_then(|v| v.trim().parse::<u64>().ok());
    let same_origin = response.type_() == web_sys::ResponseType::Basic;
    FirstAnswer {
        length: comparable_total(length, header("content-encoding").as_deref(), same_origin),
        version: version_of(header("etag").as_deref(), header("last-modified").as_deref()),
    }
}
