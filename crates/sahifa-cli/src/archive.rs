//! `sahifa build --archive DIR`: the bundle's sharded archive written into a folder, every file
//! before the manifest that names it.

use crate::problem::display_path;
use crate::write;
use sahifa_core::archive::{write_archive, ArchiveSizes};
use std::path::Path;

/// Writes the archive of `bundle` into `folder`; says what was written. A file already there
/// under the same name has the same content (names carry the content's hash) and is left as it
/// is, so a rebuild after adding articles touches only what changed; files of earlier builds
/// stay until the publisher removes them, so a reader holding an older manifest can go on.
pub fn write(folder: &Path, bundle: &[u8]) -> Result<String, String> {
    let files = write_archive(bundle, ArchiveSizes::default())
        .map_err(|e| format!("the archive could not be made from the bundle ({e}); this is a bug in sahifa"))?;
    let (mut new, mut kept, mut bytes) = (0, 0, 0);
    for file in &files {
        let path = folder.join(&file.path);
        bytes += file.bytes.len();
        let is_manifest = file.path == sahifa_core::archive::MANIFEST;
        if !is_manifest && std::fs::metadata(&path).is_ok_and(|m| m.len() == file.bytes.len() as u64) {
            kept += 1;
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}; check that it is writable", display_path(parent)))?;
        }
        write::atomically(&path, &file.bytes)?;
        new += 1;
    }
    Ok(format!("{} file(s), {:.1} MB ({new} written, {kept} already there)", files.len(), bytes as f64 / 1_000_000.0))
}
