//! What the reader is told of the article on screen's integrity, and what can be said of it
//! before any hashing (`integrity_check` does the rest, in the browser). Nothing is called
//! signed unless it was checked.

use sahifa_core::integrity::recorded;
use sahifa_core::Bundle;

/// One article's integrity, as the reader is told it.
#[derive(Debug, Clone, PartialEq)]
pub enum IntegrityState {
    /// Being checked.
    Checking,
    /// Its hash is the one recorded, and the signature over the bundle verifies with the key
    /// the bundle names.
    Signed { key: String, published_at: Option<String> },
    /// Its hash is not the one recorded for it.
    Changed,
    /// No signature covers it: the bundle has none, or no hash was recorded for this article.
    Unsigned,
    /// The signature does not verify over the bundle's recorded hashes, or the record is damaged.
    SignatureBroken,
    /// The browser has no Web Crypto, or no Ed25519 in it.
    CannotCheck,
}

/// What can be said before any hashing: the whole answer when the bundle records nothing.
pub fn first_state(bundle: Option<&Bundle>) -> IntegrityState {
    match bundle.map(recorded) {
        None | Some(Ok(None)) => IntegrityState::Unsigned,
        Some(Err(_)) => IntegrityState::SignatureBroken,
        Some(Ok(Some(_))) => IntegrityState::Checking,
    }
}
