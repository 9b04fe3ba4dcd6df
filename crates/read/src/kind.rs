//! What an input is: the one place that tells a PK Guru score sheet from a tugas tambahan
//! sheet, a standalone form (evaluasi diri), a PKB list, a table of competency values, or
//! something pkguru wrote itself (a rekap, a ranking, an errors file). Every command asks
//! here, for a text file and for each worksheet of a workbook, so they all agree on what
//! they were given. The detectors stay with their readers; this decides in which order they
//! are asked.

use std::path::Path;

use crate::forms::FormKind;
use crate::scan::text::strip_bom;
pub use crate::sheet::detect::Own;
use crate::sheet::header::{self, HeaderKind};
use crate::sheet::{Opened, detect, input, tambahan, values, workbook};

/// What an input, or one worksheet of a workbook, holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// PK Guru scores: one teacher, the wide layout, a database export, or JSON. Also
    /// whatever no other kind claims (its reader says what is wrong with it).
    Scores,
    /// A tugas tambahan instrument sheet (kepala sekolah, wakil kepala, …).
    Tambahan,
    /// A standalone form with its own scoring.
    Form(FormKind),
    /// A teacher's PKB activities.
    PkbList,
    /// A table of competency values per teacher (`nip`, `nama`, `k1`, …) that is not one of
    /// pkguru's own outputs: what `rank` reads besides score sheets.
    Values,
    /// Something pkguru wrote.
    Own(Own),
}

/// The first columns of `rank`'s CSV ranking.
const RANKING_START: &[u8] = b"jenis,skala,peringkat,seri,nip";

/// What an opened text holds: a text file, or a worksheet converted to CSV.
pub fn of(opened: &Opened<'_>) -> Kind {
    let bytes = strip_bom(&opened.bytes);
    let start = bytes.trim_ascii_start();
    if detect::is_own_rekap(bytes) {
        return Kind::Own(Own::Rekap);
    }
    if !opened.json {
        if start.starts_with(b"sumber,baris,id,pesan") || start.starts_with(b"sumber;baris;id;pesan") {
            return Kind::Own(Own::Errors);
        }
        if start.starts_with(RANKING_START) {
            return Kind::Own(Own::Ranking);
        }
    }
    if let Some(form) = FormKind::ALL.iter().find(|f| f.recognises(opened)) {
        return Kind::Form(*form);
    }
    if tambahan::is_sheet(opened) {
        return Kind::Tambahan;
    }
    if opened.json {
        return Kind::Scores;
    }
    if is_pkb_list(bytes) {
        return Kind::PkbList;
    }
    // A wide sheet's header has indicator columns (1.1, …), which a values table has not.
    if !matches!(header::peek(bytes), Some(HeaderKind::Wide)) && values::is_values_table(bytes) {
        return Kind::Values;
    }
    Kind::Scores
}

/// The lines a title and notes take above a sheet's header (a CSV saved from pkguru's XLSX
/// template, or a school's own titled sheet): the header's byte offset and the lines before
/// it, when the first line is no header of any kind and one of the next 30 is. The workbook
/// reader looks for its header row the same way.
pub fn title_rows(bytes: &[u8]) -> Option<(usize, u64)> {
    const SEARCH_LINES: u64 = 30;
    let body = strip_bom(bytes);
    let bom = bytes.len() - body.len();
    if is_header(body) {
        return None;
    }
    let (mut quoted, mut line) = (false, 0u64);
    for (i, &b) in body.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            // Every line counts for the line numbers; a record starts only outside quotes.
            b'\n' if quoted => line += 1,
            b'\n' => {
                line += 1;
                if line > SEARCH_LINES {
                    return None;
                }
                let rest = &body[i + 1..];
                if memchr::memchr(b'\n', rest).is_some() && is_header(rest) {
                    return Some((bom + i + 1, line));
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the first line of `bytes` is a header: of pkguru's own outputs, a form, a tugas
/// tambahan sheet, a PKB list, a values table, or a score sheet (a wide one with at least two
/// indicator columns, as in the workbook reader).
fn is_header(bytes: &[u8]) -> bool {
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    if first.trim_ascii().is_empty() {
        return false;
    }
    let opened = Opened { bytes: std::borrow::Cow::Borrowed(bytes), line_offset: 0, json: false };
    if of(&opened) != Kind::Scores {
        return true;
    }
    match header::peek(bytes) {
        Some(HeaderKind::Wide) => {
            let text = String::from_utf8_lossy(first);
            text.split([',', ';', '\t'])
                .filter(|c| {
                    crate::core::instrument::IndicatorId::parse_code(c.trim().trim_matches('"')).is_some()
                })
                .count()
                >= 2
        }
        Some(HeaderKind::Bad(_)) | None => false,
        Some(_) => true,
    }
}

/// A PKB list's header: a `kode` column and `jam` or `jumlah`, and no `skor`.
fn is_pkb_list(bytes: &[u8]) -> bool {
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let names: Vec<String> =
        String::from_utf8_lossy(first).split([',', ';']).map(crate::core::text::squash).collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    has("kode") && (has("jam") || has("jumlah")) && !has("skor")
}

/// Whether a file is one of pkguru's own outputs (a rekap in any format, a ranking, an errors
/// file), so that a directory walk may leave it out. Anything else, and anything that cannot
/// be read, is not: an input is never taken for an output.
pub fn own_output(path: &Path) -> Option<Own> {
    let bytes = input::read_all(path).ok()?;
    let label = path.to_string_lossy();
    match detect::format(&label, &bytes) {
        detect::Format::Workbook => match workbook::score_sheets(&bytes, None) {
            Err(p) if p.kind == crate::sheet::ProblemKind::OwnRekap => Some(Own::Rekap),
            _ => None,
        },
        format => {
            let opened = Opened { bytes: bytes.into(), line_offset: 0, json: format == detect::Format::Json };
            match of(&opened) {
                Kind::Own(own) => Some(own),
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    fn csv(text: &str) -> Kind {
        of(&Opened { bytes: Cow::Borrowed(text.as_bytes()), line_offset: 0, json: false })
    }

    /// Title rows above a header are found (quoted notes spanning lines included); a sheet
    /// whose first line is a header, or that has none in 30 lines, has none.
    #[test]
    fn title_rows_above_a_header() {
        let long = "Lembar PK Guru — isi kolom skor,,,\n\"Catatan: dua\nbaris, satu sel\",,,\n,,,\nid,kompetensi,uraian,skor\nnama,Identitas,Nama,Siti\n";
        let at = long.find("id,kompetensi").unwrap();
        assert_eq!(title_rows(long.as_bytes()), Some((at, 4)));
        let wide = "Rekap sekolah;;;\nnama;nip;1.1;1.2\nAni;;2;2\n";
        assert_eq!(title_rows(wide.as_bytes()), Some((wide.find("nama").unwrap(), 1)));
        assert_eq!(title_rows(b"id,kompetensi,uraian,skor\nnama,Identitas,Nama,Siti\n"), None);
        let far = format!("{}id,skor\n1.1,2\n", "judul\n".repeat(31));
        assert_eq!(title_rows(far.as_bytes()), None);
        assert_eq!(title_rows(b"judul\nK1,3.5\n"), None, "one ID-like cell is no wide header");
    }

    /// Each kind from its header; pkguru's own outputs before the tables they look like.
    #[test]
    fn kinds_by_their_headers() {
        assert_eq!(csv("id,kompetensi,uraian,skor\n1.1,x,y,2\n"), Kind::Scores);
        assert_eq!(csv("nama,nip,1.1,1.2,k1\n"), Kind::Scores);
        assert_eq!(csv("nip,nama,k1,k2\n1,A,3,4\n"), Kind::Values);
        assert_eq!(csv("sumber,baris,nama,nip,sekolah,jenis,golongan,k1\n"), Kind::Own(Own::Rekap));
        assert_eq!(csv("\u{feff}sumber;baris;nama;nip;sekolah;jenis;golongan;k1\n"), Kind::Own(Own::Rekap));
        assert_eq!(csv("jenis,skala,peringkat,seri,nip,nama,sumber,nilai,k1\n"), Kind::Own(Own::Ranking));
        assert_eq!(csv("sumber,baris,id,pesan\n"), Kind::Own(Own::Errors));
        assert_eq!(csv("kode,jam,jumlah,tanggal,judul\nD1,40,,,\n"), Kind::PkbList);
        assert_eq!(csv("id,uraian,ada,skor\nED01,x,ada,4\n"), Kind::Form(FormKind::Evaluasi));
        let tambahan = "id,uraian,skor\ninstrumen,,kepala-sekolah\n1.1,x,4\n";
        assert_eq!(csv(tambahan), Kind::Tambahan);
    }
}
