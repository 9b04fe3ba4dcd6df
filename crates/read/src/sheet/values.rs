//! Tables of competency values, one row per teacher (`nip`, `nama`, `k1`…`k14` or `k17`):
//! pkguru's own CSV rekap, or a committee's table on another scale (e.g. 1–5). Read by
//! `rank`, which needs the values, not the indicator scores.

use crate::core::instrument::Jenis;
use crate::scan;

use super::{Problem, ProblemKind};

/// One teacher's row: where it is, who, and the values in competency order.
#[derive(Debug, Clone, PartialEq)]
pub struct ValuesRow {
    pub line: u64,
    pub nip: Option<String>,
    pub nama: Option<String>,
    pub jenis: Jenis,
    pub values: Vec<u8>,
}

/// The `k1`, `k2`, … columns of a header, in order, when it has `k1` and no indicator
/// columns (`1.1`): `None` for any other layout.
fn k_columns(names: &[String]) -> Option<Vec<usize>> {
    if names.iter().any(|n| n.contains('.') && n.chars().all(|c| c.is_ascii_digit() || c == '.')) {
        return None;
    }
    let mut out = Vec::new();
    for k in 1.. {
        match names.iter().position(|n| *n == format!("k{k}")) {
            Some(c) => out.push(c),
            None => break,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whether CSV text is a values table.
pub fn is_values_table(text: &[u8]) -> bool {
    let mut rdr = scan::text::reader(text, scan::text::sniff_first_line(text), true);
    rdr.byte_headers().is_ok_and(|h| k_columns(&names(h)).is_some())
}

fn names(h: &csv::ByteRecord) -> Vec<String> {
    h.iter().map(|c| String::from_utf8_lossy(c).trim().to_lowercase()).collect()
}

/// Reads every row: values 1..=`max`; a row with no value at all is skipped (a teacher not
/// yet assessed in a rekap); 14 values are the kelas instrument, 17 BK. `line_offset` shifts
/// line numbers (a worksheet's rows).
pub fn read(text: &[u8], max: u8, line_offset: u64) -> Vec<Result<ValuesRow, Problem>> {
    let mut rdr = scan::text::reader(text, scan::text::sniff_first_line(text), true);
    let header = match rdr.byte_headers() {
        Ok(h) => names(h),
        Err(e) => return vec![Err(Problem::csv(&e))],
    };
    let Some(ks) = k_columns(&header) else { return Vec::new() };
    let col = |n: &str| header.iter().position(|h| h == n);
    let (nip, nama) = (col("nip"), col("nama").or_else(|| col("name")));
    let mut out = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                out.push(Err(Problem::csv(&e)));
                break;
            }
        }
        let line = record.position().map_or(0, |p| p.line()) + line_offset;
        let text = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(|v| {
                    String::from_utf8_lossy(v)
                        .trim()
                        .trim_start_matches("=\"")
                        .trim_end_matches('"')
                        .to_string()
                })
                .filter(|v| !v.is_empty())
        };
        let cells: Vec<String> = ks.iter().map(|&c| text(Some(c)).unwrap_or_default()).collect();
        let filled = cells.iter().take_while(|v| !v.is_empty()).count();
        if filled == 0 && cells.iter().all(String::is_empty) {
            continue;
        }
        let mut values = Vec::with_capacity(filled);
        let mut bad = None;
        for (k, v) in cells.iter().enumerate().take(filled) {
            match v.parse::<u8>() {
                Ok(n) if (1..=max).contains(&n) => values.push(n),
                _ => {
                    bad = Some(Problem::new(
                        Some(line),
                        Some(format!("k{}", k + 1)),
                        ProblemKind::CompetencyValue { value: v.clone(), max },
                    ));
                    break;
                }
            }
        }
        if let Some(p) = bad {
            out.push(Err(p));
            continue;
        }
        let rest_empty = cells[filled..].iter().all(String::is_empty);
        let jenis = match (filled, rest_empty) {
            (14, true) => Jenis::Kelas,
            (17, true) => Jenis::Bk,
            _ => {
                let n = cells.iter().filter(|v| !v.is_empty()).count();
                out.push(Err(Problem::new(Some(line), None, ProblemKind::CompetencyCount(n))));
                continue;
            }
        };
        out.push(Ok(ValuesRow { line, nip: text(nip), nama: text(nama), jenis, values }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_on_a_five_point_scale() {
        let text = "nip,nama,k1,k2,k3,k4,k5,k6,k7,k8,k9,k10,k11,k12,k13,k14\n\
                    1,A,5,4,3,4,5,4,3,4,5,4,3,4,5,4\n\
                    2,B,5,6,3,4,5,4,3,4,5,4,3,4,5,4\n\
                    3,C,5,4,3\n\
                    4,D,,,,,,,,,,,,,,\n";
        assert!(is_values_table(text.as_bytes()));
        let rows = read(text.as_bytes(), 5, 0);
        assert_eq!(rows.len(), 3, "the empty row is skipped");
        let a = rows[0].as_ref().unwrap();
        assert_eq!((a.line, a.nip.as_deref(), a.jenis, a.values.len()), (2, Some("1"), Jenis::Kelas, 14));
        let b = rows[1].as_ref().unwrap_err();
        assert_eq!((b.line, b.at.as_deref()), (Some(3), Some("k2")));
        assert_eq!(b.kind, ProblemKind::CompetencyValue { value: "6".into(), max: 5 });
        assert_eq!(rows[2].as_ref().unwrap_err().kind, ProblemKind::CompetencyCount(3));
    }

    #[test]
    fn a_rekap_with_kelas_and_bk_and_id_dialect() {
        let mut head = String::from("sumber;baris;nama;nip");
        for k in 1..=17 {
            head += &format!(";k{k}");
        }
        let kelas = format!("a.csv;2;A;=\"1985\"{}{}", ";3".repeat(14), ";".repeat(3));
        let bk = format!("b.csv;2;B;=\"1990\"{}", ";4".repeat(17));
        let text = format!("{head}\n{kelas}\n{bk}\n");
        let rows = read(text.as_bytes(), 4, 0);
        let a = rows[0].as_ref().unwrap();
        assert_eq!((a.jenis, a.nip.as_deref()), (Jenis::Kelas, Some("1985")));
        assert_eq!(rows[1].as_ref().unwrap().jenis, Jenis::Bk);
    }

    #[test]
    fn other_layouts_are_not_values_tables() {
        assert!(!is_values_table(b"id,skor\n1.1,2\n"));
        assert!(!is_values_table(b"nip,1.1,1.2,k1\n"));
        assert!(!is_values_table(b"nip,nama\n"));
    }
}
