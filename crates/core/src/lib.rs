//! pkguru's pure core: instruments, scoring, predikat, golongan, credit rules, audit, and the
//! byte-level CSV scanning every reader shares (`scan`). No I/O, no clock, no environment, no
//! words: every rule is exact and table-driven, and errors and notes are data (enums with the
//! values they need) that the renderers word.
//!
//! Inside the crate, the rule modules may use `scan` and `lang` (the leaves); the leaves use
//! nothing of the crate.

pub mod assessment;
pub mod audit;
pub mod credit;
pub mod credit2023;
pub mod evaluasi;
pub mod exact;
pub mod golongan;
pub mod identity;
pub mod instrument;
pub mod lang;
pub mod overrides;
pub mod pak;
pub mod periode;
pub mod pkb;
pub mod predikat;
pub mod ranking;
pub mod riwayat;
pub mod scan;
pub mod scoring;
pub mod signers;
pub mod siklus;
pub mod skema;
pub mod tambahan;
pub mod teacher;
pub mod text;
pub mod tugas;
