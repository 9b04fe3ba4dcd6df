//! Excel and LibreOffice workbooks (`.xlsx`, `.xlsm`, `.xls`, `.xlsb`, `.ods`) read with
//! calamine and turned into the CSV the other readers understand. Title rows above the table
//! are skipped; messages keep the spreadsheet's own row numbers.
//!
//! A workbook is a small file that can describe an enormous one, so reading stays within
//! bounds: the zip entries' declared sizes are checked before anything is unpacked (the zip
//! reader holds entries to their declared size), `.xlsx` and `.xlsb` cells are read one by
//! one and kept sparse (a cell at XFD1048576 costs one cell, not a 17-billion-cell grid), the
//! other formats are limited to a dense grid of [`MAX_DENSE_CELLS`] inside calamine, and the
//! CSV made is limited too. Any panic inside calamine is contained: one bad file is one failed
//! input.

use std::cell::Cell as StdCell;
use std::io::{Cursor, Read, Seek};
use std::panic::{AssertUnwindSafe, catch_unwind};

use calamine::{Data, Ods, Reader, Sheets, Xls, Xlsb, Xlsx, open_workbook_from_rs};

use super::header::{HeaderKind, classify};
use super::{Problem, ProblemKind};

/// Rows searched for the header (operators put titles above their tables).
const HEADER_SEARCH_ROWS: u32 = 30;

/// Filled cells kept from one worksheet (35,000 teachers of the wide layout), and their text.
pub const MAX_CELLS: usize = 4_000_000;
const MAX_TEXT_BYTES: usize = 64 << 20;

/// Cells of the dense grid calamine builds for `.ods` and `.xls` (set in the vendored calamine).
pub const MAX_DENSE_CELLS: usize = calamine::MAX_DENSE_CELLS;

/// The largest CSV a worksheet may become.
pub const MAX_CSV_BYTES: usize = 256 << 20;

/// The most CSV all the worksheets of one workbook may become together.
const MAX_BOOK_CSV_BYTES: usize = 128 << 20;

/// The widest worksheet (columns A to XFD, as in Excel and LibreOffice): every CSV record is
/// this wide, so a damaged cell reference far to the right must not set the width.
const MAX_COLUMNS: usize = 16_384;

/// The largest declared size of a zip entry read whole (shared strings, styles, workbook
/// parts); worksheets are streamed and may be up to [`MAX_SHEET_XML`].
const MAX_PART: u64 = 32 << 20;
const MAX_SHEET_XML: u64 = 160 << 20;
/// The most entries a workbook's zip may have.
const MAX_ENTRIES: usize = 10_000;

/// A worksheet as CSV, starting at its header row.
#[derive(Debug)]
pub struct Converted {
    pub csv: Vec<u8>,
    /// Spreadsheet rows above the header: add to CSV line numbers to get sheet rows.
    pub line_offset: u64,
    /// What the header found says the worksheet is.
    pub found: Found,
}

/// What a worksheet holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A score sheet: one teacher, a database export, or the wide layout.
    Scores,
    /// A rekap written by pkguru.
    Rekap,
    /// No header pkguru knows in its first rows (instructions, a chart's data, a summary).
    Other,
}

/// The worksheets of a workbook that are score sheets, as CSV.
#[derive(Debug)]
pub struct Book {
    /// Each score sheet with its name, in workbook order.
    pub sheets: Vec<(String, Converted)>,
    /// Non-empty worksheets that are not score sheets, skipped.
    pub skipped: Vec<String>,
    /// Every worksheet's name.
    pub names: Vec<String>,
    /// No worksheet is a score sheet: `sheets` holds the first non-empty one, for its reader
    /// to say what is wrong.
    pub fallback: bool,
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
        // A date typed into a spreadsheet (`tanggal`) is stored as a day count: shown as the
        // ISO date a person sees, with the time only when it has one.
        Data::DateTime(d) if d.is_datetime() => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{day:02}")
            } else {
                format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Reads one worksheet (`sheet`, or the first) of a workbook into CSV.
pub fn to_csv(bytes: &[u8], sheet: Option<&str>) -> Result<Converted, Problem> {
    let kind = kind_of(bytes)?;
    contained(|| {
        let mut book = open_book(bytes, kind)?;
        let names = book.sheet_names();
        let name = match sheet {
            Some(s) => pick(&names, s)?,
            None => names.first().cloned().ok_or_else(|| fail(ProblemKind::WorkbookEmpty))?,
        };
        convert(&mut book, &name)
    })
}

/// Reads the score sheets of a workbook: the worksheet `sheet` when given; otherwise every
/// worksheet whose header pkguru knows. A workbook without any is read from its first
/// non-empty worksheet, whose reader then says what is wrong with its header; a workbook that
/// is a pkguru rekap is refused as such.
pub fn score_sheets(bytes: &[u8], sheet: Option<&str>) -> Result<Book, Problem> {
    let kind = kind_of(bytes)?;
    contained(|| {
        let mut book = open_book(bytes, kind)?;
        let names = book.sheet_names();
        if let Some(s) = sheet {
            let name = pick(&names, s)?;
            let converted = convert(&mut book, &name)?;
            return Ok(Book { sheets: vec![(name, converted)], skipped: Vec::new(), names, fallback: false });
        }
        let mut sheets = Vec::new();
        let mut others = Vec::new();
        let mut rekap = false;
        // Every worksheet's text counts against one budget: seventy sheets pointing at one
        // large shared string must not take seventy times the memory.
        let mut held = 0_usize;
        for name in &names {
            let converted = convert(&mut book, name);
            if let Ok(c) = &converted {
                held = held.saturating_add(c.csv.len());
                if held > MAX_BOOK_CSV_BYTES {
                    return Err(fail(ProblemKind::WorkbookTooLarge));
                }
            }
            match converted {
                Ok(c) if c.found == Found::Scores => sheets.push((name.clone(), c)),
                Ok(mut c) => {
                    rekap |= c.found == Found::Rekap;
                    if !others.is_empty() {
                        // Only the first is ever read (as the fallback): the others' names do.
                        held -= c.csv.len();
                        c.csv = Vec::new();
                    }
                    others.push((name.clone(), c));
                }
                Err(p) if matches!(p.kind, ProblemKind::SheetEmpty(_)) => {}
                Err(p) => return Err(p),
            }
        }
        // A worksheet with pkguru's rekap heading makes the workbook a rekap pkguru wrote.
        if rekap {
            return Err(fail(ProblemKind::OwnRekap));
        }
        if !sheets.is_empty() {
            let skipped = others.into_iter().map(|(n, _)| n).collect();
            return Ok(Book { sheets, skipped, names, fallback: false });
        }
        match others.into_iter().next() {
            Some(first) => Ok(Book { sheets: vec![first], skipped: Vec::new(), names, fallback: true }),
            None if names.is_empty() => Err(fail(ProblemKind::WorkbookEmpty)),
            None => Err(fail(ProblemKind::SheetEmpty(names[0].clone()))),
        }
    })
}

/// The worksheet named `wanted` (case aside), or a problem listing the names.
fn pick(names: &[String], wanted: &str) -> Result<String, Problem> {
    names
        .iter()
        .find(|n| n.as_str() == wanted || n.eq_ignore_ascii_case(wanted))
        .cloned()
        .ok_or_else(|| fail(ProblemKind::NoSuchSheet { name: wanted.into(), names: names.to_vec() }))
}

/// The workbook formats, told apart by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Xls,
    Xlsx,
    Xlsb,
    Ods,
}

/// Which reader a workbook needs, from its bytes: an OLE compound file is `.xls`; a zip is
/// `.xlsx`, `.xlsb` or `.ods` by the parts it holds (after its declared sizes are checked).
/// Each file goes to one reader only, so a zip never reaches the legacy `.xls` reader and a
/// reader's real error is reported instead of "format not recognised".
fn kind_of(bytes: &[u8]) -> Result<Kind, Problem> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Ok(Kind::Xls);
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(fail(ProblemKind::Workbook("Cannot detect file format".into())));
    }
    let names = check_zip(bytes)?;
    let has = |n: &str| names.iter().any(|x| x.eq_ignore_ascii_case(n));
    if has("xl/workbook.bin") {
        Ok(Kind::Xlsb)
    } else if has("mimetype") && has("content.xml") {
        Ok(Kind::Ods)
    } else {
        Ok(Kind::Xlsx)
    }
}

fn fail(kind: ProblemKind) -> Problem {
    Problem::file(kind)
}

fn workbook_error(e: impl std::fmt::Display) -> Problem {
    fail(ProblemKind::Workbook(e.to_string()))
}

/// calamine's errors, with its cell limits reported as a workbook too large.
fn calamine_error(e: calamine::Error) -> Problem {
    match e {
        calamine::Error::Ods(
            calamine::OdsError::CellLimitExceeded { .. } | calamine::OdsError::TextLimitExceeded { .. },
        )
        | calamine::Error::Xls(calamine::XlsError::CellLimitExceeded) => fail(ProblemKind::WorkbookTooLarge),
        e => workbook_error(e),
    }
}

/// Refuses a zip whose entries declare more than a workbook can reasonably hold, before any
/// of it is unpacked; returns the entries' names.
fn check_zip(bytes: &[u8]) -> Result<Vec<String>, Problem> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(workbook_error)?;
    if zip.len() > MAX_ENTRIES {
        return Err(fail(ProblemKind::WorkbookTooLarge));
    }
    let mut total = 0u64;
    let mut names = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(workbook_error)?;
        let name = entry.name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        let streamed = name.contains("worksheets/") || name.ends_with("content.xml");
        let limit = if streamed { MAX_SHEET_XML } else { MAX_PART };
        total = total.saturating_add(entry.size());
        if entry.size() > limit || total > 2 * MAX_SHEET_XML {
            return Err(fail(ProblemKind::WorkbookTooLarge));
        }
        names.push(name);
    }
    Ok(names)
}

thread_local! {
    /// Set while calamine runs under [`contained`]: its panics are expected and reported as a
    /// failed input, not printed.
    static CONTAINED: StdCell<bool> = const { StdCell::new(false) };
}

/// Runs a workbook reader so that a panic becomes a failed input instead of ending the run.
fn contained<T>(f: impl FnOnce() -> Result<T, Problem>) -> Result<T, Problem> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CONTAINED.with(StdCell::get) {
                previous(info);
            }
        }));
    });
    CONTAINED.with(|c| c.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(false));
    result.unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(fail(ProblemKind::WorkbookCrashed(detail)))
    })
}

fn open_book(bytes: &[u8], kind: Kind) -> Result<Sheets<Cursor<&[u8]>>, Problem> {
    let rs = Cursor::new(bytes);
    Ok(match kind {
        Kind::Xls => {
            Sheets::Xls(open_workbook_from_rs::<Xls<_>, _>(rs).map_err(|e| calamine_error(e.into()))?)
        }
        Kind::Xlsx => {
            Sheets::Xlsx(open_workbook_from_rs::<Xlsx<_>, _>(rs).map_err(|e| calamine_error(e.into()))?)
        }
        Kind::Xlsb => {
            Sheets::Xlsb(open_workbook_from_rs::<Xlsb<_>, _>(rs).map_err(|e| calamine_error(e.into()))?)
        }
        Kind::Ods => {
            Sheets::Ods(open_workbook_from_rs::<Ods<_>, _>(rs).map_err(|e| calamine_error(e.into()))?)
        }
    })
}

fn convert<RS: Read + Seek>(book: &mut Sheets<RS>, name: &str) -> Result<Converted, Problem> {
    let mut grid = Grid::default();
    read_cells(book, name, &mut grid)?;
    grid.into_csv(name)
}

/// Collects a worksheet's cells: one by one for `.xlsx` and `.xlsb`, from calamine's bounded
/// dense grid for the others.
fn read_cells<RS: Read + Seek>(book: &mut Sheets<RS>, name: &str, grid: &mut Grid) -> Result<(), Problem> {
    match book {
        Sheets::Xlsx(x) => {
            let mut cells = x.worksheet_cells_reader(name).map_err(workbook_error)?;
            while let Some(c) = cells.next_cell().map_err(workbook_error)? {
                let (row, col) = c.get_position();
                grid.push(row, col, &Data::from(c.get_value().clone()))?;
            }
        }
        Sheets::Xlsb(x) => {
            let mut cells = x.worksheet_cells_reader(name).map_err(workbook_error)?;
            while let Some(c) = cells.next_cell().map_err(workbook_error)? {
                let (row, col) = c.get_position();
                grid.push(row, col, &Data::from(c.get_value().clone()))?;
            }
        }
        _ => {
            let range = book.worksheet_range(name).map_err(calamine_error)?;
            for (row, col, value) in range.used_cells() {
                let (r0, c0) = range.start().unwrap_or((0, 0));
                grid.push(r0 + row as u32, c0 + col as u32, value)?;
            }
        }
    }
    Ok(())
}

/// The non-empty cells of a worksheet, kept sparse and compact: position and a span of one
/// shared text buffer (16 bytes a cell besides its text).
#[derive(Default)]
struct Grid {
    cells: Vec<(u32, u32, u32, u32)>,
    text: String,
}

impl Grid {
    fn push(&mut self, row: u32, col: u32, value: &Data) -> Result<(), Problem> {
        let text = cell_text(value);
        if text.is_empty() {
            return Ok(());
        }
        if self.cells.len() >= MAX_CELLS || self.text.len() + text.len() > MAX_TEXT_BYTES {
            return Err(fail(ProblemKind::WorkbookTooLarge));
        }
        let start = self.text.len() as u32;
        self.text.push_str(&text);
        self.cells.push((row, col, start, text.len() as u32));
        Ok(())
    }

    fn text(&self, cell: &(u32, u32, u32, u32)) -> &str {
        self.text.get(cell.2 as usize..(cell.2 + cell.3) as usize).unwrap_or("")
    }

    /// Writes the rows from the header on: every row padded to the used width, blank rows as
    /// empty lines (so CSV line numbers stay spreadsheet rows).
    fn into_csv(mut self, sheet: &str) -> Result<Converted, Problem> {
        if self.cells.is_empty() {
            return Err(fail(ProblemKind::SheetEmpty(sheet.to_string())));
        }
        self.cells.sort_unstable_by_key(|c| (c.0, c.1));
        let first_row = self.cells[0].0;
        let first_col = self.cells.iter().map(|c| c.1).min().unwrap_or(0);
        let last_col = self.cells.iter().map(|c| c.1).max().unwrap_or(0);
        let width = (last_col - first_col) as usize + 1;
        if width > MAX_COLUMNS {
            return Err(fail(ProblemKind::WorkbookTooLarge));
        }
        let rows: Vec<&[(u32, u32, u32, u32)]> = self.cells.chunk_by(|a, b| a.0 == b.0).collect();
        let record = |row: &[(u32, u32, u32, u32)], trim: bool| -> Vec<&str> {
            let mut out = vec![""; width];
            for cell in row {
                let text = self.text(cell);
                out[(cell.1 - first_col) as usize] = if trim { text.trim() } else { text };
            }
            out
        };
        let found_at = rows.iter().take_while(|r| r[0].0 < first_row + HEADER_SEARCH_ROWS).find_map(|r| {
            let cells = record(r, true);
            // A row with a single ID-like number (`K1 | 3.5` in a summary) is no wide header.
            let ids = cells
                .iter()
                .filter(|c| crate::core::instrument::IndicatorId::parse_code(c).is_some())
                .count();
            match classify(&csv::ByteRecord::from(cells)) {
                HeaderKind::Wide if ids < 2 => None,
                HeaderKind::Long { .. } | HeaderKind::Stacked(_) | HeaderKind::Wide => {
                    Some((r[0].0, Found::Scores))
                }
                HeaderKind::Rekap => Some((r[0].0, Found::Rekap)),
                HeaderKind::Bad(_) => None,
            }
        });
        let (header, found) = found_at.unwrap_or((first_row, Found::Other));
        let data_rows = rows.iter().filter(|r| r[0].0 >= header).count();
        // Every row from the header to the last is a line, a blank one at least.
        let lines = self.cells.last().map_or(0, |c| (c.0 - header) as usize + 1);
        if data_rows.saturating_mul(width).saturating_add(lines).saturating_add(self.text.len())
            > MAX_CSV_BYTES
        {
            return Err(fail(ProblemKind::WorkbookTooLarge));
        }
        let mut csv = Vec::new();
        let mut line = header;
        for row in rows.iter().filter(|r| r[0].0 >= header) {
            // Blank rows as empty lines, which every reader skips and counts.
            csv.extend(std::iter::repeat_n(b'\n', (row[0].0 - line) as usize));
            for (i, field) in record(row, false).iter().enumerate() {
                if i > 0 {
                    csv.push(b',');
                }
                push_field(&mut csv, field);
            }
            csv.push(b'\n');
            line = row[0].0 + 1;
        }
        Ok(Converted { csv, line_offset: u64::from(header), found })
    }
}

/// One CSV field, quoted when it holds a comma, quote or line end.
fn push_field(out: &mut Vec<u8>, field: &str) {
    if field.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.push(b'"');
        for b in field.bytes() {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(field.as_bytes());
    }
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
        use calamine::{ExcelDateTime, ExcelDateTimeType::DateTime};
        // 46093 is 2026-03-12 in the 1900 system; 44631 the same day in the 1904 one.
        assert_eq!(cell_text(&Data::DateTime(ExcelDateTime::new(46093.0, DateTime, false))), "2026-03-12");
        assert_eq!(cell_text(&Data::DateTime(ExcelDateTime::new(44631.0, DateTime, true))), "2026-03-12");
        assert_eq!(
            cell_text(&Data::DateTime(ExcelDateTime::new(46093.5, DateTime, false))),
            "2026-03-12 12:00:00"
        );
    }

    #[test]
    fn a_panic_inside_a_reader_is_one_failed_input() {
        let got: Result<(), Problem> = contained(|| panic!("slice index starts at 24576 but ends at 24177"));
        let e = got.unwrap_err();
        assert_eq!(
            e.kind,
            ProblemKind::WorkbookCrashed("slice index starts at 24576 but ends at 24177".into())
        );
        let fine: Result<u8, Problem> = contained(|| Ok(7));
        assert_eq!(fine.unwrap(), 7);
    }

    #[test]
    fn sparse_cells_become_rows_padded_to_the_used_width() {
        let mut g = Grid::default();
        g.push(2, 1, &Data::String("judul".into())).unwrap();
        g.push(4, 1, &Data::String("id".into())).unwrap();
        g.push(4, 2, &Data::String("skor".into())).unwrap();
        g.push(7, 1, &Data::String("1.1".into())).unwrap();
        g.push(7, 2, &Data::Float(2.0)).unwrap();
        g.push(8, 2, &Data::String("a,\"b\"".into())).unwrap();
        let c = g.into_csv("S").unwrap();
        assert_eq!(c.line_offset, 4, "the header is sheet row 5");
        assert_eq!(String::from_utf8(c.csv).unwrap(), "id,skor\n\n\n1.1,2\n,\"a,\"\"b\"\"\"\n");
    }

    /// A cell far to the right or far down (a damaged reference such as `COZZZ…Z6`, found by
    /// fuzzing) is refused before records that wide or that many blank lines are made.
    #[test]
    fn far_cells_are_too_large_not_gigabytes() {
        let text = |t: &str| Data::String(t.into());
        let too_large = |far: (u32, u32)| {
            let mut g = Grid::default();
            g.push(0, 0, &text("id")).unwrap();
            g.push(0, 1, &text("skor")).unwrap();
            g.push(far.0, far.1, &text("x")).unwrap();
            matches!(g.into_csv("S"), Err(p) if p.kind == ProblemKind::WorkbookTooLarge)
        };
        assert!(too_large((5, 1_031_000_000)));
        assert!(too_large((5, MAX_COLUMNS as u32)));
        assert!(!too_large((5, MAX_COLUMNS as u32 - 1)), "column XFD is still a worksheet");
        assert!(too_large((4_000_000_000, 0)));
        assert!(!too_large((1_048_575, 0)), "the last Excel row is still a worksheet");
    }
}
