//! Score-sheet templates as Excel workbooks (rust_xlsxwriter): dropdowns limiting scores to
//! 0, 1, 2; NIP cells formatted as text; frozen header; instructions above the table. The
//! XLSX rekap is in `rekap/xlsx.rs`.

use crate::lang::Lang;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::core::golongan::Golongan;
use crate::core::instrument::{Instrument, Jenis};
use crate::core::teacher::Field;
use crate::core::tugas::TugasTambahan;
use crate::i18n;
use crate::sheet::wide::{template_header, template_ids};

/// Rows of the wide template that get validation (teachers per sheet).
const WIDE_ROWS: u32 = 2000;

/// Rows above the header holding the instructions.
const INSTRUCTION_ROWS: u32 = 4;

/// Column widths of the one-teacher template (id, kompetensi, uraian, skor): one A4 page wide.
const WIDTHS: [f64; 4] = [13.0, 23.0, 58.0, 12.0];

/// The header cell format shared by every workbook pkguru writes.
pub fn bold() -> Format {
    Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin)
}

fn wrap() -> Format {
    Format::new().set_text_wrap().set_align(FormatAlign::Top)
}

fn text_cell() -> Format {
    Format::new().set_num_format("@")
}

fn score_validation(lang: Lang) -> Result<DataValidation, XlsxError> {
    DataValidation::new()
        .allow_list_strings(&["0", "1", "2"])?
        .set_input_title(i18n::xlsx_score_title(lang))?
        .set_input_message(i18n::xlsx_score_message(lang))?
        .set_error_title(i18n::xlsx_score_title(lang))?
        .set_error_message(i18n::xlsx_score_error(lang))
}

fn list_validation(values: &[&str]) -> Result<DataValidation, XlsxError> {
    DataValidation::new().allow_list_strings(values)
}

fn instructions(ws: &mut Worksheet, lines: &[String], last_col: u16) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(13);
    let note = Format::new().set_italic().set_font_color("#595959");
    for (i, line) in lines.iter().enumerate().take(INSTRUCTION_ROWS as usize) {
        let fmt = if i == 0 { &title } else { &note };
        ws.merge_range(i as u32, 0, i as u32, last_col, line, fmt)?;
    }
    Ok(())
}

/// The template workbook: one teacher (`wide = false`) or the wide layout.
pub fn template(lang: Lang, jenis: &[Jenis], wide: bool) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(i18n::xlsx_sheet_name(lang))?;
    let golongan: Vec<&str> = Golongan::ALL.iter().map(|g| g.as_str()).collect();
    let tambahan: Vec<&str> = TugasTambahan::codes().collect();
    let header_row = INSTRUCTION_ROWS + 1;
    if wide {
        let header = template_header(jenis);
        instructions(ws, &i18n::xlsx_instructions(lang, true), 11)?;
        for (c, h) in header.iter().enumerate() {
            ws.write_string_with_format(header_row, c as u16, h, &bold())?;
        }
        let identity = Field::TEMPLATE.len() as u16;
        let first = header_row + 1;
        let last = header_row + WIDE_ROWS;
        ws.set_column_width(0, 28)?;
        // Identity numbers as text, so a spreadsheet keeps all their digits.
        for (c, f) in Field::TEMPLATE.iter().enumerate() {
            if matches!(f, Field::Nip | Field::Nuptk | Field::NipPenilai | Field::NipKepalaSekolah) {
                ws.set_column_format(c as u16, &text_cell())?;
            }
        }
        ws.set_column_width(1, 21)?;
        ws.set_column_width(2, 24)?;
        ws.set_column_range_width(3, identity - 1, 12)?;
        ws.set_column_range_width(identity, header.len() as u16 - 1, 5.5)?;
        ws.add_data_validation(first, identity, last, header.len() as u16 - 1, &score_validation(lang)?)?;
        ws.add_data_validation(first, 3, last, 3, &list_validation(&["kelas", "bk"])?)?;
        ws.add_data_validation(first, 4, last, 4, &list_validation(&golongan)?)?;
        ws.add_data_validation(first, 7, last, 7, &list_validation(&tambahan)?)?;
        ws.set_freeze_panes(first, 2)?;
        ws.set_paper_size(9).set_landscape().set_print_fit_to_pages(1, 0).set_print_gridlines(true);
        ws.set_repeat_rows(header_row, header_row)?;
        let n = template_ids(jenis).len();
        debug_assert_eq!(header.len(), identity as usize + n);
    } else {
        let inst = Instrument::embedded(jenis[0]);
        instructions(ws, &i18n::xlsx_instructions(lang, false), 3)?;
        for (c, h) in ["id", "kompetensi", "uraian", "skor"].iter().enumerate() {
            ws.write_string_with_format(header_row, c as u16, *h, &bold())?;
        }
        let mut row = header_row + 1;
        // Rows tall enough for their wrapped text: a spreadsheet program does not grow them
        // when it opens the file, and printed text would overlap.
        let fit = |ws: &mut Worksheet, row: u32, texts: &[(&str, f64)]| -> Result<(), XlsxError> {
            let lines = texts
                .iter()
                .map(|(t, width)| (t.chars().count() as f64 / (width - 2.0)).ceil())
                .fold(1.0, f64::max);
            ws.set_row_height(row, 15.0 * lines + 1.0).map(|_| ())
        };
        for f in Field::TEMPLATE {
            fit(
                ws,
                row,
                &[(i18n::label_identity(lang), WIDTHS[1]), (&i18n::field_hint(lang, f), WIDTHS[2])],
            )?;
            ws.write_string_with_format(row, 0, f.key(), &wrap())?;
            ws.write_string_with_format(row, 1, i18n::label_identity(lang), &wrap())?;
            ws.write_string_with_format(row, 2, i18n::field_hint(lang, f), &wrap())?;
            match f {
                Field::Jenis => {
                    ws.write_string(row, 3, inst.jenis.code())?;
                    ws.add_data_validation(row, 3, row, 3, &list_validation(&["kelas", "bk"])?)?;
                }
                Field::Nip | Field::Nuptk | Field::NipPenilai | Field::NipKepalaSekolah => {
                    ws.write_blank(row, 3, &text_cell())?;
                }
                Field::Golongan => {
                    ws.add_data_validation(row, 3, row, 3, &list_validation(&golongan)?)?;
                }
                Field::TugasTambahan => {
                    ws.add_data_validation(row, 3, row, 3, &list_validation(&tambahan)?)?;
                }
                _ => {}
            }
            row += 1;
        }
        let first_score = row;
        for (c, ind) in inst.indicators() {
            fit(ws, row, &[(&c.name, WIDTHS[1]), (&ind.text, WIDTHS[2])])?;
            ws.write_string_with_format(row, 0, ind.id.to_string(), &wrap())?;
            ws.write_string_with_format(row, 1, &c.name, &wrap())?;
            ws.write_string_with_format(row, 2, &ind.text, &wrap())?;
            row += 1;
        }
        ws.add_data_validation(first_score, 3, row - 1, 3, &score_validation(lang)?)?;
        for (c, w) in WIDTHS.iter().enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
        ws.set_freeze_panes(header_row + 1, 0)?;
        // Printed as a form: A4 portrait, one page wide, the header row on every page.
        ws.set_paper_size(9).set_portrait().set_print_fit_to_pages(1, 0).set_print_gridlines(true);
        ws.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
        ws.set_repeat_rows(header_row, header_row)?;
        ws.set_footer("&C&P / &N");
    }
    book.save_to_buffer()
}

/// A plain table as a workbook: a bold, frozen header row, then the rows as text, except the
/// `numeric` columns, whose cells that read as numbers are written as numbers.
pub fn simple(
    sheet: &str,
    header: &[&str],
    rows: &[Vec<String>],
    numeric: &[usize],
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold())?;
        ws.set_column_width(c as u16, (h.len() as f64 + 2.0).max(12.0))?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c16) = (r as u32 + 1, c as u16);
            match v.parse::<f64>() {
                Ok(n) if numeric.contains(&c) => ws.write_number(r, c16, n).map(|_| ())?,
                _ => ws.write_string(r, c16, v).map(|_| ())?,
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}
