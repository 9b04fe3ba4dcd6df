//! CSV output: the dialects (standard, and Indonesian Excel's `;` + decimal comma + BOM +
//! CRLF) and a small allocation-free row writer that chunks of rekap rows are built with.

use crate::core::exact::{self, Exact};

/// How CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvDialect {
    pub delimiter: u8,
    pub decimal: char,
    pub bom: bool,
    pub crlf: bool,
    /// Identifiers made of digits (NIP, NUPTK) written as `="…"`, so that a spreadsheet opening
    /// the file keeps them as text instead of turning them into numbers that lose digits.
    pub text_ids: bool,
}

impl Default for CsvDialect {
    fn default() -> Self {
        CsvDialect::STANDARD
    }
}

impl CsvDialect {
    /// Comma, decimal point, UTF-8 without BOM, LF.
    pub const STANDARD: CsvDialect =
        CsvDialect { delimiter: b',', decimal: '.', bom: false, crlf: false, text_ids: false };
    /// Indonesian Excel: semicolon, decimal comma, UTF-8 BOM, CRLF, NIPs kept as text.
    pub const INDONESIAN: CsvDialect =
        CsvDialect { delimiter: b';', decimal: ',', bom: true, crlf: true, text_ids: true };

    /// A csv-crate writer in this dialect (BOM written first when asked).
    pub fn writer(self, mut out: Vec<u8>) -> csv::Writer<Vec<u8>> {
        if self.bom {
            out.extend_from_slice(b"\xEF\xBB\xBF");
        }
        let term = if self.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
        csv::WriterBuilder::new().delimiter(self.delimiter).terminator(term).from_writer(out)
    }

    /// Finishes a writer made by [`CsvDialect::writer`].
    pub fn finish(self, w: csv::Writer<Vec<u8>>) -> std::io::Result<Vec<u8>> {
        w.into_inner().map_err(|e| e.into_error())
    }
}

pub use crate::scan::text::formula_like;

/// A text cell made inert for spreadsheets: a formula-like text gets a leading `'`, which
/// spreadsheets show as text (numbers are never passed here: they stay numbers). pkguru's own
/// rekap reader takes the `'` off again.
pub fn neutral(s: &str) -> std::borrow::Cow<'_, str> {
    if formula_like(s.as_bytes()) { format!("'{s}").into() } else { s.into() }
}

/// Writes CSV rows into a reusable buffer; quotes only fields that need it.
pub struct RowWriter {
    pub out: Vec<u8>,
    dialect: CsvDialect,
    first: bool,
    scratch: String,
    /// The last label written and whether it needed quoting (a file name repeats every row).
    label: (usize, usize, bool),
}

impl RowWriter {
    /// A writer appending to an empty buffer.
    pub fn new(dialect: CsvDialect) -> RowWriter {
        RowWriter::with_buffer(dialect, Vec::with_capacity(1 << 16))
    }

    /// A writer appending to a recycled buffer (cleared first).
    pub fn with_buffer(dialect: CsvDialect, mut out: Vec<u8>) -> RowWriter {
        out.clear();
        RowWriter { out, dialect, first: true, scratch: String::with_capacity(32), label: (0, 0, true) }
    }

    /// The dialect in use.
    pub fn dialect(&self) -> CsvDialect {
        self.dialect
    }

    /// Writes the BOM when the dialect has one (call once at the start of a file).
    pub fn bom(&mut self) {
        if self.dialect.bom {
            self.out.extend_from_slice(b"\xEF\xBB\xBF");
        }
    }

    /// One field.
    #[inline]
    pub fn field(&mut self, bytes: &[u8]) {
        if !self.first {
            self.out.push(self.dialect.delimiter);
        }
        self.first = false;
        let d = self.dialect.delimiter;
        // A non-short-circuit fold vectorises; fields are short.
        let special =
            bytes.iter().fold(false, |acc, &b| acc | (b == d) | (b == b'"') | (b == b'\n') | (b == b'\r'));
        if special {
            self.out.push(b'"');
            for &b in bytes {
                if b == b'"' {
                    self.out.push(b'"');
                }
                self.out.push(b);
            }
            self.out.push(b'"');
        } else if bytes.len() <= 8 {
            for &b in bytes {
                self.out.push(b);
            }
        } else {
            self.out.extend_from_slice(bytes);
        }
    }

    /// A text field (made inert when a spreadsheet would take it for a formula).
    #[inline]
    pub fn text(&mut self, s: &str) {
        if s.is_empty() {
            self.raw(b"");
        } else if formula_like(s.as_bytes()) {
            self.inert(s);
        } else {
            self.field(s.as_bytes());
        }
    }

    /// A formula-like text with its leading `'`.
    #[cold]
    fn inert(&mut self, s: &str) {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        scratch.push('\'');
        scratch.push_str(s);
        self.field(scratch.as_bytes());
        self.scratch = scratch;
    }

    /// An identifier (NIP, NUPTK): as text, or as `="…"` when it is all digits and the dialect
    /// is made for spreadsheets (which would otherwise read it as a number and drop digits).
    pub fn identifier(&mut self, s: &str) {
        if self.dialect.text_ids && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            if !self.first {
                self.out.push(self.dialect.delimiter);
            }
            self.first = false;
            self.out.extend_from_slice(b"\"=\"\"");
            self.out.extend_from_slice(s.as_bytes());
            self.out.extend_from_slice(b"\"\"\"");
        } else {
            self.text(s);
        }
    }

    /// A text field that repeats row after row (the source file): checked for quoting once.
    #[inline]
    pub fn label(&mut self, s: &str) {
        let key = (s.as_ptr() as usize, s.len());
        if (self.label.0, self.label.1) != key {
            let d = self.dialect.delimiter;
            let special = s.bytes().any(|b| b == d || b == b'"' || b == b'\n' || b == b'\r')
                || formula_like(s.as_bytes());
            self.label = (key.0, key.1, special);
        }
        if self.label.2 { self.text(s) } else { self.raw(s.as_bytes()) }
    }

    /// A field known to need no quoting (numbers, codes).
    #[inline]
    pub fn raw(&mut self, bytes: &[u8]) {
        if !self.first {
            self.out.push(self.dialect.delimiter);
        }
        self.first = false;
        if bytes.len() <= 8 {
            // Byte pushes beat a memcpy call for the many tiny fields of a rekap row.
            for &b in bytes {
                self.out.push(b);
            }
        } else {
            self.out.extend_from_slice(bytes);
        }
    }

    /// `count` empty fields.
    #[inline]
    pub fn blanks(&mut self, count: usize) {
        let d = self.dialect.delimiter;
        let n = if self.first { count.saturating_sub(1) } else { count };
        self.out.resize(self.out.len() + n, d);
        self.first &= count == 0;
    }

    /// `count` one-digit fields from `values` (blank past its end), in one go.
    #[inline]
    pub fn digits(&mut self, values: &[u8], count: usize) {
        let d = self.dialect.delimiter;
        for k in 0..count {
            if !self.first {
                self.out.push(d);
            }
            self.first = false;
            if let Some(&v) = values.get(k) {
                self.out.push(b'0' + v);
            }
        }
    }

    /// An unsigned integer field.
    #[inline]
    pub fn uint(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.raw(&digits[i..]);
    }

    /// A fixed-point field in the dialect's decimal separator.
    pub fn fixed(&mut self, x: Exact, decimals: u32) {
        self.scratch.clear();
        exact::push_fixed(&mut self.scratch, x, decimals, self.dialect.decimal);
        let s = std::mem::take(&mut self.scratch);
        self.field(s.as_bytes());
        self.scratch = s;
    }

    /// Ends the row.
    #[inline]
    pub fn end(&mut self) {
        self.out.extend_from_slice(if self.dialect.crlf { b"\r\n" } else { b"\n" });
        self.first = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        let mut w = RowWriter::new(CsvDialect::default());
        w.text("a");
        w.text("b,c");
        w.text("say \"hi\"");
        w.end();
        assert_eq!(String::from_utf8(w.out).unwrap(), "a,\"b,c\",\"say \"\"hi\"\"\"\n");
    }

    #[test]
    fn blanks_are_empty_fields() {
        let mut w = RowWriter::new(CsvDialect::default());
        w.blanks(3);
        w.end();
        w.text("a");
        w.blanks(2);
        w.text("b");
        w.end();
        w.blanks(0);
        w.text("c");
        w.end();
        w.blanks(1);
        w.end();
        assert_eq!(String::from_utf8(w.out).unwrap(), ",,\na,,,b\nc\n\n");
    }

    #[test]
    fn indonesian_dialect() {
        let mut w = RowWriter::new(CsvDialect::INDONESIAN);
        w.bom();
        w.text("a,b");
        w.fixed(crate::core::exact::ratio(3900, 56), 2);
        w.end();
        assert_eq!(w.out, "\u{feff}a,b;69,64\r\n".as_bytes());
    }
}
