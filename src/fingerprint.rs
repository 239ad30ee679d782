//! Cache keys: a [`Fingerprint`] fed every input a piece of cached work reads, each under a
//! name, finished into a [`Key`]. What each key of the build covers is listed in
//! `pipeline/fingerprint.rs`; the search index keys its pieces the same way.
//!
//! Keys are SHA-256 (truncated to 128 bits), not `std`'s `DefaultHasher`, whose algorithm
//! may change between Rust releases and whose 64 bits make a silent collision (a stale
//! page) conceivable on large projects.

use sha2::{Digest, Sha256};

/// A cache key: what a [`Fingerprint`] of a piece of work's inputs finishes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(u128);

impl Key {
    /// The key as 32 hexadecimal digits (a file name).
    pub fn hex(&self) -> String {
        format!("{:032x}", self.0)
    }
}

/// Builds a [`Key`] from named inputs. The names keep two inputs whose bytes would run
/// together apart, and say in the code what a key depends on.
pub(crate) struct Fingerprint(Sha256);

impl Fingerprint {
    /// A fingerprint of the work `what` (keys of different kinds of work never agree).
    pub fn new(what: &str) -> Fingerprint {
        let mut f = Fingerprint(Sha256::new());
        f.text("kind", what);
        f
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    /// Feeds the text input `name`.
    pub fn text(&mut self, name: &str, text: &str) -> &mut Fingerprint {
        self.bytes(name.as_bytes());
        self.bytes(text.as_bytes());
        self
    }

    /// Feeds an optional text input `name` (a file that may not exist).
    pub fn optional(&mut self, name: &str, text: Option<&str>) -> &mut Fingerprint {
        match text {
            Some(t) => self.text(name, t),
            None => self.text(name, "\u{0}absent"),
        }
    }

    /// Feeds the yes/no input `name`.
    pub fn flag(&mut self, name: &str, value: bool) -> &mut Fingerprint {
        self.text(name, if value { "yes" } else { "no" })
    }

    /// Adds named bytes (a file's contents).
    pub fn data(&mut self, name: &str, data: &[u8]) -> &mut Fingerprint {
        self.bytes(name.as_bytes());
        self.bytes(data);
        self
    }

    /// Feeds the key of other work this work reads.
    pub fn key(&mut self, name: &str, key: Key) -> &mut Fingerprint {
        self.bytes(name.as_bytes());
        self.bytes(&key.0.to_le_bytes());
        self
    }

    /// The key of everything fed so far.
    pub fn finish(&self) -> Key {
        let digest = self.0.clone().finalize();
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        Key(u128::from_le_bytes(first))
    }
}
