//! The engine behind `batch` and `check`: inputs are read on the main thread and cut into
//! jobs (chunks of wide files, whole one-teacher sheets); worker threads score them; results
//! are put back in input order before they reach the output, so the output is the same
//! whatever the number of workers. Memory stays bounded by the jobs in flight.

mod fast;
pub mod inputs;
pub mod sink;
pub mod split;
mod worker;

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::core::predikat::{Bands, Predikat};
use crate::i18n;
use crate::render::csv_out::{CsvDialect, RowWriter};
use crate::sheet::dialect::{self, HeaderKind};
use crate::sheet::wide::WideLayout;
use crate::sheet::workbook;
use crate::sheet::{Instruments, Problem, ReadOptions};

use inputs::Input;
use sink::{Mismatch, RekapFormat};
use worker::WideFile;

/// Bytes read per chunk of a wide file.
pub const CHUNK_BYTES: usize = 1 << 22;
/// A record longer than this cannot be a sheet row; the file is given up.
const MAX_PENDING: usize = 16 << 20;
/// Largest one-teacher sheet or workbook read into memory.
const MAX_SHEET_BYTES: u64 = 256 << 20;

/// What the engine produces per teacher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Rekap(RekapFormat),
    Check,
}

/// Settings shared by every job.
pub struct Options<'a> {
    pub instruments: &'a Instruments,
    pub read: ReadOptions,
    pub bands: Bands,
    pub mode: Mode,
    /// Competency columns in the rekap (the larger instrument's count).
    pub competencies: usize,
    pub dialect: CsvDialect,
    pub jobs: usize,
    /// `--sheet`: the worksheet to read from workbooks.
    pub sheet_name: Option<String>,
}

/// One problem in one input, in the order found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub file: Arc<str>,
    pub line: Option<u64>,
    pub at: Option<String>,
    pub message: String,
    /// For `check`: the typed-in and computed values that differ.
    pub mismatch: Option<Mismatch>,
}

impl Failure {
    fn from_problem(file: &Arc<str>, p: Problem) -> Failure {
        Failure { file: Arc::clone(file), line: p.line, at: p.at, message: p.message, mismatch: None }
    }

    fn audit(file: &Arc<str>, line: Option<u64>, m: Mismatch) -> Failure {
        let message = i18n::audit_mismatch(m.field, &m.claimed, &m.computed);
        Failure { file: Arc::clone(file), line, at: Some(m.field.to_string()), message, mismatch: Some(m) }
    }

    /// `file:line: at: message`, as everywhere else.
    pub fn to_line(&self) -> String {
        Problem { line: self.line, at: self.at.clone(), message: self.message.clone() }
            .display(&self.file)
            .to_string()
    }
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
}

impl Stats {
    fn count(&mut self, p: Predikat) {
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

/// Where results go, in input order.
pub trait Sink {
    /// Rekap bytes of one job (possibly empty).
    fn rows(&mut self, bytes: &[u8]) -> Result<()>;
    /// The failures of one job.
    fn failures(&mut self, failures: &[Failure]) -> Result<()>;
    /// Input bytes consumed so far (for a progress bar).
    fn progress(&mut self, _consumed: u64) {}
}

enum Job {
    /// A chunk of a wide file, with a recycled buffer for its output.
    Chunk {
        file: Arc<WideFile>,
        bytes: Vec<u8>,
        start_line: u64,
        out: Vec<u8>,
        /// The reader saw no `"` in it (saves the worker a scan).
        quote_free: bool,
    },
    Sheet {
        label: Arc<str>,
        bytes: Vec<u8>,
        line_offset: u64,
    },
}

/// The error for an interrupted run (Ctrl-C).
#[derive(Debug, thiserror::Error)]
#[error("{}", i18n::err_interrupted())]
pub struct Interrupted;

/// Runs every input through the workers into the sink; returns the totals.
pub fn run(inputs: &[Input], opts: &Options<'_>, sink: &mut dyn Sink, cancel: &AtomicBool) -> Result<Stats> {
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
                    let done = match job {
                        Job::Chunk { file, bytes, start_line, out, quote_free } => {
                            let simple =
                                if quote_free { split::crlf_only(&bytes) } else { split::is_simple(&bytes) };
                            let mut done =
                                worker::chunk(&file, &bytes, start_line, simple, out, opts, &mut state);
                            done.spent = bytes;
                            done
                        }
                        Job::Sheet { label, bytes, line_offset } => {
                            worker::sheet(&label, &bytes, line_offset, opts)
                        }
                    };
                    if done_tx.send((seq, done)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut feeder = Feeder {
            opts,
            sink,
            cancel,
            tx: Some(job_tx),
            rx: done_rx,
            pending: BTreeMap::new(),
            next_seq: 0,
            next_out: 0,
            limit: jobs as u64 + 2,
            stats: Stats::default(),
            consumed: 0,
            pool: Vec::new(),
        };
        for input in inputs {
            if feeder.cancel.load(Ordering::Relaxed) {
                return Err(Interrupted.into());
            }
            feeder.input(input)?;
        }
        feeder.tx = None;
        feeder.drain(0)?;
        if feeder.cancel.load(Ordering::Relaxed) {
            return Err(Interrupted.into());
        }
        Ok(feeder.stats)
    })
}

/// The main thread's side: reads inputs, sends jobs, writes results back in order.
struct Feeder<'a, 'o> {
    opts: &'a Options<'o>,
    sink: &'a mut dyn Sink,
    cancel: &'a AtomicBool,
    tx: Option<mpsc::SyncSender<(u64, Job)>>,
    rx: mpsc::Receiver<(u64, Done)>,
    pending: BTreeMap<u64, Done>,
    next_seq: u64,
    next_out: u64,
    limit: u64,
    stats: Stats,
    consumed: u64,
    /// Spare chunk-sized buffers: reusing them avoids fresh pages (and their faults) per chunk.
    pool: Vec<Vec<u8>>,
}

impl Feeder<'_, '_> {
    fn buffer(&mut self) -> Vec<u8> {
        self.pool.pop().unwrap_or_else(|| Vec::with_capacity(CHUNK_BYTES))
    }

    fn recycle(&mut self, mut buf: Vec<u8>) {
        if buf.capacity() >= CHUNK_BYTES / 2 && self.pool.len() < self.limit as usize + 1 {
            buf.clear();
            self.pool.push(buf);
        }
    }

    fn send(&mut self, job: Job) -> Result<()> {
        self.drain(self.limit - 1)?;
        let seq = self.next_seq;
        self.next_seq += 1;
        if let Some(tx) = &self.tx {
            tx.send((seq, job)).map_err(|_| anyhow::anyhow!("worker stopped"))?;
        }
        Ok(())
    }

    /// A result made on the main thread (a file that could not be read), kept in order.
    fn local(&mut self, done: Done) -> Result<()> {
        self.drain(self.limit - 1)?;
        let seq = self.next_seq;
        self.next_seq += 1;
        self.pending.insert(seq, done);
        self.flush_ready()
    }

    fn fail_file(&mut self, label: &Arc<str>, problem: Problem) -> Result<()> {
        let mut done = Done {
            out: RowWriter::new(self.opts.dialect),
            failures: Vec::new(),
            stats: Stats::default(),
            spent: Vec::new(),
        };
        done.fail_unit(label, vec![problem]);
        self.local(done)
    }

    fn read_failed(&mut self, label: &Arc<str>, e: &std::io::Error) -> Result<()> {
        self.fail_file(label, Problem::file(i18n::err_read(label, &crate::cmd::input::io_reason(e))))
    }

    /// Writes finished results in order until at most `in_flight` jobs remain unwritten.
    fn drain(&mut self, in_flight: u64) -> Result<()> {
        self.flush_ready()?;
        while self.next_seq - self.next_out > in_flight {
            let (seq, done) = self.rx.recv().map_err(|_| anyhow::anyhow!("worker stopped"))?;
            self.pending.insert(seq, done);
            self.flush_ready()?;
        }
        Ok(())
    }

    fn flush_ready(&mut self) -> Result<()> {
        while let Some(done) = self.pending.remove(&self.next_out) {
            self.sink.rows(&done.out.out)?;
            self.sink.failures(&done.failures)?;
            self.stats.add(&done.stats);
            self.next_out += 1;
            self.recycle(done.out.out);
            self.recycle(done.spent);
        }
        Ok(())
    }

    /// Reads one input and turns it into jobs.
    fn input(&mut self, input: &Input) -> Result<()> {
        let label: Arc<str> = Arc::from(input.label.as_str());
        let mut reader: Box<dyn Read> = match &input.path {
            None => Box::new(std::io::stdin().lock()),
            Some(p) if p.is_dir() => {
                return self.fail_file(&label, Problem::file(i18n::err_unreadable_dir()));
            }
            Some(p) => match std::fs::File::open(p) {
                Ok(f) => Box::new(f),
                Err(e) => return self.read_failed(&label, &e),
            },
        };
        let ext = input.extension();
        if workbook::is_workbook(&ext) {
            let mut bytes = Vec::new();
            if let Err(e) = reader.take(MAX_SHEET_BYTES).read_to_end(&mut bytes) {
                return self.read_failed(&label, &e);
            }
            self.consumed += bytes.len() as u64;
            return match workbook::to_csv(&bytes, self.opts.sheet_name.as_deref()) {
                Ok(c) => self.dispatch(&label, c.csv, &mut std::io::empty(), false, c.line_offset),
                Err(p) => self.fail_file(&label, p),
            };
        }
        let mut buf = Vec::with_capacity(CHUNK_BYTES);
        if let Err(e) = fill(&mut *reader, &mut buf, CHUNK_BYTES) {
            return self.read_failed(&label, &e);
        }
        self.dispatch(&label, buf, &mut *reader, ext == "json", 0)
    }

    /// Streams a wide file; sends anything else whole as a one-teacher sheet (whose reader
    /// reports empty, binary or malformed files precisely).
    fn dispatch(
        &mut self,
        label: &Arc<str>,
        mut buf: Vec<u8>,
        reader: &mut dyn Read,
        json: bool,
        line_offset: u64,
    ) -> Result<()> {
        let json =
            json || buf.trim_ascii_start().starts_with(b"{") || buf.trim_ascii_start().starts_with(b"[");
        if !json && !dialect::looks_binary(&buf) && matches!(header_kind(&buf), Some(HeaderKind::Wide)) {
            return self.stream(label, buf, reader, line_offset);
        }
        if !dialect::looks_binary(&buf) {
            let limit = MAX_SHEET_BYTES.saturating_sub(buf.len() as u64);
            if let Err(e) = reader.take(limit).read_to_end(&mut buf) {
                return self.read_failed(label, &e);
            }
        }
        self.consumed += buf.len() as u64;
        self.send(Job::Sheet { label: Arc::clone(label), bytes: buf, line_offset })?;
        self.sink.progress(self.consumed);
        Ok(())
    }

    /// Streams a wide file: header once, then chunks cut at record boundaries.
    fn stream(
        &mut self,
        label: &Arc<str>,
        mut buf: Vec<u8>,
        reader: &mut dyn Read,
        line_offset: u64,
    ) -> Result<()> {
        let bom = if buf.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        let first_line_end = memchr::memchr(b'\n', &buf[bom..]).map_or(buf.len(), |i| bom + i);
        let delimiter = dialect::sniff_delimiter(&String::from_utf8_lossy(&buf[bom..first_line_end]));
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(&buf[bom..]);
        let mut header = csv::ByteRecord::new();
        if !matches!(rdr.read_byte_record(&mut header), Ok(true)) {
            return self.fail_file(label, Problem::file(i18n::err_empty_file()));
        }
        let mut header_end = bom + rdr.position().byte() as usize;
        // After a CRLF header the csv reader may stop between `\r` and `\n`.
        if buf.get(header_end) == Some(&b'\n') {
            header_end += 1;
        }
        let layout = WideLayout::new(&header, 1 + line_offset, self.opts.read, self.opts.instruments);
        if !layout.header_problems.is_empty() {
            let problems = layout.header_problems.clone();
            let mut done = Done {
                out: RowWriter::new(self.opts.dialect),
                failures: Vec::new(),
                stats: Stats::default(),
                spent: Vec::new(),
            };
            done.fail_unit(label, problems);
            return self.local(done);
        }
        let plan = layout.fast_plan();
        let file = Arc::new(WideFile { label: Arc::clone(label), delimiter, layout, plan });
        let mut start_line = 1 + split::count_lines(&buf[..header_end]) + line_offset;
        self.consumed += header_end as u64;
        buf.drain(..header_end);
        loop {
            if self.cancel.load(Ordering::Relaxed) {
                return Err(Interrupted.into());
            }
            let target = buf.len().max(CHUNK_BYTES);
            let eof = match fill(reader, &mut buf, target) {
                Ok(eof) => eof,
                Err(e) => {
                    return self.read_failed(label, &e);
                }
            };
            let quote_free = memchr::memchr(b'"', &buf).is_none();
            let cut =
                if eof { buf.len() } else { split::last_record_end_with(&buf, !quote_free).unwrap_or(0) };
            if cut == 0 && !eof {
                // One record longer than the buffer: read more, within reason.
                if buf.len() >= MAX_PENDING {
                    let msg = i18n::err_line_too_long(buf.len(), dialect::MAX_RECORD_BYTES);
                    return self.fail_file(label, Problem::new(Some(start_line), None, msg));
                }
                let more = buf.len() + CHUNK_BYTES;
                if let Err(e) = fill(reader, &mut buf, more) {
                    return self.read_failed(label, &e);
                }
                continue;
            }
            let mut next = self.buffer();
            next.extend_from_slice(&buf[cut..]);
            buf.truncate(cut);
            let chunk = std::mem::replace(&mut buf, next);
            let lines = split::count_lines(&chunk);
            if !chunk.is_empty() {
                self.chunk(&file, chunk, start_line, quote_free)?;
            }
            start_line += lines;
            if eof {
                return Ok(());
            }
        }
    }

    fn chunk(
        &mut self,
        file: &Arc<WideFile>,
        bytes: Vec<u8>,
        start_line: u64,
        quote_free: bool,
    ) -> Result<()> {
        self.consumed += bytes.len() as u64;
        let out = self.buffer();
        self.send(Job::Chunk { file: Arc::clone(file), bytes, start_line, out, quote_free })?;
        self.sink.progress(self.consumed);
        Ok(())
    }
}

/// Reads until `buf` holds `target` bytes or the input ends; returns whether it ended.
fn fill(reader: &mut dyn Read, buf: &mut Vec<u8>, target: usize) -> std::io::Result<bool> {
    buf.reserve(target.saturating_sub(buf.len()));
    while buf.len() < target {
        // `read_to_end` on a `Take` reads into spare capacity without zeroing it first.
        let want = (target - buf.len()) as u64;
        match reader.take(want).read_to_end(buf) {
            Ok(0) => return Ok(true),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}

/// The layout a CSV's first row announces, if the bytes hold a complete first row.
fn header_kind(bytes: &[u8]) -> Option<HeaderKind> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let end = memchr::memchr(b'\n', bytes)?;
    let delim = dialect::sniff_delimiter(&String::from_utf8_lossy(&bytes[..end]));
    let mut rdr =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delim).from_reader(bytes);
    let mut rec = csv::ByteRecord::new();
    rdr.read_byte_record(&mut rec).ok()?;
    Some(dialect::classify_header(&rec))
}
