//! The CSV exporter: a document's first table, its header the column codes, in the chosen
//! dialect, written to the output a buffer at a time as the rows are made.

use std::io::Write;

use crate::core::exact;
use crate::lang::Lang;

use super::super::csv::{CsvDialect, RowWriter};
use super::{Cell, Document, ExportError, Exporter, Out, Table};

/// CSV in a dialect: the document's flat table.
pub struct Csv(pub CsvDialect);

impl Exporter for Csv {
    fn write<D: Document>(&self, lang: Lang, doc: &D, out: Out<'_>) -> Result<(), ExportError> {
        Ok(write(self.0, doc.flat(lang), out)?)
    }
}

/// Bytes gathered before they are handed to the output.
const BUFFER: usize = 1 << 16;

/// Writes one table as CSV to `out`.
pub fn write(dialect: CsvDialect, t: Table<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = RowWriter::new(dialect);
    w.bom();
    for c in &t.columns {
        w.text(&c.code);
    }
    w.end();
    for row in t.rows {
        for cell in &row {
            self::cell(&mut w, cell);
        }
        w.end();
        if w.out.len() >= BUFFER {
            out.write_all(&w.out)?;
            w.out.clear();
        }
    }
    out.write_all(&w.out)
}

/// One table as CSV bytes.
pub fn table(dialect: CsvDialect, t: Table<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to memory does not fail.
    let _ = write(dialect, t, &mut out);
    out
}

fn cell(w: &mut RowWriter, c: &Cell) {
    let sep = w.dialect().decimal;
    match c {
        Cell::Blank => w.raw(b""),
        Cell::Text(s) => w.text(s),
        Cell::Id(s) => w.identifier(s),
        Cell::Int(n) => w.raw(n.to_string().as_bytes()),
        Cell::Exact(x) => w.field(exact::exact_text(*x, sep).as_bytes()),
        Cell::Fixed(x, d) => w.fixed(*x, *d),
    }
}
