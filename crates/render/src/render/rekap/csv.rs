//! The CSV rekap: a header row, then one row per teacher in the chosen dialect. Rows are
//! written field by field into the chunk buffer without allocating.

use std::io::Write;

use anyhow::Result;

use super::super::csv::{CsvDialect, RowWriter};
use super::{COLUMNS, Column, RekapRow, RekapWriter, RowEncoder, Rows};
use crate::core::teacher::Field;

pub(super) struct Encoder {
    pub competencies: usize,
}

impl RowEncoder for Encoder {
    fn row(&self, rows: &mut Rows, r: &RekapRow<'_>) {
        let w = &mut rows.bytes;
        for (col, ..) in COLUMNS {
            match col {
                Column::Sumber => w.label(r.source),
                Column::Baris => match r.line {
                    Some(l) => w.uint(l),
                    None => w.raw(b""),
                },
                Column::Nama => w.text(r.nama),
                Column::Nip => w.identifier(r.nip),
                Column::Sekolah => w.text(r.sekolah.unwrap_or("")),
                Column::Jenis => w.raw(r.jenis.code().as_bytes()),
                Column::Golongan => w.raw(r.golongan.map_or("", |g| g.as_str()).as_bytes()),
                Column::Values => w.digits(r.scores.map_or(&[], |s| s.values), self.competencies),
                Column::Jumlah => match r.scores {
                    Some(s) => w.uint(u64::from(s.total)),
                    None => w.raw(b""),
                },
                Column::JumlahMaks => w.uint(u64::from(r.max_total)),
                // Numbers we formatted: digits and one decimal separator, never the delimiter.
                Column::Nilai => w.raw(r.scores.map_or("", |s| s.score_100_text).as_bytes()),
                Column::Predikat => w.raw(r.scores.map_or("", |s| s.predikat.name()).as_bytes()),
                Column::NkPersen => match r.scores {
                    Some(s) => w.uint(u64::from(s.predikat.credit_percent())),
                    None => w.raw(b""),
                },
                Column::AngkaKredit => w.raw(r.credit.map_or("", |c| c.display).as_bytes()),
                Column::AngkaKreditTepat => w.raw(r.credit.map_or("", |c| c.exact_text).as_bytes()),
                Column::Catatan => w.text(r.catatan),
                Column::Appraisal(i) if Field::APPRAISAL[usize::from(i)].is_identifier() => {
                    w.identifier(r.appraisal[usize::from(i)])
                }
                Column::Appraisal(i) => w.text(r.appraisal[usize::from(i)]),
            }
        }
        w.end();
    }
}

pub(super) struct Writer {
    pub dialect: CsvDialect,
    pub competencies: usize,
}

impl RekapWriter for Writer {
    fn begin(&mut self, out: &mut (dyn Write + Send)) -> Result<()> {
        let mut w = RowWriter::new(self.dialect);
        w.bom();
        for h in super::header(self.competencies) {
            w.text(&h);
        }
        w.end();
        out.write_all(&w.out)?;
        Ok(())
    }

    fn chunk(&mut self, out: &mut (dyn Write + Send), rows: &Rows) -> Result<()> {
        out.write_all(&rows.bytes.out)?;
        Ok(())
    }

    fn end(&mut self, _out: &mut (dyn Write + Send), _per_predikat: &[u64; 5], _failed: u64) -> Result<()> {
        Ok(())
    }
}
