//! The server's secrets: Aadhaar numbers are sealed with ChaCha20-Poly1305 under a key from
//! configuration (never from the database), and one-time codes are kept only as a keyed hash.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use rand::{Rng, RngCore, rngs::OsRng};
use sha2::Sha256;
use std::path::Path;

const KEY_CHECK_TEXT: &str = "jan-seva key check";

/// Refuses a secret key other than the one this database was first started with: another key
/// would read every sealed Aadhaar number as unreadable and every code as wrong, silently. The
/// first start keeps the key's check value.
pub async fn check_key(db: &crate::db::Database, vault: &Vault) -> Result<(), String> {
    use crate::db::settings;
    let failed = |e: crate::error::ServerError| format!("the key check could not be read: {e}");
    settings::keep_first(db.pool(), "key_check", &vault.key_check())
        .await
        .map_err(failed)?;
    let kept = settings::get(db.pool(), "key_check")
        .await
        .map_err(failed)?;
    if kept.is_some_and(|check| vault.matches_key_check(&check)) {
        Ok(())
    } else {
        Err(
            "the secret key (SECRET_KEY or SECRET_KEY_FILE) is not the one this database was \
             first started with: sealed answers could not be read; start with the original key"
                .into(),
        )
    }
}

/// Bytes of key material: 32 for sealing, 32 for hashing codes.
pub const KEY_BYTES: usize = 64;

/// Seals and opens secrets, hashes codes, and draws random values from the OS.
#[derive(Clone)]
pub struct Vault {
    aead: ChaCha20Poly1305,
    code_key: [u8; 32],
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(..)")
    }
}

/// Key material that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// `SECRET_KEY` is not base64 of 64 bytes.
    #[error("SECRET_KEY must be base64 of {KEY_BYTES} bytes")]
    BadKey,
    /// The key file could not be read or written.
    #[error("the key file: {0}")]
    Io(#[from] std::io::Error),
}

impl Vault {
    /// A vault over 64 bytes of key material.
    pub fn new(material: &[u8; KEY_BYTES]) -> Vault {
        let mut code_key = [0u8; 32];
        code_key.copy_from_slice(&material[32..]);
        Vault {
            aead: ChaCha20Poly1305::new(Key::from_slice(&material[..32])),
            code_key,
        }
    }

    /// A vault from base64 key material (`SECRET_KEY`).
    pub fn from_base64(text: &str) -> Result<Vault, VaultError> {
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|_| VaultError::BadKey)?;
        let material: [u8; KEY_BYTES] = bytes.try_into().map_err(|_| VaultError::BadKey)?;
        Ok(Vault::new(&material))
    }

    /// A vault from a key file, created with fresh random material (readable by the owner only)
    /// when missing: for one-machine installations.
    pub fn from_file(path: &Path) -> Result<Vault, VaultError> {
        if !path.exists() {
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder)?;
            }
            let mut material = [0u8; KEY_BYTES];
            OsRng.fill_bytes(&mut material);
            write_private(path, STANDARD.encode(material).as_bytes())?;
        }
        Vault::from_base64(&std::fs::read_to_string(path)?)
    }

    /// Encrypts text: base64 of a random 12-byte nonce followed by the ciphertext and its tag.
    pub fn seal(&self, plaintext: &str) -> String {
        let mut nonce = [0u8; 12];
        OsRng.fill_bytes(&mut nonce);
        let sealed = self
            .aead
            .encrypt(Nonce::from_slice(&nonce), plaintext.as_bytes())
            .expect("ChaCha20-Poly1305 encrypts any message shorter than 256 GB");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        STANDARD.encode(out)
    }

    /// Decrypts what `seal` made; `None` when it was altered or sealed under another key.
    pub fn open(&self, sealed: &str) -> Option<String> {
        let bytes = STANDARD.decode(sealed).ok()?;
        if bytes.len() < 12 {
            return None;
        }
        let (nonce, body) = bytes.split_at(12);
        let plain = self.aead.decrypt(Nonce::from_slice(nonce), body).ok()?;
        String::from_utf8(plain).ok()
    }

    fn code_mac(&self, challenge_id: &str, code: &str) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.code_key)
            .expect("HMAC takes any key length");
        mac.update(challenge_id.as_bytes());
        mac.update(b":");
        mac.update(code.as_bytes());
        mac
    }

    /// The keyed hash of a code, bound to its challenge: hex.
    /// The key of the audit log's chain of HMACs, drawn from the code key (so it changes with
    /// the secret key and is never stored).
    pub fn audit_key(&self) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.code_key)
            .expect("HMAC takes any key length");
        mac.update(b"audit log chain");
        mac.finalize().into_bytes().into()
    }

    /// A value that shows which key this is without revealing it: a text sealed with the
    /// sealing key and a hash under the code key.
    pub fn key_check(&self) -> String {
        format!(
            "{}|{}",
            self.seal(KEY_CHECK_TEXT),
            self.code_hash(KEY_CHECK_TEXT, "000000")
        )
    }

    /// Whether `check` (from [`Vault::key_check`]) was made with this key.
    pub fn matches_key_check(&self, check: &str) -> bool {
        let Some((sealed, hash)) = check.split_once('|') else {
            return false;
        };
        self.open(sealed).as_deref() == Some(KEY_CHECK_TEXT)
            && self.code_matches(KEY_CHECK_TEXT, "000000", hash)
    }

    pub fn code_hash(&self, challenge_id: &str, code: &str) -> String {
        hex(&self.code_mac(challenge_id, code).finalize().into_bytes())
    }

    /// Whether `code` matches a stored hash, compared in constant time.
    pub fn code_matches(&self, challenge_id: &str, code: &str, stored_hash: &str) -> bool {
        let Some(expected) = unhex(stored_hash) else {
            return false;
        };
        self.code_mac(challenge_id, code)
            .verify_slice(&expected)
            .is_ok()
    }
}

/// `n` random decimal digits from the OS's secure source.
pub fn random_digits(n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + OsRng.gen_range(0..10u8)))
        .collect()
}

/// A random id: `bytes` random bytes from the OS, as hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buffer);
    hex(&buffer)
}

/// A random number below `bound`, from the OS's secure source.
pub fn random_below(bound: u64) -> u64 {
    OsRng.gen_range(0..bound)
}

/// `n` random symbols of Crockford's base 32 (5 bits each), from the OS's secure source.
pub fn random_crockford(n: usize) -> String {
    let alphabet = app::domain::certificate::CODE_ALPHABET;
    (0..n)
        .map(|_| char::from(alphabet[OsRng.gen_range(0..alphabet.len())]))
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?
        .write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault(fill: u8) -> Vault {
        Vault::new(&[fill; KEY_BYTES])
    }

    #[test]
    fn sealed_text_opens_only_under_its_key_and_never_shows_in_the_clear() {
        let sealed = vault(1).seal("234123412346");
        assert!(!sealed.contains("234123412346"));
        assert_eq!(vault(1).open(&sealed).as_deref(), Some("234123412346"));
        assert_eq!(vault(2).open(&sealed), None);
        assert_ne!(
            vault(1).seal("234123412346"),
            sealed,
            "fresh nonce each time"
        );
        let mut tampered = STANDARD.decode(&sealed).unwrap();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(vault(1).open(&STANDARD.encode(tampered)), None);
        assert_eq!(vault(1).open("not base64!"), None);
    }

    #[test]
    fn a_key_check_matches_its_own_key_only() {
        let check = vault(3).key_check();
        assert!(vault(3).matches_key_check(&check));
        assert!(!vault(4).matches_key_check(&check));
        assert!(!vault(3).matches_key_check("nonsense"));
    }

    #[test]
    fn code_hashes_are_keyed_and_bound_to_their_challenge() {
        let v = vault(3);
        let hash = v.code_hash("c1", "123456");
        assert!(v.code_matches("c1", "123456", &hash));
        assert!(!v.code_matches("c1", "123457", &hash));
        assert!(!v.code_matches("c2", "123456", &hash));
        assert!(!vault(4).code_matches("c1", "123456", &hash));
        assert!(!v.code_matches("c1", "123456", "zz"));
    }

    #[test]
    fn random_values_have_their_shape() {
        let code = random_digits(6);
        assert_eq!(code.len(), 6);
        assert!(code.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(random_hex(16).len(), 32);
        assert_ne!(random_hex(16), random_hex(16));
    }

    #[test]
    fn a_key_file_is_made_once_and_read_back() {
        let dir = std::env::temp_dir().join(format!("jsp-vault-{}", random_hex(6)));
        let path = dir.join("secret.key");
        let first = Vault::from_file(&path).unwrap();
        let sealed = first.seal("x");
        let again = Vault::from_file(&path).unwrap();
        assert_eq!(again.open(&sealed).as_deref(), Some("x"));
        assert!(Vault::from_base64("c2hvcnQ=").is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
