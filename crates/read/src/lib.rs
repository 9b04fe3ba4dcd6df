//! pkguru's readers: score sheets (one-teacher CSV, wide CSV, database exports, JSON,
//! workbooks), tugas tambahan sheets, evaluasi diri forms, PKB lists and values tables, read
//! into typed values, and the one pipeline (`pipeline`) that reads any set of inputs in
//! parallel and hands each teacher, assessed, to the command's encoder in input order. Every
//! problem is data (`sheet::Problem`) that the renderers word.
//!
//! The core crate is re-exported as `core`, so paths read as the layers do.

pub use pkguru_core as core;
pub use pkguru_core::{lang, scan};

pub mod forms;
pub mod kind;
pub mod pipeline;
pub mod sheet;
pub mod synth;
