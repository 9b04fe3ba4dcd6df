//! The output side: every format pkguru writes, told from `--format` or the output file's
//! extension in one place ([`resolve`]), and the exporters that write any [`Document`] in a
//! format (one file each: `text`, `csv`, `json`, `xlsx`). A document is a result's values
//! (a ranking, the ledger's school view, the PKB catalogue); it says what it looks like as
//! JSON (a `Serialize` body under the schema id `pkguru/<name>/1`), as tables (CSV and XLSX)
//! and as text for the terminal, and the exporters do the rest. Exporters write to a writer
//! as they go: a table's rows and a JSON array's elements can be made one at a time
//! ([`Rows::lazy`], [`json::Seq`]), so a document of a million rows is never held whole, in
//! cells or in bytes. The rekap, written while the
//! run scores, streams through its own encoders (`render::rekap`) but takes its format from
//! here too.

pub mod csv;
pub mod json;
pub mod text;

/// The keyword pkguru's PDFs and workbooks carry: a later run may replace a file that has it
/// (and is of the same kind) without `--timpa`.
pub const OUTPUT_MARK: &str = "pkguru-keluaran";
/// Beside [`OUTPUT_MARK`] in a rekap workbook's keywords.
pub const REKAP_MARK: &str = "rekap";
pub mod xlsx;

use std::fmt;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::core::exact::Exact;
use crate::lang::Lang;

use super::csv::CsvDialect;

/// A format pkguru writes. Each command offers some of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Text for a person at a terminal.
    Table,
    /// `check`'s text report.
    Text,
    /// `check`'s GitHub Actions annotations.
    Github,
    Csv,
    Json,
    /// One JSON object per line.
    Jsonl,
    Xlsx,
    Html,
    Pdf,
}

impl Format {
    /// Every format, in the order help lists them.
    pub const ALL: [Format; 9] = [
        Format::Table,
        Format::Text,
        Format::Github,
        Format::Csv,
        Format::Json,
        Format::Jsonl,
        Format::Xlsx,
        Format::Html,
        Format::Pdf,
    ];

    /// The name `--format` takes.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Text => "text",
            Format::Github => "github",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Xlsx => "xlsx",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }

    /// The format a file extension names (any case), if any.
    pub fn of_extension(ext: &str) -> Option<Format> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "csv" => Format::Csv,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "xlsx" => Format::Xlsx,
            "html" | "htm" => Format::Html,
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }

    /// Whether the format is bytes a terminal cannot show (a workbook, a PDF).
    pub const fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Pdf)
    }
}

/// Why no format could be chosen: `--format` names one format, the output's extension another
/// (a file called `rekap.xlsx` holding CSV text would open as garbage).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradiction {
    pub given: Format,
    /// The extension, lower-case.
    pub extension: String,
}

/// The output format: the one given with `--format`, else the one the output file's
/// extension names among those `offered`, else `fallback`. The one place every command
/// decides its format.
pub fn resolve(
    given: Option<Format>,
    output: Option<&Path>,
    offered: &[Format],
    fallback: Format,
) -> Result<Format, Contradiction> {
    let ext = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let named = Format::of_extension(&ext).filter(|f| offered.contains(f));
    match (given, named) {
        (Some(g), Some(n)) if g != n => Err(Contradiction { given: g, extension: ext }),
        (Some(g), _) => Ok(g),
        (None, Some(n)) => Ok(n),
        (None, None) => Ok(fallback),
    }
}

/// The schema id of a JSON document: `pkguru/<name>/1`.
pub fn schema(name: &str) -> String {
    format!("pkguru/{name}/1")
}

/// A result in every format it is offered in.
pub trait Document {
    /// The name in the JSON schema id (`pkguru/<NAME>/1`).
    const NAME: &'static str;

    /// The JSON document's body; the exporter puts `"schema"` before its fields.
    fn json(&self) -> impl Serialize + '_;

    /// The tables, one worksheet each in XLSX.
    fn tables(&self, lang: Lang) -> Vec<Table<'_>>;

    /// The one table CSV writes: the first, unless the document flattens its tables itself.
    fn flat(&self, lang: Lang) -> Table<'_> {
        self.tables(lang).into_iter().next().unwrap_or_default()
    }

    /// The text for a person at a terminal, written to `out` piece by piece.
    fn text(&self, lang: Lang, out: &mut dyn fmt::Write) -> fmt::Result;
}

/// Where an exporter writes: a file, standard output, or a buffer. `Send`, because the
/// workbook writer requires it.
pub type Out<'w> = &'w mut (dyn Write + Send);

/// Writes a document in one format.
pub trait Exporter {
    fn write<D: Document>(&self, lang: Lang, doc: &D, out: Out<'_>) -> Result<(), ExportError>;
}

/// An export that failed: writing it (a full disk, a closed pipe), the workbook writer, or a
/// JSON body that cannot be serialised (a bug, or a row source that failed while it was read).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error(transparent)]
    Json(serde_json::Error),
    /// A worksheet would have more rows (of data) than Excel allows.
    #[error("more than {0} rows for one worksheet")]
    TooManyRows(usize),
    /// The document has no form in this format (refused before, by [`resolve`]'s `offered`).
    #[error("format {0} is not offered here")]
    NotOffered(&'static str),
}

impl From<serde_json::Error> for ExportError {
    /// A failed write stays an I/O error (a closed pipe is recognised as one).
    fn from(e: serde_json::Error) -> ExportError {
        if e.is_io() { ExportError::Io(e.into()) } else { ExportError::Json(e) }
    }
}

/// Writes `doc` in `format` (CSV in `dialect`) to `out`: the one dispatch from a format to its
/// exporter.
pub fn write<D: Document>(
    format: Format,
    lang: Lang,
    dialect: CsvDialect,
    doc: &D,
    out: Out<'_>,
) -> Result<(), ExportError> {
    match format {
        Format::Table | Format::Text => text::Text.write(lang, doc, out),
        Format::Csv => csv::Csv(dialect).write(lang, doc, out),
        Format::Json => json::Json.write(lang, doc, out),
        Format::Xlsx => xlsx::Xlsx.write(lang, doc, out),
        other => Err(ExportError::NotOffered(other.name())),
    }
}

/// `doc` in `format` as bytes (for a small document, or a test).
pub fn export<D: Document>(
    format: Format,
    lang: Lang,
    dialect: CsvDialect,
    doc: &D,
) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::new();
    write(format, lang, dialect, doc, &mut out)?;
    Ok(out)
}

/// A table of typed cells: a CSV file, or a worksheet.
#[derive(Default)]
pub struct Table<'a> {
    /// The worksheet's name (cut to 31 characters).
    pub name: String,
    /// A title row above the header (XLSX only).
    pub title: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Rows<'a>,
    /// How the worksheet prints.
    pub print: Print,
}

/// A table's rows, in order: held, or made one at a time while the table is written (then
/// they can be written once).
pub struct Rows<'a>(Box<dyn Iterator<Item = Vec<Cell>> + 'a>);

impl<'a> Rows<'a> {
    /// Rows made as they are written.
    pub fn lazy(rows: impl Iterator<Item = Vec<Cell>> + 'a) -> Rows<'a> {
        Rows(Box::new(rows))
    }
}

impl Default for Rows<'_> {
    fn default() -> Self {
        Rows(Box::new(std::iter::empty()))
    }
}

impl From<Vec<Vec<Cell>>> for Rows<'_> {
    fn from(rows: Vec<Vec<Cell>>) -> Self {
        Rows(Box::new(rows.into_iter()))
    }
}

impl Iterator for Rows<'_> {
    type Item = Vec<Cell>;

    fn next(&mut self) -> Option<Vec<Cell>> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

/// A column: the machine name CSV puts in its header, the label a worksheet shows.
#[derive(Debug, Clone)]
pub struct Column {
    pub code: String,
    pub label: String,
    /// Width in characters (XLSX); `None`: from the label.
    pub width: Option<f64>,
    /// The number format of its numbers (XLSX), e.g. `0.00`.
    pub number_format: Option<&'static str>,
}

impl Column {
    /// A column whose label is its code.
    pub fn new(code: impl Into<String>) -> Column {
        let code = code.into();
        Column { label: code.clone(), code, width: None, number_format: None }
    }

    /// A column with a label for people.
    pub fn labelled(code: impl Into<String>, label: impl Into<String>) -> Column {
        Column { label: label.into(), ..Column::new(code) }
    }

    pub fn width(mut self, w: f64) -> Column {
        self.width = Some(w);
        self
    }

    pub fn number_format(mut self, f: &'static str) -> Column {
        self.number_format = Some(f);
        self
    }
}

/// A worksheet's print set-up.
#[derive(Debug, Clone, Copy, Default)]
pub struct Print {
    pub landscape: bool,
    /// Columns frozen at the left (and repeated on every printed page).
    pub frozen_columns: u16,
    /// One page wide.
    pub fit_width: bool,
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Blank,
    Text(String),
    /// A NIP or NUPTK: text whose digits a spreadsheet must not turn into a number.
    Id(String),
    Int(i64),
    /// An exact value: CSV writes it exactly (`22.78125`, `1425/17`), XLSX as a number.
    Exact(Exact),
    /// A value rounded half-up to this many decimals, in CSV and XLSX alike.
    Fixed(Exact, u32),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// Text, or a blank cell when absent.
    pub fn opt_text(s: Option<impl Into<String>>) -> Cell {
        s.map_or(Cell::Blank, |s| Cell::Text(s.into()))
    }

    /// An exact value, or a blank cell when absent.
    pub fn opt_exact(x: Option<Exact>) -> Cell {
        x.map_or(Cell::Blank, Cell::Exact)
    }
}

#[cfg(test)]
mod tests;
