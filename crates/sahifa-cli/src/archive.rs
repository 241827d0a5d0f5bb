//! `sahifa build --archive DIR`: the bundle's sharded archive written into a folder, every file
//! before the manifest that names it.

use crate::problem::display_path;
use crate::write;
use sahifa_core::archive::{write_archive_into, ArchiveSizes, WriteError, MANIFEST};
use std::path::Path;

/// Writes the archive of `bundle` into `folder`; says what was written. A file already there
/// under the same name has the same content (names carry the content's hash) and is left as it
/// is, so a rebuild after adding articles touches only what changed; files of earlier builds
/// stay until the publisher removes them, so a reader holding an older manifest can go on.
pub fn write(folder: &Path, bundle: &[u8]) -> Result<String, String> {
    let (mut files, mut new, mut bytes) = (0, 0, 0);
    let written = write_archive_into(bundle, ArchiveSizes::default(), |file| {
        let path = folder.join(&file.path);
        files += 1;
        bytes += file.bytes.len();
        let is_manifest = file.path == MANIFEST;
        if !is_manifest && std::fs::metadata(&path).is_ok_and(|m| m.len() == file.bytes.len() as u64) {
            return Ok(());
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}; check that it is writable", display_path(parent)))?;
        }
        new += 1;
        write::atomically(&path, &file.bytes)
    });
    match written {
        Ok(()) => Ok(format!(
            "{files} file(s), {:.1} MB ({new} written, {} already there)",
            bytes as f64 / 1_000_000.0,
            files - new
        )),
        Err(WriteError::Sink(message)) => Err(message),
        Err(WriteError::Bundle(e)) => {
            Err(format!("the archive could not be made from the bundle ({e}); this is a bug in sahifa"))
        }
    }
}
