//! The output side: every format pkguru writes, told from `--format` or the output file's
//! extension in one place ([`resolve`]), and the exporters that write any [`Document`] in a
//! format (one file each: `text`, `csv`, `json`, `xlsx`). A document is a result's values
//! (a ranking, the ledger's school view, the PKB catalogue); it says what it looks like as
//! JSON (a `Serialize` body under the schema id `pkguru/<name>/1`), as tables (CSV and XLSX)
//! and as text for the terminal, and the exporters do the rest. The rekap, written while the
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
    fn tables(&self, lang: Lang) -> Vec<Table>;

    /// The one table CSV writes: the first, unless the document flattens its tables itself.
    fn flat(&self, lang: Lang) -> Table {
        self.tables(lang).into_iter().next().unwrap_or_default()
    }

    /// The text for a person at a terminal.
    fn text(&self, lang: Lang) -> String;
}

/// Writes a document in one format.
pub trait Exporter {
    fn export<D: Document>(&self, lang: Lang, doc: &D) -> Result<Vec<u8>, ExportError>;
}

/// An export that failed: only the workbook writer can (and a JSON body that cannot be
/// serialised, which would be a bug).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The document has no form in this format (refused before, by [`resolve`]'s `offered`).
    #[error("format {0} is not offered here")]
    NotOffered(&'static str),
}

/// Writes `doc` in `format` (CSV in `dialect`): the one dispatch from a format to its exporter.
pub fn export<D: Document>(
    format: Format,
    lang: Lang,
    dialect: CsvDialect,
    doc: &D,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Table | Format::Text => text::Text.export(lang, doc),
        Format::Csv => csv::Csv(dialect).export(lang, doc),
        Format::Json => json::Json.export(lang, doc),
        Format::Xlsx => xlsx::Xlsx.export(lang, doc),
        other => Err(ExportError::NotOffered(other.name())),
    }
}

/// A table of typed cells: a CSV file, or a worksheet.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// The worksheet's name (cut to 31 characters).
    pub name: String,
    /// A title row above the header (XLSX only).
    pub title: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// How the worksheet prints.
    pub print: Print,
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
