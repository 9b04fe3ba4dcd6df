//! The one pipeline every command reads through: inputs are expanded and looked at once
//! (tugas tambahan sheets paired by NIP, PKB lists by workbook, small workbooks converted
//! ahead), read on the main thread and cut into jobs (chunks of wide files, whole one-teacher
//! sheets); worker threads read, score and assess them and hand each teacher, as typed values,
//! to the encoder the command chose; results are put back in input order before they reach
//! the command's sink, so the output is the same whatever the number of workers. Memory stays
//! bounded by the jobs in flight.
//!
//! A command chooses what the workers make of a teacher ([`Encoder`]: rekap bytes, typed
//! cells, ledger records, an audit, printed pages) and receives those in order ([`Sink`]),
//! with every problem located and given a severity.

pub mod audit;
pub mod collect;
mod feeder;
pub mod inputs;
mod job;
mod memo;
pub mod prepass;
mod register;
pub mod seen;
mod worker;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use crate::core::assessment::{Assessment, CreditOutcome, Note};
use crate::core::instrument::{IndicatorId, Jenis};
use crate::core::predikat::{Bands, Predikat};
use crate::core::scoring::{Score, Scored};
use crate::core::teacher::{Field, Teacher};
use crate::forms::ScoredForm;
use crate::sheet::values::ValuesRow;
use crate::sheet::{Instruments, Problem, ReadOptions};

use feeder::Feeder;
use inputs::Input;
use job::{Done, Job};

pub use memo::CreditSlot;

/// Settings shared by every job.
pub struct Options<'a> {
    pub instruments: &'a Instruments,
    pub read: ReadOptions,
    pub bands: Bands,
    /// `check`: a note about a file (a column read two ways) and the fields left empty on a
    /// teacher fail them, and a teacher not yet assessed is a problem, not a row.
    pub strict: bool,
    pub jobs: usize,
    /// `--sheet`: the worksheet to read from workbooks.
    pub sheet_name: Option<String>,
    /// A run of standalone forms (its first input is one): every input must be a form.
    pub forms: bool,
    /// `rank`: tables of competency values (and pkguru's rekap named as an input) are read
    /// as such, on a scale of 1 to this.
    pub values: Option<u8>,
    /// Tugas tambahan sheets and PKB lists given among the inputs (see [`prepass`]).
    pub partners: &'a prepass::Partners,
    /// Values given on the command line that replace the sheets' (`score --golongan`).
    pub overrides: Option<&'a crate::core::overrides::Overrides>,
    /// The schemes a sheet of a school's own scheme may name (`--skema`).
    pub schemes: &'a crate::forms::skema::Schemes,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The teacher, sheet or file was left out.
    Error,
    /// A field left empty, a column not read, a worksheet skipped: nothing was left out.
    Warning,
}

/// One problem in one input, in the order found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub file: Arc<str>,
    pub problem: Problem,
    /// A field left empty on a teacher who was still scored, a note about a file; not a failure.
    pub warning: bool,
}

impl Failure {
    /// A problem of `file` with a severity.
    pub fn new(file: &Arc<str>, problem: Problem, severity: Severity) -> Failure {
        Failure { file: Arc::clone(file), problem, warning: severity == Severity::Warning }
    }

    /// The problem's severity.
    pub fn severity(&self) -> Severity {
        if self.warning { Severity::Warning } else { Severity::Error }
    }
}

/// How many inputs failed among `failures` (warnings aside; a file with several problems
/// counts once).
pub fn failed_files(failures: &[Failure]) -> u64 {
    let mut files: Vec<&str> = failures.iter().filter(|f| !f.warning).map(|f| &*f.file).collect();
    files.sort_unstable();
    files.dedup();
    files.len() as u64
}

/// Counts for the summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Teachers scored, per predikat (Amat Baik first).
    pub per_predikat: [u64; 5],
    /// Teachers, sheets or files that failed.
    pub failed: u64,
    /// Teachers whose sheet carried typed-in results (counted by `check`'s encoder).
    pub audited: u64,
    /// Teachers scored with fields left empty.
    pub warned: u64,
    /// Teachers listed without results: every score blank.
    pub unassessed: u64,
    /// Forms scored whose band is none of the PK Guru predikat (a school's own scheme's).
    pub other_bands: u64,
}

impl Stats {
    pub fn count(&mut self, p: Predikat) {
        let i = Predikat::ALL.iter().position(|x| *x == p).unwrap_or(4);
        self.per_predikat[i] += 1;
    }

    /// Counts a scored form, by its predikat when it has one.
    pub fn count_form(&mut self, p: Option<Predikat>) {
        match p {
            Some(p) => self.count(p),
            None => self.other_bands += 1,
        }
    }

    /// Teachers scored.
    pub fn scored(&self) -> u64 {
        self.per_predikat.iter().sum::<u64>() + self.other_bands
    }

    pub fn add(&mut self, o: &Stats) {
        for (a, b) in self.per_predikat.iter_mut().zip(o.per_predikat) {
            *a += b;
        }
        self.failed += o.failed;
        self.audited += o.audited;
        self.warned += o.warned;
        self.unassessed += o.unassessed;
        self.other_bands += o.other_bands;
    }
}

/// Where a teacher came from.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    /// The input, or `file[worksheet]` for one of several score sheets of a workbook.
    pub file: &'a str,
    /// The teacher's row (wide files and database exports).
    pub line: Option<u64>,
}

/// One teacher, read and assessed, as the workers hand it to the encoder.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a, S> {
    pub origin: Origin<'a>,
    /// The identity, with its tugas tambahan blended in and its PKB list counted.
    pub teacher: &'a Teacher<S>,
    pub jenis: Jenis,
    /// One score per indicator in slot order.
    pub scores: &'a [Score],
    /// The result; `None` for a teacher not yet assessed (every score blank), whose
    /// diagnosis is the first of `warnings`.
    pub result: Option<Outcome<'a>>,
    /// Fields that could not be read and were left empty.
    pub warnings: &'a [Problem],
    /// The penilai's notes per indicator (one-teacher sheets).
    pub notes: &'a [(IndicatorId, String)],
    /// The line of each identity field (one-teacher sheets), for messages about it.
    pub field_lines: &'a [(Field, u64)],
    /// What the next promotion still needs by the teacher's PKB list, when one was counted.
    pub pkb_note: Option<&'a Note>,
}

/// An assessed teacher's result, by reference into the worker's tables (nothing large is
/// copied per row); [`Outcome::assessment`] gives the whole value.
#[derive(Debug, Clone, Copy)]
pub struct Outcome<'a> {
    pub scored: &'a Scored,
    pub predikat: Predikat,
    pub bands: Bands,
    pub credit: &'a CreditOutcome,
    /// Where the credit outcome sits in this worker's cache: rows with the same slot have the
    /// same angka kredit, so an encoder may format it once.
    pub slot: CreditSlot,
    /// The teacher's own hours (or counselees): the cached outcome may hold another
    /// teacher's of the same bin (see the memo).
    pub jm: Option<crate::core::exact::Exact>,
}

impl Outcome<'_> {
    /// The whole assessment, copied, with the teacher's own hours.
    pub fn assessment(&self) -> Assessment {
        let mut credit = *self.credit;
        if let (CreditOutcome::Computed(c), Some(jm)) = (&mut credit, self.jm) {
            c.jm = jm;
        }
        Assessment { scored: *self.scored, bands: self.bands, predikat: self.predikat, credit }
    }

    /// Nilai PKG (skala 100), exact.
    pub fn score_100(&self) -> crate::core::exact::Exact {
        self.scored.score_100()
    }
}

impl<S> Row<'_, S> {
    /// The line a field was read from: its own row, else the teacher's row.
    pub fn line_of(&self, field: Field) -> Option<u64> {
        self.field_lines.iter().find(|(f, _)| *f == field).map(|(_, l)| *l).or(self.origin.line)
    }
}

/// What the workers make of each teacher, chosen by the command: shared by the worker
/// threads, each with its own state.
pub trait Encoder: Sync {
    /// Per-worker state (buffers, formatted texts to reuse).
    type State: Send;
    /// What one job gives, in input order, to the sink.
    type Batch: Send;
    /// A worker's state.
    fn state(&self) -> Self::State;
    /// Whether batches are made of byte buffers the engine should recycle: then `batch` gets a
    /// buffer from the engine's pool (shared with the input chunks) and `recycle` gives it
    /// back once the sink is done with the batch.
    const RECYCLES: bool = false;
    /// An empty batch for a job of about `input_bytes` (`buffer` is a pooled buffer when the
    /// encoder [recycles](Encoder::RECYCLES), else empty).
    fn batch(&self, buffer: Vec<u8>, input_bytes: usize) -> Self::Batch;
    /// The byte buffer of a batch the sink gave back, for the pool.
    fn recycle(&self, _batch: Self::Batch) -> Option<Vec<u8>> {
        None
    }
    /// One teacher. Problems found here (an audit) go to `problems`; returns whether the
    /// teacher failed.
    fn teacher<S: AsRef<str> + Clone>(
        &self,
        state: &mut Self::State,
        out: &mut Self::Batch,
        problems: &mut Vec<Failure>,
        row: &Row<'_, S>,
    ) -> bool;

    /// One standalone form, scored (forms runs only; see [`Options::forms`]). Returns whether
    /// the form failed.
    fn form(
        &self,
        _state: &mut Self::State,
        _out: &mut Self::Batch,
        _problems: &mut Vec<Failure>,
        _origin: Origin<'_>,
        _form: &ScoredForm,
    ) -> bool {
        false
    }

    /// One row of a table of competency values (see [`Options::values`]).
    fn values(
        &self,
        _state: &mut Self::State,
        _out: &mut Self::Batch,
        _problems: &mut Vec<Failure>,
        _origin: Origin<'_>,
        _row: &ValuesRow,
    ) {
    }
}

/// Where results go, in input order.
pub trait Sink<B> {
    /// The teachers of one job. The sink may return the batch for reuse.
    fn batch(&mut self, batch: B) -> anyhow::Result<Option<B>>;
    /// The problems of one job.
    fn failures(&mut self, failures: &[Failure]) -> anyhow::Result<()>;
    /// Teachers of the batch given next who were seen before in the run (a copied sheet):
    /// said as problems; a sink that holds what it is given leaves them out, so nobody is
    /// printed, ranked or recorded twice.
    fn again(&mut self, _teachers: &[seen::Again]) -> anyhow::Result<()> {
        Ok(())
    }
    /// Input bytes consumed so far (for a progress bar).
    fn progress(&mut self, _consumed: u64) {}
}

/// The error for an interrupted run (Ctrl-C).
#[derive(Debug, thiserror::Error)]
#[error("interrupted")]
pub struct Interrupted;

/// Runs every input through the workers into the sink; returns the totals.
pub fn run<E: Encoder>(
    inputs: &mut [Input],
    opts: &Options<'_>,
    encoder: &E,
    sink: &mut dyn Sink<E::Batch>,
    cancel: &AtomicBool,
) -> anyhow::Result<Stats> {
    let jobs = opts.jobs.max(1);
    let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Job)>(jobs);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(u64, Done<E::Batch>)>();
    std::thread::scope(|scope| -> anyhow::Result<Stats> {
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            scope.spawn(move || {
                let mut state = worker::RowState::new(opts, encoder);
                loop {
                    let next = job_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, job))) = next else { break };
                    let done = worker::run(job, opts, encoder, &mut state);
                    if done_tx.send((seq, done)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut feeder = Feeder::new(opts, encoder, sink, cancel, job_tx, done_rx, jobs);
        let mut ahead = Ahead::new(jobs);
        for i in 0..inputs.len() {
            if cancel.load(Ordering::Relaxed) {
                return Err(Interrupted.into());
            }
            ahead.convert(inputs, i, opts.sheet_name.as_deref());
            feeder.input(&mut inputs[i])?;
        }
        let stats = feeder.finish()?;
        if cancel.load(Ordering::Relaxed) {
            return Err(Interrupted.into());
        }
        Ok(stats)
    })
}

/// Converts small workbooks a window ahead of the feeder, on `jobs` threads: converting is
/// most of the work of reading a one-teacher workbook, and the feeder would do it on its one
/// thread. (Those the pre-pass kept are converted already.)
struct Ahead {
    jobs: usize,
    /// Made when first needed (most runs read no workbook).
    pool: Option<rayon::ThreadPool>,
    /// Inputs before this one have been looked at.
    done: usize,
}

/// Inputs converted together.
const AHEAD: usize = 64;

impl Ahead {
    fn new(jobs: usize) -> Ahead {
        Ahead { jobs, pool: None, done: 0 }
    }

    fn convert(&mut self, inputs: &mut [Input], i: usize, sheet_name: Option<&str>) {
        if self.jobs < 2 || i < self.done || !inputs::may_convert(&inputs[i]) {
            return;
        }
        if self.pool.is_none() {
            self.pool = rayon::ThreadPoolBuilder::new().num_threads(self.jobs).build().ok();
        }
        let Some(pool) = &self.pool else { return };
        let end = (i + AHEAD).min(inputs.len());
        self.done = end;
        use rayon::prelude::*;
        pool.install(|| {
            inputs[i..end].par_iter_mut().for_each(|input| {
                if let Some(c) = inputs::convert(input, sheet_name) {
                    input.converted = Some(Box::new(c));
                }
            })
        });
    }
}

/// Results waiting for their turn, keyed by job number.
type Pending<B> = BTreeMap<u64, Done<B>>;
