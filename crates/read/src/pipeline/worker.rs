//! The work done off the main thread: parsing a chunk of a wide file, or a whole one-teacher
//! sheet, assessing each teacher and handing it to the command's encoder. One reused record
//! and score buffer per thread; nothing is allocated per valid row.

use std::borrow::Cow;
use std::sync::Arc;

use crate::core::assessment::{InvalidIdentity, Note};
use crate::core::instrument::{IndicatorId, Jenis};
use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};
use crate::scan::{self, Cells, LineTracker, MAX_RECORD_BYTES};
use crate::sheet::wide::{RowOutcome, SinglePassScratch};
use crate::sheet::{self, Opened, Problem, ProblemKind};

use super::job::{Done, InputPartner, Job, WideFile};
use super::memo::MemoScorer;
use super::{Encoder, Options, Origin, Outcome, Row, Severity};

/// Per-thread state: reused buffers, the memoizing assessor and the encoder's state.
pub struct RowState<'a, E: Encoder> {
    scores: Vec<Score>,
    problems: Vec<Problem>,
    memo: MemoScorer<'a>,
    scratch: SinglePassScratch,
    encoder: E::State,
}

impl<'a, E: Encoder> RowState<'a, E> {
    /// State for one worker thread.
    pub fn new(opts: &Options<'a>, encoder: &E) -> RowState<'a, E> {
        RowState {
            scores: Vec::with_capacity(128),
            problems: Vec::new(),
            memo: MemoScorer::new(opts.instruments, opts.bands),
            scratch: SinglePassScratch::default(),
            encoder: encoder.state(),
        }
    }
}

/// Does one job.
pub fn run<E: Encoder>(
    job: Job,
    opts: &Options<'_>,
    encoder: &E,
    state: &mut RowState<'_, E>,
) -> Done<E::Batch> {
    match job {
        Job::Chunk { file, bytes, start_line, out, quote_free, plain } => {
            let simple = plain
                || if quote_free { scan::split::crlf_only(&bytes) } else { scan::split::is_simple(&bytes) };
            // A NUL byte (a damaged or binary file) sends the chunk to the general reader, whose
            // rows are checked for it.
            let nul = !plain && memchr::memchr(0, &bytes).is_some();
            let out = encoder.batch(out, bytes.len());
            let mut done = chunk(&file, &bytes, start_line, (simple, nul), out, opts, encoder, state);
            done.spent = bytes;
            done
        }
        Job::Sheet { label, bytes, line_offset, json, hints, partner } => {
            let opened = Opened { bytes: Cow::Borrowed(&bytes), line_offset, json };
            let out = encoder.batch(Vec::new(), 0);
            one_sheet(&label, &opened, &hints, &partner, out, opts, encoder, state)
        }
        Job::Form { label, bytes, line_offset, json, form } => {
            let mut done = Done::new(Some(encoder.batch(Vec::new(), 0)));
            let opened = Opened { bytes: Cow::Borrowed(&bytes), line_offset, json };
            let ctx = crate::forms::FormContext { bands: opts.bands, schemes: opts.schemes };
            for (line, read) in form.read(&opened, ctx) {
                match read {
                    Err(problems) => done.fail_unit(&label, problems),
                    Ok(scored) => {
                        done.stats.count_form(scored.predikat());
                        let origin = Origin { file: &label, line };
                        if let Some(out) = done.out.as_mut()
                            && encoder.form(&mut state.encoder, out, &mut done.failures, origin, &scored)
                        {
                            done.stats.failed += 1;
                        }
                    }
                }
            }
            done
        }
        Job::Values { label, bytes, line_offset, scale } => {
            let mut done = Done::new(Some(encoder.batch(Vec::new(), 0)));
            for row in sheet::values::read(&bytes, scale, line_offset) {
                match row {
                    Err(p) => done.fail_unit(&label, vec![p]),
                    Ok(row) => {
                        let origin = Origin { file: &label, line: Some(row.line) };
                        if let Some(out) = done.out.as_mut() {
                            encoder.values(&mut state.encoder, out, &mut done.failures, origin, &row);
                        }
                    }
                }
            }
            done
        }
    }
}

/// The job's context for each teacher.
struct Ctx<'j, 'o, E: Encoder> {
    opts: &'j Options<'o>,
    encoder: &'j E,
    partner: &'j InputPartner,
}

/// Scores the records of one chunk. `start_line` is the file line of the chunk's first byte.
#[allow(clippy::too_many_arguments)]
fn chunk<E: Encoder>(
    file: &WideFile,
    bytes: &[u8],
    start_line: u64,
    (simple, nul): (bool, bool),
    out: E::Batch,
    opts: &Options<'_>,
    encoder: &E,
    state: &mut RowState<'_, E>,
) -> Done<E::Batch> {
    let mut done = Done::new(Some(out));
    let ctx = Ctx { opts, encoder, partner: &file.partner };
    if simple && !nul {
        // No quotes: lines are records; split fields by hand (faster than a general parser).
        let mut splitter = scan::split::Splitter::default();
        scan::split::for_each_line(bytes, |i, line| {
            let line_no = start_line + i;
            if line.len() <= MAX_RECORD_BYTES {
                let mut teacher = Teacher::default();
                if let Some(jenis) = file.plan.parse(line, file.delimiter, &mut state.scratch, &mut teacher) {
                    let origin = Origin { file: &file.label, line: Some(line_no) };
                    let unit = Unit { origin, notes: &[], field_lines: &[], warnings: &[] };
                    let RowState { scratch, memo, encoder, .. } = state;
                    emit(&ctx, unit, jenis, scratch.scores(jenis), &mut teacher, memo, encoder, &mut done);
                    return;
                }
            }
            // Anything unusual: the general reader words the problem.
            let cells = splitter.split(line, file.delimiter);
            row(&ctx, file, &cells, line.len(), line_no, state, &mut done);
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
        row(&ctx, file, &rec, len, line, state, &mut done);
    }
    done
}

/// One record of a wide file, through the general reader.
fn row<E: Encoder, R: Cells>(
    ctx: &Ctx<'_, '_, E>,
    file: &WideFile,
    rec: &R,
    len: usize,
    line: u64,
    st: &mut RowState<'_, E>,
    done: &mut Done<E::Batch>,
) {
    if len > MAX_RECORD_BYTES {
        let kind = ProblemKind::LineTooLong { len, max: MAX_RECORD_BYTES };
        done.fail_unit(&file.label, vec![Problem::new(Some(line), None, kind)]);
        return;
    }
    let mut teacher = Teacher::default();
    let outcome = file.layout.parse_row(rec, line, &mut st.scores, &mut teacher, &mut st.problems);
    let origin = Origin { file: &file.label, line: Some(line) };
    match outcome {
        RowOutcome::Blank => {}
        RowOutcome::Invalid => done.fail_unit(&file.label, std::mem::take(&mut st.problems)),
        RowOutcome::Unassessed { jenis } => {
            let mut warnings = std::mem::take(&mut st.problems);
            if let Some(i) = warnings.iter().position(|p| p.kind == ProblemKind::NotAssessed) {
                let diagnosis = warnings.remove(i);
                warnings.insert(0, diagnosis);
                let unit = Unit { origin, notes: &[], field_lines: &[], warnings: &warnings };
                unassessed(ctx, unit, jenis, teacher, &mut st.encoder, done);
            }
        }
        RowOutcome::Teacher { jenis } => {
            // What is left in `problems` are warnings (fields left empty).
            let warnings = std::mem::take(&mut st.problems);
            let unit = Unit { origin, notes: &[], field_lines: &[], warnings: &warnings };
            emit(ctx, unit, jenis, &st.scores, &mut teacher, &mut st.memo, &mut st.encoder, done);
        }
    }
}

/// Reads and scores a whole-file input: a one-teacher sheet (CSV long, JSON, or a one-row wide
/// CSV) or every teacher of a database export.
#[allow(clippy::too_many_arguments)]
fn one_sheet<E: Encoder>(
    label: &Arc<str>,
    opened: &Opened<'_>,
    hints: &[Problem],
    partner: &InputPartner,
    out: E::Batch,
    opts: &Options<'_>,
    encoder: &E,
    state: &mut RowState<'_, E>,
) -> Done<E::Batch> {
    let mut done = Done::new(Some(out));
    let ctx = Ctx { opts, encoder, partner };
    // A standalone form named among PK Guru sheets is refused, not misread as a sheet.
    if crate::forms::FormKind::ALL.iter().any(|k| k.recognises(opened)) {
        done.fail_unit(label, vec![Problem::file(crate::sheet::ProblemKind::EvaluasiForm)]);
        return done;
    }
    let teachers = sheet::read_teachers(label, opened, opts.read, opts.instruments);
    // Notes about the input (columns not read): warnings, in every mode.
    done.warn(label, teachers.notes);
    for read in teachers.sheets {
        match read {
            Err(mut e) => {
                e.problems.extend(hints.iter().cloned());
                done.fail_unit(label, e.problems)
            }
            Ok(s) => {
                let origin = Origin { file: label, line: s.line };
                let sheet::Sheet {
                    mut teacher,
                    jenis,
                    scores,
                    field_lines,
                    warnings,
                    unassessed: d,
                    notes,
                    ..
                } = s;
                match d {
                    Some(d) => {
                        let mut all = Vec::with_capacity(warnings.len() + 1);
                        all.push(d);
                        all.extend(warnings);
                        let unit = Unit { origin, notes: &notes, field_lines: &field_lines, warnings: &all };
                        unassessed(&ctx, unit, jenis, teacher, &mut state.encoder, &mut done)
                    }
                    None => {
                        let unit =
                            Unit { origin, notes: &notes, field_lines: &field_lines, warnings: &warnings };
                        let RowState { memo, encoder, .. } = state;
                        emit(&ctx, unit, jenis, &scores, &mut teacher, memo, encoder, &mut done)
                    }
                }
            }
        }
    }
    done
}

/// Where a teacher came from and what its sheet said besides the scores.
struct Unit<'a> {
    origin: Origin<'a>,
    notes: &'a [(IndicatorId, String)],
    field_lines: &'a [(Field, u64)],
    /// Fields that could not be read (for a teacher not yet assessed, the diagnosis first).
    warnings: &'a [Problem],
}

/// Blends what the teacher's partners give: the tugas tambahan sheet of the same NIP, the
/// PKB list of the same workbook. A conflict fails the teacher.
fn partnered<E: Encoder, S: AsRef<str>>(
    ctx: &Ctx<'_, '_, E>,
    origin: Origin<'_>,
    teacher: &mut Teacher<S>,
    done: &mut Done<E::Batch>,
) -> Result<Option<Note>, ()> {
    if let Some(o) = ctx.opts.overrides {
        o.apply(teacher);
    }
    if let Some(kind) = ctx.opts.partners.apply(teacher) {
        let file: Arc<str> = Arc::from(origin.file);
        let at = Some(Field::TugasTambahan.key().into());
        done.fail_unit(&file, vec![Problem::new(origin.line, at, kind)]);
        return Err(());
    }
    if ctx.partner.is_empty() {
        return Ok(None);
    }
    teacher.ak_pkb = ctx.partner.ak_pkb;
    Ok(ctx.partner.pkb_note(teacher.golongan))
}

/// Assesses a parsed teacher and hands it to the encoder; its warnings are said (as problems
/// when strict).
#[allow(clippy::too_many_arguments)]
fn emit<E: Encoder, S: AsRef<str> + Clone>(
    ctx: &Ctx<'_, '_, E>,
    unit: Unit<'_>,
    jenis: Jenis,
    scores: &[Score],
    teacher: &mut Teacher<S>,
    memo: &mut MemoScorer<'_>,
    state: &mut E::State,
    done: &mut Done<E::Batch>,
) {
    let Ok(pkb_note) = partnered(ctx, unit.origin, teacher, done) else { return };
    // Who signs is checked where every command passes; nothing is allocated unless it is odd.
    let signed = role_warnings(&unit, teacher);
    let unit = Unit { warnings: signed.as_deref().unwrap_or(unit.warnings), ..unit };
    let (scored, predikat, slot) = memo.assess(jenis, scores, teacher);
    let credit = memo.outcome(slot);
    if let Some(i) = credit.invalid() {
        invalid(done, unit.origin, i);
        return;
    }
    done.stats.count(predikat);
    fn text<S: AsRef<str>>(v: &Option<S>) -> &str {
        v.as_ref().map_or("", AsRef::as_ref)
    }
    let (nip, nama, sekolah) = (text(&teacher.nip), text(&teacher.nama), text(&teacher.sekolah));
    done.seen.saw(unit.origin.file, nip, nama, sekolah, unit.origin.line);
    let strict = ctx.opts.strict;
    if !unit.warnings.is_empty() {
        let file: Arc<str> = Arc::from(unit.origin.file);
        let severity = if strict { Severity::Error } else { Severity::Warning };
        done.failures.extend(unit.warnings.iter().map(|p| super::Failure::new(&file, p.clone(), severity)));
        if !strict {
            done.stats.warned += 1;
        }
    }
    let result =
        Outcome { scored: &scored, predikat, bands: memo.bands(), credit, slot, jm: teacher.jm(jenis) };
    let row = row_of(&unit, jenis, scores, teacher, Some(result), pkb_note.as_ref());
    let Some(out) = done.out.as_mut() else { return };
    let failed = ctx.encoder.teacher(state, out, &mut done.failures, &row);
    if failed || (strict && !unit.warnings.is_empty()) {
        done.stats.failed += 1;
    }
}

/// The unit's warnings with what is odd about who signs the teacher's forms, or `None` when
/// nothing is.
fn role_warnings<S: AsRef<str>>(unit: &Unit<'_>, teacher: &Teacher<S>) -> Option<Vec<Problem>> {
    use crate::core::signers::{Role, RoleProblem};
    let problems = crate::core::signers::problems(teacher);
    if problems.is_empty() {
        return None;
    }
    let field_of = |role: Role| match role {
        Role::Guru | Role::KepalaDinilai => Field::Nama,
        Role::Penilai | Role::KepalaPenilai => Field::Penilai,
        Role::KepalaSekolah => Field::KepalaSekolah,
        Role::Pengawas => Field::Pengawas,
        Role::Mengetahui => Field::Mengetahui,
    };
    let mut all = unit.warnings.to_vec();
    all.extend(problems.into_iter().map(|p| {
        let field = match &p {
            RoleProblem::Twice { second, .. } => field_of(*second),
            RoleProblem::NoPengawas => Field::Pengawas,
            RoleProblem::KepalaWithoutTugas => Field::TugasTambahan,
        };
        let line = unit.field_lines.iter().find(|(f, _)| *f == field).map(|(_, l)| *l).or(unit.origin.line);
        Problem::new(line, Some(field.key().to_string()), ProblemKind::Signer(p))
    }));
    Some(all)
}

fn row_of<'a, S>(
    unit: &'a Unit<'a>,
    jenis: Jenis,
    scores: &'a [Score],
    teacher: &'a Teacher<S>,
    result: Option<Outcome<'a>>,
    pkb_note: Option<&'a Note>,
) -> Row<'a, S> {
    Row {
        origin: unit.origin,
        teacher,
        jenis,
        scores,
        result,
        warnings: unit.warnings,
        notes: unit.notes,
        field_lines: unit.field_lines,
        pkb_note,
    }
}

/// A teacher not yet assessed: listed without results (the diagnosis first, then any
/// warnings, said as warnings); a problem when strict.
fn unassessed<E: Encoder, S: AsRef<str> + Clone>(
    ctx: &Ctx<'_, '_, E>,
    unit: Unit<'_>,
    jenis: Jenis,
    mut teacher: Teacher<S>,
    state: &mut E::State,
    done: &mut Done<E::Batch>,
) {
    let file: Arc<str> = Arc::from(unit.origin.file);
    if ctx.opts.strict {
        done.fail_unit(&file, unit.warnings.to_vec());
        return;
    }
    let Ok(pkb_note) = partnered(ctx, unit.origin, &mut teacher, done) else { return };
    done.stats.unassessed += 1;
    done.warn(&file, unit.warnings.iter().cloned());
    let row = row_of(&unit, jenis, &[], &teacher, None, pkb_note.as_ref());
    if let Some(out) = done.out.as_mut() {
        ctx.encoder.teacher(state, out, &mut done.failures, &row);
    }
}

fn invalid<B>(done: &mut Done<B>, origin: Origin<'_>, i: InvalidIdentity) {
    let file: Arc<str> = Arc::from(origin.file);
    let p =
        Problem::new(origin.line, Some(Field::TugasTambahan.key().into()), ProblemKind::InvalidIdentity(i));
    done.fail_unit(&file, vec![p]);
}
