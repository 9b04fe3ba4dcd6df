//! What passes between the main thread and the workers: a job (a chunk of a wide file, or a
//! whole one-teacher sheet) and its result.

use std::sync::Arc;

use crate::core::assessment::Note;
use crate::sheet::Problem;
use crate::sheet::wide::{SinglePass, WideLayout};

use super::{Failure, Severity, Stats};

/// The problems said for one teacher, sheet or file; past it, one line counts the rest.
pub const MAX_PROBLEMS_PER_UNIT: usize = 20;

/// A wide file being streamed: its name, delimiter and resolved header.
pub struct WideFile {
    pub label: Arc<str>,
    pub delimiter: u8,
    pub layout: WideLayout,
    /// The header compiled for the single-pass reader.
    pub plan: SinglePass,
    /// What the input's teachers take from partners found by workbook.
    pub partner: Arc<InputPartner>,
}

/// What the teachers of one input take from it as a whole: the PKB list of their workbook.
#[derive(Debug, Default)]
pub struct InputPartner {
    /// The list's total, which becomes each teacher's AK PKB.
    pub ak_pkb: Option<crate::core::exact::Exact>,
    /// The list itself, for what the next promotion still needs (that depends on each
    /// teacher's golongan).
    pub pkb: Option<crate::sheet::pkb::PkbList>,
    /// The worksheet the list was read from (no longer a worksheet skipped).
    pub pkb_sheet: Option<String>,
}

impl InputPartner {
    /// Whether the input has nothing for its teachers.
    pub fn is_empty(&self) -> bool {
        self.pkb.is_none()
    }

    /// The PKB note for a teacher of golongan `g`: what the next promotion still needs.
    pub fn pkb_note(&self, g: Option<crate::core::golongan::Golongan>) -> Option<Note> {
        let list = self.pkb.as_ref()?;
        crate::core::pkb::missing_for(&list.totals, g).map(Note::PkbMissing)
    }
}

/// Work for a worker thread.
pub enum Job {
    /// A chunk of a wide file, with a pooled buffer for its output (see
    /// [`super::Encoder::RECYCLES`]).
    Chunk {
        file: Arc<WideFile>,
        bytes: Vec<u8>,
        start_line: u64,
        out: Vec<u8>,
        /// The reader saw no `"` in it (saves the worker a scan).
        quote_free: bool,
        /// Nor any `\r` or NUL byte: lines end in `\n` and need no checks (one scan, not three).
        plain: bool,
    },
    /// A whole one-teacher sheet or database export, opened (a workbook already converted to
    /// CSV), with hints to add when it cannot be read.
    Sheet {
        label: Arc<str>,
        bytes: Vec<u8>,
        line_offset: u64,
        json: bool,
        hints: Vec<Problem>,
        partner: Arc<InputPartner>,
    },
    /// A standalone form (forms runs).
    Form { label: Arc<str>, bytes: Vec<u8>, line_offset: u64, json: bool, form: crate::forms::FormKind },
    /// A table of competency values on a scale of 1 to `scale` (`rank`).
    Values { label: Arc<str>, bytes: Vec<u8>, line_offset: u64, scale: u8 },
}

/// A job's result.
pub struct Done<B> {
    pub out: Option<B>,
    pub failures: Vec<Failure>,
    pub stats: Stats,
    /// The job's input buffer, handed back for reuse.
    pub spent: Vec<u8>,
    /// The teachers assessed, for the run's check of one teacher seen twice.
    pub seen: super::seen::Sightings,
}

impl<B> Done<B> {
    pub fn new(out: Option<B>) -> Done<B> {
        Done {
            out,
            failures: Vec::new(),
            stats: Stats::default(),
            spent: Vec::new(),
            seen: Default::default(),
        }
    }

    /// Records one failed teacher, sheet or file with its problems: at most
    /// [`MAX_PROBLEMS_PER_UNIT`], the rest counted in one more line, so that a file of rows
    /// wrong in every cell cannot fill memory with messages.
    pub fn fail_unit(&mut self, file: &Arc<str>, mut problems: Vec<Problem>) {
        self.stats.failed += 1;
        if problems.len() > MAX_PROBLEMS_PER_UNIT {
            let more = (problems.len() - (MAX_PROBLEMS_PER_UNIT - 1)) as u64;
            problems.truncate(MAX_PROBLEMS_PER_UNIT - 1);
            let line = problems.last().and_then(|p| p.line);
            problems.push(Problem::new(line, None, crate::sheet::ProblemKind::MoreProblems(more)));
        }
        self.failures.extend(problems.into_iter().map(|p| Failure::new(file, p, Severity::Error)));
    }

    /// Notes that fail nothing.
    pub fn warn(&mut self, file: &Arc<str>, problems: impl IntoIterator<Item = Problem>) {
        self.failures.extend(problems.into_iter().map(|p| Failure::new(file, p, Severity::Warning)));
    }
}
