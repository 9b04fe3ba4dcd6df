//! Wide CSV files (one row per teacher, `pkguru template --wide`), read three ways:
//! the one-teacher reader (`pkguru score` on a one-row wide file), the general row reader
//! over csv-crate records (what `batch` does for chunks with quotes), and, for quote-free
//! lines, the general reader over split lines next to the single-pass reader (what `batch`
//! does otherwise). None may panic; a row read as a teacher has warnings at most (identity
//! fields that could not be read); whenever the single-pass reader accepts a line, the general
//! reader must read the same teacher, instrument and scores from it.
#![no_main]

mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pkguru::core::scoring;
use pkguru::core::teacher::Teacher;
use pkguru::scan::split::{self, Splitter};
use pkguru::scan::text;
use pkguru::sheet::wide::{RowOutcome, SinglePassScratch, WideLayout};
use pkguru::sheet::{self, Instruments, ReadOptions};

fn instruments() -> &'static Instruments {
    static I: OnceLock<Instruments> = OnceLock::new();
    I.get_or_init(Instruments::default)
}

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let inst = instruments();
        let opts = ReadOptions::default();

        // The one-teacher reader (any layout; seeds are wide files).
        if let Ok(s) = sheet::read_any("fuzz.csv", data, None, opts, inst) {
            assert_eq!(s.scores.len(), inst.get(s.jenis).indicator_count());
            let _ = scoring::score(inst.get(s.jenis), &s.scores);
        }

        // The general row reader over csv-crate records, as `batch` streams a wide file.
        let bytes = text::strip_bom(data);
        let delimiter = text::sniff_first_line(bytes);
        let mut rdr = text::reader(bytes, delimiter, false);
        let mut header = csv::ByteRecord::new();
        if !matches!(rdr.read_byte_record(&mut header), Ok(true)) {
            return;
        }
        let mut header_end = (rdr.position().byte() as usize).min(bytes.len());
        // After a CRLF header the csv reader may stop between `\r` and `\n` (as in the feeder).
        if bytes.get(header_end) == Some(&b'\n') {
            header_end += 1;
        }
        let layout = WideLayout::new(&header, 1, opts, inst);
        if !layout.header_problems.is_empty() {
            return;
        }
        let (mut scores, mut problems) = (Vec::new(), Vec::new());
        let mut rec = csv::ByteRecord::new();
        let mut line = 1;
        while let Ok(true) = rdr.read_byte_record(&mut rec) {
            line += 1;
            let mut teacher = Teacher::default();
            problems.clear();
            if let RowOutcome::Teacher { jenis } =
                layout.parse_row(&rec, line, &mut scores, &mut teacher, &mut problems)
            {
                // Identity fields that could not be read leave the row a teacher: as warnings.
                assert!(problems.iter().all(|p| p.is_warning()), "{problems:?}");
                assert_eq!(scores.len(), inst.get(jenis).indicator_count());
                let _ = scoring::score(inst.get(jenis), &scores);
            }
        }

        // Quote-free lines: single-pass reader against the general reader over split lines.
        let body = &bytes[header_end..];
        if !split::is_simple(body) {
            return;
        }
        let plan = layout.single_pass();
        let mut scratch = SinglePassScratch::default();
        let mut splitter = Splitter::default();
        split::for_each_line(body, |i, line| {
            let mut fast_teacher = Teacher::default();
            let fast = plan.parse(line, delimiter, &mut scratch, &mut fast_teacher);
            let cells = splitter.split(line, delimiter);
            let mut teacher = Teacher::default();
            problems.clear();
            let general = layout.parse_row(&cells, i + 2, &mut scores, &mut teacher, &mut problems);
            if let Some(jenis) = fast {
                assert!(
                    matches!(general, RowOutcome::Teacher { jenis: j } if j == jenis),
                    "single-pass read {jenis:?}, general reader {general:?} {problems:?}"
                );
                assert_eq!(scratch.scores(jenis), &scores[..]);
                assert_eq!(fast_teacher, teacher);
            }
        });
    })
});
