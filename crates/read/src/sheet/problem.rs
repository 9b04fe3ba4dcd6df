//! Problems found while reading an input, as data: where (line, indicator or field) and what
//! (`ProblemKind`, with the values its message needs). `i18n` words them.

use crate::core::assessment::InvalidIdentity;
use crate::core::audit::Mismatch;
use crate::core::instrument::{IndicatorId, Jenis};
use crate::core::teacher::{Field, FieldError};
use crate::scan::DecodeError;

/// One problem in an input, located as precisely as the format allows.
/// pkguru's own outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    /// The rekap of `batch` (CSV in either dialect, JSON, JSON Lines, XLSX).
    Rekap,
    /// The ranking of `rank` (CSV).
    Ranking,
    /// The `--errors` file of `batch`.
    Errors,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the file (the record's first line), when known.
    pub line: Option<u64>,
    /// The indicator ID, field key or column name it concerns.
    pub at: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at a line.
    pub fn new(line: Option<u64>, at: Option<String>, kind: ProblemKind) -> Problem {
        Problem { line, at, kind }
    }

    /// A problem about the file as a whole.
    pub fn file(kind: ProblemKind) -> Problem {
        Problem { line: None, at: None, kind }
    }

    /// A problem with the file's bytes (encoding, binary, line length).
    pub fn decode(e: DecodeError) -> Problem {
        Problem { line: e.line(), at: None, kind: ProblemKind::Decode(e) }
    }

    /// Whether this problem only empties what depends on one field (a bad NIP, golongan,
    /// hours…) instead of keeping the teacher from being scored: a warning in `score` and
    /// `batch`, a problem in `check`.
    pub fn is_warning(&self) -> bool {
        match &self.kind {
            ProblemKind::Field(e) => !e.field.blocks_scoring(),
            ProblemKind::FieldConflict { field, .. } => !field.blocks_scoring(),
            ProblemKind::RecoveredId { .. }
            | ProblemKind::Signer(_)
            | ProblemKind::ColumnsIgnored { .. }
            | ProblemKind::SheetsSkipped(_)
            | ProblemKind::OwnRekapSkipped
            | ProblemKind::OwnOutputSkipped(_)
            | ProblemKind::FormSkipped(_) => true,
            _ => false,
        }
    }

    /// A csv-crate error, at the line it reports.
    pub fn csv(e: &csv::Error) -> Problem {
        Problem::new(e.position().map(|p| p.line()), None, ProblemKind::Csv(e.to_string()))
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoReason {
    NotFound,
    PermissionDenied,
    /// Any other error, in the system's words.
    Other(String),
}

impl IoReason {
    /// The reason of an I/O error.
    pub fn of(e: &std::io::Error) -> IoReason {
        match e.kind() {
            std::io::ErrorKind::NotFound => IoReason::NotFound,
            std::io::ErrorKind::PermissionDenied => IoReason::PermissionDenied,
            _ => IoReason::Other(e.to_string()),
        }
    }
}

/// Everything that can be wrong with an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    // ---- files
    /// Not a text sheet (encoding, binary, empty, line too long).
    Decode(DecodeError),
    /// The file (named) cannot be read.
    Read {
        file: String,
        reason: IoReason,
    },
    /// `score` was given a directory.
    IsDir {
        file: String,
    },
    /// A directory given to `batch` cannot be read.
    UnreadableDir,
    /// The csv crate's own message.
    Csv(String),
    /// A record longer than any sheet row.
    LineTooLong {
        len: usize,
        max: usize,
    },
    /// A file read whole that is larger than any sheet (the limit in bytes).
    TooLarge {
        limit: u64,
    },
    /// A row with a NUL byte: a damaged or binary file.
    NulByte,
    // ---- workbooks
    /// calamine's own message.
    Workbook(String),
    /// A workbook that unpacks to more than any PK Guru sheet (cells, parts or CSV).
    WorkbookTooLarge,
    /// The workbook reader stopped on this file (its panic message, contained).
    WorkbookCrashed(String),
    WorkbookEmpty,
    NoSuchSheet {
        name: String,
        names: Vec<String>,
    },
    SheetEmpty(String),
    /// A rekap pkguru wrote, given as a score sheet.
    OwnRekap,
    /// A rekap pkguru wrote, found in a directory: skipped.
    OwnRekapSkipped,
    /// A ranking or an errors file pkguru wrote, found in a directory: skipped.
    OwnOutputSkipped(Own),
    /// A standalone form (its kind's code) found in a folder of PK Guru sheets: skipped (a run
    /// of forms reads it).
    FormSkipped(&'static str),
    /// A competency value of a values table (`k1`…) outside 1..=max, or not a whole number.
    CompetencyValue {
        value: String,
        max: u8,
    },
    /// A values table row with a number of competency values no instrument has.
    CompetencyCount(usize),
    /// A workbook with several score sheets given to `score` (their names).
    ManySheets(Vec<String>),
    /// Worksheets of a workbook that are not score sheets, skipped.
    SheetsSkipped(Vec<String>),
    /// The worksheets of a workbook none of which is a score sheet (said beside the header
    /// problem of the first).
    SheetsAre(Vec<String>),
    // ---- headers
    /// The first row is data (shown joined with commas).
    NoHeader(String),
    NoScoreColumn,
    HeaderUnknown(String),
    /// A header column given twice; `lost_zero` when it may be `k.10` turned into `k.1`.
    ColumnDuplicate {
        lost_zero: Option<IndicatorId>,
    },
    ColumnNotIndicator,
    /// Header columns the layout does not read (`golngan`, `K1.1`); `code_like` when some look
    /// like indicator codes pkguru does not know.
    ColumnsIgnored {
        names: Vec<String>,
        code_like: bool,
    },
    // ---- JSON
    Json {
        column: usize,
        detail: String,
    },
    JsonShape,
    JsonId(String),
    JsonValue(String),
    // ---- rows and cells
    RowShort {
        got: usize,
        want: usize,
    },
    RowLong {
        got: usize,
        want: usize,
    },
    ManyTeachers(usize),
    /// A row of a database export whose teacher key cells are all blank.
    RowWithoutTeacher,
    /// A row of a database export without an indicator code or score.
    NoIndicatorCode,
    /// Plain numbers in the indicator column without `--nomor-urut` (how many, the first).
    NumbersWithoutOption {
        count: usize,
        first: u8,
    },
    /// A sequential number beyond the instrument's indicators.
    NumberOutOfRange {
        n: u8,
        jenis: Jenis,
        count: usize,
    },
    /// A teacher's identity field with another value on a later row of a database export.
    FieldConflict {
        field: Field,
        first: String,
        first_line: u64,
        value: String,
    },
    NoTeacherRows,
    NoScores,
    /// A score cell that is not 0, 1 or 2 (the cell's text, trimmed).
    Score(String),
    ValueWithoutId(String),
    UnknownKey(String),
    /// An identity field given twice: the line of the first.
    FieldDuplicate(u64),
    Field(FieldError),
    /// Who signs the forms is odd (one person in two roles, a kepala sekolah without pengawas).
    Signer(crate::core::signers::RoleProblem),
    CellUtf8,
    // ---- indicators against the instrument
    IdOtherInstrument {
        id: IndicatorId,
        jenis: Jenis,
    },
    IdUnknown {
        id: IndicatorId,
        jenis: Jenis,
    },
    IdDuplicate {
        first: Option<u64>,
        lost_zero: Option<IndicatorId>,
    },
    Missing {
        jenis: Jenis,
        ids: Vec<IndicatorId>,
    },
    ExtraIndicator(Jenis),
    /// An indicator ID a spreadsheet damaged (`4.10` turned into the number `4.1`), read as what
    /// its text or place says it is.
    RecoveredId {
        from: IndicatorId,
        to: IndicatorId,
    },
    /// Every score of the teacher is blank: not yet assessed.
    NotAssessed,
    /// The skor column is empty but another column holds the scores (typed one column off).
    ScoreColumnShifted {
        skor: String,
        found: String,
    },
    /// Several scores are blank (listed compactly).
    BlankScores {
        ids: Vec<IndicatorId>,
    },
    /// The scores given belong to the other instrument (a kelas teacher marked bk…).
    ScoresFitOther {
        stated: Jenis,
        fits: Jenis,
    },
    JenisConflict {
        stated: Jenis,
        forced: Jenis,
    },
    JenisNeeded,
    // ---- evaluasi diri forms
    /// A PK Guru reader met an evaluasi diri form.
    EvaluasiForm,
    /// A PK Guru sheet among evaluasi diri forms.
    NotEvaluasiForm,
    /// An item's mark that is neither ada nor tidak ada (the text).
    EvaluasiMark(String),
    /// An item's score that is not a whole number 1–4 (the text).
    EvaluasiScore(String),
    /// A mark and a score that contradict each other.
    EvaluasiEntry(crate::core::evaluasi::EntryError),
    /// A key that is neither an item code nor an identity field.
    EvaluasiUnknown(String),
    /// An item given twice: the line of the first.
    RowDuplicate(Option<u64>),
    // ---- tugas tambahan instrument sheets
    /// A PK Guru reader met a tugas tambahan instrument sheet given on its own.
    TambahanForm,
    /// The `instrumen` row names no instrument (its text), or is missing (empty).
    TambahanInstrumen(String),
    /// An indicator score that is not a whole number 1–4 (the text).
    TambahanScore(String),
    /// An ID that is not an indicator of the instrument.
    TambahanUnknownId(String),
    /// Indicators with no score (their IDs).
    TambahanBlank(Vec<String>),
    /// Every score blank: not yet assessed.
    TambahanNotAssessed,
    /// Several tugas tambahan sheets for one teacher (the files or worksheets).
    TambahanTwice(String),
    /// A tugas tambahan sheet that disagrees with the teacher's PK Guru sheet.
    TambahanConflict(crate::core::tambahan::BlendConflict),
    /// A tugas tambahan sheet whose teacher (this NIP; empty: no NIP) is not among the inputs.
    TambahanUnpaired(String),
    // ---- riwayat imports
    /// A teacher without a NIP cannot be kept in the ledger (the source file of the row).
    RiwayatNoNip(String),
    /// A teacher twice in one import: the NIP and where it came first.
    RiwayatDuplicate {
        nip: String,
        first: String,
    },
    /// A rekap without the columns the ledger needs.
    RiwayatRekapColumns,
    /// A sheet's `periode` that is no period (`2026`, `2026-1`, `2026-2`): its text, and
    /// whether `--periode` was given (then it is a warning and the given one is used).
    RiwayatPeriodeUnread {
        text: String,
        given: bool,
    },
    /// A sheet's period that is not the one given with `--periode`.
    RiwayatPeriodeGiven {
        sheet: String,
        given: String,
    },
    /// A sheet's period that is not the one the import's first sheet says (and where).
    RiwayatPeriodeOther {
        sheet: String,
        first: String,
        at: String,
    },
    /// A value of a rekap row imported into the ledger that is not one: its column and text.
    RiwayatValue {
        column: &'static str,
        value: String,
    },
    // ---- PKB activity lists
    /// A list without a `kode` column.
    PkbNoCodeColumn,
    /// A code not in the catalogue (the text).
    PkbUnknownCode(String),
    /// Hours or a count that is not a whole number (the column and its text).
    PkbNumber {
        column: &'static str,
        text: String,
    },
    /// Hours or a count the activity cannot have.
    PkbKegiatan(crate::core::pkb::KegiatanError),
    /// Items of the form with no row.
    EvaluasiMissing(Vec<&'static str>),
    /// No item is assessed: there is no maximum to divide by.
    EvaluasiNothingAssessed,
    /// More problems of the same teacher or sheet, not listed one by one (how many).
    MoreProblems(u64),
    /// A note: the CSV was not UTF-8 but Windows-1252 beyond doubt, and was read as such.
    ReadAsWindows1252,
    /// The same teacher as at `first` (`file` or `file:line`): the same NIP, or without NIP
    /// the same name and school.
    TeacherTwice {
        first: String,
        by_nip: bool,
    },
    /// A scheme file that cannot be used (`pkguru skema`), located by line.
    SkemaDef(crate::core::skema::DefError),
    /// A sheet of a scheme without its `skema` row or cell.
    SkemaNone,
    /// A sheet naming a scheme this run does not know.
    SkemaUnknown(String),
    /// An id that is neither an indicator of the scheme nor an identity field.
    SkemaUnknownId(String),
    /// A value not on the indicator's scale (`at` is the indicator).
    SkemaScore {
        value: String,
        scale: String,
    },
    /// Indicators left blank.
    SkemaBlank(Vec<String>),
    // ---- results
    InvalidIdentity(InvalidIdentity),
    /// A typed-in result that differs from the computed one (`check`).
    Audit(Mismatch),
}

/// A sheet that cannot be scored, with every problem found.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{file}: {} problem(s)", problems.len())]
pub struct SheetError {
    pub file: String,
    pub problems: Vec<Problem>,
}
