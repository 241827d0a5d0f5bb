//! The bundle's bytes, and writing them so that no reader ever sees half a file.

use crate::problem::display_path;
use sahifa_core::wire::{ArticleRecord, BundleRecord};
use sahifa_core::FORMAT_VERSION;
use std::io::Write;
use std::path::Path;

/// The bundle as pretty JSON with a final newline: readable in a diff, and the same bytes for
/// the same articles.
pub fn bundle_json(title: &str, lang: &str, articles: Vec<ArticleRecord>) -> Vec<u8> {
    let bundle = BundleRecord {
        sahifa: FORMAT_VERSION,
        title: title.to_owned(),
        lang: lang.to_owned(),
        description: None,
        articles,
        integrity: None::<sahifa_core::wire::IntegrityRecord>,
    };
    let mut bytes = serde_json::to_vec_pretty(&bundle).expect("a bundle record always serializes");
    bytes.push(b'\n');
    bytes
}

/// A temporary file that becomes readable by everyone once renamed (the umask still applies): a
/// bundle is published on a web server, which must be able to read it, and tempfile's own
/// default is readable by the owner alone.
fn temporary_file() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    builder
}

/// Writes to a temporary file beside `path`, then renames it over `path`.
pub fn atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        format!("cannot {what} {}: {e}; check that its folder exists and is writable", display_path(path))
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = temporary_file().tempfile_in(folder).map_err(|e| fail("write", &e))?;
    file.write_all(bytes).map_err(|e| fail("write", &e))?;
    file.persist(path).map_err(|e| fail("replace", &e.error))?;
    Ok(())
}
