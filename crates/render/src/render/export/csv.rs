//! The CSV exporter: a document's first table, its header the column codes, in the chosen
//! dialect.

use crate::core::exact;
use crate::lang::Lang;

use super::super::csv::{CsvDialect, RowWriter};
use super::{Cell, Document, ExportError, Exporter, Table};

/// CSV in a dialect: the document's flat table.
pub struct Csv(pub CsvDialect);

impl Exporter for Csv {
    fn export<D: Document>(&self, lang: Lang, doc: &D) -> Result<Vec<u8>, ExportError> {
        Ok(table(self.0, &doc.flat(lang)))
    }
}

/// One table as CSV.
pub fn table(dialect: CsvDialect, t: &Table) -> Vec<u8> {
    let mut w = RowWriter::new(dialect);
    w.bom();
    for c in &t.columns {
        w.text(&c.code);
    }
    w.end();
    for row in &t.rows {
        for cell in row {
            self::cell(&mut w, cell);
        }
        w.end();
    }
    w.out
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
