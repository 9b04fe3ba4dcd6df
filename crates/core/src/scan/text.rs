//! What Excel and text editors produce, at the byte level: encodings, BOMs, binary files,
//! delimiters, line ends, and the one csv-crate reader configuration every reader uses.

/// The longest record accepted (a wide row of 78 scores and identity is well under 2 KiB).
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// The largest input read whole into memory: a one-teacher sheet, a workbook, an instrument
/// (a wide CSV file is streamed and has no limit).
pub const MAX_WHOLE_FILE_BYTES: u64 = 256 << 20;

/// Why bytes are not a text sheet we can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// UTF-16 (a BOM says so): Excel's "Unicode text".
    Utf16,
    /// Nothing but whitespace.
    Empty,
    /// A zip archive, an OLE file or NUL bytes near the start.
    Binary,
    /// Not UTF-8: the first bad byte and its line.
    Encoding { byte: u8, line: u64 },
    /// A line longer than [`MAX_RECORD_BYTES`].
    LineTooLong { line: u64, len: usize },
}

impl DecodeError {
    /// The line the problem is on, when it has one.
    pub fn line(self) -> Option<u64> {
        match self {
            DecodeError::Encoding { line, .. } | DecodeError::LineTooLong { line, .. } => Some(line),
            _ => None,
        }
    }
}

/// Checks that bytes are a text file we can read and returns it without a UTF-8 BOM.
/// Rejects empty files, binary files, UTF-16 and other non-UTF-8 encodings, and lines too
/// long to be a sheet row.
pub fn decode(bytes: &[u8]) -> Result<&str, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError::Utf16);
    }
    let bytes = strip_bom(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    if looks_binary(bytes) || memchr::memchr(0, bytes).is_some() {
        return Err(DecodeError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        DecodeError::Encoding { byte: bytes[at], line: line_of(bytes, at) }
    })?;
    check_line_lengths(text.as_bytes())?;
    Ok(text)
}

/// The bytes without a leading UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Zip archives (xlsx, ods), OLE files (xls) and anything with NUL bytes near the start are
/// not text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    head.starts_with(b"PK\x03\x04")
        || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || memchr::memchr(0, head).is_some()
}

fn line_of(bytes: &[u8], offset: usize) -> u64 {
    memchr::memchr_iter(b'\n', &bytes[..offset]).count() as u64 + 1
}

fn check_line_lengths(bytes: &[u8]) -> Result<(), DecodeError> {
    let mut start = 0;
    for (i, end) in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())).enumerate() {
        let len = line_len(&bytes[start..end]);
        if len > MAX_RECORD_BYTES {
            return Err(DecodeError::LineTooLong { line: i as u64 + 1, len });
        }
        start = end + 1;
    }
    Ok(())
}

/// A line's length as every reader measures it: its bytes without the `\r` of a `\r\n` end.
pub fn line_len(line: &[u8]) -> usize {
    line.strip_suffix(b"\r").unwrap_or(line).len()
}

/// The longest physical line in a record's bytes (a quoted field may span lines), measured
/// like [`line_len`]: how the one-teacher reader and the batch fast path measure it too.
pub fn longest_line(record: &[u8]) -> usize {
    record.split(|&b| b == b'\n').map(line_len).max().unwrap_or(0)
}

/// Whether lines end with a bare `\r` (old Mac files): carriage returns and no line feed.
pub fn cr_only(bytes: &[u8]) -> bool {
    memchr::memchr(b'\n', bytes).is_none() && memchr::memchr(b'\r', bytes).is_some()
}

/// The bytes with bare-`\r` line ends turned into `\n`, so every reader counts lines alike.
pub fn normalize_line_ends(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if cr_only(bytes) {
        std::borrow::Cow::Owned(bytes.iter().map(|&b| if b == b'\r' { b'\n' } else { b }).collect())
    } else {
        std::borrow::Cow::Borrowed(bytes)
    }
}

/// A reader that turns every `\r` into `\n`, for streaming a file with bare-`\r` line ends.
pub struct CrToLf<R>(pub R);

impl<R: std::io::Read> std::io::Read for CrToLf<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.read(buf)?;
        for b in &mut buf[..n] {
            if *b == b'\r' {
                *b = b'\n';
            }
        }
        Ok(n)
    }
}

/// Picks the delimiter of a header line among `,` `;` and tab (outside quotes): the most
/// frequent wins, `,` on a tie. Indonesian Excel saves CSV with `;`.
pub fn sniff_delimiter(first_line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], usize::from(i == 0))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// The delimiter of a text's first line (see [`sniff_delimiter`]).
pub fn sniff_first_line(bytes: &[u8]) -> u8 {
    let end = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    sniff_delimiter(&bytes[..end])
}

/// The csv-crate reader every input goes through: flexible row lengths (checked by the
/// readers), CRLF or LF, the header read as a record or not.
pub fn reader<R: std::io::Read>(input: R, delimiter: u8, has_headers: bool) -> csv::Reader<R> {
    csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(has_headers).from_reader(input)
}

/// Line numbers of records from their byte offsets. The csv crate's own line count is one
/// short after CRLF line ends (a record's position sits on the previous line's `\n`).
/// Only line ends before a record are skipped, so quoted newlines inside fields still count.
#[derive(Debug, Clone, Copy)]
pub struct LineTracker {
    seen: usize,
    line: u64,
}

impl LineTracker {
    /// Lines counted from `first_line` at byte 0 of the input.
    pub fn new(first_line: u64) -> LineTracker {
        LineTracker { seen: 0, line: first_line }
    }

    /// The line of the record read at `pos` within `bytes` (records come in order).
    pub fn line(&mut self, bytes: &[u8], pos: Option<&csv::Position>) -> u64 {
        let mut at = pos.map_or(self.seen, |p| p.byte() as usize).min(bytes.len());
        // A record never starts with a line end: skip the ones before it (CRLF, empty lines).
        while matches!(bytes.get(at), Some(b'\n' | b'\r')) {
            at += 1;
        }
        if at > self.seen {
            self.line += count_lines(&bytes[self.seen..at]);
            self.seen = at;
        }
        self.line
    }
}

/// A parsed record: the csv crate's, or a quote-free line split by hand.
pub trait Cells {
    /// Number of fields.
    fn count(&self) -> usize;
    /// Field `i` (callers stay below `count`).
    fn cell(&self, i: usize) -> &[u8];
}

impl Cells for csv::ByteRecord {
    fn count(&self) -> usize {
        self.len()
    }

    fn cell(&self, i: usize) -> &[u8] {
        &self[i]
    }
}

/// Number of `\n` bytes (physical lines) in `buf`, as the csv crate counts lines.
pub fn count_lines(buf: &[u8]) -> u64 {
    // memchr counts with vector instructions (its iterator's `count`).
    memchr::memchr_iter(b'\n', buf).count() as u64
}

/// Whether a text cell would be taken for a formula by a spreadsheet opening a CSV (CSV
/// injection, OWASP): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, or with
/// spaces before one of the first four (spreadsheets trim them). Writers make such cells
/// inert with a leading `'`; readers of pkguru's own files take it off again.
#[inline]
pub fn formula_like(b: &[u8]) -> bool {
    match b.first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => true,
        Some(b' ') => b.iter().find(|c| **c != b' ').is_some_and(|c| matches!(c, b'=' | b'+' | b'-' | b'@')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn line_count_matches_naive(bytes in proptest::collection::vec(prop_oneof![Just(b'\n'), Just(b'a'), Just(0x8a_u8), Just(0x0b_u8), any::<u8>()], 0..100)) {
            prop_assert_eq!(count_lines(&bytes), bytes.iter().filter(|&&b| b == b'\n').count() as u64);
        }
    }

    use super::*;

    #[test]
    fn line_numbers_with_crlf_and_lf() {
        for text in ["a\r\nb\r\n\r\nc\r\n", "a\nb\n\nc\n"] {
            let mut rdr = reader(text.as_bytes(), b',', false);
            let mut t = LineTracker::new(1);
            let lines: Vec<u64> =
                rdr.byte_records().map(|r| t.line(text.as_bytes(), r.unwrap().position())).collect();
            assert_eq!(lines, [1, 2, 4], "{text:?}");
        }
    }

    #[test]
    fn delimiter_detection() {
        assert_eq!(sniff_delimiter(b"id,kompetensi,uraian,skor"), b',');
        assert_eq!(sniff_delimiter(b"id;kompetensi;uraian;skor"), b';');
        assert_eq!(sniff_delimiter(b"id\tkompetensi\turaian\tskor"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\",c"), b',');
        assert_eq!(sniff_delimiter(b"x"), b',');
        assert_eq!(sniff_first_line(b"a;b\nc,d,e,f\n"), b';');
    }

    /// Old Mac files end lines with a bare `\r`; they read like any other.
    #[test]
    fn bare_carriage_returns_become_line_feeds() {
        assert!(cr_only(b"a,b\rc,d\r"));
        assert!(!cr_only(b"a,b\r\nc,d\r\n"));
        assert!(!cr_only(b"a,b"));
        assert_eq!(&*normalize_line_ends(b"a\rb\r"), b"a\nb\n");
        assert_eq!(&*normalize_line_ends(b"a\r\nb"), b"a\r\nb");
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut CrToLf(&b"x\ry\r"[..]), &mut out).unwrap();
        assert_eq!(out, b"x\ny\n");
    }

    #[test]
    fn decode_rejects_what_is_not_utf8_text() {
        let mut late_nul = vec![b'a'; 10_000];
        late_nul.push(0);
        assert_eq!(decode(&late_nul), Err(DecodeError::Binary), "a NUL after the first 8 KiB");
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \r\n "), Err(DecodeError::Empty));
        assert_eq!(decode(b"\xFF\xFEi\0d\0"), Err(DecodeError::Utf16));
        assert_eq!(decode(b"PK\x03\x04rest"), Err(DecodeError::Binary));
        assert_eq!(decode(b"id,skor\n\0\0"), Err(DecodeError::Binary));
        assert_eq!(decode(b"id,skor\nnama,Sit\xED\n"), Err(DecodeError::Encoding { byte: 0xED, line: 2 }));
        assert_eq!(decode(b"\xEF\xBB\xBFid,skor\n").unwrap(), "id,skor\n");
        let long = format!("id,skor\n{}\n", "x".repeat(MAX_RECORD_BYTES + 1));
        assert_eq!(decode(long.as_bytes()).unwrap_err().line(), Some(2));
    }
}
