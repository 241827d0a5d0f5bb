//! sahifa-web: the reader app. Pure parts (state, routes, strings, components) build natively
//! for tests; the parts that touch the browser build for wasm32 only.

pub mod bundle_url;
pub mod catalogue;
pub mod chart_place;
pub mod components;
pub mod config;
pub mod decimal;
pub mod download_size;
pub mod filter_links;
pub mod hooks;
pub mod i18n;
pub mod integrity_state;
pub mod keys;
pub mod limits;
pub mod link_text;
pub mod location;
pub mod reading_time;
pub mod results;
pub mod resume;
pub mod settings;
pub mod shared;
pub mod shared_archive;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod archive_fetch;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod chunks;
#[cfg(target_arch = "wasm32")]
pub mod download;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod fetch_watch;
#[cfg(target_arch = "wasm32")]
pub mod integrity_check;
#[cfg(target_arch = "wasm32")]
pub mod load;
#[cfg(target_arch = "wasm32")]
pub mod panic_view;
