//! `pkguru score`: scores one teacher's sheet (CSV, JSON, or a one-row wide CSV) and, when
//! the golongan and hours are known, computes the angka kredit.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::cli::ScoringArgs;
use crate::core::report::{self, CreditOutcome};
use crate::i18n;
use crate::render::csv_out::{DialectArg, Origin, RowWriter, rekap_header, rekap_row};
use crate::render::{json, table};
use crate::sheet;

use super::identity::IdentityArgs;
use super::input;

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
pub fn run(args: &Args) -> Result<ExitCode> {
    let instruments = args.scoring.instruments()?;
    let label = input::label(&args.sheet);
    let bytes = input::read_all(&args.sheet)?;
    let mut sheet = sheet::read_any(
        &label,
        &bytes,
        args.scoring.sheet_name.as_deref(),
        args.scoring.read_options(),
        &instruments,
    )?;
    args.identity.apply(&mut sheet.teacher)?;
    let instrument = instruments.get(sheet.jenis);
    let a = report::assess(instrument, &sheet.scores, &sheet.teacher, args.scoring.bands);
    if a.credit.is_invalid() {
        let msg = match a.credit {
            CreditOutcome::NilaiWithoutKind => i18n::err_nilai_without_kind(),
            _ => i18n::err_missing_nilai_tambahan(),
        };
        return Err(anyhow!("{label}: {msg}"));
    }
    let notes = report::notes(&a, sheet.jenis);
    let text = match args.format {
        ScoreFormat::Table => table::score(instrument, &sheet.teacher, &a, &notes),
        ScoreFormat::Json => json::score(&label, instrument, &sheet.teacher, &a, &notes),
        ScoreFormat::Csv => {
            let mut w = RowWriter::new(args.csv_dialect.dialect());
            w.bom();
            let n = instrument.competencies.len();
            rekap_header(&mut w, n);
            rekap_row(&mut w, Origin { file: &label, line: sheet.line }, &sheet.teacher, &a, n);
            String::from_utf8(w.out)?
        }
    };
    crate::output::write_all(None, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
