//! The subcommands, one file each: `Args`, `run`, and help with examples.

pub mod batch;
pub mod check;
pub mod credit;
pub mod identity;
pub mod input;
pub mod score;
pub mod template;
