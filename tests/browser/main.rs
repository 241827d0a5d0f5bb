//! The app's browser tests, one binary run by wasm-bindgen-test in headless Chromium: views
//! mounted into a real DOM, with real layout and computed styles, and events dispatched to them.

#![cfg(target_arch = "wasm32")]

#[path = "../common/mod.rs"]
mod common;

mod app;
mod archive;
mod chunks;
mod hijri;
mod timeline;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
