//! One fetch kept to its time limits (`limits.rs`), with a way out: the request carries an
//! AbortController's signal, aborted when a limit runs out or the reader cancels, and the error
//! that follows says which of the two it was. Shared by the bundle's load and each archive file.

use crate::limits::{Limit, Limits, Verdict};
use crate::state::LoadError;
use js_sys::{Date, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestInit, Response};

/// How a watched fetch ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Over(Limit),
    Cancelled,
    /// The whole body came: nothing to abort.
    Done,
}

/// A fetch's clock and its abort switch.
pub struct FetchWatch(Rc<Inner>);

struct Inner {
    controller: Option<AbortController>,
    limits: Limits,
    started: f64,
    last: Cell<Option<f64>>,
    ended: Cell<Option<End>>,
}

impl FetchWatch {
    /// A watch whose first-byte limit runs from now.
    pub fn start(limits: Limits) -> FetchWatch {
        let inner = Rc::new(Inner {
            // No controller (never seen): the limits still end the wait, the request runs on unseen.
            controller: AbortController::new().ok(),
            limits,
            started: Date::now(),
            last: Cell::new(None),
            ended: Cell::new(None),
        });
        // The clock: asleep until the current wait would end, then asks again. A piece of the
        // body costs a clock read, not a timer. It stops at the first look after the fetch ends.
        let clock = inner.clone();
        wasm_bindgen_futures::spawn_local(async move {
            while clock.ended.get().is_none() {
                match clock.limits.verdict(clock.started, clock.last.get(), Date::now()) {
                    Verdict::WaitMs(ms) => crate::browser::sleep_ms(ms as i32).await,
                    Verdict::Over(limit) => clock.end(End::Over(limit)),
                }
            }
        });
        FetchWatch(inner)
    }

    pub fn limits(&self) -> Limits {
        self.0.limits
    }

    /// Starts the request for `url`, carrying this watch's signal.
    pub fn request(&self, url: &str) -> js_sys::Promise {
        self.request_with(url, None, false)
    }

    /// Starts a request that takes a dropped download up: for `url`'s bytes from `offset` on
    /// (`Range: bytes=OFFSET-`), or for the whole file, carrying this watch's signal. It bypasses
    /// the browser's cache, which holds the part that came and would join it to whatever the
    /// server has now on its own terms. A range of that one form needs no CORS preflight, so a
    /// CDN that allows the page's origin allows it too.
    pub fn request_again(&self, url: &str, offset: Option<u64>) -> js_sys::Promise {
        self.request_with(url, offset, true)
    }

    fn request_with(&self, url: &str, offset: Option<u64>, fresh: bool) -> js_sys::Promise {
        // The init object's fields set through `Reflect`, which the app already imports,
        // rather than setter bindings of their own (a new import renumbers every function).
        let set = |object: &js_sys::Object, key: &str, value: &JsValue| {
            let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
        };
        let init = js_sys::Object::new();
        if let Some(controller) = &self.0.controller {
            set(&init, "signal", &controller.signal());
        }
        if let Some(offset) = offset {
            let headers = js_sys::Object::new();
            set(&headers, "range", &JsValue::from_str(&format!("bytes={offset}-")));
            set(&init, "headers", &headers);
        }
        if fresh {
            set(&init, "cache", &JsValue::from_str("no-store"));
        }
        gloo::utils::window().fetch_with_str_and_init(url, init.unchecked_ref::<RequestInit>())
    }

    /// The response the request `promise` brings: its headers are the first sign of life.
    pub async fn answer(&self, url: &str, promise: js_sys::Promise) -> Result<Response, LoadError> {
        let response = JsFuture::from(promise).await.map_err(|e| self.error(url, &e))?;
        self.alive();
        Ok(response.unchecked_into())
    }

    /// Reads `response`'s body a piece at a time into `on_chunk`, each piece restarting the
    /// stall limit.
    pub async fn body(
        &self,
        url: &str,
        response: &Response,
        mut on_chunk: impl FnMut(Uint8Array),
    ) -> Result<(), LoadError> {
        if let Some(body) = response.body() {
            let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
            loop {
                let read = JsFuture::from(reader.read()).await.map_err(|e| self.error(url, &e))?;
                let read: ReadableStreamReadResult = read.unchecked_into();
                if read.get_done().unwrap_or(true) {
                    break;
                }
                self.alive();
                on_chunk(Uint8Array::new(&read.get_value()));
            }
        }
        self.0.end(End::Done);
        Ok(())
    }

    /// The reader no longer wants this fetch (or the viewer is gone): abort it, if it still runs.
    /// After the body is in it still counts, so the reading of what came stops at its next look.
    pub fn cancel(&self) {
        if self.0.ended.get() == Some(End::Done) {
            self.0.ended.set(Some(End::Cancelled));
        }
        self.0.end(End::Cancelled);
    }

    pub fn cancelled(&self) -> bool {
        self.0.ended.get() == Some(End::Cancelled)
    }

    /// What a failed step of the fetch means: a limit that ran out, the reader's cancel, or
    /// the network's own failure.
    fn error(&self, url: &str, error: &JsValue) -> LoadError {
        let url = url.to_owned();
        match self.0.ended.get() {
            Some(End::Over(limit)) => {
                let seconds = match limit {
                    Limit::FirstByte => self.0.limits.first_byte,
                    Limit::Stalled => self.0.limits.stall,
                };
                LoadError::TimedOut { url, limit, seconds }
            }
            Some(End::Cancelled) => LoadError::Cancelled { url },
            _ => LoadError::Network { url, detail: crate::load::describe(error) },
        }
    }

    fn alive(&self) {
        self.0.last.set(Some(Date::now()));
    }
}

impl Drop for FetchWatch {
    /// A fetch no one waits for any more (an archive file's, on an error before its body) is
    /// not left to run: its clock stops, and so does the request.
    fn drop(&mut self) {
        self.0.end(End::Cancelled);
    }
}

impl Inner {
    fn end(&self, why: End) {
        if self.ended.get().is_some() {
            return;
        }
        self.ended.set(Some(why));
        if why != End::Done {
            if let Some(controller) = &self.controller {
                controller.abort();
            }
        }
    }
}
