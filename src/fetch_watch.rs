//! One fetch kept to its time limits (`limits.rs`), with a way out: the request carries an
//! AbortController's signal, aborted when a limit runs out or the reader cancels, and the error
//! that follows says which of the two it was. Shared by the bundle's load and each archive file.

use crate::limits::{Limit, Limits, Verdict};
use crate::state::LoadError;
use js_sys::{Date, Function, Uint8Array};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestInit, Response};

/// Why a watched fetch was aborted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Over(Limit),
    Cancelled,
}

/// A fetch's clock and its abort switch.
pub struct FetchWatch {
    inner: Rc<Inner>,
    // Called by the browser's timer; the timer is cleared before this is dropped.
    _tick: Closure<dyn Fn()>,
}

struct Inner {
    controller: Option<AbortController>,
    limits: Limits,
    started: f64,
    last: Cell<Option<f64>>,
    ended: Cell<Option<End>>,
    timer: Cell<Option<i32>>,
    tick: RefCell<Option<Function>>,
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
            timer: Cell::new(None),
            tick: RefCell::new(None),
        });
        // The timer holds no strong reference: a watch dropped mid-fetch is simply gone.
        let weak: Weak<Inner> = Rc::downgrade(&inner);
        let tick = Closure::<dyn Fn()>::new(move || {
            if let Some(inner) = weak.upgrade() {
                inner.check();
            }
        });
        inner.tick.replace(Some(tick.as_ref().unchecked_ref::<Function>().clone()));
        inner.check();
        FetchWatch { inner, _tick: tick }
    }

    pub fn limits(&self) -> Limits {
        self.inner.limits
    }

    /// Starts the request for `url`, carrying this watch's signal.
    pub fn request(&self, url: &str) -> js_sys::Promise {
        let init = RequestInit::new();
        if let Some(controller) = &self.inner.controller {
            init.set_signal(Some(&controller.signal()));
        }
        gloo::utils::window().fetch_with_str_and_init(url, &init)
    }

    /// The response the request `promise` brings: its headers are the first sign of life.
    pub async fn answer(&self, url: &str, promise: js_sys::Promise) -> Result<Response, LoadError> {
        let response = JsFuture::from(promise).await.map_err(|e| self.error(url, &e))?;
        self.alive();
        Ok(response.unchecked_into())
    }

    /// Reads `response`'s body a piece at a time into `on_chunk`, each piece restarting the
    /// stall limit; the watch's timer stops at the end.
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
        self.inner.stop_timer();
        Ok(())
    }

    /// The reader no longer wants this fetch (or the viewer is gone): abort it, if it still runs.
    pub fn cancel(&self) {
        self.inner.end(End::Cancelled);
    }

    pub fn cancelled(&self) -> bool {
        self.inner.ended.get() == Some(End::Cancelled)
    }

    /// What a failed step of the fetch means: a limit that ran out, the reader's cancel, or
    /// the network's own failure.
    fn error(&self, url: &str, error: &JsValue) -> LoadError {
        let url = url.to_owned();
        match self.inner.ended.get() {
            Some(End::Over(limit)) => {
                let seconds = match limit {
                    Limit::FirstByte => self.inner.limits.first_byte,
                    Limit::Stalled => self.inner.limits.stall,
                };
                LoadError::TimedOut { url, limit, seconds }
            }
            Some(End::Cancelled) => LoadError::Cancelled { url },
            None => LoadError::Network { url, detail: crate::load::describe(error) },
        }
    }

    fn alive(&self) {
        // The timer sleeps until the wait it was set for would end. After a piece of the body
        // that is never later than the next stall would end, but the first answer switches to
        // the stall limit, which may be the shorter: the timer is set again for it.
        if self.inner.last.replace(Some(Date::now())).is_none() {
            self.inner.stop_timer();
            self.inner.check();
        }
    }
}

impl Drop for FetchWatch {
    fn drop(&mut self) {
        self.inner.stop_timer();
    }
}

impl Inner {
    /// Asks the clock, and either sleeps until the current wait would end or aborts. One timer
    /// at a time, re-set only when it fires: a piece of the body costs a clock read, not a timer.
    fn check(&self) {
        self.timer.set(None);
        if self.ended.get().is_some() {
            return;
        }
        match self.limits.verdict(self.started, self.last.get(), Date::now()) {
            Verdict::WaitMs(ms) => {
                if let Some(tick) = &*self.tick.borrow() {
                    let window = gloo::utils::window();
                    let id = window.set_timeout_with_callback_and_timeout_and_arguments_0(tick, ms as i32);
                    self.timer.set(id.ok());
                }
            }
            Verdict::Over(limit) => self.end(End::Over(limit)),
        }
    }

    fn end(&self, why: End) {
        if self.ended.get().is_some() {
            return;
        }
        self.ended.set(Some(why));
        self.stop_timer();
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }

    fn stop_timer(&self) {
        if let Some(id) = self.timer.take() {
            gloo::utils::window().clear_timeout_with_handle(id);
        }
    }
}
