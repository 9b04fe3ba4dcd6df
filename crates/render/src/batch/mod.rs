//! The engine behind `batch` and `check`: inputs are read on the main thread and cut into
//! jobs (chunks of wide files, whole one-teacher sheets); worker threads score them; results
//! are put back in input order before they reach the sink, so the output is the same
//! whatever the number of workers. Memory stays bounded by the jobs in flight. Small
//! workbooks are converted to text ahead of their turn on all threads (or kept from the
//! tugas tambahan pre-pass), since converting is most of the work of reading one.
//!
//! May use: `render` (rekap encoders), `sheet`, `core`, `scan`.

mod feeder;
pub mod inputs;
mod memo;
pub mod tambahan;
mod worker;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::core::predikat::{Bands, Predikat};
use crate::render::csv::{CsvDialect, RowWriter};
use crate::render::rekap::RowEncoder;
use crate::sheet::{Instruments, Problem, ReadOptions};

use feeder::{Feeder, Job};
use inputs::Input;

/// What the engine produces per teacher.
#[derive(Clone, Copy)]
pub enum Mode<'a> {
    /// A rekap row, encoded by the format's encoder; display texts use `decimal`.
    Rekap { encoder: &'a dyn RowEncoder, decimal: char },
    /// An audit of the results typed into the sheet, and every problem.
    Check,
}

/// Settings shared by every job.
pub struct Options<'a> {
    /// The language of the texts the engine writes (the rekap's catatan).
    pub lang: crate::lang::Lang,
    pub instruments: &'a Instruments,
    pub read: ReadOptions,
    pub bands: Bands,
    pub mode: Mode<'a>,
    /// The CSV dialect of the chunk buffers (the rekap's delimiter and line ends).
    pub dialect: CsvDialect,
    pub jobs: usize,
    /// `--sheet`: the worksheet to read from workbooks.
    pub sheet_name: Option<String>,
    /// Tugas tambahan sheets given among the inputs, blended into their teachers by NIP.
    pub tambahan: &'a tambahan::Pairing,
}

/// One problem in one input, in the order found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub file: Arc<str>,
    pub problem: Problem,
    /// A field left empty on a teacher who was still scored (`batch`); not a failure.
    pub warning: bool,
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
    /// Teachers whose sheet carried typed-in results (check).
    pub audited: u64,
    /// Teachers scored with fields left empty (batch).
    pub warned: u64,
    /// Teachers listed without results: every score blank (batch).
    pub unassessed: u64,
}

impl Stats {
    pub fn count(&mut self, p: Predikat) {
        let i = Predikat::ALL.iter().position(|x| *x == p).unwrap_or(4);
        self.per_predikat[i] += 1;
    }

    /// Teachers scored.
    pub fn scored(&self) -> u64 {
        self.per_predikat.iter().sum()
    }

    fn add(&mut self, o: &Stats) {
        for (a, b) in self.per_predikat.iter_mut().zip(o.per_predikat) {
            *a += b;
        }
        self.failed += o.failed;
        self.audited += o.audited;
        self.warned += o.warned;
        self.unassessed += o.unassessed;
    }
}

/// A job's result.
pub struct Done {
    pub out: RowWriter,
    pub failures: Vec<Failure>,
    pub stats: Stats,
    /// The job's input buffer, handed back for reuse.
    pub spent: Vec<u8>,
}

impl Done {
    fn new(dialect: CsvDialect) -> Done {
        Done::with_buffer(dialect, Vec::new())
    }

    fn with_buffer(dialect: CsvDialect, out: Vec<u8>) -> Done {
        Done {
            out: RowWriter::with_buffer(dialect, out),
            failures: Vec::new(),
            stats: Stats::default(),
            spent: Vec::new(),
        }
    }

    /// Records one failed teacher, sheet or file with its problems.
    fn fail_unit(&mut self, file: &Arc<str>, problems: Vec<Problem>) {
        self.stats.failed += 1;
        let failures =
            problems.into_iter().map(|problem| Failure { file: Arc::clone(file), problem, warning: false });
        self.failures.extend(failures);
    }
}

/// Where results go, in input order.
pub trait Sink {
    /// Encoded rekap rows of one job (possibly empty). The sink may keep the buffer; it
    /// returns one for reuse when it has one.
    fn rows(&mut self, bytes: Vec<u8>) -> Result<Option<Vec<u8>>>;
    /// The failures of one job.
    fn failures(&mut self, failures: &[Failure]) -> Result<()>;
    /// Input bytes consumed so far (for a progress bar).
    fn progress(&mut self, _consumed: u64) {}
}

/// The error for an interrupted run (Ctrl-C).
#[derive(Debug, thiserror::Error)]
#[error("interrupted")]
pub struct Interrupted;

/// Runs every input through the workers into the sink; returns the totals.
pub fn run(
    inputs: &mut [Input],
    opts: &Options<'_>,
    sink: &mut dyn Sink,
    cancel: &AtomicBool,
) -> Result<Stats> {
    let jobs = opts.jobs.max(1);
    let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Job)>(jobs);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(u64, Done)>();
    std::thread::scope(|scope| -> Result<Stats> {
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            scope.spawn(move || {
                let mut state = worker::RowState::new(opts);
                loop {
                    let next = job_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, job))) = next else { break };
                    let done = worker::run(job, opts, &mut state);
                    if done_tx.send((seq, done)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut feeder = Feeder::new(opts, sink, cancel, job_tx, done_rx, jobs);
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
/// thread. (Those the tugas tambahan pre-pass kept are converted already.)
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
type Pending = BTreeMap<u64, Done>;
