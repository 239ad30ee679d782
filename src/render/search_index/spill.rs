//! Where a build puts the documents of its search-index pieces until every site's index is
//! written: the first [`HELD_BYTES`] in memory, the rest in an anonymous temporary file
//! (deleted by the system when the build drops it), so the build's memory holds each
//! piece's postings and not the text of every module in every language. Pieces kept
//! between `serve` builds stay in memory.

use std::fs::File;
use std::io;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// How many bytes of documents a build holds in memory before it spills the rest: writing
/// and reading the file costs more than holding a small project's documents (those of
/// 1,000 modules in six languages are about 40 MB).
pub(super) const HELD_BYTES: usize = 64 << 20;

/// An append-only temporary file of texts, written and read at offsets from any thread.
#[derive(Debug)]
pub(super) struct Spill {
    file: File,
    /// Where the next text goes.
    end: AtomicU64,
    /// Bytes of documents held in memory so far ([`Spill::hold`]).
    held: AtomicUsize,
    /// How many bytes may be held.
    budget: usize,
}

impl Spill {
    /// A new, empty spill file that lets `budget` bytes of documents be held in memory,
    /// where the system can make one.
    pub fn with_budget(budget: usize) -> io::Result<Spill> {
        if !cfg!(unix) {
            return Err(io::Error::from(io::ErrorKind::Unsupported));
        }
        Ok(Spill {
            file: tempfile::tempfile()?,
            end: AtomicU64::new(0),
            held: AtomicUsize::new(0),
            budget,
        })
    }

    /// Whether `len` more bytes of documents may stay in memory; counted if so.
    pub fn hold(&self, len: usize) -> bool {
        self.held
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |held| {
                held.checked_add(len).filter(|&total| total <= self.budget)
            })
            .is_ok()
    }

    /// Appends `text`; returns where it starts.
    pub fn put(&self, text: &str) -> io::Result<u64> {
        let at = self.end.fetch_add(text.len() as u64, Ordering::Relaxed);
        write_at(&self.file, text.as_bytes(), at)?;
        Ok(at)
    }

    /// The `len` bytes of text at `at`, as [`Spill::put`] wrote them.
    pub fn get(&self, at: u64, len: usize) -> io::Result<String> {
        let mut bytes = vec![0; len];
        read_at(&self.file, &mut bytes, at)?;
        String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
}

#[cfg(unix)]
fn write_at(file: &File, bytes: &[u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, at)
}

#[cfg(unix)]
fn read_at(file: &File, bytes: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, bytes, at)
}

#[cfg(not(unix))]
fn write_at(_: &File, _: &[u8], _: u64) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

#[cfg(not(unix))]
fn read_at(_: &File, _: &mut [u8], _: u64) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_held_up_to_the_budget_and_then_spilled() {
        let spill = Spill::with_budget(10).expect("a temporary file");
        assert!(spill.hold(6));
        assert!(spill.hold(4));
        assert!(!spill.hold(1), "the budget is spent");
        assert!(!spill.hold(usize::MAX));
    }

    #[test]
    fn texts_come_back_as_they_were_put_from_any_thread() {
        let spill = Spill::with_budget(0).expect("a temporary file");
        let texts: Vec<String> = (0..64).map(|i| format!("[\"節 {i}\",\"…\"]")).collect();
        let at: Vec<u64> = std::thread::scope(|s| {
            let handles: Vec<_> = texts
                .iter()
                .map(|t| s.spawn(|| spill.put(t).expect("written")))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("joined"))
                .collect()
        });
        for (t, &at) in texts.iter().zip(&at) {
            assert_eq!(&spill.get(at, t.len()).expect("read"), t);
        }
    }
}
