//! A teacher's list of PKB activities (CSV, or a workbook's worksheet): one row per activity
//! with `kode` (from `pkguru pkb --daftar`), `jam` for a diklat, `jumlah` where an activity
//! counts more than once (default 1), and the `tanggal` and `judul` kept for the report.
//! Every row's problem is collected and located by line.

use crate::core::exact::Exact;
use crate::core::pkb::{self, Kegiatan, Totals};
use crate::core::text::squash;

use super::{Opened, Problem, ProblemKind};

/// One counted activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub line: u64,
    pub kegiatan: &'static Kegiatan,
    pub jam: Option<u32>,
    pub jumlah: u32,
    pub tanggal: String,
    pub judul: String,
    pub ak: Exact,
}

/// A list read: its lines and their totals.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PkbList {
    pub lines: Vec<Line>,
    pub totals: Totals,
}

fn column(names: &[String], wanted: &[&str]) -> Option<usize> {
    wanted.iter().find_map(|w| names.iter().position(|n| n == w))
}

/// The list's columns: `kode`, and whichever of the others it has.
struct Columns {
    code: usize,
    jam: Option<usize>,
    count: Option<usize>,
    date: Option<usize>,
    title: Option<usize>,
}

impl Columns {
    fn of(header: &csv::StringRecord) -> Result<Columns, ProblemKind> {
        let names: Vec<String> = header.iter().map(squash).collect();
        Ok(Columns {
            code: column(&names, &["kode", "kodekegiatan", "kegiatan", "code"])
                .ok_or(ProblemKind::PkbNoCodeColumn)?,
            jam: column(&names, &["jam", "jamefektif", "hours"]),
            count: column(&names, &["jumlah", "banyak", "count"]),
            date: column(&names, &["tanggal", "date"]),
            title: column(&names, &["judul", "nama", "keterangan", "title"]),
        })
    }
}

/// Reads a list.
pub fn read(opened: &Opened<'_>) -> Result<PkbList, Vec<Problem>> {
    let mut list = PkbList::default();
    super::rows::with_text(opened, |text| {
        walk(text, opened.line_offset, |line| {
            list.totals.add(line.kegiatan, line.ak);
            list.lines.push(line);
        })
    })?;
    Ok(list)
}

/// A list read through once for the number of its lines and their totals, its lines made
/// again from the text when asked for and never held: `pkguru pkb` writes a list of a
/// million activities in the memory of a few.
pub struct Listing<'t> {
    text: &'t [u8],
    line_offset: u64,
    /// How many lines count.
    pub count: u64,
    pub totals: Totals,
}

impl Listing<'_> {
    /// The counted lines, in order, read again from the text.
    pub fn lines(&self) -> impl Iterator<Item = Line> + '_ {
        // The first reading found no problem, so every row is a line or has no code.
        let mut records = super::rows::Records::new(self.text, self.line_offset, Columns::of).ok();
        std::iter::from_fn(move || {
            let records = records.as_mut()?;
            loop {
                let (cols, rec, line) = records.advance()?.ok()?;
                if let Ok(Some(l)) = parse(cols, rec, line) {
                    return Some(l);
                }
            }
        })
    }
}

/// Reads a list without keeping its lines: counts them and their totals (or says every
/// problem), then hands `use_` the [`Listing`] to walk them again.
pub fn stream<R>(opened: &Opened<'_>, use_: impl FnOnce(&Listing<'_>) -> R) -> Result<R, Vec<Problem>> {
    super::rows::with_text(opened, |text| {
        let (mut count, mut totals) = (0, Totals::default());
        walk(text, opened.line_offset, |line| {
            count += 1;
            totals.add(line.kegiatan, line.ak);
        })?;
        Ok(use_(&Listing { text, line_offset: opened.line_offset, count, totals }))
    })
}

/// Hands every counted line of the text to `counted`, in order; every problem, when there is
/// one.
fn walk(text: &[u8], line_offset: u64, mut counted: impl FnMut(Line)) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let end = super::rows::records(text, line_offset, Columns::of, |cols, rec, line| {
        match parse(cols, rec, line) {
            Ok(Some(l)) => counted(l),
            Ok(None) => {}
            Err(p) => problems.extend(p),
        }
    })?;
    problems.extend(end);
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// One row: a counted line, nothing (a row without a code), or its problems.
fn parse(cols: &Columns, rec: &csv::StringRecord, line: u64) -> Result<Option<Line>, Vec<Problem>> {
    let cell = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim();
    let code = cell(Some(cols.code));
    if code.is_empty() {
        return Ok(None);
    }
    let at = Some(code.to_string());
    let Some(kegiatan) = pkb::find(code) else {
        return Err(vec![Problem::new(Some(line), None, ProblemKind::PkbUnknownCode(code.into()))]);
    };
    let number = |column: &'static str, text: &str| -> Result<Option<u32>, Problem> {
        if text.is_empty() {
            return Ok(None);
        }
        super::rows::whole_number(text).map(Some).ok_or_else(|| {
            Problem::new(Some(line), at.clone(), ProblemKind::PkbNumber { column, text: text.into() })
        })
    };
    let (jam, jumlah) = match (number("jam", cell(cols.jam)), number("jumlah", cell(cols.count))) {
        (Ok(j), Ok(n)) => (j, n.unwrap_or(1)),
        (a, b) => return Err(a.err().into_iter().chain(b.err()).collect()),
    };
    match pkb::ak(kegiatan, jam, jumlah) {
        Ok(ak) => Ok(Some(Line {
            line,
            kegiatan,
            jam,
            jumlah,
            tanggal: cell(cols.date).to_string(),
            judul: cell(cols.title).to_string(),
            ak,
        })),
        Err(e) => Err(vec![Problem::new(Some(line), at, ProblemKind::PkbKegiatan(e))]),
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::core::exact::{int, ratio};
    use crate::core::pkb::KegiatanError;

    fn csv(text: &str) -> Opened<'_> {
        Opened { bytes: Cow::Borrowed(text.as_bytes()), line_offset: 0, json: false }
    }

    #[test]
    fn counts_a_list() {
        let text = "kode,jam,jumlah,tanggal,judul\n\
                    diklat,200,,2025-07-01,Diklat kurikulum\n\
                    ptk-sekolah,,,2025-11-02,PTK kelas VIII\n\
                    modul-sekolah,,2,2026-01-10,Modul IPA\n\
                    ,,,,\n\
                    SEMINAR-PESERTA,,,2026-02-01,Seminar\n";
        let list = read(&csv(text)).unwrap();
        assert_eq!(list.lines.len(), 4);
        assert_eq!(list.lines[0].ak, int(3));
        assert_eq!(list.lines[2].ak, int(1), "two modul sekolah");
        assert_eq!(list.lines[3].line, 6);
        assert_eq!(list.totals.pengembangan_diri, ratio(31, 10));
        assert_eq!(list.totals.publikasi_inovatif(), int(5));
    }

    /// Streaming reads the lines a whole read holds, in order, as often as asked, with the
    /// same count and totals; a list with problems has the same problems.
    #[test]
    fn a_stream_has_the_lines_of_a_read() {
        let text = "kode;jam;jumlah;tanggal;judul\r\n\
                    diklat;200;;2025-07-01;\"Diklat; kurikulum\"\r\n\
                    ;;;;\r\n\
                    ptk-sekolah;;;2025-11-02;PTK kelas VIII\r\n\
                    modul-sekolah;;2;2026-01-10;Modul IPA\r\n";
        let list = read(&csv(text)).unwrap();
        let (count, totals, twice) = stream(&csv(text), |l| {
            let first: Vec<Line> = l.lines().collect();
            let second: Vec<Line> = l.lines().collect();
            assert_eq!(first, second);
            (l.count, l.totals, first)
        })
        .unwrap();
        assert_eq!(twice, list.lines);
        assert_eq!((count, totals), (3, list.totals));
        assert_eq!(twice[0].judul, "Diklat; kurikulum");
        assert_eq!(twice.iter().map(|l| l.line).collect::<Vec<_>>(), [2, 4, 5]);
        let bad = "kode,jam,jumlah\nmodul-kecamatan,,\ndiklat,,\n";
        assert_eq!(stream(&csv(bad), |l| l.count).unwrap_err(), read(&csv(bad)).unwrap_err());
    }

    #[test]
    fn problems_are_located() {
        let text = "kode,jam,jumlah\nmodul-kecamatan,,\ndiklat,20,\ndiklat,,\nbuku-isbn,,x\nbuku-isbn,,0\n";
        let got: Vec<(Option<u64>, ProblemKind)> =
            read(&csv(text)).unwrap_err().into_iter().map(|p| (p.line, p.kind)).collect();
        assert_eq!(
            got,
            [
                (Some(2), ProblemKind::PkbUnknownCode("modul-kecamatan".into())),
                (Some(3), ProblemKind::PkbKegiatan(KegiatanError::Hours(Some(20)))),
                (Some(4), ProblemKind::PkbKegiatan(KegiatanError::Hours(None))),
                (Some(5), ProblemKind::PkbNumber { column: "jumlah", text: "x".into() }),
                (Some(6), ProblemKind::PkbKegiatan(KegiatanError::Count(0))),
            ]
        );
        assert_eq!(read(&csv("judul\nx\n")).unwrap_err()[0].kind, ProblemKind::PkbNoCodeColumn);
    }
}
