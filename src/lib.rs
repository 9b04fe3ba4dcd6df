//! pkguru: scores Indonesian teacher performance appraisals (PK Guru) and turns them into
//! angka kredit. The binary is a thin shell over `cli`.
//!
//! The modules form layers; each may use only the layers below it (checked by
//! `tests/architecture.rs`):
//!
//! ```text
//! main → cli → cmd → batch → render → i18n → sheet → core → scan, lang
//!                                              synth ↗ (sheet, core)
//!                                 cmd → store (the ledger) → core
//! ```

pub mod batch;
pub mod cli;
pub mod cmd;
pub mod core;
pub mod i18n;
pub mod lang;
pub mod render;
pub mod scan;
pub mod sheet;
pub mod store;
pub mod synth;
