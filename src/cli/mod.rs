//! The command line: definition, language selection, dispatch to the subcommands, and how
//! errors become messages and exit codes (0 ok, 1 data or runtime error, 2 usage, 128 + the
//! signal when interrupted: 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP). Help texts are Indonesian in the doc comments; `help` holds the
//! English ones.
//!
//! `pkguru` alone shows a short guide (`guide`); `help`, `completions` and `man` are made from
//! the same definition (`docs`).
//!
//! May use: `cmd`, `batch`, `i18n`, `lang`.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;
use crate::i18n::{self, Lang};

mod docs;
mod guide;
mod help;
mod usage;

pub use guide::{GUIDE_EN, GUIDE_ID};
pub use help::english_help;
pub use usage::{clap_error, parse_failed};

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// Bahasa Indonesia.
    Id,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(a: LangArg) -> Lang {
        match a {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
}

/// pkguru — menilai PK Guru (Penilaian Kinerja Guru) dan menghitung angka kredit.
#[derive(Debug, Parser)]
#[command(
    name = "pkguru",
    version,
    propagate_version = true,
    max_term_width = 100,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Bahasa keluaran dan pesan: id (Indonesia, bawaan) atau en (English); juga PKGURU_LANG.
    #[arg(long, global = true, value_enum, env = "PKGURU_LANG", value_name = "BAHASA")]
    pub lang: Option<LangArg>,

    /// Ganti berkas keluaran yang sudah ada walau bukan keluaran pkguru sejenis (masukan dan basis data riwayat tidak pernah diganti).
    #[arg(long = "timpa", visible_alias = "force", global = true)]
    pub timpa: bool,

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
    Report(cmd::report::Args),
    Rank(cmd::rank::Args),
    Pkb(cmd::pkb::Args),
    Riwayat(cmd::riwayat::Args),
    Skema(cmd::skema::Args),
    Help(docs::HelpArgs),
    Completions(docs::CompletionsArgs),
    Man(docs::ManArgs),
}

/// The language asked for on the command line or in `PKGURU_LANG`, read before clap runs so
/// that help and errors are in that language.
pub fn early_lang(args: &[OsString]) -> Lang {
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

/// Parses the command line (`args` as [`std::env::args_os`] gives them), with help and
/// usage errors in `lang` (see [`early_lang`]).
pub fn parse(args: &[OsString], lang: Lang) -> Result<Cli, clap::Error> {
    // The usage lines are made only when something is to be shown (help, a mistake).
    let matches = match help::localize_texts(Cli::command(), lang).try_get_matches_from(args) {
        Ok(m) => m,
        Err(_) => help::localize_command(Cli::command(), lang).try_get_matches_from(args)?,
    };
    Cli::from_arg_matches(&matches)
}

impl Cli {
    /// The language of the run's output and messages.
    pub fn language(&self) -> Lang {
        self.lang.map_or(Lang::Id, Into::into)
    }
}

/// Runs a parsed command. Batch-style commands return 1 when some input failed.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let lang = cli.language();
    cmd::guard::set_force(cli.timpa);
    match cli.command {
        Command::Template(a) => cmd::template::run(&a, lang),
        Command::Score(a) => cmd::score::run(&a, lang),
        Command::Credit(a) => cmd::credit::run(&a, lang),
        Command::Batch(a) => cmd::batch::run(&a, lang),
        Command::Check(a) => cmd::check::run(&a, lang),
        Command::Report(a) => cmd::report::run(&a, lang),
        Command::Rank(a) => cmd::rank::run(&a, lang),
        Command::Pkb(a) => cmd::pkb::run(&a, lang),
        Command::Riwayat(a) => cmd::riwayat::run(&a, lang),
        Command::Skema(a) => cmd::skema::run(&a, lang),
        Command::Help(a) => docs::help(&a, lang),
        Command::Completions(a) => docs::completions(&a, lang),
        Command::Man(a) => docs::man(&a, lang),
    }
}

/// Prints a failed run's error chain once, in `lang`, and returns its exit code. A closed
/// pipe (`| head`) is not an error.
pub fn fail(e: &anyhow::Error, lang: Lang) -> ExitCode {
    let broken_pipe = e
        .chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe);
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    if e.downcast_ref::<crate::pipeline::Interrupted>().is_some() {
        eprintln!("pkguru: {}: {}", i18n::label_error(lang), i18n::err_interrupted(lang));
        // 128 + the signal, as shells report it: 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP.
        let signal = cmd::caught_signal().unwrap_or(2);
        return ExitCode::from(u8::try_from(128 + signal).unwrap_or(130));
    }
    eprintln!("pkguru: {}: {e:#}", i18n::label_error(lang));
    ExitCode::from(if e.downcast_ref::<cmd::UsageError>().is_some() { 2 } else { 1 })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap's own consistency checks (unique ids, valid defaults), which only run in debug builds.
    #[test]
    fn command_definition_is_consistent() {
        super::Cli::command().debug_assert();
        super::help::localize_command(super::Cli::command(), crate::i18n::Lang::Id).debug_assert();
        super::help::localize_command(super::Cli::command(), crate::i18n::Lang::En).debug_assert();
    }

    /// Every argument of every subcommand has an English help text.
    #[test]
    fn every_argument_has_english_help() {
        use super::english_help;
        let root = super::Cli::command();
        let mut missing = Vec::new();
        for a in root.get_arguments() {
            if english_help("", a.get_id().as_str()).is_none() {
                missing.push(format!("{}", a.get_id()));
            }
        }
        let mut subs: Vec<(String, clap::Command)> =
            root.get_subcommands().map(|s| (s.get_name().to_string(), s.clone())).collect();
        while let Some((name, sub)) = subs.pop() {
            if english_help(&name, "").is_none() {
                missing.push(format!("{name} (about)"));
            }
            for a in sub.get_arguments() {
                if english_help(&name, a.get_id().as_str()).is_none() {
                    missing.push(format!("{name} {}", a.get_id()));
                }
            }
            subs.extend(sub.get_subcommands().map(|s| (format!("{name} {}", s.get_name()), s.clone())));
        }
        assert!(missing.is_empty(), "no English help for: {missing:?}");
    }
}
