//! The two wide-row readers against each other, under fixed headers (the wide templates):
//! whenever the single-pass reader (`batch`'s fast path for quote-free lines) accepts a
//! line, the general reader (`WideLayout::parse_row`) must read the same teacher,
//! instrument and scores from it.
//!
//! Input: byte 0 picks the header, delimiter and `--jenis`; byte 1 can pad the first line to
//! just under or over the longest record accepted (`MAX_RECORD_BYTES`) and pick CRLF line
//! ends for the one-row file; the rest are lines.
//! A padded line is also read as a one-row wide file by both `pkguru score`'s reader and the
//! `batch` engine: they must agree on whether it is too long and on whether it is a teacher
//! (`PKGURU_FUZZ_SKIP` can leave out known findings' classes, see `skip`).
#![no_main]

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use libfuzzer_sys::fuzz_target;
use pkguru::batch::inputs::Input;
use pkguru::batch::{self, Failure, Mode, Options, Sink};
use pkguru::core::instrument::Jenis;
use pkguru::core::predikat::Bands;
use pkguru::core::teacher::{Field, Teacher};
use pkguru::scan::split::Splitter;
use pkguru::scan::{DecodeError, MAX_RECORD_BYTES};
use pkguru::sheet::wide::{RowOutcome, SinglePassScratch, WideLayout, template_header};
use pkguru::sheet::{self, Instruments, ProblemKind, ReadOptions};

fn instruments() -> &'static Instruments {
    static I: OnceLock<Instruments> = OnceLock::new();
    I.get_or_init(Instruments::default)
}

/// The fixed headers: both instruments, each alone, both without a jenis column, and kelas
/// with its columns in reverse order.
fn header(pick: u8) -> Vec<String> {
    match pick % 5 {
        0 => template_header(&[Jenis::Kelas, Jenis::Bk]),
        1 => template_header(&[Jenis::Kelas]),
        2 => template_header(&[Jenis::Bk]),
        3 => template_header(&[Jenis::Kelas, Jenis::Bk])
            .into_iter()
            .filter(|h| h != Field::Jenis.key())
            .collect(),
        _ => template_header(&[Jenis::Kelas]).into_iter().rev().collect(),
    }
}

/// `PKGURU_FUZZ_SKIP=crlf-limit,general-limit` skips the one-row file comparison for files of
/// a known finding's class (see fuzz/findings/README.md), so the rest can still be fuzzed.
fn skip(class: &str) -> bool {
    static SKIP: OnceLock<Vec<String>> = OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("PKGURU_FUZZ_SKIP")
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_string())
            .collect()
    })
    .iter()
    .any(|s| s == class)
}

struct Collect {
    failures: Vec<Failure>,
}

impl Sink for Collect {
    fn rows(&mut self, bytes: Vec<u8>) -> anyhow::Result<Option<Vec<u8>>> {
        Ok(Some(bytes))
    }
    fn failures(&mut self, failures: &[Failure]) -> anyhow::Result<()> {
        self.failures.extend_from_slice(failures);
        Ok(())
    }
}

fn scratch_dir() -> &'static PathBuf {
    static D: OnceLock<PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        let base =
            if std::path::Path::new("/dev/shm").is_dir() { "/dev/shm".into() } else { std::env::temp_dir() };
        let dir = base.join("pkguru-fuzz");
        std::fs::create_dir_all(&dir).expect("scratch dir");
        dir
    })
}

/// A one-row wide file read by `pkguru score`'s reader and by the `batch` engine.
/// `class` names the file's kind in messages: CRLF line ends or not, and whether `batch`
/// reads its data line as a simple (quote-free) line or through the csv crate.
fn one_row_file(file: &[u8], opts: ReadOptions, class: &str) {
    let inst = instruments();
    let one = sheet::read_any("fuzz.csv", file, None, opts, inst);
    let one_too_long = matches!(&one, Err(e) if e.problems.iter().any(|p| matches!(p.kind, ProblemKind::Decode(DecodeError::LineTooLong { .. }))));

    // One file per process (fork mode runs several), removed after use.
    let path = scratch_dir().join(format!("one-row-{}.csv", std::process::id()));
    std::fs::write(&path, file).expect("write scratch file");
    let pairing = Default::default();
    let engine_opts = Options {
        instruments: inst,
        read: opts,
        bands: Bands::default(),
        mode: Mode::Check,
        dialect: Default::default(),
        jobs: 1,
        sheet_name: None,
        tambahan: &pairing,
    };
    let mut sink = Collect { failures: Vec::new() };
    let input =
        Input { path: Some(path.clone()), label: "one-row.csv".into(), walked: false, converted: None };
    let stats = batch::run(&mut [input], &engine_opts, &mut sink, &AtomicBool::new(false)).expect("engine runs");
    let _ = std::fs::remove_file(&path);
    let engine_too_long =
        sink.failures.iter().any(|f| matches!(f.problem.kind, ProblemKind::LineTooLong { .. }));
    assert_eq!(
        one_too_long, engine_too_long,
        "too long? [{class}] score: {one:?}; batch: {:?}",
        sink.failures
    );
    // A teacher read (identity checks and audits come after reading).
    let engine_read = stats.scored() > 0
        || sink.failures.iter().any(|f| matches!(f.problem.kind, ProblemKind::InvalidIdentity(_)));
    assert_eq!(one.is_ok(), engine_read, "teacher? [{class}] score: {one:?}; batch: {:?}", sink.failures);
}

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let [pick, pad, rest @ ..] = data else { return };
        let delimiter = [b',', b';', b'\t'][usize::from(pick / 5) % 3];
        let jenis = [None, Some(Jenis::Kelas), Some(Jenis::Bk)][usize::from(pick / 15) % 3];
        let opts = ReadOptions { jenis, ..ReadOptions::default() };
        let inst = instruments();
        let names = header(*pick);
        let header_line = names.join(&char::from(delimiter).to_string());
        let layout = WideLayout::new(&csv::ByteRecord::from(names), 1, opts, inst);
        if !layout.header_problems.is_empty() {
            return; // a forced jenis the header lacks
        }
        let plan = layout.single_pass();

        let mut lines: Vec<Vec<u8>> =
            rest.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l).to_vec()).collect();
        let padded = pad & 0x80 != 0;
        if padded {
            // Pad the first line with blank cells (or spaces in them) to MAX ± 8 bytes.
            let target = (MAX_RECORD_BYTES + usize::from(pad & 0x0f)).saturating_sub(8);
            let filler = if pad & 0x40 != 0 { b' ' } else { delimiter };
            let first = &mut lines[0];
            if first.len() < target {
                first.push(delimiter);
                first.resize(target.max(first.len()), filler);
            }
        }

        let mut scratch = SinglePassScratch::default();
        let mut splitter = Splitter::default();
        let (mut scores, mut problems) = (Vec::new(), Vec::new());
        for (i, line) in lines.iter().enumerate() {
            if line.contains(&b'"') || line.contains(&b'\r') {
                continue; // never on the fast path
            }
            let mut fast_teacher = Teacher::default();
            let fast = plan.parse(line, delimiter, &mut scratch, &mut fast_teacher);
            let cells = splitter.split(line, delimiter);
            let mut teacher = Teacher::default();
            problems.clear();
            let general = layout.parse_row(&cells, i as u64 + 2, &mut scores, &mut teacher, &mut problems);
            if let Some(jenis) = fast {
                assert!(
                    matches!(general, RowOutcome::Teacher { jenis: j } if j == jenis),
                    "single-pass read {jenis:?}, general reader {general:?} {problems:?}"
                );
                assert_eq!(scratch.scores(jenis), &scores[..]);
                assert_eq!(fast_teacher, teacher);
            }
        }

        if padded {
            let end: &[u8] = if pad & 0x20 != 0 { b"\r\n" } else { b"\n" };
            let mut file = header_line.into_bytes();
            file.extend_from_slice(end);
            file.extend_from_slice(&lines[0]);
            file.extend_from_slice(end);
            let crlf = pad & 0x20 != 0;
            let simple = pkguru::scan::split::is_simple(&lines[0]);
            let class = format!(
                "{}, {}",
                if crlf { "crlf" } else { "lf" },
                if simple { "simple" } else { "general" }
            );
            let skipped = (crlf && skip("crlf-limit")) || (!simple && skip("general-limit"));
            if std::str::from_utf8(&file).is_ok() && !file.contains(&0) && !skipped {
                one_row_file(&file, opts, &class);
            }
        }
    })
});
