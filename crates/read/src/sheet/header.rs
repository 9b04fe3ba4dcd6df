//! How a header row tells which layout a CSV file has: the one-teacher sheet (`id` and
//! `skor` columns) or the wide layout (one column per indicator ID).

use crate::core::instrument::IndicatorId;
use crate::core::teacher::Field;

use super::problem::{Problem, ProblemKind};

/// The layout a header row announces.
#[derive(Debug)]
pub enum HeaderKind {
    /// One teacher, one indicator (or identity field) per row: the `id` and `skor` columns.
    Long { id: usize, score: usize },
    /// A database export: one row per teacher and indicator, teachers told apart by their
    /// key columns (`nip`, `nama`, `id_guru`, …).
    Stacked(super::stacked::Columns),
    /// One teacher per row, one column per indicator ID.
    Wide,
    /// A rekap written by pkguru (`sumber,baris,nama,nip,…`): results, not scores.
    Rekap,
    /// Not a header we can use; the problem says why.
    Bad(Problem),
}

/// Names accepted for the ID and score columns of a one-teacher sheet or database export, in
/// order of preference (`no` is often only a row number beside a `kode_indikator`).
const ID_NAMES: [&str; 11] = [
    "id",
    "kode_indikator",
    "id_indikator",
    "indikator_id",
    "no_indikator",
    "kode",
    "indikator",
    "butir",
    "kode_butir",
    "nomor_indikator",
    "no",
];
const SCORE_NAMES: [&str; 7] =
    ["skor", "score", "nilai", "skor_(0/1/2)", "skor_indikator", "nilai_indikator", "skor_butir"];

/// The first columns of a rekap pkguru writes: the CSV keys (which the XLSX rekap's
/// Indonesian headings match, lower-cased), and the XLSX rekap's English headings.
const REKAP_START: [[&str; 7]; 2] = [
    ["sumber", "baris", "nama", "nip", "sekolah", "jenis", "golongan"],
    ["source", "line", "name", "nip", "school", "kind", "grade"],
];

/// Decides the layout from the header row.
pub fn classify(header: &csv::ByteRecord) -> HeaderKind {
    let cells: Vec<String> =
        header.iter().map(|c| String::from_utf8_lossy(c).trim().to_lowercase()).collect();
    // Names compared with spaces and dashes as `_` (`kode indikator`, `kode-indikator`).
    let names: Vec<String> = cells.iter().map(|c| c.replace([' ', '-'], "_")).collect();
    let find = |wanted: &[&str]| wanted.iter().find_map(|n| names.iter().position(|c| c == n));
    let bad = |kind| HeaderKind::Bad(Problem::new(Some(1), None, kind));
    // A rekap pkguru wrote: its CSV header, or the XLSX rekap's readable headings after `No.`.
    let after_no = match cells.first().map(String::as_str) {
        Some("no." | "no") => &cells[1..],
        _ => &cells[..],
    };
    if REKAP_START
        .iter()
        .any(|start| after_no.len() >= start.len() && after_no.iter().zip(start).all(|(c, r)| c == r))
    {
        return HeaderKind::Rekap;
    }
    if cells.iter().any(|c| matches!(c.as_str(), "0" | "1" | "2")) || looks_like_data_row(&cells) {
        return bad(ProblemKind::NoHeader(cells.join(",")));
    }
    match (find(&ID_NAMES), find(&SCORE_NAMES)) {
        (Some(id), Some(score)) => match super::stacked::Columns::of(&names, id, score) {
            Some(columns) => HeaderKind::Stacked(columns),
            None => HeaderKind::Long { id, score },
        },
        _ if cells.iter().any(|c| IndicatorId::parse_code(c).is_some()) => HeaderKind::Wide,
        (Some(_), None) => bad(ProblemKind::NoScoreColumn),
        _ => bad(ProblemKind::HeaderUnknown(cells.join(","))),
    }
}

/// The layout the first row of CSV bytes announces, if they hold a complete first row.
pub fn peek(bytes: &[u8]) -> Option<HeaderKind> {
    let bytes = crate::scan::text::strip_bom(bytes);
    memchr::memchr(b'\n', bytes)?;
    let mut rdr = crate::scan::text::reader(bytes, crate::scan::text::sniff_first_line(bytes), false);
    let mut rec = csv::ByteRecord::new();
    rdr.read_byte_record(&mut rec).ok()?;
    Some(classify(&rec))
}

/// A first row such as `1.1,2` or `nama,Siti` is data, not a header.
fn looks_like_data_row(cells: &[String]) -> bool {
    let first_is_key =
        cells.first().is_some_and(|c| IndicatorId::parse_code(c).is_some() || Field::parse(c).is_some());
    let no_known_columns = !cells.iter().any(|c| {
        let c = c.replace([' ', '-'], "_");
        ID_NAMES.contains(&c.as_str()) || SCORE_NAMES.contains(&c.as_str())
    });
    let few_ids = cells.iter().filter(|c| IndicatorId::parse_code(c).is_some()).count() <= 1;
    first_is_key
        && no_known_columns
        && few_ids
        && cells.len() <= 4
        && cells.iter().skip(1).all(|c| Field::parse(c).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(h: &str) -> HeaderKind {
        classify(&csv::ByteRecord::from(h.split(',').collect::<Vec<_>>()))
    }

    #[test]
    fn header_kinds() {
        assert!(matches!(kind("id,kompetensi,uraian,skor"), HeaderKind::Long { id: 0, score: 3 }));
        assert!(matches!(kind("nama,nip,1.1,1.2"), HeaderKind::Wide));
        assert!(matches!(kind("id,kompetensi,uraian"), HeaderKind::Bad(_)));
        assert!(matches!(kind("1.1,2"), HeaderKind::Bad(_)));
        assert!(matches!(kind("nama,Siti"), HeaderKind::Bad(_)));
        assert!(matches!(kind("a,b,c"), HeaderKind::Bad(_)));
    }

    #[test]
    fn database_exports_are_told_by_their_teacher_columns() {
        assert!(matches!(kind("nip,nama,kode_indikator,nilai"), HeaderKind::Stacked(_)));
        assert!(matches!(kind("id_guru,kode indikator,skor"), HeaderKind::Stacked(_)));
        // A row number beside the indicator code: the code is the ID column.
        match kind("no,nip,kode_indikator,skor") {
            HeaderKind::Stacked(c) => assert_eq!((c.id, c.score), (2, 3)),
            other => panic!("{other:?}"),
        }
        assert!(matches!(kind("id,uraian,skor"), HeaderKind::Long { .. }));
        assert!(matches!(kind("nama,nip,0101,0102"), HeaderKind::Wide));
    }

    #[test]
    fn peeks_only_a_complete_first_row() {
        assert!(matches!(peek(b"\xEF\xBB\xBFnama;1.1;1.2\n"), Some(HeaderKind::Wide)));
        assert!(peek(b"nama,1.1").is_none());
    }
}

/// Headers of row-number columns, which no layout reads and nobody needs told about.
const ROW_NUMBERS: [&str; 5] = ["no", "no.", "nomor", "no_urut", "nomor_urut"];

/// One note naming the columns of a header that a layout does not read (blank headers and
/// row-number columns aside), so that a misspelt `golngan` or a code pkguru does not know is
/// not dropped silently. `None` when there are none.
pub fn ignored<'a>(names: impl IntoIterator<Item = &'a str>, line: u64) -> Option<Problem> {
    let names: Vec<String> = names
        .into_iter()
        .map(str::trim)
        .filter(|n| !n.is_empty() && !ROW_NUMBERS.contains(&n.to_lowercase().as_str()))
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return None;
    }
    let code_like = names.iter().any(|n| looks_like_code(n));
    Some(Problem::new(Some(line), None, ProblemKind::ColumnsIgnored { names, code_like }))
}

/// A header that looks like an attempt at an indicator code (`K1.1`, `1-1`, `I.1.2`, `0199`).
pub fn looks_like_code(name: &str) -> bool {
    let rest = name.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    rest.len() <= 8
        && digits > 0
        && name.len() - rest.len() <= 3
        && rest.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b',' | b'-' | b'_' | b' ' | b'/'))
}

#[cfg(test)]
mod ignored_tests {
    use super::*;

    #[test]
    fn code_like_headers() {
        for name in ["K1.1", "1-1", "I.1.2", "0199", "2024", "ind 4/1"] {
            assert!(looks_like_code(name), "{name}");
        }
        for name in ["nama", "no", "keterangan", "k", "tahun 2024", "total_nilai"] {
            assert!(!looks_like_code(name), "{name}");
        }
    }

    #[test]
    fn ignored_columns_in_one_note() {
        let p = ignored(["No", "", "golngan", "K1.1"], 1).unwrap();
        assert_eq!(
            p.kind,
            ProblemKind::ColumnsIgnored { names: vec!["golngan".into(), "K1.1".into()], code_like: true }
        );
        assert!(ignored(["no", " "], 1).is_none());
    }
}
