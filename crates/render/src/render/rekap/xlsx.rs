//! The XLSX rekap, made for people: a title, a `No.` column and readable headings, typed cells
//! from the exact values (NIP and codes as text, numbers as numbers with 2 or 3 decimals shown,
//! never fractions), a frozen header with a filter, A4 landscape print setup one page wide with
//! the header row on every page and the school and period in the page header, and a
//! `Ringkasan` sheet (title, school, period, teachers per predikat with a chart, the mean of
//! each competency per instrument). Workers encode each row as typed cells; the writer thread
//! puts them into a worksheet in constant-memory mode (rows go to a temporary file as they
//! come), so memory does not grow with the number of teachers; what the summary needs is
//! counted on the way.

use crate::lang::Lang;
use std::io::Write;

use anyhow::{Context, Result, anyhow};
use rust_xlsxwriter::{Chart, ChartType, Format, Workbook};

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
                // For people a decimal, never a fraction (the cell keeps every digit a double has).
                Column::AngkaKreditTepat => match r.credit {
                    Some(c) => number(out, exact::to_f64(c.exact)),
                    None => out.push(BLANK),
                },
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

/// Rows above the table: the title, then a blank row.
const HEADER_ROW: u32 = 2;

/// Columns hidden in the XLSX rekap (still there for filters and formulas).
const HIDDEN: [&str; 4] = ["sumber", "baris", "jumlah_maks", "angka_kredit_tepat"];

pub(super) struct Writer {
    /// The language of the headings and the summary sheet.
    lang: Lang,
    book: Workbook,
    header: Vec<String>,
    types: Vec<(CellType, f64)>,
    rows: u32,
    /// Where the summary's inputs are among the cells of a row.
    jenis_col: Option<usize>,
    sekolah_col: Option<usize>,
    periode_col: Option<usize>,
    k_cols: Vec<usize>,
    /// Per instrument (kelas, BK): teachers with values, the sum of each competency, and how
    /// many competencies the instrument has (the rows' filled value cells).
    sums: [(u64, Vec<f64>, usize); 2],
    schools: Vec<String>,
    periods: Vec<String>,
}

impl Writer {
    pub fn new(competencies: usize, lang: Lang) -> Writer {
        let header = super::header(competencies);
        let at = |key: &str| header.iter().position(|h| h == key);
        let k_cols = (1..=competencies).filter_map(|k| at(&format!("k{k}"))).collect();
        Writer {
            lang,
            book: Workbook::new(),
            jenis_col: at("jenis"),
            sekolah_col: at("sekolah"),
            periode_col: at("periode"),
            k_cols,
            sums: [(0, vec![0.0; competencies], 0), (0, vec![0.0; competencies], 0)],
            schools: Vec::new(),
            periods: Vec::new(),
            header,
            types: cell_types(competencies),
            rows: 0,
        }
    }

    /// Counts what the summary needs from one row's cells.
    fn note(&mut self, cells: &[(u8, &str, f64)]) {
        let text = |c: Option<usize>| c.and_then(|c| cells.get(c)).map_or("", |x| x.1);
        for (seen, value) in
            [(&mut self.schools, text(self.sekolah_col)), (&mut self.periods, text(self.periode_col))]
        {
            if !value.is_empty() && seen.len() < 2 && !seen.iter().any(|v| v == value) {
                seen.push(value.to_string());
            }
        }
        let i = usize::from(text(self.jenis_col) == "bk");
        let filled = self.k_cols.iter().take_while(|&&c| cells.get(c).is_some_and(|x| x.0 == NUMBER)).count();
        if filled > 0 {
            let sums = &mut self.sums[i];
            sums.0 += 1;
            sums.2 = sums.2.max(filled);
            for (s, &c) in sums.1.iter_mut().zip(&self.k_cols).take(filled) {
                *s += cells[c].2;
            }
        }
    }

    /// One school or period, "(several)", or nothing.
    fn one(lang: Lang, seen: &[String]) -> String {
        match seen {
            [] => String::new(),
            [one] => one.clone(),
            _ => i18n::rk_several(lang).to_string(),
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
        let lang = self.lang;
        let ws = self.book.add_worksheet_with_constant_memory()?;
        ws.set_name("Rekap")?;
        ws.set_column_width(0, 5)?;
        for (c, (_, width)) in self.types.iter().enumerate() {
            ws.set_column_width(c as u16 + 1, *width)?;
        }
        // What a person does not need to read is hidden (the cells stay, for filters and
        // formulas): where each row came from, the fixed maximum, the unrounded angka kredit.
        for (c, key) in self.header.iter().enumerate() {
            if HIDDEN.contains(&key.as_str()) {
                ws.set_column_hidden(c as u16 + 1)?;
            }
        }
        let title = Format::new().set_bold().set_font_size(14);
        ws.write_string_with_format(0, 0, i18n::rk_title(lang).to_uppercase(), &title)?;
        ws.write_string_with_format(HEADER_ROW, 0, i18n::rk_no(lang), &bold())?;
        let heading = bold().set_text_wrap();
        for (c, h) in self.header.iter().enumerate() {
            ws.write_string_with_format(HEADER_ROW, c as u16 + 1, i18n::rekap_heading(lang, h), &heading)?;
        }
        Ok(())
    }

    fn chunk(&mut self, _out: &mut (dyn Write + Send), mut bytes: &[u8]) -> Result<()> {
        let lang = self.lang;
        let two = Format::new().set_num_format("0.00");
        let three = Format::new().set_num_format("0.000");
        let mut cells: Vec<(u8, String, f64)> = Vec::with_capacity(self.types.len());
        while !bytes.is_empty() {
            if self.rows as usize >= MAX_ROWS - HEADER_ROW as usize {
                return Err(anyhow!(i18n::err_xlsx_too_many(lang, MAX_ROWS - HEADER_ROW as usize)));
            }
            let r = HEADER_ROW + 1 + self.rows;
            cells.clear();
            for _ in 0..self.types.len() {
                let (tag, s, v, rest) =
                    next_cell(bytes).ok_or_else(|| anyhow!(i18n::err_xlsx_write(lang)))?;
                bytes = rest;
                cells.push((tag, s.to_string(), v));
            }
            let ws = self.book.worksheet_from_index(0)?;
            ws.write_number(r, 0, f64::from(self.rows + 1))?;
            for (c, ((tag, s, v), (ty, _))) in cells.iter().zip(&self.types).enumerate() {
                let c = c as u16 + 1;
                match (*tag, ty) {
                    (TEXT, _) => ws.write_string(r, c, s).map(|_| ())?,
                    (NUMBER, CellType::Decimal2) => {
                        ws.write_number_with_format(r, c, *v, &two).map(|_| ())?
                    }
                    (NUMBER, CellType::Decimal3) => {
                        ws.write_number_with_format(r, c, *v, &three).map(|_| ())?
                    }
                    (NUMBER, _) => ws.write_number(r, c, *v).map(|_| ())?,
                    _ => {}
                }
            }
            let borrowed: Vec<(u8, &str, f64)> = cells.iter().map(|(t, s, v)| (*t, s.as_str(), *v)).collect();
            self.note(&borrowed);
            self.rows += 1;
        }
        Ok(())
    }

    fn end(&mut self, out: &mut (dyn Write + Send), per_predikat: &[u64; 5], failed: u64) -> Result<()> {
        let lang = self.lang;
        let (school, period) = (Self::one(lang, &self.schools), Self::one(lang, &self.periods));
        let last_col = self.header.len() as u16;
        let ws = self.book.worksheet_from_index(0)?;
        ws.set_freeze_panes(HEADER_ROW + 1, 0)?;
        ws.autofilter(HEADER_ROW, 0, HEADER_ROW + self.rows, last_col)?;
        ws.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0).set_print_gridlines(true);
        ws.set_margins(0.4, 0.4, 0.6, 0.5, 0.3, 0.3);
        // The printed page ends at the catatan: the appraisal's identity columns after it are
        // for the forms (`pkguru report`), not for the school's list.
        if let Some(last) = self.header.iter().position(|h| h == "catatan") {
            ws.set_print_area(0, 0, HEADER_ROW + self.rows.max(1), last as u16 + 1)?;
        }
        ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
        let escape = |s: &str| s.replace('&', "&&");
        let part = |label: &str, value: &str| {
            if value.is_empty() { String::new() } else { format!("{label}: {}", escape(value)) }
        };
        ws.set_header(format!(
            "&L{}&R{}",
            part(i18n::rk_sekolah(lang), &school),
            part(i18n::rk_periode(lang), &period)
        ));
        ws.set_footer(format!("&C{}", i18n::rk_page(lang)));
        let summary = self.book.add_worksheet();
        summary.set_name(i18n::xlsx_summary_name(lang))?;
        summary.set_column_width(0, 28)?;
        summary.set_column_width(1, 12)?;
        let title = Format::new().set_bold().set_font_size(14);
        summary.write_string_with_format(0, 0, i18n::rk_title(lang).to_uppercase(), &title)?;
        summary.write_string(1, 0, i18n::rk_sekolah(lang))?;
        summary.write_string(1, 1, &school)?;
        summary.write_string(2, 0, i18n::rk_periode(lang))?;
        summary.write_string(2, 1, &period)?;
        let top = 4;
        summary.write_string_with_format(top, 0, i18n::label_predikat_short(lang), &bold())?;
        summary.write_string_with_format(top, 1, i18n::label_teachers(lang), &bold())?;
        for (i, p) in Predikat::ALL.iter().enumerate() {
            summary.write_string(top + 1 + i as u32, 0, p.name())?;
            summary.write_number(top + 1 + i as u32, 1, per_predikat[i] as f64)?;
        }
        summary.write_string_with_format(top + 6, 0, i18n::label_total_teachers(lang), &bold())?;
        summary.write_number(top + 6, 1, per_predikat.iter().sum::<u64>() as f64)?;
        summary.write_string(top + 7, 0, i18n::label_failed(lang))?;
        summary.write_number(top + 7, 1, failed as f64)?;
        let name = i18n::xlsx_summary_name(lang);
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_categories((name, top + 1, 0, top + 5, 0))
            .set_values((name, top + 1, 1, top + 5, 1))
            .set_name(i18n::label_teachers(lang));
        chart.title().set_name(i18n::label_predikat_short(lang));
        chart.legend().set_hidden();
        // Amat Baik on top, as in the table; whole teachers on the value axis.
        chart.x_axis().set_reverse();
        chart.y_axis().set_major_unit(1);
        summary.insert_chart(top, 3, &chart)?;
        // The mean of each competency per instrument, under the table and the chart.
        let mut row = top + 17;
        let two = Format::new().set_num_format("0.00");
        for (i, label) in ["kelas", "bk"].iter().enumerate() {
            let (n, sums, count) = &self.sums[i];
            if *n == 0 {
                continue;
            }
            let title = format!(
                "{} — {label} ({n} {})",
                i18n::rk_means(lang),
                i18n::label_teachers(lang).to_lowercase()
            );
            summary.write_string_with_format(row, 0, title, &Format::new().set_bold())?;
            row += 1;
            summary.write_string_with_format(row, 0, i18n::rp_competency(lang), &bold())?;
            summary.write_string_with_format(row, 1, i18n::rp_value_short(lang), &bold())?;
            row += 1;
            for (k, s) in sums.iter().take(*count).enumerate() {
                summary.write_string(row, 0, format!("K{}", k + 1))?;
                summary.write_number_with_format(row, 1, s / *n as f64, &two)?;
                row += 1;
            }
            row += 1;
        }
        summary.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0);
        self.book.save_to_writer(out).context(i18n::err_xlsx_write(lang))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rekap column has a readable heading in the XLSX rekap (none shows its CSV key).
    #[test]
    fn every_column_has_a_readable_heading() {
        let lang = Lang::Id;
        for key in super::super::header(17) {
            assert_ne!(i18n::rekap_heading(lang, &key), key, "{key}");
        }
        assert_eq!(i18n::rekap_heading(lang, "k12"), "K12");
        assert_eq!(i18n::rekap_heading(lang, "nilai"), "Nilai (skala 100)");
    }

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
