//! `sahifa sign`: the bundle's hashes computed afresh from its articles and signed with the
//! centre's key, written into the bundle.

use crate::problem::display_path;
use crate::{keys, seal, write};
use ed25519_dalek::Signer;
use sahifa_core::integrity::{hex, signed_message};
use sahifa_core::parse_bundle;
use sahifa_core::wire::SignatureRecord;
use std::path::Path;
use std::process::ExitCode;

pub fn run(bundle_path: &Path, key_path: &Path, published_at: Option<&str>) -> Result<ExitCode, String> {
    let name = display_path(bundle_path);
    if let Some(address) = published_at.filter(|a| !(a.starts_with("https://") || a.starts_with("http://"))) {
        return Err(format!(
            "--published-at {address:?} is not a web address; give the full https:// address where readers find {}",
            keys::PUBLIC_FILE
        ));
    }
    let key = keys::secret(key_path)?;
    let bytes = std::fs::read(bundle_path).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let loaded = parse_bundle(&bytes).map_err(|e| format!("{name}: not signed: {e}"))?;
    let skipped = loaded.skipped().count();
    if skipped > 0 {
        eprintln!(
            "warning: {name}: {skipped} article(s) cannot be read and are not signed; `sahifa validate {name}` says why"
        );
    }
    let mut record = seal::record_of(&loaded.bundle);
    let signature = key.sign(signed_message(&record.bundle).as_bytes());
    record.signature = Some(SignatureRecord {
        key: hex(key.verifying_key().as_bytes()),
        published_at: published_at.map(str::to_owned),
        value: hex(&signature.to_bytes()),
    });
    let signed = seal::with_integrity(&bytes, &record).map_err(|e| format!("{name}: not signed: {e}"))?;
    write::atomically(bundle_path, &signed)?;
    eprintln!(
        "signed {name}: {} article(s), bundle hash {}, key {}",
        record.articles.len(),
        record.bundle,
        hex(key.verifying_key().as_bytes())
    );
    Ok(ExitCode::SUCCESS)
}
