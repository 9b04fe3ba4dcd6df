//! Command-line definition, language selection, and dispatch to the subcommands.
//! Help texts are Indonesian in the doc comments; `i18n::help` holds the English ones.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;
use crate::core::instrument::{Instrument, Jenis};
use crate::core::predikat::Bands;
use crate::i18n::{self, Lang};
use crate::sheet::{Instruments, ReadOptions};

/// pkguru — menilai PK Guru (Penilaian Kinerja Guru) dan menghitung angka kredit.
#[derive(Debug, Parser)]
#[command(name = "pkguru", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English).
    #[arg(long, global = true, value_enum, env = "PKGURU_LANG", value_name = "BAHASA")]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    Template(cmd::template::Args),
    Score(cmd::score::Args),
    Credit(cmd::credit::Args),
    Batch(cmd::batch::Args),
    Check(cmd::check::Args),
}

/// Options that choose the instrument and the predikat band convention.
#[derive(Debug, Clone, clap::Args)]
pub struct ScoringArgs {
    /// Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar.
    #[arg(long, value_enum, value_name = "JENIS")]
    pub jenis: Option<Jenis>,

    /// Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis.
    #[arg(long, value_name = "BERKAS", requires = "jenis")]
    pub instrument: Option<PathBuf>,

    /// Konvensi celah tabel predikat: upper (bawaan), lower, round.
    #[arg(long, value_enum, default_value_t = Bands::Upper, value_name = "KONVENSI")]
    pub bands: Bands,

    /// Lembar kerja yang dibaca dari workbook (bawaan: yang pertama).
    #[arg(long = "sheet", value_name = "NAMA")]
    pub sheet_name: Option<String>,
}

impl ScoringArgs {
    /// The instruments to use, with `--instrument` loaded and validated.
    pub fn instruments(&self) -> anyhow::Result<Instruments> {
        let mut all = Instruments::default();
        if let (Some(path), Some(jenis)) = (&self.instrument, self.jenis) {
            let label = path.display().to_string();
            let bytes =
                std::fs::read(path).map_err(|e| anyhow::anyhow!(i18n::err_read(&label, &e.to_string())))?;
            let text = crate::sheet::dialect::decode(&bytes)
                .map_err(|p| anyhow::anyhow!("{}", p.display(&label)))?;
            all.replace(Instrument::parse(jenis, &label, text)?);
        }
        Ok(all)
    }

    /// Reading options.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions { jenis: self.jenis }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap's own consistency checks (unique ids, valid defaults), which only run in debug builds.
    #[test]
    fn command_definition_is_consistent() {
        super::Cli::command().debug_assert();
        crate::i18n::localize_command(super::Cli::command()).debug_assert();
    }
}

/// Set by Ctrl-C; long runs stop at the next chunk and leave no partial output.
pub fn cancel_flag() -> &'static std::sync::atomic::AtomicBool {
    use std::sync::atomic::{AtomicBool, Ordering};
    static FLAG: AtomicBool = AtomicBool::new(false);
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        // Without a handler the default (terminate) applies; the output is still never partial.
        let _ = ctrlc::set_handler(|| FLAG.store(true, Ordering::Relaxed));
    });
    &FLAG
}

/// A usage mistake found after parsing (exit status 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The language asked for on the command line or in `PKGURU_LANG`, read before clap runs so
/// that help and errors are in that language.
fn early_lang(args: &[OsString]) -> Lang {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    let mut from_args = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            from_args = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            from_args = Some(v.to_string());
        }
    }
    let value = from_args.or_else(|| std::env::var("PKGURU_LANG").ok()).unwrap_or_default();
    if value.trim().eq_ignore_ascii_case("en") { Lang::En } else { Lang::Id }
}

/// Parses the command line, with help in the chosen language.
pub fn parse<I: IntoIterator<Item = OsString>>(args: I) -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = args.into_iter().collect();
    i18n::set_lang(early_lang(&args));
    let command = i18n::localize_command(Cli::command());
    let matches = command.try_get_matches_from(&args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    i18n::set_lang(cli.lang.unwrap_or_default());
    Ok(cli)
}

/// Runs a parsed command. Batch-style commands return 1 when some input failed.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Template(a) => cmd::template::run(&a),
        Command::Score(a) => cmd::score::run(&a),
        Command::Credit(a) => cmd::credit::run(&a),
        Command::Batch(a) => cmd::batch::run(&a),
        Command::Check(a) => cmd::check::run(&a),
    }
}
