//! Blank score sheets in text form: the one-teacher CSV (identity rows, then one row per
//! indicator with an empty `skor`), the wide CSV header, and the one-teacher JSON.

use crate::lang::Lang;
use serde::Serialize;

use super::export::json::Object;
use anyhow::Result;

use crate::core::instrument::{Instrument, Jenis};
use crate::core::teacher::Field;
use crate::i18n;
use crate::sheet::wide::template_header;

use super::csv::CsvDialect;

/// The one-teacher CSV template.
pub fn long_csv(lang: Lang, instrument: &Instrument, dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    w.write_record(["id", "kompetensi", "uraian", "skor"])?;
    let identity = i18n::label_identity(lang);
    for f in Field::TEMPLATE {
        let value = if f == Field::Jenis { instrument.jenis.code() } else { "" };
        w.write_record([f.key(), identity, &i18n::field_hint(lang, f), value])?;
    }
    for (c, ind) in instrument.indicators() {
        w.write_record([ind.id.to_string().as_str(), &c.name, &ind.text, ""])?;
    }
    Ok(dialect.finish(w)?)
}

/// The wide template: its header row only.
pub fn wide_csv(jenis: &[Jenis], dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    w.write_record(template_header(jenis))?;
    Ok(dialect.finish(w)?)
}

/// The one-teacher JSON template's document.
#[derive(Serialize)]
struct SheetJson<'a> {
    format: &'static str,
    jenis: &'static str,
    teacher: Object<&'static str, Option<&'static str>>,
    indicators: Vec<IndicatorJson<'a>>,
}

#[derive(Serialize)]
struct IndicatorJson<'a> {
    id: String,
    competency: u8,
    competency_name: &'a str,
    text: &'a str,
    score: Option<u8>,
}

/// The id of the one-teacher JSON sheet.
pub const SHEET_FORMAT: &str = "pkguru/sheet/1";

/// The one-teacher JSON template (`pkguru/sheet/1`).
pub fn long_json(instrument: &Instrument) -> Result<Vec<u8>> {
    let jenis = instrument.jenis.code();
    let teacher = Field::TEMPLATE.iter().map(|f| (f.key(), (*f == Field::Jenis).then_some(jenis))).collect();
    let indicators = instrument
        .indicators()
        .map(|(c, i)| IndicatorJson {
            id: i.id.to_string(),
            competency: c.number,
            competency_name: &c.name,
            text: &i.text,
            score: None,
        })
        .collect();
    let doc = SheetJson { format: SHEET_FORMAT, jenis, teacher: Object(teacher), indicators };
    let mut out = serde_json::to_vec_pretty(&doc)?;
    out.push(b'\n');
    Ok(out)
}
