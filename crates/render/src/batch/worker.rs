//! The work done off the main thread: parsing a chunk of a wide file, or a whole one-teacher
//! sheet, scoring each teacher and encoding its rekap row or auditing it. One reused record
//! and score buffer per thread; nothing is allocated per valid row.

use std::borrow::Cow;
use std::sync::Arc;

use crate::core::assessment::{self, Assessment, InvalidIdentity};
use crate::core::audit;
use crate::core::instrument::Jenis;
use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};
use crate::scan::{self, Cells, LineTracker, MAX_RECORD_BYTES};
use crate::sheet::wide::{RowOutcome, SinglePass, SinglePassScratch, WideLayout};
use crate::sheet::{self, Opened, Problem, ProblemKind};

use super::feeder::Job;
use super::memo::{MemoScorer, Origin};
use super::{Done, Failure, Mode, Options};

/// A wide file being streamed: its name, delimiter and resolved header.
pub struct WideFile {
    pub label: Arc<str>,
    pub delimiter: u8,
    pub layout: WideLayout,
    /// The header compiled for the single-pass reader.
    pub plan: SinglePass,
}

/// Per-thread state: reused buffers, and the memoizing scorer for rekaps.
pub struct RowState<'a> {
    scores: Vec<Score>,
    problems: Vec<Problem>,
    memo: Option<MemoScorer<'a>>,
    scratch: SinglePassScratch,
}

impl<'a> RowState<'a> {
    /// State for one worker thread.
    pub fn new(opts: &Options<'a>) -> RowState<'a> {
        let memo = match opts.mode {
            Mode::Rekap { decimal, .. } => {
                Some(MemoScorer::new(opts.lang, opts.instruments, opts.bands, decimal))
            }
            // `check` uses its credit cache (a full assessment per row, the credit looked up).
            Mode::Check => Some(MemoScorer::new(opts.lang, opts.instruments, opts.bands, '.')),
        };
        RowState {
            scores: Vec::with_capacity(128),
            problems: Vec::new(),
            memo,
            scratch: SinglePassScratch::default(),
        }
    }
}

/// Does one job.
pub fn run(job: Job, opts: &Options<'_>, state: &mut RowState<'_>) -> Done {
    match job {
        Job::Chunk { file, bytes, start_line, out, quote_free, plain } => {
            let simple = plain
                || if quote_free { scan::split::crlf_only(&bytes) } else { scan::split::is_simple(&bytes) };
            // A NUL byte (a damaged or binary file) sends the chunk to the general reader, whose
            // rows are checked for it.
            let nul = !plain && memchr::memchr(0, &bytes).is_some();
            let mut done = chunk(&file, &bytes, start_line, (simple, nul), out, opts, state);
            done.spent = bytes;
            done
        }
        Job::Sheet { label, bytes, line_offset, json, hints } => {
            let opened = Opened { bytes: Cow::Borrowed(&bytes), line_offset, json };
            one_sheet(&label, &opened, &hints, opts, state)
        }
    }
}

/// Scores the records of one chunk. `start_line` is the file line of the chunk's first byte.
fn chunk(
    file: &WideFile,
    bytes: &[u8],
    start_line: u64,
    (simple, nul): (bool, bool),
    out: Vec<u8>,
    opts: &Options<'_>,
    state: &mut RowState<'_>,
) -> Done {
    let mut done = Done::with_buffer(opts.dialect, out);
    done.out.out.reserve(bytes.len()); // the rekap is smaller than its input: no regrowth
    if simple && !nul {
        // No quotes: lines are records; split fields by hand (faster than a general parser).
        let mut splitter = scan::split::Splitter::default();
        scan::split::for_each_line(bytes, |i, line| {
            let line_no = start_line + i;
            if line.len() <= MAX_RECORD_BYTES {
                let mut teacher = Teacher::default();
                if let Some(jenis) = file.plan.parse(line, file.delimiter, &mut state.scratch, &mut teacher) {
                    let origin = Origin { file: &file.label, line: Some(line_no) };
                    let RowState { scratch, memo, .. } = state;
                    let unit = Unit { origin, sheet: None, warnings: &[] };
                    emit(unit, jenis, scratch.scores(jenis), &teacher, opts, memo, &mut done);
                    return;
                }
            }
            // Anything unusual: the general reader words the problem.
            let cells = splitter.split(line, file.delimiter);
            row(file, &cells, line.len(), line_no, opts, state, &mut done);
        });
        return done;
    }
    let mut rdr = scan::text::reader(bytes, file.delimiter, false);
    let mut rec = csv::ByteRecord::new();
    let mut lines = LineTracker::new(start_line);
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| start_line + p.line() - 1);
                let problem = Problem::new(line, None, ProblemKind::Csv(e.to_string()));
                done.fail_unit(&file.label, vec![problem]);
                break;
            }
        }
        let line = lines.line(bytes, rec.position());
        if nul && (0..rec.len()).any(|i| memchr::memchr(0, &rec[i]).is_some()) {
            done.fail_unit(&file.label, vec![Problem::new(Some(line), None, ProblemKind::NulByte)]);
            continue;
        }
        // Measured as the fast path and the one-teacher reader measure a line: its bytes as
        // they are in the file (quotes and delimiters included), without the line end.
        let start = rec.position().map_or(0, |p| p.byte() as usize);
        let end = (rdr.position().byte() as usize).min(bytes.len());
        let len = scan::text::longest_line(bytes.get(start..end).unwrap_or(&[]));
        row(file, &rec, len, line, opts, state, &mut done);
    }
    done
}

/// One record of a wide file, through the general reader.
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
        let kind = ProblemKind::LineTooLong { len, max: MAX_RECORD_BYTES };
        done.fail_unit(&file.label, vec![Problem::new(Some(line), None, kind)]);
        return;
    }
    let mut teacher = Teacher::default();
    match file.layout.parse_row(rec, line, &mut st.scores, &mut teacher, &mut st.problems) {
        RowOutcome::Blank => {}
        RowOutcome::Invalid => done.fail_unit(&file.label, std::mem::take(&mut st.problems)),
        RowOutcome::Unassessed { jenis } => {
            let mut warnings = std::mem::take(&mut st.problems);
            let diagnosis =
                warnings.iter().position(|p| p.kind == ProblemKind::NotAssessed).map(|i| warnings.remove(i));
            let unit = Unit {
                origin: Origin { file: &file.label, line: Some(line) },
                sheet: None,
                warnings: &warnings,
            };
            if let Some(d) = diagnosis {
                unassessed(unit, jenis, d, &teacher, opts, &mut st.memo, done);
            }
        }
        RowOutcome::Teacher { jenis } => {
            // What is left in `problems` are warnings (fields left empty).
            let warnings = std::mem::take(&mut st.problems);
            let unit = Unit {
                origin: Origin { file: &file.label, line: Some(line) },
                sheet: None,
                warnings: &warnings,
            };
            emit(unit, jenis, &st.scores, &teacher, opts, &mut st.memo, done);
        }
    }
}

/// Reads and scores a whole-file input: a one-teacher sheet (CSV long, JSON, or a one-row wide
/// CSV) or every teacher of a database export.
fn one_sheet(
    label: &Arc<str>,
    opened: &Opened<'_>,
    hints: &[Problem],
    opts: &Options<'_>,
    state: &mut RowState<'_>,
) -> Done {
    let mut done = Done::new(opts.dialect);
    let teachers = sheet::read_teachers(label, opened, opts.read, opts.instruments);
    // Notes about the input (columns not read): warnings, in every mode.
    done.failures.extend(teachers.notes.into_iter().map(|problem| Failure {
        file: Arc::clone(label),
        problem,
        warning: true,
    }));
    for read in teachers.sheets {
        match read {
            Err(mut e) => {
                e.problems.extend(hints.iter().cloned());
                done.fail_unit(label, e.problems)
            }
            Ok(s) => {
                let origin = Origin { file: label, line: s.line };
                let unit = Unit { origin, sheet: Some(&s), warnings: &s.warnings };
                match &s.unassessed {
                    Some(d) => {
                        unassessed(unit, s.jenis, d.clone(), &s.teacher, opts, &mut state.memo, &mut done)
                    }
                    None => emit(unit, s.jenis, &s.scores, &s.teacher, opts, &mut state.memo, &mut done),
                }
            }
        }
    }
    done
}

/// Where a teacher came from: the row, the one-teacher sheet (which locates identity fields
/// for audit messages), and the fields that could not be read.
struct Unit<'a> {
    origin: Origin<'a>,
    sheet: Option<&'a sheet::Sheet>,
    warnings: &'a [Problem],
}

/// Scores a parsed teacher and hands it on: a rekap row (through the memoizing scorer) with
/// its warnings, or an audit, where warnings are problems.
fn emit<S: AsRef<str> + Clone>(
    unit: Unit<'_>,
    jenis: Jenis,
    scores: &[Score],
    teacher: &Teacher<S>,
    opts: &Options<'_>,
    memo: &mut Option<MemoScorer<'_>>,
    done: &mut Done,
) {
    // Only when tugas tambahan sheets were given: the teacher with its blend (a copy).
    let paired;
    let teacher = if opts.tambahan.is_empty() {
        teacher
    } else {
        let mut t = teacher.clone();
        if let Some(kind) = opts.tambahan.apply(&mut t) {
            let file: Arc<str> = Arc::from(unit.origin.file);
            let at = Some(Field::TugasTambahan.key().into());
            done.fail_unit(&file, vec![Problem::new(unit.origin.line, at, kind)]);
            return;
        }
        paired = t;
        &paired
    };
    let origin = unit.origin;
    if let (Mode::Rekap { encoder, .. }, Some(memo)) = (opts.mode, memo.as_mut()) {
        match memo.rekap(encoder, &mut done.out, origin, jenis, scores, teacher, unit.warnings) {
            Ok(p) => {
                done.stats.count(p);
                if !unit.warnings.is_empty() {
                    done.stats.warned += 1;
                    let file: Arc<str> = Arc::from(origin.file);
                    let warnings = unit.warnings.iter().cloned();
                    done.failures.extend(warnings.map(|problem| Failure {
                        file: Arc::clone(&file),
                        problem,
                        warning: true,
                    }));
                }
            }
            Err(i) => invalid(done, origin, i),
        }
        return;
    }
    let instrument = opts.instruments.get(jenis);
    let a = match memo.as_mut() {
        Some(m) => {
            assessment::assess_with(instrument, scores, opts.bands, |p| m.credit_outcome(teacher, jenis, p))
        }
        None => assessment::assess(instrument, scores, teacher, opts.bands),
    };
    if let Some(i) = a.credit.invalid() {
        invalid(done, origin, i);
        return;
    }
    check(done, &unit, teacher, &a);
}

/// A teacher not yet assessed: listed in a rekap without results (the diagnosis in its
/// catatan and said once as a warning); a problem for `check`.
fn unassessed<S: AsRef<str>>(
    unit: Unit<'_>,
    jenis: Jenis,
    diagnosis: Problem,
    teacher: &Teacher<S>,
    opts: &Options<'_>,
    memo: &mut Option<MemoScorer<'_>>,
    done: &mut Done,
) {
    let file: Arc<str> = Arc::from(unit.origin.file);
    let mut notes = Vec::with_capacity(unit.warnings.len() + 1);
    notes.push(diagnosis);
    notes.extend(unit.warnings.iter().cloned());
    match (opts.mode, memo.as_mut()) {
        (Mode::Rekap { encoder, .. }, Some(memo)) => {
            memo.unassessed(encoder, &mut done.out, unit.origin, jenis, teacher, &notes);
            done.stats.unassessed += 1;
            done.failures.extend(notes.into_iter().map(|problem| Failure {
                file: Arc::clone(&file),
                problem,
                warning: true,
            }));
        }
        _ => done.fail_unit(&file, notes),
    }
}

fn invalid(done: &mut Done, origin: Origin<'_>, i: InvalidIdentity) {
    let file: Arc<str> = Arc::from(origin.file);
    let p =
        Problem::new(origin.line, Some(Field::TugasTambahan.key().into()), ProblemKind::InvalidIdentity(i));
    done.fail_unit(&file, vec![p]);
}

/// Audits the results typed into a sheet against the computed ones; fields that could not be
/// read are problems here too.
fn check<S: AsRef<str>>(done: &mut Done, unit: &Unit<'_>, t: &Teacher<S>, a: &Assessment) {
    done.stats.count(a.predikat);
    if !t.claimed.is_empty() {
        done.stats.audited += 1;
    }
    let mismatches = audit::audit(&t.claimed, a);
    if mismatches.is_empty() && unit.warnings.is_empty() {
        return;
    }
    done.stats.failed += 1;
    let file: Arc<str> = Arc::from(unit.origin.file);
    for p in unit.warnings {
        done.failures.push(Failure { file: Arc::clone(&file), problem: p.clone(), warning: false });
    }
    for m in mismatches {
        let field = m.field();
        let line = unit.sheet.and_then(|s| s.line_of(field)).or(unit.origin.line);
        let problem = Problem::new(line, Some(field.key().into()), ProblemKind::Audit(m));
        done.failures.push(Failure { file: Arc::clone(&file), problem, warning: false });
    }
}
