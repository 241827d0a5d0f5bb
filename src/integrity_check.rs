//! Whether the article on screen is as the centre signed it, checked in the browser: its hash
//! and the bundle's with Web Crypto's SHA-256, the signature with Web Crypto's Ed25519 where the
//! browser has it. What cannot be checked is said so.

use crate::integrity_state::IntegrityState;
use sahifa_core::integrity::{
    canonical_article, canonical_bundle, from_hex, hex, recorded, signed_message, standing, Recorded,
};
use sahifa_core::wire::IntegrityRecord;
use sahifa_core::{Article, Bundle};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The whole check of `article` in `bundle`.
pub async fn check(bundle: &Bundle, article: &Article) -> IntegrityState {
    let record: IntegrityRecord = match recorded(bundle) {
        Ok(Some(record)) => record,
        Ok(None) => return IntegrityState::Unsigned,
        Err(_) => return IntegrityState::SignatureBroken,
    };
    let Some(hash) = digest_hex(canonical_article(article).as_bytes()).await else {
        return IntegrityState::CannotCheck;
    };
    match standing(&record.articles, &article.id, &hash) {
        Recorded::Changed => return IntegrityState::Changed,
        Recorded::Unlisted => return IntegrityState::Unsigned,
        Recorded::Same => {}
    }
    let Some(signature) = &record.signature else { return IntegrityState::Unsigned };
    let Some(bundle_hash) = digest_hex(canonical_bundle(bundle, &record.articles).as_bytes()).await else {
        return IntegrityState::CannotCheck;
    };
    let (Some(key), Some(value)) = (from_hex(&signature.key), from_hex(&signature.value)) else {
        return IntegrityState::SignatureBroken;
    };
    match ed25519_verify(&key, &value, signed_message(&bundle_hash).as_bytes()).await {
        Some(true) => IntegrityState::Signed { key: hex(&key), published_at: signature.published_at.clone() },
        Some(false) => IntegrityState::SignatureBroken,
        None => IntegrityState::CannotCheck,
    }
}

async fn digest_hex(bytes: &[u8]) -> Option<String> {
    crate::archive_fetch::sha256(bytes).await.map(|digest| hex(&digest))
}

/// `crypto.subtle.verify("Ed25519", …)`: `None` where the browser cannot (no secure context,
/// or no Ed25519 in its Web Crypto). Called through `Reflect`, the app's bindings being for
/// SHA-256 alone.
async fn ed25519_verify(key: &[u8], signature: &[u8], message: &[u8]) -> Option<bool> {
    use js_sys::{Array, Function, Object, Reflect, Uint8Array};
    let crypto = gloo::utils::window().crypto().ok()?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    if subtle.is_undefined() {
        return None;
    }
    let method = |name: &str| Reflect::get(&subtle, &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok();
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"Ed25519".into()).ok()?;
    let usages = Array::of1(&"verify".into());
    let import_args = Array::of5(&"raw".into(), &Uint8Array::from(key), &algorithm, &JsValue::FALSE, &usages);
    let imported = Reflect::apply(&method("importKey")?, &subtle, &import_args).ok()?;
    let crypto_key = JsFuture::from(imported.dyn_into::<js_sys::Promise>().ok()?).await.ok()?;
    let verify_args = Array::of4(&algorithm, &crypto_key, &Uint8Array::from(signature), &Uint8Array::from(message));
    let verified = Reflect::apply(&method("verify")?, &subtle, &verify_args).ok()?;
    JsFuture::from(verified.dyn_into::<js_sys::Promise>().ok()?).await.ok()?.as_bool()
}
