//! Byte-level CSV scanning, shared by every reader (leaf: imports nothing of the crate).
//!
//! `text` decides whether bytes are a text sheet at all (encodings, BOM, binary files, line
//! lengths), sniffs the delimiter, counts lines and builds the one csv-crate reader
//! configuration in use. `split` cuts a byte stream at record boundaries and splits
//! quote-free lines into fields eight bytes at a time, for the batch hot path. `legacy`
//! recognises and decodes Windows-1252 files.

pub mod legacy;
pub mod split;
pub mod text;

pub use text::{Cells, DecodeError, LineTracker, MAX_RECORD_BYTES};
