//! Reading score sheets into typed `Sheet`s: the one-teacher CSV (long), the wide CSV (one
//! row per teacher), JSON, and workbooks (converted to CSV first). Every problem names the
//! line and the indicator or column, as data (`Problem`) that `i18n` words.
//!
//! May use: `core` and `scan`.

pub mod detect;
pub mod diagnose;
pub mod header;
pub mod input;
pub mod json;
pub mod long;
pub mod pkb;
pub mod problem;
pub mod rekap;
pub mod rows;
mod settle;
pub mod stacked;
pub mod tambahan;
pub mod values;
pub mod wide;
pub mod workbook;

use std::borrow::Cow;

use crate::core::instrument::{IndicatorId, Instrument, Jenis};
use crate::core::scoring::Score;
use crate::core::teacher::{Field, Teacher};
use crate::scan;

pub use problem::{IoReason, Problem, ProblemKind, SheetError};
pub use settle::{
    choose_jenis, looks_like_lost_zero, numbers_without_option, resolve, settle, split_warnings,
    unassessed_only,
};

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

    /// The most competencies of either instrument: the rekap's competency columns.
    pub fn max_competencies(&self) -> usize {
        self.kelas.competencies.len().max(self.bk.competencies.len())
    }
}

/// Options that shape reading.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// `--jenis`: the instrument to use; a sheet that says otherwise is an error.
    pub jenis: Option<Jenis>,
    /// `--nomor-urut`: indicator keys 1–78 (1–70 for BK) are sequential numbers in instrument
    /// order, as some databases store them.
    pub numbered: bool,
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
    pub field_lines: Vec<(Field, u64)>,
    /// Fields that could not be read and were left empty (see [`Problem::is_warning`]).
    pub warnings: Vec<Problem>,
    /// Every score is blank: the teacher is not yet assessed (this diagnosis, at its line).
    /// A rekap lists such a teacher without results; `score` refuses the sheet.
    pub unassessed: Option<Problem>,
    /// The penilai's notes per indicator, in instrument order (printed on Lampiran 1B).
    pub notes: Vec<(IndicatorId, String)>,
}

impl Sheet {
    /// The line a field was read from: its own row, else the teacher's row.
    pub fn line_of(&self, field: Field) -> Option<u64> {
        self.field_lines.iter().find(|(f, _)| *f == field).map(|(_, l)| *l).or(self.line)
    }
}

/// How a row names its indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// An indicator ID (`4.11`, or a database code `0411`).
    Id(IndicatorId),
    /// A sequential number in instrument order (`--nomor-urut`), resolved once the instrument
    /// is known.
    Number(u8),
}

/// What a key cell of a one-teacher sheet or database export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyCell {
    Indicator(Key),
    /// A plain number 1–99 without `--nomor-urut`: probably a sequential number.
    Number(u8),
    Field(Field),
    Unknown,
}

/// Reads a key cell: an indicator code, a sequential number, or an identity field.
pub fn key_cell(text: &str, opts: ReadOptions) -> KeyCell {
    if let Some(id) = IndicatorId::parse_code(text) {
        return KeyCell::Indicator(Key::Id(id));
    }
    if let Some(f) = Field::parse(text) {
        return KeyCell::Field(f);
    }
    let t = text.trim();
    match t.parse::<u8>() {
        Ok(n) if (1..=99).contains(&n) && t.len() <= 2 => {
            if opts.numbered {
                KeyCell::Indicator(Key::Number(n))
            } else {
                KeyCell::Number(n)
            }
        }
        _ => KeyCell::Unknown,
    }
}

/// One indicator score as read, before checking it against an instrument.
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: Key,
    /// `None` when the cell was invalid (already reported); the indicator still counts as present.
    pub score: Option<Score>,
    pub line: Option<u64>,
    /// The indicator's text on the sheet (the `uraian` column), when it has one.
    pub text: Option<String>,
    /// The penilai's note on this indicator (a `catatan` column), when there is one.
    pub note: Option<String>,
}

/// Headers of a column holding the penilai's note per indicator.
pub const NOTE_COLUMNS: [&str; 4] = ["catatan", "catatan_penilai", "bukti", "keterangan"];

/// An input ready for the text readers: a workbook's worksheet converted to CSV, or the file's
/// own bytes, with the rows the conversion skipped above the table.
#[derive(Debug)]
pub struct Opened<'a> {
    pub bytes: Cow<'a, [u8]>,
    /// Spreadsheet rows above the header: added to every line number, here and nowhere else.
    pub line_offset: u64,
    pub json: bool,
}

/// One part of an input: the whole text file, or one score sheet of a workbook.
#[derive(Debug)]
pub struct Part<'a> {
    /// How the part is named in messages and the rekap: the file, or `file[worksheet]` when a
    /// workbook has several score sheets.
    pub label: String,
    /// The worksheet's name, for a workbook.
    pub sheet: Option<String>,
    pub opened: Opened<'a>,
    /// Said with the part's problems when it cannot be read (the worksheets of a workbook
    /// none of whose worksheets is a score sheet).
    pub hints: Vec<Problem>,
}

/// An input opened for reading: its parts, and notes about the input as a whole (worksheets
/// skipped), which are warnings.
#[derive(Debug)]
pub struct Parts<'a> {
    pub parts: Vec<Part<'a>>,
    pub notes: Vec<Problem>,
}

impl Parts<'_> {
    /// The same parts owning their bytes (a workbook's parts already do: no copy then).
    pub fn into_owned(self) -> Parts<'static> {
        let parts = self
            .parts
            .into_iter()
            .map(|p| Part {
                label: p.label,
                sheet: p.sheet,
                opened: Opened {
                    bytes: Cow::Owned(p.opened.bytes.into_owned()),
                    line_offset: p.opened.line_offset,
                    json: p.opened.json,
                },
                hints: p.hints,
            })
            .collect();
        Parts { parts, notes: self.notes }
    }
}

/// Opens an input's bytes for reading: every score sheet of a workbook (or its worksheet
/// `sheet`), or the text file itself (JSON sniffed).
pub fn open<'a>(file: &str, bytes: &'a [u8], sheet: Option<&str>) -> Result<Parts<'a>, Problem> {
    let whole = |json| Parts {
        parts: vec![Part {
            label: file.to_string(),
            sheet: None,
            opened: Opened { bytes: Cow::Borrowed(bytes), line_offset: 0, json },
            hints: Vec::new(),
        }],
        notes: Vec::new(),
    };
    match detect::format(file, bytes) {
        detect::Format::Json => Ok(whole(true)),
        detect::Format::Csv => Ok(whole(false)),
        detect::Format::Workbook => {
            let book = workbook::score_sheets(bytes, sheet)?;
            let several = book.sheets.len() > 1;
            let hints = if book.fallback && book.names.len() > 1 {
                vec![Problem::file(ProblemKind::SheetsAre(book.names.clone()))]
            } else {
                Vec::new()
            };
            let parts = book
                .sheets
                .into_iter()
                .map(|(name, c)| Part {
                    label: if several { format!("{file}[{name}]") } else { file.to_string() },
                    sheet: Some(name),
                    opened: Opened { bytes: Cow::Owned(c.csv), line_offset: c.line_offset, json: false },
                    hints: hints.clone(),
                })
                .collect();
            let notes = if book.skipped.is_empty() {
                Vec::new()
            } else {
                vec![Problem::file(ProblemKind::SheetsSkipped(book.skipped))]
            };
            Ok(Parts { parts, notes })
        }
    }
}

/// Reads one teacher from an opened input (CSV long, one-row wide CSV, JSON, or a database
/// export holding one teacher).
pub fn read_opened(
    file: &str,
    opened: &Opened<'_>,
    opts: ReadOptions,
    instruments: &Instruments,
) -> Result<Sheet, SheetError> {
    let Teachers { sheets: mut teachers, notes } = read_teachers(file, opened, opts, instruments);
    let n = teachers.len();
    match teachers.pop() {
        Some(one) if n == 1 => one.and_then(|s| assessed(file, s)).map(|mut s| {
            s.warnings.extend(notes);
            s
        }),
        Some(_) => {
            Err(SheetError { file: file.into(), problems: vec![Problem::file(ProblemKind::ManyTeachers(n))] })
        }
        None => {
            Err(SheetError { file: file.into(), problems: vec![Problem::file(ProblemKind::NoTeacherRows)] })
        }
    }
}

/// A sheet that can be scored: one not yet assessed is an error here (with its warnings).
fn assessed(file: &str, mut sheet: Sheet) -> Result<Sheet, SheetError> {
    match sheet.unassessed.take() {
        None => Ok(sheet),
        Some(p) => {
            let mut problems = std::mem::take(&mut sheet.warnings);
            problems.push(p);
            problems.sort_by_key(|p| p.line.unwrap_or(u64::MAX));
            Err(SheetError { file: file.to_string(), problems })
        }
    }
}

/// Reads every teacher of an opened whole-file input: one for a one-teacher sheet, JSON or a
/// one-row wide CSV; each teacher of a database export, in the order first seen (an error
/// without a teacher, such as a malformed row, is its own entry). Line numbers in the
/// results and in every problem are moved down by the input's line offset.
pub fn read_teachers(
    file: &str,
    opened: &Opened<'_>,
    opts: ReadOptions,
    instruments: &Instruments,
) -> Teachers {
    let offset = opened.line_offset;
    let shift = |l: Option<u64>| l.map(|l| l + offset);
    let bytes = scan::text::normalize_line_ends(&opened.bytes);
    let read = || -> (Vec<Result<Sheet, Vec<Problem>>>, Vec<Problem>) {
        let text = match scan::text::decode(&bytes) {
            Ok(t) => t,
            Err(e) => return (vec![Err(vec![Problem::decode(e)])], Vec::new()),
        };
        if tambahan::is_sheet(opened) {
            return (vec![Err(vec![Problem::file(ProblemKind::TambahanForm)])], Vec::new());
        }
        if opened.json {
            (vec![json::read(text, opts, instruments)], Vec::new())
        } else {
            read_csv(text, opts, instruments)
        }
    };
    let shifted = |r: Result<Sheet, Vec<Problem>>| match r {
        Ok(mut s) => {
            s.line = shift(s.line);
            s.field_lines.iter_mut().for_each(|(_, l)| *l += offset);
            s.warnings.iter_mut().for_each(|p| p.line = shift(p.line));
            if let Some(p) = &mut s.unassessed {
                p.line = shift(p.line);
            }
            Ok(s)
        }
        Err(mut problems) => {
            problems.iter_mut().for_each(|p| p.line = shift(p.line));
            Err(SheetError { file: file.to_string(), problems })
        }
    };
    let (sheets, mut notes) = read();
    notes.iter_mut().for_each(|p| p.line = shift(p.line));
    Teachers { sheets: sheets.into_iter().map(shifted).collect(), notes }
}

/// The teachers of one input, and notes about the input itself (columns not read), which are
/// warnings that fail nothing.
#[derive(Debug)]
pub struct Teachers {
    pub sheets: Vec<Result<Sheet, SheetError>>,
    pub notes: Vec<Problem>,
}

/// Reads the one teacher of a file's bytes: a text sheet, or a workbook whose score sheets
/// (or worksheet `sheet`) hold one teacher. Notes about the workbook become warnings.
pub fn read_any(
    file: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    opts: ReadOptions,
    instruments: &Instruments,
) -> Result<Sheet, SheetError> {
    let mut opened =
        open(file, bytes, sheet).map_err(|p| SheetError { file: file.to_string(), problems: vec![p] })?;
    without_tambahan(&mut opened);
    let Parts { parts, notes } = opened;
    let mut found = Vec::new();
    let mut notes = notes;
    for part in &parts {
        let teachers = read_teachers(&part.label, &part.opened, opts, instruments);
        notes.extend(teachers.notes);
        for read in teachers.sheets {
            match read {
                Ok(s) => found.push(s),
                Err(mut e) => {
                    e.problems.extend(part.hints.iter().cloned());
                    return Err(e);
                }
            }
        }
    }
    match found.len() {
        1 => {
            let mut sheet = assessed(&parts[0].label, found.remove(0))?;
            sheet.warnings.extend(notes);
            Ok(sheet)
        }
        0 => Err(SheetError { file: file.into(), problems: vec![Problem::file(ProblemKind::NoTeacherRows)] }),
        _ if parts.len() > 1 => {
            let kind = ProblemKind::ManySheets(parts.iter().filter_map(|p| p.sheet.clone()).collect());
            Err(SheetError { file: file.into(), problems: vec![Problem::file(kind)] })
        }
        n => {
            Err(SheetError { file: file.into(), problems: vec![Problem::file(ProblemKind::ManyTeachers(n))] })
        }
    }
}

/// The tugas tambahan sheets among an input's parts (a workbook's worksheets), read, each
/// with its label; and whether they are all the input holds.
#[allow(clippy::type_complexity)]
pub fn tambahan_parts(
    file: &str,
    bytes: &[u8],
    sheet: Option<&str>,
) -> (Vec<(String, Result<tambahan::TambahanSheet, Vec<Problem>>)>, bool) {
    match open(file, bytes, sheet) {
        Ok(parts) => tambahan_in(file, &parts),
        Err(_) => (Vec::new(), false),
    }
}

/// [`tambahan_parts`] of an input already opened.
#[allow(clippy::type_complexity)]
pub fn tambahan_in(
    file: &str,
    Parts { parts, .. }: &Parts<'_>,
) -> (Vec<(String, Result<tambahan::TambahanSheet, Vec<Problem>>)>, bool) {
    let found: Vec<_> = parts
        .iter()
        .filter(|p| tambahan::is_sheet(&p.opened))
        .map(|p| (p.label.clone(), tambahan::read(&p.opened)))
        .collect();
    let alone = found.len() == parts.len();
    if found.is_empty()
        && let Some(section) = parts.first().and_then(|p| tambahan::json_section(&p.opened))
    {
        return (vec![(format!("{file}[tambahan]"), section)], false);
    }
    (found, alone)
}

/// The worksheet of a workbook that lists the teacher's PKB activities (a `kode` column and
/// `jam` or `jumlah`, no `skor`), read; `None` for other inputs or when there is none.
pub fn pkb_part(file: &str, bytes: &[u8]) -> Option<(String, Result<pkb::PkbList, Vec<Problem>>)> {
    if detect::format(file, bytes) != detect::Format::Workbook {
        return None;
    }
    let book = workbook::score_sheets(bytes, None).ok()?;
    pkb_among(file, bytes, &book.skipped)
}

/// [`pkb_part`] among worksheets already known not to be score sheets.
pub fn pkb_among(
    file: &str,
    bytes: &[u8],
    skipped: &[String],
) -> Option<(String, Result<pkb::PkbList, Vec<Problem>>)> {
    skipped.iter().find_map(|name| {
        let c = workbook::to_csv(bytes, Some(name)).ok()?;
        let first = c.csv.split(|b| *b == b'\n').next().unwrap_or(&[]);
        let names: Vec<String> =
            String::from_utf8_lossy(first).split([',', ';']).map(crate::core::text::squash).collect();
        let has = |n: &str| names.iter().any(|x| x == n);
        if !(has("kode") && (has("jam") || has("jumlah")) && !has("skor")) {
            return None;
        }
        let opened = Opened { bytes: Cow::Owned(c.csv), line_offset: c.line_offset, json: false };
        Some((format!("{file}[{name}]"), pkb::read(&opened)))
    })
}

/// The worksheets that opening a workbook skipped (no score sheets), from its notes.
pub fn skipped<'p>(parts: &'p Parts<'_>) -> &'p [String] {
    let skipped = parts.notes.iter().find_map(|n| match &n.kind {
        ProblemKind::SheetsSkipped(names) => Some(names.as_slice()),
        _ => None,
    });
    skipped.unwrap_or(&[])
}

/// Drops the tugas tambahan worksheets of a workbook that also holds PK Guru sheets: they are
/// read by [`tambahan_parts`] and blended into the teacher.
pub fn without_tambahan(parts: &mut Parts<'_>) {
    if parts.parts.len() > 1 && parts.parts.iter().any(|p| !tambahan::is_sheet(&p.opened)) {
        parts.parts.retain(|p| !tambahan::is_sheet(&p.opened));
    }
}

/// [`read_any`] for the first worksheet.
pub fn read_sheet(
    file: &str,
    bytes: &[u8],
    opts: ReadOptions,
    instruments: &Instruments,
) -> Result<Sheet, SheetError> {
    read_any(file, bytes, None, opts, instruments)
}

/// Reads CSV text by the layout its header announces; with a note naming the header's
/// columns that layout does not read (the wide reader says its own).
fn read_csv(
    text: &str,
    opts: ReadOptions,
    instruments: &Instruments,
) -> (Vec<Result<Sheet, Vec<Problem>>>, Vec<Problem>) {
    let mut rdr = scan::text::reader(text.as_bytes(), scan::text::sniff_first_line(text.as_bytes()), true);
    let header = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return (vec![Err(vec![Problem::csv(&e)])], Vec::new()),
    };
    let names: Vec<String> = header.iter().map(|c| String::from_utf8_lossy(c).trim().to_string()).collect();
    // The note on the columns a layout does not read.
    let unread = |used: &dyn Fn(usize, &str) -> bool| {
        let names = names.iter().enumerate().filter(|(c, n)| !used(*c, n)).map(|(_, n)| n.as_str());
        header::ignored(names, 1).into_iter().collect::<Vec<_>>()
    };
    match header::classify(&header) {
        header::HeaderKind::Long { id, score } => {
            let descriptive = [
                "kompetensi",
                "uraian",
                "nama_kompetensi",
                "ranah",
                "catatan",
                "catatan_penilai",
                "bukti",
                "keterangan",
            ];
            let used =
                |c: usize, n: &str| c == id || c == score || descriptive.contains(&n.to_lowercase().as_str());
            let notes = unread(&used);
            (vec![long::read(rdr, text.as_bytes(), id, score, opts, instruments)], notes)
        }
        header::HeaderKind::Stacked(columns) => {
            let notes = unread(&|c, _| columns.reads(c));
            (stacked::read(rdr, text.as_bytes(), &columns, opts, instruments), notes)
        }
        header::HeaderKind::Wide => wide::read_rows(rdr, text.as_bytes(), &header, opts, instruments),
        header::HeaderKind::Rekap => (vec![Err(vec![Problem::file(ProblemKind::OwnRekap)])], Vec::new()),
        header::HeaderKind::Bad(p) => (vec![Err(vec![p])], Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A one-teacher sheet of these scores, rows in the given order, `4.10` written as `4.1`
    /// (as a spreadsheet damages it), with or without the uraian column.
    fn damaged_sheet(scores: &[u8], order: &[usize], with_text: bool) -> String {
        let inst = Instrument::embedded(Jenis::Kelas);
        let all: Vec<_> = inst.indicators().collect();
        let mut out =
            String::from(if with_text { "id,uraian,skor\njenis,,kelas\n" } else { "id,skor\njenis,kelas\n" });
        for &i in order {
            let (_, ind) = all[i];
            let id = if ind.id.to_string() == "4.10" { "4.1".to_string() } else { ind.id.to_string() };
            if with_text {
                out += &format!("{id},\"{}\",{}\n", ind.text.replace('"', "\"\""), scores[i]);
            } else {
                out += &format!("{id},{}\n", scores[i]);
            }
        }
        out
    }

    proptest! {
        /// A sheet whose `4.10` was turned into `4.1` scores the same as the original: by place
        /// when rows are in instrument order, by text in any order.
        #[test]
        fn lost_zero_sheets_score_like_the_original(
            scores in proptest::collection::vec(0u8..=2, 78),
            order in Just((0..78).collect::<Vec<usize>>()).prop_shuffle(),
        ) {
            let want: Vec<Score> = scores.iter().map(|&s| Score::new(s).unwrap()).collect();
            let instruments = Instruments::default();
            let in_order: Vec<usize> = (0..78).collect();
            for (rows, with_text) in [(&in_order, false), (&in_order, true), (&order, true)] {
                let text = damaged_sheet(&scores, rows, with_text);
                let sheet = read_sheet("x.csv", text.as_bytes(), ReadOptions::default(), &instruments);
                let sheet = sheet.map_err(|e| format!("{:?}", e.problems)).unwrap();
                prop_assert_eq!(&sheet.scores, &want);
                prop_assert_eq!(sheet.warnings.len(), 1);
            }
        }
    }
}
