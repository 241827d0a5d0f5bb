//! `NAME.meta.toml` beside an article: what a centre curates by hand (tags, people, places,
//! organizations, a summary, events, an id, the provenance) and what the text does not state.

use crate::article::Draft;
use crate::inputs::SIDECAR_SUFFIX;
use crate::problem::{line_of, Problem};
use sahifa_core::wire::{EventRecord, ProvenanceRecord, SourceRecord};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The sidecar's fields; each one given replaces what was read from the article itself.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    id: Option<String>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    summary: Option<String>,
    byline: Option<String>,
    publisher: Option<String>,
    source: Option<SourceRecord>,
    url: Option<String>,
    tags: Option<Vec<String>>,
    places: Option<Vec<String>>,
    people: Option<Vec<String>>,
    organizations: Option<Vec<String>>,
    events: Option<Vec<EventRecord>>,
    /// A `[provenance]` table, as the bundle's `provenance` object (docs/bundle-format.md).
    provenance: Option<ProvenanceRecord>,
}

/// `dir/NAME.meta.toml` for `dir/NAME.txt`.
fn sidecar_of(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!("{stem}{SIDECAR_SUFFIX}"))
}

/// Completes a draft from its sidecar, when it has one. A broken sidecar skips the article:
/// building it without the curated fields would silently lose them.
pub fn apply(path: &Path, mut draft: Draft) -> Result<Draft, Problem> {
    let meta_path = sidecar_of(path);
    let Ok(text) = std::fs::read_to_string(&meta_path) else {
        return Ok(draft);
    };
    let meta: Meta = toml::from_str(&text).map_err(|e| {
        let line = e.span().map(|s| line_of(&text, s.start));
        Problem::new(
            &meta_path,
            line,
            "bad sidecar",
            format!("{}; the article beside it is skipped until this is fixed", e.message()),
        )
    })?;
    let r = &mut draft.record;
    for (field, value) in [
        (&mut r.id, meta.id),
        (&mut r.title, meta.title),
        (&mut r.date, meta.date),
        (&mut r.lang, meta.lang),
        (&mut r.summary, meta.summary),
        (&mut r.byline, meta.byline),
        (&mut r.publisher, meta.publisher),
        (&mut r.url, meta.url),
    ] {
        if value.is_some() {
            *field = value;
        }
    }
    if meta.source.is_some() {
        r.source = meta.source;
    }
    for (field, value) in [
        (&mut r.tags, meta.tags),
        (&mut r.places, meta.places),
        (&mut r.people, meta.people),
        (&mut r.organizations, meta.organizations),
    ] {
        if let Some(value) = value {
            *field = value;
        }
    }
    if let Some(events) = meta.events {
        r.events = events;
    }
    if meta.provenance.is_some() {
        r.provenance = meta.provenance;
    }
    Ok(draft)
}
