//! The app's native tests, one binary (one link step): the reducer action by action, and each
//! view rendered with Yew's server renderer and checked as HTML, one module a view.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod page;
mod problems;
mod reader;
mod reducer;
mod timeline;
