//! `pkguru template`: a blank score sheet to fill in — one teacher (identity rows, then one
//! row per indicator with an empty `skor`), or the header of the wide, one-row-per-teacher layout.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::UsageError;
use crate::core::instrument::{IndicatorId, Instrument, Jenis};
use crate::core::teacher::Field;
use crate::i18n;
use crate::output;
use crate::render::csv_out::{CsvDialect, DialectArg};

/// Which instrument(s) the template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TemplateJenis {
    Kelas,
    Bk,
    /// Kelas dan BK dalam satu berkas lebar (hanya dengan --wide).
    Campur,
}

/// Output formats of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TemplateFormat {
    Csv,
    Json,
    Xlsx,
}

/// Membuat lembar penilaian kosong untuk diisi.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Instrumen: kelas (bawaan), bk, atau campur (kelas dan BK, hanya dengan --wide).
    #[arg(long, value_enum, default_value = "kelas", value_name = "JENIS")]
    pub jenis: TemplateJenis,

    /// Header format lebar: kolom identitas lalu satu kolom per ID indikator, satu baris per guru.
    #[arg(long)]
    pub wide: bool,

    /// Format: csv (bawaan), json, xlsx.
    #[arg(long, value_enum, default_value = "csv", value_name = "FORMAT")]
    pub format: TemplateFormat,

    /// Dialek CSV: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF).
    #[arg(long, value_enum, default_value = "standard", value_name = "DIALEK")]
    pub csv_dialect: DialectArg,

    /// Tulis ke BERKAS (atomik) alih-alih keluaran standar.
    #[arg(short, long, value_name = "BERKAS")]
    pub output: Option<PathBuf>,
}

/// Runs the command.
pub fn run(args: &Args) -> Result<ExitCode> {
    let jenis = match (args.jenis, args.wide) {
        (TemplateJenis::Campur, false) => {
            return Err(UsageError(i18n::err_campur_needs_wide()).into());
        }
        (TemplateJenis::Kelas, _) => vec![Jenis::Kelas],
        (TemplateJenis::Bk, _) => vec![Jenis::Bk],
        (TemplateJenis::Campur, true) => vec![Jenis::Kelas, Jenis::Bk],
    };
    let dialect = args.csv_dialect.dialect();
    let bytes = match (args.format, args.wide) {
        (TemplateFormat::Csv, false) => long_csv(Instrument::embedded(jenis[0]), dialect)?,
        (TemplateFormat::Csv, true) => wide_csv(&jenis, dialect)?,
        (TemplateFormat::Json, false) => long_json(Instrument::embedded(jenis[0]))?,
        (TemplateFormat::Json, true) => return Err(UsageError(i18n::err_wide_json()).into()),
        (TemplateFormat::Xlsx, wide) => {
            if output::is_stdout(args.output.as_deref()) {
                return Err(UsageError(i18n::err_xlsx_needs_output()).into());
            }
            crate::render::xlsx::template(&jenis, wide)?
        }
    };
    output::write_all(args.output.as_deref(), &bytes)?;
    Ok(ExitCode::SUCCESS)
}

/// The one-teacher CSV template.
pub fn long_csv(instrument: &Instrument, dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    w.write_record(["id", "kompetensi", "uraian", "skor"])?;
    let identity = i18n::label_identity();
    for f in Field::TEMPLATE {
        let value = if f == Field::Jenis { instrument.jenis.code() } else { "" };
        w.write_record([f.key(), identity, &i18n::field_hint(f), value])?;
    }
    for (c, ind) in instrument.indicators() {
        w.write_record([ind.id.to_string().as_str(), &c.name, &ind.text, ""])?;
    }
    Ok(dialect.finish(w)?)
}

/// The column IDs of a wide header for these instruments: the union, in ID order.
pub fn wide_ids(jenis: &[Jenis]) -> Vec<IndicatorId> {
    let mut ids: Vec<IndicatorId> =
        jenis.iter().flat_map(|&j| Instrument::embedded(j).indicators().map(|(_, i)| i.id)).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The wide header row.
pub fn wide_header(jenis: &[Jenis]) -> Vec<String> {
    Field::TEMPLATE
        .iter()
        .map(|f| f.key().to_string())
        .chain(wide_ids(jenis).iter().map(IndicatorId::to_string))
        .collect()
}

fn wide_csv(jenis: &[Jenis], dialect: CsvDialect) -> Result<Vec<u8>> {
    let mut w = dialect.writer(Vec::new());
    w.write_record(wide_header(jenis))?;
    Ok(dialect.finish(w)?)
}

fn long_json(instrument: &Instrument) -> Result<Vec<u8>> {
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
