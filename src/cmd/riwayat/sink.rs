//! The import's sink: records arrive in input order and go into one transaction for one
//! period. The period is `--periode`, or else the one the sheets name: records wait until a
//! sheet names it, every sheet that names another is an error at its place, and a sheet whose
//! `periode` is no period is an error (a warning when `--periode` decides).

use std::sync::Arc;

use anyhow::Result;

use crate::core::periode::Periode;
use crate::core::riwayat::{Identity, PeriodResult};
use crate::i18n;
use crate::lang::Lang;
use crate::pipeline::{Failure, Sink};
use crate::sheet::{Problem, ProblemKind};
use crate::store::{Added, Import, Ledger, StoreError};

/// What the import makes of a teacher: a period's result, or a teacher registered without
/// one (not yet assessed).
pub(super) enum Imported {
    Result(Box<(Identity, PeriodResult)>, SheetPeriode),
    /// A teacher listed without results, and where (file, line).
    Registered(Identity, SheetPeriode, String, Option<u64>),
}

/// What a sheet says its period is: nothing, a period, or text that is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum SheetPeriode {
    Blank,
    Read(Periode),
    Unread(String),
}

impl SheetPeriode {
    pub(super) fn of(text: &str) -> SheetPeriode {
        match text.trim() {
            "" => SheetPeriode::Blank,
            t => Periode::parse(t).map_or_else(|| SheetPeriode::Unread(t.to_string()), SheetPeriode::Read),
        }
    }
}

impl Imported {
    pub(super) fn sheet_periode(&self) -> &SheetPeriode {
        match self {
            Imported::Result(_, p) | Imported::Registered(_, p, ..) => p,
        }
    }

    /// Where the record was read: the sheet's file and line.
    pub(super) fn place(&self) -> (&str, Option<u64>) {
        match self {
            Imported::Result(r, _) => (&r.1.source, r.1.line),
            Imported::Registered(_, _, file, line) => (file, *line),
        }
    }
}

/// Where the import stands: waiting for its period, or writing.
enum State<'a> {
    Waiting(&'a mut Ledger, Vec<Imported>),
    Writing(Import<'a>),
    /// Only after a store error: nothing more is written.
    Gone,
}

/// Receives the records in input order and writes them into the import.
pub(super) struct ImportSink<'a> {
    lang: Lang,
    state: State<'a>,
    replace: bool,
    /// The import's period and where it came from (`None`: `--periode`).
    periode: Option<(Periode, Option<String>)>,
    pub failures: Vec<Failure>,
    pub error: Option<StoreError>,
    pub imported: u64,
    /// Teachers of the next batch seen before in the run: left out.
    again: std::collections::HashSet<String>,
}

/// How an import ended.
pub(super) enum Ended<'a> {
    /// Ready to commit, with its period.
    Ready(Import<'a>, Periode),
    /// Records came, but no sheet named a period and none was given.
    NoPeriode,
    /// Nothing came at all.
    Empty,
}

impl<'a> ImportSink<'a> {
    pub fn new(lang: Lang, ledger: &'a mut Ledger, given: Option<Periode>, replace: bool) -> Self {
        ImportSink {
            lang,
            state: State::Waiting(ledger, Vec::new()),
            replace,
            periode: given.map(|p| (p, None)),
            failures: Vec::new(),
            error: None,
            imported: 0,
            again: Default::default(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Adds one record: its sheet's period is checked against the import's, then it is
    /// written (or waits for the period). Records keep coming after a failure, so that every
    /// problem is said at once (the import is refused as a whole then).
    pub fn add(&mut self, entry: Imported) {
        if self.error.is_some() {
            return;
        }
        self.check_periode(&entry);
        if let State::Waiting(_, waiting) = &mut self.state {
            waiting.push(entry);
            if self.periode.is_some() {
                self.begin();
            }
            return;
        }
        self.write(&entry);
    }

    /// The sheet's period against the import's; the first sheet naming one decides it when
    /// `--periode` was not given.
    fn check_periode(&mut self, entry: &Imported) {
        let (file, line) = entry.place();
        let kind = match (entry.sheet_periode(), &self.periode) {
            (SheetPeriode::Blank, _) => return,
            (SheetPeriode::Unread(text), given) => {
                let given = given.as_ref().is_some_and(|(_, from)| from.is_none());
                let problem = Problem::new(
                    line,
                    Some("periode".into()),
                    ProblemKind::RiwayatPeriodeUnread { text: text.clone(), given },
                );
                let failure = Failure { file: Arc::from(file), problem, warning: given };
                if given {
                    eprintln!("{}", i18n::warning_line(self.lang, &failure.file, &failure.problem));
                } else {
                    self.failures.push(failure);
                }
                return;
            }
            (SheetPeriode::Read(p), None) => {
                let at = match line {
                    Some(l) => format!("{file}:{l}"),
                    None => file.to_string(),
                };
                self.periode = Some((*p, Some(at)));
                return;
            }
            (SheetPeriode::Read(p), Some((q, _))) if p == q => return,
            (SheetPeriode::Read(p), Some((q, None))) => {
                ProblemKind::RiwayatPeriodeGiven { sheet: p.to_string(), given: q.to_string() }
            }
            (SheetPeriode::Read(p), Some((q, Some(at)))) => ProblemKind::RiwayatPeriodeOther {
                sheet: p.to_string(),
                first: q.to_string(),
                at: at.clone(),
            },
        };
        let problem = Problem::new(line, Some("periode".into()), kind);
        self.failures.push(Failure { file: Arc::from(file), problem, warning: false });
    }

    /// Starts the import now that its period is known, and writes what waited.
    fn begin(&mut self) {
        let Some((periode, _)) = self.periode else { return };
        let State::Waiting(ledger, waiting) = std::mem::replace(&mut self.state, State::Gone) else {
            return;
        };
        match ledger.begin_import(&periode.to_string(), self.replace) {
            Ok(import) => {
                self.state = State::Writing(import);
                for entry in &waiting {
                    self.write(entry);
                }
            }
            Err(e) => self.error = Some(e),
        }
    }

    fn write(&mut self, entry: &Imported) {
        let State::Writing(import) = &mut self.state else { return };
        let added = match entry {
            Imported::Result(record, _) => {
                let (who, r) = record.as_ref();
                import.add(who, r).map(|added| match added {
                    Added::Duplicate { sumber, baris } => {
                        self.failures.push(duplicate(who, r, &sumber, baris))
                    }
                    _ => self.imported += 1,
                })
            }
            Imported::Registered(who, ..) => import.teacher(who),
        };
        if let Err(e) = added {
            self.error = Some(e);
        }
    }

    /// Ends the run: the import (begun now if every record waited for `--periode`), or why
    /// there is none.
    pub fn end(mut self) -> (Ended<'a>, Vec<Failure>, Option<StoreError>, u64) {
        if matches!(self.state, State::Waiting(..)) {
            self.begin();
        }
        let ended = match self.state {
            State::Writing(import) => Ended::Ready(import, self.periode.map(|(p, _)| p).expect("begun")),
            State::Waiting(_, waiting) if !waiting.is_empty() => Ended::NoPeriode,
            _ => Ended::Empty,
        };
        (ended, self.failures, self.error, self.imported)
    }
}

impl Sink<Vec<Imported>> for ImportSink<'_> {
    fn again(&mut self, teachers: &[crate::pipeline::seen::Again]) -> Result<()> {
        self.again = crate::pipeline::seen::places(teachers);
        Ok(())
    }

    fn batch(&mut self, batch: Vec<Imported>) -> Result<Option<Vec<Imported>>> {
        for entry in batch {
            // A teacher seen before in the run is a problem already: the first is imported.
            if let Imported::Result(r, _) = &entry
                && self.again.remove(&crate::pipeline::seen::place(&r.1.source, r.1.line))
            {
                continue;
            }
            self.add(entry);
        }
        Ok(None)
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        for f in failures {
            if f.warning {
                eprintln!("{}", i18n::warning_line(self.lang, &f.file, &f.problem));
            } else {
                self.failures.push(f.clone());
            }
        }
        Ok(())
    }
}

/// A teacher met twice in one import, located at the second place.
fn duplicate(who: &Identity, r: &PeriodResult, sumber: &str, baris: Option<u64>) -> Failure {
    let first = match baris {
        Some(b) => format!("{sumber}:{b}"),
        None => sumber.to_string(),
    };
    let kind = ProblemKind::RiwayatDuplicate { nip: who.nip.clone(), first };
    Failure { file: r.source.as_str().into(), problem: Problem::new(r.line, None, kind), warning: false }
}
