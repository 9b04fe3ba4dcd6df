//! The PK Guru instruments (kompetensi, ranah, indikator) as data, and their validation.
//!
//! The official instruments are embedded from `data/*.csv` (Pedoman Pelaksanaan PK Guru, Buku 2,
//! Kemdiknas 2012); `--instrument FILE` loads another edition of the same CSV shape.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use super::text::squash;
use crate::scan::LineTracker;
use crate::scan::text::{reader, sniff_first_line};

/// The most competencies an instrument may have; keeps per-teacher results in fixed arrays.
pub const MAX_COMPETENCIES: usize = 32;

/// Which PK Guru instrument a teacher is scored on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Jenis {
    /// Guru kelas / mata pelajaran (pembelajaran): 14 kompetensi, 78 indikator.
    Kelas,
    /// Guru BK / konselor (pembimbingan): 17 kompetensi, 70 indikator.
    Bk,
}

impl Jenis {
    /// Both instruments, in a fixed order.
    pub const ALL: [Jenis; 2] = [Jenis::Kelas, Jenis::Bk];

    /// The stable code used in files and JSON (`kelas`, `bk`).
    pub fn code(self) -> &'static str {
        match self {
            Jenis::Kelas => "kelas",
            Jenis::Bk => "bk",
        }
    }

    /// The other instrument.
    pub fn other(self) -> Jenis {
        match self {
            Jenis::Kelas => Jenis::Bk,
            Jenis::Bk => Jenis::Kelas,
        }
    }

    /// Its position in [`Jenis::ALL`] (for per-instrument arrays).
    pub fn index(self) -> usize {
        match self {
            Jenis::Kelas => 0,
            Jenis::Bk => 1,
        }
    }
}

impl fmt::Display for Jenis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Jenis {
    type Err = ();
    /// Accepts the spellings operators use: `kelas`, `mapel`, `guru kelas`, `bk`, `konselor`, …
    fn from_str(s: &str) -> Result<Self, ()> {
        // Fast path without allocation for the two canonical codes (batch rows).
        let t = s.trim();
        if t.eq_ignore_ascii_case("kelas") {
            return Ok(Jenis::Kelas);
        }
        if t.eq_ignore_ascii_case("bk") {
            return Ok(Jenis::Bk);
        }
        let norm = squash(s);
        let norm = norm.strip_prefix("guru").unwrap_or(&norm);
        match norm {
            "kelas" | "mapel" | "matapelajaran" | "kelasmapel" | "kelasmatapelajaran" | "pembelajaran"
            | "classroom" | "class" => Ok(Jenis::Kelas),
            "bk"
            | "konselor"
            | "bkkonselor"
            | "bimbingankonseling"
            | "bimbingandankonseling"
            | "pembimbingan"
            | "counsellor"
            | "counselor" => Ok(Jenis::Bk),
            _ => Err(()),
        }
    }
}

/// The four competency domains (ranah) of Permendiknas 16/2007.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Domain {
    Pedagogik,
    Kepribadian,
    Sosial,
    Profesional,
}

impl Domain {
    /// The stable code used in files and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Domain::Pedagogik => "pedagogik",
            Domain::Kepribadian => "kepribadian",
            Domain::Sosial => "sosial",
            Domain::Profesional => "profesional",
        }
    }

    fn parse(s: &str) -> Option<Domain> {
        match s.trim().to_lowercase().as_str() {
            "pedagogik" => Some(Domain::Pedagogik),
            "kepribadian" => Some(Domain::Kepribadian),
            "sosial" => Some(Domain::Sosial),
            "profesional" => Some(Domain::Profesional),
            _ => None,
        }
    }
}

/// An indicator ID, `kompetensi.indikator` (e.g. `4.11`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IndicatorId {
    pub competency: u8,
    pub indicator: u8,
}

impl IndicatorId {
    /// Parses `4.11` (surrounding spaces allowed; a decimal comma `4,11` is accepted too, as
    /// Indonesian Excel may write it).
    pub fn parse(s: &str) -> Option<IndicatorId> {
        let s = s.trim();
        let (a, b) = s.split_once(['.', ','])?;
        let num = |t: &str| -> Option<u8> {
            if t.is_empty() || t.len() > 3 || !t.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            t.parse().ok().filter(|&n| n > 0)
        };
        Some(IndicatorId { competency: num(a)?, indicator: num(b)? })
    }

    /// Parses an indicator code as school systems and databases write it: `4.11`, `04.11`, or
    /// four digits `0411` (competency and indicator, two digits each), also as `411` when a
    /// spreadsheet dropped the leading zero.
    pub fn parse_code(s: &str) -> Option<IndicatorId> {
        if let Some(id) = IndicatorId::parse(s) {
            return Some(id);
        }
        let s = s.trim();
        if !(3..=4).contains(&s.len()) || !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let n: u16 = s.parse().ok()?;
        let (competency, indicator) = ((n / 100) as u8, (n % 100) as u8);
        (competency > 0 && indicator > 0).then_some(IndicatorId { competency, indicator })
    }

    /// Whether a code is only digits (`0411`), the form a database writes.
    pub fn is_digit_code(s: &str) -> bool {
        let s = s.trim();
        !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
    }
}

impl fmt::Display for IndicatorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.competency, self.indicator)
    }
}

/// One indicator of a competency.
#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: IndicatorId,
    pub text: String,
}

/// One competency with its indicators.
#[derive(Debug, Clone)]
pub struct Competency {
    pub number: u8,
    pub name: String,
    pub domain: Domain,
    pub indicators: Vec<Indicator>,
}

/// A whole instrument. Indicators are numbered contiguously, so an indicator's position
/// in the flat list (its *slot*) identifies it on hot paths.
#[derive(Debug, Clone)]
pub struct Instrument {
    pub jenis: Jenis,
    /// Where it came from: `bawaan` (embedded) or the file given.
    pub source: String,
    pub competencies: Vec<Competency>,
    /// `starts[c]` is the first slot of competency `c` (0-based); `starts[len]` = indicator count.
    starts: Vec<usize>,
    /// Indicators per competency.
    sizes: Vec<u8>,
}

impl Instrument {
    /// The embedded official instrument.
    pub fn embedded(jenis: Jenis) -> &'static Instrument {
        static KELAS: OnceLock<Instrument> = OnceLock::new();
        static BK: OnceLock<Instrument> = OnceLock::new();
        let (cell, text) = match jenis {
            Jenis::Kelas => (&KELAS, include_str!("../../data/instrument-kelas.csv")),
            Jenis::Bk => (&BK, include_str!("../../data/instrument-bk.csv")),
        };
        cell.get_or_init(|| {
            Instrument::parse(jenis, "bawaan", text).expect("embedded instrument is valid (tested)")
        })
    }

    /// The number of indicators of each competency, in order.
    pub fn sizes(&self) -> &[u8] {
        &self.sizes
    }

    /// Number of indicators.
    pub fn indicator_count(&self) -> usize {
        *self.starts.last().unwrap_or(&0)
    }

    /// Highest possible Nilai PKG: 4 per competency (56 kelas, 68 BK).
    pub fn max_total(&self) -> u32 {
        4 * self.competencies.len() as u32
    }

    /// The slot range of competency index `c` (0-based).
    pub fn slots(&self, c: usize) -> std::ops::Range<usize> {
        self.starts[c]..self.starts[c + 1]
    }

    /// The slot of an indicator ID, if the instrument has it.
    pub fn slot(&self, id: IndicatorId) -> Option<usize> {
        let c = self.competencies.get(usize::from(id.competency).checked_sub(1)?)?;
        let i = usize::from(id.indicator);
        (i >= 1 && i <= c.indicators.len()).then(|| self.starts[usize::from(c.number) - 1] + i - 1)
    }

    /// The ID of the indicator numbered `n` (1-based) in slot order: what a sequential number
    /// 1–78 in a database export stands for.
    pub fn nth_id(&self, n: usize) -> Option<IndicatorId> {
        n.checked_sub(1).and_then(|i| self.indicators().nth(i)).map(|(_, ind)| ind.id)
    }

    /// All indicators in slot order.
    pub fn indicators(&self) -> impl Iterator<Item = (&Competency, &Indicator)> {
        self.competencies.iter().flat_map(|c| c.indicators.iter().map(move |i| (c, i)))
    }

    /// Reads an instrument in the CSV shape `kompetensi,nama_kompetensi,ranah,indikator,uraian`.
    /// Reports every problem found, not just the first.
    pub fn parse(jenis: Jenis, source: &str, text: &str) -> Result<Instrument, InstrumentError> {
        use InstrumentProblem as P;
        let mut problems = Vec::new();
        let mut rows: Vec<Row> = Vec::new();
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut rdr = reader(text.as_bytes(), sniff_first_line(text.as_bytes()), true);
        let header: Vec<String> = match rdr.headers() {
            Ok(h) => h.iter().map(|s| s.trim().to_lowercase()).collect(),
            Err(e) => return Err(InstrumentError::one(source, 1, P::Csv(e.to_string()))),
        };
        if header != INSTRUMENT_HEADER {
            return Err(InstrumentError::one(source, 1, P::Header));
        }
        // Lines from byte offsets: the csv crate counts one short after CRLF line ends.
        let mut lines = LineTracker::new(1);
        for rec in rdr.records() {
            let rec = match rec {
                Ok(r) => r,
                Err(e) => {
                    let line = lines.line(text.as_bytes(), e.position());
                    problems.push((line, P::Csv(e.to_string())));
                    continue;
                }
            };
            let line = lines.line(text.as_bytes(), rec.position());
            if rec.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if rec.len() != 5 {
                problems.push((line, P::Fields(rec.len())));
                continue;
            }
            let field = |i: usize| rec.get(i).unwrap_or("").trim();
            let num = |i: usize| field(i).parse::<u8>().ok().filter(|&n| n > 0);
            let (Some(k), Some(domain)) = (num(0), Domain::parse(field(2))) else {
                problems.push((line, P::Row { kompetensi: field(0).into(), ranah: field(2).into() }));
                continue;
            };
            // The indicator as a number (`3`) or as its full ID (`1.3`) of this competency.
            let full = IndicatorId::parse(field(3)).filter(|id| id.competency == k).map(|id| id.indicator);
            let Some(ind) = num(3).or(full) else {
                if field(3).is_empty() && field(4).is_empty() {
                    problems.push((line, P::NoIndicators(k)));
                } else {
                    problems.push((line, P::IndicatorNumber(field(3).into())));
                }
                continue;
            };
            let id = IndicatorId { competency: k, indicator: ind };
            if field(1).is_empty() {
                problems.push((line, P::EmptyName(k)));
            }
            if field(4).is_empty() {
                problems.push((line, P::EmptyText(id)));
            }
            rows.push(Row { line, id, name: field(1).to_string(), domain, text: field(4).to_string() });
        }
        let competencies = assemble(rows, &mut problems);
        if competencies.is_empty() && problems.is_empty() {
            problems.push((1, P::Empty));
        }
        if competencies.len() > MAX_COMPETENCIES {
            problems.push((1, P::TooMany(MAX_COMPETENCIES)));
        }
        if !problems.is_empty() {
            problems.sort_by_key(|p| p.0);
            return Err(InstrumentError { file: source.to_string(), problems });
        }
        let mut starts = vec![0];
        for c in &competencies {
            starts.push(starts.last().unwrap_or(&0) + c.indicators.len());
        }
        let sizes = competencies.iter().map(|c| c.indicators.len().min(255) as u8).collect();
        Ok(Instrument { jenis, source: source.to_string(), competencies, starts, sizes })
    }
}

/// The header of an instrument file.
pub const INSTRUMENT_HEADER: [&str; 5] = ["kompetensi", "nama_kompetensi", "ranah", "indikator", "uraian"];

/// One indicator row of an instrument file.
struct Row {
    line: u64,
    id: IndicatorId,
    name: String,
    domain: Domain,
    text: String,
}

/// Groups rows into competencies, checking numbering: duplicates, gaps, names and domains
/// that differ between rows of one competency.
fn assemble(mut rows: Vec<Row>, problems: &mut Vec<(u64, InstrumentProblem)>) -> Vec<Competency> {
    use InstrumentProblem as P;
    rows.sort_by_key(|r| (r.id, r.line));
    let mut out: Vec<Competency> = Vec::new();
    for Row { line, id, name, domain, text } in rows {
        let (k, ind) = (id.competency, id.indicator);
        match out.last_mut() {
            Some(c) if c.number == k => {
                if c.name != name || c.domain != domain {
                    problems.push((line, P::Inconsistent(k)));
                }
                let prev = c.indicators.last().map_or(0, |i| i.id.indicator);
                if ind == prev {
                    problems.push((line, P::Duplicate(id)));
                    continue;
                }
                if ind != prev + 1 {
                    problems.push((line, P::Gap { id, expected: prev + 1 }));
                }
                c.indicators.push(Indicator { id, text });
            }
            last => {
                let expected = last.map_or(1, |c| c.number + 1);
                if k != expected {
                    problems.push((line, P::CompetencyGap { got: k, expected }));
                }
                if ind != 1 {
                    problems.push((line, P::Gap { id, expected: 1 }));
                }
                out.push(Competency { number: k, name, domain, indicators: vec![Indicator { id, text }] });
            }
        }
    }
    out
}

/// What is wrong with one row (or the whole) of an instrument file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstrumentProblem {
    /// The csv crate could not read it (its own text).
    Csv(String),
    /// The header is not [`INSTRUMENT_HEADER`].
    Header,
    /// A row without exactly 5 columns.
    Fields(usize),
    /// An invalid competency number or ranah.
    Row {
        kompetensi: String,
        ranah: String,
    },
    NoIndicators(u8),
    IndicatorNumber(String),
    EmptyName(u8),
    EmptyText(IndicatorId),
    /// A competency's name or ranah differs between its rows.
    Inconsistent(u8),
    Duplicate(IndicatorId),
    /// An indicator number skipped: the one found and the one expected.
    Gap {
        id: IndicatorId,
        expected: u8,
    },
    CompetencyGap {
        got: u8,
        expected: u8,
    },
    /// No indicators at all.
    Empty,
    /// More competencies than [`MAX_COMPETENCIES`].
    TooMany(usize),
}

/// An instrument file that cannot be used, with every problem and its line.
#[derive(Debug, Clone, thiserror::Error)]
#[error("instrument {file}: {} problem(s)", problems.len())]
pub struct InstrumentError {
    pub file: String,
    pub problems: Vec<(u64, InstrumentProblem)>,
}

impl InstrumentError {
    fn one(source: &str, line: u64, problem: InstrumentProblem) -> Self {
        InstrumentError { file: source.to_string(), problems: vec![(line, problem)] }
    }
}

#[cfg(test)]
mod tests;
