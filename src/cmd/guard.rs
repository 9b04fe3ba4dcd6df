//! What an output may replace. Every file pkguru writes passes [`check`] (from
//! `AtomicFile::create`), so no command can forget it: an input of the run and a ledger are
//! never replaced, not even with `--timpa`; another existing file only when it is one of
//! pkguru's own outputs of the same kind (last run's rekap, ranking, errors file, JSON
//! document, report or workbook), or with `--timpa`. Files are compared as the file system
//! sees them (device and inode), so a link or another spelling on a case-folding file system
//! is the same file.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::Result;

use crate::i18n;
use crate::kind::Own;
use crate::lang::Lang;

use super::UsageError;

/// What a file holds, as far as replacing it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Made {
    /// A rekap, a ranking or an errors file (CSV, JSON or XLSX).
    Own(Own),
    /// A pkguru JSON document, by its schema id.
    Json(String),
    /// A pkguru HTML report.
    Html,
    /// A pkguru PDF (report or form).
    Pdf,
    /// A pkguru workbook other than a rekap (ranking, riwayat, PKB).
    Workbook,
    /// A `riwayat` ledger (SQLite).
    Ledger,
    /// An empty file: replacing it loses nothing.
    Empty,
    /// Anything else: a score sheet, a template, a text result, someone's file.
    Other,
}

use crate::render::export::OUTPUT_MARK as MARK;

impl Made {
    /// What these bytes are.
    pub fn of(bytes: &[u8]) -> Made {
        let find = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        if bytes.starts_with(b"SQLite format 3\0") {
            return Made::Ledger;
        }
        if bytes.starts_with(b"%PDF") {
            return if find(MARK.as_bytes()) { Made::Pdf } else { Made::Other };
        }
        if bytes.starts_with(b"PK\x03\x04") {
            return workbook(std::io::Cursor::new(bytes));
        }
        let start = crate::scan::text::strip_bom(bytes).trim_ascii_start();
        if start.starts_with(b"<!DOCTYPE html") || start.starts_with(b"<html") {
            let head = &bytes[..bytes.len().min(4096)];
            let generator = b"<meta name=\"generator\" content=\"pkguru\">";
            return if head.windows(generator.len()).any(|w| w == generator) {
                Made::Html
            } else {
                Made::Other
            };
        }
        let json = start.starts_with(b"{") || start.starts_with(b"[");
        let opened = crate::sheet::Opened { bytes: bytes.into(), line_offset: 0, json };
        if let crate::kind::Kind::Own(own) = crate::kind::of(&opened) {
            return Made::Own(own);
        }
        if json && let Some(id) = schema_id(bytes) {
            return Made::Json(id);
        }
        Made::Other
    }

    /// What the file at `path` is (`None`: it does not exist or is not a regular file).
    /// Only its beginning is read (and a PDF's end, a workbook's directory and properties),
    /// so a rekap of millions of rows is recognised as quickly as a small one.
    fn of_file(path: &Path) -> Option<Made> {
        use std::io::{Read, Seek, SeekFrom};
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() {
            return None;
        }
        if meta.len() == 0 {
            return Some(Made::Empty);
        }
        let Ok(mut file) = std::fs::File::open(path) else { return Some(Made::Other) };
        let mut head = Vec::new();
        if (&mut file).take(HEAD_BYTES).read_to_end(&mut head).is_err() {
            return Some(Made::Other);
        }
        if head.starts_with(b"PK\x03\x04") {
            return Some(workbook(file));
        }
        if head.starts_with(b"%PDF") && meta.len() > HEAD_BYTES {
            // Typst writes the keywords near the end; a joined PDF also marks its start.
            let mut tail = Vec::new();
            let back =
                file.seek(SeekFrom::End(-(HEAD_BYTES as i64))).and_then(|_| file.read_to_end(&mut tail));
            if back.is_ok() {
                head.extend_from_slice(&tail);
            }
        }
        Some(Made::of(&head))
    }
}

/// How much of an existing file is read to tell what it is.
pub(super) const HEAD_BYTES: u64 = 1 << 20;

/// A pkguru JSON document's schema id (`"schema": "pkguru/…"` near its start).
fn schema_id(bytes: &[u8]) -> Option<String> {
    let head = std::str::from_utf8(&bytes[..bytes.len().min(512)]).ok()?;
    let at = head.find("\"schema\"")?;
    let rest = head[at + 8..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let id = &rest[..rest.find('"')?];
    id.starts_with("pkguru").then(|| id.to_string())
}

/// A workbook: pkguru's rekap or another pkguru workbook (their keywords carry [`MARK`], a
/// rekap's also `rekap`), or someone's. Only the zip's directory and properties are read.
fn workbook(file: impl std::io::Read + std::io::Seek) -> Made {
    let Ok(mut zip) = zip::ZipArchive::new(file) else { return Made::Other };
    let Ok(mut core) = zip.by_name("docProps/core.xml") else { return Made::Other };
    let mut xml = String::new();
    if std::io::Read::read_to_string(&mut std::io::Read::take(&mut core, 1 << 16), &mut xml).is_err() {
        return Made::Other;
    }
    let Some(keywords) = xml.split("<cp:keywords>").nth(1).and_then(|k| k.split('<').next()) else {
        return Made::Other;
    };
    let words: Vec<&str> = keywords.split_whitespace().collect();
    match (words.contains(&MARK), words.contains(&crate::render::export::REKAP_MARK)) {
        (true, true) => Made::Own(Own::Rekap),
        (true, false) => Made::Workbook,
        _ => Made::Other,
    }
}

/// Why a file may not be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An input of this run.
    Input,
    /// A ledger this run opened (`--db`, `--riwayat`).
    Ledger,
}

struct State {
    force: bool,
    protected: Vec<(PathBuf, Role)>,
}

static STATE: Mutex<State> = Mutex::new(State { force: false, protected: Vec::new() });

fn state() -> std::sync::MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// `--timpa`: existing files that are not pkguru's outputs of the same kind may be replaced.
pub fn set_force(force: bool) {
    state().force = force;
}

/// Marks files an output must never replace.
pub fn protect<'p>(paths: impl IntoIterator<Item = &'p Path>, role: Role) {
    let mut s = state();
    for p in paths {
        s.protected.push((p.to_path_buf(), role));
    }
}

/// Whether two paths name one file: the same device and inode, or the same canonical path.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// May `dest` be written with what `made` is? An error says which rule refused it.
pub fn check(lang: Lang, dest: &Path, made: &Made) -> Result<()> {
    let shown = dest.display().to_string();
    let (force, role) = {
        let s = state();
        let role = s.protected.iter().find(|(p, _)| p == dest || same_file(p, dest)).map(|(_, r)| *r);
        (s.force, role)
    };
    match role {
        Some(Role::Input) => return Err(UsageError(i18n::err_output_is_input(lang, &shown)).into()),
        Some(Role::Ledger) => return Err(UsageError(i18n::err_output_is_ledger(lang, &shown)).into()),
        None => {}
    }
    let Some(there) = Made::of_file(dest) else { return Ok(()) };
    if there == Made::Ledger {
        return Err(UsageError(i18n::err_output_is_ledger(lang, &shown)).into());
    }
    if force || there == Made::Empty || (there != Made::Other && there == *made) {
        return Ok(());
    }
    Err(UsageError(i18n::err_output_exists(lang, &shown)).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_bytes_are() {
        assert_eq!(Made::of(b"SQLite format 3\0rest"), Made::Ledger);
        assert_eq!(Made::of(b"%PDF-1.7 ... pkguru-keluaran ..."), Made::Pdf);
        assert_eq!(Made::of(b"%PDF-1.7 someone's"), Made::Other);
        let html =
            b"<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta name=\"generator\" content=\"pkguru\">";
        assert_eq!(Made::of(html), Made::Html);
        assert_eq!(Made::of(b"<!DOCTYPE html><html><head><title>x</title>"), Made::Other);
        assert_eq!(
            Made::of(b"{\n  \"schema\": \"pkguru/rank/1\",\n  \"x\": 1}"),
            Made::Json("pkguru/rank/1".into())
        );
        assert_eq!(Made::of(b"{\"schema\": \"other/1\"}"), Made::Other);
        assert_eq!(Made::of(b"sumber,baris,id,pesan\n"), Made::Own(Own::Errors));
        assert_eq!(Made::of(b"id,kompetensi,uraian,skor\nnama,Identitas,Nama,Siti\n"), Made::Other);
        assert_eq!(Made::of(b"PK\x03\x04broken"), Made::Other);
    }

    /// Large files are told by their beginning (a PDF also by its end): a district's rekap of
    /// 700 MB is replaced on the next run like a small one.
    #[test]
    fn large_files_by_their_ends() {
        let dir = tempfile::tempdir().unwrap();
        let rekap = dir.path().join("rekap.csv");
        let mut text = String::from(
            "sumber,baris,nama,nip,sekolah,jenis,golongan,k1,jumlah,jumlah_maks,nilai,predikat\n",
        );
        while text.len() < 3 << 20 {
            text.push_str("a.csv,2,Siti,198503152010012003,SD 1,kelas,III/c,3,39,56,69.64,Cukup\n");
        }
        std::fs::write(&rekap, &text).unwrap();
        assert_eq!(Made::of_file(&rekap), Some(Made::Own(Own::Rekap)));
        let pdf = dir.path().join("laporan.pdf");
        let mut bytes = b"%PDF-1.7\n".to_vec();
        bytes.resize(3 << 20, b' ');
        bytes.extend_from_slice(b"/Keywords (pkguru-keluaran)\n%%EOF\n");
        std::fs::write(&pdf, &bytes).unwrap();
        assert_eq!(Made::of_file(&pdf), Some(Made::Pdf));
        bytes.truncate(3 << 20);
        std::fs::write(&pdf, &bytes).unwrap();
        assert_eq!(Made::of_file(&pdf), Some(Made::Other));
    }

    #[test]
    fn schema_ids_near_the_start() {
        assert_eq!(schema_id(b"{\"schema\" : \"pkguru/check/1\"}").as_deref(), Some("pkguru/check/1"));
        assert_eq!(schema_id(b"{\"x\": 1}"), None);
        assert_eq!(schema_id(b"{\"schema\": 5}"), None);
    }
}
