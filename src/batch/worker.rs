//! The work done off the main thread: parsing a chunk of a wide file, or a whole one-teacher
//! sheet, scoring each teacher and handing it to the sink. One reused record and score
//! buffer per chunk; nothing is allocated per valid row.

use std::sync::Arc;

use crate::core::report;
use crate::render::csv_out::{Origin, RowWriter};
use crate::sheet::dialect::MAX_RECORD_BYTES;
use crate::sheet::wide::{Cells, FastPlan, FastScratch, RowOutcome, WideLayout};
use crate::sheet::{self, Problem};

use super::fast::{self, RowScorer};
use super::{Done, Failure, Mode, Options, sink, split};

/// A wide file being streamed: its name, delimiter and resolved header.
pub struct WideFile {
    pub label: Arc<str>,
    pub delimiter: u8,
    pub layout: WideLayout,
    /// The header compiled for the single-pass reader.
    pub plan: FastPlan,
}

/// Per-thread state: reused buffers, and the fast scorer (with its cache) for CSV rekaps.
pub struct RowState<'a> {
    scores: Vec<crate::core::scoring::Score>,
    problems: Vec<Problem>,
    fast: Option<RowScorer<'a>>,
    scratch: FastScratch,
}

impl<'a> RowState<'a> {
    /// State for one worker thread.
    pub fn new(opts: &Options<'a>) -> RowState<'a> {
        let fast = matches!(opts.mode, Mode::Rekap(sink::RekapFormat::Csv | sink::RekapFormat::Xlsx))
            .then(|| RowScorer::new(opts.instruments, opts.bands, opts.dialect.decimal));
        RowState {
            scores: Vec::with_capacity(128),
            problems: Vec::new(),
            fast,
            scratch: FastScratch::default(),
        }
    }
}

/// Scores the records of one chunk. `start_line` is the file line of the chunk's first byte.
pub fn chunk(
    file: &WideFile,
    bytes: &[u8],
    start_line: u64,
    simple: bool,
    out: Vec<u8>,
    opts: &Options<'_>,
    state: &mut RowState<'_>,
) -> Done {
    let mut done = Done::with_buffer(opts.dialect, out);
    done.out.out.reserve(bytes.len()); // the rekap is smaller than its input: no regrowth
    if simple {
        // No quotes: lines are records; split fields by hand (faster than a general parser).
        let mut splitter = split::Splitter::default();
        split::for_each_line(bytes, |i, line| {
            let line_no = start_line + i;
            if line.len() <= MAX_RECORD_BYTES {
                let mut teacher = crate::core::teacher::Teacher::default();
                if let Some(jenis) = file.plan.parse(line, file.delimiter, &mut state.scratch, &mut teacher) {
                    let origin = Origin { file: &file.label, line: Some(line_no) };
                    let scores = state.scratch.scores(jenis);
                    emit(origin, jenis, scores, &teacher, opts, &mut state.fast, &mut done);
                    return;
                }
            }
            // Anything unusual: the general reader words the problem.
            let cells = splitter.split(line, file.delimiter);
            row(file, &cells, line.len(), line_no, opts, state, &mut done);
        });
        return done;
    }
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(file.delimiter)
        .from_reader(bytes);
    let mut rec = csv::ByteRecord::new();
    let mut lines = crate::sheet::dialect::LineTracker::new(start_line);
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| start_line + p.line() - 1);
                done.fail_unit(
                    &file.label,
                    vec![Problem::new(line, None, crate::i18n::err_csv(&e.to_string()))],
                );
                break;
            }
        }
        let line = lines.line(bytes, rec.position());
        row(file, &rec, rec.as_slice().len(), line, opts, state, &mut done);
    }
    done
}

/// One record of a wide file.
fn row<R: Cells>(
    file: &WideFile,
    rec: &R,
    len: usize,
    line: u64,
    opts: &Options<'_>,
    st: &mut RowState<'_>,
    done: &mut Done,
) {
    if len > MAX_RECORD_BYTES {
        let msg = crate::i18n::err_line_too_long(len, MAX_RECORD_BYTES);
        done.fail_unit(&file.label, vec![Problem::new(Some(line), None, msg)]);
        return;
    }
    let mut teacher = crate::core::teacher::Teacher::default();
    match file.layout.parse_row(rec, line, &mut st.scores, &mut teacher, &mut st.problems) {
        RowOutcome::Blank => {}
        RowOutcome::Invalid => done.fail_unit(&file.label, std::mem::take(&mut st.problems)),
        RowOutcome::Teacher { jenis } => {
            let origin = Origin { file: &file.label, line: Some(line) };
            emit(origin, jenis, &st.scores, &teacher, opts, &mut st.fast, done);
        }
    }
}

/// Scores a parsed teacher and hands it to the sink (the fast scorer for CSV rekaps).
fn emit<S: AsRef<str>>(
    origin: Origin<'_>,
    jenis: crate::core::instrument::Jenis,
    scores: &[crate::core::scoring::Score],
    teacher: &crate::core::teacher::Teacher<S>,
    opts: &Options<'_>,
    fast: &mut Option<RowScorer<'_>>,
    done: &mut Done,
) {
    if let Some(fast) = fast {
        match fast.rekap(&mut done.out, origin, jenis, scores, teacher, opts.competencies) {
            fast::Outcome::Written(p) => done.stats.count(p),
            fast::Outcome::Invalid(without_kind) => {
                let o = if without_kind {
                    report::CreditOutcome::NilaiWithoutKind
                } else {
                    report::CreditOutcome::MissingNilaiTambahan
                };
                done.invalid_credit(origin, o)
            }
        }
        return;
    }
    let a = report::assess(opts.instruments.get(jenis), scores, teacher, opts.bands);
    done.teacher(opts, origin, teacher, &a, |_| None);
}

/// Reads and scores a whole one-teacher sheet (CSV long, JSON, or a one-row wide CSV).
pub fn sheet(label: &Arc<str>, bytes: &[u8], line_offset: u64, opts: &Options<'_>) -> Done {
    let mut done = Done::new(opts.dialect);
    match sheet::read_sheet(label, bytes, opts.read, opts.instruments).map_err(|e| e.shifted(line_offset)) {
        Err(e) => done.fail_unit(label, e.problems),
        Ok(mut s) => {
            s.shift(line_offset);
            let inst = opts.instruments.get(s.jenis);
            let a = report::assess(inst, &s.scores, &s.teacher, opts.bands);
            done.teacher(opts, Origin { file: label, line: s.line }, &s.teacher, &a, |key| s.line_of(key));
        }
    }
    done
}

impl Done {
    fn new(dialect: crate::render::csv_out::CsvDialect) -> Done {
        Done::with_buffer(dialect, Vec::new())
    }

    fn with_buffer(dialect: crate::render::csv_out::CsvDialect, out: Vec<u8>) -> Done {
        Done {
            out: RowWriter::with_buffer(dialect, out),
            failures: Vec::new(),
            stats: Default::default(),
            spent: Vec::new(),
        }
    }

    /// Records one failed teacher, sheet or file with its problems.
    pub fn fail_unit(&mut self, file: &Arc<str>, problems: Vec<Problem>) {
        self.stats.failed += 1;
        self.failures.extend(problems.into_iter().map(|p| Failure::from_problem(file, p)));
    }

    fn invalid_credit(&mut self, origin: Origin<'_>, credit: report::CreditOutcome) {
        let msg = match credit {
            report::CreditOutcome::NilaiWithoutKind => crate::i18n::err_nilai_without_kind(),
            _ => crate::i18n::err_missing_nilai_tambahan(),
        };
        let file: Arc<str> = Arc::from(origin.file);
        self.fail_unit(&file, vec![Problem::new(origin.line, Some("tugas_tambahan".into()), msg)]);
    }

    /// Records a scored teacher; `line_of(field)` locates an identity field for audit messages.
    fn teacher<S: AsRef<str>>(
        &mut self,
        opts: &Options<'_>,
        origin: Origin<'_>,
        t: &crate::core::teacher::Teacher<S>,
        a: &report::Assessment,
        line_of: impl Fn(&str) -> Option<u64>,
    ) {
        if a.credit.is_invalid() {
            self.invalid_credit(origin, a.credit);
            return;
        }
        match opts.mode {
            Mode::Rekap(format) => {
                sink::rekap(format, &mut self.out, origin, t, a, opts.competencies);
                self.stats.count(a.predikat);
            }
            Mode::Check => {
                self.stats.count(a.predikat);
                let mismatches = sink::audit(&t.claimed, a);
                if !t.claimed.is_empty() {
                    self.stats.audited += 1;
                }
                if !mismatches.is_empty() {
                    self.stats.failed += 1;
                    let file: Arc<str> = Arc::from(origin.file);
                    for m in mismatches {
                        let line = line_of(m.field).or(origin.line);
                        self.failures.push(Failure::audit(&file, line, m));
                    }
                }
            }
        }
    }
}
