//! The pure core: instruments, scoring, predikat, golongan, credit rules, audit. No I/O, no
//! clock, no environment, no words: every rule is exact and table-driven, and errors and
//! notes are data (enums with the values they need) that `i18n` renders.
//!
//! May use: `scan` (the instrument file's CSV reader) and nothing else of the crate.

pub mod assessment;
pub mod audit;
pub mod credit;
pub mod credit2023;
pub mod evaluasi;
pub mod exact;
pub mod golongan;
pub mod identity;
pub mod instrument;
pub mod pkb;
pub mod predikat;
pub mod ranking;
pub mod scoring;
pub mod tambahan;
pub mod teacher;
pub mod text;
pub mod tugas;
