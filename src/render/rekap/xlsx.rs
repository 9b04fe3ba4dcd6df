//! The XLSX rekap: typed cells written from the exact values (NIP and codes as text, numbers
//! as numbers with 2 or 3 decimals shown), a frozen header with a filter, and a `Ringkasan`
//! sheet with the teachers per predikat. Workers encode each row as typed cells; the writer
//! thread puts them into a worksheet in constant-memory mode (rows go to a temporary file as
//! they come), so memory does not grow with the number of teachers.

use std::io::Write;

use anyhow::{Context, Result, anyhow};
use rust_xlsxwriter::{Format, Workbook};

use crate::core::exact;
use crate::core::predikat::Predikat;
use crate::i18n;

use super::super::csv::RowWriter;
use super::super::xlsx::bold;
use super::{COLUMNS, CellType, Column, RekapRow, RekapWriter, RowEncoder};

/// Excel's row limit, less the header.
pub const MAX_ROWS: usize = 1_048_575;

const BLANK: u8 = 0;
const TEXT: u8 = 1;
const NUMBER: u8 = 2;

fn text(out: &mut Vec<u8>, s: &str) {
    if s.is_empty() {
        out.push(BLANK);
    } else {
        out.push(TEXT);
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
}

fn number(out: &mut Vec<u8>, v: f64) {
    out.push(NUMBER);
    out.extend_from_slice(&v.to_le_bytes());
}

pub(super) struct Encoder {
    pub competencies: usize,
}

impl RowEncoder for Encoder {
    fn row(&self, w: &mut RowWriter, r: &RekapRow<'_>) {
        let out = &mut w.out;
        for (col, ..) in COLUMNS {
            match col {
                Column::Sumber => text(out, r.source),
                Column::Baris => match r.line {
                    Some(l) => number(out, l as f64),
                    None => out.push(BLANK),
                },
                Column::Nama => text(out, r.nama),
                Column::Nip => text(out, r.nip),
                Column::Sekolah => text(out, r.sekolah.unwrap_or("")),
                Column::Jenis => text(out, r.jenis.code()),
                Column::Golongan => text(out, r.golongan.map_or("", |g| g.as_str())),
                Column::Values => {
                    let values = r.scores.map_or(&[][..], |s| s.values);
                    for k in 0..self.competencies {
                        match values.get(k) {
                            Some(&v) => number(out, f64::from(v)),
                            None => out.push(BLANK),
                        }
                    }
                }
                Column::JumlahMaks => number(out, f64::from(r.max_total)),
                Column::Jumlah | Column::Nilai | Column::NkPersen if r.scores.is_none() => out.push(BLANK),
                Column::Jumlah => number(out, r.scores.map_or(0.0, |s| f64::from(s.total))),
                Column::Nilai => number(out, r.scores.map_or(0.0, |s| exact::to_f64(s.score_100))),
                Column::Predikat => text(out, r.scores.map_or("", |s| s.predikat.name())),
                Column::NkPersen => {
                    number(out, r.scores.map_or(0.0, |s| f64::from(s.predikat.credit_percent())))
                }
                Column::AngkaKredit => match r.credit {
                    Some(c) => number(out, exact::to_f64(c.exact)),
                    None => out.push(BLANK),
                },
                Column::AngkaKreditTepat => text(out, r.credit.map_or("", |c| c.exact_text)),
                Column::Catatan => text(out, r.catatan),
                Column::Appraisal(i) => text(out, r.appraisal[usize::from(i)]),
            }
        }
    }
}

/// The cell type of each column of the expanded header.
fn cell_types(competencies: usize) -> Vec<(CellType, f64)> {
    let mut out = Vec::new();
    for (col, _, ty, width) in COLUMNS {
        let n = if col == Column::Values { competencies } else { 1 };
        out.extend(std::iter::repeat_n((ty, width), n));
    }
    out
}

pub(super) struct Writer {
    book: Workbook,
    header: Vec<String>,
    types: Vec<(CellType, f64)>,
    rows: u32,
}

impl Writer {
    pub fn new(competencies: usize) -> Writer {
        Writer {
            book: Workbook::new(),
            header: super::header(competencies),
            types: cell_types(competencies),
            rows: 0,
        }
    }
}

/// Reads one encoded cell: (tag, text, number) and the rest.
fn next_cell(bytes: &[u8]) -> Option<(u8, &str, f64, &[u8])> {
    let (&tag, rest) = bytes.split_first()?;
    match tag {
        TEXT => {
            let len = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
            let s = std::str::from_utf8(rest.get(4..4 + len)?).ok()?;
            Some((tag, s, 0.0, &rest[4 + len..]))
        }
        NUMBER => {
            let v = f64::from_le_bytes(rest.get(..8)?.try_into().ok()?);
            Some((tag, "", v, &rest[8..]))
        }
        _ => Some((BLANK, "", 0.0, rest)),
    }
}

impl RekapWriter for Writer {
    fn begin(&mut self, _out: &mut (dyn Write + Send)) -> Result<()> {
        let ws = self.book.add_worksheet_with_constant_memory()?;
        ws.set_name("Rekap")?;
        for (c, (_, width)) in self.types.iter().enumerate() {
            ws.set_column_width(c as u16, *width)?;
        }
        for (c, h) in self.header.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold())?;
        }
        Ok(())
    }

    fn chunk(&mut self, _out: &mut (dyn Write + Send), mut bytes: &[u8]) -> Result<()> {
        let two = Format::new().set_num_format("0.00");
        let three = Format::new().set_num_format("0.000");
        let ws = self.book.worksheet_from_index(0)?;
        while !bytes.is_empty() {
            if self.rows as usize >= MAX_ROWS {
                return Err(anyhow!(i18n::err_xlsx_too_many(MAX_ROWS)));
            }
            let r = self.rows + 1;
            for (c, (ty, _)) in self.types.iter().enumerate() {
                let (tag, s, v, rest) = next_cell(bytes).ok_or_else(|| anyhow!(i18n::err_xlsx_write()))?;
                bytes = rest;
                let c = c as u16;
                match (tag, ty) {
                    (TEXT, _) => ws.write_string(r, c, s).map(|_| ())?,
                    (NUMBER, CellType::Decimal2) => ws.write_number_with_format(r, c, v, &two).map(|_| ())?,
                    (NUMBER, CellType::Decimal3) => {
                        ws.write_number_with_format(r, c, v, &three).map(|_| ())?
                    }
                    (NUMBER, _) => ws.write_number(r, c, v).map(|_| ())?,
                    _ => {}
                }
            }
            self.rows += 1;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut (dyn Write + Send), per_predikat: &[u64; 5], failed: u64) -> Result<()> {
        let ws = self.book.worksheet_from_index(0)?;
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, self.rows, self.header.len() as u16 - 1)?;
        let summary = self.book.add_worksheet();
        summary.set_name(i18n::xlsx_summary_name())?;
        summary.write_string_with_format(0, 0, i18n::label_predikat_short(), &bold())?;
        summary.write_string_with_format(0, 1, i18n::label_teachers(), &bold())?;
        for (i, p) in Predikat::ALL.iter().enumerate() {
            summary.write_string(i as u32 + 1, 0, p.name())?;
            summary.write_number(i as u32 + 1, 1, per_predikat[i] as f64)?;
        }
        summary.write_string_with_format(6, 0, i18n::label_total_teachers(), &bold())?;
        summary.write_number(6, 1, per_predikat.iter().sum::<u64>() as f64)?;
        summary.write_string(7, 0, i18n::label_failed())?;
        summary.write_number(7, 1, failed as f64)?;
        summary.set_column_width(0, 24)?;
        self.book.save_to_writer(out).context(i18n::err_xlsx_write())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_round_trip() {
        let mut out = Vec::new();
        text(&mut out, "1985 03");
        number(&mut out, 69.5);
        text(&mut out, "");
        let (t, s, _, rest) = next_cell(&out).unwrap();
        assert_eq!((t, s), (TEXT, "1985 03"));
        let (t, _, v, rest) = next_cell(rest).unwrap();
        assert_eq!((t, v), (NUMBER, 69.5));
        let (t, _, _, rest) = next_cell(rest).unwrap();
        assert_eq!(t, BLANK);
        assert!(rest.is_empty());
    }
}
