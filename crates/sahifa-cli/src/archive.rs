//! `sahifa build --archive DIR`: the bundle's sharded archive written into a folder, every file
//! before the manifest that names it.

use crate::problem::display_path;
use crate::write;
use sahifa_core::archive::{ArchiveSizes, ArchiveSource, MANIFEST};
use std::path::Path;

/// Writes the archive of `bundle` into `folder`; says what was written. A file already there
/// under the same name has the same content (names carry the content's hash) and is left as it
/// is, so a rebuild after adding articles touches only what changed; files of earlier builds
/// stay until the publisher removes them, so a reader holding an older manifest can go on.
pub fn write(folder: &Path, bundle: &[u8], max_files: usize) -> Result<String, String> {
    let source = ArchiveSource::new(bundle)
        .map_err(|e| format!("the archive could not be made from the bundle ({e}); this is a bug in sahifa"))?;
    let mut sizes = ArchiveSizes::default();
    let mut counted = source.count_files(sizes);
    // Each doubling of the pieces about halves the files; past ten, the limit is not one an
    // archive can meet (a handful of files is the floor: manifest, first screen, directory).
    for _ in 0..10 {
        if counted <= max_files {
            break;
        }
        sizes = sizes.doubled();
        counted = source.count_files(sizes);
    }
    if counted > max_files {
        return Err(format!(
            "the archive needs {counted} files even with the largest pieces, over --max-files {max_files}: allow more files"
        ));
    }
    let (mut files, mut new, mut bytes) = (0, 0, 0);
    let written = source.write(sizes, |file| {
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
    written?;
    Ok(format!("{files} file(s), {:.1} MB ({new} written, {} already there)", bytes as f64 / 1_000_000.0, files - new))
}
