//! The `pkguru` binary: parse arguments, run, map errors to exit codes
//! (0 ok or help, 1 data or runtime error, 2 usage, 130 interrupted).

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = pkguru::cli::early_lang(&args);
    let cli = match pkguru::cli::parse(&args, lang) {
        Ok(cli) => cli,
        Err(e) => return pkguru::cli::parse_failed(&e, &args, lang),
    };
    if matches!(cli.command, pkguru::cli::Command::Report(_)) {
        TYPESETTING.store(true, Ordering::Relaxed);
    }
    let lang = cli.language();
    pkguru::cli::run(cli).unwrap_or_else(|e| pkguru::cli::fail(&e, lang))
}

/// Set once, before `report` runs, never unset: from then on new memory comes from mimalloc.
static TYPESETTING: AtomicBool = AtomicBool::new(false);

/// The system allocator, or mimalloc while a report is typeset. Typesetting allocates and
/// frees many small layout values, which mimalloc serves about a fifth faster; the streaming
/// commands allocate little, and with mimalloc `batch` was slower and took 30 MB more
/// (BENCHMARKS.md). Memory is freed by whichever allocator gave it: mimalloc knows its own
/// addresses (`mi_is_in_heap_region`, a page-map lookup), so a block allocated before the
/// switch goes back to the system allocator.
struct Allocator;

// SAFETY: each block is freed or resized by the allocator that gave it, as said above; both
// allocators are thread-safe.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        unsafe {
            if TYPESETTING.load(Ordering::Relaxed) {
                mimalloc::MiMalloc.alloc(layout)
            } else {
                System.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        unsafe {
            if TYPESETTING.load(Ordering::Relaxed) {
                mimalloc::MiMalloc.alloc_zeroed(layout)
            } else {
                System.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from the allocator that owns it (see the type's doc).
        unsafe {
            if owned_by_mimalloc(ptr) {
                mimalloc::MiMalloc.dealloc(ptr, layout)
            } else {
                System.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` is resized by the allocator that owns it; a block of the system
        // allocator stays there (the switch only moves new blocks).
        unsafe {
            if owned_by_mimalloc(ptr) {
                mimalloc::MiMalloc.realloc(ptr, layout, new_size)
            } else {
                System.realloc(ptr, layout, new_size)
            }
        }
    }
}

fn owned_by_mimalloc(ptr: *mut u8) -> bool {
    // SAFETY: a lookup in mimalloc's page map; any address may be asked.
    TYPESETTING.load(Ordering::Relaxed) && unsafe { libmimalloc_sys::mi_is_in_heap_region(ptr.cast()) }
}

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;
