//! Excel and LibreOffice workbooks (`.xlsx`, `.xlsm`, `.xls`, `.xlsb`, `.ods`) read with
//! calamine and turned into the CSV the other readers understand. Title rows above the table
//! are skipped; messages keep the spreadsheet's own row numbers.

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::header::{HeaderKind, classify};
use super::{Problem, ProblemKind};

/// Rows searched for the header (operators put titles above their tables).
const HEADER_SEARCH_ROWS: usize = 30;

/// A worksheet as CSV, starting at its header row.
#[derive(Debug)]
pub struct Converted {
    pub csv: Vec<u8>,
    /// Spreadsheet rows above the header: add to CSV line numbers to get sheet rows.
    pub line_offset: u64,
}

/// The text of a cell as a person sees it. Whole numbers lose their `.0`; very large numbers
/// keep Excel's scientific form (`1.98503152010012E+17`), so a NIP whose digits Excel already
/// lost is caught instead of being accepted with wrong digits.
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.abs() >= 1e15 => {
            let s = format!("{f:.14E}");
            let (mantissa, exp) = s.split_once('E').unwrap_or((&s, "0"));
            let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
            format!("{mantissa}E+{}", exp.trim_start_matches('+'))
        }
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Reads one worksheet (`sheet`, or the first) of a workbook into CSV.
pub fn to_csv(bytes: &[u8], sheet: Option<&str>) -> Result<Converted, Problem> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| Problem::file(ProblemKind::Workbook(e.to_string())))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => {
            names.iter().find(|n| n.as_str() == s || n.eq_ignore_ascii_case(s)).cloned().ok_or_else(|| {
                Problem::file(ProblemKind::NoSuchSheet { name: s.into(), names: names.clone() })
            })?
        }
        None => names.first().cloned().ok_or_else(|| Problem::file(ProblemKind::WorkbookEmpty))?,
    };
    let range =
        book.worksheet_range(&name).map_err(|e| Problem::file(ProblemKind::Workbook(e.to_string())))?;
    let first_row = range.start().map_or(0, |(r, _)| u64::from(r));
    let rows: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(cell_text).collect()).collect();
    let header = rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .position(|r| {
            let rec = csv::ByteRecord::from(r.iter().map(|c| c.trim()).collect::<Vec<_>>());
            matches!(classify(&rec), HeaderKind::Long { .. } | HeaderKind::Wide)
        })
        .unwrap_or(0);
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    for r in &rows[header.min(rows.len())..] {
        w.write_record(r).map_err(|e| Problem::file(ProblemKind::Workbook(e.to_string())))?;
    }
    let csv = w.into_inner().map_err(|e| Problem::file(ProblemKind::Workbook(e.to_string())))?;
    if csv.iter().all(|b| matches!(b, b',' | b'\n' | b'\r' | b' ')) {
        return Err(Problem::file(ProblemKind::SheetEmpty(name)));
    }
    Ok(Converted { csv, line_offset: first_row + header as u64 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_texts() {
        assert_eq!(cell_text(&Data::Float(2.0)), "2");
        assert_eq!(cell_text(&Data::Float(1.5)), "1.5");
        assert_eq!(cell_text(&Data::Int(24)), "24");
        assert_eq!(cell_text(&Data::String("2".into())), "2");
        assert_eq!(cell_text(&Data::Empty), "");
        let nip = cell_text(&Data::Float(198503152010012003.0));
        assert!(nip.contains("E+17"), "{nip}");
        assert!(crate::core::teacher::check_nip(&nip).is_err());
    }
}
