//! The main thread's side of the engine: reads each input, decides how to read it (the same
//! detection as `score`), cuts wide files into chunks at record boundaries, sends jobs to the
//! workers and hands finished results to the sink in input order.

use std::borrow::Cow;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use anyhow::Result;

use crate::kind::{self, Kind, Own};
use crate::scan::text::{CrToLf, MAX_WHOLE_FILE_BYTES};
use crate::scan::{self, MAX_RECORD_BYTES};
use crate::sheet::detect::{self, Format};
use crate::sheet::header::{self, HeaderKind};
use crate::sheet::wide::WideLayout;
use crate::sheet::{self, IoReason, Opened, Problem, ProblemKind, workbook};

use super::inputs::Input;
use super::job::{Done, InputPartner, Job, WideFile};
use super::{Encoder, Interrupted, Options, Pending, Sink, Stats};

/// Bytes read per chunk of a wide file. 2 MiB measured best (BENCHMARKS.md): 4 MiB chunks
/// held 25 MB more (the chunks in flight, their outputs and the spare buffers all scale with
/// it) and were slower; 1 MiB was slower too.
pub const CHUNK_BYTES: usize = 1 << 21;

/// A text to read (a file or a worksheet) and where it is.
struct Head<'l> {
    label: &'l Arc<str>,
    /// Spreadsheet rows above the table.
    line_offset: u64,
    /// Said with the text's problems when it cannot be read.
    hints: Vec<Problem>,
    /// Found by walking a directory (pkguru's own outputs are skipped).
    walked: bool,
}

/// Reads inputs, sends jobs, writes results back in order.
pub struct Feeder<'a, 'o, E: Encoder> {
    opts: &'a Options<'o>,
    encoder: &'a E,
    sink: &'a mut dyn Sink<E::Batch>,
    cancel: &'a AtomicBool,
    tx: Option<mpsc::SyncSender<(u64, Job)>>,
    rx: mpsc::Receiver<(u64, Done<E::Batch>)>,
    pending: Pending<E::Batch>,
    next_seq: u64,
    next_out: u64,
    limit: u64,
    stats: Stats,
    consumed: u64,
    /// Spare chunk-sized buffers: reusing them avoids fresh pages (and their faults) per chunk.
    pool: Vec<Vec<u8>>,
    /// What the current input's teachers take from it as a whole (its PKB list).
    partner: Arc<InputPartner>,
    /// Every teacher seen so far, for one seen twice.
    register: super::seen::Register,
}

impl<'a, 'o, E: Encoder> Feeder<'a, 'o, E> {
    /// A feeder for `jobs` workers.
    pub fn new(
        opts: &'a Options<'o>,
        encoder: &'a E,
        sink: &'a mut dyn Sink<E::Batch>,
        cancel: &'a AtomicBool,
        tx: mpsc::SyncSender<(u64, Job)>,
        rx: mpsc::Receiver<(u64, Done<E::Batch>)>,
        jobs: usize,
    ) -> Self {
        Feeder {
            opts,
            encoder,
            sink,
            cancel,
            tx: Some(tx),
            rx,
            pending: Pending::new(),
            next_seq: 0,
            next_out: 0,
            limit: jobs as u64 + 2,
            stats: Stats::default(),
            consumed: 0,
            pool: Vec::new(),
            partner: Arc::default(),
            register: Default::default(),
        }
    }

    /// Waits for every job and returns the totals.
    pub fn finish(mut self) -> Result<Stats> {
        self.tx = None;
        self.drain(0)?;
        Ok(self.stats)
    }

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
    fn local(&mut self, done: Done<E::Batch>) -> Result<()> {
        self.drain(self.limit - 1)?;
        let seq = self.next_seq;
        self.next_seq += 1;
        self.pending.insert(seq, done);
        self.flush_ready()
    }

    fn fail_file(&mut self, label: &Arc<str>, problems: Vec<Problem>) -> Result<()> {
        let mut done = Done::new(None);
        done.fail_unit(label, problems);
        self.local(done)
    }

    /// Notes about an input that never fail it (worksheets skipped, a rekap skipped).
    fn notes(&mut self, label: &Arc<str>, notes: Vec<Problem>) -> Result<()> {
        if notes.is_empty() {
            return Ok(());
        }
        let mut done = Done::new(None);
        done.warn(label, notes);
        self.local(done)
    }

    fn read_failed(&mut self, label: &Arc<str>, e: &std::io::Error) -> Result<()> {
        let kind = ProblemKind::Read { file: label.to_string(), reason: IoReason::of(e) };
        self.fail_file(label, vec![Problem::file(kind)])
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
        while let Some(mut done) = self.pending.remove(&self.next_out) {
            let before = done.failures.len();
            let again = if done.seen.is_empty() {
                Vec::new()
            } else {
                self.register.check(&done.seen, self.opts.strict, &mut done.failures)
            };
            for f in &done.failures[before..] {
                *if f.warning { &mut done.stats.warned } else { &mut done.stats.failed } += 1;
            }
            if done.failures.len() > before {
                super::seen::in_line_order(&mut done.failures, before);
            }
            if !again.is_empty() {
                self.sink.again(&again)?;
            }
            if let Some(out) = done.out
                && let Some(spare) = self.sink.batch(out)?
                && let Some(buf) = self.encoder.recycle(spare)
            {
                self.recycle(buf);
            }
            self.sink.failures(&done.failures)?;
            self.stats.add(&done.stats);
            self.next_out += 1;
            self.recycle(done.spent);
        }
        Ok(())
    }

    /// Reads one input and turns it into jobs.
    pub fn input(&mut self, input: &mut Input) -> Result<()> {
        let label: Arc<str> = Arc::from(input.label.as_str());
        self.partner = Arc::clone(&input.partner);
        if let Some(converted) = input.converted.take() {
            // `rank` reads a rekap's values: from the file itself.
            let values = self.opts.values.is_some();
            if !(values && matches!(&converted.parts, Err(p) if p.kind == ProblemKind::OwnRekap)) {
                self.consumed += converted.size;
                return self.workbook(&label, converted.parts, input.walked);
            }
        }
        let data = input.data.take();
        let mut reader: Box<dyn Read> = match &input.path {
            None if data.is_some() => Box::new(std::io::Cursor::new(data.unwrap_or_default())),
            None => Box::new(std::io::stdin().lock()),
            Some(p) if p.is_dir() => {
                return self.fail_file(&label, vec![Problem::file(ProblemKind::UnreadableDir)]);
            }
            Some(p) => match std::fs::File::open(p) {
                Ok(f) => {
                    // A large file holds about one teacher per 256 bytes (the wide layout):
                    // the register of teachers seen is sized for them once.
                    if let Ok(m) = f.metadata()
                        && m.len() > 1 << 20
                    {
                        self.register.reserve((m.len() / 256) as usize);
                    }
                    Box::new(f)
                }
                Err(e) => return self.read_failed(&label, &e),
            },
        };
        let mut buf = Vec::with_capacity(CHUNK_BYTES);
        if let Err(e) = fill(&mut *reader, &mut buf, CHUNK_BYTES) {
            return self.read_failed(&label, &e);
        }
        let format = detect::format(&label, &buf);
        if format != Format::Workbook && scan::text::cr_only(&buf) {
            // Bare `\r` line ends (old Mac files): read as `\n` from here on.
            buf = scan::text::normalize_line_ends(&buf).into_owned();
            reader = Box::new(CrToLf(reader));
        }
        let json = format == Format::Json;
        if format == Format::Csv && scan::legacy::is_windows_1252(&buf) {
            // Saved as "CSV" (ANSI) on Windows: decoded as it streams, and said once.
            let mut utf8 = Vec::with_capacity(buf.len() + buf.len() / 8);
            scan::legacy::decode_into(&buf, &mut utf8);
            buf = utf8;
            reader = Box::new(scan::legacy::Windows1252::new(reader));
            self.notes(&label, vec![Problem::file(ProblemKind::ReadAsWindows1252)])?;
        }
        if format == Format::Csv {
            let mut head = Head { label: &label, line_offset: 0, hints: Vec::new(), walked: input.walked };
            if let Some((offset, lines)) = kind::title_rows(&buf) {
                // Title and note rows above the header (a CSV saved from pkguru's XLSX
                // template): skipped as the workbook reader skips them, lines still counted.
                buf.drain(..offset);
                self.consumed += offset as u64;
                head.line_offset = lines;
            }
            return self.text(head, buf, &mut *reader);
        }
        let Some(bytes) = self.read_rest(&label, buf, &mut *reader)? else { return Ok(()) };
        if json {
            let head = Head { label: &label, line_offset: 0, hints: Vec::new(), walked: input.walked };
            return self.whole(head, bytes, true);
        }
        let sheet_name = self.opts.sheet_name.as_deref();
        if self.opts.values.is_some()
            && let Ok(rekap) = workbook::to_csv(&bytes, sheet_name)
            && rekap.found == workbook::Found::Rekap
        {
            // `rank` reads the competency values of pkguru's XLSX rekap.
            let head = Head {
                label: &label,
                line_offset: rekap.line_offset,
                hints: Vec::new(),
                walked: input.walked,
            };
            return self.dispatch(head, rekap.csv, false, Kind::Own(Own::Rekap));
        }
        let opened = sheet::open(&label, &bytes, sheet_name);
        self.workbook(&label, opened, input.walked)
    }

    /// A workbook's score sheets, each read as CSV text.
    fn workbook(
        &mut self,
        label: &Arc<str>,
        opened: Result<sheet::Parts<'_>, Problem>,
        walked: bool,
    ) -> Result<()> {
        match opened {
            Ok(mut parts) => {
                sheet::without_tambahan(&mut parts);
                // The worksheet read as the teachers' PKB list was not skipped.
                if let Some(read) = &self.partner.pkb_sheet {
                    for note in &mut parts.notes {
                        if let ProblemKind::SheetsSkipped(names) = &mut note.kind {
                            names.retain(|n| n != read);
                        }
                    }
                    parts.notes.retain(
                        |n| !matches!(&n.kind, ProblemKind::SheetsSkipped(names) if names.is_empty()),
                    );
                }
                self.notes(label, parts.notes)?;
                for part in parts.parts {
                    let part_label: Arc<str> = Arc::from(part.label.as_str());
                    let bytes = part.opened.bytes.into_owned();
                    let head = Head {
                        label: &part_label,
                        line_offset: part.opened.line_offset,
                        hints: part.hints,
                        walked,
                    };
                    self.text(head, bytes, &mut std::io::empty())?;
                }
                Ok(())
            }
            Err(p) if walked && p.kind == ProblemKind::OwnRekap => {
                self.notes(label, vec![Problem::file(ProblemKind::OwnRekapSkipped)])
            }
            Err(p) => self.fail_file(label, vec![p]),
        }
    }

    /// Reads the rest of a whole-file input, within the limit; `None` when reading failed or
    /// the file is too large (already reported).
    fn read_rest(
        &mut self,
        label: &Arc<str>,
        mut buf: Vec<u8>,
        reader: &mut dyn Read,
    ) -> Result<Option<Vec<u8>>> {
        let limit = (MAX_WHOLE_FILE_BYTES + 1).saturating_sub(buf.len() as u64);
        if let Err(e) = reader.take(limit).read_to_end(&mut buf) {
            self.read_failed(label, &e)?;
            return Ok(None);
        }
        self.consumed += buf.len() as u64;
        if buf.len() as u64 > MAX_WHOLE_FILE_BYTES {
            let kind = ProblemKind::TooLarge { limit: MAX_WHOLE_FILE_BYTES };
            self.fail_file(label, vec![Problem::file(kind)])?;
            return Ok(None);
        }
        Ok(Some(buf))
    }

    /// CSV text, decided by what it is: a wide file is streamed; anything else is read whole
    /// (a one-teacher sheet, whose reader reports empty, binary or malformed files precisely;
    /// a form; a values table).
    fn text(&mut self, head: Head<'_>, buf: Vec<u8>, reader: &mut dyn Read) -> Result<()> {
        let binary = scan::text::looks_binary(&buf);
        if binary {
            // Only the first chunk: the reader refuses it from its first bytes.
            self.consumed += buf.len() as u64;
            return self.sheet(head, buf, false);
        }
        let kind = kind::of(&Opened { bytes: Cow::Borrowed(&buf), line_offset: 0, json: false });
        if kind == Kind::Scores && !self.opts.forms && matches!(header::peek(&buf), Some(HeaderKind::Wide)) {
            return self.stream(head.label, buf, reader, head.line_offset);
        }
        let label = Arc::clone(head.label);
        let Some(bytes) = self.read_rest(&label, buf, reader)? else { return Ok(()) };
        self.dispatch(head, bytes, false, kind)
    }

    /// A whole text (JSON) decided by what it is.
    fn whole(&mut self, head: Head<'_>, bytes: Vec<u8>, json: bool) -> Result<()> {
        let kind = kind::of(&Opened { bytes: Cow::Borrowed(&bytes), line_offset: 0, json });
        self.dispatch(head, bytes, json, kind)
    }

    /// Sends a whole text to the workers as what it is; pkguru's own outputs found in a
    /// folder are skipped with a note.
    fn dispatch(&mut self, head: Head<'_>, bytes: Vec<u8>, json: bool, kind: Kind) -> Result<()> {
        let label = head.label;
        match kind {
            Kind::Own(Own::Rekap) if head.walked => {
                self.notes(label, vec![Problem::file(ProblemKind::OwnRekapSkipped)])
            }
            Kind::Own(own) if head.walked => {
                self.notes(label, vec![Problem::file(ProblemKind::OwnOutputSkipped(own))])
            }
            Kind::Form(form) if self.opts.forms => {
                let job =
                    Job::Form { label: Arc::clone(label), bytes, line_offset: head.line_offset, json, form };
                self.send(job)?;
                self.sink.progress(self.consumed);
                Ok(())
            }
            _ if self.opts.forms => self.fail_file(label, vec![Problem::file(ProblemKind::NotEvaluasiForm)]),
            // A form found in a folder of PK Guru sheets: its own run rekaps it.
            Kind::Form(form) if head.walked => {
                self.notes(label, vec![Problem::file(ProblemKind::FormSkipped(form.code()))])
            }
            Kind::Values | Kind::Own(Own::Rekap) if !json && self.opts.values.is_some() => {
                let scale = self.opts.values.unwrap_or(4);
                let job =
                    Job::Values { label: Arc::clone(label), bytes, line_offset: head.line_offset, scale };
                self.send(job)?;
                self.sink.progress(self.consumed);
                Ok(())
            }
            _ => self.sheet(head, bytes, json),
        }
    }

    /// A one-teacher sheet or a database export, read whole by a worker.
    fn sheet(&mut self, head: Head<'_>, bytes: Vec<u8>, json: bool) -> Result<()> {
        let partner = Arc::clone(&self.partner);
        let Head { label, line_offset, hints, .. } = head;
        self.send(Job::Sheet { label: Arc::clone(label), bytes, line_offset, json, hints, partner })?;
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
        let bom = buf.len() - scan::text::strip_bom(&buf).len();
        let delimiter = scan::text::sniff_first_line(&buf[bom..]);
        let mut rdr = scan::text::reader(&buf[bom..], delimiter, false);
        let mut header = csv::ByteRecord::new();
        if !matches!(rdr.read_byte_record(&mut header), Ok(true)) {
            return self.fail_file(label, vec![Problem::decode(scan::DecodeError::Empty)]);
        }
        let mut header_end = bom + rdr.position().byte() as usize;
        // After a CRLF header the csv reader may stop between `\r` and `\n`.
        if buf.get(header_end) == Some(&b'\n') {
            header_end += 1;
        }
        // The header is held to the line limit like every other line (and as `score` holds it).
        let header_len = scan::text::longest_line(&buf[bom..header_end]);
        if header_len > MAX_RECORD_BYTES {
            let kind = ProblemKind::LineTooLong { len: header_len, max: MAX_RECORD_BYTES };
            return self.fail_file(label, vec![Problem::new(Some(1 + line_offset), None, kind)]);
        }
        let layout = WideLayout::new(&header, 1 + line_offset, self.opts.read, self.opts.instruments);
        if !layout.header_problems.is_empty() {
            let problems = layout.header_problems.clone();
            return self.fail_file(label, problems);
        }
        // Columns not read: a warning in every mode.
        let (ignored, notes): (Vec<Problem>, Vec<Problem>) = layout
            .header_notes
            .iter()
            .cloned()
            .partition(|p| matches!(p.kind, ProblemKind::ColumnsIgnored { .. }));
        self.notes(label, ignored)?;
        if !notes.is_empty() {
            // Said once for the file: a warning (every row is still read), a problem when
            // strict.
            let mut done = Done::new(None);
            if self.opts.strict {
                done.fail_unit(label, notes);
            } else {
                done.warn(label, notes);
            }
            self.local(done)?;
        }
        let plan = layout.single_pass();
        let partner = Arc::clone(&self.partner);
        let file = Arc::new(WideFile { label: Arc::clone(label), delimiter, layout, plan, partner });
        let mut start_line = 1 + scan::text::count_lines(&buf[..header_end]) + line_offset;
        self.consumed += header_end as u64;
        buf.drain(..header_end);
        loop {
            if self.cancel.load(Ordering::Relaxed) {
                return Err(Interrupted.into());
            }
            let target = buf.len().max(CHUNK_BYTES);
            let eof = match fill(reader, &mut buf, target) {
                Ok(eof) => eof,
                Err(e) => return self.read_failed(label, &e),
            };
            let plain = memchr::memchr3(b'"', b'\r', 0, &buf).is_none();
            let quote_free = plain || memchr::memchr(b'"', &buf).is_none();
            let cut = if eof {
                buf.len()
            } else {
                scan::split::last_record_end_with(&buf, !quote_free).unwrap_or(0)
            };
            if cut == 0 && !eof {
                // One record longer than the whole buffer, so far beyond any sheet row: report
                // it, skip to the next line end, and read on.
                let (len, eof) = match skip_line(reader, &mut buf) {
                    Ok(skipped) => skipped,
                    Err(e) => return self.read_failed(label, &e),
                };
                let kind = ProblemKind::LineTooLong { len, max: MAX_RECORD_BYTES };
                self.fail_file(label, vec![Problem::new(Some(start_line), None, kind)])?;
                self.consumed += len as u64;
                start_line += 1;
                if eof && buf.is_empty() {
                    return Ok(());
                }
                continue;
            }
            let mut next = self.buffer();
            next.extend_from_slice(&buf[cut..]);
            buf.truncate(cut);
            let chunk = std::mem::replace(&mut buf, next);
            let lines = scan::text::count_lines(&chunk);
            if !chunk.is_empty() {
                self.chunk(&file, chunk, start_line, (quote_free, plain))?;
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
        (quote_free, plain): (bool, bool),
    ) -> Result<()> {
        self.consumed += bytes.len() as u64;
        let out = if E::RECYCLES { self.buffer() } else { Vec::new() };
        self.send(Job::Chunk { file: Arc::clone(file), bytes, start_line, out, quote_free, plain })?;
        self.sink.progress(self.consumed);
        Ok(())
    }
}

/// Drops the rest of the line that starts `buf`, reading on until its line end: returns the
/// line's length and whether the input ended. `buf` keeps what follows the line end.
fn skip_line(reader: &mut dyn Read, buf: &mut Vec<u8>) -> std::io::Result<(usize, bool)> {
    let mut len = 0;
    loop {
        if let Some(i) = memchr::memchr(b'\n', buf) {
            buf.drain(..=i);
            return Ok((len + i, false));
        }
        len += buf.len();
        buf.clear();
        if fill(reader, buf, CHUNK_BYTES)? && buf.is_empty() {
            return Ok((len, true));
        }
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
