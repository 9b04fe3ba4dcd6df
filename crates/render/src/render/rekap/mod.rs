//! The rekap: one row per teacher, in CSV, JSON, JSON Lines or XLSX. The column table is
//! data (names, XLSX cell types, widths); each format has one encoder that turns a
//! [`RekapRow`] into bytes on the worker threads, and one writer that frames those bytes
//! (header, array brackets, workbook) on the main thread, in input order.

mod csv;
mod encode;
mod json;
mod xlsx;

pub use encode::{RekapEncoder, TextCache};

use crate::lang::Lang;
use std::io::Write;

use anyhow::Result;

use crate::core::assessment::Assessment;
use crate::core::exact::{self, Exact, Fixed};
use crate::core::golongan::Golongan;
use crate::core::instrument::Jenis;
use crate::core::predikat::Predikat;
use crate::core::teacher::Teacher;

use super::csv::{CsvDialect, RowWriter};

/// Rekap output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RekapFormat {
    Csv,
    Json,
    Jsonl,
    Xlsx,
}

impl RekapFormat {
    /// The rekap's form of an output format, if it has one.
    pub fn of(format: super::export::Format) -> Option<RekapFormat> {
        use super::export::Format;
        Some(match format {
            Format::Csv => RekapFormat::Csv,
            Format::Json => RekapFormat::Json,
            Format::Jsonl => RekapFormat::Jsonl,
            Format::Xlsx => RekapFormat::Xlsx,
            _ => return None,
        })
    }
}

/// What a rekap column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Sumber,
    Baris,
    Nama,
    Nip,
    Sekolah,
    Jenis,
    Golongan,
    /// The competency values `k1`, `k2`, …: one column per competency of the larger instrument.
    Values,
    Jumlah,
    JumlahMaks,
    Nilai,
    Predikat,
    NkPersen,
    AngkaKredit,
    AngkaKreditTepat,
    /// Why a cell is empty (a field that could not be read, no golongan …) and band gaps.
    Catatan,
    /// The appraisal's identity, by position in [`Field::APPRAISAL`] (NUPTK, mapel, periode,
    /// penilai …), after the results so that the familiar columns keep their places.
    Appraisal(u8),
}

/// How a column's cells are typed in the XLSX rekap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellType {
    Text,
    Integer,
    /// A number shown with 2 decimals.
    Decimal2,
    /// A number shown with 3 decimals.
    Decimal3,
}

/// The rekap's columns in order: key, XLSX cell type, XLSX width.
pub const COLUMNS: [(Column, &str, CellType, f64); 30] = [
    (Column::Sumber, "sumber", CellType::Text, 28.0),
    (Column::Baris, "baris", CellType::Integer, 9.0),
    (Column::Nama, "nama", CellType::Text, 24.0),
    (Column::Nip, "nip", CellType::Text, 19.0),
    (Column::Sekolah, "sekolah", CellType::Text, 20.0),
    (Column::Jenis, "jenis", CellType::Text, 9.0),
    (Column::Golongan, "golongan", CellType::Text, 9.0),
    (Column::Values, "k", CellType::Integer, 3.8),
    (Column::Jumlah, "jumlah", CellType::Integer, 9.0),
    (Column::JumlahMaks, "jumlah_maks", CellType::Integer, 9.0),
    (Column::Nilai, "nilai", CellType::Decimal2, 9.0),
    (Column::Predikat, "predikat", CellType::Text, 11.0),
    (Column::NkPersen, "nk_persen", CellType::Integer, 9.0),
    (Column::AngkaKredit, "angka_kredit", CellType::Decimal3, 14.0),
    (Column::AngkaKreditTepat, "angka_kredit_tepat", CellType::Text, 14.0),
    (Column::Catatan, "catatan", CellType::Text, 32.0),
    (Column::Appraisal(0), "nuptk", CellType::Text, 18.0),
    (Column::Appraisal(1), "mapel", CellType::Text, 18.0),
    (Column::Appraisal(2), "periode", CellType::Text, 9.0),
    (Column::Appraisal(3), "penilai", CellType::Text, 24.0),
    (Column::Appraisal(4), "nip_penilai", CellType::Text, 21.0),
    (Column::Appraisal(5), "kepala_sekolah", CellType::Text, 24.0),
    (Column::Appraisal(6), "nip_kepala_sekolah", CellType::Text, 21.0),
    (Column::Appraisal(7), "tempat", CellType::Text, 14.0),
    (Column::Appraisal(8), "tanggal", CellType::Text, 12.0),
    (Column::Appraisal(9), "pengawas", CellType::Text, 24.0),
    (Column::Appraisal(10), "nip_pengawas", CellType::Text, 21.0),
    (Column::Appraisal(11), "mengetahui", CellType::Text, 24.0),
    (Column::Appraisal(12), "nip_mengetahui", CellType::Text, 21.0),
    (Column::Appraisal(13), "jabatan_mengetahui", CellType::Text, 24.0),
];

/// The header names, with `Values` expanded to `k1` … `k{competencies}`.
pub fn header(competencies: usize) -> Vec<String> {
    let mut out = Vec::with_capacity(COLUMNS.len() + competencies);
    for (col, name, _, _) in COLUMNS {
        if col == Column::Values {
            out.extend((1..=competencies).map(|k| format!("{name}{k}")));
        } else {
            out.push(name.to_string());
        }
    }
    out
}

/// The angka kredit of a row: exact, and as shown (3 decimals; exact decimal or fraction).
#[derive(Debug, Clone, Copy)]
pub struct CreditCell<'a> {
    pub exact: Exact,
    /// 3 decimals, half-up, in the CSV dialect's separator.
    pub display: &'a str,
    /// The exact value as a decimal or `n/d`, in the CSV dialect's separator.
    pub exact_text: &'a str,
}

/// One teacher's rekap row. The display texts depend on few inputs, so the batch scorer
/// formats them once and reuses them; they use the CSV dialect's decimal separator.
#[derive(Debug, Clone, Copy)]
pub struct RekapRow<'a> {
    pub source: &'a str,
    pub line: Option<u64>,
    pub nama: &'a str,
    pub nip: &'a str,
    pub sekolah: Option<&'a str>,
    pub jenis: Jenis,
    pub golongan: Option<Golongan>,
    pub max_total: u32,
    /// The results; `None` for a teacher not yet assessed (every score blank), who is listed
    /// with the reason in the catatan.
    pub scores: Option<RowScores<'a>>,
    pub credit: Option<CreditCell<'a>>,
    /// Why cells are empty and whether the nilai lies in a band gap; empty when all is plain.
    pub catatan: &'a str,
    /// The appraisal's identity in [`Field::APPRAISAL`] order (empty when not given).
    pub appraisal: [&'a str; crate::core::teacher::APPRAISAL_LEN],
    /// What the angka kredit was worked out from beyond golongan and predikat (not in the
    /// rekap's columns; `riwayat` keeps it).
    pub working: Working,
}

/// Hours or counselees, and a tugas tambahan with its nilai (100 scale), of a row.
#[derive(Debug, Clone, Copy, Default)]
pub struct Working {
    pub jm: Option<Exact>,
    pub tambahan: Option<crate::core::tugas::TugasTambahan>,
    pub nilai_tambahan: Option<Exact>,
}

impl Working {
    /// The working inputs of a teacher.
    pub fn of<S>(t: &Teacher<S>, jenis: Jenis) -> Working {
        Working {
            jm: t.jm(jenis),
            tambahan: t.tugas_tambahan,
            nilai_tambahan: t.nilai_tambahan.map(|v| v.scale_100()),
        }
    }
}

/// The results of an assessed teacher's row.
#[derive(Debug, Clone, Copy)]
pub struct RowScores<'a> {
    /// The competency values 1–4 of this teacher's instrument.
    pub values: &'a [u8],
    pub total: u32,
    pub score_100: Exact,
    /// The 100-scale value with 2 decimals.
    pub score_100_text: &'a str,
    pub predikat: Predikat,
}

/// Display texts of an assessment, for building a [`RekapRow`] outside the batch scorer.
#[derive(Debug, Clone)]
pub struct RowTexts {
    score_100: String,
    credit: Option<(String, String)>,
    catatan: String,
}

impl RowTexts {
    /// The texts of an assessment in the decimal separator `sep`, with the sheet's warnings.
    pub fn of(lang: Lang, a: &Assessment, sep: char, warnings: &[crate::sheet::Problem]) -> RowTexts {
        RowTexts {
            score_100: Fixed(a.score_100(), 2, sep).to_string(),
            credit: a
                .credit
                .computed()
                .map(|c| (Fixed(c.per_year, 3, sep).to_string(), exact::exact_text(c.per_year, sep))),
            catatan: catatan(
                lang,
                warnings,
                crate::i18n::catatan_credit(lang, &a.credit, a.scored.jenis).as_deref(),
                crate::i18n::catatan_gap(lang, a.score_100()).as_deref(),
            ),
        }
    }
}

/// A row's catatan: its warnings, why the angka kredit is empty, a band gap; `; ` between.
pub fn catatan(
    lang: Lang,
    warnings: &[crate::sheet::Problem],
    credit: Option<&str>,
    gap: Option<&str>,
) -> String {
    let mut out = String::new();
    write_catatan(lang, &mut out, warnings, credit, gap);
    out
}

/// [`catatan`] into a reused buffer (cleared first).
pub fn write_catatan(
    lang: Lang,
    out: &mut String,
    warnings: &[crate::sheet::Problem],
    credit: Option<&str>,
    gap: Option<&str>,
) {
    out.clear();
    crate::i18n::catatan_warnings(lang, out, warnings);
    for part in [credit, gap].into_iter().flatten() {
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(part);
    }
}

impl<'a> RekapRow<'a> {
    /// The row of an assessed teacher.
    pub fn of<S: AsRef<str>>(
        source: &'a str,
        line: Option<u64>,
        t: &'a Teacher<S>,
        a: &'a Assessment,
        texts: &'a RowTexts,
    ) -> RekapRow<'a> {
        RekapRow {
            source,
            line,
            nama: t.nama_str(),
            nip: t.nip_str(),
            sekolah: t.sekolah.as_ref().map(|s| s.as_ref().trim()),
            jenis: a.scored.jenis,
            golongan: t.golongan,
            working: Working::of(t, a.scored.jenis),
            max_total: a.scored.max_total,
            scores: Some(RowScores {
                values: a.scored.values(),
                total: a.scored.total,
                score_100: a.score_100(),
                score_100_text: &texts.score_100,
                predikat: a.predikat,
            }),
            credit: match (a.credit.computed(), &texts.credit) {
                (Some(c), Some((display, exact_text))) => {
                    Some(CreditCell { exact: c.per_year, display, exact_text })
                }
                _ => None,
            },
            catatan: &texts.catatan,
            appraisal: t.appraisal_strs(),
        }
    }
}

/// A chunk of rekap rows as the workers encoded them, in order: bytes (CSV, JSON, JSON
/// Lines), or typed cells (XLSX).
pub struct Rows {
    pub bytes: RowWriter,
    /// XLSX: each row's cells, one per column of the expanded header, row after row.
    pub cells: Vec<Cell>,
}

impl Rows {
    /// Empty rows writing bytes into `buffer` in a CSV dialect.
    pub fn new(dialect: CsvDialect, buffer: Vec<u8>) -> Rows {
        Rows { bytes: RowWriter::with_buffer(dialect, buffer), cells: Vec::new() }
    }

    /// Whether nothing was encoded.
    pub fn is_empty(&self) -> bool {
        self.bytes.out.is_empty() && self.cells.is_empty()
    }
}

/// A typed cell of the XLSX rekap.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Blank,
    Text(String),
    Number(f64),
}

/// Encodes rows into a chunk; shared by the worker threads.
pub trait RowEncoder: Sync {
    /// Appends one row.
    fn row(&self, out: &mut Rows, row: &RekapRow<'_>);
}

/// Frames encoded chunks into the output, in input order (main thread).
pub trait RekapWriter {
    /// Whatever comes before the first row (a header).
    fn begin(&mut self, out: &mut (dyn Write + Send)) -> Result<()>;
    /// One chunk of encoded rows (possibly empty).
    fn chunk(&mut self, out: &mut (dyn Write + Send), rows: &Rows) -> Result<()>;
    /// Whatever comes after the last row; `per_predikat` (Amat Baik first) and `failed` are the
    /// run's totals.
    fn end(&mut self, out: &mut (dyn Write + Send), per_predikat: &[u64; 5], failed: u64) -> Result<()>;
}

/// The encoder and the writer of a format.
pub fn rekap(
    format: RekapFormat,
    dialect: CsvDialect,
    competencies: usize,
    lang: crate::lang::Lang,
) -> (Box<dyn RowEncoder>, Box<dyn RekapWriter + Send>) {
    match format {
        RekapFormat::Csv => {
            (Box::new(csv::Encoder { competencies }), Box::new(csv::Writer { dialect, competencies }))
        }
        RekapFormat::Json => (Box::new(json::Encoder { lines: false }), Box::new(json::Writer::array())),
        RekapFormat::Jsonl => (Box::new(json::Encoder { lines: true }), Box::new(json::Writer::lines())),
        RekapFormat::Xlsx => {
            (Box::new(xlsx::Encoder { competencies }), Box::new(xlsx::Writer::new(competencies, lang)))
        }
    }
}

/// The decimal separator of the row texts for a format: the CSV dialect's for CSV, a point
/// otherwise (JSON and XLSX take numbers from the exact values).
pub fn text_decimal(format: RekapFormat, dialect: CsvDialect) -> char {
    if format == RekapFormat::Csv { dialect.decimal } else { '.' }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_expands_the_competency_columns() {
        let h = header(17);
        assert_eq!(h.len(), 29 + 17);
        assert_eq!(&h[..8], ["sumber", "baris", "nama", "nip", "sekolah", "jenis", "golongan", "k1"]);
        assert_eq!(h[7 + 16], "k17");
        assert_eq!(h.last().map(String::as_str), Some("jabatan_mengetahui"));
        // The appraisal columns follow Field::APPRAISAL.
        let keys: Vec<&str> = crate::core::teacher::Field::APPRAISAL.iter().map(|f| f.key()).collect();
        assert_eq!(&h[h.len() - crate::core::teacher::APPRAISAL_LEN..], keys);
    }
}
