//! The centre's Ed25519 key files: `sahifa key new DIR` writes them, `sign` and `verify` read
//! them, and each says what a file is when it is handed to the wrong command.

use crate::problem::display_path;
use ed25519_dalek::{SigningKey, VerifyingKey};
use sahifa_core::integrity::{from_hex, hex};
use std::path::Path;
use std::process::ExitCode;

/// The secret key's file name in the folder `key new` is given.
pub const SECRET_FILE: &str = "sahifa.key";
/// The public key's file name beside it.
pub const PUBLIC_FILE: &str = "sahifa.pub";
/// The word each file opens with, so that a file says what it is to a person and to `sahifa`.
const SECRET_LABEL: &str = "sahifa-ed25519-secret-key";
const PUBLIC_LABEL: &str = "sahifa-ed25519-public-key";

/// `sahifa key new DIR`: a fresh key pair; never over an existing one, which would orphan every
/// bundle it signed.
pub fn new(folder: &Path) -> Result<ExitCode, String> {
    let secret_path = folder.join(SECRET_FILE);
    let public_path = folder.join(PUBLIC_FILE);
    for path in [&secret_path, &public_path] {
        if path.exists() {
            return Err(format!(
                "{} already exists, and replacing it would leave the bundles it signed with no key to check them by; \
                 choose another folder, or move it away first",
                display_path(path)
            ));
        }
    }
    std::fs::create_dir_all(folder).map_err(|e| format!("cannot create the folder {}: {e}", display_path(folder)))?;
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| format!("the system gave no random bytes for a key: {e}"))?;
    let secret = SigningKey::from_bytes(&seed);
    write_secret(&secret_path, &format!("{SECRET_LABEL} {}\n", hex(&seed)))?;
    let public = hex(secret.verifying_key().as_bytes());
    std::fs::write(&public_path, format!("{PUBLIC_LABEL} {public}\n"))
        .map_err(|e| format!("cannot write {}: {e}", display_path(&public_path)))?;
    eprintln!(
        "wrote {} (secret: keep it off the web server and out of version control) and {} (public: publish it on \
         the centre's own site)\npublic key {public}",
        display_path(&secret_path),
        display_path(&public_path)
    );
    Ok(ExitCode::SUCCESS)
}

/// The secret key is readable by its owner alone, from the moment it exists.
fn write_secret(path: &Path, text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|e| format!("cannot write {}: {e}", display_path(path)))?;
    file.write_all(text.as_bytes()).map_err(|e| format!("cannot write {}: {e}", display_path(path)))
}

/// What a key file holds, once its label is read.
enum KeyFile {
    Secret([u8; 32]),
    Public([u8; 32]),
}

fn read(path: &Path) -> Result<KeyFile, String> {
    let name = display_path(path);
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            format!("{name} does not exist; make a key pair with `sahifa key new DIR`, then give DIR/{SECRET_FILE} to sign and DIR/{PUBLIC_FILE} to verify")
        }
        _ => format!("{name} cannot be read as a key file: {e}"),
    })?;
    let mut words = text.split_whitespace();
    let (label, value) = (words.next().unwrap_or_default(), words.next().unwrap_or_default());
    let bytes = from_hex(value).and_then(|b| <[u8; 32]>::try_from(b).ok()).filter(|_| words.next().is_none());
    match (label, bytes) {
        (SECRET_LABEL, Some(bytes)) => Ok(KeyFile::Secret(bytes)),
        (PUBLIC_LABEL, Some(bytes)) => Ok(KeyFile::Public(bytes)),
        _ => Err(format!(
            "{name} is not a sahifa key file: one is a line \"{SECRET_LABEL} <64 hex digits>\" or \"{PUBLIC_LABEL} <64 hex digits>\", as `sahifa key new` writes"
        )),
    }
}

/// The key `sahifa sign` signs with.
pub fn secret(path: &Path) -> Result<SigningKey, String> {
    match read(path)? {
        KeyFile::Secret(seed) => Ok(SigningKey::from_bytes(&seed)),
        KeyFile::Public(_) => Err(format!(
            "{} is a public key, which can only check signatures; sign with the secret key beside it ({SECRET_FILE})",
            display_path(path)
        )),
    }
}

/// The key `sahifa verify` checks with.
pub fn public(path: &Path) -> Result<VerifyingKey, String> {
    let bytes = match read(path)? {
        KeyFile::Public(bytes) => bytes,
        KeyFile::Secret(_) => {
            return Err(format!(
                "{} is the secret key; verify with the public key ({PUBLIC_FILE}), which is the one readers have. \
                 Never publish the secret key",
                display_path(path)
            ))
        }
    };
    VerifyingKey::from_bytes(&bytes)
        .map_err(|_| format!("{} does not hold a valid Ed25519 public key; was it edited?", display_path(path)))
}
