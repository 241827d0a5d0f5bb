//! Text onto the clipboard, through the asynchronous Clipboard API, called through `Reflect`
//! (already imported) rather than new bindings: a page served over plain HTTP has no
//! `navigator.clipboard`, and a binding called on `undefined` would throw into the wasm.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Whether `text` is on the clipboard: false where the API is missing or the browser refused.
pub async fn write_text(text: &str) -> bool {
    let Some(write) = write_call(text) else { return false };
    wasm_bindgen_futures::JsFuture::from(write).await.is_ok()
}

fn write_call(text: &str) -> Option<Promise> {
    let navigator = Reflect::get(&gloo::utils::window(), &JsValue::from_str("navigator")).ok()?;
    let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok().filter(|c| c.is_object())?;
    let write: Function = Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?.dyn_into().ok()?;
    write.call1(&clipboard, &JsValue::from_str(text)).ok()?.dyn_into().ok()
}
