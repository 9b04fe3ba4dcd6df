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

use super::super::xlsx::bold;
use super::{COLUMNS, Cell, CellType, Column, RekapRow, RekapWriter, RowEncoder, Rows};

/// Excel's row limit, less the header.
pub const MAX_ROWS: usize = 1_048_575;

fn text(out: &mut Vec<Cell>, s: &str) {
    out.push(if s.is_empty() { Cell::Blank } else { Cell::Text(s.to_string()) });
}

fn number(out: &mut Vec<Cell>, v: f64) {
    out.push(Cell::Number(v));
}

pub(super) struct Encoder {
    pub competencies: usize,
}

impl RowEncoder for Encoder {
    fn row(&self, rows: &mut Rows, r: &RekapRow<'_>) {
        let out = &mut rows.cells;
        for (col, ..) in COLUMNS {
            match col {
                Column::Sumber => text(out, r.source),
                Column::Baris => match r.line {
                    Some(l) => number(out, l as f64),
                    None => out.push(Cell::Blank),
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
                            None => out.push(Cell::Blank),
                        }
                    }
                }
                Column::JumlahMaks => number(out, f64::from(r.max_total)),
                Column::Jumlah | Column::Nilai | Column::NkPersen if r.scores.is_none() => {
                    out.push(Cell::Blank)
                }
                Column::Jumlah => number(out, r.scores.map_or(0.0, |s| f64::from(s.total))),
                Column::Nilai => number(out, r.scores.map_or(0.0, |s| exact::to_f64(s.score_100))),
                Column::Predikat => text(out, r.scores.map_or("", |s| s.predikat.name())),
                Column::NkPersen => {
                    number(out, r.scores.map_or(0.0, |s| f64::from(s.predikat.credit_percent())))
                }
                Column::AngkaKredit => match r.credit {
                    Some(c) => number(out, exact::to_f64(c.exact)),
                    None => out.push(Cell::Blank),
                },
                // For people a decimal, never a fraction (the cell keeps every digit a double has).
                Column::AngkaKreditTepat => match r.credit {
                    Some(c) => number(out, exact::to_f64(c.exact)),
                    None => out.push(Cell::Blank),
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
        // Marked as pkguru's rekap: a later run may replace it (see export::OUTPUT_MARK).
        let mut book = Workbook::new();
        let keywords =
            format!("{} {}", crate::render::export::OUTPUT_MARK, crate::render::export::REKAP_MARK);
        book.set_properties(&rust_xlsxwriter::DocProperties::new().set_keywords(keywords));
        Writer {
            lang,
            book,
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
    fn note(&mut self, cells: &[Cell]) {
        let text = |c: Option<usize>| match c.and_then(|c| cells.get(c)) {
            Some(Cell::Text(s)) => s.as_str(),
            _ => "",
        };
        for (seen, value) in
            [(&mut self.schools, text(self.sekolah_col)), (&mut self.periods, text(self.periode_col))]
        {
            if !value.is_empty() && seen.len() < 2 && !seen.iter().any(|v| v == value) {
                seen.push(value.to_string());
            }
        }
        let i = usize::from(text(self.jenis_col) == "bk");
        let number = |c: usize| match cells.get(c) {
            Some(Cell::Number(v)) => Some(*v),
            _ => None,
        };
        let filled = self.k_cols.iter().take_while(|&&c| number(c).is_some()).count();
        if filled > 0 {
            let sums = &mut self.sums[i];
            sums.0 += 1;
            sums.2 = sums.2.max(filled);
            for (s, &c) in sums.1.iter_mut().zip(&self.k_cols).take(filled) {
                *s += number(c).unwrap_or(0.0);
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

    fn chunk(&mut self, _out: &mut (dyn Write + Send), rows: &Rows) -> Result<()> {
        let lang = self.lang;
        let two = Format::new().set_num_format("0.00");
        let three = Format::new().set_num_format("0.000");
        for cells in rows.cells.chunks(self.types.len()) {
            if self.rows as usize >= MAX_ROWS - HEADER_ROW as usize {
                return Err(anyhow!(i18n::err_xlsx_too_many(lang, MAX_ROWS - HEADER_ROW as usize)));
            }
            let r = HEADER_ROW + 1 + self.rows;
            let ws = self.book.worksheet_from_index(0)?;
            ws.write_number(r, 0, f64::from(self.rows + 1))?;
            for (c, (cell, (ty, _))) in cells.iter().zip(&self.types).enumerate() {
                let c = c as u16 + 1;
                match (cell, ty) {
                    (Cell::Text(s), _) => ws.write_string(r, c, s).map(|_| ())?,
                    (Cell::Number(v), CellType::Decimal2) => {
                        ws.write_number_with_format(r, c, *v, &two).map(|_| ())?
                    }
                    (Cell::Number(v), CellType::Decimal3) => {
                        ws.write_number_with_format(r, c, *v, &three).map(|_| ())?
                    }
                    (Cell::Number(v), _) => ws.write_number(r, c, *v).map(|_| ())?,
                    (Cell::Blank, _) => {}
                }
            }
            self.note(cells);
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

    /// A row is typed cells: the NIP and codes text (a NIP is never a number), the values and
    /// results numbers, what is not there blank; one cell per column of the header.
    #[test]
    fn rows_are_typed_cells() {
        use crate::core::assessment::assess;
        use crate::core::instrument::{Instrument, Jenis};
        use crate::core::predikat::Bands;
        use crate::core::scoring::Score;
        use crate::core::teacher::{Field, Teacher};
        let inst = Instrument::embedded(Jenis::Kelas);
        let mut t = Teacher::<String>::default();
        t.set(Field::Nip, "198503152010012003".into()).unwrap();
        t.set(Field::Golongan, "III/c".into()).unwrap();
        t.set(Field::Jam, "24".into()).unwrap();
        let a = assess(inst, &vec![Score::new(2).unwrap(); inst.indicator_count()], &t, Bands::Upper);
        let texts = super::super::RowTexts::of(Lang::Id, &a, '.', &[]);
        let mut rows = Rows::new(Default::default(), Vec::new());
        Encoder { competencies: 17 }.row(&mut rows, &RekapRow::of("a.csv", Some(3), &t, &a, &texts));
        let header = super::super::header(17);
        assert_eq!(rows.cells.len(), header.len());
        let cell = |key: &str| &rows.cells[header.iter().position(|h| h == key).unwrap()];
        assert_eq!(cell("nip"), &Cell::Text("198503152010012003".into()));
        assert_eq!(cell("baris"), &Cell::Number(3.0));
        assert_eq!(cell("k1"), &Cell::Number(4.0));
        assert_eq!(cell("k15"), &Cell::Blank, "the kelas instrument has 14");
        assert_eq!(cell("nilai"), &Cell::Number(100.0));
        assert!(matches!(cell("angka_kredit"), Cell::Number(v) if *v > 0.0));
        assert_eq!(cell("nama"), &Cell::Blank);
        assert!(rows.bytes.out.is_empty(), "no bytes: cells only");
    }
}
