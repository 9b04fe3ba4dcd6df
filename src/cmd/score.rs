//! `pkguru score`: scores one teacher's sheet (CSV, JSON, a one-row wide CSV, or a workbook)
//! and, when the golongan and hours are known, computes the angka kredit.

use crate::lang::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::assessment;
use crate::i18n;
use crate::render::csv::{CsvDialect, RowWriter};
use crate::render::rekap::{self, RekapFormat, RekapRow, RowTexts};
use crate::render::{json, table};
use crate::sheet::{self, input};

use super::args::{DialectArg, IdentityArgs, ScoringArgs};

/// Output formats of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ScoreFormat {
    Table,
    Json,
    Csv,
}

/// Menilai lembar satu guru: nilai kompetensi, Nilai PKG, skala 100, predikat, angka kredit.
#[derive(Debug, clap::Args)]
#[command(allow_negative_numbers = true)]
pub struct Args {
    /// Lembar penilaian (CSV, JSON, atau CSV lebar satu baris); '-' untuk masukan standar.
    #[arg(value_name = "LEMBAR")]
    pub sheet: PathBuf,

    #[command(flatten)]
    pub scoring: ScoringArgs,

    /// Format keluaran: table (bawaan), json, csv.
    #[arg(long, value_enum, default_value = "table", value_name = "FORMAT")]
    pub format: ScoreFormat,

    /// Dialek CSV keluaran: standard atau id (Excel Indonesia).
    #[arg(long, value_enum, default_value = "standard", value_name = "DIALEK")]
    pub csv_dialect: DialectArg,

    #[command(flatten)]
    pub identity: IdentityArgs,
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let instruments = args.scoring.instruments(lang)?;
    let label = input::label(&args.sheet);
    let bytes = input::read_all(&args.sheet).map_err(|p| anyhow!(i18n::problem(lang, &p.kind)))?;
    if let Some(form) = super::evaluasi::read(&label, &bytes, args.scoring.sheet_name.as_deref()) {
        let form = form.map_err(|problems| {
            anyhow!(i18n::sheet_error(lang, &sheet::SheetError { file: label.clone(), problems }))
        })?;
        let dialect = args.csv_dialect.into();
        return super::evaluasi::score(lang, &label, &form, args.scoring.bands(), args.format, dialect);
    }
    if let Some(t) = super::tambahan::read(&label, &bytes, args.scoring.sheet_name.as_deref()) {
        let t = t.map_err(|problems| {
            anyhow!(i18n::sheet_error(lang, &sheet::SheetError { file: label.clone(), problems }))
        })?;
        return super::tambahan::score(lang, &label, &t, args.scoring.bands(), args.format);
    }
    let mut sheet = sheet::read_any(
        &label,
        &bytes,
        args.scoring.sheet_name.as_deref(),
        args.scoring.read_options(),
        &instruments,
    )
    .map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))?;
    args.identity.apply(lang, &mut sheet.teacher)?;
    let sheet_name = args.scoring.sheet_name.as_deref();
    if let Some(t) =
        super::tambahan::for_teacher(lang, args.identity.tambahan.as_deref(), &label, &bytes, sheet_name)?
    {
        super::tambahan::apply(lang, &label, &mut sheet.teacher, &t, args.scoring.bands())?;
    }
    let pkb_note = match (&args.identity.pkb, sheet::pkb_part(&label, &bytes)) {
        (None, Some((part, list))) => {
            let list = list.map_err(|problems| {
                anyhow!(i18n::sheet_error(lang, &sheet::SheetError { file: part.clone(), problems }))
            })?;
            super::args::pkb_into(&list, &mut sheet.teacher)
        }
        _ => args.identity.pkb(lang, &mut sheet.teacher)?,
    };
    // Fields that could not be read are left empty; the teacher is still scored.
    for w in &sheet.warnings {
        eprintln!("pkguru: {}", i18n::warning_line(lang, &label, w));
    }
    let instrument = instruments.get(sheet.jenis);
    let a = assessment::assess(instrument, &sheet.scores, &sheet.teacher, args.scoring.bands());
    if let Some(i) = a.credit.invalid() {
        return Err(anyhow!("{label}: {}", i18n::invalid_identity(lang, i)));
    }
    let mut notes = assessment::notes(&a, sheet.jenis);
    notes.extend(pkb_note);
    let text = match args.format {
        ScoreFormat::Table => table::score(lang, instrument, &sheet.teacher, &a, &notes, super::text_width()),
        ScoreFormat::Json => {
            json::score(lang, &label, instrument, &sheet.teacher, &a, &notes, &sheet.warnings)
        }
        ScoreFormat::Csv => {
            let dialect: CsvDialect = args.csv_dialect.into();
            let n = instrument.competencies.len();
            let (encoder, mut writer) = rekap::rekap(RekapFormat::Csv, dialect, n, lang);
            let texts = RowTexts::of(lang, &a, dialect.decimal, &sheet.warnings);
            let mut w = RowWriter::new(dialect);
            encoder.row(&mut w, &RekapRow::of(&label, sheet.line, &sheet.teacher, &a, &texts));
            let mut out = Vec::new();
            writer.begin(&mut out)?;
            writer.chunk(&mut out, &w.out)?;
            String::from_utf8(out)?
        }
    };
    super::output::write_all(lang, None, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
