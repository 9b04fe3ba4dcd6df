//! The subcommands, one file each (`Args`, `run`, help with examples), the arguments they
//! share (`args`), and where their results go (`output`: standard output, or a file written
//! atomically).
//!
//! May use: `batch`, `render`, `i18n`, `sheet`, `core`, `scan`, `lang`.

pub mod args;
pub mod batch;
pub mod check;
pub mod credit;
pub mod output;
pub mod score;
pub mod template;

/// A usage mistake found after parsing (exit status 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Set by Ctrl-C; long runs stop at the next chunk and leave no partial output.
pub fn cancel_flag() -> &'static std::sync::atomic::AtomicBool {
    use std::sync::atomic::{AtomicBool, Ordering};
    static FLAG: AtomicBool = AtomicBool::new(false);
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        // Without a handler the default (terminate) applies; the output is still never partial.
        let _ = ctrlc::set_handler(|| FLAG.store(true, Ordering::Relaxed));
    });
    &FLAG
}
