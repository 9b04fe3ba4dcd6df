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
use crate::render::export::Format;
use crate::render::pkb::{Catalogue, Counted};

use super::UsageError;
use super::args::OutputArgs;
use super::output;

super::args::formats!(
    /// Output formats of `pkb`.
    PkbFormat { Table, Csv, Json, Xlsx }
);

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

    /// Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, selain itu table.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<PkbFormat>,

    #[command(flatten)]
    pub out: OutputArgs,

    /// Lembar kerja workbook yang dibaca.
    #[arg(long = "sheet", value_name = "NAMA")]
    pub sheet_name: Option<String>,
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    let format = args.out.format(lang, args.format, Format::Table)?;
    let (path, dialect) = (args.out.path(), args.out.dialect());
    if args.daftar {
        output::export(lang, path, format, dialect, &Catalogue)?;
        return Ok(ExitCode::SUCCESS);
    }
    let golongan: Option<Golongan> = match &args.golongan {
        Some(g) => Some(g.parse().map_err(|_| UsageError(i18n::err_pkb_golongan(lang, g)))?),
        None => None,
    };
    let input = args.kegiatan.as_deref().unwrap_or(Path::new("-"));
    let source = crate::sheet::input::label(input);
    // The list is read through once for its totals; its lines are read again as they are
    // written, never held.
    crate::pipeline::prepass::pkb_stream(input, args.sheet_name.as_deref(), |list| {
        let doc = Counted { source: &source, list, minima: golongan.map(pkb::minima) };
        output::export(lang, path, format, dialect, &doc)
    })
    .map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))??;
    Ok(ExitCode::SUCCESS)
}
