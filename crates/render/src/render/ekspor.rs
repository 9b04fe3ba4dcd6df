//! `riwayat ekspor`: the whole ledger, as one JSON document (its schema version, then every
//! table, each row an object of its columns: text, or `null`) or as a CSV file per table.
//! Rows go from the ledger's cursor straight to the output, one at a time: a province's
//! ledger is never held, as rows or as bytes.

use std::cell::RefCell;
use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};

use crate::store::{Ledger, StoreError, Table};

use super::csv::{CsvDialect, RowWriter};
use super::export::{ExportError, json};

/// Why an export stopped: the ledger could not be read, or the output not written.
#[derive(Debug, thiserror::Error)]
pub enum EksporError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Export(#[from] ExportError),
}

impl From<std::io::Error> for EksporError {
    fn from(e: std::io::Error) -> EksporError {
        EksporError::Export(e.into())
    }
}

/// The schema id's name: `pkguru/riwayat-ekspor/1`.
pub const NAME: &str = "riwayat-ekspor";

/// Writes the whole ledger as JSON to `out`.
pub fn json(ledger: &Ledger, out: &mut dyn Write) -> Result<(), EksporError> {
    let failed = RefCell::new(None);
    let body = Body { ledger, failed: &failed };
    match json::write(NAME, &body, out) {
        Ok(()) => Ok(()),
        // The serialiser carries a database error as text: the error itself was kept.
        Err(e) => Err(failed.into_inner().map_or(EksporError::Export(e), EksporError::Store)),
    }
}

/// Writes one table as CSV (standard dialect, the column names as header) to `out`.
pub fn csv(ledger: &Ledger, table: Table, out: &mut dyn Write) -> Result<(), EksporError> {
    let mut w = RowWriter::new(CsvDialect::STANDARD);
    for c in ledger.columns(table)? {
        w.text(&c);
    }
    w.end();
    ledger.each_row(table, |row| {
        for cell in row {
            w.text(cell.as_deref().unwrap_or(""));
        }
        w.end();
        if w.out.len() >= 1 << 16 {
            out.write_all(&w.out)?;
            w.out.clear();
        }
        Ok::<_, EksporError>(())
    })?;
    out.write_all(&w.out)?;
    Ok(())
}

/// `versi_skema`, then a member per table.
struct Body<'a> {
    ledger: &'a Ledger,
    /// The database error that stopped the document, if one did.
    failed: &'a RefCell<Option<StoreError>>,
}

impl Serialize for Body<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("versi_skema", &self.ledger.version())?;
        for table in Table::ALL {
            let rows = Rows { body: self, table };
            map.serialize_entry(table.name(), &rows)?;
        }
        map.end()
    }
}

/// A table's rows as an array, read from the ledger while it is written.
struct Rows<'a> {
    body: &'a Body<'a>,
    table: Table,
}

/// What stopped reading a table: the database, or the serialiser.
enum Stop<E> {
    Store(StoreError),
    Json(E),
}

impl<E> From<StoreError> for Stop<E> {
    fn from(e: StoreError) -> Self {
        Stop::Store(e)
    }
}

impl Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let fail = |e: StoreError| {
            let err = <S::Error as serde::ser::Error>::custom(&e);
            *self.body.failed.borrow_mut() = Some(e);
            err
        };
        let columns = self.body.ledger.columns(self.table).map_err(fail)?;
        let mut seq = s.serialize_seq(None)?;
        let read = self
            .body
            .ledger
            .each_row(self.table, |row| seq.serialize_element(&Row(&columns, row)).map_err(Stop::Json));
        match read {
            Ok(()) => seq.end(),
            Err(Stop::Json(e)) => Err(e),
            Err(Stop::Store(e)) => Err(fail(e)),
        }
    }
}

/// One row: an object of its columns.
struct Row<'a>(&'a [String], &'a [Option<String>]);

impl Serialize for Row<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().zip(self.1))
    }
}
