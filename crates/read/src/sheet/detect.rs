//! Which reader an input needs, decided in one place for `score`, `batch` and `check`: the
//! extensions that name workbooks, the JSON sniff, and the files a directory walk picks up.

use std::path::Path;

pub use super::problem::Own;

/// Extensions read as workbooks (calamine).
pub const WORKBOOK_EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xls", "xlsb", "ods"];

/// Extensions of text sheets picked up from directories (any other name is read as text too
/// when given explicitly).
pub const TEXT_EXTENSIONS: [&str; 4] = ["csv", "tsv", "txt", "json"];

/// How an input is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A spreadsheet workbook, converted to CSV text first.
    Workbook,
    /// A one-teacher JSON sheet.
    Json,
    /// CSV text: a one-teacher sheet or the wide layout (the header tells).
    Csv,
}

/// The lower-case extension of a file name, or empty.
pub fn extension(name: &str) -> String {
    Path::new(name).extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default()
}

/// The format of an input from its name and its first bytes: workbooks by extension, JSON
/// when named `.json` or starting with `{` or `[` (after a BOM and blanks), CSV otherwise.
pub fn format(name: &str, head: &[u8]) -> Format {
    let ext = extension(name);
    if WORKBOOK_EXTENSIONS.contains(&ext.as_str()) {
        return Format::Workbook;
    }
    let text = crate::scan::text::strip_bom(head).trim_ascii_start();
    if ext == "json" || text.starts_with(b"{") || text.starts_with(b"[") { Format::Json } else { Format::Csv }
}

/// Whether the first bytes of a text input are a rekap pkguru wrote: its CSV header (either
/// dialect), or its JSON objects.
pub fn is_own_rekap(head: &[u8]) -> bool {
    let text = crate::scan::text::strip_bom(head).trim_ascii_start();
    let json = text.strip_prefix(b"[").unwrap_or(text).trim_ascii_start();
    json.starts_with(b"{\"source\":")
        || matches!(super::header::peek(head), Some(super::header::HeaderKind::Rekap))
}

/// Whether a directory walk should pick up this file.
pub fn is_sheet_file(path: &Path) -> bool {
    let ext = extension(&path.to_string_lossy());
    TEXT_EXTENSIONS.contains(&ext.as_str()) || WORKBOOK_EXTENSIONS.contains(&ext.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_then_content() {
        assert_eq!(format("a.XLSX", b"PK"), Format::Workbook);
        assert_eq!(format("a.xlsb", b""), Format::Workbook);
        assert_eq!(format("a.json", b"id,skor"), Format::Json);
        assert_eq!(format("a.csv", b"\xEF\xBB\xBF \n{\"x\":1}"), Format::Json);
        assert_eq!(format("-", b"[1]"), Format::Json);
        assert_eq!(format("a.csv", b"id,skor\n"), Format::Csv);
    }

    #[test]
    fn directory_walk_takes_every_readable_extension() {
        for name in ["a.csv", "a.TSV", "a.txt", "a.json", "a.xlsx", "a.xlsm", "a.xls", "a.xlsb", "a.ods"] {
            assert!(is_sheet_file(Path::new(name)), "{name}");
        }
        for name in ["a.md", "a", "a.pdf"] {
            assert!(!is_sheet_file(Path::new(name)), "{name}");
        }
    }
}
