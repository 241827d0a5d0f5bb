//! The app's load: the bundle's bytes fetched with progress, then the core's load pipeline
//! driven in time slices. This is the one loop in the app that schedules long work: the core
//! owns every step's size, this file only decides when the next step runs.

use crate::browser;
use crate::chunks::Chunks;
use crate::fetch_watch::FetchWatch;
use crate::limits::Limits;
use crate::state::LoadError;
use js_sys::{Array, Uint8Array};
use sahifa_core::archive::{Archive, ArchiveError};
use sahifa_core::load::{BundleLoad, LoadStep, LoadSteps, Loading};
use sahifa_core::search::SearchIndex;
use sahifa_core::LoadedBundle;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// What a load hands the app, in this order.
pub enum Loaded {
    /// The articles: the list can be shown.
    Articles(Rc<LoadedBundle>),
    /// The index: search is ready.
    Searchable(SearchIndex),
    /// A sharded archive's manifest and first-screen files, and the manifest's absolute URL,
    /// which its names are relative to: the rest comes as the reader goes.
    Archive(Archive, String),
}

/// A manifest is small whatever the archive's size; anything larger is read as a bundle.
const MANIFEST_MAX_BYTES: u32 = 1 << 20;

/// Downloads the bundle at `url`, reporting `(received, total)` bytes as they come, then reads
/// and indexes it, handing the main thread back between slices of the work. With
/// `check_origin`, a response that ended on an origin the page does not allow (after a
/// redirect) is refused before its body is read. `watch` holds the download to its time limits,
/// and its cancel stops the load until the articles are out (`LoadError::Cancelled`); the index
/// built after them is no longer a load the reader waits for.
pub async fn load_bundle(
    url: &str,
    check_origin: bool,
    watch: &FetchWatch,
    on_progress: impl Fn(u64, Option<u64>),
    on_loaded: impl Fn(Loaded),
) -> Result<(), LoadError> {
    let chunks = match embedded_chunks(url) {
        Some(chunks) => chunks,
        None => crate::download::fetch_chunks(url, check_origin, watch, on_progress).await?,
    };
    // Names resolve against the manifest's own address: an embed's `src` may be relative. An
    // archive's other files need no origin check: each must hash to the name the manifest gives.
    let page = gloo::utils::window().location().href().unwrap_or_default();
    let absolute = web_sys::Url::new_with_base(url, &page).map(|u| u.href()).unwrap_or_else(|_| url.to_owned());
    let cancelled = || LoadError::Cancelled { url: url.to_owned() };
    if let Some(archive) = archive_of(&chunks, &absolute, watch.limits()).await? {
        if watch.cancelled() {
            return Err(cancelled());
        }
        on_loaded(Loaded::Archive(archive, absolute));
        return Ok(());
    }
    match parse_in_slices(Chunks::new(chunks), || watch.cancelled(), &on_loaded).await {
        Parsed::Done => Ok(()),
        Parsed::Cancelled => Err(cancelled()),
        Parsed::Failed(e) => Err(LoadError::Invalid { url: url.to_owned(), detail: e.to_string() }),
        // A large bundle's chunks were let go as they were read, and its error's place needs
        // them: it is downloaded again, kept whole this time, to say where it is broken.
        Parsed::Lost => {
            let again = FetchWatch::start(watch.limits());
            let chunks = match embedded_chunks(url) {
                Some(chunks) => chunks,
                None => crate::download::fetch_chunks(url, check_origin, &again, |_, _| {}).await?,
            };
            match parse_in_slices(Chunks::kept(chunks), || watch.cancelled(), &on_loaded).await {
                Parsed::Failed(e) => Err(LoadError::Invalid { url: url.to_owned(), detail: e.to_string() }),
                // The file changed in between and now reads: what it is now is shown.
                Parsed::Done => Ok(()),
                Parsed::Cancelled | Parsed::Lost => Err(cancelled()),
            }
        }
    }
}

/// The packed page's own bundle as one chunk of UTF-8, when `url` names it: encoded by the
/// browser's `TextEncoder`, so the bytes stay in JavaScript as a download's do.
fn embedded_chunks(url: &str) -> Option<Array> {
    if url != crate::bundle_url::EMBEDDED_BUNDLE {
        return None;
    }
    let text = browser::embedded_bundle()?;
    let global = js_sys::global();
    let encoder_class: js_sys::Function = js_sys::Reflect::get(&global, &"TextEncoder".into()).ok()?.dyn_into().ok()?;
    let encoder = js_sys::Reflect::construct(&encoder_class, &Array::new()).ok()?;
    let encode: js_sys::Function = js_sys::Reflect::get(&encoder, &"encode".into()).ok()?.dyn_into().ok()?;
    let bytes: Uint8Array = encode.call1(&encoder, &text).ok()?.dyn_into().ok()?;
    Some(Array::of1(&bytes))
}

/// How a parse of the chunks ended.
enum Parsed {
    Done,
    Cancelled,
    Failed(sahifa_core::BundleError),
    /// It failed, and the bytes that say where were let go.
    Lost,
}

/// The core's load pipeline over `source`, in time slices (`run_in_slices`).
async fn parse_in_slices(mut source: Chunks, cancelled: impl Fn() -> bool, on_loaded: &impl Fn(Loaded)) -> Parsed {
    let ran = {
        let mut load = BundleLoad::new(&mut source, LoadSteps::default());
        run_in_slices(&mut load, cancelled, on_loaded).await
    };
    match ran {
        Ok(true) => Parsed::Done,
        Ok(false) => Parsed::Cancelled,
        Err(_) if source.lost() => Parsed::Lost,
        Err(e) => Parsed::Failed(e),
    }
}

/// The archive, when the bytes are a sharded archive's manifest, with its first-screen files.
async fn archive_of(chunks: &Array, url: &str, limits: Limits) -> Result<Option<Archive>, LoadError> {
    let length: u32 = chunks.iter().map(|c| c.unchecked_into::<Uint8Array>().length()).sum();
    if length > MANIFEST_MAX_BYTES {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(length as usize);
    chunks.iter().for_each(|c| bytes.extend(c.unchecked_into::<Uint8Array>().to_vec()));
    let mut archive = match Archive::from_manifest(&bytes) {
        Ok(archive) => archive,
        // A bundle (or something else): the bundle's parser says what it is.
        Err(ArchiveError::NotAManifest(_)) => return Ok(None),
        Err(e) => return Err(LoadError::Invalid { url: url.to_owned(), detail: e.to_string() }),
    };
    crate::archive_fetch::fetch_first(&mut archive, url, limits).await?;
    Ok(Some(archive))
}

/// Takes the pipeline's steps until it ends, handing the main thread back whenever a slice's
/// budget is spent, and once more after the articles so that the list is painted before the
/// index is built: the reader sees articles first, and search a moment later. Until the
/// articles, `cancelled` is asked between steps: `Ok(false)` when it said yes.
async fn run_in_slices(
    load: &mut impl Loading,
    cancelled: impl Fn() -> bool,
    on_loaded: &impl Fn(Loaded),
) -> Result<bool, sahifa_core::BundleError> {
    let mut slices = TimeSlices::start();
    let mut articles_out = false;
    loop {
        match load.step() {
            LoadStep::Working if !articles_out && cancelled() => return Ok(false),
            LoadStep::Working => slices.between_steps().await,
            LoadStep::Articles(bundle) => {
                articles_out = true;
                on_loaded(Loaded::Articles(bundle));
                browser::next_frame().await;
                slices = TimeSlices::start();
            }
            LoadStep::Searchable(index) => {
                on_loaded(Loaded::Searchable(index));
                return Ok(true);
            }
            LoadStep::Failed(error) => return Err(error),
        }
    }
}

/// Long work done a step at a time, handing the main thread back once a slice's budget is spent.
struct TimeSlices {
    start: f64,
}

/// How long a slice works before handing the main thread back, in milliseconds. It may overrun
/// by one step, and the pipeline's steps are a few milliseconds at most (README's benchmarks
/// have the longest measured), so a slice stays under the 50 ms past which a task is felt as
/// holding up input. A budget rather than a number of steps, because every hand-back costs a
/// few milliseconds, and a fast machine needs fewer of them than a slow one.
const SLICE_MS: f64 = 25.0;

impl TimeSlices {
    /// Slices whose first starts now.
    fn start() -> TimeSlices {
        TimeSlices { start: js_sys::Date::now() }
    }

    /// Called between two steps: yields to the browser if the slice's budget is spent.
    async fn between_steps(&mut self) {
        if js_sys::Date::now() - self.start >= SLICE_MS {
            yield_to_browser().await;
            self.start = js_sys::Date::now();
        }
    }
}

/// Resolves after the browser has had a turn: input events waiting in the queue are handled, and
/// a frame painted if one is due, before the work goes on.
///
/// A message to itself rather than a zero-delay timeout: browsers hold a timeout set from within
/// timeouts nested five deep for at least 4 ms, which adds up over the many slices of a load.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::MessageChannel::new() {
        Ok(channel) => {
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        }
        // No channel (never seen): a timeout, clamped or not.
        Err(_) => {
            let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A readable line for a JS error value (`TypeError: Failed to fetch`).
pub(crate) fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.to_string()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}
