//! Where results go: standard output, or a file written atomically (a temporary file in the
//! same directory, renamed into place only when complete), never over an input.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::i18n;

/// A file being written; it appears under its name only on `commit`. Dropped without
/// commit (an error, an interrupt unwinding), the temporary file is removed.
///
/// An existing output that is not a regular file (`/dev/null`, a FIFO, a terminal) is written
/// directly: renaming over it would replace the device with a file.
pub struct AtomicFile {
    dest: PathBuf,
    /// `None` when writing directly to a special file.
    tmp: Option<PathBuf>,
    file: Option<BufWriter<File>>,
}

/// Whether `path` exists and is something other than a regular file.
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

impl AtomicFile {
    /// Starts writing `dest` through a temporary sibling.
    pub fn create(dest: &Path) -> Result<AtomicFile> {
        if is_special(dest) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(dest)
                .with_context(|| i18n::err_create(&dest.display().to_string()))?;
            return Ok(AtomicFile {
                dest: dest.to_path_buf(),
                tmp: None,
                file: Some(BufWriter::with_capacity(1 << 16, file)),
            });
        }
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.pkguru-{}.tmp", std::process::id()));
        let file = File::create(&tmp).with_context(|| i18n::err_create(&tmp.display().to_string()))?;
        Ok(AtomicFile {
            dest: dest.to_path_buf(),
            tmp: Some(tmp),
            file: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// Finishes: flushes, syncs and renames into place.
    pub fn commit(mut self) -> Result<()> {
        let dest = self.dest.display().to_string();
        let Some(w) = self.file.take() else { return Ok(()) };
        let f = w.into_inner().map_err(|e| e.into_error()).with_context(|| i18n::err_write(&dest))?;
        if let Some(tmp) = &self.tmp {
            f.sync_all().with_context(|| i18n::err_write(&dest))?;
            std::fs::rename(tmp, &self.dest).with_context(|| i18n::err_write(&dest))?;
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.as_mut().map_or(Ok(0), |f| f.write(buf))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.file.as_mut().map_or(Ok(()), |f| f.write_all(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().map_or(Ok(()), |f| f.flush())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some()
            && let Some(tmp) = &self.tmp
        {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Whether an output path names standard output (`-` or not given).
pub fn is_stdout(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p.as_os_str() == "-")
}

/// Writes a complete result to `path` atomically, or to standard output.
pub fn write_all(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        Some(p) if !is_stdout(Some(p)) => {
            let mut f = AtomicFile::create(p)?;
            f.write_all(bytes).with_context(|| i18n::err_write(&p.display().to_string()))?;
            f.commit()
        }
        _ => {
            let mut out = io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// Whether two paths name the same file (an output must never replace an input).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_files_are_written_not_replaced() {
        let mut f = AtomicFile::create(Path::new("/dev/null")).unwrap();
        f.write_all(b"x").unwrap();
        f.commit().unwrap();
        let m = std::fs::metadata("/dev/null").unwrap();
        assert!(!m.is_file(), "/dev/null is still a device");
    }

    #[test]
    fn dropped_without_commit_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("r.csv");
        let mut f = AtomicFile::create(&dest).unwrap();
        f.write_all(b"partial").unwrap();
        drop(f);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
