//! The XLSX exporter: one worksheet per table, with pkguru's header style, a title row when
//! the table has one, numbers as numbers (in the column's number format), NIPs as text, the
//! header frozen and repeated on every printed page, A4. Worksheets are written in constant
//! memory (each row goes to a temporary file once the next begins), so a table of a hundred
//! thousand rows costs what a few rows do until the workbook is zipped.

use rust_xlsxwriter::{Format, Workbook, Worksheet};

use crate::core::exact::{self, to_f64};
use crate::lang::Lang;

use super::{Cell, Document, ExportError, Exporter, Out, Table};

/// An Excel workbook.
pub struct Xlsx;

impl Exporter for Xlsx {
    fn write<D: Document>(&self, lang: Lang, doc: &D, out: Out<'_>) -> Result<(), ExportError> {
        write(doc.tables(lang), out)
    }
}

/// Excel's last row (0-based).
const LAST_ROW: u32 = 1_048_575;

/// Writes the tables as a workbook, one worksheet each, to `out`.
pub fn write(tables: Vec<Table<'_>>, out: Out<'_>) -> Result<(), ExportError> {
    let mut book = Workbook::new();
    book.set_properties(&rust_xlsxwriter::DocProperties::new().set_keywords(super::OUTPUT_MARK));
    for t in tables {
        sheet(book.add_worksheet_with_constant_memory()?, t)?;
    }
    Ok(book.save_to_writer(out)?)
}

/// The tables as workbook bytes.
pub fn workbook(tables: Vec<Table<'_>>) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::new();
    write(tables, &mut out)?;
    Ok(out)
}

fn sheet(ws: &mut Worksheet, t: Table<'_>) -> Result<(), ExportError> {
    let name: String = t.name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    if !name.is_empty() {
        ws.set_name(name)?;
    }
    let head = match &t.title {
        Some(title) => {
            ws.write_string_with_format(0, 0, title, &Format::new().set_bold().set_font_size(13))?;
            2
        }
        None => 0,
    };
    let bold = super::super::xlsx::bold().set_text_wrap();
    let formats: Vec<Format> = t
        .columns
        .iter()
        .map(|c| c.number_format.map_or_else(Format::new, |f| Format::new().set_num_format(f)))
        .collect();
    let (text, general) = (Format::new().set_num_format("@"), Format::new());
    for (c, col) in t.columns.iter().enumerate() {
        let c16 = c as u16;
        ws.write_string_with_format(head, c16, &col.label, &bold)?;
        let width = col.width.unwrap_or_else(|| (col.label.chars().count() as f64 + 2.0).max(12.0));
        ws.set_column_width(c16, width)?;
    }
    for (r, row) in t.rows.enumerate() {
        let r = u32::try_from(r).map_or(u32::MAX, |r| r.saturating_add(head + 1));
        if r > LAST_ROW {
            return Err(ExportError::TooManyRows((LAST_ROW - head) as usize));
        }
        for (c, cell) in row.into_iter().enumerate() {
            let (c16, number) = (c as u16, formats.get(c).unwrap_or(&general));
            match cell {
                Cell::Blank => {}
                Cell::Text(s) => {
                    ws.write_string(r, c16, s)?;
                }
                Cell::Id(s) => {
                    ws.write_string_with_format(r, c16, s, &text)?;
                }
                Cell::Int(n) => {
                    ws.write_number_with_format(r, c16, n as f64, number)?;
                }
                Cell::Exact(x) => {
                    ws.write_number_with_format(r, c16, to_f64(x), number)?;
                }
                Cell::Fixed(x, d) => {
                    // The value the CSV shows, so both files hold the same number.
                    let shown = exact::round_scaled(x, d) as f64 / 10f64.powi(d as i32);
                    ws.write_number_with_format(r, c16, shown, number)?;
                }
            }
        }
    }
    ws.set_freeze_panes(head + 1, t.print.frozen_columns)?;
    ws.set_repeat_rows(head, head)?;
    if t.print.frozen_columns > 0 {
        ws.set_repeat_columns(0, t.print.frozen_columns - 1)?;
    }
    if t.print.landscape {
        ws.set_landscape();
    }
    ws.set_paper_size(9);
    if t.print.fit_width {
        ws.set_print_fit_to_pages(1, 0);
    }
    Ok(())
}
