//! pkguru: scores Indonesian teacher performance appraisals (PK Guru) and turns them into
//! angka kredit. The binary is a thin shell over `run`.

pub mod batch;
pub mod cli;
pub mod cmd;
pub mod core;
pub mod i18n;
pub mod output;
pub mod render;
pub mod sheet;
pub mod synth;

pub use cli::run;
