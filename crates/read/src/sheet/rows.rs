//! The record walk the small readers share (evaluasi diri forms, tugas tambahan sheets, PKB
//! activity lists): decoded text, the header's columns, then each record with its line, the
//! spreadsheet rows above the header added to every line.

use crate::scan::LineTracker;
use crate::scan::text::{decode, normalize_line_ends, reader, sniff_first_line};

use super::{Opened, Problem, ProblemKind};

/// Runs `read` on the opened input as text (line ends normalised, BOM gone); a file that is not
/// text is its located problem.
pub fn with_text<R>(
    opened: &Opened<'_>,
    read: impl FnOnce(&[u8]) -> Result<R, Vec<Problem>>,
) -> Result<R, Vec<Problem>> {
    let normalized = normalize_line_ends(&opened.bytes);
    let text = decode(&normalized).map_err(|e| {
        let mut p = Problem::decode(e);
        p.line = p.line.map(|l| l + opened.line_offset);
        vec![p]
    })?;
    read(text.as_bytes())
}

/// Walks CSV text: `columns` finds what it needs in the header (or says what is missing, which
/// is located on the header's line); `row` gets each record with its line. A CSV syntax error
/// ends the walk and is returned, located, for the caller to add to its problems.
pub fn records<C>(
    bytes: &[u8],
    line_offset: u64,
    columns: impl FnOnce(&csv::StringRecord) -> Result<C, ProblemKind>,
    mut row: impl FnMut(&C, &csv::StringRecord, u64),
) -> Result<Option<Problem>, Vec<Problem>> {
    let mut rdr = reader(bytes, sniff_first_line(bytes), true);
    let header = rdr.headers().map_err(|e| vec![Problem::csv(&e)])?.clone();
    let cols = columns(&header).map_err(|kind| vec![Problem::new(Some(1 + line_offset), None, kind)])?;
    let mut rec = csv::StringRecord::new();
    let mut lines = LineTracker::new(1);
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => return Ok(None),
            Ok(true) => row(&cols, &rec, lines.line(bytes, rec.position()) + line_offset),
            Err(e) => {
                let mut p = Problem::csv(&e);
                p.line = p.line.map(|l| l + line_offset);
                return Ok(Some(p));
            }
        }
    }
}

/// A whole number as typed or as a spreadsheet saves one (`4`, `4.0`, `4,0`).
pub fn whole_number(text: &str) -> Option<u32> {
    let t = text.strip_suffix(".0").or_else(|| text.strip_suffix(",0")).unwrap_or(text);
    t.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_as_spreadsheets_save_them() {
        assert_eq!(whole_number("4"), Some(4));
        assert_eq!(whole_number("4.0"), Some(4));
        assert_eq!(whole_number("200,0"), Some(200));
        assert_eq!(whole_number("4.5"), None);
        assert_eq!(whole_number("x"), None);
    }
}
