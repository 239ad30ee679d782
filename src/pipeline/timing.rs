//! Phase durations of a build, printed to stderr when `PRIMER_TIMINGS` is set.

use std::time::Instant;

/// The clock of a build's phases.
pub(super) struct Timing {
    last: Instant,
    on: bool,
}

impl Timing {
    /// Starts the clock (it prints only when `PRIMER_TIMINGS` is set).
    pub fn start() -> Timing {
        Timing {
            last: Instant::now(),
            on: std::env::var_os("PRIMER_TIMINGS").is_some(),
        }
    }

    /// Prints how long `phase` took, and starts the next phase.
    // Timings are asked for on the terminal (`PRIMER_TIMINGS=1`), beside the diagnostics.
    #[allow(clippy::print_stderr)]
    pub fn lap(&mut self, phase: &str) {
        if self.on {
            eprintln!("timing: {phase}: {:.1?}", self.last.elapsed());
        }
        self.last = Instant::now();
    }
}
