//! pkguru's words and outputs: every user-facing text in Bahasa Indonesia and English
//! (`i18n`), and every output format (`render`), including the encoders that turn the
//! pipeline's assessed teachers into rekap rows on its worker threads.
//!
//! The crates below are re-exported under their layer names (`core`, `sheet`, `pipeline`,
//! `store`).

pub use pkguru_core as core;
pub use pkguru_core::{lang, scan};
pub use pkguru_read::{forms, kind, pipeline, sheet, synth};
pub use pkguru_store as store;

pub mod i18n;
pub mod render;
