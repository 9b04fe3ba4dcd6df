//! A teacher's list of PKB activities (CSV, or a workbook's worksheet): one row per activity
//! with `kode` (from `pkguru pkb --daftar`), `jam` for a diklat, `jumlah` where an activity
//! counts more than once (default 1), and the `tanggal` and `judul` kept for the report.
//! Every row's problem is collected and located by line.

use crate::core::exact::Exact;
use crate::core::pkb::{self, Kegiatan, Totals};
use crate::core::text::squash;
use crate::scan::LineTracker;
use crate::scan::text::{reader, sniff_first_line};

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

/// Reads a list.
pub fn read(opened: &Opened<'_>) -> Result<PkbList, Vec<Problem>> {
    let normalized = crate::scan::text::normalize_line_ends(&opened.bytes);
    let offset = opened.line_offset;
    let text = crate::scan::text::decode(&normalized).map_err(|e| vec![Problem::decode(e)])?;
    let bytes = text.as_bytes();
    let mut rdr = reader(bytes, sniff_first_line(bytes), true);
    let header = rdr.headers().map_err(|e| vec![Problem::csv(&e)])?.clone();
    let names: Vec<String> = header.iter().map(squash).collect();
    let Some(code_col) = column(&names, &["kode", "kodekegiatan", "kegiatan", "code"]) else {
        return Err(vec![Problem::new(Some(1 + offset), None, ProblemKind::PkbNoCodeColumn)]);
    };
    let jam_col = column(&names, &["jam", "jamefektif", "hours"]);
    let count_col = column(&names, &["jumlah", "banyak", "count"]);
    let date_col = column(&names, &["tanggal", "date"]);
    let title_col = column(&names, &["judul", "nama", "keterangan", "title"]);
    let mut list = PkbList::default();
    let mut problems = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut lines = LineTracker::new(1);
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                problems.push(Problem::csv(&e));
                break;
            }
        }
        let line = lines.line(bytes, rec.position()) + offset;
        let cell = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim();
        let code = cell(Some(code_col));
        if code.is_empty() {
            continue;
        }
        let at = Some(code.to_string());
        let Some(kegiatan) = pkb::find(code) else {
            problems.push(Problem::new(Some(line), None, ProblemKind::PkbUnknownCode(code.into())));
            continue;
        };
        let number = |column: &'static str, text: &str| -> Result<Option<u32>, Problem> {
            if text.is_empty() {
                return Ok(None);
            }
            let t = text.strip_suffix(".0").or_else(|| text.strip_suffix(",0")).unwrap_or(text);
            t.parse::<u32>().map(Some).map_err(|_| {
                Problem::new(Some(line), at.clone(), ProblemKind::PkbNumber { column, text: text.into() })
            })
        };
        let (jam, jumlah) = match (number("jam", cell(jam_col)), number("jumlah", cell(count_col))) {
            (Ok(j), Ok(n)) => (j, n.unwrap_or(1)),
            (a, b) => {
                problems.extend(a.err());
                problems.extend(b.err());
                continue;
            }
        };
        match pkb::ak(kegiatan, jam, jumlah) {
            Ok(ak) => {
                list.totals.add(kegiatan, ak);
                list.lines.push(Line {
                    line,
                    kegiatan,
                    jam,
                    jumlah,
                    tanggal: cell(date_col).to_string(),
                    judul: cell(title_col).to_string(),
                    ak,
                });
            }
            Err(e) => problems.push(Problem::new(Some(line), at, ProblemKind::PkbKegiatan(e))),
        }
    }
    if problems.is_empty() { Ok(list) } else { Err(problems) }
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
