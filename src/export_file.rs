//! A set of articles written as a file (`sahifa_core::export`) and handed to the browser as a
//! download. The file is written in slices of about 25 ms, each handing the main thread back, so
//! that the corpus's 12,906 articles never hold the page. Each slice's pieces become a Blob of
//! their own as the slice ends, and the file is a Blob of those: the whole file is never in wasm
//! memory, and the browser never encodes it all in one task (one Blob of the corpus's 40 MB of
//! JSON took a task of over 150 ms to make).

use crate::catalogue::Catalogue;
use crate::components::cite_panel::article_address;
use crate::config::UrlBinding;
use crate::location::{Location, Route};
use sahifa_core::export::{Archive, Format};
use wasm_bindgen::{JsCast, JsValue};

/// How long a slice writes before it hands the main thread back, as the load's slices do.
const SLICE_MS: f64 = 25.0;

/// Writes the articles at `positions` (those at hand: in an archive, the rows fetched) as
/// `format` and downloads the file as `name`; how many articles it holds. `on_progress` hears
/// how many are written after each slice.
pub async fn save(
    format: Format,
    positions: &[usize],
    catalogue: &Catalogue,
    links: &UrlBinding,
    name: &str,
    on_progress: impl Fn(usize),
) -> Result<usize, JsValue> {
    let (title, lang) = (catalogue.title(), catalogue.lang());
    let description = catalogue.bundle().and_then(|b| b.bundle().description.clone());
    let archive = Archive {
        title: &title,
        lang: &lang,
        description: description.as_deref(),
        today: crate::components::print_record::today(),
    };
    let (slices, parts) = (js_sys::Array::new(), js_sys::Array::new());
    parts.push(&JsValue::from_str(&format.head(&archive)));
    let mut written = 0;
    let mut slice_began = js_sys::Date::now();
    for &position in positions {
        let piece = catalogue.with_row(position, |article| {
            let link = article_address(links, &Location::default().with_route(Route::Article(article.id.clone())));
            format.item(&archive, written, article, &link)
        });
        if let Some(piece) = piece {
            parts.push(&JsValue::from_str(&piece));
            written += 1;
        }
        if js_sys::Date::now() - slice_began > SLICE_MS {
            slices.push(&web_sys::Blob::new_with_str_sequence(&parts)?.into());
            parts.set_length(0);
            on_progress(written);
            crate::browser::sleep_ms(0).await;
            slice_began = js_sys::Date::now();
        }
    }
    parts.push(&JsValue::from_str(format.tail()));
    slices.push(&web_sys::Blob::new_with_str_sequence(&parts)?.into());
    download(&slices, format.media_type(), name)?;
    Ok(written)
}

/// Hands the joined `slices` (Blobs) to the browser as a file named `name`, through a link to a
/// Blob.
fn download(slices: &js_sys::Array, media_type: &str, name: &str) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_blob_sequence_and_options(slices, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    // In the document, not a viewer's shadow root: Firefox follows a download link only there.
    let body = document.body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    body.remove_child(&link)?;
    // The browser reads the Blob after the click returns; the address goes a minute later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}
