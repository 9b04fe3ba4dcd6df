//! Excel workbooks written with rust_xlsxwriter: score-sheet templates (dropdowns limiting
//! scores to 0, 1, 2; NIP cells formatted as text; frozen header; instructions above the
//! table) and the batch rekap (typed columns and a summary sheet).

use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::batch::Stats;
use crate::cmd::template::{wide_header, wide_ids};
use crate::core::golongan::Golongan;
use crate::core::instrument::{Instrument, Jenis};
use crate::core::predikat::Predikat;
use crate::core::teacher::Field;
use crate::core::tugas::TAMBAHAN_RULES;
use crate::i18n;

/// Excel's row limit, less the header.
pub const MAX_ROWS: usize = 1_048_575;

/// Rows of the wide template that get validation (teachers per sheet).
const WIDE_ROWS: u32 = 2000;

/// Rows above the header holding the instructions.
const INSTRUCTION_ROWS: u32 = 4;

fn bold() -> Format {
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

fn score_validation() -> Result<DataValidation, XlsxError> {
    DataValidation::new()
        .allow_list_strings(&["0", "1", "2"])?
        .set_input_title(i18n::xlsx_score_title())?
        .set_input_message(i18n::xlsx_score_message())?
        .set_error_title(i18n::xlsx_score_title())?
        .set_error_message(i18n::xlsx_score_error())
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
pub fn template(jenis: &[Jenis], wide: bool) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(i18n::xlsx_sheet_name())?;
    let golongan: Vec<&str> = Golongan::ALL.iter().map(|g| g.as_str()).collect();
    let tambahan: Vec<&str> = TAMBAHAN_RULES.iter().map(|r| r.code).collect();
    let header_row = INSTRUCTION_ROWS + 1;
    if wide {
        let header = wide_header(jenis);
        instructions(ws, &i18n::xlsx_instructions(true), 11)?;
        for (c, h) in header.iter().enumerate() {
            ws.write_string_with_format(header_row, c as u16, h, &bold())?;
        }
        let identity = Field::TEMPLATE.len() as u16;
        let first = header_row + 1;
        let last = header_row + WIDE_ROWS;
        ws.set_column_width(0, 28)?;
        ws.set_column_format(1, &text_cell())?;
        ws.set_column_width(1, 21)?;
        ws.set_column_width(2, 24)?;
        ws.set_column_range_width(3, identity - 1, 12)?;
        ws.set_column_range_width(identity, header.len() as u16 - 1, 5.5)?;
        ws.add_data_validation(first, identity, last, header.len() as u16 - 1, &score_validation()?)?;
        ws.add_data_validation(first, 3, last, 3, &list_validation(&["kelas", "bk"])?)?;
        ws.add_data_validation(first, 4, last, 4, &list_validation(&golongan)?)?;
        ws.add_data_validation(first, 7, last, 7, &list_validation(&tambahan)?)?;
        ws.set_freeze_panes(first, 2)?;
        let n = wide_ids(jenis).len();
        debug_assert_eq!(header.len(), identity as usize + n);
    } else {
        let inst = Instrument::embedded(jenis[0]);
        instructions(ws, &i18n::xlsx_instructions(false), 3)?;
        for (c, h) in ["id", "kompetensi", "uraian", "skor"].iter().enumerate() {
            ws.write_string_with_format(header_row, c as u16, *h, &bold())?;
        }
        let mut row = header_row + 1;
        for f in Field::TEMPLATE {
            ws.write_string(row, 0, f.key())?;
            ws.write_string_with_format(row, 1, i18n::label_identity(), &wrap())?;
            ws.write_string_with_format(row, 2, i18n::field_hint(f), &wrap())?;
            match f {
                Field::Jenis => {
                    ws.write_string(row, 3, inst.jenis.code())?;
                    ws.add_data_validation(row, 3, row, 3, &list_validation(&["kelas", "bk"])?)?;
                }
                Field::Nip => {
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
            ws.write_string(row, 0, ind.id.to_string())?;
            ws.write_string_with_format(row, 1, &c.name, &wrap())?;
            ws.write_string_with_format(row, 2, &ind.text, &wrap())?;
            row += 1;
        }
        ws.add_data_validation(first_score, 3, row - 1, 3, &score_validation()?)?;
        ws.set_column_width(0, 14)?;
        ws.set_column_width(1, 34)?;
        ws.set_column_width(2, 80)?;
        ws.set_column_width(3, 22)?;
        ws.set_freeze_panes(header_row + 1, 0)?;
    }
    book.save_to_buffer()
}

/// Whether a rekap column holds numbers (the rest is text, NIP included).
fn numeric(column: &str) -> bool {
    column == "baris"
        || (column.starts_with('k') && column[1..].parse::<u32>().is_ok())
        || matches!(column, "jumlah" | "jumlah_maks" | "nilai" | "nk_persen" | "angka_kredit")
}

/// The rekap workbook: one row per teacher, typed, plus a summary sheet.
pub fn rekap(rows: &[Vec<String>], stats: &Stats, competencies: usize) -> Result<Vec<u8>, XlsxError> {
    let mut w = crate::render::csv_out::RowWriter::new(Default::default());
    crate::render::csv_out::rekap_header(&mut w, competencies);
    let header: Vec<String> =
        String::from_utf8_lossy(&w.out).trim_end().split(',').map(str::to_string).collect();
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Rekap")?;
    let two = Format::new().set_num_format("0.00");
    let three = Format::new().set_num_format("0.000");
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold())?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let col = header.get(c).map_or("", String::as_str);
            let c = c as u16;
            match cell.parse::<f64>() {
                Ok(v) if numeric(col) && !cell.is_empty() => {
                    let fmt = match col {
                        "nilai" => Some(&two),
                        "angka_kredit" => Some(&three),
                        _ => None,
                    };
                    match fmt {
                        Some(f) => ws.write_number_with_format(r, c, v, f)?,
                        None => ws.write_number(r, c, v)?,
                    };
                }
                _ if cell.is_empty() => {}
                _ => {
                    ws.write_string(r, c, cell)?;
                }
            }
        }
    }
    let widths = |c: &str| match c {
        "sumber" => 28.0,
        "nama" | "sekolah" => 28.0,
        "nip" => 21.0,
        "predikat" => 11.0,
        "angka_kredit_tepat" | "angka_kredit" => 14.0,
        c if c.starts_with('k') && c.len() <= 3 => 4.5,
        _ => 9.0,
    };
    for (c, h) in header.iter().enumerate() {
        ws.set_column_width(c as u16, widths(h))?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, rows.len() as u32, header.len() as u16 - 1)?;
    let summary = book.add_worksheet();
    summary.set_name(i18n::xlsx_summary_name())?;
    summary.write_string_with_format(0, 0, i18n::label_predikat_short(), &bold())?;
    summary.write_string_with_format(0, 1, i18n::label_teachers(), &bold())?;
    for (i, p) in Predikat::ALL.iter().enumerate() {
        summary.write_string(i as u32 + 1, 0, p.name())?;
        summary.write_number(i as u32 + 1, 1, stats.per_predikat[i] as f64)?;
    }
    summary.write_string_with_format(6, 0, i18n::label_total_teachers(), &bold())?;
    summary.write_number(6, 1, stats.scored() as f64)?;
    summary.write_string(7, 0, i18n::label_failed())?;
    summary.write_number(7, 1, stats.failed as f64)?;
    summary.set_column_width(0, 24)?;
    book.save_to_buffer()
}
