//! Phase durations of a build, printed to stderr when `PRIMER_TIMINGS` is set.

use std::time::{Duration, Instant};

thread_local! {
    /// The measurements open on this thread: when it waits inside one (typst's own
    /// parallel work) it may run another job, whose time is not the first one's.
    static OPEN: std::cell::RefCell<Vec<(Instant, Duration)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` and measures the time this thread spent in it, not counting other measured
/// work the thread ran meanwhile.
pub(super) fn measured<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    OPEN.with(|open| {
        let mut open = open.borrow_mut();
        let now = Instant::now();
        if let Some((since, spent)) = open.last_mut() {
            *spent += now - *since;
        }
        open.push((now, Duration::ZERO));
    });
    let value = f();
    let own = OPEN.with(|open| {
        let mut open = open.borrow_mut();
        let now = Instant::now();
        let own = open
            .pop()
            .map_or(Duration::ZERO, |(since, spent)| spent + (now - since));
        if let Some((since, _)) = open.last_mut() {
            *since = now;
        }
        own
    });
    (value, own)
}

/// What typesetting one PDF cost.
#[derive(Debug, Clone, Copy)]
pub(super) struct PdfCost {
    /// `handouts` or `decks`.
    pub kind: &'static str,
    /// Pages in the PDF.
    pub pages: usize,
    /// Time from the data to the PDF's bytes, on the job's thread ([`measured`]).
    pub time: Duration,
    /// The part of it spent laying the document out (the rest is mostly the PDF export).
    pub layout: Duration,
}

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

    /// Prints the typesetting time per PDF page of each kind of PDF (handouts, decks): the
    /// jobs' own time ([`measured`]) summed, divided by the pages they made.
    #[allow(clippy::print_stderr)]
    pub fn pdf_pages(&self, costs: &[PdfCost]) {
        if !self.on {
            return;
        }
        for kind in ["handouts", "decks"] {
            let (pages, time, layout) = costs
                .iter()
                .filter(|c| c.kind == kind)
                .fold((0usize, Duration::ZERO, Duration::ZERO), |(p, t, l), c| {
                    (p + c.pages, t + c.time, l + c.layout)
                });
            if pages > 0 {
                let per_page = |d: Duration| d.as_secs_f64() * 1000.0 / pages as f64;
                let export = time.saturating_sub(layout);
                eprintln!(
                    "timing: {kind}: {pages} PDF pages, {:.1} ms per page (layout {:.1} ms, export {:.1} ms)",
                    per_page(time),
                    per_page(layout),
                    per_page(export)
                );
            }
        }
    }

    /// Prints how many PDFs were taken from the cache on disk instead of being typeset.
    #[allow(clippy::print_stderr)]
    pub fn reused(&self, count: usize) {
        if self.on {
            eprintln!("timing: PDFs reused from the cache: {count}");
        }
    }

    /// Prints how long `phase` took, and starts the next phase.
    // Timings are asked for on the terminal (`PRIMER_TIMINGS=1`), beside the diagnostics.
    #[allow(clippy::print_stderr)]
    pub fn lap(&mut self, phase: &str) {
        if self.on {
            eprintln!(
                "timing: {phase}: {:.1?}{}",
                self.last.elapsed(),
                memory().unwrap_or_default()
            );
        }
        self.last = Instant::now();
    }
}

/// The process's resident and peak resident memory, as `, 412 MB resident (peak 530 MB)`,
/// where the system tells it (Linux's `/proc/self/status`).
fn memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb = line.split_whitespace().nth(1)?.parse::<u64>().ok()?;
        Some(kb / 1024)
    };
    Some(format!(
        ", {} MB resident (peak {} MB)",
        field("VmRSS:")?,
        field("VmHWM:")?
    ))
}
