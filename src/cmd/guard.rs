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
            return workbook(bytes);
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
    fn of_file(path: &Path) -> Option<Made> {
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() {
            return None;
        }
        if meta.len() == 0 {
            return Some(Made::Empty);
        }
        // pkguru's outputs are recognised by their beginning, or for workbooks and PDFs as a
        // whole; a file too large to hold is never one pkguru would replace unasked.
        if meta.len() > 256 << 20 {
            return Some(Made::Other);
        }
        Some(std::fs::read(path).map_or(Made::Other, |b| Made::of(&b)))
    }
}

/// A pkguru JSON document's schema id (`"schema": "pkguru/…"` near its start).
fn schema_id(bytes: &[u8]) -> Option<String> {
    let head = std::str::from_utf8(&bytes[..bytes.len().min(512)]).ok()?;
    let at = head.find("\"schema\"")?;
    let rest = head[at + 8..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let id = &rest[..rest.find('"')?];
    id.starts_with("pkguru").then(|| id.to_string())
}

/// A workbook: a rekap, another pkguru workbook (its keywords carry [`MARK`]), or another.
fn workbook(bytes: &[u8]) -> Made {
    if let Err(p) = crate::sheet::workbook::score_sheets(bytes, None)
        && p.kind == crate::sheet::ProblemKind::OwnRekap
    {
        return Made::Own(Own::Rekap);
    }
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else { return Made::Other };
    let Ok(mut core) = zip.by_name("docProps/core.xml") else { return Made::Other };
    let mut xml = String::new();
    if std::io::Read::read_to_string(&mut std::io::Read::take(&mut core, 1 << 16), &mut xml).is_err() {
        return Made::Other;
    }
    if xml.contains(MARK) { Made::Workbook } else { Made::Other }
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

    #[test]
    fn schema_ids_near_the_start() {
        assert_eq!(schema_id(b"{\"schema\" : \"pkguru/check/1\"}").as_deref(), Some("pkguru/check/1"));
        assert_eq!(schema_id(b"{\"x\": 1}"), None);
        assert_eq!(schema_id(b"{\"schema\": 5}"), None);
    }
}
