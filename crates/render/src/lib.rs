//! pkguru's words and outputs: every user-facing text in Bahasa Indonesia and English
//! (`i18n`), every output format (`render`), and the ordered parallel engine that scores
//! many inputs into a rekap (`batch`).
//!
//! The crates below are re-exported under their layer names (`core`, `sheet`, `store`).

pub use pkguru_core as core;
pub use pkguru_core::{lang, scan};
pub use pkguru_read::{sheet, synth};
pub use pkguru_store as store;

pub mod batch;
pub mod i18n;
pub mod render;
