//! Blank score sheets in text form: the one-teacher CSV (identity rows, then one row per
//! indicator with an empty `skor`), the wide CSV header, and the one-teacher JSON.

use crate::lang::Lang;
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

/// The one-teacher JSON template (`pkguru-sheet/1`).
pub fn long_json(instrument: &Instrument) -> Result<Vec<u8>> {
    let mut teacher = serde_json::Map::new();
    for f in Field::TEMPLATE {
        let v = if f == Field::Jenis {
            serde_json::json!(instrument.jenis.code())
        } else {
            serde_json::Value::Null
        };
        teacher.insert(f.key().to_string(), v);
    }
    let indicators: Vec<serde_json::Value> = instrument
        .indicators()
        .map(|(c, i)| {
            serde_json::json!({
                "id": i.id.to_string(),
                "competency": c.number,
                "competency_name": c.name,
                "text": i.text,
                "score": null,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "format": "pkguru-sheet/1",
        "jenis": instrument.jenis.code(),
        "teacher": teacher,
        "indicators": indicators,
    });
    let mut out = serde_json::to_vec_pretty(&doc)?;
    out.push(b'\n');
    Ok(out)
}
