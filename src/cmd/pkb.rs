//! `pkguru pkb`: the PKB activity catalogue (`--daftar`), and a teacher's list of activities
//! counted per subunsur and checked against the minima of the next promotion (`--golongan`).
//! `score` and `credit` take the same list with `--pkb FILE`.

use crate::lang::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::golongan::Golongan;
use crate::core::pkb;
use crate::i18n;
use crate::render::csv::CsvDialect;

use super::UsageError;
use super::args::DialectArg;

/// Output formats of `pkb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PkbFormat {
    Table,
    Csv,
    Json,
}

/// Menghitung angka kredit kegiatan PKB dan memeriksa syarat PKB kenaikan pangkat.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Daftar kegiatan PKB (CSV atau workbook: kode, jam, jumlah, tanggal, judul).
    #[arg(value_name = "KEGIATAN", required_unless_present = "daftar")]
    pub kegiatan: Option<PathBuf>,

    /// Cetak katalog kegiatan PKB (kode, subunsur, uraian, angka kredit) lalu berhenti.
    #[arg(long, conflicts_with = "kegiatan")]
    pub daftar: bool,

    /// Golongan sekarang, untuk memeriksa syarat PKB kenaikan pangkat berikutnya.
    #[arg(long, value_name = "GOL")]
    pub golongan: Option<String>,

    /// Format keluaran: table (bawaan), csv (hanya --daftar), json.
    #[arg(long, value_enum, default_value = "table", value_name = "FORMAT")]
    pub format: PkbFormat,

    /// Dialek CSV keluaran: standard atau id (Excel Indonesia).
    #[arg(long, value_enum, default_value = "standard", value_name = "DIALEK")]
    pub csv_dialect: DialectArg,

    /// Lembar kerja workbook yang dibaca.
    #[arg(long = "sheet", value_name = "NAMA")]
    pub sheet_name: Option<String>,
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let dialect: CsvDialect = args.csv_dialect.into();
    if args.daftar {
        let bytes = match args.format {
            PkbFormat::Table => crate::render::pkb::catalogue_table(lang).into_bytes(),
            PkbFormat::Csv => crate::render::pkb::catalogue_csv(dialect),
            PkbFormat::Json => crate::render::pkb::catalogue_json().into_bytes(),
        };
        super::output::write_all(lang, None, &bytes)?;
        return Ok(ExitCode::SUCCESS);
    }
    let golongan: Option<Golongan> = match &args.golongan {
        Some(g) => Some(g.parse().map_err(|_| UsageError(i18n::err_pkb_golongan(lang, g)))?),
        None => None,
    };
    if args.format == PkbFormat::Csv {
        return Err(UsageError(i18n::err_pkb_csv_only_catalogue(lang)).into());
    }
    let path = args.kegiatan.as_deref().unwrap_or(Path::new("-"));
    let list = crate::pipeline::prepass::pkb_file(path, args.sheet_name.as_deref())
        .map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))?;
    let minima = golongan.map(pkb::minima);
    let text = match args.format {
        PkbFormat::Json => crate::render::pkb::json(&crate::sheet::input::label(path), &list, minima),
        _ => crate::render::pkb::table(lang, &list, minima),
    };
    super::output::write_all(lang, None, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
