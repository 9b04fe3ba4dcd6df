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

mod stream;
pub use stream::{export, exported, write_with};

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
