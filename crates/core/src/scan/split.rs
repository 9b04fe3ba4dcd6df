//! Cutting a CSV byte stream into chunks at record boundaries, so chunks can be parsed on
//! separate threads, and splitting quote-free lines into fields. A newline ends a record only
//! outside quotes; chunks always start outside quotes, so the quote state is tracked per chunk.

/// The end (exclusive) of the last complete record in `buf`, i.e. one past the last `\n`
/// that lies outside quotes; `None` if `buf` holds no complete record.
pub fn last_record_end(buf: &[u8]) -> Option<usize> {
    last_record_end_with(buf, memchr::memchr(b'"', buf).is_some())
}

/// [`last_record_end`] when the caller already knows whether `buf` holds any quote.
pub fn last_record_end_with(buf: &[u8], has_quotes: bool) -> Option<usize> {
    if !has_quotes {
        // The common case (no quoting anywhere): the last newline.
        return memchr::memrchr(b'\n', buf).map(|i| i + 1);
    }
    let mut quoted = false;
    let mut last = None;
    for i in memchr::memchr2_iter(b'"', b'\n', buf) {
        if buf[i] == b'"' {
            quoted = !quoted;
        } else if !quoted {
            last = Some(i + 1);
        }
    }
    last
}

/// Whether a chunk can take the fast path: no quotes anywhere, and every `\r` ends a line
/// (`\r\n`). Such a chunk's records are its lines and its fields are split by the delimiter,
/// exactly as the csv crate would read them.
pub fn is_simple(chunk: &[u8]) -> bool {
    memchr::memchr(b'"', chunk).is_none() && crlf_only(chunk)
}

/// Whether every `\r` in `chunk` is followed by `\n`.
pub fn crlf_only(chunk: &[u8]) -> bool {
    memchr::memchr_iter(b'\r', chunk).all(|i| chunk.get(i + 1) == Some(&b'\n'))
}

/// Calls `f(index, line)` for each line of a simple chunk, without its `\r\n` or `\n`.
pub fn for_each_line(chunk: &[u8], mut f: impl FnMut(u64, &[u8])) {
    let mut start = 0;
    let mut index = 0;
    for nl in memchr::memchr_iter(b'\n', chunk) {
        let line = &chunk[start..nl];
        f(index, line.strip_suffix(b"\r").unwrap_or(line));
        start = nl + 1;
        index += 1;
    }
    if start < chunk.len() {
        f(index, &chunk[start..]);
    }
}

/// Splits lines into fields, reusing one buffer of field ends.
#[derive(Debug, Default)]
pub struct Splitter {
    ends: Vec<usize>,
}

/// One line's fields (see [`Splitter::split`]).
pub struct LineCells<'a> {
    line: &'a [u8],
    ends: &'a [usize],
}

impl Splitter {
    /// Splits `line` at every `delimiter`.
    pub fn split<'a>(&'a mut self, line: &'a [u8], delimiter: u8) -> LineCells<'a> {
        self.ends.clear();
        let mut start = 0;
        try_fields(line, delimiter, |_, field| {
            start += field.len();
            self.ends.push(start);
            start += 1;
            Some(())
        });
        LineCells { line, ends: &self.ends }
    }
}

/// Calls `f(index, field)` for each field of a quote-free `line`, in order, finding
/// delimiters eight bytes at a time (SWAR; fields are ~2 bytes, too short for memchr calls).
/// Stops when `f` returns `None`; returns the number of fields, or `None` if stopped.
#[inline(always)]
pub fn try_fields<'a>(
    line: &'a [u8],
    delimiter: u8,
    mut f: impl FnMut(usize, &'a [u8]) -> Option<()>,
) -> Option<usize> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let pattern = u64::from_le_bytes([delimiter; 8]);
    let mut index = 0;
    let mut start = 0;
    let mut words = line.chunks_exact(8);
    let mut base = 0;
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8])) ^ pattern;
        // High bit set exactly in the bytes of `x` that are zero (no false positives).
        let mut zero = !(((x & LOW7) + LOW7) | x | LOW7);
        while zero != 0 {
            let end = base + (zero.trailing_zeros() / 8) as usize;
            f(index, &line[start..end])?;
            index += 1;
            start = end + 1;
            zero &= zero - 1;
        }
        base += 8;
    }
    for (i, &b) in words.remainder().iter().enumerate() {
        if b == delimiter {
            f(index, &line[start..base + i])?;
            index += 1;
            start = base + i + 1;
        }
    }
    f(index, &line[start..])?;
    Some(index + 1)
}

impl super::Cells for LineCells<'_> {
    fn count(&self) -> usize {
        self.ends.len()
    }

    fn cell(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] + 1 };
        &self.line[start..self.ends[i]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_last_boundary() {
        assert_eq!(last_record_end(b"a,b\nc,d\ne"), Some(8));
        assert_eq!(last_record_end(b"a,b"), None);
        assert_eq!(last_record_end(b"a,\"x\ny\"\nb,\"p\nq"), Some(8));
        assert_eq!(last_record_end(b"\"a\"\"\n\",b\n"), Some(9));
    }

    fn plain() -> impl Strategy<Value = String> {
        "[0-2a-z ;\t]{0,5}"
    }

    proptest! {
        /// The fast path reads simple chunks field for field like the csv crate.
        #[test]
        fn fast_split_matches_csv_crate(rows in proptest::collection::vec(proptest::collection::vec(plain(), 1..6), 1..12), crlf in any::<bool>(), last_newline in any::<bool>(), delim in prop_oneof![Just(b','), Just(b';'), Just(b'\t')]) {
            use crate::scan::Cells;
            let sep = (delim as char).to_string();
            let end = if crlf { "\r\n" } else { "\n" };
            let mut text: String = rows.iter().map(|r| r.iter().map(|f| f.replace(delim as char, "")).collect::<Vec<_>>().join(&sep)).collect::<Vec<_>>().join(end);
            if last_newline { text.push_str(end); }
            let bytes = text.as_bytes();
            prop_assume!(is_simple(bytes));
            let want: Vec<Vec<Vec<u8>>> = crate::scan::text::reader(bytes, delim, false).byte_records().map(|r| r.unwrap().iter().map(|f| f.to_vec()).collect()).collect();
            let mut got: Vec<Vec<Vec<u8>>> = Vec::new();
            let mut sp = Splitter::default();
            for_each_line(bytes, |_, line| {
                let cells = sp.split(line, delim);
                // The csv crate skips empty lines; the batch treats them as blank rows.
                if !line.is_empty() {
                    got.push((0..cells.count()).map(|i| cells.cell(i).to_vec()).collect());
                }
            });
            prop_assert_eq!(want, got);
        }
    }

    #[test]
    fn simple_chunks() {
        assert!(is_simple(b"a,b\r\nc,d\n"));
        assert!(!is_simple(b"a,\"b\"\n"));
        assert!(!is_simple(b"a,b\rc,d\n"));
    }

    fn field() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-2]",
            "[a-z ]{0,6}",
            "[a-z,\"\n]{0,6}".prop_map(|s| format!("\"{}\"", s.replace('"', "\"\""))),
        ]
    }

    proptest! {
        /// Splitting anywhere and parsing each chunk separately gives the same records as
        /// parsing the whole input with the csv crate.
        #[test]
        fn chunks_parse_like_the_whole(rows in proptest::collection::vec(proptest::collection::vec(field(), 1..5), 1..20), cut in 1usize..64) {
            let text: String = rows.iter().map(|r| r.join(",") + "\n").collect();
            let bytes = text.as_bytes();
            let parse = |b: &[u8]| -> Vec<csv::ByteRecord> {
                crate::scan::text::reader(b, b',', false).byte_records().map(|r| r.unwrap()).collect()
            };
            let whole = parse(bytes);
            let mut pieces = Vec::new();
            let mut start = 0;
            while start < bytes.len() {
                let window = &bytes[start..(start + cut).min(bytes.len())];
                let end = match last_record_end(window) {
                    Some(e) => start + e,
                    None => {
                        // Grow until a boundary appears, as the reader does.
                        let mut n = cut;
                        loop {
                            n += cut;
                            let w = &bytes[start..(start + n).min(bytes.len())];
                            if let Some(e) = last_record_end(w) { break start + e; }
                            if start + n >= bytes.len() { break bytes.len(); }
                        }
                    }
                };
                pieces.extend(parse(&bytes[start..end]));
                start = end;
            }
            prop_assert_eq!(whole, pieces);
        }
    }
}
