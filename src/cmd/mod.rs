//! The subcommands, one file each (`Args`, `run`, help with examples), the arguments they
//! share (`args`), and where their results go (`output`: standard output, or a file written
//! atomically).
//!
//! May use: `batch`, `render`, `i18n`, `sheet`, `core`, `scan`, `lang`.

pub mod args;
pub mod batch;
pub mod check;
pub mod credit;
pub mod guard;
pub mod ledger;
pub mod output;
pub mod pkb;
pub mod problems;
pub mod rank;
pub mod report;
pub mod riwayat;
pub mod score;
pub mod skema;
pub mod template;

/// The width of text output: one less than `COLUMNS` when the terminal says how wide it is
/// (60 to 300), else 79 for an 80-column terminal.
pub fn text_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| (61..=301).contains(c))
        .map_or(crate::render::table::WIDTH, |c| c - 1)
}

/// A usage mistake found after parsing (exit status 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static CANCEL: AtomicBool = AtomicBool::new(false);
static SIGNAL: AtomicUsize = AtomicUsize::new(0);

/// Set by SIGINT (Ctrl-C), SIGTERM or SIGHUP: long runs stop at the next chunk and leave no
/// partial output. A second signal while stopping ends the process at once, as without a
/// handler.
pub fn cancel_flag() -> &'static AtomicBool {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        #[cfg(unix)]
        for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            // The default action first: it only acts once the flag is already set.
            let _ = signal_hook::flag::register_conditional_default(sig, &CANCEL);
            let _ = signal_hook::flag::register_usize(sig, &SIGNAL, sig as usize);
            let _ = signal_hook::flag::register(sig, &CANCEL);
        }
    });
    &CANCEL
}

/// The signal that cancelled the run, if any (2 SIGINT, 15 SIGTERM, 1 SIGHUP).
pub fn caught_signal() -> Option<i32> {
    match SIGNAL.load(Ordering::SeqCst) {
        0 => None,
        s => i32::try_from(s).ok(),
    }
}
