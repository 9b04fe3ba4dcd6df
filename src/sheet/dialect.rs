//! What Excel and text editors produce: encodings, BOMs, delimiters, line ends, and how a
//! header row tells which layout a CSV file has.

use crate::core::instrument::IndicatorId;
use crate::core::teacher::Field;
use crate::i18n;

use super::Problem;

/// The longest record accepted (a wide row of 78 scores and identity is well under 2 KiB).
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// Checks that bytes are a text file we can read and returns it without a UTF-8 BOM.
/// Rejects empty files, binary files, UTF-16 and other non-UTF-8 encodings, naming the
/// line of the first bad byte and how to re-save the file.
pub fn decode(bytes: &[u8]) -> Result<&str, Problem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Problem::file(i18n::err_utf16()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::file(i18n::err_empty_file()));
    }
    if looks_binary(bytes) {
        return Err(Problem::file(i18n::err_binary()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = line_of(bytes, at);
        Problem::new(Some(line), None, i18n::err_encoding(bytes[at]))
    })?;
    check_line_lengths(text.as_bytes())?;
    Ok(text)
}

/// Zip archives (xlsx, ods) and anything with NUL bytes near the start are not text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    head.starts_with(b"PK\x03\x04")
        || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || memchr::memchr(0, head).is_some()
}

fn line_of(bytes: &[u8], offset: usize) -> u64 {
    memchr::memchr_iter(b'\n', &bytes[..offset]).count() as u64 + 1
}

fn check_line_lengths(bytes: &[u8]) -> Result<(), Problem> {
    let mut start = 0;
    for (i, end) in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())).enumerate() {
        if end - start > MAX_RECORD_BYTES {
            return Err(Problem::new(
                Some(i as u64 + 1),
                None,
                i18n::err_line_too_long(end - start, MAX_RECORD_BYTES),
            ));
        }
        start = end + 1;
    }
    Ok(())
}

/// Picks the delimiter of a header line among `,` `;` and tab (outside quotes): the most
/// frequent wins, `,` on a tie. Indonesian Excel saves CSV with `;`.
pub fn sniff_delimiter(first_line: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in first_line.bytes() {
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

/// A CSV reader for our inputs: flexible row lengths (checked by us), CRLF or LF.
pub fn csv_reader<R: std::io::Read>(input: R, delimiter: u8) -> csv::Reader<R> {
    csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(true).from_reader(input)
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
            self.line += crate::batch::split::count_lines(&bytes[self.seen..at]);
            self.seen = at;
        }
        self.line
    }
}

/// A csv crate error as a located problem.
pub fn csv_problem(e: &csv::Error) -> Problem {
    let line = e.position().map(|p| p.line());
    Problem::new(line, None, i18n::err_csv(&e.to_string()))
}

/// The layout a header row announces.
#[derive(Debug)]
pub enum HeaderKind {
    /// One teacher, one indicator (or identity field) per row: the `id` and `skor` columns.
    Long { id: usize, score: usize },
    /// One teacher per row, one column per indicator ID.
    Wide,
    /// Not a header we can use; the problem says why.
    Bad(Problem),
}

/// Names accepted for the ID and score columns of a one-teacher sheet.
const ID_NAMES: [&str; 4] = ["id", "kode", "no", "indikator"];
const SCORE_NAMES: [&str; 4] = ["skor", "score", "nilai", "skor (0/1/2)"];

/// Decides the layout from the header row.
pub fn classify_header(header: &csv::ByteRecord) -> HeaderKind {
    let cells: Vec<String> =
        header.iter().map(|c| String::from_utf8_lossy(c).trim().to_lowercase()).collect();
    let find = |names: &[&str]| cells.iter().position(|c| names.contains(&c.as_str()));
    if cells.iter().any(|c| matches!(c.as_str(), "0" | "1" | "2")) || looks_like_data_row(&cells) {
        return HeaderKind::Bad(Problem::new(Some(1), None, i18n::err_no_header(&cells.join(","))));
    }
    match (find(&ID_NAMES), find(&SCORE_NAMES)) {
        (Some(id), Some(score)) => HeaderKind::Long { id, score },
        _ if cells.iter().any(|c| IndicatorId::parse(c).is_some()) => HeaderKind::Wide,
        (Some(_), None) => HeaderKind::Bad(Problem::new(Some(1), None, i18n::err_no_score_column())),
        _ => HeaderKind::Bad(Problem::new(Some(1), None, i18n::err_header_unknown(&cells.join(",")))),
    }
}

/// A first row such as `1.1,2` or `nama,Siti` is data, not a header.
fn looks_like_data_row(cells: &[String]) -> bool {
    let first_is_key =
        cells.first().is_some_and(|c| IndicatorId::parse(c).is_some() || Field::parse(c).is_some());
    let no_known_columns =
        !cells.iter().any(|c| ID_NAMES.contains(&c.as_str()) || SCORE_NAMES.contains(&c.as_str()));
    let few_ids = cells.iter().filter(|c| IndicatorId::parse(c).is_some()).count() <= 1;
    first_is_key
        && no_known_columns
        && few_ids
        && cells.len() <= 4
        && cells.iter().skip(1).all(|c| Field::parse(c).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_with_crlf_and_lf() {
        for text in ["a\r\nb\r\n\r\nc\r\n", "a\nb\n\nc\n"] {
            let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
            let mut t = LineTracker::new(1);
            let lines: Vec<u64> =
                rdr.byte_records().map(|r| t.line(text.as_bytes(), r.unwrap().position())).collect();
            assert_eq!(lines, [1, 2, 4], "{text:?}");
        }
    }

    #[test]
    fn delimiter_detection() {
        assert_eq!(sniff_delimiter("id,kompetensi,uraian,skor"), b',');
        assert_eq!(sniff_delimiter("id;kompetensi;uraian;skor"), b';');
        assert_eq!(sniff_delimiter("id\tkompetensi\turaian\tskor"), b'\t');
        assert_eq!(sniff_delimiter("\"a;b\",c"), b',');
        assert_eq!(sniff_delimiter("x"), b',');
    }

    #[test]
    fn decode_rejects_what_is_not_utf8_text() {
        assert!(decode(b"").is_err());
        assert!(decode(b" \r\n ").is_err());
        assert!(decode(b"\xFF\xFEi\0d\0").is_err());
        assert!(decode(b"PK\x03\x04rest").is_err());
        assert!(decode(b"id,skor\n\0\0").is_err());
        let e = decode(b"id,skor\nnama,Sit\xED\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert_eq!(decode(b"\xEF\xBB\xBFid,skor\n").unwrap(), "id,skor\n");
        let long = format!("id,skor\n{}\n", "x".repeat(MAX_RECORD_BYTES + 1));
        assert_eq!(decode(long.as_bytes()).unwrap_err().line, Some(2));
    }

    fn kind(h: &str) -> HeaderKind {
        classify_header(&csv::ByteRecord::from(h.split(',').collect::<Vec<_>>()))
    }

    #[test]
    fn header_kinds() {
        assert!(matches!(kind("id,kompetensi,uraian,skor"), HeaderKind::Long { id: 0, score: 3 }));
        assert!(matches!(kind("nama,nip,1.1,1.2"), HeaderKind::Wide));
        assert!(matches!(kind("id,kompetensi,uraian"), HeaderKind::Bad(_)));
        assert!(matches!(kind("1.1,2"), HeaderKind::Bad(_)));
        assert!(matches!(kind("nama,Siti"), HeaderKind::Bad(_)));
        assert!(matches!(kind("a,b,c"), HeaderKind::Bad(_)));
    }
}
