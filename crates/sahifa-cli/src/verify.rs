//! `sahifa verify`: whether every article of a bundle is as the holder of a key signed it,
//! naming each that is not; exit 1 on anything short of that.

use crate::keys;
use crate::problem::display_path;
use ed25519_dalek::Signature;
use sahifa_core::integrity::{
    article_hashes, canonical_bundle, compare, from_hex, hex, recorded, sha256_hex, signed_message,
};
use sahifa_core::parse_bundle;
use std::path::Path;
use std::process::ExitCode;

pub fn run(bundle_path: &Path, key_path: &Path) -> Result<ExitCode, String> {
    let name = display_path(bundle_path);
    let key = keys::public(key_path)?;
    let bytes = std::fs::read(bundle_path).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let loaded = parse_bundle(&bytes).map_err(|e| format!("{name}: {e}"))?;
    let fail = |why: String| {
        println!("{name}: NOT VERIFIED: {why}");
        Ok(ExitCode::FAILURE)
    };
    let integrity = match recorded(&loaded.bundle) {
        Ok(Some(integrity)) => integrity,
        Ok(None) => {
            return fail(
                "it carries no integrity record; build it with `sahifa build` and sign it with `sahifa sign`".into(),
            )
        }
        Err(why) => return fail(why),
    };
    let Some(signature) = &integrity.signature else {
        return fail(format!("it has hashes but no signature; sign it with `sahifa sign {name} --key DIR/sahifa.key`"));
    };
    let given = hex(key.as_bytes());
    if !signature.key.trim().eq_ignore_ascii_case(&given) {
        return fail(format!(
            "it is signed with the key {}, not with the key in {} ({given}); check that you have the centre's published key",
            signature.key.trim(),
            display_path(key_path)
        ));
    }
    let bundle_hash = sha256_hex(canonical_bundle(&loaded.bundle, &integrity.articles).as_bytes());
    let signature_value = from_hex(&signature.value).and_then(|b| <[u8; 64]>::try_from(b).ok());
    let signed = signature_value.is_some_and(|value| {
        key.verify_strict(signed_message(&bundle_hash).as_bytes(), &Signature::from_bytes(&value)).is_ok()
    });
    if !signed {
        return fail(
            "the signature does not match the bundle: its title, language, description or list of article hashes was \
             edited after signing, or the signature was made over another bundle; no article can be trusted as signed"
                .into(),
        );
    }
    let hashes = article_hashes(&loaded.bundle);
    let comparison = compare(&integrity.articles, hashes.iter().map(|(id, hash)| (id.as_str(), hash.as_str())));
    for id in &comparison.changed {
        println!("{name}: CHANGED since signing: article \"{id}\"");
    }
    for id in &comparison.unlisted {
        println!("{name}: UNSIGNED: article \"{id}\" was added after signing");
    }
    for id in &comparison.missing {
        println!("{name}: MISSING: article \"{id}\" was signed but is not in the bundle, or no longer reads (`sahifa validate {name}`)");
    }
    let published = signature.published_at.as_deref().map(|a| format!(", published at {a}")).unwrap_or_default();
    if comparison.changed.is_empty() && comparison.unlisted.is_empty() && comparison.missing.is_empty() {
        println!(
            "{name}: verified: all {} article(s) are as signed by the key {given}{published}",
            comparison.same.len()
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "{name}: NOT VERIFIED: {} article(s) as signed by the key {given}{published}; {} changed, {} unsigned, {} missing",
            comparison.same.len(),
            comparison.changed.len(),
            comparison.unlisted.len(),
            comparison.missing.len()
        );
        Ok(ExitCode::FAILURE)
    }
}
