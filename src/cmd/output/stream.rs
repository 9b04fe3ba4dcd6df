//! Results written as they are made: a document goes to standard output, or to a file
//! written atomically that is started once its first MiB tells what it holds (as an existing
//! file is told), so no command holds a document of a million rows whole.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result, anyhow};

use crate::i18n;
use crate::lang::Lang;

use super::super::guard::{self, Made};
use super::{AtomicFile, check_stdout, is_stdout};

/// Writes a result to `path` atomically, or to standard output, as `write` makes it: it is
/// never held whole. What the file will hold (for replacing it on a later run) is `made`, or,
/// when `None`, told from its first MiB as it would be from the file on disk, and only then is
/// the file started (its temporary, after [`guard::check`]). Nothing is left behind when
/// `write` fails.
pub fn write_with(
    lang: Lang,
    path: Option<&Path>,
    made: Option<Made>,
    write: impl FnOnce(&mut (dyn Write + Send)) -> Result<()>,
) -> Result<()> {
    let Some(dest) = path.filter(|p| !is_stdout(Some(p))) else {
        check_stdout(lang)?;
        let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
        write(&mut out)?;
        return Ok(out.flush()?);
    };
    let mut pending =
        Pending { lang, dest, made, head: Vec::new(), file: None, refused: None, failed: false };
    if pending.made.is_some() && pending.open().is_err() {
        // What it is is known: refused before the work, not after.
        return Err(pending
            .refused
            .take()
            .unwrap_or_else(|| anyhow!(i18n::err_create(lang, &dest.display().to_string()))));
    }
    let finished = match write(&mut pending) {
        // All of it fitted in the first MiB: the file starts now.
        Ok(()) if pending.file.is_none() => pending.open().map_err(anyhow::Error::from),
        other => other,
    };
    if let Some(refused) = pending.refused.take() {
        return Err(refused);
    }
    if pending.failed {
        return finished.with_context(|| i18n::err_write(lang, &dest.display().to_string()));
    }
    finished?;
    pending.file.take().map_or(Ok(()), AtomicFile::commit)
}

/// An output file not started yet: its first bytes are kept until they tell what it is.
struct Pending<'p> {
    lang: Lang,
    dest: &'p Path,
    made: Option<Made>,
    head: Vec<u8>,
    file: Option<AtomicFile>,
    /// Why the file could not be started (the guard's refusal, or creating it).
    refused: Option<anyhow::Error>,
    /// A write to the file failed (a full disk).
    failed: bool,
}

impl Pending<'_> {
    /// Starts the file and writes what was kept.
    fn open(&mut self) -> io::Result<()> {
        let made = self.made.take().unwrap_or_else(|| Made::of(&self.head));
        match AtomicFile::create(self.lang, self.dest, &made) {
            Ok(f) => {
                self.file = Some(f);
                let head = std::mem::take(&mut self.head);
                self.pass_on(&head)
            }
            Err(e) => {
                self.refused = Some(e);
                Err(io::Error::other("output refused"))
            }
        }
    }

    fn pass_on(&mut self, buf: &[u8]) -> io::Result<()> {
        let Some(f) = self.file.as_mut() else { return Ok(()) };
        let done = f.write_all(buf).and_then(|()| f.start_writeback());
        self.failed |= done.is_err();
        done
    }
}

impl Write for Pending<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        if self.refused.is_some() {
            return Err(io::Error::other("output refused"));
        }
        if self.file.is_some() {
            return self.pass_on(buf);
        }
        self.head.extend_from_slice(buf);
        if self.head.len() as u64 >= guard::HEAD_BYTES {
            self.open()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().map_or(Ok(()), Write::flush)
    }
}

/// Writes `doc` in `format` to `path` (atomically) or standard output, as it is made: the
/// one way a command writes a document.
pub fn export<D: crate::render::export::Document>(
    lang: Lang,
    path: Option<&Path>,
    format: crate::render::export::Format,
    dialect: crate::render::csv::CsvDialect,
    doc: &D,
) -> Result<()> {
    // Every workbook the exporters write is marked as pkguru's (not a rekap).
    let made = (format == crate::render::export::Format::Xlsx).then_some(Made::Workbook);
    write_with(lang, path, made, |out| {
        crate::render::export::write(format, lang, dialect, doc, out).map_err(|e| exported(lang, e))
    })
}

/// An export's error for the command: a failed write stays an I/O error (a closed pipe is
/// then no error at all, a full disk says so); a worksheet too long for Excel says what to do.
pub fn exported(lang: Lang, e: crate::render::export::ExportError) -> anyhow::Error {
    use crate::render::export::ExportError;
    match e {
        ExportError::Io(io) => io.into(),
        ExportError::TooManyRows(max) => anyhow!(i18n::err_xlsx_rows(lang, max)),
        other => other.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::UsageError;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// A result written as it is made lands whole however long it is; one that fails half
    /// way, after its first MiB reached the temporary file, leaves nothing.
    #[test]
    fn a_streamed_result_lands_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let big: Vec<u8> = (0..300_000).flat_map(|i| format!("baris {i}\n").into_bytes()).collect();
        assert!(big.len() as u64 > 2 * guard::HEAD_BYTES);
        let dest = dir.path().join("hasil.txt");
        write_with(Lang::Id, Some(&dest), None, |out| {
            for piece in big.chunks(1000) {
                out.write_all(piece)?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), big);
        let small = dir.path().join("kecil.txt");
        write_with(Lang::Id, Some(&small), None, |out| Ok(out.write_all(b"satu baris\n")?)).unwrap();
        assert_eq!(std::fs::read(&small).unwrap(), b"satu baris\n");
        let failed = dir.path().join("gagal.txt");
        let e = write_with(Lang::Id, Some(&failed), None, |out| {
            out.write_all(&big)?;
            anyhow::bail!("berhenti di tengah")
        })
        .unwrap_err();
        assert_eq!(e.to_string(), "berhenti di tengah");
        assert_eq!(names(dir.path()), ["hasil.txt", "kecil.txt"]);
    }

    /// Someone else's file is not replaced, whether the refusal comes before the work (the
    /// kind is known: a workbook) or once the first MiB tells what the result is.
    #[test]
    fn a_streamed_result_does_not_replace_someones_file() {
        let dir = tempfile::tempdir().unwrap();
        let theirs = dir.path().join("catatan.txt");
        std::fs::write(&theirs, "catatan seseorang\n").unwrap();
        for size in [10, 3 << 20] {
            let e = write_with(Lang::Id, Some(&theirs), None, |out| Ok(out.write_all(&vec![b'x'; size])?))
                .unwrap_err();
            assert!(e.downcast_ref::<UsageError>().is_some(), "{e:#}");
        }
        let mut called = false;
        let e = write_with(Lang::Id, Some(&theirs), Some(Made::Workbook), |_| {
            called = true;
            Ok(())
        })
        .unwrap_err();
        assert!(e.downcast_ref::<UsageError>().is_some() && !called, "refused before the work");
        assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "catatan seseorang\n");
        assert_eq!(names(dir.path()), ["catatan.txt"]);
    }
}
