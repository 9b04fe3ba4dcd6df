//! Database exports (one row per teacher and indicator: `nip,nama,kode_indikator,nilai`), read
//! the way `pkguru batch` and `check` read them (`sheet::read_teachers` on the opened file) and
//! the way `pkguru score` does (`sheet::read_any`, one teacher). Inputs whose header is not a
//! database export's are skipped (the `long` and `wide` targets read those).
//!
//! Input: byte 0 picks the options, the rest is the file. Bit 0 is `--nomor-urut`
//! (`ReadOptions::numbered`), bits 1–2 `--jenis` (none, kelas, bk, none), bit 3 a line offset
//! of 3 (rows above the table, as a workbook's worksheet has).
//!
//! No reader may panic. Every teacher read has one score per indicator of its instrument (78
//! kelas, the BK count for BK), `--jenis` when given, warnings that are warnings, notes on
//! known indicators in instrument order, and scores; teachers come in the order first seen
//! (their lines increase). Every problem names a line inside the file (after the offset),
//! except the few about the file as a whole. The same file read with the other `--nomor-urut`
//! setting reads the same unless it holds plain numbers; a file of one teacher is read the
//! same by `read_any`.
#![no_main]

mod common;

use std::borrow::Cow;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pkguru::core::instrument::Jenis;
use pkguru::core::scoring;
use pkguru::scan::text;
use pkguru::sheet::{self, Instruments, Opened, Problem, ProblemKind, ReadOptions, Teachers, detect, header};

fn instruments() -> &'static Instruments {
    static I: OnceLock<Instruments> = OnceLock::new();
    I.get_or_init(Instruments::default)
}

/// Whether the file's header is a database export's (as `read_csv` decides).
fn is_export(bytes: &[u8]) -> bool {
    let bytes = text::normalize_line_ends(bytes);
    let Ok(text) = text::decode(&bytes) else { return false };
    let mut rdr = text::reader(text.as_bytes(), text::sniff_first_line(text.as_bytes()), true);
    match rdr.byte_headers() {
        Ok(h) => matches!(header::classify(h), header::HeaderKind::Stacked(_)),
        Err(_) => false,
    }
}

/// Problems that concern the file as a whole and may have no line.
fn whole_file(p: &Problem) -> bool {
    matches!(
        p.kind,
        ProblemKind::NoTeacherRows
            | ProblemKind::ManyTeachers(_)
            | ProblemKind::Csv(_)
            | ProblemKind::Decode(_)
    )
}

fn read(bytes: &[u8], line_offset: u64, opts: ReadOptions) -> Teachers {
    let opened = Opened { bytes: Cow::Borrowed(bytes), line_offset, json: false };
    sheet::read_teachers("fuzz.csv", &opened, opts, instruments())
}

/// Checks one read (see the module docs). `lines` is the most lines the file can have.
fn check(got: &Teachers, opts: ReadOptions, offset: u64, lines: u64) {
    let inst = instruments();
    let located = |p: &Problem, what: &str| match p.line {
        Some(l) => assert!(
            (1 + offset..=lines + offset).contains(&l),
            "{what} at line {l} of {lines}+{offset}: {p:?}"
        ),
        None => assert!(whole_file(p), "{what} without a line: {p:?}"),
    };
    assert!(!got.sheets.is_empty(), "no result at all");
    for p in &got.notes {
        assert!(p.is_warning(), "note that is not a warning: {p:?}");
        located(p, "note");
    }
    let mut last_line = 0;
    for r in &got.sheets {
        match r {
            Ok(s) => {
                let instrument = inst.get(s.jenis);
                assert_eq!(s.scores.len(), instrument.indicator_count(), "{:?}", s.jenis);
                if let Some(j) = opts.jenis {
                    assert_eq!(s.jenis, j);
                }
                let line = s.line.expect("a teacher of an export has its first row's line");
                assert!(
                    line >= 2 + offset && line <= lines + offset,
                    "teacher at line {line} of {lines}+{offset}"
                );
                assert!(line > last_line, "teachers out of first-seen order: {line} after {last_line}");
                last_line = line;
                for (f, l) in &s.field_lines {
                    assert!(*l >= line && *l <= lines + offset, "{f:?} at line {l}, teacher at {line}");
                }
                for p in &s.warnings {
                    assert!(p.is_warning(), "warning that is not one: {p:?}");
                    located(p, "warning");
                }
                if let Some(p) = &s.unassessed {
                    assert_eq!(p.kind, ProblemKind::NotAssessed);
                    located(p, "not assessed");
                }
                let slots: Vec<usize> = s
                    .notes
                    .iter()
                    .map(|(id, _)| instrument.slot(*id).unwrap_or_else(|| panic!("note on unknown {id}")))
                    .collect();
                assert!(slots.windows(2).all(|w| w[0] < w[1]), "notes out of order: {:?}", s.notes);
                let _ = scoring::score(instrument, &s.scores);
            }
            Err(e) => {
                assert!(!e.problems.is_empty(), "an error without problems");
                for p in &e.problems {
                    located(p, "problem");
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    common::run(|| {
        let Some((&pick, file)) = data.split_first() else { return };
        if detect::format("fuzz.csv", file) != detect::Format::Csv || !is_export(file) {
            return;
        }
        let numbered = pick & 1 != 0;
        let jenis = [None, Some(Jenis::Kelas), Some(Jenis::Bk), None][usize::from(pick >> 1) & 3];
        let offset = if pick & 8 != 0 { 3 } else { 0 };
        let opts = ReadOptions { jenis, numbered };
        // Every line end the csv reader may count (`\r\n` twice: an upper bound).
        let lines = 1 + file.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64;

        let got = read(file, offset, opts);
        check(&got, opts, offset, lines);

        // The other `--nomor-urut` setting: the same result unless the file has plain numbers
        // (which one setting refuses as a whole and the other reads as sequential numbers).
        let other_opts = ReadOptions { numbered: !numbered, ..opts };
        let other = read(file, offset, other_opts);
        check(&other, other_opts, offset, lines);
        let numbers = |t: &Teachers| {
            t.sheets.iter().any(|r| {
                matches!(r, Err(e) if e.problems.iter().any(|p| matches!(p.kind, ProblemKind::NumbersWithoutOption { .. })))
            })
        };
        let (plain, with_option) = if numbered { (&other, &got) } else { (&got, &other) };
        assert!(!numbers(with_option), "plain numbers refused with --nomor-urut");
        if !numbers(plain) {
            assert_eq!(
                format!("{plain:?}"),
                format!("{with_option:?}"),
                "--nomor-urut changed a file without numbers"
            );
        }

        // One teacher: `pkguru score` reads the same teacher, or refuses it as the export does.
        let unshifted = if offset == 0 { got } else { read(file, 0, opts) };
        if let [one] = &unshifted.sheets[..] {
            let single = sheet::read_any("fuzz.csv", file, None, opts, instruments());
            match (one, &single) {
                (Ok(a), Ok(b)) => {
                    assert!(a.unassessed.is_none(), "score read a teacher not yet assessed");
                    assert_eq!((a.jenis, &a.scores), (b.jenis, &b.scores));
                }
                (Ok(a), Err(e)) => assert!(
                    a.unassessed.is_some(),
                    "the export reads one teacher, score refuses it: {:?}",
                    e.problems
                ),
                (Err(e), Ok(_)) => panic!("score reads a teacher the export refuses: {:?}", e.problems),
                (Err(_), Err(_)) => {}
            }
        }
    })
});
