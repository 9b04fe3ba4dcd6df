//! pkguru: scores Indonesian teacher performance appraisals (PK Guru) and turns them into
//! angka kredit. The binary is a thin shell over `cli`; this crate holds the command line
//! and the commands, over the workspace's crates (re-exported under their layer names):
//!
//! ```text
//! pkguru (cli, cmd) → pkguru-render (i18n, render, batch) → pkguru-read (sheet) → pkguru-core
//!                                                         → pkguru-store ───────↗
//! ```

pub use pkguru_core as core;
pub use pkguru_core::{lang, scan};
pub use pkguru_read::pipeline;
pub use pkguru_read::{forms, kind, sheet, synth};
pub use pkguru_render::{i18n, render};
pub use pkguru_store as store;

pub mod cli;
pub mod cmd;
