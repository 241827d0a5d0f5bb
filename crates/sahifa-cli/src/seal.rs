//! The integrity record of a bundle read back: computed from its articles as the reader sees
//! them, and written into the bundle's bytes with every other field kept as it was written.

use sahifa_core::integrity::{article_hashes, canonical_bundle, sha256_hex};
use sahifa_core::wire::IntegrityRecord;
use sahifa_core::Bundle;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Each article's hash and the bundle's, unsigned.
pub fn record_of(bundle: &Bundle) -> IntegrityRecord {
    let articles = article_hashes(bundle);
    let bundle_hash = sha256_hex(canonical_bundle(bundle, &articles).as_bytes());
    IntegrityRecord { articles, bundle: bundle_hash, signature: None }
}

/// The top-level fields in the order `sahifa build` writes them; any others follow in the
/// order of their names.
const ORDER: [&str; 5] = ["sahifa", "title", "lang", "description", "articles"];

/// `bytes` (a bundle that reads) with `integrity` as its integrity record: the other top-level
/// values are kept byte for byte, so the articles are exactly those that were read. The values
/// are borrowed from `bytes` and written once into a buffer of the final size: at a million
/// articles a bundle is gigabytes, and a copy of it is memory the build must not need.
pub fn with_integrity(bytes: &[u8], integrity: &IntegrityRecord) -> Result<Vec<u8>, String> {
    let mut fields: BTreeMap<String, &RawValue> = serde_json::from_slice(bytes)
        .map_err(|e| format!("its top level cannot be read again to add the integrity record: {e}"))?;
    fields.remove("integrity");
    let mut members: Vec<(String, &RawValue)> = ORDER.iter().filter_map(|key| fields.remove_entry(*key)).collect();
    members.extend(fields);
    let record = serde_json::to_string_pretty(integrity).expect("an integrity record serializes").replace('\n', "\n  ");
    let keys: Vec<String> =
        members.iter().map(|(key, _)| serde_json::to_string(key).expect("a key serializes")).collect();
    let size = members.iter().zip(&keys).map(|((_, value), key)| key.len() + value.get().len() + 6).sum::<usize>();
    let mut out = Vec::with_capacity(size + record.len() + 32);
    out.extend_from_slice(b"{\n");
    for ((_, value), key) in members.iter().zip(&keys) {
        for part in ["  ", key, ": ", value.get(), ",\n"] {
            out.extend_from_slice(part.as_bytes());
        }
    }
    for part in ["  \"integrity\": ", &record, "\n}\n"] {
        out.extend_from_slice(part.as_bytes());
    }
    Ok(out)
}
