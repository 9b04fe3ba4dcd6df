//! A rekap pkguru wrote (CSV, either dialect), read back for the ledger (`riwayat tambah
//! rekap.csv`): each row's teacher, and its results as typed values, every value checked as
//! a score sheet's would be. A row listed without results (not yet assessed) registers its
//! teacher only.

use crate::core::exact::{self, Exact, int, ratio};
use crate::core::golongan::Golongan;
use crate::core::instrument::{Jenis, MAX_COMPETENCIES};
use crate::core::predikat::Predikat;
use crate::core::riwayat::Identity;
use crate::scan::LineTracker;
use crate::scan::text::{reader, sniff_first_line, strip_bom};

use super::{Problem, ProblemKind};

/// One row of a rekap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The row's line in the rekap.
    pub line: u64,
    pub identity: Identity,
    /// The sheet the row was scored from (`sumber`), and its line there (`baris`).
    pub source: String,
    pub source_line: Option<u64>,
    /// `None`: listed without results.
    pub result: Option<Scored>,
}

/// A rekap row's results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    pub jenis: Jenis,
    pub golongan: Option<Golongan>,
    pub values: Vec<u8>,
    pub nilai: Exact,
    pub predikat: Predikat,
    /// The 2009 angka kredit per year, exact, when the row has one.
    pub ak: Option<Exact>,
    pub penilai: String,
}

/// The rekap columns read, by name.
struct Cols {
    sumber: usize,
    baris: usize,
    nama: usize,
    nip: usize,
    sekolah: usize,
    jenis: usize,
    golongan: usize,
    k: Vec<usize>,
    jumlah: usize,
    jumlah_maks: usize,
    predikat: usize,
    ak_tepat: usize,
    penilai: usize,
}

impl Cols {
    fn of(header: &[String]) -> Option<Cols> {
        let at = |n: &str| header.iter().position(|h| h == n);
        let k: Vec<usize> = (1..=MAX_COMPETENCIES).map_while(|i| at(&format!("k{i}"))).collect();
        Some(Cols {
            sumber: at("sumber")?,
            baris: at("baris")?,
            nama: at("nama")?,
            nip: at("nip")?,
            sekolah: at("sekolah")?,
            jenis: at("jenis")?,
            golongan: at("golongan")?,
            k,
            jumlah: at("jumlah")?,
            jumlah_maks: at("jumlah_maks")?,
            predikat: at("predikat")?,
            ak_tepat: at("angka_kredit_tepat")?,
            penilai: at("penilai")?,
        })
    }
}

/// Reads every row of a rekap file's bytes; `label` names it where a row names no source.
pub fn read(bytes: &[u8], label: &str) -> Vec<Result<Entry, Problem>> {
    let text = strip_bom(bytes);
    let delimiter = sniff_first_line(text);
    let sep = if delimiter == b';' { ',' } else { '.' };
    let mut rdr = reader(text, delimiter, true);
    let header: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
        Err(e) => return vec![Err(Problem::csv(&e))],
    };
    let Some(cols) = Cols::of(&header) else {
        return vec![Err(Problem::file(ProblemKind::RiwayatRekapColumns))];
    };
    let mut out = Vec::new();
    let mut lines = LineTracker::new(1);
    let mut rec = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                out.push(Err(Problem::csv(&e)));
                break;
            }
        }
        let line = lines.line(text, rec.position());
        out.push(row(&cols, &rec, sep, label, line));
    }
    out
}

/// One row, checked.
fn row(cols: &Cols, rec: &csv::StringRecord, sep: char, label: &str, line: u64) -> Result<Entry, Problem> {
    let cell = |i: usize| {
        let v = rec.get(i).unwrap_or("").trim();
        // The Indonesian dialect writes identifiers as ="…"; formula-like texts were written
        // with a leading ' (CSV injection), taken off again.
        let v = v.strip_prefix("=\"").and_then(|v| v.strip_suffix('"')).unwrap_or(v);
        match v.strip_prefix('\'') {
            Some(rest) if crate::scan::text::formula_like(rest.as_bytes()) => rest,
            _ => v,
        }
        .to_string()
    };
    let bad = |column: &'static str, value: String| {
        Problem::new(Some(line), Some(column.to_string()), ProblemKind::RiwayatValue { column, value })
    };
    let source_line = cell(cols.baris).parse::<u64>().ok();
    let source = cell(cols.sumber);
    let identity = Identity { nip: cell(cols.nip), nama: cell(cols.nama), sekolah: cell(cols.sekolah) };
    if identity.nip.is_empty() {
        let at = Some(identity.nama.clone()).filter(|n| !n.is_empty());
        let l = if source.is_empty() || source == label { Some(line) } else { source_line };
        return Err(Problem::new(l, at, ProblemKind::RiwayatNoNip(source)));
    }
    let source = if source.is_empty() { label.to_string() } else { source };
    let entry = |result| Entry { line, identity, source, source_line: source_line.or(Some(line)), result };
    let (jumlah, maks) = (cell(cols.jumlah), cell(cols.jumlah_maks));
    if jumlah.is_empty() {
        return Ok(entry(None));
    }
    let whole = |column, text: String| text.parse::<i64>().map_err(|_| bad(column, text));
    let (total, max) = (whole("jumlah", jumlah)?, whole("jumlah_maks", maks)?);
    if max <= 0 || !(0..=max).contains(&total) {
        return Err(bad("jumlah", total.to_string()));
    }
    let jenis: Jenis = cell(cols.jenis).parse().map_err(|_| bad("jenis", cell(cols.jenis)))?;
    let golongan = match cell(cols.golongan) {
        g if g.is_empty() => None,
        g => Some(g.parse::<Golongan>().map_err(|_| bad("golongan", g))?),
    };
    let predikat: Predikat = cell(cols.predikat).parse().map_err(|_| bad("predikat", cell(cols.predikat)))?;
    let mut values = Vec::with_capacity(cols.k.len());
    for &c in &cols.k {
        match cell(c) {
            v if v.is_empty() => {}
            v => {
                values.push(v.parse::<u8>().ok().filter(|v| (1..=4).contains(v)).ok_or_else(|| bad("k", v))?)
            }
        }
    }
    let ak = match cell(cols.ak_tepat).replace(sep, ".") {
        a if a.is_empty() => None,
        a => match exact::parse_exact_text(&a) {
            Some(v) if v >= int(0) && v < int(1_000_000) => Some(v),
            _ => return Err(bad("angka_kredit_tepat", a)),
        },
    };
    let nilai = ratio(100 * total, max);
    Ok(entry(Some(Scored { jenis, golongan, values, nilai, predikat, ak, penilai: cell(cols.penilai) })))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "sumber,baris,nama,nip,sekolah,jenis,golongan,k1,k2,jumlah,jumlah_maks,nilai,predikat,angka_kredit_tepat,penilai\n";

    /// A row reads into typed values; one without results registers its teacher; every
    /// value that is not one is a located problem, never a stored text.
    #[test]
    fn rows_are_checked_values() {
        let text = format!(
            "{HEADER}a.csv,3,Siti,1985,SD 1,kelas,III/c,4,3,50,56,89.29,Amat Baik,25.3125,Budi\n\
             a.csv,4,Ani,1986,SD 1,kelas,,,,,56,,,,\n\
             a.csv,5,Dodi,1987,SD 1,kelas,zzz,4,3,50,56,89.29,Amat Baik,,\n\
             a.csv,6,Eka,1988,SD 1,kelas,III/c,4,3,50,56,89.29,Terbaik Sekali,,\n\
             a.csv,7,Fani,1989,SD 1,kelas,III/c,4,3,50,56,89.29,Baik,-9.2e18,\n\
             a.csv,8,Gita,,SD 1,kelas,III/c,4,3,50,56,89.29,Baik,,\n"
        );
        let rows = read(text.as_bytes(), "rekap.csv");
        let first = rows[0].as_ref().unwrap();
        let scored = first.result.as_ref().unwrap();
        assert_eq!((first.identity.nip.as_str(), first.source_line, first.line), ("1985", Some(3), 2));
        assert_eq!((scored.values.as_slice(), scored.nilai), (&[4, 3][..], ratio(5000, 56)));
        assert_eq!(scored.ak, exact::parse_exact_text("25.3125"));
        assert!(rows[1].as_ref().unwrap().result.is_none());
        let columns: Vec<Option<&str>> =
            rows[2..].iter().map(|r| r.as_ref().err().and_then(|p| p.at.as_deref())).collect();
        assert_eq!(columns, [Some("golongan"), Some("predikat"), Some("angka_kredit_tepat"), Some("Gita")]);
        assert!(matches!(rows[5].as_ref().unwrap_err().kind, ProblemKind::RiwayatNoNip(_)));
    }

    /// The Indonesian dialect: semicolons, decimal commas, identifiers written as ="…".
    #[test]
    fn indonesian_dialect() {
        let text = "\u{feff}sumber;baris;nama;nip;sekolah;jenis;golongan;k1;jumlah;jumlah_maks;predikat;angka_kredit_tepat;penilai\r\n\
                    a.csv;3;Siti;=\"198503152010012003\";SD;kelas;III/c;4;56;56;Amat Baik;25,3125;\r\n";
        let rows = read(text.as_bytes(), "r.csv");
        let e = rows[0].as_ref().unwrap();
        assert_eq!(e.identity.nip, "198503152010012003");
        assert_eq!(e.result.as_ref().unwrap().ak, exact::parse_exact_text("25.3125"));
    }
}
