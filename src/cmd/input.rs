//! Reading an input named on the command line: a file, or `-` for standard input.

use std::io::Read;
use std::path::Path;

use anyhow::{Result, anyhow};

use crate::i18n;

/// The label used for an input in messages (`-` is shown as `stdin`).
pub fn label(path: &Path) -> String {
    if path.as_os_str() == "-" { "stdin".to_string() } else { path.display().to_string() }
}

/// Reads a whole input into memory.
pub fn read_all(path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| anyhow!(i18n::err_read("stdin", &e.to_string())))?;
        return Ok(bytes);
    }
    if path.is_dir() {
        return Err(anyhow!(i18n::err_is_dir(&label(path))));
    }
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| anyhow!(i18n::err_read(&label(path), &io_reason(&e))))?;
    Ok(bytes)
}

/// A short, translated reason for common I/O errors.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => i18n::err_not_found().to_string(),
        std::io::ErrorKind::PermissionDenied => i18n::err_permission().to_string(),
        _ => e.to_string(),
    }
}
