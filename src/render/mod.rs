//! Output formats, one file each: human tables, JSON for scripts, CSV rekap rows, and the
//! written-out credit working.

pub mod csv_out;
pub mod json;
pub mod table;
pub mod working;
pub mod xlsx;
