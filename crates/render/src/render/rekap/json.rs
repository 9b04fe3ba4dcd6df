//! The JSON rekap (`pkguru/rekap/1`): an array of one object per teacher, or JSON Lines.
//! Rows are encoded with their separator (`,\n{…}` in an array, `{…}\n` in lines); the writer
//! opens the array on the first row, so an empty run gives `[]`.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use crate::core::exact::{self, Exactly, Fixed};

use super::{RekapRow, RekapWriter, RowEncoder, Rows};

/// One rekap record.
#[derive(Serialize)]
struct RekapJson<'a> {
    source: &'a str,
    line: Option<u64>,
    nama: &'a str,
    nip: &'a str,
    sekolah: Option<&'a str>,
    jenis: &'static str,
    golongan: Option<&'static str>,
    /// False for a teacher not yet assessed: the results below are `null` (values empty).
    assessed: bool,
    values: &'a [u8],
    total: Option<u32>,
    max_total: u32,
    score_100: Option<f64>,
    score_100_display: Option<Fixed>,
    predikat: Option<&'static str>,
    credit_percent: Option<u32>,
    angka_kredit: Option<f64>,
    angka_kredit_display: Option<Fixed>,
    angka_kredit_exact: Option<Exactly>,
    catatan: Option<&'a str>,
    nuptk: Option<&'a str>,
    mapel: Option<&'a str>,
    periode: Option<&'a str>,
    penilai: Option<&'a str>,
    nip_penilai: Option<&'a str>,
    kepala_sekolah: Option<&'a str>,
    nip_kepala_sekolah: Option<&'a str>,
    tempat: Option<&'a str>,
    tanggal: Option<&'a str>,
    pengawas: Option<&'a str>,
    nip_pengawas: Option<&'a str>,
    mengetahui: Option<&'a str>,
    nip_mengetahui: Option<&'a str>,
    jabatan_mengetahui: Option<&'a str>,
}

/// A text, or `null` when empty.
fn some(text: &str) -> Option<&str> {
    Some(text).filter(|t| !t.is_empty())
}

pub(super) struct Encoder {
    /// JSON Lines instead of an array.
    pub lines: bool,
}

impl RowEncoder for Encoder {
    fn row(&self, rows: &mut Rows, r: &RekapRow<'_>) {
        let w = &mut rows.bytes;
        let credit = r.credit.map(|c| c.exact);
        let doc = RekapJson {
            source: r.source,
            line: r.line,
            nama: r.nama,
            nip: r.nip,
            sekolah: r.sekolah,
            jenis: r.jenis.code(),
            golongan: r.golongan.map(|g| g.as_str()),
            assessed: r.scores.is_some(),
            values: r.scores.map_or(&[], |s| s.values),
            total: r.scores.map(|s| s.total),
            max_total: r.max_total,
            score_100: r.scores.map(|s| exact::to_f64(s.score_100)),
            score_100_display: r.scores.map(|s| Fixed(s.score_100, 2, '.')),
            predikat: r.scores.map(|s| s.predikat.name()),
            credit_percent: r.scores.map(|s| s.predikat.credit_percent()),
            angka_kredit: credit.map(exact::to_f64),
            angka_kredit_display: credit.map(|c| Fixed(c, 3, '.')),
            angka_kredit_exact: credit.map(|c| Exactly(c, '.')),
            catatan: Some(r.catatan).filter(|c| !c.is_empty()),
            nuptk: some(r.appraisal[0]),
            mapel: some(r.appraisal[1]),
            periode: some(r.appraisal[2]),
            penilai: some(r.appraisal[3]),
            nip_penilai: some(r.appraisal[4]),
            kepala_sekolah: some(r.appraisal[5]),
            nip_kepala_sekolah: some(r.appraisal[6]),
            tempat: some(r.appraisal[7]),
            tanggal: some(r.appraisal[8]),
            pengawas: some(r.appraisal[9]),
            nip_pengawas: some(r.appraisal[10]),
            mengetahui: some(r.appraisal[11]),
            nip_mengetahui: some(r.appraisal[12]),
            jabatan_mengetahui: some(r.appraisal[13]),
        };
        if !self.lines {
            w.out.extend_from_slice(b",\n");
        }
        // Serialising into a Vec cannot fail for these types.
        let _ = serde_json::to_writer(&mut w.out, &doc);
        if self.lines {
            w.out.push(b'\n');
        }
    }
}

pub(super) struct Writer {
    array: bool,
    rows_written: bool,
}

impl Writer {
    pub fn array() -> Writer {
        Writer { array: true, rows_written: false }
    }

    pub fn lines() -> Writer {
        Writer { array: false, rows_written: false }
    }
}

impl RekapWriter for Writer {
    fn begin(&mut self, _out: &mut (dyn Write + Send)) -> Result<()> {
        Ok(())
    }

    fn chunk(&mut self, out: &mut (dyn Write + Send), rows: &Rows) -> Result<()> {
        let bytes = &rows.bytes.out;
        if bytes.is_empty() {
            return Ok(());
        }
        if self.array && !self.rows_written {
            // The first row opens the array instead of following a comma.
            out.write_all(b"[")?;
            out.write_all(&bytes[1..])?;
        } else {
            out.write_all(bytes)?;
        }
        self.rows_written = true;
        Ok(())
    }

    fn end(&mut self, out: &mut (dyn Write + Send), _per_predikat: &[u64; 5], _failed: u64) -> Result<()> {
        if self.array {
            out.write_all(if self.rows_written { b"\n]\n" } else { b"[]\n" })?;
        }
        Ok(())
    }
}
