//! Output formats, one file each: the human table of one result, JSON for scripts, CSV
//! dialects and the row writer, the rekap in every format (`rekap/`), templates (text and
//! XLSX), and the written-out credit working.
//!
//! May use: `core`, `sheet`, `i18n`, `scan`, `lang`.

pub mod blocks;
pub mod csv;
pub mod dokumen;
pub mod ekspor;
pub mod export;
pub mod forms;
pub mod json;
pub mod pkb;
pub mod rank;
pub mod rekap;
pub mod report;
pub mod riwayat;
pub mod table;
pub mod tambahan;
pub mod template;
pub mod working;
pub mod xlsx;
