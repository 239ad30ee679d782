//! Where a build puts the documents of its search-index pieces until every site's index is
//! written: an anonymous temporary file (deleted by the system when the build drops it),
//! so the build's memory holds each piece's postings and not the text of every module in
//! every language. Pieces kept between `serve` builds stay in memory.

use std::fs::File;
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};

/// An append-only temporary file of texts, written and read at offsets from any thread.
#[derive(Debug)]
pub(super) struct Spill {
    file: File,
    /// Where the next text goes.
    end: AtomicU64,
}

impl Spill {
    /// A new, empty spill file, where the system can make one.
    pub fn new() -> io::Result<Spill> {
        if !cfg!(unix) {
            return Err(io::Error::from(io::ErrorKind::Unsupported));
        }
        Ok(Spill {
            file: tempfile::tempfile()?,
            end: AtomicU64::new(0),
        })
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
    fn texts_come_back_as_they_were_put_from_any_thread() {
        let spill = Spill::new().expect("a temporary file");
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
