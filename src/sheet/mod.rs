//! Reading score sheets: one-teacher CSV (long), wide CSV (one row per teacher) and JSON,
//! into typed `Sheet`s. Every problem names the file, the line and the indicator or column.

pub mod dialect;
pub mod json;
pub mod long;
pub mod wide;
pub mod workbook;

use std::fmt;

use crate::core::instrument::{IndicatorId, Instrument, Jenis};
use crate::core::scoring::Score;
use crate::core::teacher::Teacher;
use crate::i18n;

/// One problem in an input, located as precisely as the format allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the file (the record's first line), when known.
    pub line: Option<u64>,
    /// The indicator ID, field key or column name it concerns.
    pub at: Option<String>,
    /// What is wrong and what was expected, in the user's language.
    pub message: String,
}

impl Problem {
    /// A problem at a line.
    pub fn new(line: Option<u64>, at: Option<String>, message: String) -> Problem {
        Problem { line, at, message }
    }

    /// A problem about the file as a whole.
    pub fn file(message: String) -> Problem {
        Problem { line: None, at: None, message }
    }

    /// Formats as `file:line: at: message`.
    pub fn display<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        DisplayProblem { file, p: self }
    }
}

struct DisplayProblem<'a> {
    file: &'a str,
    p: &'a Problem,
}

impl fmt::Display for DisplayProblem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        if let Some(line) = self.p.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(at) = &self.p.at {
            write!(f, "{at}: ")?;
        }
        f.write_str(&self.p.message)
    }
}

/// A sheet that cannot be scored, with every problem found.
#[derive(Debug, Clone, thiserror::Error)]
pub struct SheetError {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl SheetError {
    /// The same problems with line numbers moved down by `offset` rows (a workbook's title rows).
    pub fn shifted(mut self, offset: u64) -> SheetError {
        for p in &mut self.problems {
            p.line = p.line.map(|l| l + offset);
        }
        self
    }
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&i18n::err_sheet_header(&self.file, self.problems.len()))?;
        for p in &self.problems {
            write!(f, "\n  {}", p.display(&self.file))?;
        }
        Ok(())
    }
}

/// The instruments in use: the embedded ones, or an edition loaded with `--instrument`.
#[derive(Debug, Clone)]
pub struct Instruments {
    pub kelas: Instrument,
    pub bk: Instrument,
}

impl Default for Instruments {
    fn default() -> Self {
        Instruments {
            kelas: Instrument::embedded(Jenis::Kelas).clone(),
            bk: Instrument::embedded(Jenis::Bk).clone(),
        }
    }
}

impl Instruments {
    /// The instrument for a jenis.
    pub fn get(&self, jenis: Jenis) -> &Instrument {
        match jenis {
            Jenis::Kelas => &self.kelas,
            Jenis::Bk => &self.bk,
        }
    }

    /// Replaces one instrument (an edition given with `--instrument`).
    pub fn replace(&mut self, instrument: Instrument) {
        match instrument.jenis {
            Jenis::Kelas => self.kelas = instrument,
            Jenis::Bk => self.bk = instrument,
        }
    }
}

/// Options that shape reading.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// `--jenis`: the instrument to use; a sheet that says otherwise is an error.
    pub jenis: Option<Jenis>,
}

/// A sheet read and checked: one teacher, with a score for every indicator in slot order.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub teacher: Teacher<String>,
    pub jenis: Jenis,
    pub scores: Vec<Score>,
    /// The line of the teacher's row (wide files), for messages.
    pub line: Option<u64>,
    /// The line of each identity field (one-teacher CSV sheets), for messages about it.
    pub field_lines: Vec<(crate::core::teacher::Field, u64)>,
}

impl Sheet {
    /// Moves every line number down by `offset` rows (a workbook's title rows).
    pub fn shift(&mut self, offset: u64) {
        self.line = self.line.map(|l| l + offset);
        self.field_lines.iter_mut().for_each(|(_, l)| *l += offset);
    }

    /// The line a field was read from: its own row, else the teacher's row.
    pub fn line_of(&self, key: &str) -> Option<u64> {
        self.field_lines.iter().find(|(f, _)| f.key() == key).map(|(_, l)| *l).or(self.line)
    }
}

/// One indicator score as read, before checking it against an instrument.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: IndicatorId,
    /// `None` when the cell was invalid (already reported); the indicator still counts as present.
    pub score: Option<Score>,
    pub line: Option<u64>,
}

/// Picks the instrument for a long or JSON sheet: `--jenis`, else the sheet's `jenis`, else the
/// instrument whose indicator IDs the sheet matches best.
pub fn choose_jenis(
    opts: ReadOptions,
    stated: Option<Jenis>,
    ids: &[IndicatorId],
    instruments: &Instruments,
    problems: &mut Vec<Problem>,
) -> Jenis {
    if let (Some(forced), Some(stated)) = (opts.jenis, stated)
        && forced != stated
    {
        problems.push(Problem::new(
            None,
            Some("jenis".into()),
            i18n::err_jenis_conflict(stated.code(), forced.code()),
        ));
    }
    if let Some(j) = opts.jenis.or(stated) {
        return j;
    }
    let fit = |j: Jenis| {
        let inst = instruments.get(j);
        let unknown = ids.iter().filter(|id| inst.slot(**id).is_none()).count();
        let missing = inst.indicator_count().saturating_sub(ids.len() - unknown);
        (unknown, missing)
    };
    if fit(Jenis::Bk) < fit(Jenis::Kelas) { Jenis::Bk } else { Jenis::Kelas }
}

/// Checks entries against the instrument: unknown IDs (naming the instrument they belong to),
/// duplicates (with the first line), and every missing indicator in one message.
pub fn resolve(
    entries: &[Entry],
    jenis: Jenis,
    instruments: &Instruments,
    problems: &mut Vec<Problem>,
) -> Vec<Score> {
    let inst = instruments.get(jenis);
    let other = match jenis {
        Jenis::Kelas => Jenis::Bk,
        Jenis::Bk => Jenis::Kelas,
    };
    let mut scores: Vec<Option<(Option<Score>, Option<u64>)>> = vec![None; inst.indicator_count()];
    for e in entries {
        let at = Some(e.id.to_string());
        match inst.slot(e.id) {
            None if instruments.get(other).slot(e.id).is_some() => problems.push(Problem::new(
                e.line,
                at,
                i18n::err_id_other_instrument(&e.id.to_string(), jenis.code(), other.code()),
            )),
            None => {
                problems.push(Problem::new(e.line, at, i18n::err_id_unknown(&e.id.to_string(), jenis.code())))
            }
            Some(slot) => match scores[slot] {
                Some((_, first)) => {
                    let mut msg = i18n::err_id_duplicate(first);
                    if looks_like_lost_zero(e.id, inst) {
                        msg = format!("{msg}; {}", i18n::hint_lost_zero(&e.id.to_string()));
                    }
                    problems.push(Problem::new(e.line, at, msg))
                }
                None => scores[slot] = Some((e.score, e.line)),
            },
        }
    }
    let missing: Vec<String> = inst
        .indicators()
        .zip(&scores)
        .filter(|(_, s)| s.is_none())
        .map(|((_, ind), _)| ind.id.to_string())
        .collect();
    if !missing.is_empty() {
        problems.push(Problem::file(i18n::err_missing(jenis.code(), &missing)));
    }
    scores.into_iter().map(|s| s.and_then(|(s, _)| s).unwrap_or_default()).collect()
}

/// Whether a repeated `k.1` may be `k.10` that a spreadsheet turned into the number 4.1.
pub fn looks_like_lost_zero(id: IndicatorId, inst: &Instrument) -> bool {
    id.indicator == 1 && inst.slot(IndicatorId { competency: id.competency, indicator: 10 }).is_some()
}

/// How a file is laid out, decided from its name and first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Json,
    Csv,
}

/// Reads one teacher's sheet from bytes (CSV long, one-row wide CSV, or JSON).
pub fn read_sheet(
    file: &str,
    bytes: &[u8],
    opts: ReadOptions,
    instruments: &Instruments,
) -> Result<Sheet, SheetError> {
    let fail = |problems: Vec<Problem>| SheetError { file: file.to_string(), problems };
    let text = dialect::decode(bytes).map_err(|p| fail(vec![p]))?;
    let result = match detect(file, text) {
        Layout::Json => json::read(text, opts, instruments),
        Layout::Csv => read_csv_sheet(text, opts, instruments),
    };
    result.map_err(fail)
}

/// Reads one teacher's sheet from a file's bytes: a workbook (its `sheet`, or the first)
/// or a text sheet.
pub fn read_any(
    file: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    opts: ReadOptions,
    instruments: &Instruments,
) -> Result<Sheet, SheetError> {
    let ext = std::path::Path::new(file)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !workbook::is_workbook(&ext) {
        return read_sheet(file, bytes, opts, instruments);
    }
    let c = workbook::to_csv(bytes, sheet)
        .map_err(|p| SheetError { file: file.to_string(), problems: vec![p] })?;
    let mut s = read_sheet(file, &c.csv, opts, instruments).map_err(|e| e.shifted(c.line_offset))?;
    s.shift(c.line_offset);
    Ok(s)
}

/// JSON when named `.json` or starting with `{` or `[`; CSV otherwise.
pub fn detect(file: &str, text: &str) -> Layout {
    let named_json = file.to_ascii_lowercase().ends_with(".json");
    if named_json || text.trim_start().starts_with(['{', '[']) { Layout::Json } else { Layout::Csv }
}

fn read_csv_sheet(text: &str, opts: ReadOptions, instruments: &Instruments) -> Result<Sheet, Vec<Problem>> {
    let delim = dialect::sniff_delimiter(text.lines().next().unwrap_or(""));
    let mut rdr = dialect::csv_reader(text.as_bytes(), delim);
    let header = rdr.byte_headers().map_err(|e| vec![dialect::csv_problem(&e)])?.clone();
    match dialect::classify_header(&header) {
        dialect::HeaderKind::Long { id, score } => {
            long::read(rdr, text.as_bytes(), id, score, opts, instruments)
        }
        dialect::HeaderKind::Wide => wide::read_one(rdr, text.as_bytes(), &header, opts, instruments),
        dialect::HeaderKind::Bad(p) => Err(vec![p]),
    }
}
