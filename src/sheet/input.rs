//! Reading an input named on the command line: a file, or `-` for standard input.

use std::io::Read;
use std::path::Path;

use super::problem::{IoReason, Problem, ProblemKind};

/// The label used for an input in messages (`-` is shown as `stdin`).
pub fn label(path: &Path) -> String {
    if path.as_os_str() == "-" { "stdin".to_string() } else { path.display().to_string() }
}

/// Reads a whole input into memory.
pub fn read_all(path: &Path) -> Result<Vec<u8>, Problem> {
    let mut bytes = Vec::new();
    let fail = |file: String, reason| Problem::file(ProblemKind::Read { file, reason });
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| fail("stdin".into(), IoReason::Other(e.to_string())))?;
        return Ok(bytes);
    }
    if path.is_dir() {
        return Err(Problem::file(ProblemKind::IsDir { file: label(path) }));
    }
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| fail(label(path), IoReason::of(&e)))?;
    Ok(bytes)
}
