//! Loaded text files and the one place where byte offsets become `line:col`.

use std::path::{Path, PathBuf};

/// A text file of the project, with its path relative to the project root.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the project root, with `/` separators (as printed in diagnostics).
    pub path: String,
    /// The file's text, with a leading UTF-8 byte-order mark removed.
    pub text: String,
    /// Byte offset of the start of every line, found the first time a position is asked
    /// for (most files never have one to report).
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// Wraps text that was read from `path` (relative to the project root).
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let mut text: String = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..3);
        }
        SourceFile {
            path: path.into(),
            text,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// Byte offset of the start of every line.
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// Reads `root/relative`, naming the file in the error.
    pub fn read(root: &Path, relative: &Path) -> anyhow::Result<Self> {
        use anyhow::Context as _;
        let full: PathBuf = root.join(relative);
        let text = std::fs::read_to_string(&full)
            .with_context(|| format!("could not read {}", relative.display()))?;
        Ok(SourceFile::new(display_path(relative), text))
    }

    /// 1-based line and column (in characters) of a byte offset; offsets past the end
    /// or inside a character are clamped.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts().partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts()[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.text[start..end].chars().count() + 1;
        (line + 1, col)
    }

    /// Byte offset of a 1-based line and column (in characters).
    pub fn offset_of(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.line_starts().get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        self.text[start..]
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// The text of the 1-based line `line`, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts().get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts()
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// A relative path with `/` separators, whatever the platform.
pub fn display_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let f = SourceFile::new("a.md", "ab\n中文x\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(9), (2, 3));
        assert_eq!(f.offset_of(2, 3), 9);
        assert_eq!(f.line_text(2), "中文x");
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let f = SourceFile::new("a.md", "\u{feff}---\n");
        assert_eq!(f.text, "---\n");
    }
}
