//! The progress bar of a long build on a terminal: phase, work done of the total, elapsed
//! time, drawn on stderr once the build has run for a second, and removed before the
//! summary line. Nothing is drawn when stderr is not a terminal or with `--format json`.

use crate::pipeline::progress::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a build runs before its progress is shown.
const DELAY: Duration = Duration::from_secs(1);

/// A progress bar on stderr.
pub struct TerminalProgress {
    bar: ProgressBar,
    started: Instant,
}

impl TerminalProgress {
    /// A bar for a build whose diagnostics are printed for people (`human`), when stderr is
    /// a terminal; `None` otherwise.
    pub fn for_terminal(human: bool) -> Option<Arc<TerminalProgress>> {
        if !human || !std::io::stderr().is_terminal() {
            return None;
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        let style = ProgressStyle::with_template(
            "{prefix:>12.cyan.bold} [{bar:30}] {pos}/{len} {msg} ({elapsed})",
        )
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        Some(Arc::new(TerminalProgress {
            bar,
            started: Instant::now(),
        }))
    }

    /// Shows the bar once the build has run for [`DELAY`].
    fn show_when_due(&self) {
        if self.bar.is_hidden() && self.started.elapsed() >= DELAY {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
        }
    }
}

impl Progress for TerminalProgress {
    fn start(&self, phase: &str, unit: &str, total: usize) {
        self.bar.set_prefix(phase.to_string());
        self.bar.set_message(unit.to_string());
        self.bar.set_length(total as u64);
        self.bar.set_position(0);
        self.show_when_due();
    }

    fn advance(&self, count: usize) {
        self.bar.inc(count as u64);
        self.show_when_due();
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
