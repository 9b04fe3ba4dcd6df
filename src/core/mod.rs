//! The pure core: instruments, scoring, predikat, golongan, credit rules. No I/O, no clock,
//! no environment; every rule is exact and table-driven.

pub mod credit;
pub mod credit2023;
pub mod exact;
pub mod golongan;
pub mod instrument;
pub mod predikat;
pub mod report;
pub mod scoring;
pub mod teacher;
pub mod tugas;
