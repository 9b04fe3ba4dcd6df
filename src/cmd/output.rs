//! Where results go: standard output, or a file written atomically (a temporary file in the
//! same directory, renamed into place only when complete), never over an input; and the
//! rekap writer thread, so a run never waits for the disk while it scores.

use crate::lang::Lang;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;

use anyhow::{Context, Result, anyhow};

use crate::i18n;
use crate::pipeline::inputs::Input;
use crate::render::rekap::{RekapWriter, Rows};

use super::UsageError;
use super::guard::{self, Made};

/// Bytes written between two writeback starts of a rekap file.
const WRITEBACK_BYTES: u64 = 16 << 20;

/// A file being written; it appears under its name only on `commit`. Dropped without
/// commit (an error, an interrupt unwinding), the temporary file is removed.
///
/// An existing output that is not a regular file (`/dev/null`, a FIFO, a terminal) is written
/// directly: renaming over it would replace the device with a file.
pub struct AtomicFile {
    /// The language of the messages about it.
    lang: Lang,
    dest: PathBuf,
    /// `None` when writing directly to a special file.
    tmp: Option<PathBuf>,
    file: Option<BufWriter<File>>,
    /// Bytes written, and how far writeback to disk has been started.
    written: u64,
    writeback_from: u64,
    /// Renamed into place: nothing to clean up.
    committed: bool,
}

/// Whether `path` exists and is something other than a regular file.
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

impl AtomicFile {
    /// Starts writing `dest`, which will hold what `made` says, through a temporary sibling
    /// (after [`guard::check`] allowed replacing what is there).
    pub fn create(lang: Lang, dest: &Path, made: &Made) -> Result<AtomicFile> {
        if dest.is_dir() {
            return Err(UsageError(i18n::err_output_is_dir(lang, &dest.display().to_string())).into());
        }
        guard::check(lang, dest, made)?;
        if is_special(dest) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(dest)
                .with_context(|| i18n::err_create(lang, &dest.display().to_string()))?;
            return Ok(AtomicFile {
                lang,
                dest: dest.to_path_buf(),
                tmp: None,
                file: Some(BufWriter::with_capacity(1 << 16, file)),
                written: 0,
                writeback_from: 0,
                committed: false,
            });
        }
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let (tmp, file) =
            temporary(&dir, dest).with_context(|| i18n::err_create(lang, &dest.display().to_string()))?;
        // A replaced file keeps its permissions (a rekap shared read-only stays so).
        if let Ok(meta) = std::fs::metadata(dest) {
            let _ = file.set_permissions(meta.permissions());
        }
        Ok(AtomicFile {
            lang,
            dest: dest.to_path_buf(),
            tmp: Some(tmp),
            file: Some(BufWriter::with_capacity(1 << 16, file)),
            written: 0,
            writeback_from: 0,
            committed: false,
        })
    }

    /// Starts writing the data written so far to disk, without waiting for it, once enough
    /// has accumulated: the final sync in `commit` then has little left to wait for.
    pub fn start_writeback(&mut self) -> io::Result<()> {
        if self.tmp.is_none() || self.written - self.writeback_from < WRITEBACK_BYTES {
            return Ok(());
        }
        if let Some(w) = self.file.as_mut() {
            w.flush()?;
            writeback(w.get_ref(), self.writeback_from, self.written - self.writeback_from);
        }
        self.writeback_from = self.written;
        Ok(())
    }

    /// Finishes: flushes, syncs and renames into place.
    pub fn commit(mut self) -> Result<()> {
        let lang = self.lang;
        let dest = self.dest.display().to_string();
        let Some(w) = self.file.take() else { return Ok(()) };
        let f = w.into_inner().map_err(|e| e.into_error()).with_context(|| i18n::err_write(lang, &dest))?;
        if let Some(tmp) = &self.tmp {
            f.sync_all().with_context(|| i18n::err_write(lang, &dest))?;
            std::fs::rename(tmp, &self.dest).with_context(|| i18n::err_write(lang, &dest))?;
        }
        self.committed = true;
        Ok(())
    }
}

/// Creates a new temporary file beside `dest` under a name nobody can foresee, and never an
/// existing one (`O_EXCL`): a link planted under the name cannot redirect the write.
fn temporary(dir: &Path, dest: &Path) -> io::Result<(PathBuf, File)> {
    use std::hash::{BuildHasher, Hasher};
    let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let name: String = name.chars().take(100).collect();
    let mut last = io::Error::other("no temporary name");
    for attempt in 0..16u64 {
        // Randomly keyed by the standard library at each start: unpredictable enough here.
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(attempt);
        h.write_u32(std::process::id());
        let tmp = dir.join(format!(".{name}.pkguru-{:016x}.tmp", h.finish()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Asks the kernel to start writing a range of the file to disk (Linux `sync_file_range`);
/// a hint only, so failures are ignored.
#[cfg(target_os = "linux")]
fn writeback(file: &File, offset: u64, len: u64) {
    use std::os::fd::AsRawFd;
    // SAFETY: a plain system call on a file descriptor we own for the duration of the call;
    // no memory is passed.
    unsafe {
        libc::sync_file_range(file.as_raw_fd(), offset as i64, len as i64, libc::SYNC_FILE_RANGE_WRITE);
    }
}

#[cfg(not(target_os = "linux"))]
fn writeback(_file: &File, _offset: u64, _len: u64) {}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.as_mut().map_or(Ok(0), |f| f.write(buf))?;
        self.written += n as u64;
        Ok(n)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.file.as_mut().map_or(Ok(()), |f| f.write_all(buf))?;
        self.written += buf.len() as u64;
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().map_or(Ok(()), |f| f.flush())
    }
}

impl Drop for AtomicFile {
    /// Anything short of a completed commit (an error, an interrupt, a failed rename) removes
    /// the temporary file.
    fn drop(&mut self) {
        drop(self.file.take());
        if !self.committed
            && let Some(tmp) = &self.tmp
        {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Fails when standard output was closed (`>&-`), where the result would be lost with exit
/// status 0. A program started with a closed standard output gets `/dev/null` opened for
/// reading and writing in its place by Rust's runtime, which a shell never does for
/// `>/dev/null` (write-only): that is how the closed output is recognised.
pub fn check_stdout(lang: Lang) -> Result<()> {
    #[cfg(target_os = "linux")]
    {
        let reopened = std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == Path::new("/dev/null"))
            // SAFETY: `fcntl(F_GETFL)` only queries the descriptor's flags; no memory is passed.
            && unsafe { libc::fcntl(1, libc::F_GETFL) } & libc::O_ACCMODE == libc::O_RDWR;
        // SAFETY: as above, for `F_GETFD`.
        let closed = unsafe { libc::fcntl(1, libc::F_GETFD) } == -1;
        if reopened || closed {
            return Err(anyhow!(i18n::err_stdout_closed(lang)));
        }
    }
    Ok(())
}

/// Where a rekap goes.
pub enum Target {
    Stdout(io::Stdout),
    File(AtomicFile),
}

impl Target {
    /// Standard output, or the file at `path` (written atomically) that will hold `made`.
    pub fn open(lang: Lang, path: Option<&Path>, made: &Made) -> Result<Target> {
        Ok(match path {
            Some(p) if !is_stdout(Some(p)) => Target::File(AtomicFile::create(lang, p, made)?),
            _ => {
                check_stdout(lang)?;
                Target::Stdout(io::stdout())
            }
        })
    }

    /// Finishes: commits the file, or flushes standard output.
    pub fn commit(self) -> Result<()> {
        match self {
            Target::File(f) => f.commit(),
            Target::Stdout(mut s) => Ok(s.flush()?),
        }
    }
}

impl Write for Target {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Target::Stdout(s) => s.write(buf),
            Target::File(f) => f.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Target::Stdout(s) => s.lock().write_all(buf),
            Target::File(f) => {
                f.write_all(buf)?;
                f.start_writeback()
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Target::Stdout(s) => s.flush(),
            Target::File(f) => f.flush(),
        }
    }
}

enum Msg {
    Chunk(Rows),
    End { per_predikat: [u64; 5], failed: u64 },
}

/// The rekap writer thread: frames encoded chunks (header, brackets, workbook) and writes
/// them to the target in the order sent, while the run goes on scoring. Used buffers come
/// back for reuse; at most a few chunks wait, so a slow disk slows the run instead of
/// filling memory.
pub struct Background {
    tx: Option<mpsc::SyncSender<Msg>>,
    spare: mpsc::Receiver<Rows>,
    handle: Option<JoinHandle<Result<()>>>,
}

impl Background {
    /// Starts the thread; it writes the rekap's beginning first.
    pub fn spawn(mut target: Target, mut rekap: Box<dyn RekapWriter + Send>) -> Background {
        let (tx, rx) = mpsc::sync_channel::<Msg>(2);
        let (spare_tx, spare) = mpsc::channel();
        let handle = std::thread::spawn(move || -> Result<()> {
            rekap.begin(&mut target)?;
            for msg in rx {
                match msg {
                    Msg::Chunk(rows) => {
                        rekap.chunk(&mut target, &rows)?;
                        let _ = spare_tx.send(rows);
                    }
                    Msg::End { per_predikat, failed } => {
                        rekap.end(&mut target, &per_predikat, failed)?;
                        return target.commit();
                    }
                }
            }
            // The run stopped without finishing: the target is dropped, its temporary removed.
            Ok(())
        });
        Background { tx: Some(tx), spare, handle: Some(handle) }
    }

    /// Queues a chunk; returns a used one for reuse when one has come back.
    pub fn send(&mut self, rows: Rows) -> Result<Option<Rows>> {
        let sent = self.tx.as_ref().is_some_and(|tx| tx.send(Msg::Chunk(rows)).is_ok());
        if !sent {
            // The thread stopped on an error: report it.
            return Err(self.join().err().unwrap_or_else(|| anyhow!("rekap writer stopped")));
        }
        Ok(self.spare.try_recv().ok())
    }

    /// Writes the end of the rekap, commits the target and waits for the thread.
    pub fn finish(mut self, per_predikat: [u64; 5], failed: u64) -> Result<()> {
        if let Some(tx) = self.tx.take() {
            // A failed send means the thread already stopped; `join` says why.
            let _ = tx.send(Msg::End { per_predikat, failed });
        }
        self.join()
    }

    fn join(&mut self) -> Result<()> {
        self.tx = None;
        match self.handle.take() {
            Some(h) => h.join().map_err(|_| anyhow!("rekap writer stopped"))?,
            None => Ok(()),
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        // Closing the channel without `End` makes the thread drop the target (no partial file).
        let _ = self.join();
    }
}

/// Whether an output path names standard output (`-` or not given).
pub fn is_stdout(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p.as_os_str() == "-")
}

/// Writes a complete result to `path` atomically, or to standard output.
pub fn write_all(lang: Lang, path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        Some(p) if !is_stdout(Some(p)) => {
            let mut f = AtomicFile::create(lang, p, &Made::of(bytes))?;
            f.write_all(bytes).with_context(|| i18n::err_write(lang, &p.display().to_string()))?;
            f.commit()
        }
        _ => {
            check_stdout(lang)?;
            let mut out = io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}

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

pub use super::guard::same_file;

/// Refuses an output that is also an input (it would be destroyed), and protects the inputs
/// from every file the run writes later.
pub fn refuse_overwrite(lang: Lang, inputs: &[Input], outputs: &[Option<&Path>]) -> Result<()> {
    guard::protect(inputs.iter().filter_map(|i| i.path.as_deref()), guard::Role::Input);
    for out in outputs.iter().flatten() {
        if is_stdout(Some(out)) {
            continue;
        }
        for i in inputs {
            if let Some(p) = &i.path
                && (p.as_path() == *out || same_file(p, out))
            {
                return Err(UsageError(i18n::err_output_is_input(lang, &out.display().to_string())).into());
            }
        }
    }
    Ok(())
}

/// Drops from what directory walks found the output files of an earlier run (a rekap or
/// errors file pkguru wrote into the folder being scored). Any other file named as output
/// stays an input, and is then refused: an input is never overwritten.
pub fn without_outputs(mut inputs: Vec<Input>, outputs: &[Option<&Path>]) -> Vec<Input> {
    inputs.retain(|i| {
        let Some(p) = i.path.as_deref().filter(|_| i.walked) else { return true };
        let is_output = outputs.iter().flatten().any(|out| p == *out || same_file(p, out));
        !(is_output && crate::kind::own_output(p).is_some())
    });
    inputs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_files_are_written_not_replaced() {
        let mut f = AtomicFile::create(Lang::Id, Path::new("/dev/null"), &Made::Other).unwrap();
        f.write_all(b"x").unwrap();
        f.commit().unwrap();
        let m = std::fs::metadata("/dev/null").unwrap();
        assert!(!m.is_file(), "/dev/null is still a device");
    }

    #[test]
    fn a_directory_is_refused_before_anything_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let e = AtomicFile::create(Lang::Id, dir.path(), &Made::Other).err().unwrap();
        assert!(e.downcast_ref::<UsageError>().is_some());
        let name = dir.path().file_name().unwrap().to_string_lossy().into_owned();
        let tmp = dir.path().with_file_name(format!(".{name}.pkguru-{}.tmp", std::process::id()));
        assert!(!tmp.exists(), "no temporary beside the directory");
    }

    #[test]
    fn a_failed_rename_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("r.csv");
        let mut f = AtomicFile::create(Lang::Id, &dest, &Made::Other).unwrap();
        f.write_all(b"complete").unwrap();
        // The destination becomes a non-empty directory: the rename must fail.
        std::fs::create_dir(&dest).unwrap();
        std::fs::write(dest.join("x"), "x").unwrap();
        assert!(f.commit().is_err());
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["r.csv"], "only the directory is left");
    }

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

    #[test]
    fn dropped_without_commit_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("r.csv");
        let mut f = AtomicFile::create(Lang::Id, &dest, &Made::Other).unwrap();
        f.write_all(b"partial").unwrap();
        drop(f);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
