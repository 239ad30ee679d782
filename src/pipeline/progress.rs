//! How a build tells its caller how far it got: the command line draws a progress bar from
//! it (`cmd/progress.rs`); the library itself never prints.

/// Receives a build's progress; called from the build's threads.
pub trait Progress: Send + Sync {
    /// A phase begins with `total` units of work (`unit` names them: "PDFs", "pages").
    fn start(&self, phase: &str, unit: &str, total: usize);
    /// `count` more units of the current phase are done.
    fn advance(&self, count: usize);
    /// The build has ended (the bar is removed before the summary is printed).
    fn finish(&self);
}
