//! A file's name carries a hash of its content: `FOLDER/HASH.EXT`, HASH the first 16 hex digits
//! of the SHA-256 of the bytes. A name never names two contents, so a host may cache it forever,
//! and a reader can tell a stale or damaged file from the one the manifest meant.

use sha2::{Digest, Sha256};

/// Hex digits of the digest kept in a name: 64 bits, far beyond the files an archive has.
const HASH_DIGITS: usize = 16;

/// The name of `bytes` in `folder` with extension `ext`.
pub fn content_name(folder: &str, ext: &str, bytes: &[u8]) -> String {
    format!("{folder}/{}.{ext}", &hex(&Sha256::digest(bytes))[..HASH_DIGITS])
}

/// The hash a name carries, if it is a content name.
pub fn hash_of_name(name: &str) -> Option<&str> {
    let file = name.rsplit('/').next()?;
    let hash = file.split('.').next()?;
    (hash.len() == HASH_DIGITS && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hash)
}

/// Whether `digest` (the SHA-256 of a fetched file) is the one its name carries.
pub fn digest_matches(name: &str, digest: &[u8]) -> bool {
    hash_of_name(name).is_some_and(|hash| hex(digest).starts_with(hash))
}

/// Whether `bytes` are the content `name` names.
pub(super) fn content_matches(name: &str, bytes: &[u8]) -> bool {
    digest_matches(name, &Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_carries_its_content_hash() {
        let name = content_name("i", "bin", b"abc");
        // SHA-256("abc") begins ba7816bf8f01cfea.
        assert_eq!(name, "i/ba7816bf8f01cfea.bin");
        assert_eq!(hash_of_name(&name), Some("ba7816bf8f01cfea"));
        assert!(content_matches(&name, b"abc"));
        assert!(!content_matches(&name, b"abd"));
        assert_eq!(hash_of_name("manifest.json"), None);
        assert!(!content_matches("manifest.json", b"abc"));
    }
}
