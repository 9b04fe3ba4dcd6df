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
    let mut records = Records::new(bytes, line_offset, columns)?;
    while let Some(next) = records.advance() {
        match next {
            Ok((cols, rec, line)) => row(cols, rec, line),
            Err(p) => return Ok(Some(p)),
        }
    }
    Ok(None)
}

/// The same walk, a record at a time when the caller asks for the next (a reader that hands
/// out its rows as they are written).
pub struct Records<'t, C> {
    rdr: csv::Reader<&'t [u8]>,
    bytes: &'t [u8],
    cols: C,
    rec: csv::StringRecord,
    lines: LineTracker,
    line_offset: u64,
    done: bool,
}

impl<'t, C> Records<'t, C> {
    /// Reads the header and finds the columns in it (or says what is missing, on the header's
    /// line).
    pub fn new(
        bytes: &'t [u8],
        line_offset: u64,
        columns: impl FnOnce(&csv::StringRecord) -> Result<C, ProblemKind>,
    ) -> Result<Self, Vec<Problem>> {
        let mut rdr = reader(bytes, sniff_first_line(bytes), true);
        let header = rdr.headers().map_err(|e| vec![Problem::csv(&e)])?;
        let cols = columns(header).map_err(|kind| vec![Problem::new(Some(1 + line_offset), None, kind)])?;
        Ok(Records {
            rdr,
            bytes,
            cols,
            rec: csv::StringRecord::new(),
            lines: LineTracker::new(1),
            line_offset,
            done: false,
        })
    }

    /// The next record with the columns and its line; a CSV syntax error, located, is the last.
    pub fn advance(&mut self) -> Option<Result<(&C, &csv::StringRecord, u64), Problem>> {
        if self.done {
            return None;
        }
        match self.rdr.read_record(&mut self.rec) {
            Ok(true) => {
                let line = self.lines.line(self.bytes, self.rec.position()) + self.line_offset;
                Some(Ok((&self.cols, &self.rec, line)))
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                let mut p = Problem::csv(&e);
                p.line = p.line.map(|l| l + self.line_offset);
                Some(Err(p))
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
