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

/// A column's place in the row as [`Encoder::row`] writes it.
const fn written_at(col: Column) -> usize {
    match col {
        Column::Sumber => 0,
        Column::Baris => 1,
        Column::Nama => 2,
        Column::Nip => 3,
        Column::Sekolah => 4,
        Column::Jenis => 5,
        Column::Golongan => 6,
        Column::Values => 7,
        Column::Jumlah => 8,
        Column::JumlahMaks => 9,
        Column::Nilai => 10,
        Column::Predikat => 11,
        Column::NkPersen => 12,
        Column::AngkaKredit => 13,
        Column::AngkaKreditTepat => 14,
        Column::Catatan => 15,
        Column::Appraisal(k) => 16 + k as usize,
    }
}

// The row is written in straight code, not by a loop over `COLUMNS` (the indirect jump of
// every cell was the row encoder's largest cost; BENCHMARKS.md): this holds the table to the
// order written when the crate compiles.
const _: () = {
    assert!(COLUMNS.len() == 16 + Field::APPRAISAL.len());
    let mut i = 0;
    while i < COLUMNS.len() {
        assert!(written_at(COLUMNS[i].0) == i, "COLUMNS is not in the order Encoder::row writes");
        i += 1;
    }
};

impl RowEncoder for Encoder {
    fn row(&self, rows: &mut Rows, r: &RekapRow<'_>) {
        let w = &mut rows.bytes;
        let scores = r.scores.as_ref();
        w.label(r.source);
        match r.line {
            Some(l) => w.uint(l),
            None => w.raw(b""),
        }
        w.text(r.nama);
        w.identifier(r.nip);
        w.text(r.sekolah.unwrap_or(""));
        w.raw(r.jenis.code().as_bytes());
        w.raw(r.golongan.map_or("", |g| g.as_str()).as_bytes());
        w.digits(scores.map_or(&[], |s| s.values), self.competencies);
        match scores {
            Some(s) => w.uint(u64::from(s.total)),
            None => w.raw(b""),
        }
        w.uint(u64::from(r.max_total));
        // Numbers we formatted: digits and one decimal separator, never the delimiter.
        w.raw(scores.map_or("", |s| s.score_100_text).as_bytes());
        w.raw(scores.map_or("", |s| s.predikat.name()).as_bytes());
        match scores {
            Some(s) => w.uint(u64::from(s.predikat.credit_percent())),
            None => w.raw(b""),
        }
        w.raw(r.credit.map_or("", |c| c.display).as_bytes());
        w.raw(r.credit.map_or("", |c| c.exact_text).as_bytes());
        w.text(r.catatan);
        // Most sheets give none of the appraisal's identity: its cells are then one run of
        // delimiters.
        if r.appraisal.iter().all(|s| s.is_empty()) {
            w.blanks(r.appraisal.len());
        } else {
            for (field, text) in Field::APPRAISAL.iter().zip(r.appraisal) {
                if field.is_identifier() { w.identifier(text) } else { w.text(text) }
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
