//! A sharded archive as the components share it: what has been fetched so far, the files on
//! their way, and the way to ask for more. Compared by identity and by how much has arrived, so
//! a component renders again when a file it waits for comes in.

use crate::limits::Limits;
use crate::state::LoadError;
use sahifa_core::archive::Archive;
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Callback;

/// How long typing must pause before a word being typed fetches its files, in milliseconds:
/// longer than the gap between a typist's letters, short enough not to be felt as waiting.
pub const SETTLE_MS: i32 = 300;

/// What the fetching reports to the app.
#[derive(Debug, Clone, PartialEq)]
pub enum ArchiveEvent {
    /// A file came in: whatever waited for it can be shown.
    Grew,
    /// A file could not be had, or was not the one the manifest names.
    Failed(LoadError),
}

/// The archive, its address, and what is in flight.
pub struct ArchiveHandle {
    pub archive: RefCell<Archive>,
    /// The manifest's absolute URL: every name resolves against it.
    pub manifest_url: String,
    /// How long each file may wait, as the deployer set it.
    pub limits: Limits,
    /// Every day, in article order, for the timeline (read once from the first-screen file).
    pub days: Vec<Option<time::Date>>,
    in_flight: RefCell<BTreeSet<String>>,
    /// Bumped by every search's request for files: a search waiting for typing to pause goes
    /// ahead only if no other search came after it.
    latest: Cell<u64>,
    /// Until when (ms since the epoch) the list's rows wait: a word just finished while the
    /// reader types on gets its results at once, but the rows of a page the next letter will
    /// replace are bytes for nothing (README: the archive's bytes per typed query).
    rows_held_until: Cell<f64>,
    /// The rows the list last asked for while they were held: only the latest set goes out.
    rows_pending: RefCell<BTreeSet<String>>,
    // Natively (the SSR tests) nothing is fetched, so nothing is reported.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    on_event: Callback<ArchiveEvent>,
}

impl std::fmt::Debug for ArchiveHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("ArchiveHandle").field("manifest_url", &self.manifest_url).finish_non_exhaustive()
    }
}

/// The archive shared between components, at one point of its fetching.
#[derive(Debug, Clone)]
pub struct SharedArchive {
    pub handle: Rc<ArchiveHandle>,
    /// How many files had come in when this was made.
    pub arrived: u32,
}

impl PartialEq for SharedArchive {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.handle, &other.handle) && self.arrived == other.arrived
    }
}

impl SharedArchive {
    /// An archive whose first-screen files are in.
    pub fn new(
        archive: Archive,
        manifest_url: String,
        limits: Limits,
        on_event: Callback<ArchiveEvent>,
    ) -> SharedArchive {
        let days = archive.days();
        let handle = ArchiveHandle {
            archive: RefCell::new(archive),
            manifest_url,
            limits,
            days,
            in_flight: RefCell::new(BTreeSet::new()),
            latest: Cell::new(0),
            rows_held_until: Cell::new(0.0),
            rows_pending: RefCell::new(BTreeSet::new()),
            on_event,
        };
        SharedArchive { handle: Rc::new(handle), arrived: 0 }
    }

    /// The same archive after one more file.
    pub fn grown(&self) -> SharedArchive {
        SharedArchive { handle: self.handle.clone(), arrived: self.arrived + 1 }
    }

    /// Fetches a search's `names` once no other search has come for `SETTLE_MS`: while a word is being
    /// typed, each letter would fetch that prefix's completions, which the next letter mostly no
    /// longer needs (README: the archive's bytes per typed query).
    /// `on_settled` runs when the fetch goes ahead.
    pub fn want_settled(&self, names: BTreeSet<String>, on_settled: impl FnOnce() + 'static) {
        let token = self.handle.latest.get() + 1;
        self.handle.latest.set(token);
        #[cfg(target_arch = "wasm32")]
        {
            let shared = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                crate::browser::sleep_ms(SETTLE_MS).await;
                if shared.handle.latest.get() == token {
                    on_settled();
                    shared.want(names);
                }
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        drop((names, on_settled));
    }

    /// Fetches a search's `names` now; a search still waiting for typing to pause is dropped.
    pub fn want_search(&self, names: BTreeSet<String>) {
        self.handle.latest.set(self.handle.latest.get() + 1);
        self.want(names);
    }

    /// Marks a new search: one whose words the reader is typing holds the rows back for
    /// `SETTLE_MS`, anything else (a click, a link, a pause) lets them go at once.
    pub fn note_search(&self, typed: bool) {
        let until = if typed { now_ms() + f64::from(SETTLE_MS) } else { 0.0 };
        self.handle.rows_held_until.set(until);
    }

    /// Fetches the list's rows `names`, once the hold of a search being typed is over; asked
    /// again before then, only the latest `names` go.
    pub fn want_rows(&self, names: BTreeSet<String>) {
        *self.handle.rows_pending.borrow_mut() = names;
        self.flush_rows();
    }

    fn flush_rows(&self) {
        let wait = self.handle.rows_held_until.get() - now_ms();
        if wait <= 0.0 {
            let names = std::mem::take(&mut *self.handle.rows_pending.borrow_mut());
            self.want(names);
        } else {
            #[cfg(target_arch = "wasm32")]
            {
                let shared = self.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    crate::browser::sleep_ms(wait.ceil() as i32).await;
                    shared.flush_rows();
                });
            }
        }
    }

    /// Fetches each of `names` not already here or on its way; each that arrives is reported.
    pub fn want(&self, names: impl IntoIterator<Item = String>) {
        for name in names {
            if !self.handle.in_flight.borrow_mut().insert(name.clone()) {
                continue;
            }
            #[cfg(target_arch = "wasm32")]
            {
                let handle = self.handle.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result =
                        crate::archive_fetch::fetch_into(&handle.archive, &handle.manifest_url, &name, handle.limits)
                            .await;
                    handle.in_flight.borrow_mut().remove(&name);
                    handle.on_event.emit(match result {
                        Ok(()) => ArchiveEvent::Grew,
                        Err(error) => ArchiveEvent::Failed(error),
                    });
                });
            }
        }
    }
}

/// Milliseconds since the epoch; natively (the SSR tests) always 0, so nothing is ever held.
fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}
