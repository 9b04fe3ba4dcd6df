//! Shared by the targets. `PKGURU_FUZZ_ONLY=<text>` makes a target crash only on panics whose
//! location or message contains `<text>` (other panics pass as handled), so that
//! `cargo fuzz tmin` keeps minimizing the finding it started from instead of drifting to
//! another bug. Aborts, OOMs and sanitizer errors are never filtered. Unset, it does nothing.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::OnceLock;

thread_local! {
    static LAST: RefCell<String> = const { RefCell::new(String::new()) };
}

fn only() -> Option<&'static str> {
    static ONLY: OnceLock<Option<String>> = OnceLock::new();
    ONLY.get_or_init(|| {
        let only = std::env::var("PKGURU_FUZZ_ONLY").ok().filter(|s| !s.is_empty());
        if only.is_some() {
            panic::set_hook(Box::new(|info| {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let at = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
                LAST.with(|l| *l.borrow_mut() = format!("{}: {msg}", at.unwrap_or_default()));
            }));
        }
        only
    })
    .as_deref()
}

/// Runs one input (see the module docs).
pub fn run(f: impl FnOnce()) {
    let Some(want) = only() else { return f() };
    if panic::catch_unwind(AssertUnwindSafe(f)).is_err() {
        let got = LAST.with(|l| l.borrow().clone());
        if got.contains(want) {
            eprintln!("panicked at {got}");
            std::process::abort();
        }
    }
}
